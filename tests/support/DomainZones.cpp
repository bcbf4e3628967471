// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DomainZones.h"

#include "Peers.h"

namespace stamp::test {

// A TXT value in zone-file form: quoted strings of at most 255 bytes each
// (RFC 1035 §3.3.14); a reader joins them without anything between (RFC 7208
// §3.3, RFC 6376 §3.6.2.2).
QByteArray DomainZones::txt(const QByteArray &value, int piece)
{
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); i += piece)
        out += (out.isEmpty() ? "\"" : " \"") + value.mid(i, piece) + '"';
    return out.isEmpty() ? QByteArray("\"\"") : out;
}

QByteArray DomainZones::soa(const QByteArray &origin)
{
    return "$ORIGIN " + origin
        + ".\n$TTL 300\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n"
          "@ NS ns.test.\n";
}

// A 300-character SPF record that authorises Fastmail (the long-TXT case).
// Cut into 255 + 45 bytes, the cut falls inside "ip4:198.51.100.20": a reader
// that joined the strings with a space would break that term.
QByteArray DomainZones::longSpf()
{
    QByteArray spf = "v=spf1 include:spf.messagingengine.com ip6:2001:db8:123::/48";
    for (int n = 10; n < 22; ++n)
        spf += " ip4:198.51.100." + QByteArray::number(n);
    return spf + " ip4:203.0.113.0/24 ~all";
}

// A domain that sends through Fastmail, set up as Fastmail's help asks
// (fastmail.help, article 360060591153), less the parts a case leaves out.
void DomainZones::addFastmailDomain(const QByteArray &domain, int parts)
{
    const QByteArray d = domain + '.';
    if (parts & Mx) {
        add("test", d + " MX 10 in1-smtp.messagingengine.com.");
        add("test", d + " MX 20 in2-smtp.messagingengine.com.");
    }
    if (parts & Spf)
        add("test", d + " TXT \"v=spf1 include:spf.messagingengine.com ~all\"");
    if (parts & Dkim) {
        for (const QByteArray n : { "1", "2", "3" }) {
            const QByteArray target = "fm" + n + '.' + domain + ".dkim.fmhosted.com.";
            add("test", "fm" + n + "._domainkey." + d + " CNAME " + target);
            add("fmhosted.com", target + " TXT " + txt("v=DKIM1; k=rsa; p=" + m_key2048));
        }
    }
    if (parts & Dmarc)
        add("test",
            "_dmarc." + d + " TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@" + domain + "\"");
    if (parts & Reporting) {
        add("test", "_mta-sts." + d + " TXT \"v=STSv1; id=20260101T000000\"");
        add("test", "_smtp._tls." + d + " TXT \"v=TLSRPTv1; rua=mailto:tls-reports@" + domain + "\"");
    }
}

