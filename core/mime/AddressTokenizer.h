// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace stamp {

// One lexical token of an address list (RFC 5322 §3.2): an atom, a
// quoted-string or comment with its escapes resolved, a special character,
// a domain literal, or something that cannot be read (with the reason).
struct AddressToken
{
    enum Kind { Atom, Quoted, Special, Comment, DomainLiteral, Invalid, End };
    Kind kind = End;
    QString text; // atom, unescaped quoted/comment content, special char, or the reason for Invalid
    qsizetype pos = 0;
    qsizetype end = 0;
    bool spaceBefore = false;

    bool is(char c) const { return kind == Special && text.size() == 1 && text.at(0) == QLatin1Char(c); }
    bool isWord() const { return kind == Atom || kind == Quoted; }
};

// Splits typed address text into tokens, keeping each one's position so
// errors can say where. Never fails: what cannot be read becomes an
// Invalid token, and CR or LF always does (header injection).
class AddressTokenizer
{
public:
    static QList<AddressToken> tokenize(const QString &text);
};

} // namespace stamp
