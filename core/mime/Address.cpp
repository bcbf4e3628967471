// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Address.h"

#include "AddressParser.h"

#include <QCoreApplication>
#include <QUrl>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Address)
};

// RFC 5322 §3.2.3 atext, widened by RFC 6532 §3.2 to every non-ASCII
// character.
bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return true;
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotAtom(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.'))
        || text.contains(QLatin1String("..")))
        return false;
    for (const QChar c : text) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return false;
    }
    return true;
}
} // namespace

QString AddressError::describe() const
{
    if (entry.isEmpty())
        return Text::tr("%1 (character %2)").arg(reason).arg(column);
    // The entry is shown on one line, whatever it holds.
    QString shown = entry;
    shown.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    shown.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return Text::tr("\"%1\": %2 (character %3)").arg(shown, reason).arg(column);
}

Address::Address(const QString &displayName, const QString &localPart, const QString &domain)
    : m_displayName(displayName)
    , m_localPart(localPart)
    , m_domain(domain)
{ }

QString Address::quotedLocalPart() const
{
    if (isDotAtom(m_localPart))
        return m_localPart;
    QString quoted = m_localPart;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Address::addrSpec() const
{
    return quotedLocalPart() + QLatin1Char('@') + m_domain;
}

QByteArray Address::asciiDomain() const
{
    for (const QChar c : m_domain) {
        if (c.unicode() >= 0x80)
            return QUrl::toAce(m_domain, QUrl::IgnoreIDNWhitelist); // RFC 5890 §2.3.2.1
    }
    return m_domain.toLatin1();
}

QByteArray Address::envelopeForm() const
{
    return quotedLocalPart().toUtf8() + '@' + asciiDomain();
}

bool Address::needsSmtpUtf8() const
{
    for (const QChar c : m_localPart) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

QString Address::toDisplayString() const
{
    if (m_displayName.isEmpty())
        return addrSpec();
    return m_displayName + QLatin1String(" <") + addrSpec() + QLatin1Char('>');
}

Address Address::fromAddrSpec(const QString &text, AddressError *error)
{
    return AddressParser(text).parseAddrSpecOnly(error);
}

Address Address::fromText(const QString &text, AddressError *error)
{
    return AddressParser(text).parseSingleMailbox(error);
}

} // namespace stamp