QString DomainZones::build(const QHostAddress &server)
{
    m_zones.clear();
    m_key2048 = DnsTestbed::dkimKey(2048);
    m_key1024 = DnsTestbed::dkimKey(1024);
    if (m_key2048.size() < 350 || m_key1024.size() < 180)
        return QStringLiteral("openssl could not make the DKIM test keys");

    for (const QByteArray origin : { "test", "messagingengine.com", "fmhosted.com", "google.com",
             "protection.outlook.com", "onmicrosoft.com" })
        m_zones[origin] = soa(origin);
    add("test", "ns A " + server.toString().toLatin1());

    // The providers' side, with their real host names.
    add("messagingengine.com", "in1-smtp A 192.0.2.21");
    add("messagingengine.com", "in2-smtp A 192.0.2.22");
    add("messagingengine.com", "spf TXT \"v=spf1 ip4:192.0.2.0/25 ip6:2001:db8::/32 ?all\"");
    add("google.com", "_spf TXT \"v=spf1 ip4:198.51.100.0/25 ~all\"");
    add("protection.outlook.com", "spf TXT \"v=spf1 ip4:203.0.113.0/25 ip6:2001:db8:1::/48 -all\"");
    add("protection.outlook.com", "m365-test.mail A 203.0.113.25");

    // Healthy: every record Fastmail asks for, plus MTA-STS and TLS-RPT.
    addFastmailDomain("healthy.test", Mx | Spf | Dkim | Dmarc | Reporting);

    // Two SPF records: a second one added instead of editing the first.
    addFastmailDomain("twospf.test", Mx | Spf | Dkim | Dmarc);
    add("test", "twospf.test. TXT \"v=spf1 include:_spf.google.com ~all\"");

    // More than 10 lookup terms (RFC 7208 §4.6.4): twelve includes.
    addFastmailDomain("manylookups.test", Mx | Dkim | Dmarc);
    QByteArray many = "v=spf1 include:spf.messagingengine.com";
    for (int i = 1; i <= 11; ++i) {
        many += " include:_s" + QByteArray::number(i) + ".manylookups.test";
        add("test",
            "_s" + QByteArray::number(i) + ".manylookups.test. TXT \"v=spf1 ip4:198.51.100."
                + QByteArray::number(100 + i) + " -all\"");
    }
    add("test", "manylookups.test. TXT \"" + many + " ~all\"");

    // SPF left from a move to Fastmail: Google is authorised, Fastmail not.
    addFastmailDomain("noinclude.test", Mx | Dkim | Dmarc);
    add("test", "noinclude.test. TXT \"v=spf1 include:_spf.google.com ~all\"");

    // A 1024-bit DKIM key at Fastmail's first selector only.
    addFastmailDomain("weakkey.test", Mx | Spf | Dmarc);
    add("test", "fm1._domainkey.weakkey.test. CNAME fm1.weakkey.test.dkim.fmhosted.com.");
    add("fmhosted.com", "fm1.weakkey.test.dkim TXT " + txt("v=DKIM1; k=rsa; p=" + m_key1024));

    // A revoked key (empty p=, RFC 6376 §3.6.1) published in place of the CNAME.
    addFastmailDomain("revoked.test", Mx | Spf | Dmarc);
    add("test", "fm1._domainkey.revoked.test. TXT \"v=DKIM1; k=rsa; p=\"");

    // DMARC at the wrong name: the panel appended the zone to the name, and
    // a record at the apex.
    addFastmailDomain("wrongdmarc.test", Mx | Spf | Dkim);
    add("test", "_dmarc.wrongdmarc.test.wrongdmarc.test. TXT \"v=DMARC1; p=quarantine\"");
    addFastmailDomain("apexdmarc.test", Mx | Spf | Dkim);
    add("test", "apexdmarc.test. TXT \"v=DMARC1; p=reject\"");

    // p=none: monitoring only.
    addFastmailDomain("pnone.test", Mx | Spf | Dkim);
    add("test", "_dmarc.pnone.test. TXT \"v=DMARC1; p=none; rua=mailto:dmarc-reports@pnone.test\"");

    // Null MX (RFC 7505) on a domain that sends.
    addFastmailDomain("nullmx.test", Spf | Dkim | Dmarc);
    add("test", "nullmx.test. MX 0 .");

    // A 300-character SPF record in two strings (255 + 45, cut mid-term).
    addFastmailDomain("longtxt.test", Mx | Dkim | Dmarc);
    add("test", "longtxt.test. TXT " + txt(longSpf()));

    // Microsoft 365: MX preference 0 (not a null MX), DKIM by CNAME into
    // the tenant's onmicrosoft.com zone (another zone: the server answers
    // the CNAME alone and the checker follows it).
    add("test", "m365.test. MX 0 m365-test.mail.protection.outlook.com.");
    add("test", "m365.test. TXT \"v=spf1 include:spf.protection.outlook.com -all\"");
    for (const QByteArray n : { "1", "2" }) {
        const QByteArray target = "selector" + n + "-m365-test._domainkey.m365test.onmicrosoft.com.";
        add("test", "selector" + n + "._domainkey.m365.test. CNAME " + target);
        add("onmicrosoft.com", target + " TXT " + txt("v=DKIM1; k=rsa; p=" + m_key2048));
    }
    add("test", "_dmarc.m365.test. TXT \"v=DMARC1; p=reject; rua=mailto:dmarc-reports@m365.test\"");

    return {};
}

void DomainZones::installInto(DnsTestbed &dns) const
{
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it)
        dns.setZone(QString::fromLatin1(it.key()), it.value());
}

} // namespace stamp::test
