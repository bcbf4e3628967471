// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Outbox.h"
#include "RetryPolicy.h"
#include "smtp/SessionTypes.h"
#include "smtp/Transcript.h"

#include <QFile>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QLockFile;

namespace stamp {

class Clock;
class SentStore;
class SubmissionBatch;

// Sends the due messages of one server or account through one
// SubmissionBatch and records each outcome on disk as soon as it is known.
//
// For each message it takes the message's lock (skipping any another
// process holds), marks it `sending` on disk, and, just before the first
// byte of its content goes to the socket (the batch's progress(index, 0)
// comes before the upload), persists `uploadStarted`. So a process killed
// at any moment leaves a record that Outbox::recoverInterrupted() turns
// into `uncertain` (content may have gone out) or `queued` (it cannot have).
//
// With a SentStore, a message that was sent moves there (with the
// transcript of the session that carried it) while its lock is still held,
// after its `sent` state is on the disk.
//
// Each outcome is saved (and a sent message moved) on a writer thread, in
// order, with the message's lock: their fsync calls would freeze the
// window. recorded() for a message and finished() come once its writes are
// on the disk.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    explicit Dispatcher(Outbox &outbox, QObject *parent = nullptr);
    ~Dispatcher() override;

    void setClock(const Clock *clock) { m_clock = clock; }
    void setPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setLimits(int maxMessagesPerConnection) { m_maxPerConnection = maxMessagesPerConnection; }
    void setSentStore(SentStore *sent) { m_sent = sent; }
    // What the retry policy weighs beside each outcome (is the network
    // known to be up, has the server answered before).
    void setCircumstances(const RetryPolicy::Circumstances &circumstances) { m_circumstances = circumstances; }

    // Claims those of `ids` that are due and not locked elsewhere and sends
    // them with `server` and `auth` (the secret stays in memory only).
    // Returns how many it claimed; finished() follows in every case.
    int start(const QStringList &ids, const ServerSettings &server, const AuthSettings &auth);
    void cancel();

    // The ids of due messages, grouped by OutboxRecord::groupKey(), in
    // queue order; `first` gets one record of each group (its settings).
    static QMap<QString, QStringList> dueGroups(const Outbox &outbox, const QDateTime &now,
                                                QMap<QString, OutboxRecord> *first = nullptr);

signals:
    void transcript(const stamp::TranscriptEvent &event);
    void progress(const QString &id, qint64 sent, qint64 total);
    // A message's new state is on the disk.
    void recorded(const stamp::OutboxRecord &record);
    void finished();

private:
    struct Claim
    {
        OutboxRecord record;
        std::unique_ptr<QLockFile> lock;
        std::unique_ptr<QFile> body;
        bool done = false;
    };

    QDateTime now() const;
    bool claim(const QString &id, Claim *out);
    void onProgress(int index, qint64 sent, qint64 total);
    void onMessageFinished(int index, const SendResult &result);
    void onBatchFinished(const SessionReport &report);
    void onTranscript(const TranscriptEvent &event);
    void release(Claim &claim);
    QString sessionLog() const;

    Outbox &m_outbox;
    const Clock *m_clock = nullptr;
    RetryPolicy m_policy;
    // SubmissionBatch reports outcomes when a connection ends, so this also
    // bounds how many outcomes a crash can leave unknown (uncertain).
    int m_maxPerConnection = 10;
    std::vector<std::unique_ptr<Claim>> m_claims;
    QPointer<SubmissionBatch> m_batch;
    SentStore *m_sent = nullptr;
    RetryPolicy::Circumstances m_circumstances;
    ServerSettings m_server;
    // The current connection's transcript, kept for Sent items.
    QList<TranscriptEvent> m_sessionEvents;
    // Only to scrub it from what Sent items keep, should it ever appear.
    QString m_secret;
    // Outcomes still being written on the writer thread.
    int m_pendingWrites = 0;
    bool m_batchFinished = false;
};

}  // namespace stamp
