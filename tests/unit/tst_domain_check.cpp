// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DkimTestKeys.h"
#include "DnsZoneDouble.h"
#include "domain/DomainCheck.h"
#include "providers/ProviderCatalog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace stamp;
using stamp::domain::DomainCheck;
using stamp::domain::DomainCheckRequest;
using stamp::domain::DomainFinding;
using stamp::domain::DomainReport;
using stamp::domain::SuggestedRecord;
using stamp::test::DnsZoneDouble;
using Status = DomainFinding::Status;
namespace keys = stamp::test::dkimkeys;

Q_DECLARE_METATYPE(stamp::domain::DomainReport)

namespace {
const QString testDomain = QStringLiteral("example.test");

// A Fastmail-like provider: one include host, CNAME'd selectors.
ProviderPreset provider()
{
    ProviderPreset preset;
    preset.id = QStringLiteral("mailhost");
    preset.displayName = QStringLiteral("Mailhost");
    preset.domains = { QStringLiteral("mailhost.example") };
    preset.mxDomains = { QStringLiteral("mx.mailhost.example") };
    preset.spfIncludes = { QStringLiteral("spf.mailhost.example") };
    preset.dkimSelectors = { DkimSelectorHint { QStringLiteral("mh1"), DkimSelectorHint::Form::Cname,
        QStringLiteral("{selector}.{domain}.dkim.mailhost.example") } };
    return preset;
}

QString key(const char *base64, const QString &extra = QString())
{
    return QStringLiteral("v=DKIM1; k=rsa; %1p=%2").arg(extra, QLatin1String(base64));
}

// Everything a healthy domain at the provider publishes.
void healthy(DnsZoneDouble &zone)
{
    zone.mx(testDomain, 10, QStringLiteral("in1.mx.mailhost.example"));
    zone.txt(testDomain, QStringLiteral("v=spf1 include:spf.mailhost.example -all"));
    zone.txt(testDomain, QStringLiteral("google-site-verification=abc"));
    zone.txt(QStringLiteral("spf.mailhost.example"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"));
    zone.cname(QStringLiteral("mh1._domainkey.example.test"),
        QStringLiteral("mh1.example.test.dkim.mailhost.example"));
    zone.txt(QStringLiteral("mh1.example.test.dkim.mailhost.example"), key(keys::rsa2048));
    zone.txt(QStringLiteral("_dmarc.example.test"),
        QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:d@example.test"));
    zone.txt(QStringLiteral("_mta-sts.example.test"), QStringLiteral("v=STSv1; id=20260101"));
}
} // namespace

class TestDomainCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyDomainPasses();
    void asksEachQuestionOnce();
    void mx_data();
    void mx();
    void spf_data();
    void spf();
    void spfSuggestsTheProvidersInclude();
    void spfSuggestsAFreshRecord();
    void spfEndsIncludeLoops();
    void dkim_data();
    void dkim();
    void dkimSuggestsTheProvidersCname();
    void dkimWithoutSelectorsIsInfo();
    void dkimProbesGivenSelectors();
    void followsCnameChains();
    void stopsLongCnameChains();
    void dmarc_data();
    void dmarc();
    void dmarcAtTheOrganizationalDomain();
    void dmarcSuggestsARecord();
    void dmarcAtTheWrongName_data();
    void dmarcAtTheWrongName();
    void presenceChecksAreInformation();
    void consumerDomainHasNothingToPublish();
    void findsProviderByMx();
    void deadlineMarksUnfinishedChecks();
    void dnsFailureAsAWhole();
    void cancelStopsTheRun();
    void jsonHasTheAgreedShape();
    void zoneLineSplitsLongText();
    void presetsCarryDeliverabilityData();

private:
    DomainReport run(DnsZoneDouble &zone, std::optional<ProviderPreset> preset = provider(),
        const QStringList &selectors = {}, const ProviderCatalog *catalog = nullptr, int deadlineMs = 5000);
    const DomainFinding &find(const DomainReport &report, const QString &id);
};

void TestDomainCheck::initTestCase()
{
    qRegisterMetaType<DomainReport>();
}

DomainReport TestDomainCheck::run(DnsZoneDouble &zone, std::optional<ProviderPreset> preset,
    const QStringList &selectors, const ProviderCatalog *catalog, int deadlineMs)
{
    DomainCheck check;
    QSignalSpy finished(&check, &DomainCheck::finished);
    DomainCheckRequest request;
    request.addressOrDomain = QStringLiteral("me@Example.TEST");
    request.provider = preset;
    request.resolver = &zone;
    request.dkimSelectors = selectors;
    request.catalog = catalog;
    request.deadlineMs = deadlineMs;
    check.start(request);
    if (!finished.wait(deadlineMs + 2000))
        return {};
    QTest::qWait(20); // nothing more may arrive
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<DomainReport>();
}

const DomainFinding &TestDomainCheck::find(const DomainReport &report, const QString &id)
{
    static const DomainFinding none;
    const DomainFinding *finding = report.finding(id);
    return finding ? *finding : none;
}

void TestDomainCheck::healthyDomainPasses()
{
    DnsZoneDouble zone;
    healthy(zone);
    const DomainReport report = run(zone);
    QCOMPARE(report.domain, testDomain);
    QCOMPARE(report.providerId, QStringLiteral("mailhost"));
    QVERIFY(!report.consumerDomain);
    QVERIFY(!report.dnsUnavailable);
    QStringList ids;
    QList<Status> statuses;
    for (const DomainFinding &finding : report.checks) {
        ids << finding.id;
        statuses << finding.status;
        QVERIFY(!finding.title.isEmpty());
        QVERIFY(!finding.detail.isEmpty());
    }
    QCOMPARE(ids, QStringList({ "mx", "spf", "dkim", "dmarc", "mta-sts", "tls-rpt" }));
    QCOMPARE(statuses,
        QList<Status>(
            { Status::Pass, Status::Pass, Status::Pass, Status::Pass, Status::Info, Status::Info }));
    QVERIFY(!report.hasFailure());
    QCOMPARE(find(report, "spf").records, QStringList { "v=spf1 include:spf.mailhost.example -all" });
    QCOMPARE(find(report, "dkim").records, QStringList { key(keys::rsa2048) });
    QCOMPARE(find(report, "mta-sts").records, QStringList { "v=STSv1; id=20260101" });
    QVERIFY(find(report, "tls-rpt").records.isEmpty());
    QCOMPARE(find(report, "mx").records, QStringList { "10 in1.mx.mailhost.example." });
}

void TestDomainCheck::asksEachQuestionOnce()
{
    // The apex TXT is wanted by SPF and by the search for a misplaced DMARC
    // record; the provider's include sits twice in the tree.
    DnsZoneDouble fresh;
    fresh.mx(testDomain, 10, QStringLiteral("in1.mx.mailhost.example"));
    fresh.txt(testDomain, QStringLiteral("v=spf1 include:a.example.test include:spf.mailhost.example -all"));
    fresh.txt(QStringLiteral("a.example.test"), QStringLiteral("v=spf1 include:spf.mailhost.example -all"));
    fresh.txt(QStringLiteral("spf.mailhost.example"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"));
    const DomainReport report = run(fresh, provider(), { QStringLiteral("mh1"), QStringLiteral("other") });
    QCOMPARE(find(report, "dmarc").status, Status::Fail);
    const QHash<QString, int> questions = fresh.questions();
    QVERIFY(!questions.isEmpty());
    for (auto it = questions.constBegin(); it != questions.constEnd(); ++it)
        QVERIFY2(
            it.value() == 1, qPrintable(QStringLiteral("%1 asked %2 times").arg(it.key()).arg(it.value())));
    QCOMPARE(fresh.asked(QDnsLookup::TXT, testDomain), 1);
    QCOMPARE(fresh.asked(QDnsLookup::TXT, QStringLiteral("spf.mailhost.example")), 1);
    QCOMPARE(fresh.asked(QDnsLookup::TXT, QStringLiteral("mh1._domainkey.example.test")), 1);
}

void TestDomainCheck::mx_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<Status>("status");
    QTest::newRow("records") << "mx" << Status::Pass;
    QTest::newRow("null mx") << "null" << Status::Fail;
    QTest::newRow("address only") << "a" << Status::Warn;
    QTest::newRow("ipv6 only") << "aaaa" << Status::Warn;
    QTest::newRow("nothing") << "txt" << Status::Fail;
    QTest::newRow("nxdomain") << "none" << Status::Fail;
}

void TestDomainCheck::mx()
{
    QFETCH(QString, setup);
    QFETCH(Status, status);
    DnsZoneDouble zone;
    if (setup == "mx")
        zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    else if (setup == "null")
        zone.mx(testDomain, 0, QString()); // RFC 7505 "MX 0 ." as Qt returns it
    else if (setup == "a")
        zone.address(testDomain, QStringLiteral("192.0.2.1"));
    else if (setup == "aaaa")
        zone.address(testDomain, QStringLiteral("2001:db8::1"));
    else if (setup == "txt")
        zone.txt(testDomain, QStringLiteral("v=spf1 -all"));
    const DomainReport report = run(zone);
    QCOMPARE(find(report, "mx").status, status);
    if (setup == "null")
        QCOMPARE(find(report, "mx").records, QStringList { "0 ." });
    if (setup == "none")
        QVERIFY(find(report, "mx").title.contains(QLatin1String("not exist")));
}

void TestDomainCheck::spf_data()
{
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("extra"); // "name|text"
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("titleMentions");
    const QStringList provider = { "spf.mailhost.example|v=spf1 ip4:192.0.2.0/24 -all" };
    QTest::newRow("authorised") << QStringList { "v=spf1 include:spf.mailhost.example ~all" } << provider
                                << Status::Pass << "Mailhost";
    QTest::newRow("none") << QStringList {} << provider << Status::Fail << "No SPF";
    QTest::newRow("two records") << QStringList { "v=spf1 include:spf.mailhost.example -all",
        "v=spf1 mx -all" } << provider
                                 << Status::Fail << "More than one";
    QTest::newRow("syntax error") << QStringList { "v=spf1 include:spf.mailhost.example ipv4:192.0.2.1 -all" }
                                  << provider << Status::Fail << "error";
    QTest::newRow("run together") << QStringList { "v=spf1include:spf.mailhost.example-all" } << provider
                                  << Status::Fail << "run together";
    QTest::newRow("+all") << QStringList { "v=spf1 include:spf.mailhost.example +all" } << provider
                          << Status::Fail << "anyone";
    QTest::newRow("bare all") << QStringList { "v=spf1 include:spf.mailhost.example all" } << provider
                              << Status::Fail << "anyone";
    QTest::newRow("?all") << QStringList { "v=spf1 include:spf.mailhost.example ?all" } << provider
                          << Status::Warn << "?all";
    QTest::newRow("ptr") << QStringList { "v=spf1 ptr include:spf.mailhost.example -all" } << provider
                         << Status::Warn << "ptr";
    QTest::newRow("provider missing")
        << QStringList { "v=spf1 include:_spf.other.example -all" }
        << (QStringList(provider) << "_spf.other.example|v=spf1 ip4:198.51.100.0/24 -all") << Status::Fail
        << "does not authorise";
    QTest::newRow("provider after all") << QStringList { "v=spf1 -all include:spf.mailhost.example" }
                                        << provider << Status::Fail << "does not authorise";
    QTest::newRow("provider with -include") << QStringList { "v=spf1 -include:spf.mailhost.example ~all" }
                                            << provider << Status::Fail << "does not authorise";
    QTest::newRow("provider nested") << QStringList { "v=spf1 include:_spf.example.test -all" }
                                     << (QStringList(provider)
                                            << "_spf.example.test|v=spf1 include:spf.mailhost.example ~all")
                                     << Status::Pass << "Mailhost";
    QTest::newRow("provider via redirect")
        << QStringList { "v=spf1 redirect=_spf.example.test" }
        << (QStringList(provider) << "_spf.example.test|v=spf1 include:spf.mailhost.example -all")
        << Status::Pass << "Mailhost";
    QTest::newRow("flattened") << QStringList { "v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.7 -all" } << provider
                               << Status::Warn << "Unknown";
    QTest::newRow("include without spf")
        << QStringList { "v=spf1 include:spf.mailhost.example include:nospf.example.test -all" }
        << (QStringList(provider) << "nospf.example.test|hello") << Status::Fail << "without SPF";
    QStringList many;
    QString eleven = "v=spf1";
    for (int i = 0; i < 5; ++i) {
        eleven += QStringLiteral(" include:s%1.example.test").arg(i);
        many << QStringLiteral("s%1.example.test|v=spf1 a mx -all").arg(i);
    }
    eleven += " include:spf.mailhost.example -all";
    // 6 includes + 5 x (a + mx) = 16 lookups through the tree.
    QTest::newRow("over 10 lookups") << QStringList { eleven } << (QStringList(provider) + many)
                                     << Status::Fail << "too many";
    QTest::newRow("void lookups") << QStringList {
        "v=spf1 include:spf.mailhost.example include:gone1.example.test "
        "include:gone2.example.test include:gone3.example.test -all"
    } << provider << Status::Fail << "SPF";
}

void TestDomainCheck::spf()
{
    QFETCH(QStringList, records);
    QFETCH(QStringList, extra);
    QFETCH(Status, status);
    QFETCH(QString, titleMentions);
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    for (const QString &record : records)
        zone.txt(testDomain, record);
    for (const QString &entry : extra)
        zone.txt(entry.section('|', 0, 0), entry.section('|', 1));
    const DomainReport report = run(zone);
    const DomainFinding &spf = find(report, "spf");
    QCOMPARE(spf.status, status);
    QVERIFY2(spf.title.contains(titleMentions), qPrintable(spf.title));
    if (!records.isEmpty() && records.first().startsWith("v=spf1 "))
        QCOMPARE(spf.records, records);
    if (QString(QTest::currentDataTag()) == QLatin1String("void lookups"))
        QVERIFY(spf.detail.contains("2") || spf.notes.join(' ').contains("receivers give up after 2"));
}

void TestDomainCheck::spfSuggestsTheProvidersInclude()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    zone.txt(testDomain, QStringLiteral("v=spf1 mx include:_spf.other.example -all"));
    zone.txt(QStringLiteral("_spf.other.example"), QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all"));
    const DomainFinding spf = find(run(zone), "spf");
    QCOMPARE(spf.status, Status::Fail);
    QVERIFY(spf.suggested);
    QCOMPARE(spf.suggested->name, testDomain);
    QCOMPARE(spf.suggested->type, QStringLiteral("TXT"));
    QCOMPARE(spf.suggested->value,
        QStringLiteral("v=spf1 mx include:_spf.other.example include:spf.mailhost.example -all"));
}

void TestDomainCheck::spfSuggestsAFreshRecord()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    const DomainFinding spf = find(run(zone), "spf");
    QCOMPARE(spf.status, Status::Fail);
    QVERIFY(spf.suggested);
    QCOMPARE(spf.suggested->value, QStringLiteral("v=spf1 include:spf.mailhost.example ~all"));
    // Without a provider there is no record to suggest.
    DnsZoneDouble bare;
    bare.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    const DomainFinding alone = find(run(bare, std::nullopt), "spf");
    QCOMPARE(alone.status, Status::Fail);
    QVERIFY(!alone.suggested);
}

void TestDomainCheck::spfEndsIncludeLoops()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    zone.txt(testDomain, QStringLiteral("v=spf1 include:a.example.test include:spf.mailhost.example -all"));
    zone.txt(QStringLiteral("a.example.test"), QStringLiteral("v=spf1 include:b.example.test -all"));
    zone.txt(QStringLiteral("b.example.test"), QStringLiteral("v=spf1 include:a.example.test -all"));
    zone.txt(QStringLiteral("spf.mailhost.example"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"));
    const DomainFinding spf = find(run(zone), "spf");
    QCOMPARE(spf.status, Status::Fail);
    QVERIFY2(spf.title.contains("itself"), qPrintable(spf.title));
    QCOMPARE(zone.asked(QDnsLookup::TXT, QStringLiteral("a.example.test")), 1);
    QCOMPARE(zone.asked(QDnsLookup::TXT, QStringLiteral("b.example.test")), 1);
}

void TestDomainCheck::dkim_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("titleMentions");
    QTest::newRow("2048") << QStringList { key(keys::rsa2048) } << Status::Pass << "found";
    QTest::newRow("ed25519") << QStringList { QStringLiteral("v=DKIM1; k=ed25519; p=%1").arg(keys::ed25519) }
                             << Status::Pass << "found";
    QTest::newRow("1024") << QStringList { key(keys::rsa1024) } << Status::Warn << "short";
    QTest::newRow("512") << QStringList { key(keys::rsa512) } << Status::Fail << "too short";
    QTest::newRow("revoked") << QStringList { QStringLiteral("v=DKIM1; k=rsa; p=") } << Status::Fail
                             << "revoked";
    QTest::newRow("testing") << QStringList { key(keys::rsa2048, "t=y; ") } << Status::Warn << "test";
    QTest::newRow("broken") << QStringList { QStringLiteral("v=DKIM1; p=AAAA") } << Status::Fail << "error";
    QTest::newRow("none") << QStringList {} << Status::Fail << "No DKIM";
}

void TestDomainCheck::dkim()
{
    QFETCH(QStringList, keys);
    QFETCH(Status, status);
    QFETCH(QString, titleMentions);
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    for (const QString &text : keys)
        zone.txt(QStringLiteral("mh1._domainkey.example.test"), text);
    const DomainFinding dkim = find(run(zone), "dkim");
    QCOMPARE(dkim.status, status);
    QVERIFY2(dkim.title.contains(titleMentions), qPrintable(dkim.title));
    QCOMPARE(dkim.records, keys);
}

void TestDomainCheck::dkimSuggestsTheProvidersCname()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    const DomainFinding dkim = find(run(zone), "dkim");
    QCOMPARE(dkim.status, Status::Fail);
    QVERIFY(dkim.suggested);
    QCOMPARE(dkim.suggested->name, QStringLiteral("mh1._domainkey.example.test"));
    QCOMPARE(dkim.suggested->type, QStringLiteral("CNAME"));
    QCOMPARE(dkim.suggested->value, QStringLiteral("mh1.example.test.dkim.mailhost.example"));
    QCOMPARE(dkim.suggested->zoneLine(),
        QStringLiteral("mh1._domainkey.example.test. 3600 IN CNAME mh1.example.test.dkim.mailhost.example."));
}

void TestDomainCheck::dkimWithoutSelectorsIsInfo()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    const DomainFinding dkim = find(run(zone, std::nullopt), "dkim");
    QCOMPARE(dkim.status, Status::Info);
    QVERIFY(dkim.title.contains("unknown"));
    QVERIFY(!dkim.detail.contains("--"));
}

