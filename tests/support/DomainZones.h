// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QString>

namespace stamp::test {

class DnsTestbed;

// The zones of the domain check's cases (issue 17), for a DnsTestbed: one
// domain under the test TLD per case (healthy.test, twospf.test,
// manylookups.test, noinclude.test, weakkey.test, revoked.test,
// wrongdmarc.test, apexdmarc.test, pnone.test, nullmx.test, longtxt.test,
// m365.test), and the providers' own zones (messagingengine.com,
// fmhosted.com, onmicrosoft.com, protection.outlook.com, google.com) with
// the host names the presets name, so every name resolves offline. The
// command-line test and the app's Deliverability tests read the same zones.
class DomainZones
{
public:
    // Writes every zone (and makes fresh DKIM keys with openssl). Empty on
    // success, else why not. `server` is the name server's own address.
    QString build(const QHostAddress &server);
    // Hands the zones to `dns`; they take effect at its next start().
    void installInto(DnsTestbed &dns) const;

    // A TXT value in zone-file form: quoted strings of at most `piece`
    // bytes each (RFC 1035 §3.3.14).
    static QByteArray txt(const QByteArray &value, int piece = 255);
    // A 300-character SPF record that authorises Fastmail (the long-TXT case).
    static QByteArray longSpf();

private:
    enum Part { Mx = 1, Spf = 2, Dkim = 4, Dmarc = 8, Reporting = 16 };
    static QByteArray soa(const QByteArray &origin);
    void addFastmailDomain(const QByteArray &domain, int parts);
    void add(const QByteArray &origin, const QByteArray &line) { m_zones[origin] += line + '\n'; }

    QMap<QByteArray, QByteArray> m_zones;
    QByteArray m_key2048;
    QByteArray m_key1024;
};

} // namespace stamp::test
