// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The copy to the Sent folder as the desktop app makes it, on its own:
// a message composed and sent in the window goes to a real smtp-sink, and
// its copy to a REAL Dovecot (tests/support/dovecot-testbed.sh), with the
// password from the private keychain. Exactly one copy, byte for byte the
// Sent item; a server that does not answer leaves the copy waiting and
// "Try the copy again" in the Sent tab makes it; an untrusted certificate
// stops it until the account's settings are saved with the fix.

#include "AccountSettingsDialog.h"
#include "AppFixture.h"
#include "ComposeWindow.h"
#include "DovecotBed.h"
#include "MainWindow.h"
#include "OutboxDoubles.h"
#include "Peers.h"
#include "Screenshots.h"
#include "SentView.h"
#include "SessionLogModel.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "client/MailClient.h"
#include "client/SentCopier.h"
#include "outbox/SentStore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace stamp;
using namespace stamp::ui;
using stamp::test::DovecotBed;
using stamp::test::withLf;

class TestSentCopyApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sentFromTheAppIsCopiedOnce();
    void copyWaitsForTheServerThenTheButtonMakesIt();
    void stoppedCopyGoesOnOnceTheSettingsAreSaved();

private:
    // An account sending through smtp-sink and copying to the Dovecot
    // bed; its password (the bed's) in the private keychain.
    Account saveAccount(const QString &name, bool trustTheServer);
    // Composes and sends one message from the window; its Sent item's id.
    QString sendFromTheWindow(MainWindow &window, const QString &accountName, const QString &subject);
    SentItem item(const QString &id) const;
    QByteArray sentBytes(const QString &id) const;
    int smtpCount(const QByteArray &messageId) const;
    QTreeWidgetItem *sentRow(MainWindow &window, const QString &subject) const;

    test::AppFixture m_app;
    DovecotBed m_bed;
    test::SmtpSink m_sink;
    QTemporaryDir m_dump;
};

void TestSentCopyApp::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-sent-copy-app-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    const QString bed = m_bed.start();
    QVERIFY2(bed.isEmpty(), qPrintable(bed));
    QVERIFY(m_dump.isValid());
    QFile::setPermissions(m_dump.path(), QFileDevice::Permissions(0x7777));  // smtp-sink runs as nobody
    const QString sink = m_sink.start({QStringLiteral("-d"), m_dump.path() + QStringLiteral("/%H%M%S.")});
    QVERIFY2(sink.isEmpty(), qPrintable(sink));
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
}

void TestSentCopyApp::cleanupTestCase()
{
    m_sink.stop();
    m_bed.stop();
    m_app.stop();
}

Account TestSentCopyApp::saveAccount(const QString &name, bool trustTheServer)
{
    AccountStore store;
    store.load();
    Account account;
    account.id = Account::newId();
    account.name = name;
    account.displayName = QStringLiteral("Alice Example");
    account.email = QStringLiteral("alice@example.com");
    account.identities = {Identity{account.displayName, account.email, {}, {}}};
    account.host = QStringLiteral("127.0.0.1");
    account.port = m_sink.port();
    account.security = SecurityMode::None;
    account.authMethod = sasl::AuthMethod::Plain;
    account.username = m_bed.file(QStringLiteral("user"));
    account.timeoutSeconds = 10;
    account.sentCopy.enabled = true;
    account.sentCopy.host = QStringLiteral("localhost");  // the name in the test certificate
    account.sentCopy.port = m_bed.imap();
    account.sentCopy.security = SecurityMode::StartTls;
    if (trustTheServer)
        account.sentCopy.caFile = m_bed.path(QStringLiteral("ca.pem"));
    SecretStore secrets;
    const SecretStore::Result written
        = secrets.writeNow(account.id, SecretStore::Kind::Password, m_bed.file(QStringLiteral("password")));
    if (!written.ok())
        qWarning("keychain: %s", qPrintable(written.message));
    if (const QString problem = store.add(account); !problem.isEmpty())
        qWarning("account: %s", qPrintable(problem));
    return account;
}