void TestDomainCheck::dkimProbesGivenSelectors()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    zone.txt(QStringLiteral("s2026._domainkey.example.test"), key(keys::rsa2048));
    const DomainFinding dkim = find(run(zone, std::nullopt, { QStringLiteral("s2026") }), "dkim");
    QCOMPARE(dkim.status, Status::Pass);
    // A provider selector without a key next to a good one is fine.
    DnsZoneDouble both;
    both.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    both.txt(QStringLiteral("s2026._domainkey.example.test"), key(keys::rsa2048));
    QCOMPARE(find(run(both, provider(), { QStringLiteral("s2026") }), "dkim").status, Status::Pass);
    QCOMPARE(both.asked(QDnsLookup::TXT, QStringLiteral("mh1._domainkey.example.test")), 1);
}

void TestDomainCheck::followsCnameChains()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    // Microsoft 365's form: selector1 -> tenant zone -> (another hop).
    zone.cname(QStringLiteral("mh1._domainkey.example.test"), QStringLiteral("hop1.tenant.example"));
    zone.cname(QStringLiteral("hop1.tenant.example"), QStringLiteral("hop2.keys.example"));
    zone.txt(QStringLiteral("hop2.keys.example"), key(keys::rsa2048));
    const DomainFinding dkim = find(run(zone), "dkim");
    QCOMPARE(dkim.status, Status::Pass);
    QCOMPARE(zone.asked(QDnsLookup::TXT, QStringLiteral("hop2.keys.example")), 1);
}

