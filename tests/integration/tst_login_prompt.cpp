// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What the application core asks a person about a message whose login the
// server refused (MailClient::loginPromptFor), and what it does with the
// answer (retryWithPassword): against the private gnome-keyring of the
// shared fixture, with messages in a real outbox folder.

#include "AppFixture.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "client/MailClient.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "smtp/Failure.h"

#include <QIODevice>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestLoginPrompt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void passwordAccountIsAskedForItsPassword();
    void nothingToAskWhenTheLoginWasNotRefused();
    void oauthAccountIsAskedToSignInAfterTheRenewedToken();
    void oauthAccountRefusedOtherwiseIsAskedAtOnce();
    void retryWithPasswordSavesItAndQueuesTheSameMessage();
    void retryWithPasswordForThisRunOnly();
    void retryWithPasswordRefusedForOtherMessages();

private:
    Account addAccount(const QString &name, sasl::AuthMethod method, const QString &issuer = {});
    // A message of `account` in the outbox that failed at `phase` with `code`.
    OutboxRecord failed(const Account &account, Phase phase, int code, EnhancedStatus enhanced);

    test::AppFixture m_app;
    std::unique_ptr<QTemporaryDir> m_stores;
    std::unique_ptr<MailClient> m_client;
};

void TestLoginPrompt::initTestCase()
{
    const QString problem = m_app.start(QStringLiteral("stamp-login-prompt-test"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestLoginPrompt::cleanupTestCase()
{
    m_app.stop();
}

void TestLoginPrompt::init()
{
    m_stores = std::make_unique<QTemporaryDir>();
    MailClient::Locations where;
    where.accounts = m_stores->filePath(QStringLiteral("accounts.json"));
    where.outbox = m_stores->filePath(QStringLiteral("outbox"));
    where.sent = m_stores->filePath(QStringLiteral("sent"));
    where.drafts = m_stores->filePath(QStringLiteral("drafts"));
    where.transcripts = m_stores->filePath(QStringLiteral("transcripts"));
    where.sandbox = m_stores->filePath(QStringLiteral("sandbox"));
    m_client = std::make_unique<MailClient>(where);
    QVERIFY(!m_client->open().any());
}

void TestLoginPrompt::cleanup()
{
    m_client.reset();
    m_stores.reset();
}

Account TestLoginPrompt::addAccount(const QString &name, sasl::AuthMethod method, const QString &issuer)
{
    Account account;
    account.id = Account::newId();
    account.name = name;
    account.email = name + QStringLiteral("@example.com");
    account.username = account.email;
    account.identities = {Identity{{}, account.email, {}, {}}};
    // Nothing listens there: a message that goes is deferred, never sent.
    account.host = QStringLiteral("127.0.0.1");
    account.port = 9;
    account.security = SecurityMode::None;
    account.authMethod = method;
    account.oauthIssuer = issuer;
    const QString problem = m_client->accounts().add(account);
    if (!problem.isEmpty())
        qWarning("account: %s", qPrintable(problem));
    return account;
}

OutboxRecord TestLoginPrompt::failed(const Account &account, Phase phase, int code, EnhancedStatus enhanced)
{
    OutboxRecord draft;
    draft.from = account.email;
    draft.recipients.append({QStringLiteral("ann@example.com"), OutboxRecord::Recipient::Status::Pending, std::nullopt});
    draft.account = account.name;
    draft.accountId = account.id;
    draft.subject = QStringLiteral("Refused");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    std::optional<OutboxRecord> record = m_client->outbox().enqueue(
        draft,
        [](QIODevice *device) {
            device->write("Subject: Refused\r\n\r\nHello.\r\n");
            return QString();
        },
        now, &error);
    if (!record) {
        qWarning("outbox: %s", qPrintable(error));
        return {};
    }
    Failure failure;
    failure.phase = phase;
    Reply reply;
    reply.code = code;
    reply.enhanced = enhanced;
    reply.lines = {QByteArrayLiteral("Error: authentication failed")};
    failure.reply = reply;
    failure.host = account.host;
    record->state = OutboxRecord::State::Failed;
    record->reason = reply.summary();
    record->lastResult[QStringLiteral("failure")] = failure.toJson();
    if (const QString problem = m_client->outbox().save(*record, now); !problem.isEmpty())
        qWarning("outbox: %s", qPrintable(problem));
    return *record;
}

void TestLoginPrompt::passwordAccountIsAskedForItsPassword()
{
    const Account account = addAccount(QStringLiteral("work"), sasl::AuthMethod::Auto);
    // RFC 4954 §6: 535 5.7.8, the credentials are invalid.
    const OutboxRecord record = failed(account, Phase::Auth, 535, EnhancedStatus{5, 7, 8});
    QCOMPARE(m_client->loginPromptFor(record), LoginPrompt::Password);
    // Any permanent refusal of the login, not one code.
    QCOMPARE(m_client->loginPromptFor(failed(account, Phase::Auth, 554, EnhancedStatus{5, 7, 0})),
             LoginPrompt::Password);
    // Once retried it no longer waits for an answer.
    OutboxRecord queued = record;
    queued.state = OutboxRecord::State::Queued;
    QCOMPARE(m_client->loginPromptFor(queued), LoginPrompt::None);
}

void TestLoginPrompt::nothingToAskWhenTheLoginWasNotRefused()
{
    const Account account = addAccount(QStringLiteral("home"), sasl::AuthMethod::Auto);
    // A recipient refused, a temporary AUTH failure (RFC 4954 §6: 454).
    QCOMPARE(m_client->loginPromptFor(failed(account, Phase::Rcpt, 550, EnhancedStatus{5, 1, 1})), LoginPrompt::None);
    QCOMPARE(m_client->loginPromptFor(failed(account, Phase::Auth, 454, EnhancedStatus{4, 7, 0})), LoginPrompt::None);
    // An account that does not log in has no password to ask for.
    const Account open = addAccount(QStringLiteral("relay"), sasl::AuthMethod::None);
    QCOMPARE(m_client->loginPromptFor(failed(open, Phase::Auth, 535, EnhancedStatus{5, 7, 8})), LoginPrompt::None);
    // A message whose account is gone: nobody to ask for.
    OutboxRecord orphan = failed(account, Phase::Auth, 535, EnhancedStatus{5, 7, 8});
    QVERIFY(m_client->accounts().remove(account.name).isEmpty());
    QCOMPARE(m_client->loginPromptFor(orphan), LoginPrompt::None);
}

void TestLoginPrompt::oauthAccountIsAskedToSignInAfterTheRenewedToken()
{
    const Account account
        = addAccount(QStringLiteral("mail"), sasl::AuthMethod::XOAuth2, QStringLiteral("https://accounts.google.com"));
    const OutboxRecord record = failed(account, Phase::Auth, 535, EnhancedStatus{5, 7, 8});
    // Not before the renewed token was tried: the core renews it first.
    QCOMPARE(m_client->loginPromptFor(record), LoginPrompt::None);
    QSignalSpy renewalFailed(m_client.get(), &MailClient::renewalFailed);
    QSignalSpy signIn(m_client.get(), &MailClient::signInRequired);
    emit m_client->service()->recordChanged(record);
    QVERIFY(m_client->isRetryingWithRenewedToken(record));
    QCOMPARE(m_client->loginPromptFor(record), LoginPrompt::None);
    // No sign-in was ever saved: the renewal fails, and only the person can help.
    QTRY_COMPARE_WITH_TIMEOUT(renewalFailed.count(), 1, 20000);
    QCOMPARE(m_client->loginPromptFor(record), LoginPrompt::SignIn);
    QCOMPARE(signIn.count(), 1);
}

void TestLoginPrompt::oauthAccountRefusedOtherwiseIsAskedAtOnce()
{
    const Account account
        = addAccount(QStringLiteral("other"), sasl::AuthMethod::XOAuth2, QStringLiteral("https://accounts.google.com"));
    // 504 5.5.4: the mechanism itself refused; a renewed token cannot help.
    QCOMPARE(m_client->loginPromptFor(failed(account, Phase::Auth, 504, EnhancedStatus{5, 5, 4})),
             LoginPrompt::SignIn);
}

void TestLoginPrompt::retryWithPasswordSavesItAndQueuesTheSameMessage()
{
    const Account account = addAccount(QStringLiteral("saved"), sasl::AuthMethod::Auto);
    SecretStore keychain;
    QVERIFY(keychain.writeNow(account.id, SecretStore::Kind::Password, QStringLiteral("old-password")).ok());
    // A password kept for this run must not hide the one saved now.
    m_client->secrets()->keepForThisRun(account.id, SecretStore::Kind::Password, QStringLiteral("old-password"));
    const OutboxRecord record = failed(account, Phase::Auth, 535, EnhancedStatus{5, 7, 8});
    std::optional<QString> problem;
    std::optional<OutboxRecord> then;
    QCOMPARE(m_client->retryWithPassword(record.id, QStringLiteral("new-password"), true,
                                         [&](const QString &p) {
                                             problem = p;
                                             then = m_client->outbox().load(record.id);
                                         }),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 20000);
    QCOMPARE(*problem, QString());
    // The same message, queued again (nothing new in the outbox).
    QVERIFY(then);
    QCOMPARE(then->state, OutboxRecord::State::Queued);
    QCOMPARE(m_client->outbox().list().size(), 1);
    // In the keychain, and what the next login reads.
    const SecretStore::Result saved = keychain.readNow(account.id, SecretStore::Kind::Password);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(saved.secret, QStringLiteral("new-password"));
    const SecretStore::Result used = m_client->secrets()->readNow(account.id, SecretStore::Kind::Password);
    QCOMPARE(used.secret, QStringLiteral("new-password"));
    QVERIFY(!used.fromMemory);
}

void TestLoginPrompt::retryWithPasswordForThisRunOnly()
{
    const Account account = addAccount(QStringLiteral("memory"), sasl::AuthMethod::Auto);
    SecretStore keychain;
    QVERIFY(keychain.writeNow(account.id, SecretStore::Kind::Password, QStringLiteral("old-password")).ok());
    const OutboxRecord record = failed(account, Phase::Auth, 535, EnhancedStatus{5, 7, 8});
    std::optional<QString> problem;
    QCOMPARE(m_client->retryWithPassword(record.id, QStringLiteral("typed-password"), false,
                                         [&](const QString &p) { problem = p; }),
             QString());
    QTRY_VERIFY(problem.has_value());
    QCOMPARE(*problem, QString());
    QVERIFY(m_client->outbox().load(record.id)->state != OutboxRecord::State::Failed);
    // The keychain keeps what it had; this run uses the typed one.
    QCOMPARE(keychain.readNow(account.id, SecretStore::Kind::Password).secret, QStringLiteral("old-password"));
    const SecretStore::Result used = m_client->secrets()->readNow(account.id, SecretStore::Kind::Password);
    QCOMPARE(used.secret, QStringLiteral("typed-password"));
    QVERIFY(used.fromMemory);
}

void TestLoginPrompt::retryWithPasswordRefusedForOtherMessages()
{
    const Account account = addAccount(QStringLiteral("elsewhere"), sasl::AuthMethod::Auto);
    const OutboxRecord record = failed(account, Phase::Rcpt, 550, EnhancedStatus{5, 1, 1});
    bool called = false;
    QVERIFY(!m_client->retryWithPassword(record.id, QStringLiteral("x"), true, [&](const QString &) { called = true; })
                 .isEmpty());
    QVERIFY(!m_client->retryWithPassword(QStringLiteral("no-such-id"), QStringLiteral("x"), true).isEmpty());
    QTest::qWait(100);
    QVERIFY(!called);
    QCOMPARE(m_client->outbox().load(record.id)->state, OutboxRecord::State::Failed);
    // Nothing was written for it.
    QCOMPARE(SecretStore().readNow(account.id, SecretStore::Kind::Password).status,
             SecretStore::Result::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestLoginPrompt)
#include "tst_login_prompt.moc"
