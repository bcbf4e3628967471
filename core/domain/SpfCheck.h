// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DomainReport.h"
#include "SpfRecord.h"
#include "dns/DnsResolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <functional>

namespace stamp::domain {

class DnsQueryCache;

// The "spf" finding: the domain's record, then every include: and
// redirect= it reaches (each asked once, with a cycle guard), judged by
// RFC 7208 and against the sending provider's documented include hosts.
class SpfCheck
{
    Q_DECLARE_TR_FUNCTIONS(SpfCheck)

public:
    using Done = std::function<void(const DomainFinding &finding)>;
    // The most records fetched for one check: the limit of 10 lookups
    // (§4.6.4) is long passed by then.
    static constexpr int MaxRecords = 40;

    SpfCheck(DnsQueryCache *cache, const QString &domain, const QString &providerName,
        const QStringList &providerIncludes);
    void start(Done done);

private:
    struct Node
    {
        enum class State { Pending, Record, Void, NoSpf, Several, Failed };
        State state = State::Pending;
        SpfRecord record;
        QStringList texts;
        QStringList lookalikes; // "v=spf1..." run together with the next word
    };

    void fetch(const QString &name);
    void fetched(const QString &name, const DnsAnswer &answer);
    void evaluate();
    int countLookups(const QString &name, QSet<QString> &path, bool *cycle) const;
    bool reaches(const QString &name, QSet<QString> &seen) const;
    bool anyPtr() const;

    DnsQueryCache *m_cache;
    QString m_domain;
    QString m_providerName;
    QStringList m_providerIncludes;
    Done m_done;
    QHash<QString, Node> m_nodes; // by lower-case name
    int m_pending = 0;
};

} // namespace stamp::domain
