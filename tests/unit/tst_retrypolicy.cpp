// RetryPolicy: back-off timing with an injectable clock and random source,
// and what each kind of outcome does to a queued message.

#include "ManualClock.h"
#include "outbox/RetryPolicy.h"

#include <QTest>

using namespace stamp;

namespace {
Reply reply(int code)
{
    Reply r;
    r.code = code;
    r.lines = {"test"};
    return r;
}

OutboxRecord record(const QStringList &to, const QDateTime &created)
{
    OutboxRecord r;
    r.id = QStringLiteral("test");
    r.created = created;
    r.attempts = 1;
    for (const QString &a : to)
        r.recipients.append({a, OutboxRecord::Recipient::Status::Pending, std::nullopt});
    return r;
}

SendResult failedWith(Phase phase, int code, NetworkFault fault = NetworkFault::None, bool transient = false)
{
    SendResult s;
    s.status = SendResult::Status::Failed;
    Failure f;
    f.phase = phase;
    f.fault = fault;
    if (code)
        f.reply = reply(code);
    f.diagnosis.id = QStringLiteral("test");
    f.diagnosis.title = QStringLiteral("title");
    f.diagnosis.remedy = QStringLiteral("remedy");
    f.diagnosis.transient = transient;
    s.failure = f;
    return s;
}
}  // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void exponentialBackOff();
    void jitterStaysInBounds();
    void deferredUntilNextTry();
    void permanentFailsAtOnce();
    void connectionLossDefers();
    void uncertainIsNeverDue();
    void partialRefusalKeepsAccepted();
    void givesUpAfterDays();
    void sendLater();
    void offlineDoesNotCount_data();
    void offlineDoesNotCount();
    void offlineTimeIsNotGivenUpOn();
    void unknownNameWhileOnlineBacksOff();
};

void TestRetryPolicy::exponentialBackOff()
{
    RetryPolicy::Settings s;
    s.initialDelaySecs = 60;
    s.factor = 2;
    s.maxDelaySecs = 3600;
    s.jitter = 0;
    const RetryPolicy policy(s);
    const QList<qint64> expected{60, 120, 240, 480, 960, 1920, 3600, 3600};
    for (int attempt = 1; attempt <= expected.size(); ++attempt)
        QCOMPARE(policy.delaySecs(attempt), expected.at(attempt - 1));
}

void TestRetryPolicy::jitterStaysInBounds()
{
    RetryPolicy::Settings s;
    s.jitter = 0.25;
    double next = 0;
    const RetryPolicy low(s, [] { return 0.0; });
    const RetryPolicy high(s, [] { return 0.999999; });
    const RetryPolicy varying(s, [&next] { return next; });
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const qint64 base = low.baseDelaySecs(attempt);
        QCOMPARE(low.delaySecs(attempt), qint64(std::llround(base * 0.75)));
        QVERIFY(high.delaySecs(attempt) <= s.maxDelaySecs);
        for (next = 0; next < 1; next += 0.1) {
            const qint64 d = varying.delaySecs(attempt);
            QVERIFY(d >= qint64(base * 0.75) && d <= qMin<qint64>(s.maxDelaySecs, qint64(base * 1.25) + 1));
        }
    }
}

void TestRetryPolicy::deferredUntilNextTry()
{
    test::ManualClock clock;
    RetryPolicy::Settings s;
    s.jitter = 0;
    const RetryPolicy policy(s);
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    policy.apply(r, failedWith(Phase::Mail, 451), clock.now());
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    QCOMPARE(r.nextTry, clock.now().addSecs(60));
    QVERIFY(r.reason.contains(QStringLiteral("451")));
    QVERIFY(!r.isDue(clock.now()));
    clock.advance(59);
    QVERIFY(!r.isDue(clock.now()));
    clock.advance(1);
    QVERIFY(r.isDue(clock.now()));
    // The third attempt waits twice as long as the second.
    r.attempts = 2;
    policy.apply(r, failedWith(Phase::Rcpt, 450), clock.now());
    QCOMPARE(r.nextTry, clock.now().addSecs(120));
}

