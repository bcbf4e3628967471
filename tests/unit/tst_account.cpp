// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Account values and the AccountStore's JSON file: round trips, validation,
// and what happens to a file that cannot be read (reported, kept, never
// silently replaced).

#include "accounts/Account.h"
#include "accounts/AccountStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestAccount : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void validation_data();
    void validation();
    void settingsForSession();
    void storeAddFindRemove();
    void storeSurvivesReload();
    void storeFileHasNoSecretField();
    void corruptFileIsReportedAndKept_data();
    void corruptFileIsReportedAndKept();
    void newerFormatIsLeftAlone();
    void defaultPathIsInConfigLocation();

private:
    static Account sample();
};

Account TestAccount::sample()
{
    Account a;
    a.id = Account::newId();
    a.name = QStringLiteral("work");
    a.displayName = QStringLiteral("Alice Example");
    a.email = QStringLiteral("alice@example.com");
    a.identities << Identity { QStringLiteral("Alice"), QStringLiteral("alice@example.com"),
        QStringLiteral("team@example.com"), QStringLiteral("-- \nAlice") };
    a.host = QStringLiteral("smtp.example.com");
    a.port = 465;
    a.security = SecurityMode::ImplicitTls;
    a.pinnedSha256 = QString(64, QLatin1Char('a'));
    a.authMethod = sasl::AuthMethod::ScramSha256;
    a.username = QStringLiteral("alice@example.com");
    a.providerId = QStringLiteral("example");
    a.timeoutSeconds = 30;
    a.heloName = QStringLiteral("laptop.example.com");
    return a;
}

void TestAccount::jsonRoundTrip()
{
    const Account a = sample();
    Account b;
    QString error;
    const auto read = [&error, &b](const QJsonObject &json) {
        const std::optional<Account> account = Account::fromJson(json, &error);
        if (account)
            b = *account;
        return account.has_value();
    };
    QVERIFY2(read(a.toJson()), qPrintable(error));
    QCOMPARE(b, a);

    Account none = sample();
    none.authMethod = sasl::AuthMethod::None;
    none.username.clear();
    QVERIFY2(read(none.toJson()), qPrintable(error));
    QCOMPARE(b.authMethod, sasl::AuthMethod::None);

    // An OAuth account keeps which sign-in it uses, and nothing secret.
    Account oauth = sample();
    oauth.authMethod = sasl::AuthMethod::OAuthBearer;
    oauth.oauthIssuer = QStringLiteral("accounts.google.com");
    const QJsonObject json = oauth.toJson();
    QCOMPARE(json.value(QStringLiteral("auth")).toObject().value(QStringLiteral("oauthIssuer")).toString(),
        QStringLiteral("accounts.google.com"));
    QVERIFY2(read(json), qPrintable(error));
    QCOMPARE(b, oauth);
    QVERIFY(b.signsInWithOAuth());
    QVERIFY(!a.signsInWithOAuth());
    // An issuer with a password mechanism is a contradiction.
    oauth.authMethod = sasl::AuthMethod::Plain;
    QVERIFY(!oauth.validate().isEmpty());

    // Without a copy to Sent the file has no such section at all.
    QVERIFY(!a.toJson().contains(QStringLiteral("sentCopy")));
    QVERIFY(!a.copiesToSent());
    Account copying = sample();
    copying.sentCopy.enabled = true;
    copying.sentCopy.host = QStringLiteral("imap.example.com");
    copying.sentCopy.port = 143;
    copying.sentCopy.security = SecurityMode::StartTls;
    copying.sentCopy.sentFolder = QStringLiteral("Gesendete Objekte");
    copying.sentCopy.pinnedSha256 = QString(64, QLatin1Char('b'));
    QVERIFY2(read(copying.toJson()), qPrintable(error));
    QCOMPARE(b, copying);
    QVERIFY(b.copiesToSent());
    // The login is the account's unless another user name is given.
    QCOMPARE(b.sentCopySettings().username, copying.username);
    QCOMPARE(b.sentCopySettings().timeoutMs, 30 * 1000);
    copying.sentCopy.username = QStringLiteral("alice");
    QCOMPARE(copying.sentCopySettings().username, QStringLiteral("alice"));
    // Switched off, the settings stay for when it is switched on again.
    copying.sentCopy.enabled = false;
    QVERIFY2(read(copying.toJson()), qPrintable(error));
    QCOMPARE(b.sentCopy.host, QStringLiteral("imap.example.com"));
    QVERIFY(!b.copiesToSent());
    // On, but with no server: refused.
    copying.sentCopy.enabled = true;
    copying.sentCopy.host.clear();
    QVERIFY(!copying.validate().isEmpty());
}

