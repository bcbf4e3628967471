// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RetryPolicy.h"

#include "OutboxLogging.h"
#include "smtp/ReportJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <cmath>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
};

// The facts in one line; the words a person acts on come from the
// diagnostics catalogue when the record is shown.
QString describe(const Failure &failure)
{
    if (failure.reply && failure.reply->isValid())
        return failure.reply->summary();
    QString text = failure.message.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);  // it goes inside a sentence
    return text;
}
}  // namespace

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings())
{
}

RetryPolicy::RetryPolicy(const Settings &settings, std::function<double()> random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 RetryPolicy::baseDelaySecs(int attempts) const
{
    const double exponent = qMax(0, attempts - 1);
    const double delay = m_settings.initialDelaySecs * std::pow(qMax(1.0, m_settings.factor), exponent);
    return static_cast<qint64>(qMin<double>(delay, m_settings.maxDelaySecs));
}

qint64 RetryPolicy::delaySecs(int attempts) const
{
    const double base = static_cast<double>(baseDelaySecs(attempts));
    const double jitter = qBound(0.0, m_settings.jitter, 1.0);
    const double spread = base * (1.0 - jitter + 2.0 * jitter * qBound(0.0, m_random(), 1.0));
    const qint64 rounded = std::llround(qMin<double>(spread, m_settings.maxDelaySecs));
    return qBound(qint64(1), rounded, qint64(m_settings.maxDelaySecs));
}

qint64 RetryPolicy::outageDelaySecs(int attempts) const
{
    const int cap = qMax(1, m_settings.outageMaxDelaySecs);
    const double exponent = qMax(0, attempts - 1);
    const double base = qMin<double>(m_settings.outageInitialDelaySecs * std::pow(qMax(1.0, m_settings.factor), exponent),
                                     cap);
    // Spread downwards only: many clients back from one outage do not
    // return in step, and none waits longer than the cap.
    const double jitter = qBound(0.0, m_settings.jitter, 1.0);
    const double spread = base * (1.0 - jitter * qBound(0.0, m_random(), 1.0));
    return qBound(qint64(1), qint64(std::llround(spread)), qint64(cap));
}

bool RetryPolicy::isOffline(const Failure &failure, bool hostNotFoundMeansOffline)
{
    switch (failure.fault) {
    case NetworkFault::NetworkUnreachable:
        // SubmissionSession reports ENETUNREACH / EHOSTUNREACH while
        // connecting as this; once connected the same socket error is a
        // dropped connection (RemoteClosed).
        return failure.phase == Phase::Resolve || failure.phase == Phase::Connect;
    case NetworkFault::HostNotFound:
        return hostNotFoundMeansOffline;
    default:
        return false;
    }
}

void RetryPolicy::defer(OutboxRecord &record, const QString &reason, const QDateTime &now, qint64 delaySecs) const
{
    // Time spent offline does not count towards giving up.
    const qint64 queuedSecs = record.created.isValid() ? record.created.secsTo(now) - record.offlineSecs : 0;
    if (record.created.isValid() && queuedSecs >= m_settings.giveUpAfterSecs) {
        record.state = OutboxRecord::State::Failed;
        record.nextTry = QDateTime();
        record.reason = Text::tr("Gave up after %n attempt(s) over several days. Last problem: %1", nullptr, record.attempts)
                            .arg(reason);
        return;
    }
    record.state = OutboxRecord::State::Deferred;
    record.nextTry = now.addSecs(delaySecs);
    record.reason = reason;
}

void RetryPolicy::deferUnreachable(OutboxRecord &record, const Failure &failure, const QDateTime &now,
                                   bool serverHasAnswered) const
{
    const int attempts = qMax(1, record.attempts);
    const QString target = failure.host.isEmpty() ? Text::tr("the server") : failure.host;
    if (serverHasAnswered) {
        defer(record,
              Text::tr("%1 cannot be reached (%2). It has worked before, so Stamp tries again every minute and "
                 "sends the message as soon as it answers.")
                  .arg(target, describe(failure)),
              now, outageDelaySecs(attempts));
    } else {
        defer(record,
              Text::tr("%1 cannot be reached (%2) and has never answered Stamp: check the server name and port in "
                 "the account's settings. Stamp keeps trying meanwhile.")
                  .arg(target, describe(failure)),
              now, delaySecs(attempts));
    }
}

void RetryPolicy::apply(OutboxRecord &record, const SendResult &result, const QDateTime &now,
                        const Circumstances &circumstances) const
{
    record.lastResult = ReportJson::sendResult(result);
    record.nextTry = QDateTime();
    const QDateTime unreachableSince = record.unreachableSince;
    record.unreachableSince = QDateTime();

    if (result.status == SendResult::Status::Failed && result.failure && !result.uncertain
        && isOffline(*result.failure, circumstances.hostNotFoundMeansOffline)) {
        record.attempts = qMax(0, record.attempts - 1);  // this one does not count
        record.uploadStarted = false;
        record.state = OutboxRecord::State::Deferred;
        record.offline = true;
        if (!record.offlineSince.isValid())
            record.offlineSince = now;
        record.nextTry = now.addSecs(qMax(1, m_settings.offlineRetrySecs));
        record.reason = Text::tr("Offline: waiting for the network (%1).").arg(describe(*result.failure));
        qCDebug(lcOutbox) << record.id << "-> deferred (offline)";
        return;
    }
    // Back on line: the spell offline ends with this attempt.
    if (record.offlineSince.isValid())
        record.offlineSecs += qMax<qint64>(0, record.offlineSince.secsTo(now));
    record.offlineSince = QDateTime();
    record.offline = false;

    // Per recipient. A recipient counts as accepted only when the message
    // itself was (RFC 5321 §3.3: a 250 to RCPT is no delivery if the data
    // is refused afterwards).
    const bool messageAccepted = result.status != SendResult::Status::Failed;
    bool transientRefusal = false;
    QStringList refused;
    for (const RecipientResult &r : result.recipients) {
        for (OutboxRecord::Recipient &mine : record.recipients) {
            if (mine.address != r.address || mine.status == OutboxRecord::Recipient::Status::Accepted)
                continue;
            if (r.reply.isValid())
                mine.reply = r.reply;
            if (r.accepted && messageAccepted) {
                mine.status = OutboxRecord::Recipient::Status::Accepted;
            } else if (!r.accepted && r.reply.isValid()) {
                mine.status = OutboxRecord::Recipient::Status::Refused;
                transientRefusal = transientRefusal || r.reply.isTransient();
                refused << r.address;
            }
        }
    }

    if (result.uncertain) {
        record.state = OutboxRecord::State::Uncertain;
        record.reason = Text::tr("The connection ended after the whole message was sent, before the server "
                           "confirmed it. It may have been delivered: check with a recipient, then retry "
                           "or remove it.");
        return;
    }
    record.uploadStarted = false;

    switch (result.status) {
    case SendResult::Status::Sent:
        record.state = OutboxRecord::State::Sent;
        record.reason = result.finalReply ? result.finalReply->summary() : QString();
        return;
    case SendResult::Status::Partial: {
        const QString reason = Text::tr("%n recipient(s) refused: %1", nullptr, int(refused.size()))
                                   .arg(refused.join(QStringLiteral(", ")));
        if (transientRefusal) {
            defer(record, reason, now, delaySecs(qMax(1, record.attempts)));
        } else {
            record.state = OutboxRecord::State::Failed;
            record.reason = reason + QLatin1Char(' ')
                            + Text::tr("The others have it; 'retry' sends to the refused recipients only.");
        }
        return;
    }
    case SendResult::Status::Failed:
        break;
    }

    if (!result.failure) {
        defer(record, Text::tr("Not sent; no reason was reported."), now, delaySecs(qMax(1, record.attempts)));
        return;
    }
    const Failure &failure = *result.failure;
    if (failure.fault == NetworkFault::Cancelled) {
        record.state = OutboxRecord::State::Queued;
        record.reason = Text::tr("Sending was cancelled before this message went out.");
        return;
    }
    if (!result.attempted && (failure.phase == Phase::FinalReply || failure.phase == Phase::Data)) {
        // The connection broke during another message's transfer: this one
        // never left, so it is safe to try again.
        defer(record, Text::tr("Not sent: the connection broke while an earlier message was being sent."), now,
              delaySecs(qMax(1, record.attempts)));
        return;
    }
    if (failure.isConnectionFault()) {
        // Nothing reached a server. Failing the message would leave it
        // stranded after the outage ends; whether to say "wait" or "check
        // your settings" depends on whether the server ever answered.
        deferUnreachable(record, failure, now, circumstances.serverHasAnswered);
        record.unreachableSince = unreachableSince.isValid() ? unreachableSince : now;
        return;
    }
    // A reply decides by its class (RFC 5321 §4.2.1): 4yz may succeed
    // later, 5yz will not without a change; without a reply the kind of
    // fault does (Failure::isTransient).
    bool transient = failure.isTransient();
    if (!transient && transientRefusal && refused.size() == result.recipients.size())
        transient = true;  // every recipient refused, all temporarily
    if (transient) {
        defer(record, describe(failure), now, delaySecs(qMax(1, record.attempts)));
    } else {
        record.state = OutboxRecord::State::Failed;
        record.reason = describe(failure);
    }
    qCDebug(lcOutbox) << record.id << "->" << OutboxRecord::stateId(record.state);
}

}  // namespace stamp
