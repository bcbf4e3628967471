// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AddressTokenizer.h"

#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Address)
};

bool isWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

// RFC 5322 §3.2.3 specials, which end an atom.
bool isSpecial(QChar c)
{
    return QStringView(u"()<>[]:;@\\,.\"").contains(c);
}

QString controlReason(QChar c)
{
    return Text::tr("the control character U+%1 is not allowed in an address")
        .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}
} // namespace

QList<AddressToken> AddressTokenizer::tokenize(const QString &text)
{
    QList<AddressToken> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool space = false;
    while (i < n) {
        const QChar c = text.at(i);
        if (isWhitespace(c)) {
            space = true;
            ++i;
            continue;
        }
        AddressToken token;
        token.pos = i;
        token.spaceBefore = space;
        space = false;
        if (isLineBreak(c)) {
            // Never passed through: a line break here would start a new
            // header field or SMTP command (header injection).
            token.kind = AddressToken::Invalid;
            token.text = Text::tr("a line break is not allowed in an address");
            ++i;
        } else if (isControl(c)) {
            token.kind = AddressToken::Invalid;
            token.text = controlReason(c);
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char('[')) {
            const bool comment = c == QLatin1Char('(');
            const QChar close = comment ? QLatin1Char(')') : (c == QLatin1Char('"') ? c : QLatin1Char(']'));
            token.kind = comment
                ? AddressToken::Comment
                : (c == QLatin1Char('"') ? AddressToken::Quoted : AddressToken::DomainLiteral);
            int depth = 1;
            qsizetype j = i + 1;
            for (; j < n && depth > 0; ++j) {
                const QChar d = text.at(j);
                if (isLineBreak(d) || (isControl(d) && d != QLatin1Char('\t'))) {
                    token.kind = AddressToken::Invalid;
                    token.pos = j;
                    token.text
                        = isLineBreak(d) ? Text::tr("a line break is not allowed in an address") : controlReason(d);
                    break;
                }
                // RFC 5322 §3.2.1: a backslash quotes the next character
                // in quoted strings and comments.
                if (d == QLatin1Char('\\') && token.kind != AddressToken::DomainLiteral && j + 1 < n
                    && !isLineBreak(text.at(j + 1))) {
                    token.text += text.at(++j);
                    continue;
                }
                if (comment && d == QLatin1Char('('))
                    ++depth; // RFC 5322 §3.2.2: comments nest
                else if (d == close)
                    --depth;
                if (depth > 0)
                    token.text += d;
            }
            if (token.kind == AddressToken::Invalid) {
                i = n; // the rest cannot be read reliably
            } else if (depth > 0) {
                token.kind = AddressToken::Invalid;
                token.text = c == QLatin1Char('"')
                    ? Text::tr("this quotation mark is never closed")
                    : Text::tr("this \"%1\" is never closed with \"%2\"").arg(c, close);
                i = n;
            } else {
                i = j;
            }
            if (comment && token.kind == AddressToken::Comment)
                space = true; // a comment counts as white space
        } else if (isSpecial(c)) {
            token.kind = AddressToken::Special;
            token.text = c;
            ++i;
        } else {
            token.kind = AddressToken::Atom;
            qsizetype j = i;
            while (j < n && !isWhitespace(text.at(j)) && !isSpecial(text.at(j)) && !isControl(text.at(j)))
                ++j;
            token.text = text.mid(i, j - i);
            i = j;
        }
        token.end = i;
        tokens.append(token);
    }
    AddressToken end;
    end.kind = AddressToken::End;
    end.pos = end.end = n;
    end.spaceBefore = space;
    tokens.append(end);
    return tokens;
}

} // namespace stamp
