// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Sending from an account as a person does it: through the outbox, with an
// undo period, "Send now" in the Outbox tab, Sent items with their
// transcript, attachments to Postfix, and a wrong password explained and
// asked for again in the composer and the Outbox tab. Real peers: the
// built-in sandbox server, a private Postfix and gnome-keyring.

#include "AttachmentList.h"
#include "AccountSettingsDialog.h"
#include "ComposeWindow.h"
#include "ConnectionCheckPanel.h"
#include "AppFixture.h"
#include "KeyringSession.h"
#include "MainWindow.h"
#include "DraftsView.h"
#include "OutboxView.h"
#include "PasswordDialog.h"
#include "Peers.h"
#include "Screenshots.h"
#include "ScriptedServer.h"
#include "SentView.h"
#include "SessionLogModel.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "outbox/SentStore.h"
#include "outbox/TranscriptArchive.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QStatusBar>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace stamp;
using namespace stamp::ui;

class TestOutboxGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void undoTakesTheMessageBack();
    void sendNowFromTheOutbox();
    void sendLaterWaitsInTheOutbox();
    void cancelDuringTheUpload();
    void attachmentsToPostfix();
    void wrongPasswordAskedForInTheComposer();
    void wrongPasswordAskedForInTheOutboxTab();
    void untrustedCertificateLeadsToTheDialog();
    void serverDownThenBackFromTheComposer();
    void quitAsksWhileMessagesAreOnTheirWay();

private:
    Account saveAccount(const QString &name, const QString &host, quint16 port, SecurityMode security,
                        const QString &password = {});
    QPointer<ComposeWindow> openComposer(MainWindow &window, const QString &accountName);
    void fill(ComposeWindow *compose, const QString &to, const QString &subject);
    // Types `password` into the password dialog `owner` opened, and OK.
    void answerPassword(QWidget *owner, const QString &password);
    // Sent items and Postfix's log hold the message exactly once.
    void expectSentOnce(const QString &accountName, const QString &subject);
    // A message from the account goes with no question and no banner.
    void expectSentWithoutQuestion(MainWindow &window, const QString &accountName, const QString &subject);

    test::AppFixture m_app;  // keychain, folders, settings: the shared fixture
    QTemporaryDir &m_dirs = m_app.dirs();
    test::KeyringSession &m_keyring = m_app.keyring();
    test::PostfixTestbed m_postfix;
    SandboxServer m_sandbox;
};

void TestOutboxGui::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-outbox-gui-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    QVERIFY(m_sandbox.start());
    const QString postfix = m_postfix.start();
    QVERIFY2(postfix.isEmpty(), qPrintable(postfix));
}

void TestOutboxGui::cleanupTestCase()
{
    m_postfix.stop();
    m_app.stop();
}

Account TestOutboxGui::saveAccount(const QString &name, const QString &host, quint16 port, SecurityMode security,
                                   const QString &password)
{
    AccountStore store;
    store.load();
    Account account;
    account.id = Account::newId();
    account.name = name;
    account.displayName = QStringLiteral("Test Person");
    account.email = password.isEmpty() ? QStringLiteral("me@example.com") : m_postfix.value(QStringLiteral("USER"));
    account.identities = {Identity{account.displayName, account.email, {}, {}}};
    account.host = host;
    account.port = port;
    account.security = security;
    if (password.isEmpty()) {
        account.authMethod = sasl::AuthMethod::None;
    } else {
        account.authMethod = sasl::AuthMethod::Auto;
        account.username = account.email;
        account.caFile = m_postfix.value(QStringLiteral("CA_FILE"));
        SecretStore secrets;
        const SecretStore::Result written = secrets.writeNow(account.id, SecretStore::Kind::Password, password);
        if (!written.ok())
            qWarning("keychain: %s", qPrintable(written.message));
    }
    const QString problem = store.add(account);
    if (!problem.isEmpty())
        qWarning("account: %s", qPrintable(problem));
    return account;
}

QPointer<ComposeWindow> TestOutboxGui::openComposer(MainWindow &window, const QString &accountName)
{
    window.selectAccount(accountName);
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    window.compose();
    if (opened.isEmpty() && !opened.wait(20000))
        return nullptr;
    return opened.first().first().value<ComposeWindow *>();
}

