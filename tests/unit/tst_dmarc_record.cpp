// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/DmarcRecord.h"

#include <QTest>

using namespace stamp::domain;
using Policy = DmarcRecord::Policy;

class TestDmarcRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRfcExamples_data();
    void parsesRfcExamples();
    void readsAlignmentAndSubdomains();
    void refusesErrors_data();
    void refusesErrors();
    void tellsVersionFromLookalikes_data();
    void tellsVersionFromLookalikes();
    void warnsAboutUnknownTags();
    void findsOrganizationalDomain_data();
    void findsOrganizationalDomain();
};

void TestDmarcRecord::parsesRfcExamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Policy>("policy");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QStringList>("rua");
    QTest::addColumn<QStringList>("ruf");
    // RFC 7489 Appendix B.2: the policy records of the examples.
    QTest::newRow("B.2.1 monitor") << "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com"
                                   << Policy::None << 100
                                   << QStringList { "mailto:dmarc-feedback@example.com" } << QStringList();
    QTest::newRow("B.2.3 failure reports")
        << "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com; "
           "ruf=mailto:auth-reports@thirdparty.example.net"
        << Policy::None << 100 << QStringList { "mailto:dmarc-feedback@example.com" }
        << QStringList { "mailto:auth-reports@thirdparty.example.net" };
    QTest::newRow("B.2.4 quarantine 25%")
        << "v=DMARC1; p=quarantine; "
           "rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net!10m; pct=25"
        << Policy::Quarantine << 25
        << QStringList { "mailto:dmarc-feedback@example.com", "mailto:tld-test@thirdparty.example.net" }
        << QStringList();
    QTest::newRow("reject, no space, trailing ;")
        << "v=DMARC1;p=reject;" << Policy::Reject << 100 << QStringList() << QStringList();
    QTest::newRow("spaces around =") << "v = DMARC1 ; p = quarantine" << Policy::Quarantine << 100
                                     << QStringList() << QStringList();
    QTest::newRow("case of values") << "v=DMARC1; p=Reject; pct=0" << Policy::Reject << 0 << QStringList()
                                    << QStringList();
}

void TestDmarcRecord::parsesRfcExamples()
{
    QFETCH(QString, text);
    QFETCH(Policy, policy);
    QFETCH(int, percent);
    QFETCH(QStringList, rua);
    QFETCH(QStringList, ruf);
    const DmarcRecord record = DmarcRecord::parse(text);
    QVERIFY2(record.isValid(), qPrintable(record.errors().join(QLatin1String("; "))));
    QCOMPARE(record.policy(), policy);
    QCOMPARE(record.subdomainPolicy(), policy); // sp defaults to p (§6.3)
    QCOMPARE(record.percent(), percent);
    QCOMPARE(record.aggregateReportUris(), rua);
    QCOMPARE(record.failureReportUris(), ruf);
}

void TestDmarcRecord::readsAlignmentAndSubdomains()
{
    const DmarcRecord defaults = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=none"));
    QCOMPARE(defaults.dkimAlignment(), DmarcRecord::Alignment::Relaxed);
    QCOMPARE(defaults.spfAlignment(), DmarcRecord::Alignment::Relaxed);
    const DmarcRecord strict
        = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=s; fo=1"));
    QVERIFY(strict.isValid());
    QCOMPARE(strict.subdomainPolicy(), Policy::Quarantine);
    QCOMPARE(strict.dkimAlignment(), DmarcRecord::Alignment::Strict);
    QCOMPARE(strict.spfAlignment(), DmarcRecord::Alignment::Strict);
    QVERIFY(strict.warnings().isEmpty());
}

void TestDmarcRecord::refusesErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("version not first") << "p=none; v=DMARC1"
                                       << "v=DMARC1";
    QTest::newRow("version 2") << "v=DMARC2; p=none"
                               << "v=DMARC1";
    QTest::newRow("lower-case version") << "v=dmarc1; p=none"
                                        << "v=DMARC1";
    QTest::newRow("no policy") << "v=DMARC1; rua=mailto:a@example.com"
                               << "p=";
    QTest::newRow("bad policy") << "v=DMARC1; p=block"
                                << "block";
    QTest::newRow("bad sp") << "v=DMARC1; p=none; sp=all"
                            << "sp=all";
    QTest::newRow("pct 150") << "v=DMARC1; p=none; pct=150"
                             << "pct=150";
    QTest::newRow("pct word") << "v=DMARC1; p=none; pct=half"
                              << "pct=half";
    QTest::newRow("bad adkim") << "v=DMARC1; p=none; adkim=x"
                               << "adkim=x";
    QTest::newRow("duplicate p") << "v=DMARC1; p=none; p=reject"
                                 << "\"p\"";
    QTest::newRow("rua without scheme") << "v=DMARC1; p=none; rua=dmarc@example.com"
                                        << "dmarc@example.com";
    QTest::newRow("no equals") << "v=DMARC1; p=none; reject"
                               << "reject";
}

void TestDmarcRecord::refusesErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const DmarcRecord record = DmarcRecord::parse(text);
    QVERIFY(!record.isValid());
    QVERIFY2(
        record.errors().join(QLatin1Char('\n')).contains(mentions), qPrintable(record.errors().join('\n')));
}

void TestDmarcRecord::tellsVersionFromLookalikes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("looksLike");
    QTest::addColumn<bool>("starts");
    QTest::newRow("proper") << "v=DMARC1; p=none" << true << true;
    QTest::newRow("version only") << "v=DMARC1" << true << true;
    QTest::newRow("lower case") << "v=dmarc1; p=none" << true << false;
    QTest::newRow("leading space") << " v=DMARC1; p=none" << true << false;
    QTest::newRow("spf") << "v=spf1 -all" << false << false;
    QTest::newRow("DMARC10") << "v=DMARC10; p=none" << true << false;
}

void TestDmarcRecord::tellsVersionFromLookalikes()
{
    QFETCH(QString, text);
    QFETCH(bool, looksLike);
    QFETCH(bool, starts);
    QCOMPARE(DmarcRecord::looksLikeDmarc(text), looksLike);
    QCOMPARE(DmarcRecord::startsWithVersion(text), starts);
}

void TestDmarcRecord::warnsAboutUnknownTags()
{
    const DmarcRecord record = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=none; np=reject"));
    QVERIFY(record.isValid());
    QCOMPARE(record.warnings().size(), 1);
    QVERIFY(record.warnings().first().contains(QLatin1String("np")));
}

void TestDmarcRecord::findsOrganizationalDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("organizational");
    // RFC 7489 §3.2: public suffix plus one label.
    QTest::newRow("itself") << "example.com"
                            << "example.com";
    QTest::newRow("subdomain") << "mail.example.com"
                               << "example.com";
    QTest::newRow("deep") << "a.b.c.example.com"
                          << "example.com";
    QTest::newRow("two-label suffix") << "news.example.co.uk"
                                      << "example.co.uk";
    QTest::newRow("upper case, dot") << "Mail.Example.COM."
                                     << "example.com";
    QTest::newRow("unlisted tld") << "mail.example.test"
                                  << "example.test";
    QTest::newRow("private suffix") << "me.github.io"
                                    << "me.github.io";
}

void TestDmarcRecord::findsOrganizationalDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, organizational);
    QCOMPARE(DmarcRecord::organizationalDomain(domain), organizational);
}

QTEST_GUILESS_MAIN(TestDmarcRecord)
#include "tst_dmarc_record.moc"
