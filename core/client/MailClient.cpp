// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailClient.h"

#include "OutboxExplainer.h"
#include "SandboxAccount.h"
#include "SentCopier.h"
#include "accounts/AccountStore.h"
#include "accounts/CredentialSource.h"
#include "accounts/SecretStore.h"
#include "outbox/DraftStore.h"
#include "outbox/NetworkWatch.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "outbox/SentStore.h"
#include "outbox/TranscriptArchive.h"
#include "providers/ProviderCatalog.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace stamp {

namespace {
// Which IMAP server each account copies to, as a snapshot: the dispatcher
// adds Sent items on its writer thread, where the account store (the
// window's) must not be read. Refreshed on the window's thread when a
// flush starts and whenever the policy is asked there.
struct CopyHosts
{
    QMutex mutex;
    QHash<QString, QString> byId;
    QHash<QString, QString> byName;

    void refresh(const AccountStore &accounts)
    {
        QHash<QString, QString> ids;
        QHash<QString, QString> names;
        for (const Account &account : accounts.accounts()) {
            const QString host = account.copiesToSent() ? account.sentCopySettings().host : QString();
            ids.insert(account.id, host);
            names.insert(account.name, host);
        }
        const QMutexLocker lock(&mutex);
        byId = ids;
        byName = names;
    }
    // As AccountStore::findFor: by stable id, by name only for older records without one.
    QString hostFor(const OutboxRecord &record)
    {
        const QMutexLocker lock(&mutex);
        if (!record.accountId.isEmpty())
            return byId.value(record.accountId);
        return record.account.isEmpty() ? QString() : byName.value(record.account);
    }
};

QString orDefault(const QString &path, const QString &fallback)
{
    return path.isEmpty() ? fallback : path;
}
}  // namespace

MailClient::MailClient(QObject *parent)
    : MailClient(Locations(), parent)
{
}

MailClient::MailClient(const Locations &locations, QObject *parent)
    : QObject(parent)
    , m_locations(locations)
    , m_accounts(std::make_unique<AccountStore>(locations.accounts))
    , m_secrets(new SecretStore(this))
    , m_credentials(new CredentialSource(m_secrets, this))
    , m_outbox(std::make_unique<Outbox>(orDefault(locations.outbox, Outbox::defaultDirectory())))
    , m_sent(std::make_unique<SentStore>(orDefault(locations.sent, SentStore::defaultDirectory())))
    , m_drafts(std::make_unique<DraftStore>(orDefault(locations.drafts, DraftStore::defaultDirectory())))
    , m_archive(std::make_unique<TranscriptArchive>(
          orDefault(locations.transcripts, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                               + QStringLiteral("/transcripts"))))
{
    m_service = new OutboxService(*m_outbox, this);
    m_copier = new SentCopier(*m_sent, *m_accounts, this);
    wireService();
    connect(m_credentials, &CredentialSource::signInRequired, this, &MailClient::askToSignIn);
}

MailClient::~MailClient()
{
    // The service works on the outbox and Sent items (members, destroyed
    // after the QObject children): it goes first, and with it any transfer
    // in progress (its messages go back to the queue).
    delete m_service;
    m_service = nullptr;
    delete m_copier;
    m_copier = nullptr;
}

MailClient::OpenProblems MailClient::open()
{
    OpenProblems problems;
    if (!m_accounts->load())
        problems.accounts = m_accounts->error();
    problems.outbox = m_outbox->open();
    if (const QString problem = m_sent->open(); !problem.isEmpty()) {
        problems.sent = problem;
        m_service->setSentStore(nullptr);
    }
    // A move to Sent items a crash interrupted is finished first.
    if (problems.outbox.isEmpty() && problems.sent.isEmpty())
        m_sent->settle(*m_outbox, QDateTime::currentDateTimeUtc());
    return problems;
}

void MailClient::watchNetwork()
{
    if (m_network)
        return;
    m_network = NetworkWatch::createDefault(this);
    m_service->setNetworkWatch(m_network);
    // Back on line: copies that waited for the server are tried now, not at
    // their next retry time.
    connect(m_network, &NetworkWatch::stateChanged, m_copier, [this](NetworkWatch::State state) {
        if (state == NetworkWatch::State::Online)
            m_copier->run(true);
    });
}

