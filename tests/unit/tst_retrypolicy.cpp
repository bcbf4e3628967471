// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

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

SendResult failedWith(Phase phase, int code, NetworkFault fault = NetworkFault::None)
{
    SendResult s;
    s.status = SendResult::Status::Failed;
    Failure f;
    f.phase = phase;
    f.fault = fault;
    f.host = QStringLiteral("smtp.example.org");
    f.message = QStringLiteral("socket says no");
    if (code)
        f.reply = reply(code);
    s.failure = f;
    return s;
}

RetryPolicy::Circumstances answeredBefore()
{
    RetryPolicy::Circumstances c;
    c.serverHasAnswered = true;
    return c;
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
    void unreachableServerNeverFails_data();
    void unreachableServerNeverFails();
    void outageRetriesWithinAMinute();
    void neverAnsweredAsksToCheckSettings();
    void unreachableSpellIsToldOnce();
    void typedQuestions();
    void proxySettingsFaultsFailAtOnce_data();
    void proxySettingsFaultsFailAtOnce();
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
        policy.apply(r, failedWith(phase, 550, NetworkFault::None), now);
        QCOMPARE(r.state, OutboxRecord::State::Failed);
        QVERIFY(!r.nextTry.isValid());
        // The facts are kept for front ends to explain when they show it.
        const std::optional<Failure> kept = r.failure();
        QVERIFY(kept);
        QCOMPARE(kept->phase, phase);
        QCOMPARE(kept->reply->code, 550);
        QCOMPARE(kept->host, QStringLiteral("smtp.example.org"));
        QVERIFY(r.reason.contains(QStringLiteral("550")));
    }
}

void TestRetryPolicy::connectionLossDefers()
{
    const QDateTime now = test::ManualClock().now();
    const RetryPolicy policy;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, now);
    policy.apply(r, failedWith(Phase::Connect, 0, NetworkFault::ConnectionRefused), now);
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    // A message behind one whose end went out never left: deferred, not failed.
    OutboxRecord behind = record({QStringLiteral("a@x.org")}, now);
    SendResult notAttempted = failedWith(Phase::FinalReply, 0, NetworkFault::RemoteClosed);
    notAttempted.attempted = false;
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
    policy.apply(r, failedWith(Phase(phase), 0, NetworkFault(fault)), clock.now());
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
        policy.apply(r, failedWith(Phase(phase), 0, NetworkFault(fault)), clock.now());
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
    policy.apply(r, failedWith(Phase::Resolve, 0, NetworkFault::HostNotFound), clock.now());
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
    RetryPolicy::Circumstances online;
    online.hostNotFoundMeansOffline = false;
    policy.apply(r, failedWith(Phase::Resolve, 0, NetworkFault::HostNotFound), now, online);
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    QVERIFY(!r.offline);
    QCOMPARE(r.attempts, 1);
}

void TestRetryPolicy::unreachableServerNeverFails_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("answeredBefore");
    const QList<QPair<const char *, NetworkFault>> faults{{"refused", NetworkFault::ConnectionRefused},
                                                         {"timeout", NetworkFault::Timeout},
                                                         {"reset", NetworkFault::RemoteClosed},
                                                         // A proxy that is down or cannot reach the server
                                                         // is an outage like a refused connection.
                                                         {"proxy refused", NetworkFault::ProxyRefused},
                                                         {"proxy not found", NetworkFault::ProxyNotFound},
                                                         {"proxy cannot reach server",
                                                             NetworkFault::ProxyTargetUnreachable},
                                                         {"proxy failed", NetworkFault::ProxyFailed}};
    for (const auto &[name, fault] : faults) {
        QTest::addRow("%s, answered before", name) << int(fault) << true;
        QTest::addRow("%s, never answered", name) << int(fault) << false;
    }
}

void TestRetryPolicy::unreachableServerNeverFails()
{
    // A refused connection was once "failed" for good: a message written
    // while the server was down never left once it was back.
    QFETCH(int, fault);
    QFETCH(bool, answeredBefore);
    test::ManualClock clock;
    const RetryPolicy policy;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    RetryPolicy::Circumstances c;
    c.serverHasAnswered = answeredBefore;
    for (int attempt = 1; attempt <= 20; ++attempt) {
        r.attempts = attempt;
        policy.apply(r, failedWith(Phase::Connect, 0, NetworkFault(fault)), clock.now(), c);
        QCOMPARE(r.state, OutboxRecord::State::Deferred);
        QVERIFY(r.nextTry > clock.now());
        QVERIFY(r.unreachableSince.isValid());
        clock.advance(r.nextTry.toSecsSinceEpoch() - clock.now().toSecsSinceEpoch());
    }
}

void TestRetryPolicy::outageRetriesWithinAMinute()
{
    test::ManualClock clock;
    RetryPolicy::Settings s;
    s.jitter = 0;
    const RetryPolicy policy(s);
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    QList<qint64> delays;
    for (int attempt = 1; attempt <= 6; ++attempt) {
        r.attempts = attempt;
        policy.apply(r, failedWith(Phase::Connect, 0, NetworkFault::ConnectionRefused), clock.now(),
                     answeredBefore());
        delays << clock.now().secsTo(r.nextTry);
    }
    QCOMPARE(delays, (QList<qint64>{15, 30, 60, 60, 60, 60}));
    QVERIFY(r.reason.contains(QStringLiteral("smtp.example.org")));
    // With jitter, never later than the cap.
    const RetryPolicy jittery(RetryPolicy::Settings(), [] { return 0.0; });
    for (int attempt = 1; attempt <= 10; ++attempt)
        QVERIFY(jittery.outageDelaySecs(attempt) <= 60);
}

