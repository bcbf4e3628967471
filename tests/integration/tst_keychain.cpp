// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// SecretStore against a real Secret Service: a private D-Bus session bus and
// gnome-keyring-daemon that this test starts itself (KeyringSession), so it
// runs the same on a desktop and on a CI machine with no session at all.

#include "KeyringSession.h"
#include "accounts/SecretStore.h"

#include <QDirIterator>
#include <QTest>
#include <QUuid>

using namespace stamp;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingSavedIsNotAnError();
    void roundTrip();
    void entryIsInTheRealKeychain();
    void keysAreScopedPerAccountAndKind();
    void overwriteAndRemove();
    void asynchronous();
    void memoryCopyComesFirst();
    void noPlainCopyOnDisk();

private:
    SecretStore *makeStore();
    test::KeyringSession m_keyring;
    QString m_service = QStringLiteral("stamp-test-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString m_secret = QStringLiteral("Hunter2-\u00e9t\u00e9-!@#");
};

void TestKeychain::initTestCase()
{
    const QString problem = m_keyring.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_keyring.useInThisProcess();
}

void TestKeychain::cleanupTestCase()
{
    m_keyring.stop();
}

SecretStore *TestKeychain::makeStore()
{
    auto *store = new SecretStore(this);
    store->setServiceName(m_service);
    return store;
}

void TestKeychain::nothingSavedIsNotAnError()
{
    SecretStore *store = makeStore();
    const SecretStore::Result result = store->readNow(QStringLiteral("nobody"), SecretStore::Kind::Password);
    QCOMPARE(result.status, SecretStore::Result::Status::NotFound);
    QVERIFY(result.message.isEmpty());
    QVERIFY(result.secret.isEmpty());
}

void TestKeychain::roundTrip()
{
    SecretStore *store = makeStore();
    SecretStore::Result written
        = store->writeNow(QStringLiteral("acc-1"), SecretStore::Kind::Password, m_secret);
    QVERIFY2(written.ok(), qPrintable(written.message));
    // A fresh store object: the secret comes from the keychain, not memory.
    SecretStore *other = makeStore();
    const SecretStore::Result read = other->readNow(QStringLiteral("acc-1"), SecretStore::Kind::Password);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, m_secret);
    QVERIFY(!read.fromMemory);
}

void TestKeychain::entryIsInTheRealKeychain()
{
    SecretStore *store = makeStore();
    QVERIFY(store->writeNow(QStringLiteral("acc-real"), SecretStore::Kind::Password, m_secret).ok());
    const QString key = SecretStore::keyFor(QStringLiteral("acc-real"), SecretStore::Kind::Password);
    QCOMPARE(key, QStringLiteral("stamp:acc-real:password"));
    QCOMPARE(m_keyring.lookup(m_service, key), m_secret);
}

void TestKeychain::keysAreScopedPerAccountAndKind()
{
    SecretStore *store = makeStore();
    QVERIFY(store->writeNow(QStringLiteral("a"), SecretStore::Kind::Password, QStringLiteral("pa")).ok());
    QVERIFY(store->writeNow(QStringLiteral("b"), SecretStore::Kind::Password, QStringLiteral("pb")).ok());
    QVERIFY(store->writeNow(QStringLiteral("a"), SecretStore::Kind::OAuthRefreshToken, QStringLiteral("ta"))
                .ok());
    QCOMPARE(store->readNow(QStringLiteral("a"), SecretStore::Kind::Password).secret, QStringLiteral("pa"));
    QCOMPARE(store->readNow(QStringLiteral("b"), SecretStore::Kind::Password).secret, QStringLiteral("pb"));
    QCOMPARE(store->readNow(QStringLiteral("a"), SecretStore::Kind::OAuthRefreshToken).secret,
        QStringLiteral("ta"));
    QCOMPARE(store->readNow(QStringLiteral("b"), SecretStore::Kind::OAuthRefreshToken).status,
        SecretStore::Result::Status::NotFound);
}

void TestKeychain::overwriteAndRemove()
{
    SecretStore *store = makeStore();
    const QString id = QStringLiteral("acc-2");
    QVERIFY(store->writeNow(id, SecretStore::Kind::Password, QStringLiteral("first")).ok());
    QVERIFY(store->writeNow(id, SecretStore::Kind::Password, QStringLiteral("second")).ok());
    QCOMPARE(store->readNow(id, SecretStore::Kind::Password).secret, QStringLiteral("second"));
    QVERIFY(store->removeNow(id, SecretStore::Kind::Password).ok());
    QCOMPARE(store->readNow(id, SecretStore::Kind::Password).status, SecretStore::Result::Status::NotFound);
    // Removing what is not there is fine too.
    QVERIFY(store->removeNow(id, SecretStore::Kind::Password).ok());
    QVERIFY(m_keyring.lookup(m_service, SecretStore::keyFor(id, SecretStore::Kind::Password)).isEmpty());
}

void TestKeychain::asynchronous()
{
    SecretStore *store = makeStore();
    bool called = false;
    store->write(QStringLiteral("acc-3"), SecretStore::Kind::Password, m_secret,
        [&](const SecretStore::Result &r) { called = r.ok(); });
    QVERIFY(!called); // never answers from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QString got;
    store->read(QStringLiteral("acc-3"), SecretStore::Kind::Password,
        [&](const SecretStore::Result &r) { got = r.secret; });
    QVERIFY(got.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(got, m_secret, 10000);
}

void TestKeychain::memoryCopyComesFirst()
{
    SecretStore *store = makeStore();
    store->keepForThisRun(QStringLiteral("acc-4"), SecretStore::Kind::Password, QStringLiteral("mem"));
    const SecretStore::Result read = store->readNow(QStringLiteral("acc-4"), SecretStore::Kind::Password);
    QVERIFY(read.ok());
    QVERIFY(read.fromMemory);
    QCOMPARE(read.secret, QStringLiteral("mem"));
    // It never went to the keychain.
    QCOMPARE(makeStore()->readNow(QStringLiteral("acc-4"), SecretStore::Kind::Password).status,
        SecretStore::Result::Status::NotFound);
    store->forgetForThisRun(QStringLiteral("acc-4"), SecretStore::Kind::Password);
    QCOMPARE(store->readNow(QStringLiteral("acc-4"), SecretStore::Kind::Password).status,
        SecretStore::Result::Status::NotFound);
}

void TestKeychain::noPlainCopyOnDisk()
{
    // The keyring's own files are encrypted; the secret must appear nowhere
    // under the keychain's HOME in clear.
    SecretStore *store = makeStore();
    QVERIFY(store->writeNow(QStringLiteral("acc-5"), SecretStore::Kind::Password, m_secret).ok());
    QDirIterator it(m_keyring.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray data = file.readAll();
        QVERIFY2(!data.contains(m_secret.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(files > 0); // the keyring file exists
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
