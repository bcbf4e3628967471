// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's Options menu: a delivery report (RFC 3461) that starts as
// the account's default, and a read receipt (RFC 8098) that ends up in the
// bytes the server received. Real peer: the built-in sandbox, which keeps
// them exactly and (like many servers) offers no DSN, so the Sent item
// must say the report was not asked for.

#include "AppFixture.h"
#include "AddressField.h"
#include "ComposeWindow.h"
#include "client/MailClient.h"
#include "outbox/SentStore.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QTest>
#include <QToolButton>

using namespace stamp;
using namespace stamp::ui;

class TestComposeOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void menuHoldsBothOptions();
    void deliveryReportFollowsTheAccount();
    void draftKeepsTheOptions();
    void readReceiptReachesTheServer();

private:
    ComposeWindow *openComposer(bool deliveryReports);
    QAction *action(const char *name) const
    {
        return m_compose ? m_compose->findChild<QAction *>(QString::fromLatin1(name)) : nullptr;
    }

    test::AppFixture m_app;
    SandboxServer m_sandbox;
    std::unique_ptr<MailClient> m_client;
    QStringListModel m_known;
    QPointer<ComposeWindow> m_compose;
};

void TestComposeOptions::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-compose-options-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    QVERIFY(m_sandbox.start());
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    m_client = std::make_unique<MailClient>();
    QVERIFY(!m_client->open().any());
    m_client->start();
}

void TestComposeOptions::cleanupTestCase()
{
    m_client.reset();
    m_app.stop();
}

void TestComposeOptions::cleanup()
{
    if (m_compose) {
        m_compose->setAttribute(Qt::WA_DeleteOnClose, false);
        delete m_compose;
    }
}

ComposeWindow *TestComposeOptions::openComposer(bool deliveryReports)
{
    SendTarget target;
    target.name = QStringLiteral("Sandbox");
    target.fromAddress = QStringLiteral("me@sandbox.invalid");
    target.server.host = QStringLiteral("127.0.0.1");
    target.server.port = m_sandbox.port();
    target.server.security = SecurityMode::None;
    target.deliveryReports = deliveryReports;
    m_compose = new ComposeWindow(target, &m_known);
    m_compose->setClient(m_client.get());
    m_compose->show();
    if (!QTest::qWaitForWindowExposed(m_compose))
        return nullptr;
    return m_compose;
}

void TestComposeOptions::menuHoldsBothOptions()
{
    QVERIFY(openComposer(false));
    auto *button = m_compose->findChild<QToolButton *>(QStringLiteral("composeOptionsButton"));
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY(button->menu());
    QCOMPARE(button->menu()->actions().size(), 2);
    QAction *report = action("askDeliveryReport");
    QAction *receipt = action("askReadReceipt");
    QVERIFY(report && receipt);
    QVERIFY(report->isCheckable() && receipt->isCheckable());
    QVERIFY(!report->isChecked());
    QVERIFY(!receipt->isChecked());  // off by default
    receipt->trigger();
    QVERIFY(receipt->isChecked());
    receipt->trigger();
    QVERIFY(!receipt->isChecked());
}

void TestComposeOptions::deliveryReportFollowsTheAccount()
{
    QVERIFY(openComposer(true));
    QVERIFY(action("askDeliveryReport")->isChecked());
    m_compose->setDeliveryReportDefault(false);
    QVERIFY(!action("askDeliveryReport")->isChecked());
    m_compose->setDeliveryReportDefault(true);
    QVERIFY(action("askDeliveryReport")->isChecked());
    QVERIFY(!action("askReadReceipt")->isChecked());
}

void TestComposeOptions::draftKeepsTheOptions()
{
    QVERIFY(openComposer(false));
    action("askDeliveryReport")->trigger();
    action("askReadReceipt")->trigger();
    const Draft draft = m_compose->currentDraft();
    QVERIFY(draft.deliveryReport);
    QVERIFY(draft.readReceipt);
    cleanup();
    QVERIFY(openComposer(false));
    m_compose->loadDraft(draft);
    QVERIFY(action("askDeliveryReport")->isChecked());
    QVERIFY(action("askReadReceipt")->isChecked());
}

void TestComposeOptions::readReceiptReachesTheServer()
{
    QVERIFY(openComposer(true));
    const int before = m_sandbox.messages().size();
    QTest::keyClicks(m_compose->findChild<AddressField *>(QStringLiteral("toEdit")),
        QStringLiteral("ann@example.com"));
    action("askReadReceipt")->trigger();
    QVERIFY(m_compose->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    m_compose->send();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.messages().size(), before + 1, 20000);
    const QByteArray content = m_sandbox.messages().last().content;
    const QByteArray head = content.left(content.indexOf("\r\n\r\n") + 2);
    QVERIFY2(head.contains("\r\nDisposition-Notification-To: me@sandbox.invalid\r\n"), head.constData());
    // The sandbox offers no DSN: the Sent item says the report was not
    // asked for, rather than leaving the person waiting for one.
    QTRY_VERIFY_WITH_TIMEOUT(!m_client->sent()->list().isEmpty(), 20000);
    const SentItem item = m_client->sent()->list().first();
    QVERIFY(item.record.dsn.notify & DsnRequest::NotifySuccess);
    QVERIFY2(item.deliveryReportText().contains(QStringLiteral("did not offer")),
        qPrintable(item.deliveryReportText()));
}

QTEST_MAIN(TestComposeOptions)
#include "tst_compose_options.moc"
