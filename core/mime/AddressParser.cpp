// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AddressParser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Address)
};

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

AddressParser::AddressParser(const QString &text)
    : m_text(text)
    , m_tokens(AddressTokenizer::tokenize(text))
{ }

const AddressParser::Token &AddressParser::peek()
{
    while (m_tokens.at(m_index).kind == Token::Comment)
        m_lastComment = m_tokens.at(m_index++).text;
    return m_tokens.at(m_index);
}

const AddressParser::Token &AddressParser::take()
{
    const Token &token = peek();
    if (token.kind != Token::End)
        ++m_index;
    return token;
}

bool AddressParser::fail(qsizetype position, const QString &reason)
{
    m_failPosition = position;
    m_failReason = reason;
    return false;
}

QList<AddressParser::Token> AddressParser::takePhrase()
{
    QList<Token> words;
    while (peek().isWord() || peek().is('.'))
        words.append(take());
    return words;
}

QString AddressParser::phraseText(const QList<Token> &words)
{
    QString text;
    for (const Token &word : words) {
        if (word.spaceBefore && !text.isEmpty())
            text += QLatin1Char(' ');
        text += word.text;
    }
    return text;
}

void AddressParser::recordError(AddressList &list, qsizetype entryStart)
{
    for (;;) {
        const Token &t = peek();
        if (t.kind == Token::End || t.is(',') || t.is(';'))
            break;
        take();
    }
    AddressError error;
    error.entry = m_text.mid(entryStart, peek().pos - entryStart).trimmed();
    error.reason = m_failReason;
    error.position = m_failPosition;
    error.column = QStringView(m_text).left(m_failPosition).toUcs4().size() + 1;
    list.addError(error);
}

AddressList AddressParser::parseList()
{
    AddressList list;
    for (;;) {
        const Token &t = peek();
        if (t.kind == Token::End)
            break;
        // Empty entries ("a@x,,b@y", a trailing comma) are forgiven.
        if (t.is(',') || t.is(';')) {
            take();
            continue;
        }
        const qsizetype start = t.pos;
        if (!parseEntry(list))
            recordError(list, start);
    }
    return list;
}

bool AddressParser::parseEntry(AddressList &list)
{
    const QList<Token> words = takePhrase();
    if (peek().is(':'))
        return parseGroup(list, words);
    Address mailbox;
    if (!parseMailbox(&mailbox, words) || !expectEntryEnd())
        return false;
    list.append(mailbox);
    return true;
}

bool AddressParser::parseGroup(AddressList &list, const QList<Token> &words)
{
    const Token colon = take();
    const QString name = phraseText(words);
    if (name.isEmpty())
        return fail(colon.pos, Text::tr("a group needs a name before the colon"));
    QList<Address> members;
    for (;;) {
        const Token &t = peek();
        if (t.is(',')) {
            take();
            continue;
        }
        if (t.is(';')) {
            // RFC 5322 §3.4: the semicolon ends the group, so another
            // entry may follow it directly.
            take();
            break;
        }
        if (t.kind == Token::End)
            break; // a missing final ";" is forgiven
        const qsizetype start = t.pos;
        const QList<Token> memberWords = takePhrase();
        Address member;
        bool ok = false;
        if (peek().is(':'))
            fail(peek().pos, Text::tr("a group cannot contain another group"));
        else
            ok = parseMailbox(&member, memberWords) && expectEntryEnd();
        if (ok)
            members.append(member);
        else
            recordError(list, start);
    }
    list.appendGroup(name, members);
    return true;
}

bool AddressParser::parseMailbox(Address *out, const QList<Token> &words)
{
    const Token &t = peek();
    if (t.kind == Token::Invalid)
        return fail(t.pos, t.text);
    if (t.is('<'))
        return parseAngleAddr(out, phraseText(words));
    if (t.is('@')) {
        m_lastComment.clear();
        if (!parseAddrSpec(out, words))
            return false;
        // The obsolete "addr (Name)" form: the comment is the name.
        peek();
        out->setDisplayName(m_lastComment.simplified());
        return true;
    }
    if (!words.isEmpty() && (t.kind == Token::End || t.is(',') || t.is(';')))
        return fail(words.first().pos,
            Text::tr("this is not an address: it has no @ (an address looks like name@example.com)"));
    return fail(t.pos, Text::tr("unexpected \"%1\"").arg(t.text));
}

