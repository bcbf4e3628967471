// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Identities that send through another account, as a person sets them up
// and uses them: the identity dialog's "Send through" choice is saved with
// the identity, and the composer sends such an identity over the other
// account's server (with a Sender field naming that account), saying so in
// its notice. Each account sends to its own sandbox, so the server that got
// the message shows which account carried it.

#include "AppFixture.h"
#include "ComposeWindow.h"
#include "AttachmentList.h"
#include "IdentityDialog.h"
#include "MainWindow.h"
#include "accounts/AccountStore.h"
#include "accounts/ServerFacts.h"
#include "sandbox/SandboxServer.h"
#include "smtp/Capabilities.h"
#include "smtp/ReplyParser.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace stamp;
using namespace stamp::ui;

class TestIdentityRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dialogSavesSendThrough();
    void composerSendsThroughTheOtherAccount();
    void ownIdentityStaysOnItsServer();
    void optionsFollowTheSendingAccount();

private:
    ComposeWindow *openComposer();
    static Account sandboxAccount(const QString &name, const QString &email, quint16 port);

    test::AppFixture m_app;
    SandboxServer m_one;
    SandboxServer m_two;
    Account m_accountOne;
    Account m_accountTwo;
    std::unique_ptr<MainWindow> m_main;
};

Account TestIdentityRouting::sandboxAccount(const QString &name, const QString &email, quint16 port)
{
    Account a;
    a.id = Account::newId();
    a.name = name;
    a.displayName = QStringLiteral("Ann");
    a.email = email;
    a.identities = {Identity{a.displayName, email, {}, {}}};
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = SecurityMode::None;
    a.authMethod = sasl::AuthMethod::None;
    return a;
}

void TestIdentityRouting::initTestCase()
{
    qRegisterMetaType<stamp::ui::ComposeWindow *>();
    const QString app = m_app.start(QStringLiteral("stamp-identity-routing-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    QVERIFY(m_one.start());
    QVERIFY(m_two.start());
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    m_accountOne = sandboxAccount(QStringLiteral("one"), QStringLiteral("ann@one.test"), m_one.port());
    m_accountTwo = sandboxAccount(QStringLiteral("two"), QStringLiteral("desk@two.test"), m_two.port());
    m_accountTwo.deliveryReports = true;
    // "one" can write as news@two.test, which only "two"'s server takes.
    m_accountOne.identities << Identity{QStringLiteral("Ann (news)"), QStringLiteral("news@two.test"), {}, {},
                                        m_accountTwo.id};
    AccountStore store;
    store.load();
    QVERIFY(store.add(m_accountOne).isEmpty());
    QVERIFY(store.add(m_accountTwo).isEmpty());
    m_main = std::make_unique<MainWindow>();
    m_main->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_main.get()));
}

void TestIdentityRouting::cleanupTestCase()
{
    m_main.reset();
    m_app.stop();
}

void TestIdentityRouting::dialogSavesSendThrough()
{
    IdentityDialog dialog(Identity{QStringLiteral("Ann"), QStringLiteral("alias@one.test"), {}, {}});
    dialog.offerAccounts({m_accountTwo});
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("identitySendViaCombo"));
    QVERIFY(combo);
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(dialog.identity().sendVia.isEmpty());
    QVERIFY2(combo->itemText(1).contains(QStringLiteral("two")), qPrintable(combo->itemText(1)));
    combo->setCurrentIndex(1);
    QCOMPARE(dialog.identity().sendVia, m_accountTwo.id);

    // Opened again, the saved choice is selected.
    IdentityDialog again(dialog.identity());
    again.offerAccounts({m_accountTwo});
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("identitySendViaCombo"))->currentIndex(), 1);
    // With no other account there is nothing to choose.
    IdentityDialog alone(Identity{});
    QVERIFY(!alone.findChild<QComboBox *>(QStringLiteral("identitySendViaCombo"))->isEnabled());
}

ComposeWindow *TestIdentityRouting::openComposer()
{
    m_main->selectAccount(QStringLiteral("one"));
    QSignalSpy opened(m_main.get(), &MainWindow::composerOpened);
    m_main->compose();
    if (!QTest::qWaitFor([&] { return opened.count() == 1; }, 10000))
        return nullptr;
    auto *compose = opened.first().first().value<ComposeWindow *>();
    return compose && QTest::qWaitForWindowExposed(compose) ? compose : nullptr;
}

