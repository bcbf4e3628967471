// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DiscoveryDoubles.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace stamp::test {

// --- FakeDnsResolver -----------------------------------------------------------

QString FakeDnsResolver::key(QDnsLookup::Type type, const QString &name)
{
    return QString::number(int(type)) + QLatin1Char(' ') + name.toLower();
}

void FakeDnsResolver::setAnswer(QDnsLookup::Type type, const QString &name, const QList<DnsRecord> &records)
{
    m_answers.insert(key(type, name), records);
}

void FakeDnsResolver::setError(QDnsLookup::Type type, const QString &name, const QString &error)
{
    m_errors.insert(key(type, name), error);
}

void FakeDnsResolver::setSilent(QDnsLookup::Type type, const QString &name)
{
    m_silent.insert(key(type, name), true);
}

void FakeDnsResolver::lookup(QDnsLookup::Type type, const QString &name, Callback done)
{
    ++m_lookups;
    const QString k = key(type, name);
    if (m_silent.value(k))
        return;
    const QList<DnsRecord> records = m_answers.value(k);
    const QString error = !m_failAll.isEmpty() ? m_failAll : m_errors.value(k);
    const quint64 generation = m_generation;
    QTimer::singleShot(m_delayMs, this, [this, generation, records, error, done] {
        if (generation == m_generation)
            done(error.isEmpty() ? records : QList<DnsRecord>(), error);
    });
}

void FakeDnsResolver::cancelAll()
{
    ++m_cancellations;
    ++m_generation; // answers still in flight are dropped
}

// --- TestCertificates ------------------------------------------------------------

QString TestCertificates::create(const QString &subjectAltName, const QString &commonName)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString d = m_dir->path();
    QFile ext(d + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write server.ext");
    ext.write("basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n");
    if (!subjectAltName.isEmpty())
        ext.write("subjectAltName=" + subjectAltName.toLatin1() + "\n");
    ext.close();
    const QList<QStringList> steps = {
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            d + QStringLiteral("/ca-key.pem"), QStringLiteral("-out"), d + QStringLiteral("/ca.pem"),
            QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
            QStringLiteral("/CN=Stamp discovery test CA"), QStringLiteral("-addext"),
            QStringLiteral("basicConstraints=critical,CA:TRUE") },
        { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/server-key.pem"),
            QStringLiteral("-out"), d + QStringLiteral("/server.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=") + commonName },
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            d + QStringLiteral("/server.csr"), QStringLiteral("-CA"), d + QStringLiteral("/ca.pem"),
            QStringLiteral("-CAkey"), d + QStringLiteral("/ca-key.pem"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-sha256"),
            QStringLiteral("-extfile"), d + QStringLiteral("/server.ext"), QStringLiteral("-out"),
            d + QStringLiteral("/server.pem") },
    };
    for (const QStringList &args : steps) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), args);
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
    }
    return {};
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSslCertificate TestCertificates::ca() const
{
    return QSslCertificate(readAll(caFile()));
}

QSslCertificate TestCertificates::serverCertificate() const
{
    return QSslCertificate(readAll(m_dir->filePath(QStringLiteral("server.pem"))));
}

QSslKey TestCertificates::serverKey() const
{
    return QSslKey(readAll(m_dir->filePath(QStringLiteral("server-key.pem"))), QSsl::Rsa);
}

// --- HttpsFileServer ------------------------------------------------------------

HttpsFileServer::HttpsFileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &HttpsFileServer::onConnection);
}

bool HttpsFileServer::listen(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void HttpsFileServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n") || m_silent)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QString path = QString::fromLatin1(requestLine.value(1));
            m_requests << path;
            QByteArray response;
            if (m_files.contains(path)) {
                const QByteArray body = m_files.value(path);
                response = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
            } else {
                response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            }
            socket->write(response);
            socket->disconnectFromHost();
        });
    }
}

} // namespace stamp::test