void TestRetryPolicy::neverAnsweredAsksToCheckSettings()
{
    test::ManualClock clock;
    RetryPolicy::Settings s;
    s.jitter = 0;
    const RetryPolicy policy(s);
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    policy.apply(r, failedWith(Phase::Connect, 0, NetworkFault::ConnectionRefused), clock.now());
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    QCOMPARE(clock.now().secsTo(r.nextTry), 60);  // the usual back-off
    QVERIFY(r.reason.contains(QStringLiteral("check the server name and port")));
    // A 5xx from a server that did answer is still final.
    OutboxRecord refused = record({QStringLiteral("a@x.org")}, clock.now());
    policy.apply(refused, failedWith(Phase::Mail, 550), clock.now(), answeredBefore());
    QCOMPARE(refused.state, OutboxRecord::State::Failed);
    QVERIFY(!refused.unreachableSince.isValid());
}

void TestRetryPolicy::unreachableSpellIsToldOnce()
{
    test::ManualClock clock;
    const RetryPolicy policy;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, clock.now());
    const QDateTime start = clock.now();
    policy.apply(r, failedWith(Phase::Connect, 0, NetworkFault::ConnectionRefused), clock.now(), answeredBefore());
    QCOMPARE(r.unreachableSince, start);
    clock.advance(30);
    policy.apply(r, failedWith(Phase::Connect, 0, NetworkFault::ConnectionRefused), clock.now(), answeredBefore());
    QCOMPARE(r.unreachableSince, start);  // the same spell
    // Saved and read back.
    const std::optional<OutboxRecord> again = OutboxRecord::fromJson(r.toJson());
    QVERIFY(again);
    QCOMPARE(again->unreachableSince, start);
    // Sent: the spell is over.
    SendResult ok;
    ok.status = SendResult::Status::Sent;
    ok.recipients.append({QStringLiteral("a@x.org"), true, reply(250)});
    policy.apply(r, ok, clock.now());
    QCOMPARE(r.state, OutboxRecord::State::Sent);
    QVERIFY(!r.unreachableSince.isValid());
}

void TestRetryPolicy::proxySettingsFaultsFailAtOnce_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("proxy refused the login") << int(NetworkFault::ProxyAuthFailed);
    QTest::newRow("proxy forbids the port") << int(NetworkFault::ProxyDenied);
}

void TestRetryPolicy::proxySettingsFaultsFailAtOnce()
{
    // The same proxy answer comes back every time until someone changes the
    // settings: retrying would only knock on the proxy every minute.
    QFETCH(int, fault);
    const QDateTime now = test::ManualClock().now();
    const RetryPolicy policy;
    RetryPolicy::Circumstances answered;
    answered.serverHasAnswered = true;
    OutboxRecord r = record({QStringLiteral("a@x.org")}, now);
    r.attempts = 1;
    const SendResult result = failedWith(Phase::Connect, 0, NetworkFault(fault));
    QVERIFY(!RetryPolicy::isOffline(*result.failure));
    policy.apply(r, result, now, answered);
    QCOMPARE(r.state, OutboxRecord::State::Failed);
    QVERIFY(!r.nextTry.isValid());
    QCOMPARE(r.failure()->fault, NetworkFault(fault));
}

void TestRetryPolicy::typedQuestions()
{
    Failure refusedLogin;
    refusedLogin.phase = Phase::Auth;
    refusedLogin.reply = reply(535);
    QVERIFY(refusedLogin.isLoginRefused());
    QVERIFY(!refusedLogin.isTransient());
    Failure busy = refusedLogin;
    busy.reply = reply(454);
    QVERIFY(!busy.isLoginRefused());
    QVERIFY(busy.isTransient());

    Failure certificate;
    certificate.phase = Phase::Tls;
    certificate.fault = NetworkFault::CertificateRejected;
    certificate.tlsErrors = {QSslError::SelfSignedCertificate};
    QVERIFY(certificate.offersPin());
    certificate.tlsErrors << QSslError::CertificateRevoked;
    QVERIFY(!certificate.offersPin());

    Failure refused;
    refused.phase = Phase::Connect;
    refused.fault = NetworkFault::ConnectionRefused;
    QVERIFY(refused.isConnectionFault());
    QVERIFY(!refused.isTransient());
    // Facts survive a round trip through the outbox's JSON.
    certificate.host = QStringLiteral("mx.example.org");
    const std::optional<Failure> back = Failure::fromJson(certificate.toJson());
    QVERIFY(back);
    QCOMPARE(back->tlsErrors, certificate.tlsErrors);
    QCOMPARE(back->host, certificate.host);
    QCOMPARE(back->fault, certificate.fault);
    QCOMPARE(back->phase, certificate.phase);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