QString TestSentCopyApp::sendFromTheWindow(MainWindow &window, const QString &accountName, const QString &subject)
{
    window.selectAccount(accountName);
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    window.compose();
    if (opened.isEmpty() && !opened.wait(20000))
        return {};
    QPointer<ComposeWindow> compose = opened.first().first().value<ComposeWindow *>();
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.net"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), subject);
    QTest::keyClicks(compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")), QStringLiteral("Hello."));
    compose->send();
    if (!QTest::qWaitFor([&compose] { return !compose; }, 30000))
        return {};
    for (const SentItem &sent : SentStore().list(accountName)) {
        if (sent.record.subject == subject)
            return sent.id();
    }
    return {};
}

SentItem TestSentCopyApp::item(const QString &id) const
{
    return SentStore().load(id).value_or(SentItem {});
}

QByteArray TestSentCopyApp::sentBytes(const QString &id) const
{
    QFile file(SentStore().messagePath(id));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int TestSentCopyApp::smtpCount(const QByteArray &messageId) const
{
    return test::messageIdsInDump(m_dump.path()).value(QString::fromLatin1(messageId.mid(1, messageId.size() - 2)));
}

QTreeWidgetItem *TestSentCopyApp::sentRow(MainWindow &window, const QString &subject) const
{
    window.sentView()->reload();
    auto *list = window.sentView()->findChild<QTreeWidget *>(QStringLiteral("sentList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(3) == subject)
            return list->topLevelItem(i);
    }
    return nullptr;
}

void TestSentCopyApp::sentFromTheAppIsCopiedOnce()
{
    saveAccount(QStringLiteral("fastmail"), true);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString subject = QStringLiteral("Filed ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = sendFromTheWindow(window, QStringLiteral("fastmail"), subject);
    QVERIFY2(!id.isEmpty(), "the message did not reach Sent items");

    // The app makes the copy on its own, right after the send.
    QTRY_COMPARE_WITH_TIMEOUT(item(id).copy.state, SentCopyState::State::Copied, 30000);
    const QByteArray bytes = sentBytes(id);
    const QByteArray messageId = SentCopier::messageIdOf(bytes);
    QVERIFY(!messageId.isEmpty());
    const QList<QByteArray> copies = m_bed.storedWith(messageId);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first(), withLf(bytes));  // the same bytes as the Sent item
    QCOMPARE(smtpCount(messageId), 1);
    QCOMPARE(item(id).copy.mailbox, QStringLiteral("Sent"));

    // The Sent tab shows it, and the session log has the IMAP conversation without the password.
    QTreeWidgetItem *row = nullptr;
    QTRY_VERIFY((row = sentRow(window, subject)) && row->text(2) == QStringLiteral("Copied"));
    window.sentView()->findChild<QTreeWidget *>(QStringLiteral("sentList"))->setCurrentItem(row);
    auto *details = window.sentView()->findChild<QLabel *>(QStringLiteral("sentDetails"));
    QVERIFY2(details->text().contains(QStringLiteral("Copied to Sent on localhost.")), qPrintable(details->text()));
    QVERIFY(!window.sentView()->findChild<QPushButton *>(QStringLiteral("sentCopyAgainButton"))->isVisible());
    window.logModel()->flush();
    const QString log = window.logModel()->toText();
    QVERIFY2(log.contains(QStringLiteral("APPEND")), qPrintable(log));
    QVERIFY(!log.contains(m_bed.file(QStringLiteral("password"))));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.sentView());
    test::saveShots(&window, QStringLiteral("main-sent-copied"));

    // A new start of the app (launch runs pending copies) copies nothing again.
    window.close();
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTest::qWait(1500);
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);
    QCOMPARE(item(id).copy.attempts, 1);
}

void TestSentCopyApp::copyWaitsForTheServerThenTheButtonMakesIt()
{
    saveAccount(QStringLiteral("paused"), true);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(m_bed.pause().isEmpty(), "pause failed");
    const QString subject = QStringLiteral("Waits ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = sendFromTheWindow(window, QStringLiteral("paused"), subject);
    QVERIFY2(!id.isEmpty(), "the message did not reach Sent items");
    // The IMAP server does not answer: after the account's 10 s the copy waits.
    QTRY_VERIFY_WITH_TIMEOUT(item(id).copy.isPending() && item(id).copy.attempts == 1, 40000);
    QVERIFY(item(id).copy.nextTry.isValid());
    QVERIFY2(m_bed.resume().isEmpty(), "resume failed");
    const QByteArray messageId = SentCopier::messageIdOf(sentBytes(id));
    QCOMPARE(smtpCount(messageId), 1);

    QTreeWidgetItem *row = nullptr;
    QTRY_VERIFY((row = sentRow(window, subject)) && row->text(2) == QStringLiteral("Copy waiting"));
    window.sentView()->findChild<QTreeWidget *>(QStringLiteral("sentList"))->setCurrentItem(row);
    auto *details = window.sentView()->findChild<QLabel *>(QStringLiteral("sentDetails"));
    QVERIFY2(details->text().contains(QStringLiteral("Copy to Sent waiting: ")), qPrintable(details->text()));
    QVERIFY2(details->text().contains(QStringLiteral("Next try at ")), qPrintable(details->text()));
    auto *again = window.sentView()->findChild<QPushButton *>(QStringLiteral("sentCopyAgainButton"));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.sentView());
    QVERIFY(again->isVisible());
    QVERIFY(again->isEnabled());
    test::saveShots(&window, QStringLiteral("main-sent-copy-waiting"));
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(item(id).copy.state, SentCopyState::State::Copied, 30000);
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);
    QCOMPARE(smtpCount(messageId), 1);  // the message was not sent again
    QTRY_VERIFY((row = sentRow(window, subject)) && row->text(2) == QStringLiteral("Copied"));
}