void TestAccount::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("good") << "name"
                          << "work-2.main_x" << true;
    QTest::newRow("empty name") << "name"
                                << "" << false;
    QTest::newRow("space in name") << "name"
                                   << "my work" << false;
    QTest::newRow("colon in name") << "name"
                                   << "a:b" << false;
    QTest::newRow("leading dash") << "name"
                                  << "-x" << false;
    QTest::newRow("no at") << "email"
                           << "alice.example.com" << false;
    QTest::newRow("no domain") << "email"
                               << "alice@" << false;
    QTest::newRow("no host") << "host"
                             << " " << false;
    QTest::newRow("no user") << "username"
                             << "" << false;
    QTest::newRow("bad pin") << "pin"
                             << "abc" << false;
}

void TestAccount::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    Account a = sample();
    if (field == QLatin1String("name"))
        a.name = value;
    else if (field == QLatin1String("email"))
        a.email = value;
    else if (field == QLatin1String("host"))
        a.host = value;
    else if (field == QLatin1String("username"))
        a.username = value;
    else if (field == QLatin1String("pin"))
        a.pinnedSha256 = value;
    QCOMPARE(a.validate().isEmpty(), valid);
}

void TestAccount::settingsForSession()
{
    const Account a = sample();
    const ServerSettings server = a.serverSettings();
    QCOMPARE(server.host, a.host);
    QCOMPARE(server.effectivePort(), quint16(465));
    QCOMPARE(server.security, SecurityMode::ImplicitTls);
    QCOMPARE(server.pinnedSha256, a.pinnedSha256);
    QCOMPARE(server.timeouts.greeting, 30000);
    const AuthSettings auth = a.authSettings(QStringLiteral("s3cret"));
    QCOMPARE(auth.method, sasl::AuthMethod::ScramSha256);
    QCOMPARE(auth.credentials.username, a.username);
    QCOMPARE(auth.credentials.secret, QStringLiteral("s3cret"));
}

void TestAccount::storeAddFindRemove()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("sub/accounts.json")));
    QVERIFY(store.load());
    QVERIFY(store.accounts().isEmpty());
    const Account a = sample();
    QCOMPARE(store.add(a), QString());
    QVERIFY(!store.add(a).isEmpty()); // same name twice
    QVERIFY(store.find(QStringLiteral("WORK")).has_value());
    Account bad = sample();
    bad.name = QStringLiteral("other");
    bad.email = QStringLiteral("nope");
    QVERIFY(!store.add(bad).isEmpty());
    QCOMPARE(store.accounts().size(), 1);
    Account changed = a;
    changed.port = 2525;
    QCOMPARE(store.update(changed), QString());
    QCOMPARE(store.find(QStringLiteral("work"))->port, quint16(2525));
    QVERIFY(!store.remove(QStringLiteral("missing")).isEmpty());
    QCOMPARE(store.remove(QStringLiteral("work")), QString());
    QVERIFY(store.accounts().isEmpty());
}

void TestAccount::storeSurvivesReload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    {
        AccountStore store(path);
        QVERIFY(store.load());
        QCOMPARE(store.add(sample()), QString());
    }
    AccountStore again(path);
    QVERIFY2(again.load(), qPrintable(again.error()));
    QCOMPARE(again.accounts().size(), 1);
    QCOMPARE(again.accounts().first().email, QStringLiteral("alice@example.com"));
    // Only the owner may read it.
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
    // QSaveFile leaves no temporary behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("accounts.json") });
}

void TestAccount::storeFileHasNoSecretField()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    QVERIFY(store.load());
    QCOMPARE(store.add(sample()), QString());
    QFile file(store.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(!text.contains("password"));
    QVERIFY(!text.contains("secret"));
    QVERIFY(!text.contains("token"));
}

void TestAccount::corruptFileIsReportedAndKept_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray("{\n  \"version\": 1,\n  \"accounts\": [\n    {\"name\": ")
                               << "line 4";
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << "not a Stamp account list";
    QTest::newRow("bad entry") << QByteArray("{\"version\":1,\"accounts\":[{\"name\":\"x\"}]}")
                               << "unusable entry";
}

void TestAccount::corruptFileIsReportedAndKept()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    AccountStore store(path);
    QVERIFY(!store.load());
    QVERIFY(store.isBroken());
    QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
    QVERIFY2(store.error().contains(path), qPrintable(store.error()));
    QVERIFY(!store.backupPath().isEmpty());
    QVERIFY(store.error().contains(store.backupPath()));
    QFile backup(store.backupPath());
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), content);

    // Adding must not replace the broken file.
    QVERIFY(!store.add(sample()).isEmpty());
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), content);
}

void TestAccount::newerFormatIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    const QByteArray content = "{\"version\": 99, \"accounts\": []}";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    AccountStore store(path);
    QVERIFY(!store.load());
    QVERIFY(store.error().contains(QStringLiteral("newer version")));
    QVERIFY(!store.add(sample()).isEmpty());
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), content);
}

void TestAccount::defaultPathIsInConfigLocation()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(AccountStore::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
    QVERIFY(AccountStore::defaultPath().endsWith(QStringLiteral("/accounts.json")));
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
