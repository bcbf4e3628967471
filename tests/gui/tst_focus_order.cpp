// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The windows as the keyboard and a screen reader meet them: Tab goes
// through the composer, the wizard's server page and the account settings
// in the order they are drawn (top to bottom, left to right in a row), and
// every widget Tab can reach in any window has a name that assistive
// technology reads (QAccessible, what the AT-SPI bridge exports). The
// AT-SPI side itself is tests/gui/atspi/. Real peer: the built-in sandbox.

#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "AppFixture.h"
#include "CertificateDialog.h"
#include "ComposeWindow.h"
#include "DiscoveryDoubles.h"
#include "DraftsView.h"
#include "MainWindow.h"
#include "OutboxView.h"
#include "PasswordDialog.h"
#include "SentView.h"
#include "WelcomePage.h"
#include "accounts/AccountStore.h"
#include "accounts/Autodetect.h"
#include "accounts/SecretStore.h"
#include "client/MailClient.h"
#include "sandbox/SandboxServer.h"

#include <QAccessible>
#include <QApplication>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTest>

using namespace stamp;
using namespace stamp::ui;

class TestFocusOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void welcomeAndListsNamed(); // first: before any account exists
    void composerInVisualOrder();
    void serverPageInVisualOrder();
    void accountSettingsInVisualOrder();
    void everyWizardPageNamed();
    void certificateAndPasswordDialogsNamed();
    void sendingIsAnnounced();

private:
    Account addLocalAccount();

    test::AppFixture m_app;
    SandboxServer m_sandbox;
};

namespace {
// What Tab can land on inside `window`, as QWidget::focusNextPrevChild
// decides: enabled, shown, takes focus by Tab and not handing it on.
bool tabStop(QWidget *w, QWidget *window)
{
    return w != window && w->window() == window && w->isVisible() && w->isEnabled()
        && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

QString describe(QWidget *w)
{
    const QRect r(w->mapToGlobal(QPoint(0, 0)), w->size());
    return QStringLiteral("%1 (%2) at %3,%4 %5x%6")
        .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

// Every widget under `window` that Tab may land on.
QList<QWidget *> allTabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (tabStop(w, window))
            stops << w;
    }
    return stops;
}

// The Tab stops in the order Tab visits them, once round the chain from
// the one drawn first (top-most, then left-most). The walk starts where
// focus is (Tab goes on from there), else at the window.
QList<QWidget *> tabStops(QWidget *window)
{
    QWidget *start = window->focusWidget() ? window->focusWidget() : window;
    QList<QWidget *> stops;
    QWidget *w = start;
    for (int guard = 0; guard < 5000; ++guard) {
        if (tabStop(w, window) && !stops.contains(w))
            stops << w;
        w = w->nextInFocusChain();
        if (w == start)
            break;
    }
    if (stops.isEmpty())
        return stops;
    const auto drawnBefore = [](QWidget *a, QWidget *b) {
        const QPoint pa = a->mapToGlobal(QPoint(0, 0));
        const QPoint pb = b->mapToGlobal(QPoint(0, 0));
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    };
    const auto first = std::min_element(stops.begin(), stops.end(), drawnBefore);
    std::rotate(stops.begin(), first, stops.end());
    return stops;
}

// Empty when each next stop is below the one before or on the same row
// and to its right; else the pairs that go back up or left.
QStringList outOfOrder(QWidget *window)
{
    const QList<QWidget *> stops = tabStops(window);
    QStringList problems;
    for (int i = 1; i < stops.size(); ++i) {
        const QRect a(stops.at(i - 1)->mapToGlobal(QPoint(0, 0)), stops.at(i - 1)->size());
        const QRect b(stops.at(i)->mapToGlobal(QPoint(0, 0)), stops.at(i)->size());
        // One row: the two overlap by most of the shorter one's height
        // (a button beside a line edit is a few pixels taller).
        const int overlap = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
        const bool sameRow = overlap > qMin(a.height(), b.height()) / 2;
        const bool fine = sameRow ? b.left() > a.left() : b.top() > a.top();
        if (!fine)
            problems << describe(stops.at(i - 1)) + QStringLiteral(" -> ") + describe(stops.at(i));
    }
    if (stops.size() < 2)
        problems << QStringLiteral("only %1 tab stops found").arg(stops.size());
    // A widget off the chain is one Tab never reaches.
    for (QWidget *w : allTabStops(window)) {
        if (!stops.contains(w))
            problems << QStringLiteral("not reached by Tab: ") + describe(w);
    }
    if (!problems.isEmpty()) {
        QStringList order;
        for (QWidget *w : stops)
            order << describe(w);
        problems << QStringLiteral("\n  Tab goes: ") + order.join(QStringLiteral("\n    "));
    }
    return problems;
}

// The Tab stops under `window` with no accessible name (what a screen
// reader says when focus lands there).
QStringList unnamed(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : allTabStops(window)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(w);
    }
    return problems;
}

