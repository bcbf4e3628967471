// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutboxService.h"

#include "accounts/ServerFacts.h"

#include "Clock.h"
#include "Dispatcher.h"
#include "OutboxLogging.h"
#include "SentStore.h"
#include "accounts/AccountStore.h"

#include <QFile>

namespace stamp {

namespace {
// Retried this soon when something is due but was not sent because another
// process holds it (the command line flushing at the same moment).
constexpr int kBusyRetryMs = 5 * 1000;

QString groupAccountId(const OutboxRecord &record)
{
    return record.accountKey();
}
}  // namespace

OutboxService::OutboxService(Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_serverLookup(&OutboxService::defaultServerLookup)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_nextWakeUp = QDateTime();
        beginFlush();
    });
}

OutboxService::~OutboxService()
{
    ++m_generation;
    // A Dispatcher still running puts its claimed messages back as it goes
    // (its destructor), like a restart would.
    delete m_dispatcher;
}

QDateTime OutboxService::now() const
{
    return (m_clock ? m_clock : &SystemClock::instance())->now();
}

std::optional<ServerSettings> OutboxService::defaultServerLookup(const OutboxRecord &first, QString *error)
{
    if (first.account.isEmpty() && first.accountId.isEmpty())
        return first.server;
    AccountStore store;
    if (!store.load()) {
        *error = store.error();
        return std::nullopt;
    }
    const std::optional<Account> account = store.findFor(first.accountId, first.account);
    if (!account) {
        *error = tr("The account \"%1\" these messages were queued for no longer exists.").arg(first.account);
        return std::nullopt;
    }
    return account->serverSettings();
}

void OutboxService::setNetworkWatch(NetworkWatch *watch)
{
    if (m_watch)
        disconnect(m_watch, nullptr, this, nullptr);
    m_watch = watch;
    if (m_watch)
        connect(m_watch, &NetworkWatch::stateChanged, this, &OutboxService::onNetworkState);
}

std::optional<OutboxRecord> OutboxService::enqueue(OutboxRecord draft,
                                                   const std::function<QString(QIODevice *)> &render,
                                                   QString *error)
{
    const QDateTime time = now();
    draft.holdUntil = m_undoSecs > 0 ? time.addSecs(m_undoSecs) : QDateTime();
    std::optional<OutboxRecord> record = m_outbox.enqueue(std::move(draft), render, time, error);
    if (!record)
        return std::nullopt;
    adoptEnqueued(*record);
    return record;
}

void OutboxService::adoptEnqueued(const OutboxRecord &record)
{
    emit recordChanged(record);
    // Due at once (no undo hold, no later time): it goes now. schedule()
    // would take a due message for one another process holds and look
    // again only in kBusyRetryMs.
    if (m_started && record.isDue(now()))
        beginFlush();
    else
        schedule();
}

std::optional<TakenBack> OutboxService::takeBack(const QString &id, QString *error)
{
    std::optional<TakenBack> taken = m_outbox.takeBack(id, now(), error);
    if (taken) {
        emit recordRemoved(id);
        schedule();
    }
    return taken;
}

QString OutboxService::remove(const QString &id)
{
    const QString problem = m_outbox.remove(id);
    if (problem.isEmpty()) {
        emit recordRemoved(id);
        schedule();
    }
    return problem;
}

void OutboxService::start()
{
    m_started = true;
    m_stopping = false;
    qCInfo(lcOutbox) << "outbox service started; network watch"
                     << (m_watch ? m_watch->backendName() : QStringLiteral("none"));
    beginFlush();
}

void OutboxService::stop()
{
    m_started = false;
    m_timer.stop();
    m_nextWakeUp = QDateTime();
    m_again = false;
    if (m_flushing) {
        m_stopping = true;
        ++m_generation;  // a credentials reply still to come is ignored
        m_groups.clear();
        if (m_dispatcher)
            m_dispatcher->cancel();
        else
            QTimer::singleShot(0, this, &OutboxService::nextGroup);
    }
}

void OutboxService::flushNow()
{
    m_stopping = false;
    beginFlush();
}

