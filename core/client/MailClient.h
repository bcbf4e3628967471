// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SenderPolicy.h"
#include "accounts/Account.h"
#include "diagnostics/Diagnosis.h"
#include "outbox/OutboxRecord.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace stamp {

class AccountStore;
class CredentialSource;
class DraftStore;
class NetworkWatch;
class Outbox;
class OutboxService;
class SandboxServer;
class SecretStore;
class SentCopier;
class SentStore;
class TranscriptArchive;

// What a person can be asked about a message whose login the server
// refused (MailClient::loginPromptFor).
enum class LoginPrompt {
    None,      // nothing to ask: not a refused login, or a renewed token is being tried
    Password,  // a password account: a new password, then the same message again
    SignIn,    // an OAuth account whose renewed token was refused too: sign in again
};

// The application core both front ends build: the desktop app for its
// lifetime, `stamp outbox flush` for one run. It owns the stores and
// services in the order they depend on each other (accounts and secrets,
// credentials, outbox, Sent items, drafts, the transcript archive, the
// sandbox, and the outbox service that works on all of them), and it holds
// the rules the windows and the command line must not decide for
// themselves:
//
// - which account a queued message belongs to (OutboxExplainer::accountOf:
//   by stable id; the sandbox is an account too, SandboxAccount);
// - what its stored failure means now (OutboxExplainer::explain);
// - where a group of queued messages is sent and with which login;
// - when a refused login is worth a renewed OAuth token and one more try
//   (CredentialSource::isTokenRejection, once per message and run), and
//   when the person must be asked to sign in (signInRequired, once per
//   account and run).
//
// Presentation (dialogs, notifications, the status bar, printing) stays
// with the front end, which connects to service()'s signals and to these.
class MailClient : public QObject
{
    Q_OBJECT

public:
    // Where the stores live; empty: the standard locations.
    struct Locations
    {
        QString accounts;
        QString outbox;
        QString sent;
        QString drafts;
        QString transcripts;
        QString sandbox;
    };
    // What open() could not use, in words, each empty when all is well. The
    // app goes on without what failed (the person is told), the command
    // line stops.
    struct OpenProblems
    {
        QString accounts;
        QString outbox;
        QString sent;
        bool any() const { return !accounts.isEmpty() || !outbox.isEmpty() || !sent.isEmpty(); }
    };
    // A password given for this run (the command line's --password-stdin
    // or --password-env): read only when a message needs it.
    using GivenPassword = std::function<QString()>;

    explicit MailClient(QObject *parent = nullptr);
    explicit MailClient(const Locations &locations, QObject *parent = nullptr);
    // Stops the service first (a transfer in progress goes back to the
    // queue), then the stores it works on.
    ~MailClient() override;

    // Reads the accounts, opens the outbox and Sent items, and finishes a
    // move to Sent items a crash interrupted.
    OpenProblems open();
    // Follows the network's state: a name that does not resolve while on
    // line is a failure, while off line it waits (RetryPolicy).
    void watchNetwork();
    // Automatic mode (the desktop app): watches the network and sends what
    // is due now and whenever something becomes due.
    void start();

    AccountStore &accounts() const { return *m_accounts; }
    SecretStore *secrets() const { return m_secrets; }
    CredentialSource *credentials() const { return m_credentials; }
    Outbox &outbox() const { return *m_outbox; }
    OutboxService *service() const { return m_service; }
    SentStore *sent() const { return m_sent.get(); }
    // Makes the copies to the account's IMAP Sent folder that Sent items
    // say are pending: at start(), after each send, when the network comes
    // back, and on its own retry times (SentCopier).
    SentCopier *copier() const { return m_copier; }
    DraftStore &drafts() const { return *m_drafts; }
    TranscriptArchive &archive() const { return *m_archive; }

    // The sandbox of this run; null until startSandbox().
    SandboxServer *sandbox() const { return m_sandbox; }
    // Starts it (once), keeping what it accepts in its storage folder. An
    // empty string, or why it could not start.
    QString startSandbox();
    // The person has used the sandbox before: its messages (Sent items,
    // its inbox, queued ones) are still there, so the app offers it again.
    bool sandboxWasUsed() const;

    // The account a queued (or sent) message belongs to.
    std::optional<Account> accountOf(const OutboxRecord &record) const;
    // How a message written in the account `accountId` with this From
    // address leaves (SenderPolicy): the account whose server sends it, MAIL
    // FROM and the Sender field. nullopt, with the reason in `error`, when
    // the account or the one its identity sends through is gone.
    std::optional<SendRoute> routeFor(const QString &accountId, const QString &fromAddress, QString *error) const;
    // Its last failure explained for a person, now, in the words of the
    // front end that shows it (the desktop's name buttons, not flags);
    // nullopt when none.
    std::optional<Diagnosis> explain(const OutboxRecord &record, Surface surface = Surface::Desktop) const;