void MailClient::start()
{
    watchNetwork();
    m_service->start();
    // Copies left pending by the last run (a crash between the send and
    // the APPEND among them) are made now; the Message-ID lookup keeps one
    // that did land from being made twice.
    m_copier->setAutomatic(true);
}

void MailClient::wireService()
{
    m_service->setSentStore(m_sent.get());
    m_service->setUndoSeconds(QSettings().value(QStringLiteral("compose/undoSeconds"), 10).toInt());
    m_service->setServerLookup([this](const OutboxRecord &first, QString *error) { return serverFor(first, error); });
    m_service->setCredentialsProvider([this](const OutboxRecord &first, const OutboxService::CredentialsReply &reply) {
        credentialsFor(first, reply);
    });
    connect(m_service, &OutboxService::recordChanged, this, &MailClient::onRecord);
    // Whether a message gets a copy in Sent is decided when it is sent, by
    // its account as it is then, and saved with the Sent item.
    auto hosts = std::make_shared<CopyHosts>();
    const AccountStore *accounts = m_accounts.get();
    QThread *home = thread();
    m_sent->setCopyPolicy([hosts, accounts, home](const OutboxRecord &record) {
        if (QThread::currentThread() == home)
            hosts->refresh(*accounts);
        return hosts->hostFor(record);
    });
    connect(m_service, &OutboxService::flushStarted, this, [hosts, accounts] { hosts->refresh(*accounts); });
    m_copier->setLoginProvider(
        [this](const Account &account, SentCopier::LoginReply reply) { sentCopyLogin(account, reply); });
    // A message moved to Sent items: its copy (if any) is due now.
    connect(m_service, &OutboxService::recordRemoved, m_copier, [this] { m_copier->run(); });
}

void MailClient::sentCopyLogin(const Account &account,
                               std::function<void(std::optional<imap::ImapLogin>, const QString &, bool)> reply)
{
    // The same secret as the submission: the keychain's password, a current
    // OAuth token, or the password given for this run.
    auto handOver = [this, reply, account](const AuthSettings &auth) {
        if (m_secretObserver && !auth.credentials.secret.isEmpty())
            m_secretObserver(auth.credentials.secret);
        imap::ImapLogin login = account.sentCopyLogin(auth.credentials.secret);
        reply(login, {}, false);
        login.credentials.secret.fill(QLatin1Char('\0'));
    };
    if (m_given) {
        const QString secret = givenPassword();
        if (secret.isEmpty()) {
            reply(std::nullopt, tr("The password is empty."), false);
            return;
        }
        handOver(account.authSettings(secret));
        return;
    }
    QPointer<MailClient> self(this);
    Account copyAccount = account;
    if (copyAccount.authMethod == sasl::AuthMethod::None)
        copyAccount.authMethod = sasl::AuthMethod::Auto;  // the IMAP server always needs a login
    const QString name = account.name;
    m_credentials->credentials(copyAccount, [self, handOver, reply, name](const CredentialSource::Result &result) {
        if (!self)
            return;
        using Status = CredentialSource::Result::Status;
        if (result.ok()) {
            handOver(result.auth);
        } else if (result.status == Status::NoSecret) {
            reply(std::nullopt, tr("No password is saved for the account \"%1\".").arg(name), false);
        } else {
            // A provider or keychain that does not answer now may later.
            const bool later = result.status == Status::Failed || result.status == Status::KeychainUnavailable;
            reply(std::nullopt, result.message, later);
        }
    });
}

QString MailClient::startSandbox()
{
    if (m_sandbox)
        return {};
    auto *sandbox = new SandboxServer(this);
    const QString storage = orDefault(m_locations.sandbox, SandboxServer::defaultStorage());
    // Without its folder the sandbox still works, for this run only.
    if (const QString problem = sandbox->setStorage(storage); !problem.isEmpty())
        qWarning("The sandbox keeps messages for this run only: %s", qPrintable(problem));
    if (!sandbox->start()) {
        const QString problem = sandbox->errorString();
        delete sandbox;
        return problem;
    }
    m_sandbox = sandbox;
    QSettings().setValue(QStringLiteral("sandbox/used"), true);
    return {};
}

bool MailClient::sandboxWasUsed() const
{
    return QSettings().value(QStringLiteral("sandbox/used"), false).toBool();
}

std::optional<Account> MailClient::accountOf(const OutboxRecord &record) const
{
    std::optional<Account> account = OutboxExplainer::accountOf(record, *m_accounts);
    if (account && SandboxAccount::owns(record) && m_sandbox)
        account->port = m_sandbox->port();
    return account;
}

