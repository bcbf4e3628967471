// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// SecretStore with no keychain at all, as on a CI machine or a bare server:
// no D-Bus session bus, no display. QtKeychain then fails with "Cannot
// autolaunch D-Bus without X11 $DISPLAY"; Stamp must say plainly that no
// keychain is available and offer to keep the secret in memory for this run.

#include "accounts/SecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {
QTemporaryDir *g_home = nullptr;
}

class TestKeychainNoBackend : public QObject
{
    Q_OBJECT

private slots:
    void readSaysNoKeychainPlainly();
    void writeIsRefusedNotFakedAndRetriedOnce();
    void memoryFallbackForThisRun();
    void nothingWrittenToDisk();

private:
    const QString m_secret = QStringLiteral("N0-Keychain-Secret");
};

void TestKeychainNoBackend::readSaysNoKeychainPlainly()
{
    SecretStore store;
    store.setRetryDelay(50);
    const SecretStore::Result result = store.readNow(QStringLiteral("acc"), SecretStore::Kind::Password);
    QCOMPARE(result.status, SecretStore::Result::Status::Unavailable);
    QVERIFY2(result.message.startsWith(QStringLiteral("No keychain is available on this computer")),
        qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("in memory until Stamp quits")));
}

void TestKeychainNoBackend::writeIsRefusedNotFakedAndRetriedOnce()
{
    SecretStore store;
    store.setRetryDelay(400);
    QElapsedTimer timer;
    timer.start();
    const SecretStore::Result result
        = store.writeNow(QStringLiteral("acc"), SecretStore::Kind::Password, m_secret);
    QCOMPARE(result.status, SecretStore::Result::Status::Unavailable);
    // One retry after the delay, then the answer (not an endless loop).
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() < 10000);
    // And nothing to read back: no insecure fallback was used.
    QCOMPARE(store.readNow(QStringLiteral("acc"), SecretStore::Kind::Password).status,
        SecretStore::Result::Status::Unavailable);
}

void TestKeychainNoBackend::memoryFallbackForThisRun()
{
    SecretStore store;
    store.setRetryDelay(50);
    store.keepForThisRun(QStringLiteral("acc"), SecretStore::Kind::Password, m_secret);
    const SecretStore::Result result = store.readNow(QStringLiteral("acc"), SecretStore::Kind::Password);
    QVERIFY(result.ok());
    QVERIFY(result.fromMemory);
    QCOMPARE(result.secret, m_secret);
    // Another store (the next run) does not have it.
    SecretStore next;
    next.setRetryDelay(50);
    QCOMPARE(next.readNow(QStringLiteral("acc"), SecretStore::Kind::Password).status,
        SecretStore::Result::Status::Unavailable);
}

void TestKeychainNoBackend::nothingWrittenToDisk()
{
    QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(file.fileName()));
    }
}

int main(int argc, char *argv[])
{
    // No session bus and nothing to autolaunch one with.
    for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR" })
        qunsetenv(name);
    QTemporaryDir home;
    g_home = &home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    QCoreApplication app(argc, argv);
    TestKeychainNoBackend test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_nobackend.moc"
