#pragma once

#include "Phase.h"
#include "smtp/Reply.h"

#include <QList>
#include <QSslError>
#include <QString>

namespace stamp {

// The kind of transport fault, independent of Qt's socket enums so the
// catalogue can be tested without a socket.
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
    Cancelled,
    Other,
};

// Everything the catalogue may look at to explain one failure.
struct FailureContext
{
    Phase phase = Phase::Local;
    NetworkFault fault = NetworkFault::None;
    int replyCode = 0;             // 0 when the failure is not a server reply
    EnhancedStatus enhanced;
    QString replyText;             // the server's words, all lines joined
    QList<QSslError::SslError> tlsErrors;
    QString host;
    QString detail;                // socket or TLS error text, for context
};

// A failure explained for a person: what happened, why, and what to do.
struct Diagnosis
{
    QString id;           // stable, e.g. "auth.app-password-required"
    QString title;        // short: "Gmail needs an app password"
    QString explanation;  // plain language, one or two sentences
    QString remedy;       // what the person can do next
    bool transient = false;  // trying again later may succeed without changes
    // The connection ended after (part of) the message was sent but before the
    // server confirmed it: it may have been delivered, so never resend it
    // automatically (duplicate sends are a classic complaint about mail clients).
    bool deliveryUnknown = false;

    bool isValid() const { return !id.isEmpty(); }
};

}  // namespace stamp
