// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AddressList.h"
#include "AddressTokenizer.h"

#include <QList>
#include <QString>

namespace stamp {

// The RFC 5322 §3.4 grammar for what people type, with the obsolete forms
// people still use (a trailing "(Name)" comment, semicolons between
// addresses, a dotted initial in a name). Internal to Address and
// AddressList.
class AddressParser
{
public:
    explicit AddressParser(const QString &text);

    AddressList parseList();
    Address parseAddrSpecOnly(AddressError *error);
    Address parseSingleMailbox(AddressError *error);

    // Why `domain` cannot be a mail domain (RFC 5321 §4.1.2, RFC 5890), or
    // an empty string when it can.
    static QString domainProblem(const QString &domain);

private:
    using Token = AddressToken;

    const Token &peek();
    const Token &take();

    // Every parse step returns false after recording its failure here.
    bool fail(qsizetype position, const QString &reason);
    bool parseEntry(AddressList &list);
    bool parseGroup(AddressList &list, const QList<Token> &words);
    bool parseMailbox(Address *out, const QList<Token> &words);
    bool parseAngleAddr(Address *out, const QString &name);
    bool parseAddrSpec(Address *out, const QList<Token> &localWords);
    bool parseDomain(QString *domain, qsizetype atPosition);
    bool expectEntryEnd();
    QList<Token> takePhrase();
    static QString phraseText(const QList<Token> &words);
    void recordError(AddressList &list, qsizetype entryStart);

    QString m_text;
    QList<Token> m_tokens;
    int m_index = 0;
    bool m_bareAddress = false; // parsing for the envelope: no names, no comments
    QString m_lastComment; // the most recent comment peek() skipped
    qsizetype m_failPosition = -1;
    QString m_failReason;
};

} // namespace stamp
