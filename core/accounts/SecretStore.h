// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace stamp {

// The one place that talks to the OS keychain (QtKeychain: Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows). Every entry is
// scoped to one account: "stamp:<account-id>:<kind>".
//
// Rules it keeps:
// - no insecure fallback: QtKeychain never writes a secret to a plain file;
// - "entry not found" is not an error, it means nothing was saved;
// - the Linux backend may not be up yet right after login, so a failure is
//   retried once before it counts;
// - when no keychain is reachable, it says so plainly and can keep a secret
//   in this object's memory for the rest of the run (never on disk).
// Secrets are never logged.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Password, OAuthRefreshToken, ProxyPassword };

    struct Result
    {
        enum class Status {
            Ok, // done (read: `secret` holds it)
            NotFound, // nothing saved for this account
            Unavailable, // no keychain reachable: see `message`, offer keepForThisRun()
            Denied, // the person or the system refused access
            Failed, // anything else; `message` says what
        };
        Status status = Status::Failed;
        QString secret;
        QString message; // for a person; empty when Ok or NotFound
        bool fromMemory = false; // read: came from keepForThisRun(), not the keychain

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain "service" the entries are filed under ("stamp").
    void setServiceName(const QString &service) { m_service = service; }
    QString serviceName() const { return m_service; }
    // How long to wait before the one retry (tests shorten it).
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }

    static QString keyFor(const QString &accountId, Kind kind);

    // Asynchronous; `done` is called exactly once, from the event loop.
    void read(const QString &accountId, Kind kind, Callback done);
    void write(const QString &accountId, Kind kind, const QString &secret, Callback done);
    void remove(const QString &accountId, Kind kind, Callback done);

    // The same, waiting in a local event loop (for the command line).
    Result readNow(const QString &accountId, Kind kind);
    Result writeNow(const QString &accountId, Kind kind, const QString &secret);
    Result removeNow(const QString &accountId, Kind kind);

    // When the keychain is unavailable: keep `secret` in memory until this
    // object goes away. read() returns it (fromMemory) before asking the keychain.
    void keepForThisRun(const QString &accountId, Kind kind, const QString &secret);
    void forgetForThisRun(const QString &accountId, Kind kind);

    // What to tell a person when no keychain can be reached.
    static QString unavailableMessage(const QString &detail);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret, Callback done, bool isRetry);

    QString m_service = QStringLiteral("stamp");
    int m_retryDelayMs = 500;
    QHash<QString, QString> m_memory; // key -> secret, this run only
};

} // namespace stamp
