// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>

namespace stamp::test {

// A fake SMTP server that plays a script and fails on any byte the client
// sends that the script did not expect. Steps:
//   "S: text"   send "text\r\n" (consecutive S, S= and R steps go out in one
//               write)
//   "R: bytes"  send raw bytes, no line end added; \r, \n, \xHH and \\ are
//               unescaped (bare LF, NUL, a line without CRLF)
//   "S= name"   send the line the reply maker `name` makes from the last
//               line the client sent (see setReplyMaker(); for exchanges
//               such as SCRAM whose replies depend on the client's nonce)
//   "C: text"   expect exactly the line "text" from the client
//   "C~ regex"  expect a line matching the regular expression
//   "DATA"      expect message content up to and including "\r\n.\r\n"
//               (captured, see data())
//   "BYTES n"   expect exactly n octets of content (a BDAT chunk), captured
//               like DATA
//   "CLOSE"     close the connection
//   "ACCEPT"    take the client's next connection and go on with it
//   "HANG"      stay silent with the connection open (for timeouts); any
//               further byte from the client is an error
//   "SINK"      like HANG, but swallow whatever the client sends
//   "SILENT"    like HANG until the client closes the connection, then go on
//               (to an ACCEPT: a server that stalls on every connection)
//   "WAIT ms"   pause the script this many milliseconds (a slow server)
//   "STALL"     stay silent and stop reading: the client's upload backs up
//               once the socket buffers are full (a stalled line)
//   "TLS"       start TLS as the server (after a STARTTLS exchange, or first
//               for implicit TLS) with the certificate from setCertificate()
// Listens on 127.0.0.1 port 0; one connection at a time, a new one only
// where the script says ACCEPT.
// Hands out QSslSockets, so a script can switch to TLS mid-conversation.
class SslCapableTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};

class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(const QStringList &script, QObject *parent = nullptr);
    ~ScriptedServer() override;

    quint16 port() const { return m_server.serverPort(); }
    // When false (a server without PIPELINING), a command arriving before
    // the reply to the previous one was sent is an error.
    void setPipeliningAllowed(bool allowed) { m_pipeliningAllowed = allowed; }
    using ReplyMaker = std::function<QString(const QString &lastClientLine)>;
    void setReplyMaker(const QString &name, ReplyMaker maker) { m_replyMakers.insert(name, std::move(maker)); }
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
    }

    bool isComplete() const
    {
        return m_step >= m_script.size() || m_script.at(m_step) == QLatin1String("HANG")
               || m_script.at(m_step) == QLatin1String("SINK") || m_script.at(m_step) == QLatin1String("STALL");
    }
    QStringList errors() const { return m_errors; }
    QList<QByteArray> data() const { return m_data; }
    QByteArray received() const { return m_received; }
    bool clientDisconnected() const { return m_clientGone; }
    int connections() const { return m_connections; }
    // Where the script stopped, for failure messages.
    QString position() const;

private:
    void onConnection();
    void attach(QSslSocket *socket);
    void onReadyRead();
    void advance();
    void error(const QString &message);

    SslCapableTcpServer m_server;
    QPointer<QSslSocket> m_socket;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_handshaking = false;
    bool m_pausing = false;  // in a WAIT step
    QStringList m_script;
    int m_step = 0;
    QByteArray m_buffer;
    QString m_lastClientLine;
    QHash<QString, ReplyMaker> m_replyMakers;
    QByteArray m_received;
    QList<QByteArray> m_data;
    QStringList m_errors;
    bool m_pipeliningAllowed = true;
    bool m_clientGone = false;
    int m_connections = 0;
    QList<QPointer<QSslSocket>> m_waiting;  // connections not yet ACCEPTed
};

}  // namespace stamp::test
