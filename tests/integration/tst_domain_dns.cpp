// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp domain check` against a real authoritative DNS server (Knot, see
// tests/support/dns-testbed.sh) on 127.0.0.153 port 53. The zones are written
// here: one domain under the test TLD per case of issue 17, and the
// providers' own zones (messagingengine.com, fmhosted.com, onmicrosoft.com,
// protection.outlook.com, google.com) with the host names the presets name,
// so every name resolves offline. Every query goes to that server through
// --nameserver; nothing leaves the machine. Needs root (port 53).
// tests/unit/tst_domain_check.cpp checks the engine against a resolver double.

#include "DomainZones.h"
#include "Peers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {

const QString kServer = QStringLiteral("127.0.0.153");
const QStringList kCheckIds = { QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dkim"),
    QStringLiteral("dmarc"), QStringLiteral("mta-sts"), QStringLiteral("tls-rpt") };

} // namespace

class TestDomainDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void zoneCases_data();
    void zoneCases();
    void humanOutputShowsTheRecordToPublish();
    void consumerDomainHasNothingToPublish();
    void stoppedServerMeansDnsUnavailable();

private:
    test::CliRun check(const QString &domain, const QString &provider, bool json = true);
    test::DomainZones m_zones;
    test::DnsTestbed m_dns { QHostAddress(kServer) };
    QTemporaryDir m_home;
};

