// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Failure.h"

#include "ReportJson.h"

#include <QJsonArray>
#include <QMetaEnum>

namespace stamp {

namespace {
struct FaultName
{
    NetworkFault fault;
    const char *id;
};

// Stored in JSON (outbox records, `stamp send --json`): never change one.
constexpr FaultName kFaultNames[] = {
    {NetworkFault::None, "none"},
    {NetworkFault::HostNotFound, "host-not-found"},
    {NetworkFault::ConnectionRefused, "connection-refused"},
    {NetworkFault::Timeout, "timeout"},
    {NetworkFault::NetworkUnreachable, "network-unreachable"},
    {NetworkFault::RemoteClosed, "remote-closed"},
    {NetworkFault::ProtocolViolation, "protocol-violation"},
    {NetworkFault::StartTlsMissing, "starttls-missing"},
    {NetworkFault::StartTlsRefused, "starttls-refused"},
    {NetworkFault::StartTlsInjection, "starttls-injection"},
    {NetworkFault::TlsHandshake, "tls-handshake"},
    {NetworkFault::CertificateRejected, "certificate-rejected"},
    {NetworkFault::PinMismatch, "pin-mismatch"},
    {NetworkFault::PlaintextAuthRefused, "plaintext-auth-refused"},
    {NetworkFault::AuthNotOffered, "auth-not-offered"},
    {NetworkFault::AuthServerUnverified, "auth-server-unverified"},
    {NetworkFault::SmtpUtf8Required, "smtputf8-required"},
    {NetworkFault::MessageTooLarge, "message-too-large"},
    {NetworkFault::ProxyNotFound, "proxy-not-found"},
    {NetworkFault::ProxyRefused, "proxy-refused"},
    {NetworkFault::ProxyAuthFailed, "proxy-auth-failed"},
    {NetworkFault::ProxyDenied, "proxy-denied"},
    {NetworkFault::ProxyTargetUnreachable, "proxy-target-unreachable"},
    {NetworkFault::ProxyFailed, "proxy-failed"},
    {NetworkFault::Cancelled, "cancelled"},
    {NetworkFault::Other, "other"},
};

std::optional<Reply> replyFromJson(const QJsonObject &o)
{
    Reply reply;
    reply.code = o.value(QStringLiteral("code")).toInt();
    if (!reply.isValid())
        return std::nullopt;
    const QByteArray enhanced = o.value(QStringLiteral("enhanced")).toString().toLatin1();
    if (!enhanced.isEmpty())
        EnhancedStatus::parse(enhanced, &reply.enhanced);
    // ReportJson::reply keeps the lines joined; one line reads the same.
    const QString text = o.value(QStringLiteral("text")).toString();
    if (!text.isEmpty())
        reply.lines << text.toUtf8();
    return reply;
}

QString sslErrorId(QSslError::SslError error)
{
    return QString::fromLatin1(QMetaEnum::fromType<QSslError::SslError>().valueToKey(error));
}

std::optional<QSslError::SslError> sslErrorFromId(const QString &id)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<QSslError::SslError>().keyToValue(id.toLatin1().constData(), &ok);
    if (!ok)
        return std::nullopt;
    return static_cast<QSslError::SslError>(value);
}
}  // namespace

QString faultId(NetworkFault fault)
{
    for (const FaultName &name : kFaultNames) {
        if (name.fault == fault)
            return QLatin1String(name.id);
    }
    return QStringLiteral("other");
}

std::optional<NetworkFault> faultFromId(QStringView id)
{
    for (const FaultName &name : kFaultNames) {
        if (id == QLatin1String(name.id))
            return name.fault;
    }
    return std::nullopt;
}

bool Failure::isTransient() const
{
    // A reply decides by its class (RFC 5321 §4.2.1).
    if (reply && reply->isValid())
        return reply->isTransient();
    // Silence after the end of the message: it may have been delivered, so
    // waiting and sending again could make a duplicate (RFC 5321 §6.1).
    if (phase == Phase::FinalReply)
        return false;
    switch (fault) {
    case NetworkFault::HostNotFound:
    case NetworkFault::NetworkUnreachable:
    case NetworkFault::RemoteClosed:
        return true;
    case NetworkFault::Timeout:
        // A server that accepts the connection but never greets is
        // misconfigured or the wrong service on that port (an implicit-TLS
        // port spoken to in plaintext waits forever), not busy.
        return phase != Phase::Greeting;
    default:
        return false;
    }
}

bool Failure::isConnectionFault() const
{
    if (phase != Phase::Resolve && phase != Phase::Connect)
        return false;
    switch (fault) {
    case NetworkFault::HostNotFound:
    case NetworkFault::ConnectionRefused:
    case NetworkFault::Timeout:
    case NetworkFault::NetworkUnreachable:
    case NetworkFault::RemoteClosed:
    // A proxy that is down, unknown, stalled or cannot reach the server is
    // an outage like a refused connection (RetryPolicy); one that refuses
    // the login or forbids the destination is not: that needs a change in
    // the settings, so those two are left out.
    case NetworkFault::ProxyNotFound:
    case NetworkFault::ProxyRefused:
    case NetworkFault::ProxyTargetUnreachable:
    case NetworkFault::ProxyFailed:
        return true;
    default:
        return false;
    }
}

bool Failure::isLoginRefused() const
{
    return phase == Phase::Auth && reply && reply->isPermanent();
}

bool Failure::offersPin() const
{
    if (fault == NetworkFault::PinMismatch)
        return true;
    // QSslSocket reports the verification errors and then fails the
    // handshake, so either fault can carry them.
    if (fault != NetworkFault::CertificateRejected && fault != NetworkFault::TlsHandshake)
        return false;
    if (tlsErrors.isEmpty())
        return false;
    for (const QSslError::SslError error : tlsErrors) {
        if (error == QSslError::CertificateRevoked || error == QSslError::CertificateBlacklisted)
            return false;
    }
    return true;
}

QJsonObject Failure::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("phase")] = phaseId(phase);
    o[QStringLiteral("fault")] = faultId(fault);
    o[QStringLiteral("message")] = message;
    if (!host.isEmpty())
        o[QStringLiteral("host")] = host;
    if (reply)
        o[QStringLiteral("reply")] = ReportJson::reply(*reply);
    if (!tlsErrors.isEmpty()) {
        QJsonArray errors;
        for (const QSslError::SslError error : tlsErrors)
            errors.append(sslErrorId(error));
        o[QStringLiteral("tlsErrors")] = errors;
    }
    return o;
}

std::optional<Failure> Failure::fromJson(const QJsonObject &json)
{
    const std::optional<Phase> phase = phaseFromId(json.value(QStringLiteral("phase")).toString());
    const std::optional<NetworkFault> fault = faultFromId(json.value(QStringLiteral("fault")).toString());
    if (!phase || !fault)
        return std::nullopt;
    Failure failure;
    failure.phase = *phase;
    failure.fault = *fault;
    failure.message = json.value(QStringLiteral("message")).toString();
    failure.host = json.value(QStringLiteral("host")).toString();
    if (json.contains(QStringLiteral("reply")))
        failure.reply = replyFromJson(json.value(QStringLiteral("reply")).toObject());
    const QJsonArray errors = json.value(QStringLiteral("tlsErrors")).toArray();
    for (const QJsonValue &value : errors) {
        if (const std::optional<QSslError::SslError> error = sslErrorFromId(value.toString()))
            failure.tlsErrors << *error;
    }
    return failure;
}

}  // namespace stamp