void TestOutboxGui::fill(ComposeWindow *compose, const QString &to, const QString &subject)
{
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), to);
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), subject);
    QTest::keyClicks(compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")), QStringLiteral("Hello."));
}

void TestOutboxGui::undoTakesTheMessageBack()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 3);
    saveAccount(QStringLiteral("local"), QStringLiteral("127.0.0.1"), m_sandbox.port(), SecurityMode::None);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.outboxService()->undoSeconds(), 3);
    const int before = m_sandbox.messages().size();

    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("local"));
    QVERIFY(compose);
    fill(compose, QStringLiteral("ann@example.com"), QStringLiteral("Think twice"));
    compose->send();
    // Written to the outbox (before any network activity), held for undo.
    auto *undo = compose->findChild<QPushButton *>(QStringLiteral("undoButton"));
    QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible(), 10000);
    QVERIFY(!compose->queuedId().isEmpty());
    QVERIFY(QFile::exists(window.outboxService()->outbox().messagePath(compose->queuedId())));
    QVERIFY(!compose->findChild<QLineEdit *>(QStringLiteral("toEdit"))->isEnabled());
    window.outboxView()->reload();
    QCOMPARE(window.outboxView()->count(), 1);
    // Its draft is kept (for Undo) but not offered while the outbox has it.
    QTRY_COMPARE(window.draftsView()->count(), 0);
    test::saveShots(compose, QStringLiteral("compose-undo"));

    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(compose->queuedId().isEmpty());
    QVERIFY(compose->findChild<QLineEdit *>(QStringLiteral("toEdit"))->isEnabled());
    QCOMPARE(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Think twice"));
    QVERIFY(window.outboxService()->outbox().list().isEmpty());
    QTest::qWait(3500);  // past the hold: nothing may have left
    QCOMPARE(m_sandbox.messages().size(), before);

    // Sent for real this time: it leaves once the hold is over, the
    // composer closes, Sent items keep it with its transcript.
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(!compose, 20000);
    QCOMPARE(m_sandbox.messages().size(), before + 1);
    QVERIFY(m_sandbox.messages().last().content.contains("Subject: Think twice\r\n"));
    QTRY_VERIFY(window.sentView()->count() >= 1);
    SentStore sent;
    const QList<SentItem> items = sent.list(QStringLiteral("local"));
    QCOMPARE(items.size(), 1);
    QVERIFY(sent.transcript(items.first().id()).contains(QStringLiteral("RCPT TO:<ann@example.com>")));
    QVERIFY(window.outboxService()->outbox().list().isEmpty());
    window.logModel()->flush();
    QVERIFY(window.logModel()->toText().contains(QStringLiteral("MAIL FROM:<me@example.com>")));
}

void TestOutboxGui::sendNowFromTheOutbox()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 600);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = m_sandbox.messages().size();
    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("local"));
    QVERIFY(compose);
    fill(compose, QStringLiteral("bob@example.org"), QStringLiteral("Right away"));
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(!compose->queuedId().isEmpty(), 10000);
    // Closing asks nothing: the outbox has the message.
    compose->close();
    QTRY_VERIFY(!compose);

    window.outboxView()->reload();
    QCOMPARE(window.outboxView()->count(), 1);
    auto *list = window.outboxView()->findChild<QTreeWidget *>(QStringLiteral("outboxList"));
    QVERIFY2(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("Held for ")),
             qPrintable(list->topLevelItem(0)->text(0)));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.outboxView());
    test::saveShots(&window, QStringLiteral("main-outbox-held"));
    auto *sendNow = window.outboxView()->findChild<QPushButton *>(QStringLiteral("outboxSendNow"));
    QVERIFY(sendNow->isEnabled());
    QTest::mouseClick(sendNow, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.messages().size(), before + 1, 15000);
    QTRY_COMPARE(window.outboxView()->count(), 0);
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
}