void TestRetryPolicy::permanentFailsAtOnce()
{
    const QDateTime now = test::ManualClock().now();
    const RetryPolicy policy;
    for (Phase phase : {Phase::Mail, Phase::Rcpt, Phase::Data, Phase::FinalReply}) {
        OutboxRecord r = record({QStringLiteral("a@x.org")}, now);
        policy.apply(r, failedWith(phase, 550, NetworkFault::None, true), now);
        QCOMPARE(r.state, OutboxRecord::State::Failed);
        QVERIFY(!r.nextTry.isValid());
        QCOMPARE(r.diagnosis.value(QStringLiteral("remedy")).toString(), QStringLiteral("remedy"));
        QVERIFY(r.reason.contains(QStringLiteral("remedy")));
    }
}

void TestRetryPolicy::connectionLossDefers()
{
    const QDateTime now = test::ManualClock().now();
    const RetryPolicy policy;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, now);
    policy.apply(r, failedWith(Phase::Connect, 0, NetworkFault::ConnectionRefused, true), now);
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    // A message behind one whose end went out never left: deferred, not failed.
    OutboxRecord behind = record({QStringLiteral("a@x.org")}, now);
    SendResult notAttempted = failedWith(Phase::FinalReply, 0, NetworkFault::RemoteClosed, false);
    notAttempted.attempted = false;
    notAttempted.failure->diagnosis.deliveryUnknown = true;
    policy.apply(behind, notAttempted, now);
    QCOMPARE(behind.state, OutboxRecord::State::Deferred);
}

void TestRetryPolicy::uncertainIsNeverDue()
{
    test::ManualClock clock;
    const RetryPolicy policy;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    r.uploadStarted = true;
    SendResult s = failedWith(Phase::FinalReply, 0, NetworkFault::Timeout);
    s.uncertain = true;
    policy.apply(r, s, clock.now());
    QCOMPARE(r.state, OutboxRecord::State::Uncertain);
    QVERIFY(!r.reason.isEmpty());
    clock.advance(365 * 24 * 3600);
    QVERIFY(!r.isDue(clock.now()));
}

void TestRetryPolicy::partialRefusalKeepsAccepted()
{
    const QDateTime now = test::ManualClock().now();
    const RetryPolicy policy;
    OutboxRecord r = record({QStringLiteral("a@x.org"), QStringLiteral("b@x.org"), QStringLiteral("c@x.org")}, now);
    SendResult s;
    s.status = SendResult::Status::Partial;
    s.finalReply = reply(250);
    s.recipients = {{QStringLiteral("a@x.org"), true, reply(250)},
                    {QStringLiteral("b@x.org"), false, reply(450)},
                    {QStringLiteral("c@x.org"), false, reply(550)}};
    policy.apply(r, s, now);
    QCOMPARE(r.state, OutboxRecord::State::Deferred);  // b may work later
    QCOMPARE(r.pendingRecipients(), (QStringList{QStringLiteral("b@x.org"), QStringLiteral("c@x.org")}));
    QCOMPARE(r.recipients.at(0).status, OutboxRecord::Recipient::Status::Accepted);
    QCOMPARE(r.recipients.at(2).reply->code, 550);
    // Only permanent refusals: failed, and the accepted ones stay accepted.
    OutboxRecord p = record({QStringLiteral("a@x.org"), QStringLiteral("c@x.org")}, now);
    s.recipients = {{QStringLiteral("a@x.org"), true, reply(250)}, {QStringLiteral("c@x.org"), false, reply(550)}};
    policy.apply(p, s, now);
    QCOMPARE(p.state, OutboxRecord::State::Failed);
    QCOMPARE(p.pendingRecipients(), QStringList{QStringLiteral("c@x.org")});
    // A refused final reply undoes the RCPT acceptances: nobody has it.
    OutboxRecord q = record({QStringLiteral("a@x.org")}, now);
    SendResult refused = failedWith(Phase::FinalReply, 554);
    refused.recipients = {{QStringLiteral("a@x.org"), true, reply(250)}};
    policy.apply(q, refused, now);
    QCOMPARE(q.pendingRecipients(), QStringList{QStringLiteral("a@x.org")});
}