bool AddressParser::parseAngleAddr(Address *out, const QString &name)
{
    const Token open = take();
    if (peek().is('>'))
        return fail(open.pos, Text::tr("there is nothing between < and >"));
    const QList<Token> local = takePhrase();
    const Token &at = peek();
    if (!at.is('@')) {
        if (at.kind == Token::Invalid)
            return fail(at.pos, at.text);
        if (local.isEmpty() || !(at.kind == Token::End || at.is('>')))
            return fail(at.pos, Text::tr("unexpected \"%1\"").arg(at.text));
        return fail(
            local.first().pos, Text::tr("there is no @ between < and > (an address looks like name@example.com)"));
    }
    if (!parseAddrSpec(out, local))
        return false;
    const Token &close = peek();
    if (close.kind == Token::Invalid)
        return fail(close.pos, close.text);
    if (close.kind == Token::End)
        return fail(open.pos, Text::tr("this < is never closed with >"));
    if (!close.is('>'))
        return fail(close.pos, Text::tr("unexpected \"%1\" inside < and >").arg(close.text));
    take();
    out->setDisplayName(name);
    return true;
}

bool AddressParser::parseAddrSpec(Address *out, const QList<Token> &localWords)
{
    const Token at = take();
    if (localWords.isEmpty())
        return fail(at.pos, Text::tr("there is nothing before the @"));
    // "Ann Lee ann@example.com": words apart before the address are a name
    // that was typed without the angle brackets.
    int nameEnd = 0;
    for (int k = 1; k < localWords.size(); ++k) {
        if (localWords.at(k).spaceBefore)
            nameEnd = k;
    }
    if (at.spaceBefore)
        return fail(at.pos, Text::tr("there is a space before the @"));
    QString domain;
    if (!parseDomain(&domain, at.pos))
        return false;
    const QList<Token> local = localWords.mid(nameEnd);
    if (nameEnd > 0) {
        if (m_bareAddress)
            return fail(localWords.at(nameEnd).pos - 1, Text::tr("the address contains a space"));
        return fail(localWords.first().pos,
            Text::tr("a name and an address need angle brackets, as in: %1 <%2@%3>")
                .arg(phraseText(localWords.mid(0, nameEnd)), phraseText(local), domain));
    }

    // RFC 5322 §3.4.1: local-part = dot-atom / quoted-string (and the
    // obsolete words joined by dots, which mean the same).
    QString localText;
    for (int k = 0; k < local.size(); ++k) {
        const Token &t = local.at(k);
        const bool dot = t.is('.');
        if (dot && k == 0)
            return fail(t.pos, Text::tr("the part before the @ starts with a dot"));
        if (dot && k == local.size() - 1)
            return fail(t.pos, Text::tr("the part before the @ ends with a dot"));
        if (dot && local.at(k - 1).is('.'))
            return fail(t.pos, Text::tr("the part before the @ has two dots in a row"));
        if (!dot && k > 0 && !local.at(k - 1).is('.'))
            return fail(t.pos, Text::tr("unexpected \"%1\" before the @").arg(t.text));
        localText += t.text;
    }
    if (localText.isEmpty())
        return fail(local.first().pos, Text::tr("there is nothing before the @"));
    // RFC 5321 §4.5.3.1.1 and §4.5.3.1.3.
    if (localText.toUtf8().size() > 64)
        return fail(local.first().pos, Text::tr("the part before the @ is longer than 64 bytes"));
    Address address(QString(), localText, domain);
    if (address.envelopeForm().size() > 254)
        return fail(local.first().pos, Text::tr("the address is longer than 254 bytes"));
    *out = address;
    return true;
}

bool AddressParser::parseDomain(QString *domain, qsizetype atPosition)
{
    const Token &first = peek();
    if (first.kind == Token::End || first.is(',') || first.is(';') || first.is('>'))
        return fail(atPosition, Text::tr("there is nothing after the @"));
    if (first.kind == Token::Invalid)
        return fail(first.pos, first.text);
    if (first.spaceBefore)
        return fail(atPosition, Text::tr("there is a space after the @"));
    if (first.is('@'))
        return fail(first.pos, Text::tr("the address has two @"));
    if (first.is('.'))
        return fail(first.pos, Text::tr("the domain starts with a dot"));
    if (first.kind == Token::DomainLiteral) {
        // RFC 5321 §4.1.3: an address literal, IPv4 or "IPv6:...".
        const Token literal = take();
        QString ip = literal.text;
        const bool v6 = ip.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive);
        if (v6)
            ip = ip.mid(5);
        const QHostAddress host(ip);
        const bool ok = v6
            ? host.protocol() == QAbstractSocket::IPv6Protocol
            : host.protocol() == QAbstractSocket::IPv4Protocol && ip.count(QLatin1Char('.')) == 3;
        if (!ok)
            return fail(literal.pos, Text::tr("\"[%1]\" is not an IP address literal").arg(literal.text));
        *domain = QLatin1Char('[') + literal.text + QLatin1Char(']');
        return true;
    }
    if (first.kind != Token::Atom)
        return fail(first.pos, Text::tr("unexpected \"%1\" after the @").arg(first.text));
    const qsizetype start = first.pos;
    QString text = take().text;
    for (;;) {
        const Token &dot = peek();
        if (dot.is('@'))
            return fail(dot.pos, Text::tr("the address has two @"));
        if (!dot.is('.') || dot.spaceBefore)
            break;
        take();
        const Token &label = peek();
        if (label.is('.'))
            return fail(label.pos, Text::tr("the domain has two dots in a row"));
        if (label.kind != Token::Atom || label.spaceBefore)
            return fail(dot.pos, Text::tr("the domain ends with a dot"));
        text += QLatin1Char('.') + take().text;
    }
    if (const QString problem = domainProblem(text); !problem.isEmpty())
        return fail(start, problem);
    *domain = text;
    return true;
}