    // The account's new pin (lower-case hex SHA-256), saved; empty on
    // success, else why not.
    QString trustCertificate(const QString &accountId, const QString &sha256);
    // Removes the account, its keychain entries and its tokens; empty on
    // success, else why not. `secretProblem` reports a keychain entry that
    // stayed (asynchronously, only on trouble).
    QString removeAccount(const QString &name, std::function<void(const QString &)> secretProblem = {});
    // The message's login was refused and a renewed token is on its way
    // (it is tried once more): the composer keeps waiting for it.
    bool isRetryingWithRenewedToken(const OutboxRecord &record) const;
    // Some refused token is being renewed (a one-shot front end waits).
    bool isRenewingTokens() const { return !m_renewing.isEmpty(); }

    // A sign-in or a new password was saved for the account: its waiting
    // messages go now, and a later refusal may ask again.
    void loginChanged(const QString &accountId);
    // The person saved new settings for the account: copies to Sent that
    // stopped for a person are tried again.
    void accountChanged(const QString &accountId);
    // A password typed for this run only (no keychain): kept in memory,
    // and the account's waiting messages go now.
    void usePasswordForThisRun(const QString &accountId, const QString &password);

    // What to ask the person about a message that was not sent because the
    // server refused the login (RFC 4954 §6: a 5yz reply to AUTH). A
    // password account: Password. An OAuth account: SignIn, but only once
    // the renewed token was refused as well (onRecord's rule); while the
    // renewal is under way, or before it was tried in this run, None.
    LoginPrompt loginPromptFor(const OutboxRecord &record) const;
    // The person gave the password for the message's account: it goes to
    // the keychain (`remember`; when the keychain cannot take it, and
    // without `remember`, it is kept for this run only), then the same
    // message is queued again and sent. Nothing was sent the first time
    // (the login comes before the message), so nothing is duplicated.
    // Empty when under way, else why not. `done` runs once, from the event
    // loop, when the message is queued again: with an empty string, or a
    // sentence about the keychain or why it could not be queued.
    QString retryWithPassword(const QString &recordId, const QString &password, bool remember,
                              std::function<void(const QString &problem)> done = {});
    // The person signed in again to the message's account: the same
    // message is queued again and the account's waiting messages go now.
    // Empty on success, else why not.
    QString retryAfterSignIn(const QString &recordId);

    void setGivenPassword(GivenPassword given) { m_given = std::move(given); }
    // Told every secret handed to a session, so a front end that writes its
    // own transcript (the command line's --log) can redact it there too.
    void setSecretObserver(std::function<void(const QString &)> observer) { m_secretObserver = std::move(observer); }

signals:
    // The person must sign in to this account again (a refresh token the
    // provider no longer accepts, a login refused after a renewed token):
    // once per account and run; loginChanged() allows it again.
    void signInRequired(const stamp::Account &account, const QString &reason);
    // A refused OAuth token was renewed and the message is tried again.
    void retryingWithRenewedToken(const stamp::OutboxRecord &record);
    // The token could not be renewed: the message stays as it failed.
    void renewalFailed(const stamp::OutboxRecord &record);

private:
    void wireService();
    std::optional<ServerSettings> serverFor(const OutboxRecord &first, QString *error);
    void credentialsFor(const OutboxRecord &first, std::function<void(std::optional<AuthSettings>, QString)> reply);
    void onRecord(const OutboxRecord &record);
    void sentCopyLogin(const Account &account,
                       std::function<void(std::optional<imap::ImapLogin>, const QString &, bool)> reply);
    void askToSignIn(const QString &accountId, const QString &reason);
    QString givenPassword();

    Locations m_locations;
    std::unique_ptr<AccountStore> m_accounts;
    SecretStore *m_secrets;
    CredentialSource *m_credentials;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SentStore> m_sent;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<TranscriptArchive> m_archive;
    SandboxServer *m_sandbox = nullptr;
    NetworkWatch *m_network = nullptr;
    OutboxService *m_service = nullptr;
    SentCopier *m_copier = nullptr;

    GivenPassword m_given;
    bool m_givenRead = false;
    QString m_givenSecret;
    std::function<void(const QString &)> m_secretObserver;
    QSet<QString> m_signInAsked;  // account ids asked this run
    QSet<QString> m_renewedFor;   // record ids retried with a renewed token this run
    QSet<QString> m_renewing;     // ... whose renewal is under way
};

}  // namespace stamp