void TestRetryPolicy::givesUpAfterDays()
{
    test::ManualClock clock;
    RetryPolicy::Settings s;
    s.giveUpAfterSecs = 3600;
    const RetryPolicy policy(s);
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    clock.advance(3600);
    policy.apply(r, failedWith(Phase::Mail, 421), clock.now());
    QCOMPARE(r.state, OutboxRecord::State::Failed);
}

void TestRetryPolicy::sendLater()
{
    test::ManualClock clock;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    r.notBefore = clock.now().addSecs(600);
    QVERIFY(!r.isDue(clock.now()));
    clock.advance(600);
    QVERIFY(r.isDue(clock.now()));
}

void TestRetryPolicy::offlineDoesNotCount_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("offline");
    QTest::newRow("name does not resolve") << int(Phase::Resolve) << int(NetworkFault::HostNotFound) << true;
    QTest::newRow("network unreachable") << int(Phase::Connect) << int(NetworkFault::NetworkUnreachable) << true;
    QTest::newRow("refused: the server's") << int(Phase::Connect) << int(NetworkFault::ConnectionRefused) << false;
    QTest::newRow("connect timeout") << int(Phase::Connect) << int(NetworkFault::Timeout) << false;
    QTest::newRow("dropped once connected") << int(Phase::Mail) << int(NetworkFault::NetworkUnreachable) << false;
}

void TestRetryPolicy::offlineDoesNotCount()
{
    QFETCH(int, phase);
    QFETCH(int, fault);
    QFETCH(bool, offline);
    test::ManualClock clock;
    RetryPolicy::Settings s;
    s.jitter = 0;
    const RetryPolicy policy(s);
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    r.attempts = 3;  // two earlier attempts, and this one
    policy.apply(r, failedWith(Phase(phase), 0, NetworkFault(fault), true), clock.now());
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    QCOMPARE(r.offline, offline);
    if (offline) {
        QCOMPARE(r.attempts, 2);  // this one does not count
        QCOMPARE(r.nextTry, clock.now().addSecs(s.offlineRetrySecs));
        QVERIFY(r.reason.startsWith(QStringLiteral("Offline")));
        QCOMPARE(r.offlineSince, clock.now());
        // Still offline a minute later: the spell goes on, nothing escalates.
        clock.advance(60);
        r.attempts += 1;
        policy.apply(r, failedWith(Phase(phase), 0, NetworkFault(fault), true), clock.now());
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.nextTry, clock.now().addSecs(60));
        QCOMPARE(r.offlineSince, clock.now().addSecs(-60));
    } else {
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.nextTry, clock.now().addSecs(policy.baseDelaySecs(3)));
        QVERIFY(!r.offlineSince.isValid());
    }
}

void TestRetryPolicy::offlineTimeIsNotGivenUpOn()
{
    // Four days offline, then two days of a server saying 451: the message
    // has been refused for two days only, so it is still deferred.
    test::ManualClock clock;
    const RetryPolicy policy;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    policy.apply(r, failedWith(Phase::Resolve, 0, NetworkFault::HostNotFound, true), clock.now());
    QVERIFY(r.offline);
    clock.advance(4 * 24 * 3600);
    r.attempts += 1;
    policy.apply(r, failedWith(Phase::Mail, 451), clock.now());
    QVERIFY(!r.offline);
    QVERIFY(!r.offlineSince.isValid());
    QCOMPARE(r.offlineSecs, qint64(4 * 24 * 3600));
    clock.advance(2 * 24 * 3600);
    r.attempts += 1;
    policy.apply(r, failedWith(Phase::Mail, 451), clock.now());
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    // Three more days of refusals: five days counted, it gives up.
    clock.advance(3 * 24 * 3600 + 1);
    r.attempts += 1;
    policy.apply(r, failedWith(Phase::Mail, 451), clock.now());
    QCOMPARE(r.state, OutboxRecord::State::Failed);
}

void TestRetryPolicy::unknownNameWhileOnlineBacksOff()
{
    // Known to be on line, a name that does not resolve is a typo or the
    // server's DNS: it backs off like any temporary failure.
    const QDateTime now = test::ManualClock().now();
    const RetryPolicy policy;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, now);
    policy.apply(r, failedWith(Phase::Resolve, 0, NetworkFault::HostNotFound, true), now, false);
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    QVERIFY(!r.offline);
    QCOMPARE(r.attempts, 1);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