void TestDomainCheck::stopsLongCnameChains()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    zone.cname(QStringLiteral("mh1._domainkey.example.test"), QStringLiteral("c0.example.test"));
    for (int i = 0; i < 12; ++i)
        zone.cname(QStringLiteral("c%1.example.test").arg(i), QStringLiteral("c%1.example.test").arg(i + 1));
    const DomainFinding dkim = find(run(zone), "dkim");
    QCOMPARE(dkim.status, Status::Info); // could not be checked
    QCOMPARE(zone.asked(QDnsLookup::TXT, QStringLiteral("c8.example.test")), 0);
}

void TestDomainCheck::dmarc_data()
{
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("titleMentions");
    QTest::newRow("reject") << QStringList { "v=DMARC1; p=reject" } << Status::Pass << "reject";
    QTest::newRow("quarantine") << QStringList { "v=DMARC1; p=quarantine; rua=mailto:d@example.test" }
                                << Status::Pass << "quarantine";
    QTest::newRow("none") << QStringList { "v=DMARC1; p=none; rua=mailto:d@example.test" } << Status::Warn
                          << "p=none";
    QTest::newRow("pct 50") << QStringList { "v=DMARC1; p=reject; pct=50" } << Status::Warn << "pct=50";
    QTest::newRow("two") << QStringList { "v=DMARC1; p=reject", "v=DMARC1; p=none" } << Status::Fail
                         << "More than one";
    QTest::newRow("not first") << QStringList { "p=reject; v=DMARC1" } << Status::Fail << "v=DMARC1";
    QTest::newRow("broken") << QStringList { "v=DMARC1; p=maybe" } << Status::Fail << "error";
    QTest::newRow("other txt only") << QStringList { "hello" } << Status::Fail << "No DMARC";
}

