// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DnsResolver.h"

#include <QPointer>

namespace stamp {

SystemDnsResolver::SystemDnsResolver(QObject *parent)
    : DnsResolver(parent)
{ }

void SystemDnsResolver::lookup(QDnsLookup::Type type, const QString &name, Callback done)
{
    auto *dns = new QDnsLookup(type, name, this);
    if (!m_nameserver.isNull())
        dns->setNameserver(m_nameserver);
    connect(dns, &QDnsLookup::finished, this, [dns, done] {
        dns->deleteLater();
        QList<DnsRecord> records;
        auto strip = [](QString host) {
            while (host.endsWith(QLatin1Char('.')))
                host.chop(1);
            return host;
        };
        for (const QDnsMailExchangeRecord &mx : dns->mailExchangeRecords())
            records << DnsRecord { strip(mx.exchange()), 0, mx.preference(), 0 };
        for (const QDnsServiceRecord &srv : dns->serviceRecords())
            records << DnsRecord { strip(srv.target()), srv.port(), srv.priority(), srv.weight() };
        // NXDOMAIN / no records is an empty answer, not a failure to report.
        const bool empty = dns->error() == QDnsLookup::NotFoundError;
        done(records, dns->error() == QDnsLookup::NoError || empty ? QString() : dns->errorString());
    });
    dns->lookup();
}

void SystemDnsResolver::cancelAll()
{
    for (QDnsLookup *dns : findChildren<QDnsLookup *>()) {
        // Disconnect first: a cancelled lookup must not call back.
        dns->disconnect(this);
        dns->abort();
        dns->deleteLater();
    }
}

} // namespace stamp