// Tab order and names of one window, reported together.
#define VERIFY_WINDOW(window, order)                                                                         \
    do {                                                                                                     \
        const QStringList names = unnamed(window);                                                           \
        QVERIFY2(names.isEmpty(),                                                                            \
            qPrintable(QStringLiteral("no accessible name: ") + names.join(QStringLiteral("; "))));          \
        if (order) {                                                                                         \
            const QStringList wrong = outOfOrder(window);                                                    \
            QVERIFY2(wrong.isEmpty(),                                                                        \
                qPrintable(QStringLiteral("out of visual order: ") + wrong.join(QStringLiteral("; "))));     \
        }                                                                                                    \
    } while (false)
} // namespace

void TestFocusOrder::initTestCase()
{
    qRegisterMetaType<stamp::ui::ComposeWindow *>();
    const QString app = m_app.start(QStringLiteral("stamp-focus-order-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    QVERIFY(m_sandbox.start());
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    // The queryAccessibleInterface() answers below are what the platform
    // bridge exports; without a screen reader Qt would not build them.
    QAccessible::setActive(true);
}

void TestFocusOrder::cleanupTestCase()
{
    m_app.stop();
}

Account TestFocusOrder::addLocalAccount()
{
    AccountStore store;
    store.load();
    if (const std::optional<Account> known = store.find(QStringLiteral("local")))
        return *known;
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
    store.add(account);
    return account;
}

void TestFocusOrder::composerInVisualOrder()
{
    MailClient client;
    client.open();
    QStringListModel known;
    SendTarget target;
    target.name = QStringLiteral("Sandbox");
    target.fromAddress = QStringLiteral("me@example.com");
    target.server.host = QStringLiteral("127.0.0.1");
    target.server.port = m_sandbox.port();
    target.server.security = SecurityMode::None;
    QPointer<ComposeWindow> compose = new ComposeWindow(target, &known);
    compose->setClient(&client);
    compose->show();
    QVERIFY(QTest::qWaitForWindowExposed(compose));
    // With a recipient, so Send can be reached.
    QTest::keyClicks(
        compose->findChild<QWidget *>(QStringLiteral("toEdit")), QStringLiteral("ann@example.com"));
    VERIFY_WINDOW(compose.data(), true);
    // The first stop is where the window starts: the To field.
    const QList<QWidget *> stops = tabStops(compose);
    QVERIFY(stops.contains(compose->findChild<QWidget *>(QStringLiteral("toEdit"))));
    QCOMPARE(stops.last()->objectName(), QStringLiteral("sendButton"));
    delete compose;
}

void TestFocusOrder::serverPageInVisualOrder()
{
    AccountStore store;
    store.load();
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    wizard.setStartId(AccountWizard::ServerPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    VERIFY_WINDOW(&wizard, true);
}

void TestFocusOrder::accountSettingsInVisualOrder()
{
    addLocalAccount();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectAccount(QStringLiteral("local"));
    QPointer<AccountSettingsDialog> dialog = window.openAccountSettings();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *tabs = dialog->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString tab = tabs->tabText(i);
        qInfo("tab %s", qPrintable(tab));
        VERIFY_WINDOW(dialog.data(), true);
    }
    dialog->reject();
    delete dialog;
}

void TestFocusOrder::everyWizardPageNamed()
{
    AccountStore store;
    store.load();
    SecretStore secrets;
    {
        // The way a person goes: a Gmail address finds its preset (no
        // network: the catalogue answers), then Google's sign-in, then its
        // app password instead.
        AccountWizard wizard(&store, &secrets);
        test::FakeDnsResolver dns;
        wizard.autodetect()->setResolver(&dns);
        wizard.autodetect()->setAutoconfigUrls({});
        wizard.autodetect()->setProbeTargets({});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        VERIFY_WINDOW(&wizard, true);
        QTest::keyClicks(
            wizard.findChild<QWidget *>(QStringLiteral("emailEdit")), QStringLiteral("someone@gmail.com"));
        QTest::keyClicks(
            wizard.findChild<QWidget *>(QStringLiteral("displayNameEdit")), QStringLiteral("Some One"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::DiscoveryPageId));
        auto *candidates = wizard.findChild<QListWidget *>(QStringLiteral("candidateList"));
        QVERIFY(candidates);
        QTRY_VERIFY(candidates->count() >= 1);
        VERIFY_WINDOW(&wizard, false);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
        VERIFY_WINDOW(&wizard, true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::SignInPageId));
        VERIFY_WINDOW(&wizard, false);
        auto *appPassword = wizard.findChild<QPushButton *>(QStringLiteral("useAppPasswordButton"));
        QVERIFY(appPassword);
        appPassword->click();
        QCOMPARE(wizard.currentId(), int(AccountWizard::PasswordPageId));
        VERIFY_WINDOW(&wizard, false);
    }
    // The last page checks the connection: shown on its own, with nothing
    // to connect to.
    AccountWizard wizard(&store, &secrets);
    wizard.setStartId(AccountWizard::TestPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    VERIFY_WINDOW(&wizard, false);
}

void TestFocusOrder::welcomeAndListsNamed()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<WelcomePage *>();
    QVERIFY(welcome);
    // Nowhere to send yet: the welcome page is what the window shows.
    QVERIFY(welcome->isVisible());
    VERIFY_WINDOW(&window, true);
    addLocalAccount();
    MainWindow work;
    work.show();
    QVERIFY(QTest::qWaitForWindowExposed(&work));
    auto *tabs = work.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    for (QWidget *page : { static_cast<QWidget *>(work.findChild<SentView *>()),
             static_cast<QWidget *>(work.findChild<DraftsView *>()),
             static_cast<QWidget *>(work.outboxView()) }) {
        QVERIFY(page);
        tabs->setCurrentWidget(page);
        QCoreApplication::processEvents();
        qInfo("view %s", qPrintable(page->objectName()));
        VERIFY_WINDOW(&work, false);
    }
}

void TestFocusOrder::certificateAndPasswordDialogsNamed()
{
    TlsReport tls;
    tls.protocol = QStringLiteral("TLS 1.3");
    CertificateSummary peer;
    peer.subject = QStringLiteral("CN=smtp.example.com");
    peer.issuer = QStringLiteral("CN=Example CA");
    peer.sha256 = QString(64, QLatin1Char('a'));
    tls.peer = peer;
    tls.chain = { peer };
    CertificateDialog certificate(QStringLiteral("smtp.example.com"), QStringLiteral("work"), tls);
    certificate.show();
    QVERIFY(QTest::qWaitForWindowExposed(&certificate));
    VERIFY_WINDOW(&certificate, true);
    // What pinning means is more than its button's words.
    QVERIFY(!certificate.trustButton()->accessibleDescription().isEmpty());

    PasswordDialog password(QStringLiteral("work"), QStringLiteral("me@example.com"));
    password.show();
    QVERIFY(QTest::qWaitForWindowExposed(&password));
    VERIFY_WINDOW(&password, true);
}

// Sending, sent: said on the status bar's announcement, an object a
// screen reader is told about (role Notification, shown again each time).
void TestFocusOrder::sendingIsAnnounced()
{
    addLocalAccount();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectAccount(QStringLiteral("local"));
    QWidget *announcement = window.statusBar()->findChild<QWidget *>(QStringLiteral("announcement"));
    QVERIFY(announcement);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(announcement);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Notification);

    QSignalSpy opened(&window, &MainWindow::composerOpened);
    window.compose();
    QVERIFY(!opened.isEmpty() || opened.wait(20000));
    QPointer<ComposeWindow> compose = opened.first().first().value<ComposeWindow *>();
    QVERIFY(compose);
    QTest::keyClicks(
        compose->findChild<QWidget *>(QStringLiteral("toEdit")), QStringLiteral("ann@example.com"));
    QTest::keyClicks(
        compose->findChild<QWidget *>(QStringLiteral("subjectEdit")), QStringLiteral("Announced"));
    QSignalSpy said(announcement, SIGNAL(announced(QString)));
    QVERIFY(said.isValid());
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &args : said) {
                if (args.first().toString().contains(QStringLiteral("Sent: Announced")))
                    return true;
            }
            return false;
        }(),
        20000);
    QVERIFY2(said.first().first().toString().contains(QStringLiteral("Sending")),
        qPrintable(said.first().first().toString()));
    QCOMPARE(iface->text(QAccessible::Name), said.last().first().toString());
}

QTEST_MAIN(TestFocusOrder)
#include "tst_focus_order.moc"
