// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DnsResolver.h"

#include <QPointer>
#include <utility>

namespace stamp {

namespace {
QString withoutDot(QString host)
{
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}
} // namespace

void DnsResolver::query(QDnsLookup::Type type, const QString &name, AnswerCallback done)
{
    lookup(type, name, [done](const QList<DnsRecord> &records, const QString &error) {
        DnsAnswer answer;
        answer.records = records;
        answer.error = error;
        answer.status = !error.isEmpty() ? DnsAnswer::Status::Failed
            : records.isEmpty()          ? DnsAnswer::Status::NoData
                                         : DnsAnswer::Status::Records;
        done(answer);
    });
}

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
            records << DnsRecord { strip(mx.exchange()), 0, mx.preference(), 0, {} };
        for (const QDnsServiceRecord &srv : dns->serviceRecords())
            records << DnsRecord { strip(srv.target()), srv.port(), srv.priority(), srv.weight(), {} };
        // NXDOMAIN / no records is an empty answer, not a failure to report.
        const bool empty = dns->error() == QDnsLookup::NotFoundError;
        done(records, dns->error() == QDnsLookup::NoError || empty ? QString() : dns->errorString());
    });
    dns->lookup();
}

void SystemDnsResolver::query(QDnsLookup::Type type, const QString &name, AnswerCallback done)
{
    auto *dns = new QDnsLookup(type, name, this);
    if (!m_nameserver.isNull())
        dns->setNameserver(m_nameserver);
    connect(dns, &QDnsLookup::finished, this, [this, dns, type, done] {
        dns->deleteLater();
        DnsAnswer answer;
        for (const QDnsMailExchangeRecord &mx : dns->mailExchangeRecords())
            answer.records << DnsRecord { withoutDot(mx.exchange()), 0, mx.preference(), 0, {} };
        for (const QDnsServiceRecord &srv : dns->serviceRecords())
            answer.records << DnsRecord { withoutDot(srv.target()), srv.port(), srv.priority(), srv.weight(),
                {} };
        for (const QDnsTextRecord &txt : dns->textRecords()) {
            DnsRecord record;
            for (const QByteArray &piece : txt.values())
                record.text += QString::fromUtf8(piece);
            answer.records << record;
        }
        for (const QDnsHostAddressRecord &host : dns->hostAddressRecords()) {
            // An A question is answered with A records only, but be exact.
            const bool v4 = host.value().protocol() == QAbstractSocket::IPv4Protocol;
            if ((type == QDnsLookup::A) == v4)
                answer.records << DnsRecord { host.value().toString(), 0, 0, 0, {} };
        }
        const QList<QDnsDomainNameRecord> cnames = dns->canonicalNameRecords();
        if (!cnames.isEmpty()) {
            if (type == QDnsLookup::CNAME) {
                for (const QDnsDomainNameRecord &cname : cnames)
                    answer.records << DnsRecord { withoutDot(cname.value()), 0, 0, 0, {} };
            } else {
                answer.canonicalName = withoutDot(cnames.constLast().value());
            }
        }
        switch (dns->error()) {
        case QDnsLookup::NoError:
            answer.status = answer.records.isEmpty() && answer.canonicalName.isEmpty()
                ? DnsAnswer::Status::NoData
                : DnsAnswer::Status::Records;
            break;
        case QDnsLookup::NotFoundError:
            answer.status = DnsAnswer::Status::NameNotFound;
            break;
        case QDnsLookup::InvalidReplyError: {
            // Qt 6.4 reports "the name has no such record" (NODATA) and "no
            // server answered" alike; a question whose answer is known to be
            // NXDOMAIN or REFUSED tells whether the server is there at all.
            const QString error = dns->errorString();
            probeServer([done, answer, error](bool answers) mutable {
                answer.status = answers ? DnsAnswer::Status::NoData : DnsAnswer::Status::Failed;
                answer.error = answers ? QString() : error;
                done(answer);
            });
            return;
        }
        default:
            answer.status = DnsAnswer::Status::Failed;
            answer.error = dns->errorString();
            break;
        }
        done(answer);
    });
    dns->lookup();
}

void SystemDnsResolver::probeServer(std::function<void(bool answers)> done)
{
    if (m_reachability == Reachability::Answers || m_reachability == Reachability::Silent) {
        const bool answers = m_reachability == Reachability::Answers;
        QMetaObject::invokeMethod(
            this, [done, answers] { done(answers); }, Qt::QueuedConnection);
        return;
    }
    m_probeWaiters << done;
    if (m_reachability == Reachability::Probing)
        return;
    m_reachability = Reachability::Probing;
    // RFC 6761 §6.4: nothing exists under .invalid, so a working resolver
    // says NXDOMAIN and an authoritative server for other zones refuses.
    auto *dns = new QDnsLookup(QDnsLookup::A, QStringLiteral("stamp-probe.invalid"), this);
    if (!m_nameserver.isNull())
        dns->setNameserver(m_nameserver);
    connect(dns, &QDnsLookup::finished, this, [this, dns] {
        dns->deleteLater();
        const QDnsLookup::Error error = dns->error();
        const bool answers = error == QDnsLookup::NoError || error == QDnsLookup::NotFoundError
            || error == QDnsLookup::ServerRefusedError || error == QDnsLookup::ServerFailureError;
        m_reachability = answers ? Reachability::Answers : Reachability::Silent;
        const QList<std::function<void(bool)>> waiters = std::exchange(m_probeWaiters, {});
        for (const auto &waiter : waiters)
            waiter(answers);
    });
    dns->lookup();
}

void SystemDnsResolver::cancelAll()
{
    m_probeWaiters.clear();
    if (m_reachability == Reachability::Probing)
        m_reachability = Reachability::Unknown;
    for (QDnsLookup *dns : findChildren<QDnsLookup *>()) {
        // Disconnect first: a cancelled lookup must not call back.
        dns->disconnect(this);
        dns->abort();
        dns->deleteLater();
    }
}

} // namespace stamp
