// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StallWatchdog.h"

#include <algorithm>
#include <cmath>

namespace stamp::bench {

StallWatchdog::StallWatchdog(const QElapsedTimer &clock, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(this)  // a child, so moveToThread() takes it along
{
    // A coarse timer may be woken up to 5% late on purpose (Qt's timer
    // slack); that would show up as stalls that are not there.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
}

void StallWatchdog::start()
{
    m_gaps.clear();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallWatchdog::stop()
{
    tick();  // the stretch since the last wake-up counts too
    m_timer.stop();
}

void StallWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_gaps.append({now, now - m_lastNs});
    m_lastNs = now;
}

StallWatchdog::Gap StallWatchdog::longest() const
{
    Gap worst;
    for (const Gap &gap : m_gaps) {
        if (gap.lengthNs > worst.lengthNs)
            worst = gap;
    }
    return worst;
}

double StallWatchdog::percentileMs(double fraction) const
{
    if (m_gaps.isEmpty())
        return 0;
    QList<qint64> lengths;
    lengths.reserve(m_gaps.size());
    for (const Gap &gap : m_gaps)
        lengths << gap.lengthNs;
    std::sort(lengths.begin(), lengths.end());
    // Nearest rank: the smallest value with at least `fraction` of all at or below it.
    const qsizetype rank = qBound<qsizetype>(1, qsizetype(std::ceil(fraction * lengths.size())), lengths.size());
    return lengths.at(rank - 1) / 1e6;
}

int StallWatchdog::countLongerThan(double ms) const
{
    return int(std::count_if(m_gaps.cbegin(), m_gaps.cend(),
                             [ms](const Gap &gap) { return gap.lengthNs / 1e6 > ms; }));
}

}  // namespace stamp::bench
