// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OAuthDoubles.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace stamp::test {

OAuthDoubles::~OAuthDoubles()
{
    stop();
}

QString OAuthDoubles::start(const QStringList &clients)
{
    QStringList args { QStringLiteral(STAMP_SUPPORT_DIR "/oauth-doubles.py") };
    for (const QString &client : clients)
        args << QStringLiteral("--client") << client;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Debian's interpreter: it has python3-aiosmtpd.
    m_process.start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("cannot start oauth-doubles.py: ") + m_process.errorString();
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(15000))
            return QStringLiteral("oauth-doubles.py did not start: ")
                + QString::fromUtf8(m_process.readAllStandardError());
    }
    const QJsonObject ports = QJsonDocument::fromJson(m_process.readLine()).object();
    m_httpPort = static_cast<quint16>(ports.value(QStringLiteral("http")).toInt());
    m_smtpPort = static_cast<quint16>(ports.value(QStringLiteral("smtp")).toInt());
    if (!m_httpPort || !m_smtpPort)
        return QStringLiteral("oauth-doubles.py printed no ports");
    return {};
}

void OAuthDoubles::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QUrl OAuthDoubles::authorizeUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(m_httpPort));
}

QUrl OAuthDoubles::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_httpPort));
}

QJsonObject OAuthDoubles::control(const QString &query) const
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1/control").arg(m_httpPort));
    url.setQuery(query);
    return QJsonDocument::fromJson(visit(url).body).object();
}

QStringList OAuthDoubles::issuedTokens() const
{
    QStringList tokens;
    for (const QJsonValue &value : control().value(QStringLiteral("issued")).toArray())
        tokens << value.toString();
    return tokens;
}

int OAuthDoubles::stat(const char *name) const
{
    return control().value(QStringLiteral("stats")).toObject().value(QLatin1String(name)).toInt(-1);
}

BrowserVisit visit(const QUrl &url, int maxWaitMs)
{
    BrowserVisit result;
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(maxWaitMs);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(maxWaitMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.finalUrl = reply->url();
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    delete reply;
    return result;
}

} // namespace stamp::test
