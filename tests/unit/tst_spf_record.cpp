// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/SpfRecord.h"

#include <QTest>

using namespace stamp::domain;

class TestSpfRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesSpf_data();
    void recognisesSpf();
    void parsesValidRecords_data();
    void parsesValidRecords();
    void refusesSyntaxErrors_data();
    void refusesSyntaxErrors();
    void readsQualifiers_data();
    void readsQualifiers();
    void readsModifiers();
    void ignoresTermsAfterAll();
    void countsLookupTerms();
    void joinsSplitStringsWithoutSpaces();
    void insertsInclude_data();
    void insertsInclude();
};

void TestSpfRecord::recognisesSpf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("spf");
    // RFC 7208 §4.5: "v=spf1" then a space or the end; the version is
    // case-insensitive (§12 ABNF strings).
    QTest::newRow("bare") << "v=spf1" << true;
    QTest::newRow("terms") << "v=spf1 -all" << true;
    QTest::newRow("upper case") << "V=SPF1 -all" << true;
    QTest::newRow("version 10") << "v=spf10 -all" << false;
    QTest::newRow("no space") << "v=spf1-all" << false;
    QTest::newRow("other txt") << "google-site-verification=abc" << false;
    QTest::newRow("leading space") << " v=spf1 -all" << false;
}

void TestSpfRecord::recognisesSpf()
{
    QFETCH(QString, text);
    QFETCH(bool, spf);
    QCOMPARE(SpfRecord::isSpf(text), spf);
}

void TestSpfRecord::parsesValidRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<int>("terms");
    // RFC 7208 Appendix A: the example zone's records and A.1's examples.
    QTest::newRow("A zone example.com") << "v=spf1 +mx a:colo.example.com/28 -all" << 2 << 3;
    QTest::newRow("A.1 +all") << "v=spf1 +all" << 0 << 1;
    QTest::newRow("A.1 a") << "v=spf1 a -all" << 1 << 2;
    QTest::newRow("A.1 a:example.org") << "v=spf1 a:example.org -all" << 1 << 2;
    QTest::newRow("A.1 mx") << "v=spf1 mx -all" << 1 << 2;
    QTest::newRow("A.1 mx:example.org") << "v=spf1 mx:example.org -all" << 1 << 2;
    QTest::newRow("A.1 mx mx:") << "v=spf1 mx mx:example.org -all" << 2 << 3;
    QTest::newRow("A.1 mx/30") << "v=spf1 mx/30 -all" << 1 << 2;
    QTest::newRow("A.1 mx/30 mx:/30") << "v=spf1 mx/30 mx:example.org/30 -all" << 2 << 3;
    QTest::newRow("A.1 ptr") << "v=spf1 ptr -all" << 1 << 2;
    QTest::newRow("A.1 ip4") << "v=spf1 ip4:192.0.2.128/28 -all" << 0 << 2;
    QTest::newRow("A.4 exists macro") << "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all" << 1 << 2;
    QTest::newRow("A.4 exists verify") << "v=spf1 exists:%{i}._spf_verify.%{d} -all" << 1 << 2;
    QTest::newRow("A.4 include macros")
        << "v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all" << 2 << 3;
    QTest::newRow("ip6 network") << "v=spf1 ip6:2001:db8::/32 ~all" << 0 << 2;
    QTest::newRow("ip6 address") << "v=spf1 ip6:2001:db8::1 -all" << 0 << 2;
    QTest::newRow("dual cidr") << "v=spf1 a//64 mx/24//64 -all" << 2 << 3;
    QTest::newRow("provider") << "v=spf1 include:_spf.google.com ~all" << 1 << 2;
    QTest::newRow("redirect") << "v=spf1 redirect=_spf.example.com" << 1 << 1;
    QTest::newRow("empty record") << "v=spf1" << 0 << 0;
    QTest::newRow("extra spaces") << "v=spf1   mx    -all  " << 1 << 2;
    QTest::newRow("exp") << "v=spf1 mx -all exp=explain._spf.%{d}" << 1 << 3;
    QTest::newRow("unknown modifier") << "v=spf1 mx foo=bar -all" << 1 << 3;
}

