// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop app as a person uses it: the welcome view, the sandbox, the
// composer with its inline validation, sending, and the session log.

#include "AddressField.h"
#include "AttachmentList.h"
#include "ComposeWindow.h"
#include "client/MailClient.h"
#include "diagnostics/Diagnosis.h"
#include "smtp/Failure.h"
#include "outbox/Outbox.h"
#include "accounts/AccountStore.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Notifier.h"
#include "Colours.h"
#include "SandboxInboxView.h"
#include "Screenshots.h"
#include "SentView.h"
#include "SessionLogModel.h"
#include "TranscriptHistoryView.h"
#include "DraftsView.h"
#include "OutboxView.h"
#include "Peers.h"
#include "outbox/DraftStore.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <cmath>
#include <QImage>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QClipboard>
#include <QMimeData>
#include <QTextEdit>
#include <QUrl>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>
#include <QSettings>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QTreeWidget>
#include <QTimer>

using namespace stamp;
using namespace stamp::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomeOffersBothWays();
    void aboutNamesTheLicence();
    void newMessageWithNowhereToSendExplains();
    void sandboxSendEndToEnd();
    void sandboxIsAnAccountAfterRestart();
    void invalidAddressBlocksSending();
    void escapeAsksBeforeDiscarding();
    void logStaysUsableAt100kLines();
    void attachmentsByButtonDropAndPaste();
    void draftsKeptAndReopened();
    void outboxShowsWhatTheCommandLineQueued();
    void identitiesSignaturesAndServerLimit();
    void commandLineAndWindowAgree();
    void desktopManners();
    void readableInDarkPalette();
    void languageChosenInTheViewMenu();

private:
    QTemporaryDir m_config;
};

void TestMainWindow::initTestCase()
{
    // Settings (remembered addresses) go to a throwaway place.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("StampTest"));
    QCoreApplication::setApplicationName(QStringLiteral("stamp-gui-test"));
}

void TestMainWindow::welcomeOffersBothWays()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *add = window.findChild<QPushButton *>(QStringLiteral("addAccountButton"));
    auto *sandbox = window.findChild<QPushButton *>(QStringLiteral("sandboxButton"));
    QVERIFY(add && add->isVisible());
    QVERIFY(sandbox && sandbox->isVisible());
    QVERIFY(!add->toolTip().isEmpty());
    // Keyboard: the buttons carry mnemonics and are in tab order.
    QVERIFY(add->text().contains(QLatin1Char('&')));
    QVERIFY(sandbox->text().contains(QLatin1Char('&')));
    test::saveShots(&window, QStringLiteral("welcome"));
}

void TestMainWindow::newMessageWithNowhereToSendExplains()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Ctrl+N on the welcome page used to do nothing at all.
    auto *newMessage = window.findChild<QAction *>(QStringLiteral("newMessageAction"));
    QVERIFY(newMessage);
    newMessage->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("nowhere to send from")),
             qPrintable(window.statusBar()->currentMessage()));
    // The sandbox is one menu entry away, and opens a composer.
    auto *sandbox = window.findChild<QAction *>(QStringLiteral("sandboxComposeAction"));
    QVERIFY(sandbox);
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    sandbox->trigger();
    QTRY_COMPARE(opened.size(), 1);
    auto *compose = opened.first().first().value<ComposeWindow *>();
    QVERIFY(compose);
    compose->close();
}