void TestDomainCheck::dmarc()
{
    QFETCH(QStringList, records);
    QFETCH(Status, status);
    QFETCH(QString, titleMentions);
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    for (const QString &record : records)
        zone.txt(QStringLiteral("_dmarc.example.test"), record);
    const DomainFinding dmarc = find(run(zone), "dmarc");
    QCOMPARE(dmarc.status, status);
    QVERIFY2(dmarc.title.contains(titleMentions), qPrintable(dmarc.title));
}

void TestDomainCheck::dmarcAtTheOrganizationalDomain()
{
    DnsZoneDouble zone;
    DomainCheck check;
    QSignalSpy finished(&check, &DomainCheck::finished);
    zone.mx(QStringLiteral("news.example.test"), 10, QStringLiteral("mx.example.test"));
    zone.txt(QStringLiteral("_dmarc.example.test"), QStringLiteral("v=DMARC1; p=reject; sp=none"));
    DomainCheckRequest request;
    request.addressOrDomain = QStringLiteral("news.example.test");
    request.resolver = &zone;
    check.start(request);
    QVERIFY(finished.wait());
    const DomainReport report = finished.first().first().value<DomainReport>();
    const DomainFinding dmarc = find(report, "dmarc");
    // RFC 7489 §6.6.3: the subdomain falls under the org record's sp=.
    QCOMPARE(dmarc.status, Status::Warn);
    QCOMPARE(dmarc.records, QStringList { "v=DMARC1; p=reject; sp=none" });
    QCOMPARE(zone.asked(QDnsLookup::TXT, QStringLiteral("_dmarc.news.example.test")), 1);
}

