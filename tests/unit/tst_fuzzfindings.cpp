// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What the fuzz targets in tests/fuzz found (docs/FUZZING.md), replayed in
// every build: each input that crashed, tripped a sanitizer or hung a
// target, fed through the product as its target feeds it, with the
// behaviour the fix promises. The inputs are in the seed corpus as well.

#include "oauth/TokenResponse.h"
#include "smtp/sasl/ScramMechanism.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace stamp;

namespace {
QByteArray finding(const char *target, const char *name)
{
    QFile file(QStringLiteral(STAMP_SOURCE_DIR "/tests/fuzz/corpus/%1/%2")
                   .arg(QLatin1String(target), QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fuzz finding %s/%s", target, name);
    return file.readAll();
}
} // namespace

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private slots:
    void tokenLifetimeBeyondAnyClock_data();
    void tokenLifetimeBeyondAnyClock();
    void scramIterationsAreBounded_data();
    void scramIterationsAreBounded();
};

void TestFuzzFindings::tokenLifetimeBeyondAnyClock_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("lifetime"); // -1: no expiry time

    // The fuzzer's input (two bytes choose the HTTP status, 200 here):
    // converting 1e300 to an integer was undefined behaviour.
    QTest::newRow("found: 1e300") << finding("token_response", "finding-expires-beyond-qint64").mid(2)
                                  << qint64(-1);
    QTest::newRow("fits qint64, not a clock")
        << QByteArray(R"({"access_token":"x","token_type":"Bearer","expires_in":1e18})") << qint64(-1);
    QTest::newRow("string at qint64's limit")
        << QByteArray(R"({"access_token":"x","token_type":"Bearer","expires_in":"9223372036854775807"})")
        << qint64(-1);
    QTest::newRow("negative") << QByteArray(
        R"({"access_token":"x","token_type":"Bearer","expires_in":-1e300})")
                              << qint64(-1);
    QTest::newRow("an hour") << QByteArray(R"({"access_token":"x","token_type":"Bearer","expires_in":3599})")
                             << qint64(3599);
    QTest::newRow("thirty years") << QByteArray(
        R"({"access_token":"x","token_type":"Bearer","expires_in":"946080000"})")
                                  << qint64(946080000);
}

void TestFuzzFindings::tokenLifetimeBeyondAnyClock()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, lifetime);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const oauth::TokenResult result = oauth::TokenResponse::parse(200, body, now);
    // The token itself is fine: only its lifetime is unusable.
    QVERIFY(result.ok());
    if (lifetime < 0) {
        QVERIFY(!result.tokens->expiresAt.isValid());
    } else {
        QCOMPARE(result.tokens->expiresAt, now.addSecs(lifetime));
    }
}

void TestFuzzFindings::scramIterationsAreBounded_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<bool>("accepted");

    // The fuzzer's input (first byte 1: SCRAM-SHA-256): ten million rounds
    // of PBKDF2 kept the client busy for 15 to 40 seconds.
    QTest::newRow("found: ten million") << finding("scram", "finding-ten-million-iterations").mid(1) << false;
    // Timed out at five seconds in the sanitizer build under load, once the
    // bound was 600,000 (written with leading zeros: i=00200001).
    QTest::newRow("found: two hundred thousand")
        << finding("scram", "finding-two-hundred-thousand-iterations").mid(1) << false;
    QTest::newRow("one above the bound")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOx,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=100001") << false;
    QTest::newRow("RFC 7677 example") << QByteArray(
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                                      << true;
}

void TestFuzzFindings::scramIterationsAreBounded()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(bool, accepted);
    sasl::ScramMechanism scram(QCryptographicHash::Sha256,
        { QStringLiteral("user"), QStringLiteral("pencil"), {} }, QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO"));
    QVERIFY(scram.initialResponse().has_value());
    QElapsedTimer timer;
    timer.start();
    const sasl::SaslMechanism::Step step = scram.respond(serverFirst);
    QCOMPARE(step.ok, accepted);
    if (!accepted) {
        QVERIFY2(step.error.contains(QLatin1String("out of range")), qPrintable(step.error));
        // Refused before any key derivation, not after it.
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
