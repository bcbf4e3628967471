// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LoopbackReceiver.h"

#include "OAuthLogging.h"

#include <QHostAddress>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace stamp::oauth {

namespace {
// A request head larger than this is not a browser following a redirect.
constexpr int kMaxHead = 16 * 1024;
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

bool LoopbackReceiver::listen(quint16 port)
{
    if (m_server->listen(QHostAddress::LocalHost, port)) {
        qCDebug(lcOAuth) << "loopback listener on port" << m_server->serverPort();
        return true;
    }
    m_error = port
        ? tr("Port %1 on 127.0.0.1 cannot be used for the sign-in: %2").arg(port).arg(m_server->errorString())
        : tr("No port on 127.0.0.1 could be opened for the sign-in: %1").arg(m_server->errorString());
    return false;
}

quint16 LoopbackReceiver::port() const
{
    return m_server->serverPort();
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(port());
}

void LoopbackReceiver::close()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
    if (m_waiting) {
        m_waiting->abort();
        m_waiting->deleteLater();
    }
    m_waiting.clear();
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_buffers.remove(socket))
                socket->deleteLater();
        });
        // A connection that sends no complete request in time is dropped,
        // so an idle preconnect cannot hold anything up.
        QTimer::singleShot(m_requestTimeoutMs, socket, [this, socket] {
            if (socket != m_waiting && m_buffers.remove(socket)) {
                socket->abort();
                socket->deleteLater();
            }
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    const qsizetype end = it->indexOf("\r\n\r\n");
    if (end < 0) {
        if (it->size() > kMaxHead) {
            m_buffers.remove(socket);
            reply(socket, 431, "Request Header Fields Too Large", tr("Not a sign-in"),
                tr("This address only receives the answer of a sign-in."), false);
        }
        return;
    }
    const QByteArray head = it->left(end);
    m_buffers.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    handleRequest(socket, head);
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    // Request-line = method SP request-target SP HTTP-version (RFC 9112 §3).
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        reply(socket, 400, "Bad Request", tr("Not a sign-in"),
            tr("This address only receives the answer of a sign-in."), false);
        return;
    }
    if (requestLine.at(0) != "GET") {
        reply(socket, 405, "Method Not Allowed", tr("Not a sign-in"),
            tr("This address only receives the answer of a sign-in."), false);
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    // RFC 6749 Appendix B: the response parameters are form-encoded, where
    // '+' stands for a space (a literal plus arrives as %2B).
    QString rawQuery = target.query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
    const QUrlQuery query(rawQuery);
    const bool isRedirect = target.path() == QLatin1String("/")
        && (query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error")));
    if (!isRedirect) {
        // The favicon, a reload of a bare address, a scanner: not ours.
        reply(socket, 404, "Not Found", tr("Not a sign-in"),
            tr("This address only receives the answer of a sign-in."), false);
        return;
    }
    if (m_redirectSeen) {
        reply(socket, 409, "Conflict", tr("Already done"),
            tr("Stamp has already received an answer for this sign-in. You can close this window."), false);
        return;
    }
    m_redirectSeen = true;
    m_waiting = socket;
    qCDebug(lcOAuth) << "the browser came back to the loopback listener";
    emit redirected(query);
}

void LoopbackReceiver::answer(bool success, const QString &title, const QString &text)
{
    if (!m_waiting)
        return;
    QTcpSocket *socket = m_waiting;
    m_waiting.clear();
    reply(socket, success ? 200 : 400, success ? QByteArray("OK") : QByteArray("Bad Request"), title, text,
        success);
}

void LoopbackReceiver::reply(QTcpSocket *socket, int status, const QByteArray &reason, const QString &title,
    const QString &text, bool success)
{
    const QString colour = success ? QStringLiteral("#1a7f37") : QStringLiteral("#b42318");
    //: The browser tab's title after signing in; %1 is the page's heading, e.g. "Signed in"
    const QString tabTitle = tr("Stamp: %1").arg(title);
    // The page speaks the language of the app's texts, so the browser picks
    // the right voice and hyphenation (WCAG 2.1 §3.1.1).
    const QByteArray page = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%4\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\"><title>%5</title></head>"
        "<body style=\"font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;line-height:1.5\">"
        "<h1 style=\"color:%3;font-size:1.4em\">%1</h1><p>%2</p></body></html>\n")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped(), colour,
                                    QLocale().bcp47Name().toHtmlEscaped(), tabTitle.toHtmlEscaped())
                                .toUtf8();
    // no-store: the page must not be cached with the code in its address;
    // no-referrer: nothing the page links to learns that address either.
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(page.size())
        + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer"
          "\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"
          "\r\nConnection: close\r\n\r\n";
    socket->write(head + page);
    // Hand the page to the system now: the app may close the listener (and
    // with it this socket) as soon as the sign-in is over.
    socket->flush();
    socket->disconnectFromHost();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

} // namespace stamp::oauth
