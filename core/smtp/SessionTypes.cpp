#include "SessionTypes.h"

#include <QUrl>

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
    if (text.isEmpty()) {
        if (!allowEmpty)
            result.error = QStringLiteral("the address is empty");
        return result;
    }
    for (const QChar c : text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return {{}, false, QStringLiteral("the address contains a line break")};
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c.unicode() < 0x20)
            return {{}, false, QStringLiteral("the address contains a space, a control character or an angle bracket")};
    }
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == text.size() - 1)
        return {{}, false, QStringLiteral("the address needs the form name@domain")};
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    QByteArray aceDomain = domain.toLatin1();
    bool asciiDomain = true;
    for (const QChar c : domain)
        asciiDomain = asciiDomain && c.unicode() < 0x80;
    if (!asciiDomain) {
        aceDomain = QUrl::toAce(domain, QUrl::IgnoreIDNWhitelist);
        if (aceDomain.isEmpty())
            return {{}, false, QStringLiteral("the domain \"%1\" is not a valid internationalised domain").arg(domain)};
    }
    bool asciiLocal = true;
    for (const QChar c : local)
        asciiLocal = asciiLocal && c.unicode() < 0x80;
    result.needsSmtpUtf8 = !asciiLocal;
    result.wire = local.toUtf8() + '@' + aceDomain;
    // RFC 5321 §4.5.3.1: local part 64 octets, whole path 256 octets.
    if (local.toUtf8().size() > 64)
        return {{}, false, QStringLiteral("the part before @ is longer than 64 bytes")};
    if (result.wire.size() > 254)
        return {{}, false, QStringLiteral("the address is longer than 254 bytes")};
    return result;
}

}  // namespace stamp
