// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SessionTypes.h"

#include "mime/Address.h"

namespace stamp {

std::optional<SecurityMode> parseSecurityMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("starttls"))
        return SecurityMode::StartTls;
    if (t == QLatin1String("tls") || t == QLatin1String("ssl") || t == QLatin1String("smtps"))
        return SecurityMode::ImplicitTls;
    if (t == QLatin1String("none") || t == QLatin1String("plain"))
        return SecurityMode::None;
    return std::nullopt;
}

QString securityModeId(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::StartTls:
        return QStringLiteral("starttls");
    case SecurityMode::ImplicitTls:
        return QStringLiteral("tls");
    case SecurityMode::None:
        return QStringLiteral("none");
    }
    return {};
}

quint16 defaultPort(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::StartTls:
        return 587;  // RFC 6409 §3.1
    case SecurityMode::ImplicitTls:
        return 465;  // RFC 8314 §7.3
    case SecurityMode::None:
        return 25;
    }
    return 587;
}

Timeouts Timeouts::cappedAt(int ms)
{
    Timeouts t;
    for (int *value : {&t.connect, &t.greeting, &t.command, &t.mail, &t.rcpt, &t.dataInit, &t.dataBlock,
                       &t.finalDot, &t.quit})
        *value = qMin(*value, ms);
    t.opening = int(qMin<qint64>(t.opening, qint64(ms) * 3 / 2));
    return t;
}

QStringList SendResult::accepted() const
{
    QStringList list;
    for (const RecipientResult &r : recipients) {
        if (r.accepted)
            list << r.address;
    }
    return list;
}

QStringList SendResult::refused() const
{
    QStringList list;
    for (const RecipientResult &r : recipients) {
        if (!r.accepted)
            list << r.address;
    }
    return list;
}

QString SendResult::statusId(Status status)
{
    switch (status) {
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Partial:
        return QStringLiteral("partial");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

EnvelopeAddress EnvelopeAddress::fromText(const QString &address, bool allowEmpty)
{
    EnvelopeAddress result;
    const QString text = address.trimmed();
    if (text.isEmpty() && allowEmpty)
        return result;  // the null reverse-path, MAIL FROM:<>
    // The same parser as the message's headers (mime/AddressParser): a bare
    // addr-spec, no name, no comment; CR, LF, spaces and angle brackets
    // are refused, so nothing can break out of the command line; lengths
    // per RFC 5321 §4.5.3.1; domains as A-labels (RFC 5890).
    AddressError error;
    const Address parsed = Address::fromAddrSpec(text, &error);
    if (parsed.isNull()) {
        result.error = error.reason;
        return result;
    }
    result.wire = parsed.envelopeForm();
    result.needsSmtpUtf8 = parsed.needsSmtpUtf8();  // RFC 6531 §3.3
    return result;
}

}  // namespace stamp
