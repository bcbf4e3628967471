// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DnsQueryCache.h"

#include <QCoreApplication>
#include <QTimer>

namespace stamp::domain {

DnsQueryCache::DnsQueryCache(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{ }

void DnsQueryCache::ask(QDnsLookup::Type type, const QString &name, Done done)
{
    follow(type, name, 0, std::move(done));
}

void DnsQueryCache::follow(QDnsLookup::Type type, const QString &name, int depth, Done done)
{
    askOnce(type, name, [this, type, depth, done](const DnsAnswer &answer) {
        const bool onlyCname = answer.status == DnsAnswer::Status::Records && answer.records.isEmpty()
            && !answer.canonicalName.isEmpty();
        if (!onlyCname || type == QDnsLookup::CNAME) {
            done(answer);
            return;
        }
        if (depth + 1 >= MaxCnameDepth) {
            DnsAnswer failed;
            failed.error = QCoreApplication::translate(
                "stamp::domain::DnsQueryCache", "more than %1 CNAME records in a row")
                               .arg(MaxCnameDepth);
            done(failed);
            return;
        }
        follow(type, answer.canonicalName, depth + 1, done);
    });
}

void DnsQueryCache::askOnce(QDnsLookup::Type type, const QString &name, Done done)
{
    QString key = name.toLower();
    while (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    const QString normalised = key;
    key = QString::number(int(type)) + QLatin1Char(' ') + key;
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        if (it->done) {
            const DnsAnswer answer = it->answer;
            const quint64 generation = m_generation;
            QTimer::singleShot(0, this, [this, generation, answer, done] {
                if (generation == m_generation)
                    done(answer);
            });
        } else {
            it->waiters << done;
        }
        return;
    }
    Entry &entry = m_entries[key];
    entry.waiters << done;
    if (!m_resolver) {
        DnsAnswer failed;
        failed.error = QStringLiteral("no resolver");
        QTimer::singleShot(0, this, [this, key, failed] {
            auto found = m_entries.find(key);
            if (found == m_entries.end())
                return;
            found->done = true;
            found->answer = failed;
            for (const Done &waiter : std::exchange(found->waiters, {}))
                waiter(failed);
        });
        return;
    }
    const quint64 generation = m_generation;
    QPointer<DnsQueryCache> self(this);
    m_resolver->query(type, normalised, [self, generation, key](const DnsAnswer &answer) {
        if (!self || generation != self->m_generation)
            return;
        auto found = self->m_entries.find(key);
        if (found == self->m_entries.end())
            return;
        found->done = true;
        found->answer = answer;
        if (answer.status != DnsAnswer::Status::Failed)
            ++self->m_answered;
        // A waiter may ask further questions (and so grow the hash): take
        // the list out first.
        const QList<Done> waiters = std::exchange(found->waiters, {});
        for (const Done &waiter : waiters) {
            if (!self || generation != self->m_generation)
                return;
            waiter(answer);
        }
    });
}

void DnsQueryCache::clear()
{
    ++m_generation;
    m_entries.clear();
    m_answered = 0;
}

} // namespace stamp::domain