void TestIdentityRouting::composerSendsThroughTheOtherAccount()
{
    QPointer<ComposeWindow> compose = openComposer();
    QVERIFY(compose);
    auto *from = compose->findChild<QComboBox *>(QStringLiteral("fromCombo"));
    auto *notice = compose->findChild<QLabel *>(QStringLiteral("quotaNotice"));
    QVERIFY(from && notice);
    QCOMPARE(from->count(), 2);
    from->setCurrentIndex(1);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Sent through the account \u201ctwo\u201d")),
             qPrintable(notice->text()));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("routed"));
    const qsizetype before = m_two.messages().size();
    QTest::mouseClick(compose->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_two.messages().size() == before + 1, 15000);
    QVERIFY(m_one.messages().isEmpty());
    const SandboxMessage &message = m_two.messages().last();
    QCOMPARE(message.from, QStringLiteral("news@two.test"));
    QVERIFY2(message.content.contains("From: \"Ann (news)\" <news@two.test>\r\n")
                 || message.content.contains("From: Ann (news) <news@two.test>\r\n"),
             message.content.constData());
    QVERIFY2(message.content.contains("\r\nSender: desk@two.test\r\n"), message.content.constData());
    QTRY_VERIFY(!compose);
}

void TestIdentityRouting::ownIdentityStaysOnItsServer()
{
    QPointer<ComposeWindow> compose = openComposer();
    QVERIFY(compose);
    auto *notice = compose->findChild<QLabel *>(QStringLiteral("quotaNotice"));
    QTest::qWait(ComposeWindow::kAdvicePauseMs * 2);
    QVERIFY2(!notice->text().contains(QStringLiteral("Sent through")), qPrintable(notice->text()));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("own"));
    QTest::mouseClick(compose->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_one.messages().size() == 1, 15000);
    QCOMPARE(m_one.messages().last().from, QStringLiteral("ann@one.test"));
    QVERIFY(!m_one.messages().last().content.contains("Sender:"));
    QTRY_VERIFY(!compose);
}

// The delivery-report default and the size limit are the sending account's:
// they change with the From choice until the person sets the option.
void TestIdentityRouting::optionsFollowTheSendingAccount()
{
    // What each server said of its size limit (RFC 1870 SIZE) when last met.
    for (const auto &[port, limit] : {std::pair{m_one.port(), "SIZE 5000000"}, std::pair{m_two.port(), "SIZE 2000"}}) {
        ReplyParser parser;
        parser.feed(QByteArray("250-127.0.0.1\r\n250 ") + limit + "\r\n");
        const std::optional<Reply> ehlo = parser.next();
        QVERIFY(ehlo);
        ServerFacts::learn(QStringLiteral("127.0.0.1"), port, Capabilities::fromEhlo(*ehlo));
    }
    QPointer<ComposeWindow> compose = openComposer();
    QVERIFY(compose);
    auto *from = compose->findChild<QComboBox *>(QStringLiteral("fromCombo"));
    auto *report = compose->findChild<QAction *>(QStringLiteral("askDeliveryReport"));
    auto *attachments = compose->findChild<AttachmentList *>();
    QVERIFY(from && report && attachments);
    QVERIFY(!report->isChecked());
    QCOMPARE(attachments->serverLimit(), qint64(5000000));

    from->setCurrentIndex(1);  // news@two.test, sent through "two", which asks by default
    QTRY_VERIFY(report->isChecked());
    QCOMPARE(attachments->serverLimit(), qint64(2000));
    from->setCurrentIndex(0);
    QTRY_VERIFY(!report->isChecked());
    QTRY_COMPARE(attachments->serverLimit(), qint64(5000000));

    // Once chosen by the person, the choice stays whatever the From.
    report->trigger();
    QVERIFY(report->isChecked());
    from->setCurrentIndex(1);
    QTRY_COMPARE(attachments->serverLimit(), qint64(2000));
    from->setCurrentIndex(0);
    QTRY_COMPARE(attachments->serverLimit(), qint64(5000000));
    QVERIFY(report->isChecked());
    compose->close();
}

QTEST_MAIN(TestIdentityRouting)
#include "tst_identity_routing.moc"
