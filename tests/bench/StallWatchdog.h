// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace stamp::bench {

// Measures how responsive the event loop of the thread it lives on is: a
// timer asks to be woken every few milliseconds and every wake-up records
// the time since the one before. A loop that is never blocked shows gaps of
// about the interval; a slot that keeps the thread busy for 200 ms shows one
// gap of about 200 ms, which is what a person sees as a frozen window.
class StallWatchdog : public QObject
{
    Q_OBJECT

public:
    struct Gap
    {
        qint64 endNs = 0;   // since the clock's start
        qint64 lengthNs = 0;
    };

    explicit StallWatchdog(const QElapsedTimer &clock, int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    int intervalMs() const { return m_timer.interval(); }
    const QList<Gap> &gaps() const { return m_gaps; }
    Gap longest() const;
    // The gap that `fraction` (0..1) of all gaps do not exceed, in ms.
    double percentileMs(double fraction) const;
    int countLongerThan(double ms) const;

private:
    void tick();

    const QElapsedTimer &m_clock;
    QTimer m_timer;
    qint64 m_lastNs = 0;
    QList<Gap> m_gaps;
};

}  // namespace stamp::bench
