// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SandboxServer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslSocket>

namespace stamp {

// One client of the sandbox: a small but honest ESMTP server (RFC 5321)
// with PIPELINING, SIZE, 8BITMIME, SMTPUTF8, CHUNKING, ENHANCEDSTATUSCODES
// and AUTH PLAIN/LOGIN that accept any credentials. In the TLS modes it
// offers STARTTLS (RFC 3207) or starts TLS at once (RFC 8314 §3.3) with
// the sandbox's self-signed certificate. Commands are handled in
// the order they arrive, so pipelined groups work as on a real server.
// The server's SandboxBehaviour can make it misbehave in one chosen way.
class SandboxConnection : public QObject
{
    Q_OBJECT

public:
    SandboxConnection(QSslSocket *socket, SandboxServer *server);

private:
    enum class Mode { Commands, Data, Bdat, AuthLoginUser, AuthLoginPassword, AuthPlainResponse, Closing };

    void onReadyRead();
    void handleLine(const QByteArray &line);
    void handleCommand(const QByteArray &verb, const QByteArray &argument);
    void reply(const QByteArray &text);
    void hangUp();
    void greet();
    bool startTls();
    bool needsTlsFirst() const;
    void endOfMessage();
    void authenticated(const QString &user);
    void recipient(const QByteArray &argument);
    SandboxBehaviour::Mode behaviour() const { return m_server->behaviour().mode; }
    void resetTransaction();
    void deliver();
    void keep();
    static QString address(const QByteArray &argument, const QByteArray &keyword);

    QPointer<QSslSocket> m_socket;
    SandboxServer *m_server;
    QByteArray m_buffer;
    Mode m_mode = Mode::Commands;
    qint64 m_bdatRemaining = 0;
    bool m_bdatLast = false;
    bool m_tooLarge = false;
    bool m_greeted = false;
    QString m_user;
    bool m_loggedIn = false;
    QString m_from;
    bool m_haveMail = false;
    QStringList m_recipients;
    QByteArray m_content;
};

}  // namespace stamp