void TestMainWindow::sandboxSendEndToEnd()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sandboxButton")), Qt::LeftButton);
    QVERIFY(window.sandbox() && window.sandbox()->isRunning());
    ComposeWindow *compose = window.findChild<ComposeWindow *>();
    QVERIFY(compose);
    QVERIFY(QTest::qWaitForWindowExposed(compose));

    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")),
                     QStringLiteral("Ann Example <ann@example.com>, bob@example.org"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("bccEdit")), QStringLiteral("hidden@example.net"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Hello from the sandbox"));
    auto *body = compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    QTest::keyClicks(body, QStringLiteral("First line."));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral(".A line that starts with a dot."));
    test::saveShots(compose, QStringLiteral("compose"));

    QSignalSpy sent(compose, &ComposeWindow::sent);
    // Ctrl+Enter sends, as the tooltip says (a shortcut needs the window active).
    compose->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(compose));
    QTest::keyClick(compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")), Qt::Key_Return,
                    Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QTRY_COMPARE(window.sandbox()->messages().size(), 1);

    const SandboxMessage &received = window.sandbox()->messages().first();
    QCOMPARE(received.recipients,
             (QStringList{"ann@example.com", "bob@example.org", "hidden@example.net"}));
    QVERIFY(received.content.contains("Subject: Hello from the sandbox\r\n"));
    QVERIFY(received.content.contains("\r\n.A line that starts with a dot.\r\n"));
    QVERIFY(!received.content.contains("hidden@example.net"));  // Bcc never in the message
    QTRY_COMPARE(window.sentView()->count(), 1);  // once the flush that moved it has finished
    // The conversation is kept for later, without the message itself.
    QTRY_COMPARE(window.historyView()->count(), 1);
    auto *kept = window.findChild<QPlainTextEdit *>(QStringLiteral("transcriptText"));
    QVERIFY(kept->toPlainText().contains(QStringLiteral("C: RCPT TO:<hidden@example.net>")));
    QVERIFY(!kept->toPlainText().contains(QStringLiteral("A line that starts with a dot")));

    // The live log shows the conversation, coloured by who spoke.
    window.logModel()->flush();
    const QString log = window.logModel()->toText();
    QVERIFY(log.contains(QStringLiteral("C: MAIL FROM:<me@sandbox.invalid>")));
    QVERIFY(log.contains(QStringLiteral("S: 250 2.0.0 Ok: kept in the sandbox")));
    QTRY_VERIFY(!window.findChild<ComposeWindow *>());  // closed after success
    test::saveShots(&window, QStringLiteral("main-after-send"));
    test::saveShots(&window, QStringLiteral("main-sandbox-inbox"), window.findChild<SandboxInboxView *>());
    test::saveShots(&window, QStringLiteral("main-narrow"), {QSize(640, 480)});
}

void TestMainWindow::sandboxIsAnAccountAfterRestart()
{
    // The sandbox's messages take the one send path: the undo period, the
    // Outbox, Sent items with their transcript, and all of it (its inbox
    // too) is still there after the app restarts.
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 30);
    int inboxBefore = 0;
    int sentBefore = 0;
    {
        MainWindow window;
        QVERIFY(window.startSandbox());
        inboxBefore = window.sandbox()->messages().size();
        sentBefore = window.sentView()->count();
        ComposeWindow *compose = window.compose();
        QVERIFY(compose);
        QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("ann@example.com"));
        QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")),
                         QStringLiteral("Kept across a restart"));
        compose->send();
        // Held for undo, like a message from any account.
        auto *undo = compose->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QTRY_VERIFY(undo->isVisible());
        QTRY_COMPARE(window.outboxView()->count(), 1);
        QVERIFY(compose->undoSend());
        QVERIFY(!compose->isSending());
        QTRY_COMPARE(window.outboxView()->count(), 0);
        QCOMPARE(window.sandbox()->messages().size(), inboxBefore);
        // Sent again, then "Send now" from the Outbox tab.
        compose->send();
        QTRY_VERIFY(!compose->queuedId().isEmpty());
        window.outboxView()->selectMessage(compose->queuedId());
        auto *list = window.outboxView()->findChild<QTreeWidget *>(QStringLiteral("outboxList"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Sandbox"));
        QTest::mouseClick(window.outboxView()->findChild<QPushButton *>(QStringLiteral("outboxSendNow")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.sandbox()->messages().size(), inboxBefore + 1, 15000);
        QTRY_COMPARE(window.sentView()->count(), sentBefore + 1);
        QTRY_VERIFY(!window.findChild<ComposeWindow *>());
    }
    MainWindow again;
    // Offered again with what it kept: the From list, its inbox, Sent items.
    QVERIFY(again.sandbox() && again.sandbox()->isRunning());
    auto *combo = again.findChild<QComboBox *>(QStringLiteral("accountCombo"));
    QVERIFY(combo->findText(QStringLiteral("Sandbox (on this computer)")) >= 0);
    QCOMPARE(again.sandbox()->messages().size(), inboxBefore + 1);
    QVERIFY(again.sandbox()->messages().last().content.contains("Subject: Kept across a restart\r\n"));
    QCOMPARE(again.sentView()->count(), sentBefore + 1);
    auto *sentList = again.sentView()->findChild<QTreeWidget *>(QStringLiteral("sentList"));
    sentList->setCurrentItem(sentList->topLevelItem(0));
    QCOMPARE(sentList->topLevelItem(0)->text(3), QStringLiteral("Kept across a restart"));
    QCOMPARE(sentList->topLevelItem(0)->text(5), QStringLiteral("Sandbox"));
    QCOMPARE(sentList->topLevelItem(0)->text(2), QString());  // the sandbox makes no copy to a Sent folder
    QVERIFY(again.sentView()->findChild<QPushButton *>(QStringLiteral("sentTranscriptButton"))->isEnabled());
    QVERIFY(again.sentView()->findChild<QPushButton *>(QStringLiteral("sentMessageButton"))->isEnabled());
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 10);
}

