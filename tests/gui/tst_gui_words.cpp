// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What the desktop app says, read as a person reads it: no command-line
// flags or commands anywhere in the windows, Outbox states in everyday
// words, a log counter that counts what is shown, a server page that waits
// for input before it complains, and subjects in the sandbox's inbox as
// they were written (RFC 2047 decoded). Real peer: the built-in sandbox.

#include "Screenshots.h"
#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "AppFixture.h"
#include "ComposeWindow.h"
#include "MainWindow.h"
#include "OutboxView.h"
#include "SandboxInboxView.h"
#include "SessionLogModel.h"
#include "SessionLogView.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "outbox/Outbox.h"
#include "sandbox/SandboxServer.h"
#include "smtp/Failure.h"
#include "smtp/SubmissionBatch.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>

using namespace stamp;
using namespace stamp::ui;

class TestGuiWords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noCommandLineInAnyWindow();
    void outboxStatesInWords();
    void outboxCertificateAdviceNamesButtons();
    void logCounterCountsWhatIsShown();
    void serverPageWaitsForInput();
    void sandboxInboxDecodesSubjects();
    void identitiesListLinesUp();

private:
    test::AppFixture m_app;
    SandboxServer m_sandbox;
};

namespace {
// Every piece of text a widget can show or speak.
QStringList textsOf(QWidget *widget)
{
    QStringList texts = { widget->toolTip(), widget->statusTip(), widget->whatsThis(),
        widget->accessibleName(), widget->accessibleDescription() };
    if (widget->isWindow())
        texts << widget->windowTitle();
    if (auto *label = qobject_cast<QLabel *>(widget))
        texts << label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        texts << button->text();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        texts << edit->text() << edit->placeholderText();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        texts << edit->placeholderText();
    if (auto *edit = qobject_cast<QTextEdit *>(widget))
        texts << edit->placeholderText();
    if (auto *box = qobject_cast<QGroupBox *>(widget))
        texts << box->title();
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i) << tabs->tabToolTip(i);
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
        const QAbstractItemModel *model = view->model();
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString();
        for (int row = 0; row < qMin(model->rowCount(), 200); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
            }
        }
    }
    for (const QAction *action : widget->actions())
        texts << action->text() << action->toolTip() << action->statusTip() << action->whatsThis();
    return texts;
}

// "objectName: text" for every text under `root` that names a command-line
// flag ("--at") or a command ("stamp outbox flush").
QStringList commandLineIn(QWidget *root)
{
    static const QRegularExpression flag(QStringLiteral("--[a-z]"));
    static const QRegularExpression command(QStringLiteral("(^|[^A-Za-z])stamp [a-z]"));
    QStringList hits;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        for (const QString &text : textsOf(widget)) {
            if (flag.match(text).hasMatch() || command.match(text).hasMatch())
                hits << QStringLiteral("%1 (%2): %3")
                            .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                                text);
        }
    }
    for (const QAction *action : root->findChildren<QAction *>()) {
        for (const QString &text : { action->text(), action->toolTip(), action->statusTip() }) {
            if (flag.match(text).hasMatch() || command.match(text).hasMatch())
                hits << QStringLiteral("action %1: %2").arg(action->objectName(), text);
        }
    }
    return hits;
}

OutboxRecord queue(Outbox &outbox, const QString &subject, const QDateTime &now)
{
    OutboxRecord draft;
    draft.from = QStringLiteral("me@example.com");
    draft.recipients
        = { { QStringLiteral("ann@example.com"), OutboxRecord::Recipient::Status::Pending, std::nullopt } };
    draft.subject = subject;
    draft.server.host = QStringLiteral("127.0.0.1");
    draft.server.port = 1;
    draft.server.security = SecurityMode::None;
    QString error;
    const std::optional<OutboxRecord> record = outbox.enqueue(
        draft,
        [subject](QIODevice *device) {
            device->write(QByteArrayLiteral("Subject: ") + subject.toUtf8() + "\r\n\r\nHello.\r\n");
            return QString();
        },
        now, &error);
    if (!record)
        qWarning("enqueue: %s", qPrintable(error));
    return record.value_or(OutboxRecord());
}
} // namespace