void TestOutboxGui::sendLaterWaitsInTheOutbox()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 10);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = m_sandbox.messages().size();
    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("local"));
    QVERIFY(compose);
    QVERIFY(compose->findChild<QPushButton *>(QStringLiteral("sendLaterButton"))->isVisible());
    fill(compose, QStringLiteral("carol@example.net"), QStringLiteral("Tomorrow morning"));
    compose->resize(480, 420);
    test::saveShots(compose, QStringLiteral("compose-narrow"), {QSize(480, 420)});
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3600);
    compose->sendAt(when);
    QTRY_VERIFY_WITH_TIMEOUT(!compose, 10000);  // nothing more to do in the window
    const QList<OutboxRecord> queued = window.outboxService()->outbox().list();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().notBefore.toSecsSinceEpoch(), when.toSecsSinceEpoch());
    QVERIFY(!queued.first().holdUntil.isValid());
    QTest::qWait(1000);
    QCOMPARE(m_sandbox.messages().size(), before);  // not before its time
    QCOMPARE(window.outboxService()->nextDue().toSecsSinceEpoch(), when.toSecsSinceEpoch());
    // Send now overrides the chosen time.
    QCOMPARE(window.outboxService()->sendNow({queued.first().id}), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.messages().size(), before + 1, 15000);
}

void TestOutboxGui::cancelDuringTheUpload()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    // A server that takes the envelope and then stops reading: the upload
    // stalls part way, as on a slow line.
    test::ScriptedServer server({QStringLiteral("S: 220 slow.test ESMTP"), QStringLiteral("C~ EHLO .*"),
                                 QStringLiteral("S: 250-slow.test"), QStringLiteral("S: 250 PIPELINING"),
                                 QStringLiteral("C~ MAIL FROM:.*"), QStringLiteral("C~ RCPT TO:.*"),
                                 QStringLiteral("C: DATA"), QStringLiteral("S: 250 2.1.0 Ok"),
                                 QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("S: 354 Go ahead"),
                                 QStringLiteral("STALL")});
    saveAccount(QStringLiteral("slow"), QStringLiteral("127.0.0.1"), server.port(), SecurityMode::None);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("slow"));
    QVERIFY(compose);
    QTemporaryDir files;
    QFile big(files.filePath(QStringLiteral("archive.zip")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(24 * 1024 * 1024, 'z'));
    big.close();
    QVERIFY(compose->attachments()->addFiles({big.fileName()}).isEmpty());
    fill(compose, QStringLiteral("ann@example.com"), QStringLiteral("Too slow"));
    compose->send();
    auto *cancel = compose->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    // Well into the upload: the outbox has started writing the content.
    const auto uploading = [&] {
        const QList<OutboxRecord> records = window.outboxService()->outbox().list();
        return records.size() == 1 && records.first().state == OutboxRecord::State::Sending
               && records.first().uploadStarted;
    };
    QTRY_VERIFY_WITH_TIMEOUT(uploading(), 30000);
    QTRY_VERIFY(cancel->isVisible() && cancel->isEnabled());
    // Still stalled when the person gives up: the end never went out.
    QTest::qWait(500);
    QVERIFY(server.received().size() < 20 * 1024 * 1024);
    QTest::mouseClick(cancel, Qt::LeftButton);
    // Back to editing, with a word about it, and nothing left to be sent.
    QTRY_VERIFY_WITH_TIMEOUT(compose->findChild<QLineEdit *>(QStringLiteral("toEdit"))->isEnabled(), 30000);
    QVERIFY(compose->queuedId().isEmpty());
    auto *problem = compose->findChild<QLabel *>(QStringLiteral("problemBanner"));
    QVERIFY2(problem->text().contains(QStringLiteral("cancelled")), qPrintable(problem->text()));
    QVERIFY(window.outboxService()->outbox().list().isEmpty());
    QVERIFY(window.outboxService()->isStarted());
    compose->setAttribute(Qt::WA_DeleteOnClose, false);
    delete compose.data();
}

