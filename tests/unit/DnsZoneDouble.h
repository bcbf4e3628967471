// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dns/DnsResolver.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace stamp::test {

// A resolver double that answers like an authoritative server for one
// zone: records by (type, name), a CNAME answered alone (as for a target in
// another zone), NODATA for a name that has other records, NXDOMAIN for any
// other name. It counts every question so a test can prove each was asked
// once, and can fail or stay silent.
class DnsZoneDouble : public DnsResolver
{
public:
    using DnsResolver::DnsResolver;

    void add(QDnsLookup::Type type, const QString &name, const DnsRecord &record)
    {
        m_records[key(type, name)] << record;
        m_names.insert(name.toLower());
    }
    void txt(const QString &name, const QString &text)
    {
        add(QDnsLookup::TXT, name, DnsRecord { {}, 0, 0, 0, text });
    }
    void mx(const QString &name, int preference, const QString &exchange)
    {
        add(QDnsLookup::MX, name, DnsRecord { exchange, 0, preference, 0, {} });
    }
    void cname(const QString &name, const QString &target)
    {
        m_cnames.insert(name.toLower(), target);
        m_names.insert(name.toLower());
    }
    void address(const QString &name, const QString &ip)
    {
        add(ip.contains(QLatin1Char(':')) ? QDnsLookup::AAAA : QDnsLookup::A, name,
            DnsRecord { ip, 0, 0, 0, {} });
    }
    void failName(const QString &name) { m_failing.insert(name.toLower()); }
    void setFailEverything(bool fail) { m_failAll = fail; }
    void setSilent(bool silent) { m_silent = silent; }

    int asked(QDnsLookup::Type type, const QString &name) const { return m_asked.value(key(type, name)); }
    QHash<QString, int> questions() const { return m_asked; }
    int cancellations() const { return m_cancellations; }

    void lookup(QDnsLookup::Type, const QString &, Callback done) override
    {
        QTimer::singleShot(0, this, [done] { done({}, QStringLiteral("not used by the domain check")); });
    }
    void cancelAll() override
    {
        ++m_cancellations;
        ++m_generation;
    }
    void query(QDnsLookup::Type type, const QString &name, AnswerCallback done) override
    {
        ++m_asked[key(type, name)];
        if (m_silent)
            return;
        DnsAnswer answer;
        const QString lower = name.toLower();
        if (m_failAll || m_failing.contains(lower)) {
            answer.status = DnsAnswer::Status::Failed;
            answer.error = QStringLiteral("no answer");
        } else if (m_cnames.contains(lower) && type != QDnsLookup::CNAME) {
            answer.status = DnsAnswer::Status::Records;
            answer.canonicalName = m_cnames.value(lower);
        } else if (m_cnames.contains(lower)) {
            answer.status = DnsAnswer::Status::Records;
            answer.records << DnsRecord { m_cnames.value(lower), 0, 0, 0, {} };
        } else if (m_records.contains(key(type, name))) {
            answer.status = DnsAnswer::Status::Records;
            answer.records = m_records.value(key(type, name));
        } else {
            answer.status
                = m_names.contains(lower) ? DnsAnswer::Status::NoData : DnsAnswer::Status::NameNotFound;
        }
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, answer, done] {
            if (generation == m_generation)
                done(answer);
        });
    }

private:
    static QString key(QDnsLookup::Type type, const QString &name)
    {
        return QString::number(int(type)) + QLatin1Char(' ') + name.toLower();
    }
    QHash<QString, QList<DnsRecord>> m_records;
    QHash<QString, QString> m_cnames;
    QSet<QString> m_names;
    QSet<QString> m_failing;
    QHash<QString, int> m_asked;
    bool m_failAll = false;
    bool m_silent = false;
    int m_cancellations = 0;
    quint64 m_generation = 0;
};

} // namespace stamp::test
