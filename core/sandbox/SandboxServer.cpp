// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxServer.h"

#include "SandboxConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslSocket>
#include <QStandardPaths>

namespace stamp {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            new SandboxConnection(qobject_cast<QSslSocket *>(socket), this);
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port)
{
    if (m_server.isListening())
        return true;
    // Loopback only: the sandbox must never accept mail from the network.
    return m_server.listen(QHostAddress::LocalHost, port);
}

void SandboxServer::stop()
{
    m_server.close();
}

QString SandboxServer::defaultStorage()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
}

QString SandboxServer::setStorage(const QString &directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
    // What people send to the sandbox is still their mail: owner only.
    QFile::setPermissions(dir.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_storage = dir.absolutePath();
    m_certificate.reset(); // the one kept in the new folder, from now on
    m_messages.clear();
    // Numbered files, oldest first; a pair missing its other half (a crash
    // between the two writes) is skipped, not guessed at.
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile meta(dir.filePath(name));
        QFile eml(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".eml")));
        if (!meta.open(QIODevice::ReadOnly) || !eml.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
        SandboxMessage message;
        message.from = o.value(QStringLiteral("from")).toString();
        for (const QJsonValue &r : o.value(QStringLiteral("recipients")).toArray())
            message.recipients << r.toString();
        message.receivedAt = QDateTime::fromString(o.value(QStringLiteral("receivedAt")).toString(), Qt::ISODateWithMs);
        message.authenticatedAs = o.value(QStringLiteral("authenticatedAs")).toString();
        message.content = eml.readAll();
        m_messages.append(message);
        m_nextFile = qMax(m_nextFile, QFileInfo(name).completeBaseName().toInt() + 1);
    }
    return {};
}

void SandboxServer::clear()
{
    m_messages.clear();
    if (m_storage.isEmpty())
        return;
    QDir dir(m_storage);
    for (const QString &name : dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.eml")}, QDir::Files))
        dir.remove(name);
}

QString SandboxServer::keep(const SandboxMessage &message)
{
    const QString base = QStringLiteral("%1/%2").arg(m_storage).arg(m_nextFile++, 6, 10, QLatin1Char('0'));
    // The content first: a .json without its .eml is skipped when read back.
    QSaveFile eml(base + QStringLiteral(".eml"));
    if (!eml.open(QIODevice::WriteOnly) || eml.write(message.content) != message.content.size() || !eml.commit())
        return eml.errorString();
    QJsonArray recipients;
    for (const QString &r : message.recipients)
        recipients.append(r);
    const QJsonObject o{{QStringLiteral("from"), message.from},
                        {QStringLiteral("recipients"), recipients},
                        {QStringLiteral("receivedAt"), message.receivedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("authenticatedAs"), message.authenticatedAs}};
    QSaveFile meta(base + QStringLiteral(".json"));
    const QByteArray json = QJsonDocument(o).toJson();
    if (!meta.open(QIODevice::WriteOnly) || meta.write(json) != json.size() || !meta.commit())
        return meta.errorString();
    return {};
}

void SandboxServer::setBehaviour(const SandboxBehaviour &behaviour)
{
    m_behaviour = behaviour;
    m_firstTry.clear();
    if (SandboxBehaviour::usesTls(behaviour.mode)) {
        QString problem;
        if (!certificate(&problem))
            qWarning("The sandbox has no certificate for TLS: %s", qPrintable(problem));
    }
    emit behaviourChanged();
}

std::optional<SandboxCertificate> SandboxServer::certificate(QString *error)
{
    if (!m_certificate)
        m_certificate = SandboxCertificate::obtain(m_storage, error);
    return m_certificate;
}

std::optional<QSslConfiguration> SandboxServer::tlsConfiguration()
{
    const std::optional<SandboxCertificate> own = certificate();
    if (!own)
        return std::nullopt;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(own->certificate());
    configuration.setPrivateKey(own->key());
    // Clients of a submission server present no certificate (RFC 8314 §3).
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    // RFC 8996: nothing older than TLS 1.2.
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

qint64 SandboxServer::sizeLimit() const
{
    return m_behaviour.mode == SandboxBehaviour::Mode::TooLarge ? m_behaviour.sizeLimit : kMaxMessageSize;
}

bool SandboxServer::greylisted(const QString &triple)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto it = m_firstTry.constFind(triple);
    if (it == m_firstTry.constEnd()) {
        m_firstTry.insert(triple, now);
        return true;
    }
    // A retry before the wait is over is turned away again but does not
    // restart the wait, as postgrey does.
    return now - it.value() < qint64(m_behaviour.greylistSeconds) * 1000;
}

void SandboxServer::accept(const SandboxMessage &message)
{
    if (!m_storage.isEmpty()) {
        if (const QString problem = keep(message); !problem.isEmpty())
            qWarning("The sandbox could not keep a message on disk: %s", qPrintable(problem));
    }
    m_messages.append(message);
    emit messageReceived(int(m_messages.size() - 1));
}

}  // namespace stamp