void TestOutboxGui::attachmentsToPostfix()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    saveAccount(QStringLiteral("postfix"), QStringLiteral("localhost"), m_postfix.port(QStringLiteral("STARTTLS_PORT")),
                SecurityMode::StartTls, m_postfix.value(QStringLiteral("PASSWORD")));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("postfix"));
    QVERIFY(compose);
    QTemporaryDir files;
    QStringList paths;
    for (const QString &name : {QStringLiteral("report.pdf"), QStringLiteral("photo.jpg")}) {
        QFile file(files.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'x'));
        paths << file.fileName();
    }
    QVERIFY(compose->attachments()->addFiles(paths).isEmpty());
    fill(compose, m_postfix.value(QStringLiteral("USER")), QStringLiteral("Two files"));
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(!compose, 30000);
    SentStore sent;
    const QList<SentItem> items = sent.list(QStringLiteral("postfix"));
    QCOMPARE(items.size(), 1);
    // Postfix logged it under the queue id the Sent item keeps.
    QVERIFY(!items.first().queueId.isEmpty());
    QVERIFY(m_postfix.waitForLog(items.first().queueId));
    QVERIFY(QFileInfo(sent.messagePath(items.first().id())).size() > 600 * 1024);
    // The password is in no transcript.
    QVERIFY(!sent.transcript(items.first().id()).contains(m_postfix.value(QStringLiteral("PASSWORD"))));
    // Past sessions name the message, not just "Outbox: 1 sent".
    const TranscriptArchive archive(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                    + QStringLiteral("/transcripts"));
    const auto namesIt = [&archive] {
        const QList<TranscriptArchive::Entry> entries = archive.entries();
        return std::any_of(entries.cbegin(), entries.cend(),
                           [](const auto &entry) { return entry.title.contains(QStringLiteral("Two files")); });
    };
    QTRY_VERIFY(namesIt());
}

void TestOutboxGui::answerPassword(QWidget *owner, const QString &password)
{
    PasswordDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = owner->findChild<PasswordDialog *>()) && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"))->isChecked());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("passwordOk"));
    QVERIFY(!ok->isEnabled());  // nothing typed yet
    QTest::keyClicks(edit, password);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestOutboxGui::expectSentOnce(const QString &accountName, const QString &subject)
{
    SentStore sent;
    QList<SentItem> items = sent.list(accountName);
    items.removeIf([&subject](const SentItem &item) { return item.record.subject != subject; });
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first().queueId.isEmpty());
    QVERIFY(m_postfix.waitForLog(items.first().queueId + QStringLiteral(": message-id=")));
    // Exactly once: one queue id for its Message-ID in Postfix's log.
    const QString log = m_postfix.maillog();
    const QString messageId = log.section(items.first().queueId + QStringLiteral(": message-id="), 1, 1)
                                  .section(QLatin1Char('\n'), 0, 0);
    QVERIFY(!messageId.isEmpty());
    QCOMPARE(int(log.count(QStringLiteral("message-id=") + messageId)), 1);
}

void TestOutboxGui::expectSentWithoutQuestion(MainWindow &window, const QString &accountName,
                                              const QString &subject)
{
    QPointer<ComposeWindow> compose = openComposer(window, accountName);
    QVERIFY(compose);
    auto *login = compose->findChild<QPushButton *>(QStringLiteral("loginButton"));
    auto *problem = compose->findChild<QLabel *>(QStringLiteral("problemBanner"));
    bool asked = false;
    QObject watching;  // the watch ends with this function, however it ends
    connect(window.outboxService(), &OutboxService::recordChanged, &watching, [&] {
        asked = asked || (compose && (login->isVisible() || problem->isVisible()));
    });
    fill(compose, m_postfix.value(QStringLiteral("USER")), subject);
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(!compose, 30000);
    QVERIFY(!asked);
    expectSentOnce(accountName, subject);
}

