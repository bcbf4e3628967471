// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImapFailure.h"
#include "ImapResponseReader.h"
#include "ImapSettings.h"
#include "smtp/SecretRedactor.h"
#include "smtp/TlsReport.h"
#include "smtp/Transcript.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

class QSslSocket;

namespace stamp::sasl {
class SaslMechanism;
}

namespace stamp::imap {

// One IMAP connection (RFC 9051, RFC 3501) from connect to LOGOUT, on an
// asynchronous QSslSocket. open() runs the greeting, STARTTLS or implicit
// TLS, CAPABILITY and the login, then emits ready(); after that a caller
// runs commands one at a time (no pipelining: we send few, and a strict
// order keeps every reply tied to its command). Any failure ends the
// session with failed(); nothing is retried here and nothing ever falls
// back to plaintext.
//
// The TLS rules are the submission engine's (TlsPolicy): verification, an
// extra CA file, an exact SHA-256 pin, RFC 8996's floor, RFC 6125 names.
class ImapSession : public QObject
{
    Q_OBJECT

public:
    // The tagged completion and the untagged responses that came with it.
    using Done = std::function<void(const ImapResponse &tagged, const QList<ImapResponse> &untagged)>;

    ImapSession(const ImapSettings &settings, const ImapLogin &login, QObject *parent = nullptr);
    ~ImapSession() override;

    void open();
    // Sends "<tag> <line>" and calls `done` with the tagged response (OK,
    // NO or BAD; a NO or BAD is the caller's to judge). `step` names the
    // failure if the connection breaks meanwhile.
    void command(const QByteArray &line, ImapStep step, Done done);
    // RFC 9051 §6.3.12 APPEND of `message`, exactly as given, with \Seen.
    // A non-synchronizing literal (RFC 7888) where LITERAL+ is offered, or
    // LITERAL- and the message is at most 4096 octets; else a synchronizing
    // literal sent after the server's "+".
    void append(const QString &mailbox, const QByteArray &message, Done done);
    // RFC 9051 §6.1.3: LOGOUT, the server's BYE and OK, then closes.
    // Emits closed() in the end, also when the server just hangs up.
    void logout();
    // Closes without a word (after a failure, or when cancelled).
    void abort();

    bool hasCapability(const QByteArray &upperName) const { return m_capabilities.contains(upperName); }
    QSet<QByteArray> capabilities() const { return m_capabilities; }
    const TlsReport &tls() const { return m_tls; }
    bool isEncrypted() const;
    // The mechanism or command that logged in ("PLAIN", "XOAUTH2", "LOGIN"), or
    // "PREAUTH".
    QByteArray loginMethod() const { return m_loginMethod; }
    // Where the server's text may repeat a secret, for callers quoting it.
    QString redacted(const QByteArray &serverText) const;

signals:
    void ready();
    void failed(const stamp::imap::ImapFailure &failure);
    void closed();
    void transcript(const stamp::TranscriptEvent &event);

private:
    enum class Stage {
        Idle,
        Connecting,
        ImplicitHandshake,
        Greeting,
        StartTlsHandshake,
        Working,
        LoggingOut,
        Done
    };

    struct Pending
    {
        QByteArray tag;
        ImapStep step = ImapStep::Capability;
        Done done;
        QList<ImapResponse> untagged;
        // A synchronizing literal waiting for "+" (RFC 9051 §4.3) or a SASL
        // exchange answering challenges.
        QByteArray literal;
        bool waitsForContinuation = false;
        bool sasl = false;
    };

    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onTimeout();

    void handle(const ImapResponse &response);
    void onGreeting(const ImapResponse &response);
    void askCapabilities();
    void afterCapabilities();
    void startTls();
    void login();
    void authenticate(sasl::AuthMethod method);
    void loginCommand();
    void onContinuation(const ImapResponse &response);
    void loggedIn(const ImapResponse &tagged);

    // Sends a command; `shown` is the transcript's form (a redacted one for
    // secrets), empty for the command itself.
    void send(const QByteArray &line, ImapStep step, Done done, const QByteArray &shown = {});
    void write(const QByteArray &bytes);
    void takeCapabilities(const QList<ImapItem> &items, int from);
    void takeCapabilityCode(const ImapResponse &response);
    void fail(ImapStep step, NetworkFault fault, const QString &detail,
        const ImapResponse *response = nullptr, bool keepConnection = false);
    void emitEvent(TranscriptEvent::Kind kind, const QString &text);
    void finishClose();
    void recordTls();
    bool peerIsLoopback() const;

    ImapSettings m_settings;
    ImapLogin m_login;
    QPointer<QSslSocket> m_socket;
    ImapResponseReader m_reader;
    SecretRedactor m_redactor;
    QTimer m_timer;
    Stage m_stage = Stage::Idle;
    std::optional<Pending> m_pending;
    int m_nextTag = 1;
    QSet<QByteArray> m_capabilities;
    bool m_capabilitiesKnown = false;
    bool m_preauth = false;
    TlsReport m_tls;
    QByteArray m_loginMethod;
    std::unique_ptr<sasl::SaslMechanism> m_mechanism;
    bool m_failed = false;
    bool m_closed = false; // closed() emitted
    bool m_saslInitialPending = false; // SASL without SASL-IR: the initial response awaits the first "+"
};

} // namespace stamp::imap
