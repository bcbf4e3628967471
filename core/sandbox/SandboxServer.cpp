#include "SandboxServer.h"

#include "SandboxConnection.h"

namespace stamp {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            new SandboxConnection(socket, this);
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start()
{
    if (m_server.isListening())
        return true;
    // Loopback only: the sandbox must never accept mail from the network.
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void SandboxServer::stop()
{
    m_server.close();
}

void SandboxServer::clear()
{
    m_messages.clear();
}

void SandboxServer::accept(const SandboxMessage &message)
{
    m_messages.append(message);
    emit messageReceived(int(m_messages.size() - 1));
}

}  // namespace stamp
