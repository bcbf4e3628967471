// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkWatch.h"
#include "Outbox.h"
#include "RetryPolicy.h"
#include "smtp/SessionTypes.h"
#include "smtp/Transcript.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

namespace stamp {

class Clock;
class Dispatcher;
class SentStore;

// The outbox at work, for the desktop app and `stamp outbox flush` alike:
// groups the due messages by account or server, asks for each group's
// credentials, runs one Dispatcher per group (one after the other), and
// reports every change. Started (start()), it keeps going: a timer wakes it
// when the next message becomes due (undo hold, send-later, next try), and
// a NetworkWatch brings back messages that waited for the network.
//
// It never stores or looks up a secret itself: credentials come from the
// CredentialsProvider the owner injects (the keychain, an OAuth token, a
// password typed for this session), asynchronously, once per group and
// flush.
class OutboxService : public QObject
{
    Q_OBJECT

public:
    // Called with the group's settings, or nullopt and why not (shown to
    // the person; the group's messages stay queued untouched).
    using CredentialsReply = std::function<void(std::optional<AuthSettings> auth, const QString &error)>;
    // `first` is one record of the group (account, server, user name). May
    // answer at once or later, but must answer exactly once.
    using CredentialsProvider = std::function<void(const OutboxRecord &first, CredentialsReply reply)>;
    // The server to send a group to; nullopt with `error` when there is none.
    using ServerLookup = std::function<std::optional<ServerSettings>(const OutboxRecord &first, QString *error)>;

    struct FlushSummary
    {
        int sent = 0;     // every recipient has it
        int partial = 0;  // some recipients have it
        int notSent = 0;  // deferred, failed, uncertain, or put back
        int busy = 0;     // due, but another process holds it
        int skipped = 0;  // no server or no credentials for its group
        int total() const { return sent + partial + notSent + busy + skipped; }
    };

    explicit OutboxService(Outbox &outbox, QObject *parent = nullptr);
    ~OutboxService() override;

    Outbox &outbox() const { return m_outbox; }
    void setClock(const Clock *clock) { m_clock = clock; }
    void setPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setMaxMessagesPerConnection(int max) { m_maxPerConnection = max; }
    void setCredentialsProvider(CredentialsProvider provider) { m_credentials = std::move(provider); }
    // Default: defaultServerLookup().
    void setServerLookup(ServerLookup lookup) { m_serverLookup = std::move(lookup); }
    // The record's own server for ad-hoc messages, the saved account's
    // (AccountStore, by name) for the others.
    static std::optional<ServerSettings> defaultServerLookup(const OutboxRecord &first, QString *error);
    // Not owned. Null: the network state is unknown.
    void setNetworkWatch(NetworkWatch *watch);
    // Not owned. Set: sent messages move to Sent items. Null: they stay in
    // the outbox as `sent`.
    void setSentStore(SentStore *sent) { m_sent = sent; }
    // The undo-send hold enqueue() gives every message; 0: none.
    void setUndoSeconds(int secs) { m_undoSecs = qMax(0, secs); }
    int undoSeconds() const { return m_undoSecs; }

    // Puts a message into the outbox with the undo hold (and schedules it).
    std::optional<OutboxRecord> enqueue(OutboxRecord draft, const std::function<QString(QIODevice *)> &render,
                                        QString *error);
    // For a message another thread put into the outbox (the desktop app
    // renders large messages off the window's thread): announces it and
    // schedules its turn, as enqueue() does.
    void adoptEnqueued(const OutboxRecord &record);
    // Removes a message for good (Outbox::remove: never one being sent)
    // and announces it, so the draft it came from shows again at once.
    QString remove(const QString &id);
    // Undo send (Outbox::takeBack): only inside the hold, never once the
    // message is or may be on its way.
    std::optional<TakenBack> takeBack(const QString &id, QString *error);

    // Automatic mode: flushes what is due now and whenever something
    // becomes due, until stop().
    void start();
    // Leaves automatic mode and cancels a running flush: messages not sent
    // yet go back to the queue (RetryPolicy: cancelled means queued).
    void stop();
    bool isStarted() const { return m_started; }
    bool isFlushing() const { return m_flushing; }

    // Sends everything due now; flushFinished() follows (also when a flush
    // was already running: then one more follows it).
    void flushNow();
    // A person's "Send now" for these messages: ends their hold, send-later
    // time or back-off (Outbox::sendNow) and flushes. Uncertain, failed,
    // sent and locked messages are left alone; the reasons are returned.
    QStringList sendNow(const QStringList &ids);

    // When the timer wakes the service next, in the Clock's time; null
    // when it is not scheduled (not started, or flushing).
    QDateTime nextWakeUp() const { return m_nextWakeUp; }
    // The next time a message becomes due (its hold, send-later time or
    // next try); null when nothing will.
    QDateTime nextDue() const;

    // The longest the timer sleeps: it also rescans for messages another
    // process (the command line) queued meanwhile.
    static constexpr int kMaxSleepMs = 60 * 1000;
    // For this long after the network changes, a server that cannot be
    // reached counts as having an outage, not as misconfigured.
    static constexpr int kNetworkSettlingSecs = 120;

signals:
    // A record's new state is on the disk (sent records have then moved to
    // Sent items when a SentStore is set: see recordRemoved).
    void recordChanged(const stamp::OutboxRecord &record);
    // Taken back, or moved to Sent items.
    void recordRemoved(const QString &id);
    void transcript(const stamp::TranscriptEvent &event);
    void progress(const QString &id, qint64 sent, qint64 total);
    void flushStarted();
    void flushFinished(const stamp::OutboxService::FlushSummary &summary);
    // Failed or uncertain: a person has to look.
    void needsAttention(const stamp::OutboxRecord &record);
    // A message found its server unreachable and waits to retry: once per
    // spell (the first attempt that found it away), not at every retry.
    void serverUnreachable(const stamp::OutboxRecord &record);
    // No server or no credentials for a group: `accountId` is the record's
    // account id, else its account name, else the ad-hoc server's key.
    void credentialsProblem(const QString &accountId, const QString &message);
    void networkStateChanged(stamp::NetworkWatch::State state);

private:
    struct Group
    {
        QStringList ids;
        OutboxRecord first;
    };

    QDateTime now() const;
    void beginFlush();
    void nextGroup();
    void runGroup(const Group &group, const ServerSettings &server, AuthSettings auth);
    void finishFlush();
    void schedule();
    void onRecorded(const OutboxRecord &record);
    void onNetworkState(NetworkWatch::State state);

    Outbox &m_outbox;
    const Clock *m_clock = nullptr;
    RetryPolicy m_policy;
    int m_maxPerConnection = 10;
    CredentialsProvider m_credentials;
    ServerLookup m_serverLookup;
    QPointer<NetworkWatch> m_watch;
    SentStore *m_sent = nullptr;
    int m_undoSecs = 10;

    QTimer m_timer;
    QDateTime m_nextWakeUp;
    bool m_started = false;
    bool m_flushing = false;
    bool m_again = false;     // flushNow() during a flush
    bool m_stopping = false;
    quint64 m_generation = 0;
    QDateTime m_flushStarted;
    QDateTime m_networkChanged;  // invalidates late credential replies after stop()
    QList<Group> m_groups;
    FlushSummary m_summary;
    QPointer<Dispatcher> m_dispatcher;
};

}  // namespace stamp

Q_DECLARE_METATYPE(stamp::OutboxService::FlushSummary)