void TestMainWindow::invalidAddressBlocksSending()
{
    MainWindow window;
    QVERIFY(window.startSandbox());
    ComposeWindow *compose = window.compose();
    QVERIFY(compose);
    auto *to = compose->findChild<AddressField *>(QStringLiteral("toEdit"));
    auto *send = compose->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(!send->isEnabled());  // nobody to send to yet
    QTest::keyClicks(to, QStringLiteral("ann@example.com; not an address"));
    QVERIFY(!to->isValid());
    QVERIFY(!send->isEnabled());
    QVERIFY2(to->toolTip().contains(QStringLiteral("not an address")), qPrintable(to->toolTip()));
    to->setText(QStringLiteral("ann@example.com; carl@example.com"));
    QVERIFY(to->isValid());
    QVERIFY(send->isEnabled());
    QCOMPARE(to->addresses(), (QStringList{"ann@example.com", "carl@example.com"}));
    compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->clear();
    to->clear();
    compose->close();
}

void TestMainWindow::escapeAsksBeforeDiscarding()
{
    MainWindow window;
    QVERIFY(window.startSandbox());
    QPointer<ComposeWindow> compose = window.compose();
    compose->show();
    QVERIFY(QTest::qWaitForWindowExposed(compose));
    QTest::keyClicks(compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")), QStringLiteral("Unsent words"));
    // First answer Cancel: the window and the text stay.
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(compose, Qt::Key_Escape);
    QVERIFY(compose);
    QVERIFY(compose->isVisible());
    // Then Discard: it closes.
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(QMessageBox::Discard)->click();
    });
    QTest::keyClick(compose, Qt::Key_Escape);
    QTRY_VERIFY(!compose);
}

void TestMainWindow::aboutNamesTheLicence()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString text;
    QTimer::singleShot(200, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            stamp::test::saveShots(box, QStringLiteral("about"));
            box->accept();
        }
    });
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY2(text.contains(QStringLiteral("GNU General Public License, version 3")), qPrintable(text));
    QVERIFY(text.contains(QCoreApplication::applicationVersion()));
    QVERIFY(text.contains(QStringLiteral("QtKeychain")));
}

void TestMainWindow::logStaysUsableAt100kLines()
{
    MainWindow window;
    window.show();
    QVERIFY(window.startSandbox());
    SessionLogModel *model = window.logModel();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100000; ++i) {
        TranscriptEvent e;
        e.time = QDateTime::currentDateTimeUtc();
        e.kind = i % 2 ? TranscriptEvent::Kind::Client : TranscriptEvent::Kind::Server;
        e.text = QStringLiteral("250 2.1.5 line %1").arg(i);
        model->append(e);
    }
    QTRY_COMPARE(model->rowCount(), 100000);
    const qint64 ms = timer.elapsed();
    // A figure for people, not a pass/fail threshold.
    qInfo("appended and displayed 100000 log lines in %lld ms", ms);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("logSearch"));
    QVERIFY(search);
    timer.restart();
    search->setText(QStringLiteral("line 99999"));
    qInfo("filtered 100000 lines in %lld ms", timer.elapsed());
    QCOMPARE(model->rowCount(), 100000);
    test::saveShots(&window, QStringLiteral("log-100k"));
}