void TestOutboxGui::wrongPasswordAskedForInTheComposer()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    const Account account
        = saveAccount(QStringLiteral("wrong"), QStringLiteral("localhost"), m_postfix.port(QStringLiteral("STARTTLS_PORT")),
                      SecurityMode::StartTls, QStringLiteral("not-the-password"));
    MainWindow window;
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int draftsBefore = window.draftsView()->count();
    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("wrong"));
    QVERIFY(compose);
    fill(compose, m_postfix.value(QStringLiteral("USER")), QStringLiteral("Goes after the password"));
    compose->send();
    auto *problem = compose->findChild<QLabel *>(QStringLiteral("problemBanner"));
    auto *login = compose->findChild<QPushButton *>(QStringLiteral("loginButton"));
    QVERIFY(login);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 30000);
    // The 535's diagnosis and remedy, in the composer, with the question
    // next to it.
    FailureContext context;
    context.phase = Phase::Auth;
    context.replyCode = 535;
    context.enhanced = EnhancedStatus{5, 7, 8};
    context.replyText = QStringLiteral("Error: authentication failed");
    context.host = QStringLiteral("localhost");
    const Diagnosis expected = DiagnosticsCatalog::diagnose(context);
    QVERIFY2(problem->text().contains(expected.title.toHtmlEscaped()), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("What to do")));
    QVERIFY(login->isVisible());
    QCOMPARE(login->text().remove(QLatin1Char('&')), QStringLiteral("Enter password…"));
    QVERIFY(!login->accessibleName().isEmpty());
    // The message waits in the outbox for the answer (nothing was sent:
    // the login comes first), so its draft is not offered meanwhile.
    const QList<OutboxRecord> waiting = window.outboxService()->outbox().list();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().state, OutboxRecord::State::Failed);
    QCOMPARE(window.draftsView()->count(), draftsBefore);
    window.logModel()->flush();
    const QString log = window.logModel()->toText();
    QVERIFY(log.contains(QStringLiteral("535")));
    QVERIFY(!log.contains(QStringLiteral("not-the-password")));
    QVERIFY(log.contains(QStringLiteral("[redacted]")));  // the AUTH exchange, live, without its payload
    test::saveShots(compose, QStringLiteral("compose-wrong-password"));
    test::saveShots(&window, QStringLiteral("main-after-failure"));

    // The right password: the same message leaves, once, and the composer closes.
    const QString password = m_postfix.value(QStringLiteral("PASSWORD"));
    QTest::mouseClick(login, Qt::LeftButton);
    test::saveShots(compose->findChild<PasswordDialog *>(), QStringLiteral("password-dialog"));
    answerPassword(compose, password);
    QTRY_VERIFY_WITH_TIMEOUT(!compose, 30000);
    expectSentOnce(QStringLiteral("wrong"), QStringLiteral("Goes after the password"));
    QVERIFY(window.outboxService()->outbox().list().isEmpty());
    QTRY_COMPARE(window.draftsView()->count(), draftsBefore);
    // The keychain holds the new password, and the next message asks nothing.
    const SecretStore::Result saved = SecretStore().readNow(account.id, SecretStore::Kind::Password);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(saved.secret, password);
    expectSentWithoutQuestion(window, QStringLiteral("wrong"), QStringLiteral("No question this time"));
    window.logModel()->flush();
    QVERIFY(!window.logModel()->toText().contains(password));
}

void TestOutboxGui::wrongPasswordAskedForInTheOutboxTab()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    const Account account = saveAccount(QStringLiteral("refused"), QStringLiteral("localhost"),
                                        m_postfix.port(QStringLiteral("STARTTLS_PORT")), SecurityMode::StartTls,
                                        QStringLiteral("not-the-password"));
    MainWindow window;
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *login = window.outboxView()->findChild<QPushButton *>(QStringLiteral("outboxLoginButton"));
    QVERIFY(login);
    // Held for undo: nothing to ask about.
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 600);
    QPointer<ComposeWindow> held = openComposer(window, QStringLiteral("refused"));
    QVERIFY(held);
    fill(held, m_postfix.value(QStringLiteral("USER")), QStringLiteral("Held meanwhile"));
    window.outboxService()->setUndoSeconds(600);
    held->send();
    QTRY_VERIFY_WITH_TIMEOUT(!held->queuedId().isEmpty(), 10000);
    window.outboxView()->selectMessage(held->queuedId());
    QVERIFY(!login->isEnabled());
    QVERIFY(held->undoSend());
    held->setAttribute(Qt::WA_DeleteOnClose, false);
    delete held.data();
    window.outboxService()->setUndoSeconds(0);
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);

    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("refused"));
    QVERIFY(compose);
    fill(compose, m_postfix.value(QStringLiteral("USER")), QStringLiteral("Sent from the Outbox"));
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(compose->findChild<QPushButton *>(QStringLiteral("loginButton"))->isVisible(), 30000);
    const QString id = compose->queuedId();
    QVERIFY(!id.isEmpty());
    // The composer may go: the Outbox keeps the message and the question.
    compose->close();
    QTRY_VERIFY(!compose);

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(window.outboxView());
    window.outboxView()->selectMessage(id);
    QVERIFY(login->isVisible());
    QVERIFY(login->isEnabled());
    QCOMPARE(login->text().remove(QLatin1Char('&')), QStringLiteral("Enter password…"));
    test::saveShots(&window, QStringLiteral("main-outbox-password"));
    QTest::mouseClick(login, Qt::LeftButton);
    const QString password = m_postfix.value(QStringLiteral("PASSWORD"));
    answerPassword(window.outboxView(), password);
    QTRY_VERIFY_WITH_TIMEOUT(!window.outboxService()->outbox().load(id), 30000);
    expectSentOnce(QStringLiteral("refused"), QStringLiteral("Sent from the Outbox"));
    QTRY_COMPARE(window.outboxView()->count(), 0);
    QVERIFY(!login->isVisible());
    const SecretStore::Result saved = SecretStore().readNow(account.id, SecretStore::Kind::Password);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(saved.secret, password);
    expectSentWithoutQuestion(window, QStringLiteral("refused"), QStringLiteral("Straight through"));
}

