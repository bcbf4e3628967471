// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OutboxRecord.h"

#include <QDateTime>
#include <functional>

namespace stamp {

// What the caller knows around one attempt.
struct RetryCircumstances
{
    // False when the network is known to be up: then a name that does
    // not resolve is the server's problem (or a typo), not "offline".
    bool hostNotFoundMeansOffline = true;
    // The server has answered this app before (ServerFacts), or the
    // network changed moments ago: a connection it refuses is an outage.
    bool serverHasAnswered = false;
};

// Decides what one attempt's SendResult means for a queued message:
// - every recipient accepted: sent;
// - the end of the message went out and no reply came: uncertain, never
//   retried on its own (duplicates are worse than a question to a person);
// - a 4xx reply or a transient transport fault: deferred, with exponential
//   back-off and jitter (RFC 5321 §4.5.4.1 asks for retry intervals that
//   grow and for giving up only after days);
// - the server could not be reached at all (refused, timed out, no route,
//   dropped before it greeted): never failed, always deferred. For a server
//   that has answered before, or while the network is changing, it is an
//   outage: tried again every minute at most, so the message leaves soon
//   after the server is back. For a server that never answered it is
//   probably the settings: deferred with the usual back-off, and the
//   person is asked to check them (the record says unreachableSince);
// - a 5xx reply or a local refusal: failed at once (the failure's facts
//   are kept; front ends explain them);
// - some recipients refused: recorded per recipient; only those not yet
//   accepted are sent to again.
class RetryPolicy
{
public:
    struct Settings
    {
        int initialDelaySecs = 60;
        double factor = 2.0;
        int maxDelaySecs = 60 * 60;
        // Each delay is spread by up to this fraction either way, so many
        // clients deferred by the same outage do not come back in step.
        double jitter = 0.2;
        // After this long in the queue a temporary failure counts as final
        // (RFC 5321 §4.5.4.1: "at least 4-5 days").
        int giveUpAfterSecs = 5 * 24 * 60 * 60;
        // Offline: how soon to look again when nothing tells us the network
        // is back (OutboxService retries at once when a NetworkWatch does).
        int offlineRetrySecs = 60;
        // A server that has answered before and now cannot be reached: the
        // first retry after this long, doubling up to outageMaxDelaySecs.
        // Reconnecting costs one TCP handshake, so a short cap is cheap and
        // lets a message leave within a minute of the server's return.
        int outageInitialDelaySecs = 15;
        int outageMaxDelaySecs = 60;
    };

    using Circumstances = RetryCircumstances;

    // `random` returns a number in [0, 1); the default uses QRandomGenerator.
    RetryPolicy();
    explicit RetryPolicy(const Settings &settings, std::function<double()> random = {});

    const Settings &settings() const { return m_settings; }

    // The delay before attempt number `attempts` + 1, in seconds, after
    // `attempts` attempts (1 or more), jitter included; always within
    // [base * (1 - jitter), maxDelaySecs].
    qint64 delaySecs(int attempts) const;
    // The delay without jitter.
    qint64 baseDelaySecs(int attempts) const;
    // The delay before the next try at a server that has answered before
    // and cannot be reached now, after `attempts` such attempts; jitter
    // only shortens it, so it never exceeds outageMaxDelaySecs.
    qint64 outageDelaySecs(int attempts) const;

    // Applies one attempt's outcome to `record` (state, reason, nextTry,
    // recipients, lastResult, unreachableSince). `record.attempts` already counts
    // this attempt.
    //
    // A failure that means "no network" (isOffline) defers the message
    // with `offline` set and takes the attempt back: being offline says
    // nothing about the server, so it must not push the next try further
    // out, nor bring the give-up time closer.
    void apply(OutboxRecord &record, const SendResult &result, const QDateTime &now,
               const Circumstances &circumstances = {}) const;

    // The connection failed before reaching any server because there is
    // no network: the network is unreachable (no route, no interface), or,
    // when `hostNotFoundMeansOffline`, the server's name did not resolve.
    // A caller that knows the network is up passes false: then an unknown
    // name is the server's problem (or a typo) and backs off as usual.
    static bool isOffline(const Failure &failure, bool hostNotFoundMeansOffline = true);

private:
    void defer(OutboxRecord &record, const QString &reason, const QDateTime &now, qint64 delaySecs) const;
    void deferUnreachable(OutboxRecord &record, const Failure &failure, const QDateTime &now,
                          bool serverHasAnswered) const;

    Settings m_settings;
    std::function<double()> m_random;
};

}  // namespace stamp
