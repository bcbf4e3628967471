// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SandboxBehaviour.h"
#include "SandboxCertificate.h"
#include "SandboxListener.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

namespace stamp {

// A message the sandbox accepted, exactly as it arrived (after the
// transport's dot-unstuffing or BDAT framing was undone).
struct SandboxMessage
{
    QString from;
    QStringList recipients;
    QByteArray content;
    QDateTime receivedAt;
    QString authenticatedAs;  // empty when the client did not log in
};

// "Try the sandbox": an SMTP server on loopback that accepts any message
// (any login, any recipient) and keeps it in memory, so a person can
// compose, send, watch the live log and read the exact bytes that were
// sent without a real account. Started only when used; never reachable
// from the network (it listens on 127.0.0.1 only). Tests of the engine use
// Postfix and smtp-sink, not this.
//
// With a storage folder (setStorage) what it accepted outlives the run, as
// a real mailbox would: one .eml file per message (the exact bytes, for any
// mail reader) and its envelope beside it in JSON.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    // Per message; larger ones are refused with 552, as a real server would.
    static constexpr qint64 kMaxMessageSize = 64 * 1024 * 1024;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Reads the messages kept there before; new ones are written there.
    // Returns an error in words when the folder cannot be used (the
    // sandbox then keeps messages in memory only).
    QString setStorage(const QString &directory);
    QString storage() const { return m_storage; }
    static QString defaultStorage();

    bool start(quint16 port = 0); // on 127.0.0.1; 0: a free port
    void stop();
    bool isRunning() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    const QList<SandboxMessage> &messages() const { return m_messages; }
    void clear();

    // How the sandbox answers from the next command on; connections that
    // are open already follow it too. Greylisting starts afresh.
    void setBehaviour(const SandboxBehaviour &behaviour);
    const SandboxBehaviour &behaviour() const { return m_behaviour; }
    // The SIZE limit in force (RFC 1870).
    qint64 sizeLimit() const;

    // The key and self-signed certificate of the TLS modes, made on first
    // use and kept in the storage folder (in memory without one). Choosing
    // a TLS mode makes it, so its fingerprint is known before anyone
    // connects.
    std::optional<SandboxCertificate> certificate(QString *error = nullptr);
    // The server side of a TLS handshake with that certificate; nothing
    // when it could not be made.
    std::optional<QSslConfiguration> tlsConfiguration();

signals:
    void messageReceived(int index);
    void behaviourChanged();

private:
    friend class SandboxConnection;
    void accept(const SandboxMessage &message);
    // Greylisting: true while `triple` (sender, recipient, client) is to be
    // turned away; its first try starts the wait.
    bool greylisted(const QString &triple);

    QString keep(const SandboxMessage &message);

    SandboxListener m_server;
    std::optional<SandboxCertificate> m_certificate;
    QList<SandboxMessage> m_messages;
    QString m_storage;
    int m_nextFile = 1;
    SandboxBehaviour m_behaviour;
    QHash<QString, qint64> m_firstTry; // triple -> ms since the epoch
};

}  // namespace stamp