std::optional<SendRoute> MailClient::routeFor(const QString &accountId, const QString &fromAddress,
                                             QString *error) const
{
    // The sandbox is not in the account store: it sends as itself, through
    // itself, and has no identities to route elsewhere.
    if (accountId == SandboxAccount::id()) {
        SendRoute route;
        route.transport = m_sandbox ? SandboxAccount::make(m_sandbox->port(), m_sandbox->behaviour().mode)
                                    : SandboxAccount::make(0);
        route.mailFrom = fromAddress;
        return route;
    }
    const std::optional<Account> owner = m_accounts->findFor(accountId, {});
    if (!owner) {
        if (error)
            *error = tr("The account this message is written in no longer exists.");
        return std::nullopt;
    }
    static const ProviderCatalog catalog = ProviderCatalog::standard();
    return SenderPolicy::route(*owner, fromAddress, m_accounts->accounts(), catalog, error);
}

std::optional<Diagnosis> MailClient::explain(const OutboxRecord &record, Surface surface) const
{
    return OutboxExplainer::explain(record, m_accounts.get(), surface);
}

std::optional<ServerSettings> MailClient::serverFor(const OutboxRecord &first, QString *error)
{
    // The sandbox's port is this run's: started when a message for it is due.
    if (SandboxAccount::owns(first)) {
        if (const QString problem = startSandbox(); !problem.isEmpty()) {
            *error = tr("The sandbox could not start: %1").arg(problem);
            return std::nullopt;
        }
        // The mode decides the security too (the TLS modes).
        return SandboxAccount::make(m_sandbox->port(), m_sandbox->behaviour().mode).serverSettings();
    }
    // A server given on the command line for this message alone.
    if (first.account.isEmpty() && first.accountId.isEmpty())
        return first.server;
    // The account as it is now, found by its stable id.
    if (const std::optional<Account> account = accountOf(first))
        return account->serverSettings();
    *error = tr("The account \"%1\" these messages were written for no longer exists.").arg(first.account);
    return std::nullopt;
}

QString MailClient::givenPassword()
{
    if (!m_givenRead && m_given) {
        m_givenSecret = m_given();
        m_givenRead = true;
    }
    return m_givenSecret;
}

void MailClient::credentialsFor(const OutboxRecord &first,
                                std::function<void(std::optional<AuthSettings>, QString)> reply)
{
    auto handOver = [this, reply](AuthSettings auth) {
        if (m_secretObserver && !auth.credentials.secret.isEmpty())
            m_secretObserver(auth.credentials.secret);
        reply(auth, {});
        auth.credentials.secret.fill(QLatin1Char('\0'));
    };
    if (SandboxAccount::owns(first)) {
        handOver(
            SandboxAccount::auth(m_sandbox ? m_sandbox->behaviour().mode : SandboxBehaviour::Mode::Normal));
        return;
    }
    if (first.account.isEmpty() && first.accountId.isEmpty()) {
        // Queued on the command line for a server given there: the outbox
        // never stores a password, so only one given for this run helps.
        AuthSettings auth;
        auth.method = first.authMethod;
        auth.credentials.username = first.username;
        if (auth.method != sasl::AuthMethod::None) {
            auth.credentials.secret = givenPassword();
            if (auth.credentials.secret.isEmpty()) {
                reply(std::nullopt, tr("The messages queued for %1 (user %2) need the password again, which Stamp "
                                       "never stores for a server outside your accounts: flush them again on the "
                                       "command line with the password, or remove them in the Outbox.")
                                        .arg(first.server.host, first.username));
                return;
            }
        }
        handOver(auth);
        return;
    }
    const std::optional<Account> account = accountOf(first);
    if (!account) {
        reply(std::nullopt,
              tr("The account \"%1\" these messages were written for no longer exists.").arg(first.account));
        return;
    }
    if (account->authMethod == sasl::AuthMethod::None) {
        handOver(account->authSettings({}));
        return;
    }
    if (m_given) {
        const QString secret = givenPassword();
        if (secret.isEmpty()) {
            reply(std::nullopt, tr("The password is empty."));
            return;
        }
        handOver(account->authSettings(secret));
        return;
    }
    // The keychain's password, or a current OAuth access token (refreshed
    // when due): the same source for every caller.
    QPointer<MailClient> self(this);
    const QString name = account->name;
    m_credentials->credentials(*account, [self, handOver, reply, name](const CredentialSource::Result &result) {
        if (!self)
            return;
        if (result.ok()) {
            handOver(result.auth);
            return;
        }
        if (result.status == CredentialSource::Result::Status::NoSecret) {
            reply(std::nullopt, tr("No password is saved for the account \"%1\".").arg(name));
            return;
        }
        reply(std::nullopt, result.message);
    });
}

