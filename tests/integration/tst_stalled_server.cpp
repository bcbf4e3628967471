// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A server that greets and then never answers EHLO (a real aiosmtpd
// server made to stall, tests/support/stalling_server.py). The command
// line gives up within one opening deadline (Timeouts::opening, one and a
// half stage timeouts) however many connections it spends, instead of one
// whole stage timeout per connection.

#include "Peers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace stamp;

class TestStalledServer : public QObject
{
    Q_OBJECT

private slots:
    void stallAfterGreetingFailsWithinTheDeadline();
};

void TestStalledServer::stallAfterGreetingFailsWithinTheDeadline()
{
    QProcess peer;
    peer.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(STAMP_SOURCE_DIR "/tests/support/stalling_server.py")});
    QVERIFY(peer.waitForStarted());
    QVERIFY(peer.waitForReadyRead(10000));
    const QByteArray port = peer.readLine().trimmed();
    QVERIFY2(port.toInt() > 0, port.constData());

    // --timeout 2: two seconds per stage, three for getting the server
    // ready in all. Two connections at two seconds each would take four.
    QElapsedTimer clock;
    clock.start();
    const test::CliRun run = test::runStamp(
        {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
         QString::fromLatin1(port), QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--timeout"),
         QStringLiteral("2"), QStringLiteral("--from"), QStringLiteral("me@example.com"), QStringLiteral("--to"),
         QStringLiteral("you@example.net"), QStringLiteral("--subject"), QStringLiteral("Stalled"),
         QStringLiteral("--body"), QStringLiteral("Hi")});
    const qint64 elapsed = clock.elapsed();
    peer.kill();
    peer.waitForFinished(5000);
    const QByteArray seen = peer.readAll();

    qInfo("gave up after %lld ms, %lld connection(s)", elapsed, static_cast<long long>(seen.count("connection")));
    QCOMPARE(run.exitCode, 3);  // nothing sent
    // The timeout is a reason for one fresh connection (the server may have
    // dropped just this one), within the same deadline.
    QCOMPARE(seen.count("connection"), qsizetype(2));
    QVERIFY2(elapsed >= 2900, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 4000, qPrintable(QString::number(elapsed)));  // two whole stage timeouts
    QVERIFY2(run.err.contains("not ready for the message after 3 s"), run.err.constData());
    QVERIFY2(run.err.contains("EHLO"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestStalledServer)
#include "tst_stalled_server.moc"