void TestMainWindow::attachmentsByButtonDropAndPaste()
{
    QTemporaryDir files;
    const QString report = files.filePath(QStringLiteral("report.pdf"));
    const QString photo = files.filePath(QStringLiteral("Grüße.png"));
    const QString notes = files.filePath(QStringLiteral("notes.txt"));
    for (const QString &path : {report, photo, notes}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'x') + path.toUtf8());
    }
    MainWindow window;
    QVERIFY(window.startSandbox());
    ComposeWindow *compose = window.compose();
    compose->show();
    QVERIFY(QTest::qWaitForWindowExposed(compose));
    AttachmentList *list = compose->attachments();

    // The button's path (the file dialog) ends in addFiles; a missing file is explained.
    QCOMPARE(list->addFiles({report, files.filePath(QStringLiteral("missing.doc"))}).size(), 1);
    QTRY_VERIFY(compose->findChild<QLabel *>(QStringLiteral("problemBanner"))->isVisible());

    // Drag and drop from a file manager.
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(photo)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(compose, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(compose, &drop);

    // Paste of copied files into the text.
    auto *clip = new QMimeData;
    clip->setUrls({QUrl::fromLocalFile(notes)});
    QGuiApplication::clipboard()->setMimeData(clip);
    auto *body = compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    body->setFocus();
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(list->paths().size(), 3);
    QVERIFY(body->toPlainText().isEmpty());  // attached, not pasted as text

    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("ann@example.com"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Files"));
    QTest::keyClicks(body, QStringLiteral("Three files attached."));
    compose->findChild<QCheckBox *>(QStringLiteral("richTextToggle"))->setChecked(true);
    auto *rich = compose->findChild<QTextEdit *>(QStringLiteral("richBodyEdit"));
    QCOMPARE(rich->toPlainText(), QStringLiteral("Three files attached."));
    test::saveShots(compose, QStringLiteral("compose-attachments"));
    QSignalSpy sent(compose, &ComposeWindow::sent);
    compose->send();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    const QByteArray content = window.sandbox()->messages().last().content;
    QVERIFY(content.contains("multipart/mixed"));
    QVERIFY(content.contains("multipart/alternative"));  // HTML with its plain-text copy
    QVERIFY(content.contains("text/html"));
    QVERIFY(content.contains("filename=report.pdf") || content.contains("filename=\"report.pdf\""));
    QVERIFY(content.contains("filename*=utf-8''Gr%C3%BC%C3%9Fe.png") || content.contains("filename*=UTF-8''Gr%C3%BC%C3%9Fe.png"));
}

void TestMainWindow::draftsKeptAndReopened()
{
    MainWindow window;
    QVERIFY(window.startSandbox());
    const int before = window.draftsView()->count();
    QPointer<ComposeWindow> compose = window.compose();
    QVERIFY(QTest::qWaitForWindowExposed(compose));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("ann@example.com"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Half written"));
    QTest::keyClicks(compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")), QStringLiteral("To be continued"));
    // Saved on its own a few seconds after the last change, with the window open:
    // this is what survives a crash.
    QTRY_COMPARE_WITH_TIMEOUT(window.draftsView()->count(), before + 1, 10000);
    const QList<Draft> saved = DraftStore().list();
    QVERIFY(!saved.isEmpty());
    QCOMPARE(saved.first().subject, QStringLiteral("Half written"));

    // Closing keeps it (the default answer).
    QTimer::singleShot(200, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Save)->click();
    });
    compose->close();
    QTRY_VERIFY(!compose);
    QCOMPARE(window.draftsView()->count(), before + 1);

    // Opened again from Drafts, everything is back; sending removes the draft.
    auto *open = window.findChild<QPushButton *>(QStringLiteral("openDraftButton"));
    QTest::mouseClick(open, Qt::LeftButton);
    ComposeWindow *again = nullptr;
    QTRY_VERIFY((again = window.findChild<ComposeWindow *>()));
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Half written"));
    QCOMPARE(again->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->toPlainText(),
             QStringLiteral("To be continued"));
    QSignalSpy sent(again, &ComposeWindow::sent);
    again->send();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QTRY_COMPARE(window.draftsView()->count(), before);
}

void TestMainWindow::outboxShowsWhatTheCommandLineQueued()
{
    QTemporaryDir outbox;
    qputenv("STAMP_OUTBOX_DIR", outbox.path().toUtf8());
    const test::CliRun queued = test::runStamp(
        {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
         QStringLiteral("1"), QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
         QStringLiteral("me@example.com"), QStringLiteral("--to"), QStringLiteral("you@example.net"),
         QStringLiteral("--subject"), QStringLiteral("Queued from the command line"), QStringLiteral("--body"),
         QStringLiteral("later"), QStringLiteral("--at"), QStringLiteral("+1h")},
        {}, {{QStringLiteral("STAMP_OUTBOX_DIR"), outbox.path()}});
    QVERIFY2(queued.exitCode == 0, queued.err.constData());

    MainWindow window;
    QVERIFY(window.startSandbox());
    auto *view = window.findChild<OutboxView *>();
    QVERIFY(view);
    QCOMPARE(view->count(), 1);
    auto *details = window.findChild<QLabel *>(QStringLiteral("outboxDetails"));
    QVERIFY2(details->text().contains(QStringLiteral("you@example.net")), qPrintable(details->text()));
    QTimer::singleShot(200, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("outboxRemove")), Qt::LeftButton);
    QTRY_COMPARE(view->count(), 0);
    qunsetenv("STAMP_OUTBOX_DIR");
}