void MailClient::onRecord(const OutboxRecord &record)
{
    if (record.state != OutboxRecord::State::Failed)
        return;
    const std::optional<Failure> failure = record.failure();
    if (!failure || !failure->isLoginRefused())
        return;
    const std::optional<Account> account = accountOf(record);
    if (!account || !account->signsInWithOAuth())
        return;
    // The one rule for a refused token: it may have been revoked early or
    // expired on the server's clock, so it is renewed and the message tried
    // once more; refused again, only the person can help. Nothing was sent
    // (the login comes before every message), so a retry cannot duplicate.
    if (!CredentialSource::isTokenRejection(*account, *failure) || m_renewedFor.contains(record.id)) {
        askToSignIn(account->id, tr("The server refused the sign-in for \"%1\" even with a renewed token.")
                                     .arg(account->name));
        return;
    }
    m_renewedFor.insert(record.id);
    m_renewing.insert(record.id);
    QPointer<MailClient> self(this);
    const QString id = record.id;
    const Account renewed = *account;
    m_credentials->renewAfterRejection(renewed, [self, id, renewed](const CredentialSource::Result &result) {
        if (!self)
            return;
        self->m_renewing.remove(id);
        if (!result.ok()) {
            // A refresh token the provider no longer accepts was already
            // reported (CredentialSource::signInRequired); other trouble too.
            self->askToSignIn(renewed.id, result.message);
            if (const std::optional<OutboxRecord> failed = self->m_outbox->load(id))
                emit self->renewalFailed(*failed);
            return;
        }
        if (!self->m_outbox->retry(id, QDateTime::currentDateTimeUtc()).isEmpty())
            return;  // removed or taken meanwhile
        if (const std::optional<OutboxRecord> again = self->m_outbox->load(id))
            emit self->retryingWithRenewedToken(*again);
        self->m_service->flushNow();
    });
}

bool MailClient::isRetryingWithRenewedToken(const OutboxRecord &record) const
{
    return m_renewing.contains(record.id);
}

void MailClient::askToSignIn(const QString &accountId, const QString &reason)
{
    if (m_signInAsked.contains(accountId))
        return;
    const std::optional<Account> account = m_accounts->findFor(accountId, {});
    if (!account)
        return;
    m_signInAsked.insert(accountId);
    emit signInRequired(*account, reason);
}

void MailClient::loginChanged(const QString &accountId)
{
    m_signInAsked.remove(accountId);
    m_service->flushNow();
    // Copies to Sent that stopped for a wrong password or an expired
    // sign-in may work now.
    m_copier->tryAgain(accountId);
}

void MailClient::accountChanged(const QString &accountId)
{
    // New settings (the IMAP server, its folder, the copy switched back on,
    // a trusted certificate) may be what the stopped copies waited for.
    m_copier->tryAgain(accountId);
}

void MailClient::usePasswordForThisRun(const QString &accountId, const QString &password)
{
    m_secrets->keepForThisRun(accountId, SecretStore::Kind::Password, password);
    loginChanged(accountId);
}

LoginPrompt MailClient::loginPromptFor(const OutboxRecord &record) const
{
    if (record.state != OutboxRecord::State::Failed)
        return LoginPrompt::None;
    const std::optional<Failure> failure = record.failure();
    if (!failure || !failure->isLoginRefused())
        return LoginPrompt::None;
    const std::optional<Account> account = SandboxAccount::owns(record) ? std::nullopt : accountOf(record);
    if (!account || account->authMethod == sasl::AuthMethod::None)
        return LoginPrompt::None;
    if (!account->signsInWithOAuth())
        return LoginPrompt::Password;
    // The same rule as onRecord(): a refused token is renewed and tried once
    // more before the person is troubled.
    if (m_renewing.contains(record.id))
        return LoginPrompt::None;
    if (!CredentialSource::isTokenRejection(*account, *failure) || m_renewedFor.contains(record.id))
        return LoginPrompt::SignIn;
    return LoginPrompt::None;
}

