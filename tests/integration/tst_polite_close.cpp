// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line closes a connection the way RFC 5321 §4.1.1.10 asks:
// after its QUIT it reads the server's 221 and closes, instead of exiting
// with the reply unread, which servers log as a reset connection. Real
// peer: a small SMTP server (tests/support/quit_observer.py) that reports
// whether the client's close was orderly (FIN) or a reset.

#include "Peers.h"

#include <QProcess>
#include <QTest>

using namespace stamp;

class TestPoliteClose : public QObject
{
    Q_OBJECT

private slots:
    void sendReadsTheGoodbye();
};

void TestPoliteClose::sendReadsTheGoodbye()
{
    for (int round = 0; round < 3; ++round) {
        QProcess observer;
        observer.start(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(STAMP_SOURCE_DIR "/tests/support/quit_observer.py")});
        QVERIFY(observer.waitForStarted());
        QVERIFY(observer.waitForReadyRead(10000));
        const QByteArray port = observer.readLine().trimmed();
        QVERIFY2(port.toInt() > 0, port.constData());
        const test::CliRun run = test::runStamp(
            {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::fromLatin1(port), QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
             QStringLiteral("me@example.com"), QStringLiteral("--to"), QStringLiteral("you@example.net"),
             QStringLiteral("--subject"), QStringLiteral("Goodbye"), QStringLiteral("--body"), QStringLiteral("Hi")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(observer.waitForFinished(15000));
        const QByteArray outcome = observer.readAll().trimmed();
        QCOMPARE(outcome, QByteArray("fin"));
    }
}

QTEST_GUILESS_MAIN(TestPoliteClose)
#include "tst_polite_close.moc"
