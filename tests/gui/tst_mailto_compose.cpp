// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening Stamp from a mailto: link (RFC 6068), as a desktop does with
// "Exec=stamp %u": a composer with the link's recipients, subject and text,
// what the link asked for and did not get said above the fields, nothing
// sent; the welcome page first when there is nowhere to send, with the link
// kept; and a second launch handing its link to the open window (a real
// `stamp` process on the same runtime folder).

#include "AppFixture.h"
#include "ComposeWindow.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "LinkOpenFilter.h"
#include "WelcomePage.h"
#include "client/RunningInstance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;
using namespace stamp::ui;

namespace {
// RFC 6068 §6 style, with UTF-8, an IDN domain, a line break in the text,
// repeated cc, and the fields a link must never set (§7).
const QString kLink = QStringLiteral(
    "mailto:ann@example.org,%C3%B6rjan@b%C3%BCcher.example?cc=bob@example.org&CC=carol@example.org"
    "&bcc=dave@example.org&subject=Caf%C3%A9%20order%20%2312&body=Two%20espressos%0D%0AThanks"
    "&attach=%2Fetc%2Fpasswd&from=boss@example.com&X-Priority=1");
} // namespace

class TestMailtoCompose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void welcomeFirstThenTheLink();
    void linkFillsTheComposer();
    void linkFromAnOpenEvent();
    void secondLaunchHandsItsLinkOver();
    void silentWindowDoesNotKeepTheLink();

private:
    template<typename T>
    static T *child(QWidget *window, const char *name)
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }
    static void checkFields(ComposeWindow *compose);

    test::AppFixture m_app;
    QTemporaryDir m_runtime;
};