QString MailClient::retryWithPassword(const QString &recordId, const QString &password, bool remember,
                                      std::function<void(const QString &)> done)
{
    const std::optional<OutboxRecord> record = m_outbox->load(recordId);
    if (!record)
        return tr("The message is no longer in the Outbox.");
    if (loginPromptFor(*record) != LoginPrompt::Password)
        return tr("This message is not waiting for a password.");
    if (password.isEmpty())
        return tr("The password is empty.");
    const QString accountId = accountOf(*record)->id;
    QPointer<MailClient> self(this);
    // Queued again only once the secret is where the next login reads it.
    auto requeue = [self, recordId, accountId, done](const QString &keychainProblem) {
        if (!self)
            return;
        QString problem = keychainProblem;
        if (const QString error = self->m_outbox->retry(recordId, QDateTime::currentDateTimeUtc()); !error.isEmpty())
            problem = problem.isEmpty() ? error : problem + QLatin1Char(' ') + error;
        else
            self->loginChanged(accountId);
        if (done)
            done(problem);
    };
    if (!remember) {
        m_secrets->keepForThisRun(accountId, SecretStore::Kind::Password, password);
        QTimer::singleShot(0, this, [requeue] { requeue({}); });
        return {};
    }
    m_secrets->write(accountId, SecretStore::Kind::Password, password,
                     [self, requeue, accountId, secret = QString(password)](const SecretStore::Result &result) mutable {
                         if (!self)
                             return;
                         QString problem;
                         if (result.ok()) {
                             // A password kept for this run is read before the
                             // keychain's: the saved one must be the one used.
                             self->m_secrets->forgetForThisRun(accountId, SecretStore::Kind::Password);
                         } else {
                             // The person wants the message sent: it is, with
                             // the password in memory until Stamp quits.
                             self->m_secrets->keepForThisRun(accountId, SecretStore::Kind::Password, secret);
                             problem = tr("The password could not be saved in the keychain, so Stamp keeps it only "
                                          "until it quits. %1")
                                           .arg(result.message);
                         }
                         secret.fill(QLatin1Char('\0'));
                         requeue(problem);
                     });
    return {};
}

QString MailClient::retryAfterSignIn(const QString &recordId)
{
    const std::optional<OutboxRecord> record = m_outbox->load(recordId);
    if (!record)
        return tr("The message is no longer in the Outbox.");
    const std::optional<Account> account = accountOf(*record);
    if (!account)
        return tr("The account \"%1\" this message was written for no longer exists.").arg(record->account);
    if (const QString error = m_outbox->retry(recordId, QDateTime::currentDateTimeUtc()); !error.isEmpty())
        return error;
    // A fresh sign-in: a token refused now is worth one renewal again.
    m_renewedFor.remove(recordId);
    loginChanged(account->id);
    return {};
}

QString MailClient::trustCertificate(const QString &accountId, const QString &sha256)
{
    // The sandbox is no stored account; its pin is kept beside them.
    if (accountId == SandboxAccount::id())
        return SandboxAccount::trust(sha256);
    std::optional<Account> account = m_accounts->findFor(accountId, {});
    if (!account)
        return tr("The account no longer exists.");
    account->pinnedSha256 = sha256;
    return m_accounts->update(*account);
}

QString MailClient::removeAccount(const QString &name, std::function<void(const QString &)> secretProblem)
{
    const std::optional<Account> account = m_accounts->find(name);
    if (!account)
        return tr("There is no account \"%1\".").arg(name);
    if (const QString problem = m_accounts->remove(name); !problem.isEmpty())
        return problem;
    m_secrets->forgetForThisRun(account->id, SecretStore::Kind::Password);
    // A sign-in goes with the account: its refresh token and access token.
    m_credentials->forget(account->id);
    m_secrets->remove(account->id, SecretStore::Kind::OAuthRefreshToken, [](const SecretStore::Result &) {});
    m_secrets->remove(account->id, SecretStore::Kind::ProxyPassword, [](const SecretStore::Result &) {});
    m_secrets->remove(account->id, SecretStore::Kind::Password, [secretProblem](const SecretStore::Result &result) {
        if (secretProblem && !result.ok() && result.status != SecretStore::Result::Status::NotFound)
            secretProblem(result.message);
    });
    return {};
}

}  // namespace stamp