void TestGuiWords::initTestCase()
{
    qRegisterMetaType<stamp::ui::ComposeWindow *>();
    const QString app = m_app.start(QStringLiteral("stamp-gui-words-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    QVERIFY(m_sandbox.start());
}

void TestGuiWords::cleanupTestCase()
{
    m_app.stop();
}

void TestGuiWords::noCommandLineInAnyWindow()
{
    AccountStore store;
    store.load();
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("local");
    account.displayName = QStringLiteral("Test Person");
    account.email = QStringLiteral("me@example.com");
    account.identities = { Identity { account.displayName, account.email, {}, {} } };
    account.host = QStringLiteral("127.0.0.1");
    account.port = m_sandbox.port();
    account.security = SecurityMode::None;
    account.authMethod = sasl::AuthMethod::None;
    QCOMPARE(store.add(account), QString());

    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectAccount(QStringLiteral("local"));
    window.findChild<QTabWidget *>()->setCurrentWidget(window.outboxView());
    test::saveShots(&window, QStringLiteral("main-outbox-empty"));
    // The main window with its Sent, Drafts, Outbox and Past sessions tabs
    // (the Outbox empty, so its "nothing is waiting" text shows).
    QCOMPARE(window.outboxView()->count(), 0);
    QStringList hits = commandLineIn(&window);

    // The composer for the account (through the outbox: Send later).
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    window.compose();
    QVERIFY(!opened.isEmpty() || opened.wait(20000));
    QPointer<ComposeWindow> compose = opened.first().first().value<ComposeWindow *>();
    QVERIFY(compose);
    QVERIFY(QTest::qWaitForWindowExposed(compose));
    QTest::keyClicks(
        compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("ann@example.com"));
    hits << commandLineIn(compose);

    // The Send later dialog, read while it is open, then cancelled.
    bool sawDialog = false;
    QTimer::singleShot(300, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        dialog->grab().save(
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-send-later.png"));
        hits << commandLineIn(dialog);
        dialog->reject();
    });
    auto *later = compose->findChild<QPushButton *>(QStringLiteral("sendLaterButton"));
    QVERIFY(later && later->isVisible() && later->isEnabled());
    QTest::mouseClick(later, Qt::LeftButton);
    QVERIFY(sawDialog);
    compose->setAttribute(Qt::WA_DeleteOnClose, false);
    delete compose;

    // Account settings, every tab.
    QPointer<AccountSettingsDialog> settings = window.openAccountSettings();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    test::saveShots(settings, QStringLiteral("account-settings"));
    hits << commandLineIn(settings);
    settings->reject();
    delete settings;

    // The account wizard: its pages are its children from the start, so
    // every page is read, the account name's tooltip included.
    {
        SecretStore secrets;
        AccountWizard wizard(&store, &secrets);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *accountName = wizard.findChild<QLineEdit *>(QStringLiteral("accountNameEdit"));
        QVERIFY(accountName && !accountName->toolTip().isEmpty());
        hits << commandLineIn(&wizard);
    }

    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestGuiWords::outboxStatesInWords()
{
    Outbox outbox;
    QCOMPARE(outbox.open(), QString());
    for (const OutboxRecord &old : outbox.list())
        outbox.remove(old.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;

    OutboxRecord held = queue(outbox, QStringLiteral("Held one"), now);
    held.holdUntil = now.addSecs(8);
    outbox.save(held, now);
    OutboxRecord sending = queue(outbox, QStringLiteral("Sending one"), now);
    sending.state = OutboxRecord::State::Sending;
    outbox.save(sending, now);
    OutboxRecord waiting = queue(outbox, QStringLiteral("Waiting one"), now);
    waiting.state = OutboxRecord::State::Deferred;
    waiting.nextTry = now.addSecs(600);
    waiting.attempts = 1;
    waiting.reason = QStringLiteral("The server is busy");
    outbox.save(waiting, now);
    OutboxRecord later = queue(outbox, QStringLiteral("Later one"), now);
    later.notBefore = now.addSecs(2 * 3600);
    outbox.save(later, now);
    OutboxRecord refused = queue(outbox, QStringLiteral("Refused one"), now);
    refused.state = OutboxRecord::State::Failed;
    refused.reason = QStringLiteral("The server refused the sender");
    outbox.save(refused, now);
    OutboxRecord unsure = queue(outbox, QStringLiteral("Unsure one"), now);
    unsure.state = OutboxRecord::State::Uncertain;
    unsure.reason = QStringLiteral("The connection broke at the end");
    outbox.save(unsure, now);

    OutboxView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.count(), 6);
    auto *list = view.findChild<QTreeWidget *>(QStringLiteral("outboxList"));
    auto *details = view.findChild<QLabel *>(QStringLiteral("outboxDetails"));
    QVERIFY(list && details);
    const auto stateOf = [list](const QString &subject) {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(1) == subject)
                return list->topLevelItem(i)->text(0);
        }
        return QString();
    };
    const auto shortWhen = [&locale](const QDateTime &utc) {
        return locale.toString(utc.toLocalTime().time(), QLocale::ShortFormat);
    };
    QVERIFY2(stateOf(QStringLiteral("Waiting one")).startsWith(QStringLiteral("Waiting to retry")),
        qPrintable(stateOf(QStringLiteral("Waiting one"))));
    QVERIFY(stateOf(QStringLiteral("Waiting one")).contains(shortWhen(waiting.nextTry)));
    QCOMPARE(stateOf(QStringLiteral("Sending one")), QStringLiteral("Sending"));
    QVERIFY2(stateOf(QStringLiteral("Later one")).startsWith(QStringLiteral("Scheduled for")),
        qPrintable(stateOf(QStringLiteral("Later one"))));
    QVERIFY(stateOf(QStringLiteral("Later one")).contains(shortWhen(later.notBefore)));
    QCOMPARE(stateOf(QStringLiteral("Refused one")), QStringLiteral("Not sent"));
    QCOMPARE(stateOf(QStringLiteral("Unsure one")), QStringLiteral("Not confirmed"));
    // The undo hold counts down, second by second.
    static const QRegularExpression heldFor(QStringLiteral("^Held for (\\d+) s$"));
    const QRegularExpressionMatch first = heldFor.match(stateOf(QStringLiteral("Held one")));
    QVERIFY2(first.hasMatch(), qPrintable(stateOf(QStringLiteral("Held one"))));
    const int start = first.captured(1).toInt();
    QVERIFY(start > 0 && start <= 8);
    QTRY_VERIFY_WITH_TIMEOUT(
        heldFor.match(stateOf(QStringLiteral("Held one"))).captured(1).toInt() <= start - 2, 4000);

    // No internal identifier as a state: not in the list, not in the
    // details (whose first, bold, words are the state).
    static const QRegularExpression identifier(
        QStringLiteral("\\b(queued|sending|deferred|failed|uncertain)\\b"));
    static const QRegularExpression boldState(QStringLiteral("^<b>([^<]*)</b>"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        list->setCurrentItem(list->topLevelItem(i));
        QVERIFY2(!identifier.match(list->topLevelItem(i)->text(0)).hasMatch(),
            qPrintable(list->topLevelItem(i)->text(0)));
        const QRegularExpressionMatch state = boldState.match(details->text());
        QVERIFY2(state.hasMatch(), qPrintable(details->text()));
        static const QRegularExpression digits(QStringLiteral("\\d+")); // a countdown may tick in between
        QCOMPARE(
            state.captured(1).remove(digits), list->topLevelItem(i)->text(0).toHtmlEscaped().remove(digits));
    }
    test::saveShots(&view, QStringLiteral("outbox-states"));
    for (const OutboxRecord &record : outbox.list())
        outbox.remove(record.id);
}

void TestGuiWords::outboxCertificateAdviceNamesButtons()
{
    // A message refused for a self-signed certificate: the Outbox tells
    // what to do with the app's buttons, where the command line would name
    // --pin-sha256 and --ca-file.
    Outbox outbox;
    QCOMPARE(outbox.open(), QString());
    for (const OutboxRecord &old : outbox.list())
        outbox.remove(old.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OutboxRecord refused = queue(outbox, QStringLiteral("Certificate one"), now);
    Failure failure;
    failure.phase = Phase::Tls;
    failure.fault = NetworkFault::CertificateRejected;
    failure.host = refused.server.host;
    failure.tlsErrors = { QSslError::SelfSignedCertificate };
    refused.state = OutboxRecord::State::Failed;
    refused.reason = QStringLiteral("The server's certificate is self-signed");
    refused.lastResult = QJsonObject { { QStringLiteral("failure"), failure.toJson() } };
    outbox.save(refused, now);

    OutboxView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *list = view.findChild<QTreeWidget *>(QStringLiteral("outboxList"));
    auto *details = view.findChild<QLabel *>(QStringLiteral("outboxDetails"));
    QVERIFY(list && details);
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    const QString text = details->text();
    QVERIFY2(text.contains(QStringLiteral("Review certificate...")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Trust CA file")), qPrintable(text));
    const QStringList hits = commandLineIn(&view);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    for (const OutboxRecord &record : outbox.list())
        outbox.remove(record.id);
}

void TestGuiWords::logCounterCountsWhatIsShown()
{
    SessionLogModel model;
    SessionLogView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 10; ++i) {
        TranscriptEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.kind = i == 9 ? TranscriptEvent::Kind::Error
                            : (i % 2 ? TranscriptEvent::Kind::Client : TranscriptEvent::Kind::Server);
        event.text = QStringLiteral("250 line %1").arg(i);
        model.append(event);
    }
    model.flush();
    QLabel *count = nullptr;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("line")))
            count = label;
    }
    QVERIFY(count);
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("10 ")), qPrintable(count->text()));
    // Narrowed by the search: the counter follows.
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("logSearch"));
    search->setText(QStringLiteral("line 7"));
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("1 ")), qPrintable(count->text()));
    search->clear();
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("10 ")), qPrintable(count->text()));
    // Narrowed by kind.
    auto *kinds = view.findChild<QComboBox *>(QStringLiteral("logKinds"));
    kinds->setCurrentIndex(kinds->count() - 1); // problems only
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("1 ")), qPrintable(count->text()));
    kinds->setCurrentIndex(1); // commands and replies
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("9 ")), qPrintable(count->text()));
}