bool AddressParser::expectEntryEnd()
{
    const Token &t = peek();
    if (t.kind == Token::End || t.is(',') || t.is(';'))
        return true;
    if (t.kind == Token::Invalid)
        return fail(t.pos, t.text);
    if (t.isWord())
        return fail(t.pos, Text::tr("a comma is missing before \"%1\"").arg(t.text));
    return fail(t.pos, Text::tr("unexpected \"%1\" after the address").arg(t.text));
}

QString AddressParser::domainProblem(const QString &domain)
{
    if (domain.isEmpty())
        return Text::tr("the domain is empty");
    if (!isAscii(domain)) {
        // RFC 5890: the A-label form is what travels; if there is none,
        // the name is not a valid internationalised domain.
        const QByteArray ace = QUrl::toAce(domain, QUrl::IgnoreIDNWhitelist);
        if (ace.isEmpty())
            return Text::tr("\"%1\" is not a valid internationalised domain name").arg(domain);
        return domainProblem(QString::fromLatin1(ace));
    }
    // RFC 5321 §4.1.2 (Domain, sub-domain, Ldh-str) and RFC 1035 §2.3.4.
    if (domain.size() > 253)
        return Text::tr("the domain is longer than 253 characters");
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Text::tr("the domain has two dots in a row");
        if (label.size() > 63)
            return Text::tr("the domain part \"%1\" is longer than 63 characters").arg(label);
        for (const QChar c : label) {
            const bool ldh = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
            if (!ldh)
                return Text::tr("the domain contains \"%1\", which a domain name cannot have").arg(c);
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return Text::tr("the domain part \"%1\" starts or ends with a hyphen").arg(label);
    }
    return {};
}

Address AddressParser::parseAddrSpecOnly(AddressError *error)
{
    m_bareAddress = true;
    AddressList list;
    const qsizetype start = peek().pos;
    bool ok = false;
    const QList<Token> words = takePhrase();
    const Token &t = peek();
    Address address;
    if (words.isEmpty() && t.kind == Token::End)
        fail(0, Text::tr("the address is empty"));
    else if (t.kind == Token::Invalid)
        fail(t.pos, t.text);
    else if (!t.is('@') && !words.isEmpty() && (t.kind == Token::End || t.is('.')))
        fail(words.first().pos, Text::tr("the address needs the form name@domain"));
    else if (!t.is('@'))
        fail(t.pos, Text::tr("unexpected \"%1\"").arg(t.text));
    else if (parseAddrSpec(&address, words) && peek().kind == Token::Invalid)
        fail(peek().pos, peek().text);
    else if (m_failReason.isEmpty())
        ok = peek().kind == Token::End
            || fail(peek().pos, Text::tr("unexpected \"%1\" after the address").arg(peek().text));
    // A comment is harmless in a header but has no place in an envelope.
    for (const Token &token : std::as_const(m_tokens)) {
        if (ok && token.kind == Token::Comment)
            ok = fail(token.pos, Text::tr("unexpected \"(\""));
    }
    if (ok)
        return address;
    recordError(list, start);
    if (error)
        *error = list.errors().constFirst();
    return {};
}

Address AddressParser::parseSingleMailbox(AddressError *error)
{
    const AddressList list = parseList();
    AddressError problem;
    if (!list.errors().isEmpty()) {
        problem = list.errors().constFirst();
    } else if (list.entries().size() != 1 || list.entries().constFirst().isGroup) {
        problem.entry = m_text.trimmed();
        problem.reason
            = list.entries().isEmpty() ? Text::tr("the address is empty") : Text::tr("only one address is allowed here");
        problem.position = 0;
        problem.column = 1;
    } else {
        return list.entries().constFirst().mailbox;
    }
    if (error)
        *error = problem;
    return {};
}

} // namespace stamp