void TestDomainCheck::dmarcSuggestsARecord()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    const DomainFinding dmarc = find(run(zone), "dmarc");
    QCOMPARE(dmarc.status, Status::Fail);
    QVERIFY(dmarc.suggested);
    QCOMPARE(dmarc.suggested->name, QStringLiteral("_dmarc.example.test"));
    QCOMPARE(
        dmarc.suggested->value, QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@example.test"));
    QVERIFY(dmarc.detail.contains(QLatin1String("dmarc-reports@example.test")));
}

void TestDomainCheck::dmarcAtTheWrongName_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("apex") << testDomain;
    QTest::newRow("zone appended") << QStringLiteral("_dmarc.example.test.example.test");
}

void TestDomainCheck::dmarcAtTheWrongName()
{
    QFETCH(QString, where);
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    zone.txt(where, QStringLiteral("v=DMARC1; p=quarantine"));
    const DomainFinding dmarc = find(run(zone), "dmarc");
    QCOMPARE(dmarc.status, Status::Fail);
    QVERIFY2(dmarc.title.contains("wrong name"), qPrintable(dmarc.title));
    QVERIFY(dmarc.detail.contains(where));
    QVERIFY(dmarc.detail.contains(QLatin1String("_dmarc.example.test")));
    QVERIFY(dmarc.suggested);
    QCOMPARE(dmarc.suggested->name, QStringLiteral("_dmarc.example.test"));
    QCOMPARE(dmarc.suggested->value, QStringLiteral("v=DMARC1; p=quarantine"));
}