void TestSpfRecord::parsesValidRecords()
{
    QFETCH(QString, text);
    QFETCH(int, lookups);
    QFETCH(int, terms);
    const SpfRecord record = SpfRecord::parse(text);
    QVERIFY2(record.isValid(), qPrintable(record.error()));
    QCOMPARE(record.lookupTermCount(), lookups);
    QCOMPARE(record.terms().size(), terms);
}

void TestSpfRecord::refusesSyntaxErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not spf") << "v=spf2 -all"
                             << "v=spf1";
    QTest::newRow("unknown mechanism") << "v=spf1 foo:bar -all"
                                       << "foo:bar";
    QTest::newRow("include without domain") << "v=spf1 include -all"
                                            << "include";
    QTest::newRow("include empty") << "v=spf1 include: -all"
                                   << "include:";
    QTest::newRow("ip4 out of range") << "v=spf1 ip4:192.0.2.300 -all"
                                      << "192.0.2.300";
    QTest::newRow("ip4 prefix 33") << "v=spf1 ip4:192.0.2.0/33 -all"
                                   << "192.0.2.0/33";
    QTest::newRow("ip4 short form") << "v=spf1 ip4:10.1 -all"
                                    << "10.1";
    QTest::newRow("ip4 given ip6") << "v=spf1 ip4:2001:db8::1 -all"
                                   << "ip4";
    QTest::newRow("ip6 prefix 129") << "v=spf1 ip6:2001:db8::/129 -all"
                                    << "2001:db8::/129";
    QTest::newRow("numeric top label") << "v=spf1 a:example.123 -all"
                                       << "example.123";
    QTest::newRow("single label") << "v=spf1 include:localhost -all"
                                  << "localhost";
    QTest::newRow("all with value") << "v=spf1 all:example.com"
                                    << "all";
    QTest::newRow("mx bad cidr") << "v=spf1 mx//129 -all"
                                 << "mx//129";
    QTest::newRow("two redirects") << "v=spf1 redirect=a.example redirect=b.example"
                                   << "redirect";
    QTest::newRow("two exp") << "v=spf1 -all exp=a.example exp=b.example"
                             << "exp";
    QTest::newRow("bad macro") << "v=spf1 exists:%{z}.example.com -all"
                               << "exists";
    QTest::newRow("double qualifier") << "v=spf1 +-all"
                                      << "+-all";
    QTest::newRow("split without space") << "v=spf1 include:_spf.google.com~all"
                                         << "_spf.google.com~all";
}

void TestSpfRecord::refusesSyntaxErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const SpfRecord record = SpfRecord::parse(text);
    QVERIFY(!record.isValid());
    QVERIFY2(record.error().contains(mentions), qPrintable(record.error()));
}

void TestSpfRecord::readsQualifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("qualifier");
    QTest::addColumn<bool>("explicitQualifier");
    // RFC 7208 §4.6.2: "+" is the default.
    QTest::newRow("bare all") << "v=spf1 all" << QChar('+') << false;
    QTest::newRow("+all") << "v=spf1 +all" << QChar('+') << true;
    QTest::newRow("-all") << "v=spf1 -all" << QChar('-') << true;
    QTest::newRow("~all") << "v=spf1 ~all" << QChar('~') << true;
    QTest::newRow("?all") << "v=spf1 ?all" << QChar('?') << true;
    QTest::newRow("upper case ALL") << "v=spf1 -ALL" << QChar('-') << true;
}

void TestSpfRecord::readsQualifiers()
{
    QFETCH(QString, text);
    QFETCH(QChar, qualifier);
    QFETCH(bool, explicitQualifier);
    const SpfRecord record = SpfRecord::parse(text);
    QVERIFY(record.isValid());
    QVERIFY(record.allTerm());
    QCOMPARE(record.allTerm()->qualifier, qualifier);
    QCOMPARE(record.allTerm()->explicitQualifier, explicitQualifier);
}