void TestMailtoCompose::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    // The socket of the open window lives here; the `stamp` processes the
    // test starts inherit it (and the fixture's config and data folders).
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    const QString app = m_app.start(QStringLiteral("stamp-mailto-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
}

void TestMailtoCompose::cleanupTestCase()
{
    m_app.stop();
}

void TestMailtoCompose::checkFields(ComposeWindow *compose)
{
    QCOMPARE(child<QLineEdit>(compose, "toEdit")->text(),
        QString::fromUtf8("ann@example.org, örjan@bücher.example"));
    QCOMPARE(
        child<QLineEdit>(compose, "ccEdit")->text(), QStringLiteral("bob@example.org, carol@example.org"));
    QCOMPARE(child<QLineEdit>(compose, "bccEdit")->text(), QStringLiteral("dave@example.org"));
    QCOMPARE(child<QLineEdit>(compose, "subjectEdit")->text(), QString::fromUtf8("Café order #12"));
    QVERIFY2(child<QPlainTextEdit>(compose, "bodyEdit")
                 ->toPlainText()
                 .startsWith(QStringLiteral("Two espressos\nThanks")),
        qPrintable(child<QPlainTextEdit>(compose, "bodyEdit")->toPlainText()));
    auto *notice = child<QLabel>(compose, "linkNotice");
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    for (const char *name : { "\"attach\"", "\"from\"", "\"x-priority\"" })
        QVERIFY2(notice->text().contains(QLatin1String(name)), qPrintable(notice->text()));
    // Nothing leaves by itself.
    QVERIFY(compose->queuedId().isEmpty());
    QVERIFY(!compose->isSending());
}

void TestMailtoCompose::welcomeFirstThenTheLink()
{
    // No account and no sandbox yet: no dead end, and the link is not lost.
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    window.composeLinks({ kLink });
    QCOMPARE(opened.count(), 0);
    QVERIFY(child<QWidget>(&window, "welcomePage")->isVisible());
    // The page itself says a message waits, not only the status bar.
    auto *note = child<QLabel>(&window, "waitingMessageNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("with everything from the link")), qPrintable(note->text()));
    test::saveShots(&window, QStringLiteral("welcome-link-waiting"));
    QTest::mouseClick(child<QPushButton>(&window, "sandboxButton"), Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(!note->isVisibleTo(&window));
    auto *compose = opened.at(0).at(0).value<ComposeWindow *>();
    checkFields(compose);
}

void TestMailtoCompose::linkFromAnOpenEvent()
{
    // How macOS delivers a clicked link: an open event to the application.
    MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(true));
    LinkOpenFilter filter;
    qApp->installEventFilter(&filter);
    connect(&filter, &LinkOpenFilter::linksOpened, &window, &MainWindow::composeLinks);
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    QFileOpenEvent link{QUrl(kLink)};
    QVERIFY(QCoreApplication::sendEvent(qApp, &link));
    QTRY_COMPARE(opened.count(), 1);
    checkFields(opened.at(0).at(0).value<ComposeWindow *>());
    // A document is not a message to start.
    QFileOpenEvent document{QUrl::fromLocalFile(QStringLiteral("/tmp/report.pdf"))};
    QCoreApplication::sendEvent(qApp, &document);
    QTest::qWait(100);
    QCOMPARE(opened.count(), 1);
    qApp->removeEventFilter(&filter);
}

void TestMailtoCompose::linkFillsTheComposer()
{
    MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(true));
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    window.composeLinks({ kLink, QStringLiteral("mailto:") });
    // One composer per link; the second one is blank.
    QTRY_COMPARE(opened.count(), 2);
    auto *compose = opened.at(0).at(0).value<ComposeWindow *>();
    checkFields(compose);
    auto *blank = opened.at(1).at(0).value<ComposeWindow *>();
    QVERIFY(child<QLineEdit>(blank, "toEdit")->text().isEmpty());
    QVERIFY(!child<QLabel>(blank, "linkNotice")->isVisible());
    test::saveShots(compose, QStringLiteral("compose-from-link"));
}

void TestMailtoCompose::secondLaunchHandsItsLinkOver()
{
    MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(true));
    // What main() sets up for the first window, under the name the `stamp`
    // binary uses.
    RunningInstance instance(RunningInstance::serverName(QStringLiteral("stamp")));
    QVERIFY2(instance.listen().isEmpty(), "the first window could not listen");
    connect(&instance, &RunningInstance::composeRequested, &window, &MainWindow::composeLinks);
    QSignalSpy requested(&instance, &RunningInstance::composeRequested);
    QSignalSpy opened(&window, &MainWindow::composerOpened);

    QProcess second;
    QElapsedTimer timer;
    timer.start();
    second.start(QStringLiteral(STAMP_CLI), { kLink });
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10000);
    qInfo("the second launch handed its link over and exited after %lld ms", timer.elapsed());
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(), QStringList { kLink });
    QTRY_COMPARE(opened.count(), 1);
    auto *compose = opened.at(0).at(0).value<ComposeWindow *>();
    checkFields(compose);

    // `stamp compose` alone: one blank composer there.
    second.start(QStringLiteral(STAMP_CLI), { QStringLiteral("compose") });
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10000);
    QCOMPARE(second.exitCode(), 0);
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(requested.at(1).at(0).toStringList(), QStringList());
}

void TestMailtoCompose::silentWindowDoesNotKeepTheLink()
{
    // A window that accepts the connection and never answers (hung): the
    // new launch waits about two seconds, then opens its own window.
    const QString name = RunningInstance::serverName(QStringLiteral("stamp"));
    QLocalServer::removeServer(name);
    QLocalServer silent;
    QVERIFY(silent.listen(name));
    QProcess second;
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(QStringLiteral(STAMP_CLI), { QStringLiteral("compose"), kLink });
    QVERIFY(second.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000);
    // Still running well past the wait: it did not give up, it opened a window.
    QTest::qWait(RunningInstance::kAnswerTimeoutMs + 1500);
    QCOMPARE(second.state(), QProcess::Running);
    second.kill();
    second.waitForFinished();
    silent.close();

    // A socket left by a Stamp that crashed: the next window takes it over
    // and answers the launches after it.
    QLocalServer::removeServer(name);
    {
        // Nobody accepts on it (a closed QLocalServer would remove it).
        QFile leftover(name);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
    }
    QProcess fresh;
    fresh.start(QStringLiteral(STAMP_CLI), { kLink });
    QVERIFY(fresh.waitForStarted());
    const RunningInstance client(name);
    QTRY_VERIFY_WITH_TIMEOUT(client.handOver({ QStringLiteral("mailto:x@example.org") }, 500), 15000);
    fresh.kill();
    fresh.waitForFinished();
}

QTEST_MAIN(TestMailtoCompose)
#include "tst_mailto_compose.moc"
