// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Reply.h"

#include <QAbstractSocket>
#include <QList>
#include <QSslError>
#include <QString>

class QSslConfiguration;

namespace stamp {

class SubmissionSession;

// The session's first part: connect, read the greeting, EHLO (HELO as a
// fallback), STARTTLS or implicit TLS, and the checks on the certificate
// (verification, or exactly the pinned one). Hands over to AuthExchange
// once the capabilities that count are known.
class ConnectionSetup
{
public:
    explicit ConnectionSetup(SubmissionSession &session);

    // Checks on the server settings that need no network; empty when fine.
    QString checkSettings() const;
    // The TLS configuration for the socket (RFC 8996 floor, extra CA file);
    // an error text when the CA file cannot be used.
    QString buildTlsConfiguration(QSslConfiguration &tls) const;
    void connectToServer();

    // Socket events
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    // A socket error that concerns the proxy (or, while connecting through
    // one, its report on the server): fails the session with a proxy fault
    // and returns true; false for anything else.
    bool onProxyError(QAbstractSocket::SocketError error, bool connecting);

    // Whether the conversation is encrypted (implicit TLS or after STARTTLS).
    bool isEncrypted() const { return m_tls == Tls::Encrypted; }
    bool isPeerLoopback() const;
    const QList<QSslError> &sslErrors() const { return m_sslErrors; }

private:
    // Where TLS stands. The handshake that opens an implicit TLS connection
    // comes before the greeting (RFC 8314 §3.3); the one after STARTTLS
    // comes after it and is followed by a fresh EHLO (RFC 3207 §4.2).
    enum class Tls { Plaintext, ImplicitHandshake, StartTlsHandshake, Encrypted };

    void expectGreeting();
    void sendEhlo();
    void onEhloReply(const Reply &reply);
    void onHeloReply(const Reply &reply);
    void afterCapabilities();
    void startTls();
    void beginHandshake(Tls handshake);
    void recordTls();
    QString heloName() const;

    SubmissionSession &m_session;
    Tls m_tls = Tls::Plaintext;
    QList<QSslError> m_sslErrors;
};

} // namespace stamp