QStringList OutboxService::sendNow(const QStringList &ids)
{
    QStringList problems;
    const QDateTime time = now();
    for (const QString &id : ids) {
        if (const QString problem = m_outbox.sendNow(id, time); !problem.isEmpty()) {
            problems << problem;
        } else if (const std::optional<OutboxRecord> record = m_outbox.load(id)) {
            emit recordChanged(*record);
        }
    }
    flushNow();
    return problems;
}

QDateTime OutboxService::nextDue() const
{
    QDateTime next;
    const QDateTime time = now();
    for (const OutboxRecord &record : m_outbox.list()) {
        QDateTime at = record.dueAt();
        if (!at.isValid()) {
            if (!record.isDue(time))
                continue;  // sent, failed, uncertain, sending
            at = time;
        }
        if (!next.isValid() || at < next)
            next = at;
    }
    return next;
}

void OutboxService::schedule()
{
    if (!m_started || m_flushing)
        return;
    const QDateTime time = now();
    const QDateTime due = nextDue();
    qint64 ms = kMaxSleepMs;
    if (due.isValid()) {
        // Due already although a flush just ran: another process holds it.
        ms = due <= time ? kBusyRetryMs : qMin<qint64>(time.msecsTo(due), kMaxSleepMs);
    }
    m_nextWakeUp = time.addMSecs(ms);
    m_timer.start(int(ms));
    qCDebug(lcOutbox) << "next outbox wake-up in" << ms << "ms";
}

void OutboxService::beginFlush()
{
    if (m_flushing) {
        m_again = true;
        return;
    }
    m_flushing = true;
    m_timer.stop();
    m_nextWakeUp = QDateTime();
    m_summary = FlushSummary();
    const QDateTime time = now();
    m_flushStarted = time;
    // Whatever a killed process left behind is settled first.
    m_outbox.recoverAll(time);
    if (m_sent)
        m_sent->settle(m_outbox, time);
    QMap<QString, OutboxRecord> first;
    const QMap<QString, QStringList> groups = Dispatcher::dueGroups(m_outbox, time, &first);
    m_groups.clear();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        m_groups.append({it.value(), first.value(it.key())});
    emit flushStarted();
    QTimer::singleShot(0, this, &OutboxService::nextGroup);
}

void OutboxService::nextGroup()
{
    if (m_dispatcher)
        return;  // still running; its finished() comes back here
    if (m_stopping || m_groups.isEmpty()) {
        finishFlush();
        return;
    }
    const Group group = m_groups.takeFirst();
    const int count = int(group.ids.size());
    auto skip = [this, group, count](const QString &problem) {
        qCInfo(lcOutbox) << count << "message(s) not sent:" << problem;
        m_summary.skipped += count;
        emit credentialsProblem(groupAccountId(group.first), problem);
        QTimer::singleShot(0, this, &OutboxService::nextGroup);
    };
    QString problem;
    const std::optional<ServerSettings> server
        = m_serverLookup ? m_serverLookup(group.first, &problem) : defaultServerLookup(group.first, &problem);
    if (!server) {
        skip(problem);
        return;
    }
    if (!m_credentials) {
        // Without a provider only an ad-hoc server without login can go.
        if (!group.first.account.isEmpty() || group.first.authMethod != sasl::AuthMethod::None) {
            skip(tr("No credentials are available to send these messages."));
            return;
        }
        runGroup(group, *server, AuthSettings());
        return;
    }
    const quint64 generation = m_generation;
    QPointer<OutboxService> self(this);
    auto answered = std::make_shared<bool>(false);
    m_credentials(group.first, [self, generation, group, server, skip, answered](
                                   std::optional<AuthSettings> auth, const QString &error) {
        if (!self || *answered)
            return;
        *answered = true;
        if (self->m_generation != generation) {
            if (auth)
                auth->credentials.secret.fill(QLatin1Char('\0'));
            return;  // stopped meanwhile
        }
        if (!auth) {
            skip(error.isEmpty() ? tr("No credentials for these messages.") : error);
            return;
        }
        self->runGroup(group, *server, *auth);
    });
}

