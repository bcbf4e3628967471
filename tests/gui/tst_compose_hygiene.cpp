// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's sending advice as a person meets it (issue 17): a From
// identity of another domain brings a warning that goes when the account's
// own address is chosen again, a mailbox provider's domain through another
// provider a plain "spam or refused", sixty pasted recipients the advice
// about one-click unsubscribe; each next to the daily-limit notice, whole
// (never cut) and said to a screen reader when it appears. The composer is
// opened by the main window for a saved account that sends to the
// built-in sandbox.

#include "AppFixture.h"
#include "ComposeWindow.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "StatusAnnouncer.h"
#include "accounts/AccountStore.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace stamp;
using namespace stamp::ui;

class TestComposeHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void fromIdentityOfAnotherDomain();
    void mailboxProviderDomainIsAStrongWarning();
    void sixtyPastedRecipients();

private:
    bool openComposer();
    QLabel *notice() const { return m_compose->findChild<QLabel *>(QStringLiteral("quotaNotice")); }
    QComboBox *from() const { return m_compose->findChild<QComboBox *>(QStringLiteral("fromCombo")); }
    // The label shows every line of its text at its width.
    static bool showsWholeText(const QLabel *label)
    {
        return label->wordWrap() && label->height() >= label->heightForWidth(label->width());
    }

    test::AppFixture m_app;
    SandboxServer m_sandbox;
    std::unique_ptr<MainWindow> m_main;
    QPointer<ComposeWindow> m_compose;
};

void TestComposeHygiene::initTestCase()
{
    qRegisterMetaType<stamp::ui::ComposeWindow *>();
    const QString app = m_app.start(QStringLiteral("stamp-compose-hygiene-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    QVERIFY(m_sandbox.start());
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);

    // A Fastmail account (preset by id) with an alias on its own domain and
    // one on a domain of the person's, sending to the sandbox without login.
    AccountStore store;
    store.load();
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("fastmail");
    account.displayName = QStringLiteral("Ann Example");
    account.email = QStringLiteral("ann@fastmail.com");
    account.providerId = QStringLiteral("fastmail");
    account.identities = { Identity { account.displayName, account.email, {}, {} },
        Identity { account.displayName, QStringLiteral("ann@fastmail.fm"), {}, {} },
        Identity { account.displayName, QStringLiteral("ann@example.org"), {}, {} } };
    account.host = QStringLiteral("127.0.0.1");
    account.port = m_sandbox.port();
    account.security = SecurityMode::None;
    account.authMethod = sasl::AuthMethod::None;
    QVERIFY(store.add(account).isEmpty());
    m_main = std::make_unique<MainWindow>();
    m_main->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_main.get()));
}

void TestComposeHygiene::cleanupTestCase()
{
    m_main.reset();
    m_app.stop();
}

void TestComposeHygiene::cleanup()
{
    if (m_compose) {
        m_compose->setAttribute(Qt::WA_DeleteOnClose, false);
        delete m_compose;
    }
}

bool TestComposeHygiene::openComposer()
{
    QSignalSpy opened(m_main.get(), &MainWindow::composerOpened);
    m_main->compose();
    if (!QTest::qWaitFor([&] { return opened.count() == 1; }, 10000))
        return false;
    m_compose = opened.first().first().value<ComposeWindow *>();
    return m_compose && QTest::qWaitForWindowExposed(m_compose);
}

