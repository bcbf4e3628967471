// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Sandbox menu: every misbehaviour mode is offered with what it does,
// choosing one changes what the running sandbox answers on the wire, and
// the sandbox inbox says how it is answering.

#include "MainWindow.h"
#include "SandboxInboxView.h"
#include "sandbox/SandboxServer.h"

#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;
using namespace stamp::ui;

class TestSandboxMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyModeIsOffered();
    void choosingAModeChangesTheServer();

private:
    // The first reply line of a new connection to the sandbox.
    static QByteArray greeting(quint16 port);
    QTemporaryDir m_config;
};

void TestSandboxMenu::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("StampTest"));
    QCoreApplication::setApplicationName(QStringLiteral("stamp-gui-sandbox-menu"));
}

QByteArray TestSandboxMenu::greeting(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    // The server lives in this thread: wait with the event loop running.
    if (!QTest::qWaitFor([&] { return socket.canReadLine(); }, 5000))
        return {};
    return socket.readLine().trimmed();
}

void TestSandboxMenu::everyModeIsOffered()
{
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("sandboxBehaviourMenu"));
    QVERIFY(menu);
    QVERIFY(window.menuBar()->actions().contains(
        window.findChild<QMenu *>(QStringLiteral("sandboxMenu"))->menuAction()));
    for (SandboxBehaviour::Mode mode : SandboxBehaviour::modes()) {
        auto *action
            = window.findChild<QAction *>(QStringLiteral("sandboxMode-") + SandboxBehaviour::id(mode));
        QVERIFY2(action, qPrintable(SandboxBehaviour::id(mode)));
        QVERIFY(action->isCheckable());
        QVERIFY(action->actionGroup() && action->actionGroup()->isExclusive());
        QCOMPARE(action->text(), SandboxBehaviour::title(mode));
        QCOMPARE(action->statusTip(), SandboxBehaviour::description(mode));
        QCOMPARE(action->isChecked(), mode == SandboxBehaviour::Mode::Normal);
    }
    // Nothing starts the sandbox just by building the menu.
    QVERIFY(!window.sandbox());
}

void TestSandboxMenu::choosingAModeChangesTheServer()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *busy = window.findChild<QAction *>(QStringLiteral("sandboxMode-busy"));
    QVERIFY(busy);
    busy->trigger();
    QVERIFY(window.sandbox() && window.sandbox()->isRunning());
    QCOMPARE(window.sandbox()->behaviour().mode, SandboxBehaviour::Mode::Busy);
    QVERIFY(busy->isChecked());
    QVERIFY(greeting(window.sandbox()->port()).startsWith("421 4.3.2 "));

    // The inbox, brought to the front, says how the sandbox answers.
    auto *inbox = window.findChild<SandboxInboxView *>();
    QVERIFY(inbox);
    QTRY_VERIFY(inbox->isVisible());
    auto *header = inbox->findChild<QLabel *>(QStringLiteral("sandboxBehaviour"));
    QVERIFY(header);
    QVERIFY2(header->text().contains(SandboxBehaviour::replySummary(SandboxBehaviour::Mode::Busy)),
        qPrintable(header->text()));

    window.findChild<QAction *>(QStringLiteral("sandboxMode-unknown-user"))->trigger();
    QVERIFY(!busy->isChecked());
    QVERIFY(header->text().contains(QStringLiteral("550")));
    QVERIFY(greeting(window.sandbox()->port()).startsWith("220 "));

    window.findChild<QAction *>(QStringLiteral("sandboxMode-normal"))->trigger();
    QCOMPARE(window.sandbox()->behaviour().mode, SandboxBehaviour::Mode::Normal);
    QVERIFY(!header->text().contains(QStringLiteral("550")));
}

QTEST_MAIN(TestSandboxMenu)
#include "tst_sandbox_menu.moc"