void TestSentCopyApp::stoppedCopyGoesOnOnceTheSettingsAreSaved()
{
    const Account account = saveAccount(QStringLiteral("untrusted"), false);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString subject = QStringLiteral("Stops ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = sendFromTheWindow(window, QStringLiteral("untrusted"), subject);
    QVERIFY2(!id.isEmpty(), "the message did not reach Sent items");
    QTRY_COMPARE_WITH_TIMEOUT(item(id).copy.state, SentCopyState::State::NeedsPerson, 30000);
    QVERIFY2(item(id).copy.reason.contains(QStringLiteral("not trusted")), qPrintable(item(id).copy.reason));
    QTreeWidgetItem *row = nullptr;
    QTRY_VERIFY((row = sentRow(window, subject)) && row->text(2) == QStringLiteral("Copy stopped"));

    // The person trusts the server (here: the account file gains the CA,
    // as the settings would write it) and saves the account's settings.
    AccountStore &store = window.client()->accounts();
    Account fixed = *store.find(account.name);
    fixed.sentCopy.caFile = m_bed.path(QStringLiteral("ca.pem"));
    QVERIFY(store.update(fixed).isEmpty());
    QCOMPARE(item(id).copy.state, SentCopyState::State::NeedsPerson);  // nothing tried it yet
    window.selectAccount(account.name);
    QPointer<AccountSettingsDialog> settings = window.openAccountSettings();
    QVERIFY(settings);
    auto *save = settings->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!settings || !settings->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(item(id).copy.state, SentCopyState::State::Copied, 30000);
    const QByteArray messageId = SentCopier::messageIdOf(sentBytes(id));
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);
    QCOMPARE(smtpCount(messageId), 1);
}

QTEST_MAIN(TestSentCopyApp)
#include "tst_sent_copy_app.moc"