void TestOutboxGui::untrustedCertificateLeadsToTheDialog()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    Account account = saveAccount(QStringLiteral("untrusted"), QStringLiteral("localhost"),
                                  m_postfix.port(QStringLiteral("STARTTLS_PORT")), SecurityMode::StartTls,
                                  m_postfix.value(QStringLiteral("PASSWORD")));
    // Without the test CA: the certificate cannot be verified.
    AccountStore store;
    QVERIFY(store.load());
    account.caFile.clear();
    QVERIFY(store.update(account).isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("untrusted"));
    QVERIFY(compose);
    fill(compose, m_postfix.value(QStringLiteral("USER")), QStringLiteral("Checked first"));
    compose->send();
    auto *review = compose->findChild<QPushButton *>(QStringLiteral("reviewCertificateButton"));
    QTRY_VERIFY_WITH_TIMEOUT(review->isVisible(), 30000);
    QVERIFY(window.outboxService()->outbox().list().isEmpty());
    QTest::mouseClick(review, Qt::LeftButton);
    // The account's check opens, runs, and offers the certificate dialog.
    auto *settings = window.findChild<AccountSettingsDialog *>();
    QVERIFY(settings);
    QSignalSpy checked(settings->checkPanel(), &ConnectionCheckPanel::finished);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 60000);
    auto *again = settings->checkPanel()->findChild<QPushButton *>(QStringLiteral("reviewCertificateButton"));
    QVERIFY(again->isVisible());
    settings->reject();
    compose->setAttribute(Qt::WA_DeleteOnClose, false);
    delete compose.data();
}