test::CliRun TestDomainDns::check(const QString &domain, const QString &provider, bool json)
{
    QStringList args = { QStringLiteral("domain"), QStringLiteral("check"), domain };
    if (!provider.isEmpty())
        args << QStringLiteral("--provider") << provider;
    args << QStringLiteral("--nameserver") << kServer;
    if (json)
        args << QStringLiteral("--json");
    // A private configuration: the check must not need an account.
    const QHash<QString, QString> env = { { QStringLiteral("HOME"), m_home.path() },
        { QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")) },
        { QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")) },
        { QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")) },
        { QStringLiteral("LANGUAGE"), QStringLiteral("en") },
        { QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8") } };
    return test::runStamp(args, {}, env, 60000);
}

void TestDomainDns::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString built = m_zones.build(QHostAddress(kServer));
    QVERIFY2(built.isEmpty(), qPrintable(built));
    QCOMPARE(test::DomainZones::longSpf().size(), 300);
    m_zones.installInto(m_dns);
    const QString error = m_dns.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("DNS server on %s:53 answered %lld ms after start", qPrintable(kServer), m_dns.startMilliseconds());
}

void TestDomainDns::cleanupTestCase()
{
    m_dns.stop();
}

void TestDomainDns::zoneCases_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("provider");
    // Statuses in the order of kCheckIds.
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<int>("exitCode");
    // One check's records as seen (empty: not compared).
    QTest::addColumn<QString>("recordsOf");
    QTest::addColumn<QStringList>("records");
    // One check's suggested record, "name|type|value" (empty: not compared;
    // "null": must have none).
    QTest::addColumn<QString>("suggestedOf");
    QTest::addColumn<QString>("suggested");
    // Words the failing or warning check must say (its detail or notes).
    QTest::addColumn<QString>("mentionedBy");
    QTest::addColumn<QString>("mentions");

    const auto s = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
    const QString spf = QStringLiteral("spf"), dkim = QStringLiteral("dkim"), dmarc = QStringLiteral("dmarc"),
                  mx = QStringLiteral("mx"), fastmail = QStringLiteral("fastmail");
    const QString fmInclude = QStringLiteral("v=spf1 include:spf.messagingengine.com ~all");

    QTest::newRow("healthy") << "healthy.test" << fastmail << s("pass pass pass pass info info") << 0 << spf
                             << QStringList { fmInclude } << spf << "null" << QString() << QString();
    QTest::newRow("two SPF records") << "twospf.test" << fastmail << s("pass fail pass pass info info") << 1
                                     << spf
                                     << QStringList { fmInclude,
                                            QStringLiteral("v=spf1 include:_spf.google.com ~all") }
                                     << QString() << QString() << QString() << QString();
    QTest::newRow("SPF over 10 lookups")
        << "manylookups.test" << fastmail << s("pass fail pass pass info info") << 1 << QString()
        << QStringList() << QString() << QString() << spf << "10";
    QTest::newRow("SPF without the provider")
        << "noinclude.test" << fastmail << s("pass fail pass pass info info") << 1 << spf
        << QStringList { QStringLiteral("v=spf1 include:_spf.google.com ~all") } << spf
        << "noinclude.test|TXT|v=spf1 include:_spf.google.com include:spf.messagingengine.com ~all"
        << QString() << QString();
    QTest::newRow("DKIM key of 1024 bits")
        << "weakkey.test" << fastmail << s("pass pass warn pass info info") << 0 << QString() << QStringList()
        << QString() << QString() << dkim << "1024";
    QTest::newRow("revoked DKIM key") << "revoked.test" << fastmail << s("pass pass fail pass info info") << 1
                                      << dkim << QStringList { QStringLiteral("v=DKIM1; k=rsa; p=") }
                                      << QString() << QString() << QString() << QString();
    QTest::newRow("DMARC under the zone name twice")
        << "wrongdmarc.test" << fastmail << s("pass pass pass fail info info") << 1 << QString()
        << QStringList() << dmarc << "_dmarc.wrongdmarc.test|TXT|" << dmarc
        << "_dmarc.wrongdmarc.test.wrongdmarc.test";
    QTest::newRow("DMARC at the apex")
        << "apexdmarc.test" << fastmail << s("pass pass pass fail info info") << 1 << QString()
        << QStringList() << dmarc << "_dmarc.apexdmarc.test|TXT|" << dmarc << "_dmarc.apexdmarc.test";
    QTest::newRow("p=none") << "pnone.test" << fastmail << s("pass pass pass warn info info") << 0 << dmarc
                            << QStringList { QStringLiteral(
                                   "v=DMARC1; p=none; rua=mailto:dmarc-reports@pnone.test") }
                            << QString() << QString() << QString() << QString();
    QTest::newRow("null MX") << "nullmx.test" << fastmail << s("fail pass pass pass info info") << 1
                             << QString() << QStringList() << mx << "null" << QString() << QString();
    QTest::newRow("300-character TXT in strings")
        << "longtxt.test" << fastmail << s("pass pass pass pass info info") << 0 << spf
        << QStringList { QString::fromLatin1(test::DomainZones::longSpf()) } << spf << "null" << QString() << QString();
    QTest::newRow("Microsoft 365 CNAME'd DKIM")
        << "m365.test"
        << "microsoft365" << s("pass pass pass pass info info") << 0 << QString() << QStringList() << dkim
        << "null" << QString() << QString();
}

void TestDomainDns::zoneCases()
{
    QFETCH(QString, domain);
    QFETCH(QString, provider);
    QFETCH(QStringList, statuses);
    QFETCH(int, exitCode);
    QFETCH(QString, recordsOf);
    QFETCH(QStringList, records);
    QFETCH(QString, suggestedOf);
    QFETCH(QString, suggested);
    QFETCH(QString, mentionedBy);
    QFETCH(QString, mentions);

    const test::CliRun run = check(domain, provider);
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError,
        qPrintable(
            QStringLiteral("not JSON (%1): %2 %3")
                .arg(parseError.errorString(), QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
    const QString seen = QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));

    QCOMPARE(report.value(QStringLiteral("domain")).toString(), domain);
    QCOMPARE(report.value(QStringLiteral("provider")).toString(), provider);
    QCOMPARE(report.value(QStringLiteral("consumerDomain")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("dnsUnavailable")).toBool(true), false);

    const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
    QStringList ids, got;
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &c : checks) {
        const QJsonObject o = c.toObject();
        ids << o.value(QStringLiteral("id")).toString();
        got << o.value(QStringLiteral("status")).toString();
        byId.insert(ids.last(), o);
        QVERIFY2(!o.value(QStringLiteral("title")).toString().isEmpty(), qPrintable(seen));
    }
    QCOMPARE(ids, kCheckIds);
    QVERIFY2(got == statuses,
        qPrintable(QStringLiteral("statuses %1, expected %2\n%3")
                       .arg(got.join(QLatin1Char(' ')), statuses.join(QLatin1Char(' ')), seen)));
    QVERIFY2(run.exitCode == exitCode,
        qPrintable(QStringLiteral("exit status %1\n%2").arg(run.exitCode).arg(seen)));

    if (!recordsOf.isEmpty()) {
        QStringList seenRecords;
        for (const QJsonValue &r : byId.value(recordsOf).value(QStringLiteral("records")).toArray())
            seenRecords << r.toString();
        QStringList a = seenRecords, b = records;
        a.sort();
        b.sort();
        QVERIFY2(a == b, qPrintable(QStringLiteral("%1 records differ\n%2").arg(recordsOf, seen)));
    }
    if (!suggestedOf.isEmpty()) {
        const QJsonValue value = byId.value(suggestedOf).value(QStringLiteral("suggested"));
        if (suggested == QLatin1String("null")) {
            QVERIFY2(value.isNull() || value.isUndefined(),
                qPrintable(QStringLiteral("%1 suggests a record\n%2").arg(suggestedOf, seen)));
        } else {
            const QStringList want = suggested.split(QLatin1Char('|'));
            const QJsonObject o = value.toObject();
            QVERIFY2(o.value(QStringLiteral("name")).toString() == want.at(0)
                    && o.value(QStringLiteral("type")).toString() == want.at(1)
                    && (want.at(2).isEmpty() || o.value(QStringLiteral("value")).toString() == want.at(2)),
                qPrintable(QStringLiteral("%1 should suggest %2\n%3").arg(suggestedOf, suggested, seen)));
        }
    }
    if (!mentionedBy.isEmpty()) {
        const QJsonObject o = byId.value(mentionedBy);
        QString words = o.value(QStringLiteral("detail")).toString();
        for (const QJsonValue &n : o.value(QStringLiteral("notes")).toArray())
            words += QLatin1Char('\n') + n.toString();
        QVERIFY2(words.contains(mentions),
            qPrintable(QStringLiteral("%1 does not mention \"%2\"\n%3").arg(mentionedBy, mentions, seen)));
    }
}

void TestDomainDns::humanOutputShowsTheRecordToPublish()
{
    const test::CliRun run = check(QStringLiteral("noinclude.test"), QStringLiteral("fastmail"), false);
    const QString out = QString::fromUtf8(run.out);
    QCOMPARE(run.exitCode, 1);
    // The suggested record in zone-file form, ready to paste into a DNS panel.
    QVERIFY2(out.contains(QStringLiteral("noinclude.test. 3600 IN TXT \"v=spf1 include:_spf.google.com "
                                         "include:spf.messagingengine.com ~all\"")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\u2718")), qPrintable(out)); // ✘ before the failing check
    QVERIFY2(!out.trimmed().startsWith(QLatin1Char('{')), qPrintable(out));
}

void TestDomainDns::consumerDomainHasNothingToPublish()
{
    // The server holds no gmail.com zone: a consumer domain needs no DNS.
    const test::CliRun run = check(QStringLiteral("gmail.com"), QStringLiteral("gmail"));
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY2(report.value(QStringLiteral("consumerDomain")).toBool(), run.out.constData());
    QCOMPARE(report.value(QStringLiteral("dnsUnavailable")).toBool(true), false);
}

void TestDomainDns::stoppedServerMeansDnsUnavailable()
{
    m_dns.stop();
    QVERIFY(!m_dns.isRunning());
    QElapsedTimer timer;
    timer.start();
    const test::CliRun run = check(QStringLiteral("healthy.test"), QStringLiteral("fastmail"));
    const qint64 took = timer.elapsed();
    qInfo("with the DNS server stopped the check took %lld ms", took);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(run.exitCode == 3,
        qPrintable(QStringLiteral("exit status %1: %2%3")
                       .arg(run.exitCode)
                       .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
    QVERIFY2(report.value(QStringLiteral("dnsUnavailable")).toBool(), run.out.constData());
    // Within the engine's overall deadline (15 s), not a hang.
    QVERIFY2(took < 20000, qPrintable(QString::number(took)));
}

QTEST_GUILESS_MAIN(TestDomainDns)
#include "tst_domain_dns.moc"