namespace {
// A message in `outbox` that failed with `failure` (facts only, as the
// engine stores them), for `account`.
OutboxRecord failedFor(Outbox &outbox, const Account &account, const QString &queuedAs, const QString &subject,
                       OutboxRecord::State state, const Failure &failure)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OutboxRecord draft;
    draft.from = account.email;
    draft.recipients = {{QStringLiteral("ann@example.com"), OutboxRecord::Recipient::Status::Pending, std::nullopt}};
    draft.subject = subject;
    draft.accountId = account.id;
    draft.account = queuedAs;
    draft.server = account.serverSettings();
    draft.notBefore = now.addSecs(3600);  // not sent while the window is open
    QString error;
    std::optional<OutboxRecord> record = outbox.enqueue(
        draft, [](QIODevice *device) { return device->write("Subject: x\r\n\r\nHello.\r\n") > 0 ? QString() : QStringLiteral("write"); },
        now, &error);
    if (!record)
        return {};
    record->state = state;
    record->attempts = 1;
    record->nextTry = now.addSecs(3600);
    record->lastResult = QJsonObject{{QStringLiteral("failure"), failure.toJson()}};
    outbox.save(*record, now);
    return *record;
}
}  // namespace

void TestMainWindow::commandLineAndWindowAgree()
{
    // One outbox, read by `stamp outbox list --json` and by the window's
    // Outbox tab: the same account (by id, so a renamed account keeps its
    // messages) and the same explanation for each message.
    QTemporaryDir outboxDir;
    qputenv("STAMP_OUTBOX_DIR", outboxDir.path().toUtf8());
    AccountStore store;
    QVERIFY(store.load());
    Account office;
    office.id = Account::newId();
    office.name = QStringLiteral("office");
    office.email = QStringLiteral("ann@contoso.example");
    office.host = QStringLiteral("smtp.office365.com");
    office.port = 587;
    office.username = office.email;
    office.authMethod = sasl::AuthMethod::XOAuth2;
    office.oauthIssuer = QStringLiteral("login.microsoftonline.com");
    Account home;
    home.id = Account::newId();
    home.name = QStringLiteral("home-now");  // renamed since it queued as "home"
    home.email = QStringLiteral("ann@home.example");
    home.host = QStringLiteral("127.0.0.1");
    home.port = 9;
    home.security = SecurityMode::None;
    home.authMethod = sasl::AuthMethod::None;
    QCOMPARE(store.add(office), QString());
    QCOMPARE(store.add(home), QString());
    // The command line keeps its accounts under its own name: the same ones there.
    AccountStore cliStore(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/Stamp/stamp/accounts.json"));
    QVERIFY(cliStore.load());
    QCOMPARE(cliStore.add(office), QString());
    QCOMPARE(cliStore.add(home), QString());

    Outbox outbox(outboxDir.path());
    QCOMPARE(outbox.open(), QString());
    Failure tenant;
    tenant.phase = Phase::Auth;
    Reply refused;
    refused.code = 535;
    EnhancedStatus::parse("5.7.139", &refused.enhanced);
    refused.lines = {"Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."};
    tenant.reply = refused;
    tenant.host = office.host;
    const OutboxRecord first = failedFor(outbox, office, office.name, QStringLiteral("Tenant says no"),
                                         OutboxRecord::State::Failed, tenant);
    Failure away;
    away.phase = Phase::Connect;
    away.fault = NetworkFault::ConnectionRefused;
    away.host = home.host;
    const OutboxRecord second = failedFor(outbox, home, QStringLiteral("home"), QStringLiteral("Server away"),
                                          OutboxRecord::State::Deferred, away);
    QVERIFY(!first.id.isEmpty() && !second.id.isEmpty());

    const test::CliRun listed = test::runStamp({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")},
                                               {}, {{QStringLiteral("STAMP_OUTBOX_DIR"), outboxDir.path()}});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QHash<QString, QJsonObject> cli;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("messages")).toArray())
        cli.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    QCOMPARE(cli.size(), 2);

    MainWindow window;
    auto *list = window.outboxView()->findChild<QTreeWidget *>(QStringLiteral("outboxList"));
    auto *details = window.outboxView()->findChild<QLabel *>(QStringLiteral("outboxDetails"));
    QCOMPARE(window.outboxView()->count(), 2);
    for (const OutboxRecord &record : {first, second}) {
        const QJsonObject fromCli = cli.value(record.id);
        window.outboxView()->selectMessage(record.id);
        const QTreeWidgetItem *row = list->currentItem();
        QVERIFY(row);
        QCOMPARE(row->text(1), record.subject);
        // Same account, by its name now.
        QCOMPARE(row->text(3), fromCli.value(QStringLiteral("accountName")).toString());
        // Same diagnosis: the window shows the explanation the command line names.
        const QJsonObject diagnosis = fromCli.value(QStringLiteral("diagnosis")).toObject();
        QVERIFY2(!diagnosis.isEmpty(), qPrintable(record.subject));
        const std::optional<Diagnosis> inApp = window.client()->explain(*window.client()->outbox().load(record.id));
        QVERIFY(inApp);
        QCOMPARE(inApp->id, diagnosis.value(QStringLiteral("id")).toString());
        QVERIFY2(details->text().contains(diagnosis.value(QStringLiteral("explanation")).toString().toHtmlEscaped()),
                 qPrintable(details->text()));
        // Same state.
        QCOMPARE(fromCli.value(QStringLiteral("state")).toString(),
                 window.client()->outbox().load(record.id)->toJson().value(QStringLiteral("state")).toString());
    }
    QCOMPARE(cli.value(second.id).value(QStringLiteral("accountName")).toString(), QStringLiteral("home-now"));
    QCOMPARE(cli.value(first.id).value(QStringLiteral("accountName")).toString(), QStringLiteral("office"));
    // An OAuth account is not told to switch to OAuth.
    QCOMPARE(cli.value(first.id).value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("auth.microsoft-oauth-smtp-off"));
    for (AccountStore *accounts : {&store, &cliStore}) {
        QCOMPARE(accounts->remove(office.name), QString());
        QCOMPARE(accounts->remove(home.name), QString());
    }
    qunsetenv("STAMP_OUTBOX_DIR");
}