void OutboxService::runGroup(const Group &group, const ServerSettings &server, AuthSettings auth)
{
    auto *dispatcher = new Dispatcher(m_outbox, this);
    m_dispatcher = dispatcher;
    dispatcher->setClock(m_clock);
    dispatcher->setPolicy(m_policy);
    dispatcher->setLimits(m_maxPerConnection);
    dispatcher->setSentStore(m_sent);
    RetryPolicy::Circumstances circumstances;
    // Only a watch that knows the network is up turns an unknown server
    // name into the server's problem; otherwise it may well be us.
    circumstances.hostNotFoundMeansOffline = !m_watch || m_watch->state() != NetworkWatch::State::Online;
    // A server that answered before and cannot be reached now is having an
    // outage; so is any server while the network is still settling.
    const bool networkSettling = m_networkChanged.isValid() && m_networkChanged.secsTo(now()) < kNetworkSettlingSecs;
    circumstances.serverHasAnswered
        = networkSettling || ServerFacts::hasAnswered(server.host, server.effectivePort());
    dispatcher->setCircumstances(circumstances);
    connect(dispatcher, &Dispatcher::transcript, this, &OutboxService::transcript);
    connect(dispatcher, &Dispatcher::progress, this, &OutboxService::progress);
    connect(dispatcher, &Dispatcher::recorded, this, &OutboxService::onRecorded);
    connect(dispatcher, &Dispatcher::finished, this, [this, dispatcher] {
        dispatcher->deleteLater();
        if (m_dispatcher == dispatcher)
            m_dispatcher = nullptr;
        QTimer::singleShot(0, this, &OutboxService::nextGroup);
    });
    m_summary.busy += int(group.ids.size()) - dispatcher->start(group.ids, server, auth);
    auth.credentials.secret.fill(QLatin1Char('\0'));
}

void OutboxService::onRecorded(const OutboxRecord &record)
{
    const bool someone
        = !record.recipients.isEmpty() && record.pendingRecipients().size() < record.recipients.size();
    (record.state == OutboxRecord::State::Sent ? m_summary.sent : someone ? m_summary.partial : m_summary.notSent)
        += 1;
    emit recordChanged(record);
    if (record.state == OutboxRecord::State::Failed || record.state == OutboxRecord::State::Uncertain)
        emit needsAttention(record);
    // Told once per spell: the first attempt that found the server away.
    if (record.state == OutboxRecord::State::Deferred && record.unreachableSince.isValid()
        && record.unreachableSince >= m_flushStarted)
        emit serverUnreachable(record);
    if (record.state == OutboxRecord::State::Sent && m_sent && !QFile::exists(m_outbox.recordPath(record.id)))
        emit recordRemoved(record.id);
}

void OutboxService::finishFlush()
{
    m_flushing = false;
    m_stopping = false;
    const FlushSummary summary = m_summary;
    qCInfo(lcOutbox) << "flush done:" << summary.sent << "sent," << summary.partial << "partly,"
                     << summary.notSent << "not sent," << summary.busy << "busy," << summary.skipped << "skipped";
    emit flushFinished(summary);
    if (m_again) {
        m_again = false;
        beginFlush();
        return;
    }
    schedule();
}

void OutboxService::onNetworkState(NetworkWatch::State state)
{
    emit networkStateChanged(state);
    m_networkChanged = now();
    if (state != NetworkWatch::State::Online)
        return;
    // Back on line: what waited for the network, or for a server it could
    // not reach, goes now, not at its next periodic look.
    const QDateTime time = now();
    int woken = 0;
    for (const OutboxRecord &record : m_outbox.list()) {
        if (record.state == OutboxRecord::State::Deferred && (record.offline || record.unreachableSince.isValid())
            && m_outbox.sendNow(record.id, time).isEmpty())
            ++woken;
    }
    qCInfo(lcOutbox) << "network is back;" << woken << "offline message(s) due now";
    if (woken > 0 && (m_started || m_flushing))
        beginFlush();
}

}  // namespace stamp