void TestGuiWords::serverPageWaitsForInput()
{
    AccountStore store;
    store.load();
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    wizard.setStartId(AccountWizard::ServerPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("serverError"));
    auto *host = wizard.findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    QVERIFY(error && host);
    // Nothing typed yet: nothing is wrong yet (Next simply waits).
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    test::saveShots(&wizard, QStringLiteral("server-page-empty"));
    QVERIFY(!error->isVisible());
    // Typed and wrong: now it says so.
    QTest::keyClicks(host, QStringLiteral("smtp example"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not a host name")), qPrintable(error->text()));
}

void TestGuiWords::sandboxInboxDecodesSubjects()
{
    const int before = m_sandbox.messages().size();
    // Encoded words in two charsets and both encodings, folded over two
    // lines (RFC 2047 §2, §4.1, §4.2; RFC 5322 §2.2.3). The space between
    // two encoded words is not text (§6.2): the one wanted is encoded.
    const QByteArray message = "From: me@example.com\r\n"
                               "To: ann@example.com\r\n"
                               "Subject: =?UTF-8?B?R3LDvMOfZQ==?= =?ISO-8859-1?Q?_aus_K=F6ln?=\r\n"
                               " und =?utf-8?q?Z=C3=BCrich?=\r\n"
                               "\r\n"
                               "Hello.\r\n";
    QBuffer body;
    body.setData(message);
    QVERIFY(body.open(QIODevice::ReadOnly));
    SubmissionBatch batch;
    ServerSettings server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = m_sandbox.port();
    server.security = SecurityMode::None;
    batch.setServer(server);
    OutgoingMessage outgoing;
    outgoing.from = QStringLiteral("me@example.com");
    outgoing.recipients = { QStringLiteral("ann@example.com") };
    outgoing.body = &body;
    QSignalSpy finished(&batch, &SubmissionBatch::finished);
    batch.start({ outgoing });
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(m_sandbox.messages().size(), before + 1);

    SandboxInboxView view(&m_sandbox);
    auto *list = view.findChild<QListWidget *>(QStringLiteral("sandboxList"));
    QVERIFY(list);
    QCOMPARE(list->count(), before + 1);
    const QString shown = list->item(list->count() - 1)->text();
    QVERIFY2(shown.endsWith(QStringLiteral("Grüße aus Köln und Zürich")), qPrintable(shown));
    // The raw view keeps the bytes as they came.
    view.show();
    QVERIFY(view.findChild<QPlainTextEdit *>(QStringLiteral("sandboxRaw"))
                ->toPlainText()
                .contains(QStringLiteral("=?UTF-8?B?R3LDvMOfZQ==?=")));
    test::saveShots(&view, QStringLiteral("sandbox-inbox"));
}

void TestGuiWords::identitiesListLinesUp()
{
    AccountStore store;
    store.load();
    SecretStore secrets;
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("aliases");
    account.displayName = QStringLiteral("Ann Example");
    account.email = QStringLiteral("ann@example.com");
    account.identities = { Identity { account.displayName, account.email, {}, {} },
        Identity { QStringLiteral("Ann at work"), QStringLiteral("ann@work.example"), {}, {} },
        Identity { QStringLiteral("Help desk"), QStringLiteral("help@work.example"), {}, {} } };
    account.host = QStringLiteral("smtp.example.com");
    account.port = 587;
    account.username = account.email;
    AccountSettingsDialog dialog(account, &store, &secrets);
    dialog.showTab(AccountSettingsDialog::IdentityTab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::saveShots(&dialog, QStringLiteral("account-identities"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("aliasList"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addAliasButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeAliasButton"));
    QVERIFY(list && add && remove);
    QCOMPARE(list->count(), 2);
    QLabel *label = nullptr;
    for (QLabel *candidate : dialog.findChildren<QLabel *>()) {
        if (candidate->buddy() == list)
            label = candidate;
    }
    QVERIFY(label);
    const auto top = [&dialog](QWidget *widget) { return widget->mapTo(&dialog, QPoint(0, 0)).y(); };
    const auto bottom
        = [&dialog](QWidget *widget) { return widget->mapTo(&dialog, QPoint(0, widget->height())).y(); };
    for (const QSize &size : { QSize(800, 600), QSize(1366, 800), QSize(680, 540) }) {
        dialog.resize(size);
        QTest::qWait(50);
        const QString at = QStringLiteral("%1x%2: ").arg(size.width()).arg(size.height());
        // The list starts level with its buttons, and reaches down as far
        // as they do; its label sits on its first line.
        QVERIFY2(qAbs(top(list) - top(add)) <= 2,
            qPrintable(at + QStringLiteral("list top %1, buttons top %2").arg(top(list)).arg(top(add))));
        QVERIFY2(bottom(list) >= bottom(remove) - 2,
            qPrintable(at
                + QStringLiteral("list bottom %1, buttons bottom %2").arg(bottom(list)).arg(bottom(remove))));
        QVERIFY2(top(label) >= top(list) - 2 && top(label) < top(list) + list->sizeHintForRow(0),
            qPrintable(at + QStringLiteral("label top %1, list top %2").arg(top(label)).arg(top(list))));
    }
}

QTEST_MAIN(TestGuiWords)
#include "tst_gui_words.moc"