void TestMainWindow::identitiesSignaturesAndServerLimit()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sandboxButton")), Qt::LeftButton);
    QVERIFY(window.sandbox() && window.sandbox()->isRunning());
    if (ComposeWindow *opened = window.findChild<ComposeWindow *>())
        opened->close();
    const int before = window.sandbox()->messages().size();

    SendTarget target;
    // A server given as it is (no saved account), through the window's
    // outbox like every message.
    target.name = QStringLiteral("two identities");
    target.identities = {
        Identity{QStringLiteral("Ann Work"), QStringLiteral("ann@work.example"), QStringLiteral("desk@work.example"),
                 QStringLiteral("Ann\nWork Ltd")},
        Identity{QStringLiteral("Ann, at home"), QStringLiteral("ann@home.example"), {}, QStringLiteral("Ann at home")},
    };
    target.server.host = QStringLiteral("127.0.0.1");
    target.server.port = window.sandbox()->port();
    target.server.security = SecurityMode::None;

    auto *compose = new ComposeWindow(target, nullptr);
    compose->setClient(window.client());
    compose->show();
    QVERIFY(QTest::qWaitForWindowExposed(compose));
    auto *from = compose->findChild<QComboBox *>(QStringLiteral("fromCombo"));
    auto *body = compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    QCOMPARE(from->count(), 2);
    QCOMPARE(from->currentText(), QStringLiteral("Ann Work <ann@work.example>"));
    // The name with a comma is quoted so it reads back as one mailbox.
    QCOMPARE(from->itemText(1), QStringLiteral("\"Ann, at home\" <ann@home.example>"));
    // The signature comes with the identity, under its "-- " line, and on
    // its own it is not unsent work.
    QCOMPARE(body->toPlainText(), QStringLiteral("\n\n-- \nAnn\nWork Ltd"));
    QVERIFY(!compose->hasUnsentContent());
    from->setCurrentIndex(1);
    QCOMPARE(body->toPlainText(), QStringLiteral("\n\n-- \nAnn at home"));
    QTest::keyClicks(body, QStringLiteral("Words first."));
    from->setCurrentIndex(0);
    QCOMPARE(body->toPlainText(), QStringLiteral("Words first.\n\n-- \nAnn\nWork Ltd"));

    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Signed"));
    QSignalSpy sent(compose, &ComposeWindow::sent);
    compose->send();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QTRY_COMPARE(window.sandbox()->messages().size(), before + 1);
    const QByteArray content = window.sandbox()->messages().last().content;
    QVERIFY2(content.contains("From: Ann Work <ann@work.example>\r\n"), content.constData());
    QVERIFY(content.contains("Reply-To: desk@work.example\r\n"));
    QVERIFY(content.contains("Words first.\r\n\r\n-- \r\nAnn\r\nWork Ltd"));

    // That session taught the app the server's SIZE: the next composer
    // shows attachments against it and refuses to upload a message over it.
    QTemporaryDir files;
    QFile big(files.filePath(QStringLiteral("video.mp4")));
    QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(51 * 1024 * 1024));
    big.close();
    auto *second = new ComposeWindow(target, nullptr);
    second->setClient(window.client());
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second));
    QCOMPARE(second->attachments()->serverLimit(), SandboxServer::kMaxMessageSize);
    QVERIFY(second->attachments()->addFiles({big.fileName()}).isEmpty());
    QVERIFY(second->attachments()->exceedsServerLimit());
    auto *total = second->findChild<QLabel *>(QStringLiteral("attachmentTotal"));
    QVERIFY2(total->text().contains(QStringLiteral("127.0.0.1 accepts")), qPrintable(total->text()));
    QTest::keyClicks(second->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    second->send();
    auto *problem = second->findChild<QLabel *>(QStringLiteral("problemBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
    QVERIFY2(problem->text().contains(QStringLiteral("too large")), qPrintable(problem->text()));
    QVERIFY(!second->isSending());
    QCOMPARE(window.sandbox()->messages().size(), before + 1);  // nothing uploaded
    test::saveShots(second, QStringLiteral("compose-too-large"));
    second->setAttribute(Qt::WA_DeleteOnClose, false);
    delete second;
}

void TestMainWindow::desktopManners()
{
    // The icon is compiled in and drawable (Qt's SVG icon engine).
    const QIcon icon(QStringLiteral(":/icons/stamp.svg"));
    QVERIFY(!icon.isNull());
    const QImage drawn = icon.pixmap(64, 64).toImage();
    QCOMPARE(drawn.size(), QSize(64, 64));
    QVERIFY(drawn.pixelColor(32, 20).alpha() > 0);

    // The window comes back where and as big as the person left it.
    {
        MainWindow window;
        QVERIFY(!window.windowIcon().isNull());
        window.resize(900, 610);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 610));

    // A send that ends while the person is elsewhere is announced.
    QSignalSpy notified(again.notifier(), &Notifier::notified);
    again.notifier()->notify(QStringLiteral("Message sent"), QStringLiteral("Report (sent)"));
    QCOMPARE(notified.count(), 1);
    QCOMPARE(again.notifier()->lastTitle(), QStringLiteral("Message sent"));
}

namespace {
// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
}  // namespace

void TestMainWindow::readableInDarkPalette()
{
    const QPalette original = QApplication::palette();
    const QPalette dark = test::darkPalette();
    QApplication::setPalette(dark);
    for (const QPalette &palette : {original, dark}) {
        QApplication::setPalette(palette);
        const QColor window = palette.color(QPalette::Window);
        const QColor base = palette.color(QPalette::Base);
        for (const QColor &colour : {colours::problem(), colours::warning(), colours::success()}) {
            QVERIFY2(contrast(colour, window) >= 4.5, qPrintable(colour.name() + QLatin1Char('/') + window.name()));
        }
        // The session log's client, server, TLS and error lines on its background.
        SessionLogModel model;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (TranscriptEvent::Kind kind : {TranscriptEvent::Kind::Client, TranscriptEvent::Kind::Server,
                                           TranscriptEvent::Kind::Tls, TranscriptEvent::Kind::Error})
            model.append({now, kind, QStringLiteral("line")});
        model.flush();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant brush = model.data(model.index(row, SessionLogModel::TextColumn), Qt::ForegroundRole);
            if (brush.isValid())
                QVERIFY2(contrast(brush.value<QBrush>().color(), base) >= 4.5, qPrintable(QString::number(row)));
        }
    }
    QApplication::setPalette(dark);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sandboxButton")), Qt::LeftButton);
    ComposeWindow *compose = window.findChild<ComposeWindow *>();
    QVERIFY(compose);
    QVERIFY(QTest::qWaitForWindowExposed(compose));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("ann@"));
    compose->attachments()->addFiles({QStringLiteral("/nonexistent/report.pdf")});
    test::saveShots(compose, QStringLiteral("compose-opened-dark"));
    test::saveShots(&window, QStringLiteral("main-opened-dark"));
    compose->setAttribute(Qt::WA_DeleteOnClose, false);
    delete compose;
    QApplication::setPalette(original);
}

