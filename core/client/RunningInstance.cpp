// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RunningInstance.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace stamp {

namespace {
const QLatin1String kComposeKey("compose");
const QByteArray kAnswer("ok\n");
// Links are capped at 64 KiB each (MailtoLink); a few of them, escaped.
constexpr qint64 kMaxRequest = 1024 * 1024;
// A peer that connects and says nothing is dropped.
constexpr int kIdleMs = 5000;
// A local socket that is there accepts at once.
constexpr int kProbeMs = 200;
} // namespace

QString RunningInstance::serverName(const QString &applicationName)
{
    const QString app = applicationName.isEmpty() ? QCoreApplication::applicationName() : applicationName;
#ifdef Q_OS_WIN
    // Named pipes live in one namespace per machine: the user's name keeps
    // two people on one computer apart.
    return app + QLatin1Char('-') + qEnvironmentVariable("USERNAME") + QStringLiteral("-instance");
#else
    // The runtime folder belongs to the user alone (mode 0700, XDG Base
    // Directory Specification), so nobody else can hand links in.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(runtime).filePath(app + QStringLiteral(".instance"));
#endif
}

RunningInstance::RunningInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{ }

RunningInstance::~RunningInstance() = default;

bool RunningInstance::handOver(const QStringList &links, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    QJsonObject request;
    request.insert(kComposeKey, QJsonArray::fromStringList(links));
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    return socket.readLine() == kAnswer;
}

QString RunningInstance::listen()
{
    if (m_server)
        return {};
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        // A socket nobody accepts on is what a Stamp that crashed left
        // behind: it is replaced. One that accepts belongs to a window
        // that is still open (maybe too busy to answer in time): it keeps
        // it, and this window simply does not receive links.
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(kProbeMs)) {
            delete server;
            return tr("another Stamp window receives the links");
        }
        QLocalServer::removeServer(m_serverName);
        if (!server->listen(m_serverName)) {
            const QString problem = server->errorString();
            delete server;
            return problem;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &RunningInstance::onConnection);
    return {};
}

bool RunningInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void RunningInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QTimer::singleShot(kIdleMs, socket, [socket] { socket->abort(); });
        onReadable(socket);
    }
}

void RunningInstance::onReadable(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequest)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(kMaxRequest);
    const QJsonDocument request = QJsonDocument::fromJson(line);
    const QJsonValue compose = request.object().value(kComposeKey);
    if (!compose.isArray()) {
        socket->abort();
        return;
    }
    QStringList links;
    for (const QJsonValue &link : compose.toArray())
        links << link.toString();
    socket->write(kAnswer);
    socket->flush();
    socket->disconnectFromServer();
    emit composeRequested(links);
}

} // namespace stamp
