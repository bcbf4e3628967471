// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dns/DnsResolver.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace stamp::domain {

// The questions of one domain check: each (type, name) goes to the resolver
// once, however many checks want it, and CNAMEs are followed here, because
// an authoritative server answers with the CNAME alone when its target
// lies in another zone (RFC 1034 §3.6.2, §4.3.2).
class DnsQueryCache : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const DnsAnswer &answer)>;
    static constexpr int MaxCnameDepth = 8;

    explicit DnsQueryCache(DnsResolver *resolver, QObject *parent = nullptr);

    // `done` runs once from the event loop, unless clear() comes first.
    void ask(QDnsLookup::Type type, const QString &name, Done done);
    // Forgets every answer and drops every waiting callback.
    void clear();

    int questions() const { return int(m_entries.size()); } // distinct questions asked
    int answered() const { return m_answered; } // of them, answered (not Failed)

private:
    void askOnce(QDnsLookup::Type type, const QString &name, Done done);
    void follow(QDnsLookup::Type type, const QString &name, int depth, Done done);

    struct Entry
    {
        bool done = false;
        DnsAnswer answer;
        QList<Done> waiters;
    };
    QPointer<DnsResolver> m_resolver;
    QHash<QString, Entry> m_entries;
    int m_answered = 0;
    quint64 m_generation = 0;
};

} // namespace stamp::domain