void TestSpfRecord::readsModifiers()
{
    const SpfRecord redirect = SpfRecord::parse(QStringLiteral("v=spf1 mx redirect=_spf.example.com"));
    QVERIFY(redirect.isValid());
    QCOMPARE(redirect.redirect(), QStringLiteral("_spf.example.com"));
    QCOMPARE(redirect.terms().constLast().kind, SpfTerm::Kind::Redirect);
    QVERIFY(redirect.terms().constLast().isModifier());
    QCOMPARE(redirect.lookupTermCount(), 2);

    // §6.1: redirect is ignored when the record has "all".
    const SpfRecord both = SpfRecord::parse(QStringLiteral("v=spf1 mx -all redirect=_spf.example.com"));
    QVERIFY(both.isValid());
    QVERIFY(both.redirect().isEmpty());
    QCOMPARE(both.lookupTermCount(), 1);

    const SpfRecord unknown = SpfRecord::parse(QStringLiteral("v=spf1 moo.cow-far_out=man:dog/cat -all"));
    QVERIFY2(unknown.isValid(), qPrintable(unknown.error()));
    QCOMPARE(unknown.terms().first().kind, SpfTerm::Kind::OtherModifier);
}

void TestSpfRecord::ignoresTermsAfterAll()
{
    // §5.1: mechanisms after "all" never run, so they cost no lookup.
    const SpfRecord record
        = SpfRecord::parse(QStringLiteral("v=spf1 include:a.example -all include:b.example mx"));
    QVERIFY(record.isValid());
    QCOMPARE(record.includes(), QStringList { QStringLiteral("a.example") });
    QCOMPARE(record.lookupTermCount(), 1);
}

void TestSpfRecord::countsLookupTerms()
{
    // §4.6.4: include, a, mx, ptr, exists and redirect count; ip4, ip6
    // and all do not.
    QString text = QStringLiteral("v=spf1");
    for (int i = 0; i < 11; ++i)
        text += QStringLiteral(" include:s%1.example.com").arg(i);
    text += QStringLiteral(" ip4:192.0.2.1 ip6:2001:db8::1 -all");
    const SpfRecord record = SpfRecord::parse(text);
    QVERIFY(record.isValid());
    QCOMPARE(record.lookupTermCount(), 11);
    QCOMPARE(record.includes().size(), 11);
    QVERIFY(record.hasAddressTerms());
    QVERIFY(!record.hasPtr());
    QCOMPARE(SpfRecord::parse(QStringLiteral("v=spf1 a mx ptr exists:x.example.com redirect=y.example.com"))
                 .lookupTermCount(),
        5);
}

void TestSpfRecord::joinsSplitStringsWithoutSpaces()
{
    // §3.3: strings are joined with nothing in between. Split right, the
    // record is valid; split without trailing spaces it is not SPF at all.
    const QStringList good
        = { QStringLiteral("v=spf1 "), QStringLiteral("include:_spf.google.com "), QStringLiteral("~all") };
    const QStringList bad
        = { QStringLiteral("v=spf1"), QStringLiteral("include:_spf.google.com"), QStringLiteral("~all") };
    QVERIFY(SpfRecord::parse(good.join(QString())).isValid());
    QVERIFY(!SpfRecord::isSpf(bad.join(QString())));
    const QStringList middle = { QStringLiteral("v=spf1 include:_spf.google.com"), QStringLiteral("~all") };
    QVERIFY(!SpfRecord::parse(middle.join(QString())).isValid());
}

void TestSpfRecord::insertsInclude_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QString() << "v=spf1 include:spf.example.net ~all";
    QTest::newRow("before all") << "v=spf1 mx -all"
                                << "v=spf1 mx include:spf.example.net -all";
    QTest::newRow("before ~all") << "v=spf1 include:_spf.google.com ~all"
                                 << "v=spf1 include:_spf.google.com include:spf.example.net ~all";
    QTest::newRow("before redirect") << "v=spf1 mx redirect=_spf.example.com"
                                     << "v=spf1 mx include:spf.example.net redirect=_spf.example.com";
    QTest::newRow("no all") << "v=spf1 mx"
                            << "v=spf1 mx include:spf.example.net ~all";
}

void TestSpfRecord::insertsInclude()
{
    QFETCH(QString, record);
    QFETCH(QString, expected);
    const QString result = SpfRecord::withInclude(record, QStringLiteral("spf.example.net"));
    QCOMPARE(result, expected);
    QVERIFY(SpfRecord::parse(result).isValid());
}

QTEST_GUILESS_MAIN(TestSpfRecord)
#include "tst_spf_record.moc"
