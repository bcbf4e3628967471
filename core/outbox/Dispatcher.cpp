// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Dispatcher.h"

#include "accounts/ServerFacts.h"

#include "Clock.h"
#include "OutboxLogging.h"
#include "SentStore.h"
#include "smtp/SubmissionBatch.h"

#include <QCoreApplication>
#include <QFuture>
#include <QLockFile>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

namespace stamp {

namespace {
// One thread for every outcome's writes: they reach the disk in the order
// the outcomes came, never compete with each other for it, and the pool's
// destructor waits for the last of them before the process ends.
class OutcomeWriter : public QThreadPool
{
public:
    OutcomeWriter() { setMaxThreadCount(1); }
};
Q_GLOBAL_STATIC(OutcomeWriter, outcomeWriter)

struct Persisted
{
    OutboxRecord record;  // as saved (its `updated` set)
    bool saved = false;
    QString moveProblem;
};

// Saves a message's outcome and, when it was sent and `sent` is set, moves
// it to Sent items: up to six fsync(2) calls, 5-50 ms each on a busy disk,
// that would otherwise freeze the window. The caller's lock on the message
// travels with the job and is released only once all is on the disk, so
// no process can claim the message meanwhile; a crash before the save
// leaves it `sending` with `uploadStarted`, which recovery makes
// `uncertain`, never sent again. The job works on its own copies of the
// stores (they hold only folder names and limits).
QFuture<Persisted> persistInBackground(const QString &outboxDir, std::optional<SentStore> sent,
                                       const OutboxRecord &record, const QString &transcript, const QDateTime &now,
                                       std::unique_ptr<QLockFile> lock)
{
    auto promise = std::make_shared<QPromise<Persisted>>();
    QFuture<Persisted> future = promise->future();
    promise->start();
    std::shared_ptr<QLockFile> held(std::move(lock));
    outcomeWriter()->start([promise, outboxDir, sent, record, transcript, now, held]() mutable {
        Outbox outbox(outboxDir);
        Persisted result;
        result.record = record;
        // A sent message must be recorded as such before anything else
        // happens to it: from here on no process will send it again.
        result.saved = outbox.save(result.record, now).isEmpty();
        if (result.saved && sent && result.record.state == OutboxRecord::State::Sent)
            result.moveProblem = sent->moveFrom(outbox, result.record, transcript, now);
        held.reset();  // unlocks: the outcome is on the disk
        promise->addResult(result);
        promise->finish();
    });
    return future;
}
}  // namespace

Dispatcher::Dispatcher(Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
}

Dispatcher::~Dispatcher()
{
    // Whatever is still claimed was interrupted: settle it the way a
    // restart would, so nothing stays `sending` without an owner.
    for (auto &claim : m_claims) {
        if (!claim->done)
            release(*claim);
    }
    m_secret.fill(QLatin1Char('\0'));
}

QDateTime Dispatcher::now() const
{
    return (m_clock ? m_clock : &SystemClock::instance())->now();
}

QMap<QString, QStringList> Dispatcher::dueGroups(const Outbox &outbox, const QDateTime &now,
                                                 QMap<QString, OutboxRecord> *first)
{
    QMap<QString, QStringList> groups;
    for (const OutboxRecord &record : outbox.list()) {
        if (!record.isDue(now))
            continue;
        const QString key = record.groupKey();
        if (first && !first->contains(key))
            first->insert(key, record);
        groups[key] << record.id;
    }
    return groups;
}

bool Dispatcher::claim(const QString &id, Claim *out)
{
    out->lock = m_outbox.tryLock(id);
    if (!out->lock)
        return false;  // another process is sending it
    // Read it again under the lock: its state on disk is the truth, not
    // what was listed a moment ago.
    std::optional<OutboxRecord> record = m_outbox.load(id);
    if (!record)
        return false;
    const QDateTime time = now();
    m_outbox.recoverInterrupted(*record, time);
    if (!record->isDue(time) || record->pendingRecipients().isEmpty())
        return false;
    out->body = std::make_unique<QFile>(m_outbox.messagePath(id));
    if (!out->body->open(QIODevice::ReadOnly)) {
        record->state = OutboxRecord::State::Failed;
        record->reason = tr("The message file is missing from the outbox: %1").arg(out->body->errorString());
        m_outbox.save(*record, time);
        emit recorded(*record);
        return false;
    }
    record->state = OutboxRecord::State::Sending;
    record->attempts += 1;
    record->uploadStarted = false;
    if (!m_outbox.save(*record, time).isEmpty())
        return false;  // never send what we could not mark as in flight
    out->record = *record;
    return true;
}

int Dispatcher::start(const QStringList &ids, const ServerSettings &server, const AuthSettings &auth)
{
    QList<OutgoingMessage> messages;
    for (const QString &id : ids) {
        auto entry = std::make_unique<Claim>();
        if (!claim(id, entry.get()))
            continue;
        OutgoingMessage message;
        message.from = entry->record.from;
        message.recipients = entry->record.pendingRecipients();
        message.body = entry->body.get();
        message.smtpUtf8 = entry->record.smtpUtf8;
        message.dsn = entry->record.dsn;
        if (entry->record.messageSize >= 0 && entry->record.wireSize >= 0) {
            // Measured when it was queued: the session need not read the
            // whole file here, on the window's thread, before it connects.
            message.messageSize = entry->record.messageSize;
            message.wireSize = entry->record.wireSize;
            message.eightBit = entry->record.eightBit;
        }
        messages << message;
        m_claims.push_back(std::move(entry));
    }
    if (messages.isEmpty()) {
        QTimer::singleShot(0, this, &Dispatcher::finished);
        return 0;
    }
    auto *batch = new SubmissionBatch(this);
    m_batch = batch;
    batch->setServer(server);
    batch->setAuth(auth);
    m_server = server;
    m_secret = auth.credentials.secret;
    SubmissionBatch::Limits limits;
    limits.maxMessagesPerConnection = m_maxPerConnection;
    batch->setLimits(limits);
    connect(batch, &SubmissionBatch::transcript, this, &Dispatcher::onTranscript, Qt::DirectConnection);
    // Direct connections: the upload marker must be on the disk before the
    // batch goes on to write the content.
    connect(batch, &SubmissionBatch::progress, this, &Dispatcher::onProgress, Qt::DirectConnection);
    connect(batch, &SubmissionBatch::messageFinished, this, &Dispatcher::onMessageFinished, Qt::DirectConnection);
    connect(batch, &SubmissionBatch::finished, this, &Dispatcher::onBatchFinished);
    qCInfo(lcOutbox) << "sending" << messages.size() << "message(s) to" << server.host;
    batch->start(messages);
    return int(messages.size());
}

void Dispatcher::cancel()
{
    if (m_batch)
        m_batch->cancel();
}

void Dispatcher::onProgress(int index, qint64 sent, qint64 total)
{
    if (index < 0 || index >= int(m_claims.size()))
        return;
    Claim &claim = *m_claims.at(index);
    if (!claim.record.uploadStarted && !claim.done) {
        // SubmissionSession reports progress(index, 0, total) right before
        // the first byte of the content is written: from here on a crash
        // may leave the server with the whole message.
        claim.record.uploadStarted = true;
        m_outbox.save(claim.record, now());
    }
    emit progress(claim.record.id, sent, total);
}

void Dispatcher::onMessageFinished(int index, const SendResult &result)
{
    if (index < 0 || index >= int(m_claims.size()))
        return;
    Claim &claim = *m_claims.at(index);
    if (claim.done)
        return;
    m_policy.apply(claim.record, result, now(), m_circumstances);
    claim.done = true;
    claim.body.reset();
    // The writes go to the writer thread with the lock; recorded() and
    // finished() wait for them, so whoever listens finds the outcome on
    // the disk (and a sent message in Sent items), as before.
    const bool moving = m_sent && claim.record.state == OutboxRecord::State::Sent;
    ++m_pendingWrites;
    persistInBackground(m_outbox.directory(), moving ? std::optional<SentStore>(*m_sent) : std::nullopt,
                        claim.record, moving ? sessionLog() : QString(), now(), std::move(claim.lock))
        .then(this, [this](const Persisted &persisted) {
            if (!persisted.saved)
                qCWarning(lcOutbox) << "could not record the outcome of" << persisted.record.id;
            else if (!persisted.moveProblem.isEmpty())
                qCWarning(lcOutbox) << "kept in the outbox as sent:" << persisted.moveProblem;  // settle() retries
            qCInfo(lcOutbox) << persisted.record.id << "is" << OutboxRecord::stateId(persisted.record.state);
            emit recorded(persisted.record);
            if (--m_pendingWrites == 0 && m_batchFinished)
                emit finished();
        });
}

void Dispatcher::onTranscript(const TranscriptEvent &event)
{
    // A new connection starts a new session log.
    if (event.startsConnection)
        m_sessionEvents.clear();
    constexpr int kMaxEvents = 5000;  // a session of huge pipelined batches stays bounded
    if (m_sessionEvents.size() >= kMaxEvents)
        m_sessionEvents.removeFirst();
    m_sessionEvents << event;
    emit transcript(event);
}

QString Dispatcher::sessionLog() const
{
    QString log;
    for (const TranscriptEvent &event : m_sessionEvents)
        log += event.toLogLine() + QLatin1Char('\n');
    // The engine redacts AUTH already; this is the second line of defence
    // for the one secret we know.
    if (m_secret.size() >= 4)
        log.replace(m_secret, QStringLiteral("[redacted]"));
    return log;
}

void Dispatcher::release(Claim &claim)
{
    OutboxRecord &record = claim.record;
    if (record.state == OutboxRecord::State::Sending)
        m_outbox.recoverInterrupted(record, now());
    claim.done = true;
    claim.body.reset();
    claim.lock.reset();
}

void Dispatcher::onBatchFinished(const SessionReport &report)
{
    // Every session that reached EHLO refreshes what we know of the server
    // (its SIZE, and that it answers at all).
    ServerFacts::learn(m_server.host, m_server.effectivePort(), report.capabilities);
    for (auto &claim : m_claims) {
        if (!claim->done) {
            release(*claim);
            emit recorded(claim->record);
        }
    }
    if (m_batch)
        m_batch->deleteLater();
    m_batchFinished = true;
    if (m_pendingWrites == 0)
        emit finished();
}

}  // namespace stamp
