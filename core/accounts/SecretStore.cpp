// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SecretStore.h"

#include "AccountsLogging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace stamp {

namespace {
QString kindId(SecretStore::Kind kind)
{
    switch (kind) {
    case SecretStore::Kind::Password:
        return QStringLiteral("password");
    case SecretStore::Kind::OAuthRefreshToken:
        return QStringLiteral("oauth-refresh-token");
    case SecretStore::Kind::ProxyPassword:
        return QStringLiteral("proxy-password");
    }
    return QStringLiteral("password");
}

void wipe(QString &secret)
{
    secret.fill(QLatin1Char('\0'));
    secret.clear();
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore()
{
    for (QString &secret : m_memory)
        wipe(secret);
}

QString SecretStore::keyFor(const QString &accountId, Kind kind)
{
    return QStringLiteral("stamp:") + accountId + QLatin1Char(':') + kindId(kind);
}

QString SecretStore::unavailableMessage(const QString &detail)
{
    QString text
        = tr("No keychain is available on this computer, so Stamp cannot save the password. "
             "It can keep the password in memory until Stamp quits; it will be asked again next time.");
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("(The keychain said: %1)").arg(detail);
    return text;
}

void SecretStore::keepForThisRun(const QString &accountId, Kind kind, const QString &secret)
{
    m_memory.insert(keyFor(accountId, kind), secret);
}

void SecretStore::forgetForThisRun(const QString &accountId, Kind kind)
{
    auto it = m_memory.find(keyFor(accountId, kind));
    if (it != m_memory.end()) {
        wipe(*it);
        m_memory.erase(it);
    }
}

void SecretStore::read(const QString &accountId, Kind kind, Callback done)
{
    const QString key = keyFor(accountId, kind);
    if (const auto it = m_memory.constFind(key); it != m_memory.constEnd()) {
        Result result;
        result.status = Result::Status::Ok;
        result.secret = *it;
        result.fromMemory = true;
        // Asynchronous like every other answer, so callers need one code path.
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    run(Operation::Read, key, {}, std::move(done), false);
}

void SecretStore::write(const QString &accountId, Kind kind, const QString &secret, Callback done)
{
    run(Operation::Write, keyFor(accountId, kind), secret, std::move(done), false);
}

void SecretStore::remove(const QString &accountId, Kind kind, Callback done)
{
    forgetForThisRun(accountId, kind);
    run(Operation::Remove, keyFor(accountId, kind), {}, std::move(done), false);
}

void SecretStore::run(
    Operation operation, const QString &key, const QString &secret, Callback done, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    // Never let QtKeychain fall back to storing the secret in a plain file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [=](QKeychain::Job *finished) {
        Result result;
        const QKeychain::Error error = finished->error();
        const QString detail = finished->errorString();
        switch (error) {
        case QKeychain::NoError:
            result.status = Result::Status::Ok;
            if (operation == Operation::Read)
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            break;
        case QKeychain::EntryNotFound:
            // Nothing saved yet (or already removed): not an error.
            result.status = operation == Operation::Remove ? Result::Status::Ok : Result::Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.status = Result::Status::Denied;
            result.message = tr("Access to the keychain was refused (%1).").arg(detail);
            break;
        default:
            // The Secret Service may still be starting (right after login,
            // or activated on first use): try once more before giving up.
            if (!isRetry) {
                qCDebug(lcAccounts) << "keychain error" << int(error) << detail << "- retrying once";
                QString copy = secret;
                QTimer::singleShot(m_retryDelayMs, this, [=]() mutable {
                    run(operation, key, copy, done, true);
                    wipe(copy);
                });
                return;
            }
            // NoBackendAvailable, or OtherError ("Cannot autolaunch D-Bus
            // without X11 $DISPLAY" when there is no session bus at all).
            result.status = (error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
                                || error == QKeychain::NotImplemented)
                ? Result::Status::Unavailable
                : Result::Status::Failed;
            result.message = result.status == Result::Status::Unavailable
                ? unavailableMessage(detail)
                : tr("The keychain reported an error: %1").arg(detail);
            qCWarning(lcAccounts).noquote() << "keychain unavailable:" << detail;
            break;
        }
        done(result);
        if (!result.secret.isEmpty())
            wipe(result.secret);
    });
    job->start();
}

namespace {
SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &start)
{
    QEventLoop loop;
    SecretStore::Result out;
    bool finished = false;
    start([&](const SecretStore::Result &result) {
        out = result;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return out;
}
} // namespace

SecretStore::Result SecretStore::readNow(const QString &accountId, Kind kind)
{
    return wait([&](Callback done) { read(accountId, kind, std::move(done)); });
}

SecretStore::Result SecretStore::writeNow(const QString &accountId, Kind kind, const QString &secret)
{
    return wait([&](Callback done) { write(accountId, kind, secret, std::move(done)); });
}

SecretStore::Result SecretStore::removeNow(const QString &accountId, Kind kind)
{
    return wait([&](Callback done) { remove(accountId, kind, std::move(done)); });
}

} // namespace stamp