void TestComposeHygiene::fromIdentityOfAnotherDomain()
{
    QVERIFY(openComposer());
    QVERIFY(from() && notice());
    // The account's own address, and the same provider's other domain: nothing to say.
    QTest::qWait(ComposeWindow::kAdvicePauseMs * 2);
    QVERIFY2(notice()->isHidden(), qPrintable(notice()->text()));
    from()->setCurrentIndex(1);
    QTest::qWait(ComposeWindow::kAdvicePauseMs * 2);
    QVERIFY2(notice()->isHidden(), qPrintable(notice()->text()));

    // The alias on the person's own domain.
    from()->setCurrentIndex(2);
    QTRY_VERIFY(notice()->isVisible());
    const QString text = notice()->text();
    QVERIFY2(text.contains(QStringLiteral("example.org")) && text.contains(QStringLiteral("fastmail.com")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Deliverability tab of the account's settings")), qPrintable(text));
    // GUI words: no command, no flag.
    QVERIFY2(
        !text.contains(QStringLiteral("stamp ")) && !text.contains(QStringLiteral("--")), qPrintable(text));
    QTRY_VERIFY(showsWholeText(notice()));

    // Back to the account's own address: gone.
    from()->setCurrentIndex(0);
    QTRY_VERIFY(notice()->isHidden());
}

void TestComposeHygiene::mailboxProviderDomainIsAStrongWarning()
{
    QVERIFY(openComposer());
    QLineEdit *fromEdit = from()->lineEdit();
    fromEdit->selectAll();
    QTest::keyClicks(fromEdit, QStringLiteral("Ann <ann@gmail.com>"));
    // Advice waits until typing rests, then follows it.
    QVERIFY(notice()->isHidden());
    QTRY_VERIFY(notice()->isVisible());
    QVERIFY2(notice()->text().contains(QStringLiteral("will likely land in spam or be refused")),
        qPrintable(notice()->text()));
    QVERIFY2(notice()->text().contains(QStringLiteral("Gmail")), qPrintable(notice()->text()));
    // Alongside the daily-limit notice, which stays when the From changes.
    m_compose->setQuotaNotice(QStringLiteral("12 of 15 messages today."));
    QVERIFY(notice()->text().contains(QStringLiteral("12 of 15 messages today.")));
    QVERIFY(notice()->text().contains(QStringLiteral("gmail.com")));
    from()->setCurrentIndex(0);
    QTRY_COMPARE(notice()->text(), QStringLiteral("12 of 15 messages today."));
    QVERIFY(notice()->isVisible());
    m_compose->setQuotaNotice({});
    QVERIFY(notice()->isHidden());
}

void TestComposeHygiene::sixtyPastedRecipients()
{
    QVERIFY(openComposer());
    auto *to = m_compose->findChild<QLineEdit *>(QStringLiteral("toEdit"));
    QVERIFY(to);
    QStringList people;
    for (int i = 1; i <= 60; ++i)
        people << QStringLiteral("member%1@example.net").arg(i);
    QApplication::clipboard()->setText(people.join(QStringLiteral(", ")));
    to->setFocus();
    auto *announcer = m_compose->findChild<StatusAnnouncer *>();
    QVERIFY(announcer);
    QSignalSpy said(announcer, &StatusAnnouncer::announced);
    QTest::keySequence(to, QKeySequence::Paste);
    QCOMPARE(to->text().count(QLatin1Char('@')), 60);
    QTRY_VERIFY(notice()->isVisible());
    const QString text = notice()->text();
    QVERIFY2(text.contains(QStringLiteral("60 recipients")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("one-click unsubscribe")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("mailing-list service")), qPrintable(text));
    QTRY_VERIFY(showsWholeText(notice()));
    // Said once to a screen reader, not again while the list is edited.
    QCOMPARE(said.count(), 1);
    QVERIFY(said.first().first().toString().contains(QStringLiteral("60 recipients")));
    QTest::keyClicks(to, QStringLiteral(", member61@example.net"));
    QTRY_VERIFY(notice()->text().contains(QStringLiteral("61 recipients")));
    QCOMPARE(said.count(), 1);

    // With a From of another domain as well: both, the strong one first,
    // whole at the smallest window size too.
    from()->setCurrentIndex(2);
    QTRY_VERIFY(notice()->text().contains(QStringLiteral("example.org")));
    QVERIFY(notice()->text().indexOf(QStringLiteral("example.org")) < notice()->text().indexOf(QStringLiteral("61")));
    test::saveShots(m_compose, QStringLiteral("compose-hygiene"));
    QTRY_VERIFY(showsWholeText(notice()));

    // Down to a handful: gone.
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("one@example.net, two@example.net"));
    from()->setCurrentIndex(0);
    QTRY_VERIFY(notice()->isHidden());
}

QTEST_MAIN(TestComposeHygiene)
#include "tst_compose_hygiene.moc"