void TestOutboxGui::serverDownThenBackFromTheComposer()
{
    // A person writes while their mail server is restarting: the message
    // must never be "failed"; it waits, says so, and leaves by itself
    // within a minute of the server coming back, exactly once.
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    saveAccount(QStringLiteral("restarting"), QStringLiteral("localhost"),
                m_postfix.port(QStringLiteral("STARTTLS_PORT")), SecurityMode::StartTls,
                m_postfix.value(QStringLiteral("PASSWORD")));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    const int outboxTab = tabs->indexOf(window.outboxView());

    // It has worked before: one message goes through.
    QPointer<ComposeWindow> first = openComposer(window, QStringLiteral("restarting"));
    QVERIFY(first);
    fill(first, m_postfix.value(QStringLiteral("USER")), QStringLiteral("Before the restart"));
    first->send();
    QTRY_VERIFY_WITH_TIMEOUT(!first, 30000);

    const QString paused = m_postfix.pause();
    QVERIFY2(paused.isEmpty(), qPrintable(paused));
    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("restarting"));
    QVERIFY(compose);
    fill(compose, m_postfix.value(QStringLiteral("USER")), QStringLiteral("During the restart"));
    QSignalSpy unreachable(window.outboxService(), &OutboxService::serverUnreachable);
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(!unreachable.isEmpty(), 30000);
    const OutboxRecord waiting = unreachable.first().first().value<OutboxRecord>();
    QCOMPARE(waiting.state, OutboxRecord::State::Deferred);
    // Said where the eye is: the composer, the status bar, the Outbox tab.
    auto *problem = compose->findChild<QLabel *>(QStringLiteral("problemBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
    QVERIFY2(!problem->text().contains(QStringLiteral("Not sent:")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("not answering right now")), qPrintable(problem->text()));
    // Calm, not the red of a failure: it waits and goes by itself.
    QCOMPARE(problem->property("tone").toString(), QStringLiteral("waiting"));
    // The Outbox has it: this window offers no second copy for later.
    QVERIFY(!compose->findChild<QPushButton *>(QStringLiteral("sendLaterButton"))->isEnabled());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cannot be reached")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(tabs->tabText(outboxTab), QStringLiteral("Outbox (1)"));
    QVERIFY(!tabs->tabIcon(outboxTab).isNull());
    test::saveShots(compose, QStringLiteral("compose-server-away"));
    test::saveShots(&window, QStringLiteral("main-outbox-waiting"), window.outboxView());
    // The composer may go: the Outbox has it.
    compose->close();

    // Another try while it is still down: no second announcement.
    QTRY_VERIFY_WITH_TIMEOUT(window.outboxService()->outbox().load(waiting.id)->attempts > waiting.attempts, 30000);
    QCOMPARE(unreachable.size(), 1);

    const QString resumed = m_postfix.resume();
    QVERIFY2(resumed.isEmpty(), qPrintable(resumed));
    QElapsedTimer back;
    back.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.outboxService()->outbox().load(waiting.id), 60000);
    qInfo("left %lld ms after the server came back", back.elapsed());
    SentStore sent;
    QList<SentItem> items = sent.list(QStringLiteral("restarting"));
    items.removeIf([](const SentItem &item) { return item.record.subject != QStringLiteral("During the restart"); });
    QCOMPARE(items.size(), 1);
    QVERIFY(m_postfix.waitForLog(items.first().queueId + QStringLiteral(": message-id=")));
    QTest::qWait(1000);
    // Exactly once: one queue id for it in Postfix's log.
    const QString log = m_postfix.maillog();
    const QString messageIdLine = log.section(items.first().queueId + QStringLiteral(": message-id="), 1, 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY(!messageIdLine.isEmpty());
    QCOMPARE(int(log.count(QStringLiteral("message-id=") + messageIdLine)), 1);
    QTRY_COMPARE(tabs->tabText(outboxTab), QStringLiteral("Outbox"));
}

void TestOutboxGui::quitAsksWhileMessagesAreOnTheirWay()
{
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 60);
    saveAccount(QStringLiteral("held"), QStringLiteral("127.0.0.1"), m_sandbox.port(), SecurityMode::None);
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QPointer<ComposeWindow> compose = openComposer(*window, QStringLiteral("held"));
    QVERIFY(compose);
    fill(compose, QStringLiteral("bob@example.net"), QStringLiteral("Held when quitting"));
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(!window->outboxService()->outbox().list().isEmpty(), 10000);

    // First "Keep Stamp open", then "Quit anyway".
    QString shown;
    auto answer = [&shown](const QString &button) {
        QTimer::singleShot(200, [&shown, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("quitWithOutboxBox"))
                return;
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button)
                    b->click();
            }
        });
    };
    answer(QStringLiteral("Keep Stamp open"));
    QVERIFY(!window->close());
    QVERIFY2(shown.contains(QStringLiteral("undo period")), qPrintable(shown));
    QVERIFY(window->isVisible());
    answer(QStringLiteral("Quit anyway"));
    QVERIFY(window->close());
    delete window;
    // Nothing was lost: it waits in the outbox for the next start.
    Outbox outbox;
    QVERIFY(outbox.open().isEmpty());
    QCOMPARE(outbox.list().size(), 1);
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    for (const OutboxRecord &record : outbox.list())
        outbox.remove(record.id);
}

QTEST_MAIN(TestOutboxGui)
#include "tst_outbox_gui.moc"
