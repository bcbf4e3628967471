// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Sandbox menu: every misbehaviour mode is offered with what it does,
// choosing one changes what the running sandbox answers on the wire, and
// the sandbox inbox says how it is answering. In a TLS mode the first
// send meets the sandbox's own certificate as it would a real server's:
// the certificate dialog, trust, and the message arrives.

#include "CertificateDialog.h"
#include "ComposeWindow.h"
#include "MainWindow.h"
#include "SandboxInboxView.h"
#include "Screenshots.h"
#include "client/SandboxAccount.h"
#include "sandbox/SandboxServer.h"

#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stamp;
using namespace stamp::ui;

class TestSandboxMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyModeIsOffered();
    void choosingAModeChangesTheServer();
    void tlsModeShowsTheCertificateDialog_data();
    void tlsModeShowsTheCertificateDialog();

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

void TestSandboxMenu::tlsModeShowsTheCertificateDialog_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("starttls") << QStringLiteral("starttls");
    QTest::newRow("tls") << QStringLiteral("tls");
}

void TestSandboxMenu::tlsModeShowsTheCertificateDialog()
{
    QFETCH(QString, mode);
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    // Nothing trusted yet (the rows share the sandbox folder and its certificate).
    QSettings().remove(QStringLiteral("sandbox/pinnedSha256"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("sandboxMode-") + mode);
    QVERIFY(action);
    action->trigger();
    QVERIFY(window.sandbox() && window.sandbox()->isRunning());
    QVERIFY(SandboxBehaviour::usesTls(window.sandbox()->behaviour().mode));
    const std::optional<SandboxCertificate> certificate = window.sandbox()->certificate();
    QVERIFY(certificate);
    QVERIFY(window.startSandbox());
    const int before = int(window.sandbox()->messages().size());

    ComposeWindow *compose = window.compose();
    QVERIFY(compose);
    QTest::keyClicks(
        compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("ann@example.com"));
    QTest::keyClicks(
        compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Over TLS"));
    compose->send();
    // Refused as a real server's unknown certificate is, with the way out.
    auto *review = compose->findChild<QPushButton *>(QStringLiteral("reviewCertificateButton"));
    QVERIFY(review);
    QTRY_VERIFY_WITH_TIMEOUT(review->isVisible(), 30000);
    QCOMPARE(int(window.sandbox()->messages().size()), before);

    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<CertificateDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->fingerprint(), certificate->sha256());
        const QString fingerprint
            = dialog->findChild<QLabel *>(QStringLiteral("certificateFingerprint"))->text();
        QCOMPARE(TlsReport::normaliseFingerprint(fingerprint), certificate->sha256());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("certificateErrors"))->text().isEmpty());
        if (mode == QLatin1String("starttls"))
            test::saveShots(dialog, QStringLiteral("sandbox-certificate"));
        shown = true;
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    });
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(SandboxAccount::trustedSha256(), certificate->sha256());

    // Trusted: the same message goes now, over TLS, into the sandbox inbox.
    compose->send();
    QTRY_COMPARE_WITH_TIMEOUT(int(window.sandbox()->messages().size()), before + 1, 30000);
    QVERIFY(window.sandbox()->messages().last().content.contains("Subject: Over TLS\r\n"));
    QSettings().remove(QStringLiteral("sandbox/pinnedSha256"));
}

QTEST_MAIN(TestSandboxMenu)
#include "tst_sandbox_menu.moc"
