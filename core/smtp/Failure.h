// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Phase.h"
#include "Reply.h"

#include <QJsonObject>
#include <QList>
#include <QSslError>
#include <QString>
#include <optional>

namespace stamp {

// The kind of transport fault, independent of Qt's socket enums so failures
// can be stored, compared and explained without a socket.
enum class NetworkFault {
    None,
    HostNotFound,
    ConnectionRefused,
    Timeout,             // connect or reply timeout
    NetworkUnreachable,
    RemoteClosed,        // the server closed the connection unexpectedly
    ProtocolViolation,   // malformed reply, injected bytes, unexpected code
    StartTlsMissing,     // security=starttls but the server does not offer it
    StartTlsRefused,     // STARTTLS answered with anything but 220
    StartTlsInjection,   // plaintext bytes queued after the 220 (RFC 3207 §4.2)
    TlsHandshake,        // handshake failed for a reason other than the certificate
    CertificateRejected, // verification failed; see tlsErrors
    PinMismatch,         // a pinned fingerprint did not match the server's certificate
    PlaintextAuthRefused,// AUTH would travel without TLS to a remote host
    AuthNotOffered,      // credentials given but the server offers no usable mechanism
    AuthServerUnverified,// SCRAM: the server could not prove it knows the password
    SmtpUtf8Required,    // a non-ASCII address and no SMTPUTF8
    MessageTooLarge,     // refused locally against the server's SIZE
    // Through a proxy (QNetworkProxy): the proxy, not the server, is what to check.
    ProxyNotFound,       // the proxy's host name does not resolve
    ProxyRefused,        // nothing listens at the proxy's address and port
    ProxyAuthFailed,     // the proxy wants a login, or refused the one given
    ProxyDenied,         // the proxy's rules forbid connecting to that server or port
    ProxyTargetUnreachable, // the proxy could not reach or resolve the server
    ProxyFailed,         // the proxy closed, stalled or spoke nonsense
    Cancelled,
    Other,
};

// Stable identifiers for JSON and saved outbox state: never change one.
QString faultId(NetworkFault fault);
std::optional<NetworkFault> faultFromId(QStringView id);

// What went wrong, as facts: where, what kind of fault, the server's reply,
// the TLS verification errors. No sentences for people: those come from the
// diagnostics catalogue when the failure is shown, so they follow the
// language of the moment and a better catalogue (core/diagnostics).
struct Failure
{
    Phase phase = Phase::Local;
    NetworkFault fault = NetworkFault::None;
    std::optional<Reply> reply;
    QString message;  // technical summary, e.g. the socket's error text
    QString host;     // the server it happened with
    QList<QSslError::SslError> tlsErrors;

    // The questions front ends and policies ask; never an id comparison.

    // Waiting may help without any change: a 4yz reply (RFC 5321 §4.2.1),
    // or a transport fault that says nothing about the settings (timeout,
    // dropped connection, no route, unknown name). A refused connection is
    // not transient by itself: whether it is an outage or a wrong port
    // depends on whether the server ever answered (see RetryPolicy).
    bool isTransient() const;
    // Nothing reached a server: the failure happened while resolving or
    // connecting, so it says as much about the network as about the server.
    bool isConnectionFault() const;
    // The server refused the login itself (a 5yz reply to AUTH, RFC 4954
    // §6): a new password or a renewed token is what helps.
    bool isLoginRefused() const;
    // TLS verification failed in a way a person may settle by trusting
    // this one certificate (pinning its SHA-256): an untrusted, expired,
    // self-signed or wrong-host certificate, or a changed pinned one. A
    // revoked or blacklisted certificate is never offered.
    bool offersPin() const;

    QJsonObject toJson() const;
    static std::optional<Failure> fromJson(const QJsonObject &json);
};

}  // namespace stamp