void TestDomainCheck::presenceChecksAreInformation()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    zone.txt(
        QStringLiteral("_smtp._tls.example.test"), QStringLiteral("v=TLSRPTv1; rua=mailto:tls@example.test"));
    const DomainReport report = run(zone);
    QCOMPARE(find(report, "tls-rpt").status, Status::Info);
    QCOMPARE(find(report, "tls-rpt").records, QStringList { "v=TLSRPTv1; rua=mailto:tls@example.test" });
    QCOMPARE(find(report, "mta-sts").status, Status::Info);
    QVERIFY(find(report, "mta-sts").records.isEmpty());
}

void TestDomainCheck::consumerDomainHasNothingToPublish()
{
    DnsZoneDouble zone;
    ProviderCatalog catalog;
    catalog.add(provider());
    DomainCheck check;
    QSignalSpy finished(&check, &DomainCheck::finished);
    DomainCheckRequest request;
    request.addressOrDomain = QStringLiteral("someone@mailhost.example");
    request.resolver = &zone;
    request.catalog = &catalog;
    check.start(request);
    QVERIFY(finished.wait());
    const DomainReport report = finished.first().first().value<DomainReport>();
    QVERIFY(report.consumerDomain);
    QVERIFY(report.checks.isEmpty());
    QVERIFY(!report.consumerExplanation.isEmpty());
    QCOMPARE(report.providerId, QStringLiteral("mailhost"));
    QVERIFY(!report.hasFailure());
    QVERIFY(zone.questions().isEmpty()); // nothing asked
}

