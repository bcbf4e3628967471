// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Capabilities.h"
#include "DsnRequest.h"
#include "Reply.h"
#include "Failure.h"
#include "TlsReport.h"
#include "sasl/SaslMechanism.h"

#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace stamp {

// How the connection is protected (RFC 8314 §3 for implicit TLS, RFC 3207
// for STARTTLS). There is no "STARTTLS if available": a downgrade must never
// happen silently.
enum class SecurityMode {
    StartTls,     // plaintext connect, STARTTLS required before anything else
    ImplicitTls,  // TLS from the first byte (port 465)
    None,         // no TLS at all
};

std::optional<SecurityMode> parseSecurityMode(const QString &text);  // "starttls", "tls", "none"
QString securityModeId(SecurityMode mode);
quint16 defaultPort(SecurityMode mode);  // 587, 465, 25

// Timeouts in milliseconds, chosen for a person waiting at a desktop with
// an outbox behind them that retries on its own (docs/SECURITY.md,
// "Stalling servers"). RFC 5321 §4.5.3.2's minimums are written for relays
// that must not give up on a slow peer; a submission client gains nothing
// by waiting five minutes for a greeting or an EHLO reply that real
// submission servers give in well under a second, so the stages before the
// message are shorter. The stages of the message itself keep the RFC's
// values as their bound: giving up there early can leave the server with
// the message and the person not knowing (an uncertain delivery).
struct Timeouts
{
    // TCP connect: covers the SYN retries of a lossy link (1+2+4+8 s).
    int connect = 20 * 1000;
    // Greeting, EHLO, STARTTLS, the TLS handshake, AUTH, RSET, MAIL, RCPT:
    // enough for a server that looks the client up in DNS before its
    // greeting or verifies addresses by callout (tens of seconds at worst).
    int greeting = 60 * 1000;
    int command = 60 * 1000;
    int mail = 60 * 1000;
    int rcpt = 60 * 1000;
    // The message (RFC 5321 §4.5.3.2.4 to .6 values).
    int dataInit = 2 * 60 * 1000;
    int dataBlock = 3 * 60 * 1000;
    int finalDot = 10 * 60 * 1000;
    int quit = 10 * 1000;  // only politeness is at stake
    // One deadline for getting the server ready for a message: connect
    // through the first message's envelope, counting every fresh connection
    // opened after a failed one. A server that stalls after EHLO fails in
    // this long in all, not in one stage timeout per connection. One and a
    // half stage timeouts: one silent stage, and half that again for a
    // second connection.
    int opening = 90 * 1000;

    // Every stage timeout capped at `ms` (the command line's --timeout, an
    // account's own timeout), and the opening deadline at one and a half
    // times that.
    static Timeouts cappedAt(int ms);
};

struct ServerSettings
{
    QString host;
    quint16 port = 0;  // 0: the security mode's default
    SecurityMode security = SecurityMode::StartTls;
    QString heloName;      // empty: an address literal of our end of the connection
    QString caFile;        // extra trusted CA certificates (PEM), added to the system's
    QString pinnedSha256;  // lower-case hex; when set, only that exact certificate is accepted
    bool allowPlaintextAuth = false;  // AUTH without TLS to a non-loopback host
    // Use CHUNKING (BDAT) when offered. Off: always DATA, for servers whose
    // CHUNKING is broken.
    bool allowChunking = true;
    // Loopback traffic never leaves the machine, so AUTH over it without TLS
    // exposes nothing (local relays, test servers). Off: treat it like any host.
    bool loopbackIsPrivate = true;
    Timeouts timeouts;
    // The hop to the server, resolved (ProxySettings::resolve); its password
    // comes with the login (AuthSettings::proxyPassword). No proxy unless
    // one is set: a session never picks up an application-wide proxy.
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);

    quint16 effectivePort() const { return port ? port : defaultPort(security); }
};

struct AuthSettings
{
    sasl::AuthMethod method = sasl::AuthMethod::None;
    sasl::Credentials credentials;
    // The proxy's password, from the keychain like the login's secret, so
    // every path that fetches a login (CredentialSource) brings it along.
    QString proxyPassword;
};

// One message to submit. The body is read from `body` in chunks; the caller
// owns the device and keeps it open until the session finishes.
struct OutgoingMessage
{
    QString from;           // envelope sender (may be empty: the null reverse-path)
    QStringList recipients; // envelope recipients: To, Cc and Bcc together
    QIODevice *body = nullptr;
    // Filled by SubmissionSession from a streaming pass over `body` when it
    // is seekable; a caller that knows them may set them.
    qint64 messageSize = -1;
    qint64 wireSize = -1;
    bool eightBit = false;
    // The message itself has UTF-8 headers (RFC 6532), so it needs SMTPUTF8
    // even when every envelope address is ASCII.
    bool smtpUtf8 = false;
    // Delivery status notifications asked for (RFC 3461); sent only when
    // the server offers DSN.
    DsnRequest dsn;
};

// The server's verdict on one recipient.
struct RecipientResult
{
    QString address;
    bool accepted = false;
    Reply reply;
};

// What happened to one message.
struct SendResult
{
    enum class Status { Sent, Partial, Failed };

    Status status = Status::Failed;
    QList<RecipientResult> recipients;
    std::optional<Reply> finalReply;
    std::optional<Failure> failure;
    // The end of the message went out but no reply came back: the server
    // may or may not have accepted it. Never resend such a message blindly.
    bool uncertain = false;
    // False when the session failed before this message's turn came.
    bool attempted = true;
    // A delivery report was asked for but the server does not offer DSN,
    // so the message went without it (the person must be told).
    bool dsnDropped = false;
    QString envid;  // the ENVID sent with MAIL FROM, if any

    QStringList accepted() const;
    QStringList refused() const;
    static QString statusId(Status status);  // "sent", "partial", "failed"
};

// What a whole session produced: one SendResult per message, or for a
// check-only session, the negotiation facts alone.
struct SessionReport
{
    QList<SendResult> messages;
    std::optional<Failure> failure;  // a session-level failure (connect, TLS, AUTH...)
    Capabilities capabilities;
    TlsReport tls;
    QString authMechanism;  // what was used, when AUTH succeeded
    bool authenticated = false;
    bool cancelled = false;
    int connections = 1;  // how many connections it took (SubmissionBatch)
};

// Checks and converts one envelope address for MAIL FROM / RCPT TO:
// rejects what could break the command line (CR, LF, spaces, angle
// brackets), converts an internationalised domain to its A-label
// (RFC 5890, via QUrl::toAce) and reports whether the local part needs
// SMTPUTF8 (RFC 6531 §3.3).
struct EnvelopeAddress
{
    QByteArray wire;  // what goes between < and >
    bool needsSmtpUtf8 = false;
    QString error;    // set when the address cannot be used

    static EnvelopeAddress fromText(const QString &address, bool allowEmpty = false);
};

}  // namespace stamp
