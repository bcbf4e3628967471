// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// SendingQuota: when the day's count nears or passes a provider's published
// limit, and a message with more recipients than allowed.

#include "ManualClock.h"
#include "accounts/Account.h"
#include "providers/ProviderCatalog.h"
#include "outbox/SendingQuota.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestSendingQuota : public QObject
{
    Q_OBJECT

private slots:
    void strictestLimitIsCompared();
    void thresholds_data();
    void thresholds();
    void noPublishedLimit();
    void countsTheAccountsSentItems();
};

namespace {
QList<SendingLimit> gmailLike()
{
    return {{2000, 100, QStringLiteral("workspace"), QStringLiteral("test")},
            {500, 500, QStringLiteral("personal"), QStringLiteral("test")}};
}
}  // namespace

void TestSendingQuota::strictestLimitIsCompared()
{
    const std::optional<SendingLimit> limit = SendingQuota::strictest(gmailLike());
    QVERIFY(limit);
    QCOMPARE(limit->perDay, 500);
    QVERIFY(!SendingQuota::strictest({}));
}

void TestSendingQuota::thresholds_data()
{
    QTest::addColumn<int>("sentToday");
    QTest::addColumn<int>("recipients");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<bool>("exceeds");
    QTest::newRow("quiet day") << 10 << 1 << 0 << false;
    QTest::newRow("just under 80 %") << 398 << 1 << 0 << false;
    QTest::newRow("this one reaches 80 %") << 399 << 1 << 1 << false;
    QTest::newRow("the last one allowed") << 499 << 1 << 1 << false;
    QTest::newRow("this one is over") << 500 << 1 << 1 << true;
    QTest::newRow("too many recipients") << 0 << 501 << 1 << true;
    QTest::newRow("both") << 600 << 501 << 2 << true;
    QTest::newRow("only the day's count") << 450 << 0 << 1 << false;
}

void TestSendingQuota::thresholds()
{
    QFETCH(int, sentToday);
    QFETCH(int, recipients);
    QFETCH(int, warnings);
    QFETCH(bool, exceeds);
    const SendingQuota::Assessment a
        = SendingQuota::assess(gmailLike(), QStringLiteral("Gmail"), {sentToday, sentToday}, recipients);
    QCOMPARE(a.warnings.size(), warnings);
    QCOMPARE(a.exceeds, exceeds);
    for (const QString &w : a.warnings)
        QVERIFY2(w.contains(QStringLiteral("Gmail (personal accounts)")), qPrintable(w));
    QVERIFY(a.summary().startsWith(QStringLiteral("%1 of 500 messages").arg(sentToday)));
}

void TestSendingQuota::noPublishedLimit()
{
    const SendingQuota::Assessment a = SendingQuota::assess({}, QStringLiteral("Example"), {9000, 9000}, 900);
    QVERIFY(a.warnings.isEmpty());
    QVERIFY(!a.exceeds);
    QVERIFY(a.summary().contains(QStringLiteral("no published limit")));
}

void TestSendingQuota::countsTheAccountsSentItems()
{
    QTemporaryDir dir;
    SentStore sent(dir.path(), 0);
    const test::ManualClock clock;
    Account mine;
    mine.id = QStringLiteral("acc-1");
    mine.name = QStringLiteral("work");
    mine.providerId = QStringLiteral("gmail");
    int serial = 0;
    auto add = [&](const QString &accountId, const QString &name, int secsAgo) {
        OutboxRecord r;
        r.id = QStringLiteral("s%1").arg(++serial, 4, 10, QLatin1Char('0'));
        r.state = OutboxRecord::State::Sent;
        r.accountId = accountId;
        r.account = name;
        r.recipients.append({QStringLiteral("x@example.net"), OutboxRecord::Recipient::Status::Accepted, {}});
        QByteArray body("Subject: q\r\n\r\nq\r\n");
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(sent.add(r, &buffer, {}, clock.now().addSecs(-secsAgo)).isEmpty());
    };
    for (int i = 0; i < 399; ++i)
        add(mine.id, mine.name, 60 + i);
    add(QString(), mine.name, 30);           // queued before ids were recorded: by name
    add(QStringLiteral("acc-2"), QStringLiteral("work"), 30);  // another account that was once called "work"
    add(mine.id, mine.name, 25 * 3600);      // yesterday's
    const SendingQuota::Assessment a
        = SendingQuota::forAccount(mine, sent, ProviderCatalog::standard(), 1, clock.now());
    QCOMPARE(a.usage.messages, 400);
    QVERIFY(a.limit);
    QCOMPARE(a.limit->perDay, 500);
    QCOMPARE(a.warnings.size(), 1);  // the 401st is past 80 %
    QVERIFY2(a.warnings.first().contains(QStringLiteral("400")), qPrintable(a.warnings.first()));
    // An account without a preset: counted, nothing to compare with.
    Account plain = mine;
    plain.providerId.clear();
    QVERIFY(SendingQuota::forAccount(plain, sent, ProviderCatalog::standard(), 1, clock.now()).warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestSendingQuota)
#include "tst_sendingquota.moc"