void TestDomainCheck::findsProviderByMx()
{
    DnsZoneDouble zone;
    healthy(zone);
    ProviderCatalog catalog;
    catalog.add(provider());
    const DomainReport report = run(zone, std::nullopt, {}, &catalog);
    QCOMPARE(report.providerId, QStringLiteral("mailhost"));
    QCOMPARE(find(report, "spf").status, Status::Pass);
    QCOMPARE(find(report, "dkim").status, Status::Pass); // the preset's selector was probed
}

void TestDomainCheck::deadlineMarksUnfinishedChecks()
{
    DnsZoneDouble zone;
    zone.setSilent(true);
    QElapsedTimer clock;
    clock.start();
    const DomainReport report = run(zone, provider(), {}, nullptr, 300);
    QVERIFY(clock.elapsed() >= 290);
    QVERIFY(clock.elapsed() < 2000);
    QCOMPARE(report.checks.size(), 6);
    for (const DomainFinding &finding : report.checks) {
        QCOMPARE(finding.status, Status::Info);
        QVERIFY(finding.title.contains("not be checked"));
    }
    QVERIFY(report.dnsUnavailable);
    QVERIFY(zone.cancellations() >= 1);
}

void TestDomainCheck::dnsFailureAsAWhole()
{
    DnsZoneDouble zone;
    zone.setFailEverything(true);
    const DomainReport report = run(zone);
    QVERIFY(report.dnsUnavailable);
    QCOMPARE(report.checks.size(), 6);
    QVERIFY(!report.hasFailure());
    for (const DomainFinding &finding : report.checks)
        QCOMPARE(finding.status, Status::Info);
    // One name failing is not DNS failing as a whole.
    DnsZoneDouble partly;
    healthy(partly);
    partly.failName(QStringLiteral("_dmarc.example.test"));
    const DomainReport some = run(partly);
    QVERIFY(!some.dnsUnavailable);
    QCOMPARE(find(some, "dmarc").status, Status::Info);
    QCOMPARE(find(some, "spf").status, Status::Pass);
}

void TestDomainCheck::cancelStopsTheRun()
{
    DnsZoneDouble zone;
    healthy(zone);
    DomainCheck check;
    QSignalSpy finished(&check, &DomainCheck::finished);
    DomainCheckRequest request;
    request.addressOrDomain = testDomain;
    request.resolver = &zone;
    request.provider = provider();
    check.start(request);
    QVERIFY(check.isRunning());
    check.cancel();
    QVERIFY(!check.isRunning());
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
    // And it runs again after a cancel.
    check.start(request);
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
}