void TestMainWindow::languageChosenInTheViewMenu()
{
    MainWindow window;
    window.show();
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    // Every shipped language, named in itself, after the system's.
    QStringList names;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            names << action->text();
    QCOMPARE(names.mid(1), QStringList({ QStringLiteral("English"), QStringLiteral("Deutsch"),
                                         QString::fromUtf8("Español"), QString::fromUtf8("Français") }));
    QVERIFY(names.first().startsWith(QStringLiteral("System language")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("language-system"))->isChecked());

    QString told;
    QTimer::singleShot(200, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    menu->findChild<QAction *>(QStringLiteral("language-de"))->trigger();
    QVERIFY2(told.contains(QStringLiteral("Deutsch")) && told.contains(QStringLiteral("next time")), qPrintable(told));
    QCOMPARE(stamp::languagePreference(), QStringLiteral("de"));
    // The app speaks it from the next start; the command line keeps
    // following the environment.
    QCOMPARE(stamp::effectiveLocale(stamp::LanguageSource::PersonsChoice).language(), QLocale::German);
    QCOMPARE(stamp::effectiveLocale(stamp::LanguageSource::Environment).language(), QLocale::system().language());
    {
        MainWindow again;
        auto *reopened = again.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(reopened->findChild<QAction *>(QStringLiteral("language-de"))->isChecked());
    }
    QTimer::singleShot(200, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    menu->findChild<QAction *>(QStringLiteral("language-system"))->trigger();
    QCOMPARE(stamp::languagePreference(), QString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
