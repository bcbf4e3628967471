// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace stamp::oauth {

// The redirect end of a sign-in in the system browser (RFC 8252 §7.3): a
// tiny HTTP listener on 127.0.0.1 that waits for the provider to send the
// browser back with the authorization response. It answers that request
// with a short readable page, answers anything else (a favicon, a stray
// path, a second visit) without acting on it, and never blocks: each browser
// connection is read on its own with a time limit, since browsers open
// spare connections they never use.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens on the IPv4 loopback literal, as RFC 8252 §8.3 advises over
    // "localhost". Port 0 lets the system pick a free one (§7.3).
    bool listen(quint16 port = 0);
    QString errorString() const { return m_error; }
    quint16 port() const;
    bool isListening() const;
    // "http://127.0.0.1:<port>/": what goes into redirect_uri.
    QString redirectUri() const;
    // Stops listening and drops every browser connection.
    void close();

    // Answers the browser that brought the redirect (see redirected()) with
    // a page saying `title` and `text`, then closes that connection.
    void answer(bool success, const QString &title, const QString &text);

    // How long one browser connection may take to send its request.
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

signals:
    // The browser came back to the redirect URI with these parameters
    // (code and state, or error). Emitted once; answer() replies to it.
    void redirected(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    static void reply(QTcpSocket *socket, int status, const QByteArray &reason, const QString &title,
        const QString &text, bool success);

    QTcpServer *m_server;
    QString m_error;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QPointer<QTcpSocket> m_waiting; // the redirect's connection, until answer()
    bool m_redirectSeen = false;
    int m_requestTimeoutMs = 10000;
};

} // namespace stamp::oauth