void TestDomainCheck::jsonHasTheAgreedShape()
{
    DnsZoneDouble zone;
    zone.mx(testDomain, 10, QStringLiteral("mx.example.test"));
    zone.txt(testDomain, QStringLiteral("v=spf1 mx -all"));
    const QJsonObject json = run(zone).toJson();
    QCOMPARE(json.value("domain").toString(), testDomain);
    QCOMPARE(json.value("provider").toString(), QStringLiteral("mailhost"));
    QCOMPARE(json.value("consumerDomain").toBool(true), false);
    QCOMPARE(json.value("dnsUnavailable").toBool(true), false);
    const QJsonArray checks = json.value("checks").toArray();
    QCOMPARE(checks.size(), 6);
    const QJsonObject spf = checks.at(1).toObject();
    QCOMPARE(spf.value("id").toString(), QStringLiteral("spf"));
    QCOMPARE(spf.value("status").toString(), QStringLiteral("fail"));
    QCOMPARE(spf.value("records").toArray().first().toString(), QStringLiteral("v=spf1 mx -all"));
    const QJsonObject suggested = spf.value("suggested").toObject();
    QCOMPARE(suggested.value("name").toString(), testDomain);
    QCOMPARE(suggested.value("type").toString(), QStringLiteral("TXT"));
    QCOMPARE(
        suggested.value("value").toString(), QStringLiteral("v=spf1 mx include:spf.mailhost.example -all"));
    QVERIFY(checks.at(0).toObject().value("suggested").isNull());
    QVERIFY(checks.at(0).toObject().value("notes").isArray());
    for (const char *field : { "title", "detail" })
        QVERIFY(!spf.value(field).toString().isEmpty());
    QVERIFY(DomainReport().toJson().value("provider").isNull());
}

void TestDomainCheck::zoneLineSplitsLongText()
{
    const QString value = QStringLiteral("v=DKIM1; k=rsa; p=%1").arg(keys::rsa2048);
    QVERIFY(value.size() > 255);
    const SuggestedRecord record { QStringLiteral("sel._domainkey.example.test"), QStringLiteral("TXT"),
        value };
    const QString line = record.zoneLine();
    QVERIFY(line.startsWith(QLatin1String("sel._domainkey.example.test. 3600 IN TXT \"v=DKIM1; k=rsa; p=")));
    const QString data = line.mid(line.indexOf('"'));
    const QStringList pieces = data.split(QStringLiteral("\" \""));
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.first().size() - 1, 255); // the opening quote
    QString joined = data;
    joined.remove(QStringLiteral("\" \"")).remove('"');
    QCOMPARE(joined, value);
    const SuggestedRecord quoted { testDomain, QStringLiteral("TXT"), QStringLiteral("a \"b\"") };
    QCOMPARE(quoted.zoneLine(), QStringLiteral("example.test. 3600 IN TXT \"a \\\"b\\\"\""));
}

void TestDomainCheck::presetsCarryDeliverabilityData()
{
    const ProviderCatalog catalog = ProviderCatalog::standard();
    QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join('\n')));
    const std::optional<ProviderPreset> fastmail = catalog.byId(QStringLiteral("fastmail"));
    QVERIFY(fastmail);
    QCOMPARE(fastmail->spfIncludes, QStringList { "spf.messagingengine.com" });
    QCOMPARE(fastmail->dkimSelectors.size(), 3);
    const DkimSelectorHint fm1 = fastmail->dkimSelectors.first();
    QCOMPARE(fm1.form, DkimSelectorHint::Form::Cname);
    QCOMPARE(fm1.recordName(testDomain), QStringLiteral("fm1._domainkey.example.test"));
    QCOMPARE(fm1.targetFor(testDomain), QStringLiteral("fm1.example.test.dkim.fmhosted.com"));
    QVERIFY(fastmail->deliverabilityHelpUrl.startsWith(QLatin1String("https://")));
    const std::optional<ProviderPreset> microsoft = catalog.byId(QStringLiteral("microsoft365"));
    QVERIFY(microsoft);
    QCOMPARE(microsoft->dkimSelectors.first().targetFor(QStringLiteral("my.example.com")),
        QStringLiteral("selector1-my-example-com._domainkey.TENANT.onmicrosoft.com"));
    const std::optional<ProviderPreset> google = catalog.byId(QStringLiteral("gmail"));
    QVERIFY(google);
    QCOMPARE(google->spfIncludes, QStringList { "_spf.google.com" });
    QCOMPARE(google->dkimSelectors.first().form, DkimSelectorHint::Form::Txt);
    for (const char *id : { "icloud", "zoho", "amazon-ses", "sendgrid", "mailgun", "proton-bridge" })
        QVERIFY2(!catalog.byId(QLatin1String(id))->spfIncludes.isEmpty(), id);
}

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "tst_domain_check.moc"
