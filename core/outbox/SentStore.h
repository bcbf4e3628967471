// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OutboxRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QIODevice;

namespace stamp {

class Outbox;

// Where the copy of a sent message in the account's IMAP Sent folder stands
// (RFC 9051 §6.3.12 APPEND). Kept in the Sent item's record, so that the
// state survives a crash with the item itself: written pending in the same
// write as the item, updated by the client's copier. Never touches the
// SMTP send: whatever becomes of the copy, the message stays sent.
struct SentCopyState
{
    enum class State {
        NotAsked,     // no copy was asked for (the account does not copy, or an older item)
        Pending,      // to be copied: waiting for the first try or a retry
        Copied,       // in the Sent folder (appended, or found there by its Message-ID)
        NeedsPerson,  // only a change of settings, password or trust helps; `reason` says which
    };

    State state = State::NotAsked;
    QString host;         // the IMAP server the copy goes to
    QString mailbox;      // the Sent folder, once known
    quint32 uidValidity = 0;  // RFC 4315 UIDPLUS, when the server told
    quint32 uid = 0;
    int attempts = 0;
    QDateTime nextTry;    // pending: not before (invalid: now)
    QDateTime copiedAt;
    QString reason;       // the last reason it did not work, translated

    bool isPending() const { return state == State::Pending; }
    bool isDue(const QDateTime &now) const { return isPending() && (!nextTry.isValid() || nextTry <= now); }
    static QString stateId(State state);  // "not-asked", "pending", "copied", "needs-person"
    QJsonObject toJson() const;
    static SentCopyState fromJson(const QJsonValue &json);
};

// One sent message as Sent items keep it.
struct SentItem
{
    OutboxRecord record;  // as it was when sent: recipients with their replies, server, account
    QDateTime sentAt;
    // The server's own id for the message, from its final 250 reply when it
    // gave one ("250 2.0.0 Ok: queued as 4Xb2Kz1q" from Postfix): what its
    // administrator asks for when a message has gone missing.
    QString queueId;

    QString id() const { return record.id; }
    // What Sent items are counted and bounded by: the account's id, else its
    // name, else the ad-hoc server (OutboxRecord::groupKey()).
    QString accountKey() const;
    bool belongsTo(const QString &account) const;  // id or name
    int acceptedRecipients() const;
    // What became of a delivery report asked for (RFC 3461), for the
    // details of the item: asked for (with its ENVID), or not offered by
    // the server; empty when none was asked for.
    QString deliveryReportText() const;
    // The copy to the Sent folder on the server (SentCopyState).
    SentCopyState copy;
    // One translated line about that copy for the details of the item
    // ("Copied to Sent on imap.example.com"); empty when none was asked for.
    QString copyText() const;

    QJsonObject toJson() const;
    static std::optional<SentItem> fromJson(const QJsonObject &json);
    // From the text of a final reply; empty when it names no queue id.
    static QString queueIdFrom(const QString &replyText);
};

// Sent items: each sent message keeps its rendered message, its record and
// the transcript of the session that carried it, as three files in one
// owner-only folder: `<id>.eml`, `<id>.log` (the engine's transcript
// events, already redacted, in log-line format) and `<id>.json` (SentItem),
// written in that order so that a listed item is always complete.
//
// The move from the outbox is crash-safe: the outbox record says `sent` on
// the disk before anything is copied (so the message can never be sent
// again), the Sent copy is complete and synced before the outbox files go,
// and settle() finishes a move a crash interrupted. A crash may leave a
// message in both places for a moment, never in neither.
//
// Bounded per account (keepPerAccount, oldest pruned), except that items
// of the last 24 hours are always kept (SendingQuota counts them), and so
// are items whose copy to the Sent folder is not made yet, for 30 days.
class SentStore
{
    Q_DECLARE_TR_FUNCTIONS(SentStore)

public:
    // $STAMP_SENT_DIR when set; else "sent" next to the outbox folder
    // (AppDataLocation/sent, or beside $STAMP_OUTBOX_DIR).
    static QString defaultDirectory();

    explicit SentStore(const QString &directory = defaultDirectory(), int keepPerAccount = 500);

    QString directory() const { return m_directory; }
    // Which sent messages get a copy in the account's IMAP Sent folder: the
    // IMAP server's host name, or empty for none. Asked when an item is
    // added, so that "pending" is in the item's first write (a crash right
    // after the send still leaves a copy to make). Unset: no copies.
    using CopyPolicy = std::function<QString(const OutboxRecord &record)>;
    void setCopyPolicy(CopyPolicy policy) { m_copyPolicy = std::move(policy); }
    void setKeepPerAccount(int keep) { m_keep = keep; }
    int keepPerAccount() const { return m_keep; }
    // Creates the folder, owner-only. Empty string on success.
    QString open();

    // Adds a sent message from the outbox (the message file is linked when
    // it can be, else copied). Empty string on success.
    QString add(const OutboxRecord &record, const QString &messagePath, const QString &transcript,
                const QDateTime &sentAt);
    // The same from a device (a message sent without the outbox).
    QString add(const OutboxRecord &record, QIODevice *message, const QString &transcript,
                const QDateTime &sentAt);

    // Moves every outbox record in state `sent` to Sent items (the caller
    // holds no lock; messages locked elsewhere are left to their owner).
    // Returns how many it moved.
    int settle(Outbox &outbox, const QDateTime &now);
    // Adds `record` (state sent, its lock held by the caller) and then
    // removes it from the outbox. Empty string on success; on failure the
    // outbox keeps it (as sent) and settle() tries again later.
    QString moveFrom(Outbox &outbox, const OutboxRecord &record, const QString &transcript,
                     const QDateTime &sentAt);

    // Newest first; `account` (an id or a name) empty: every account.
    QList<SentItem> list(const QString &account = {}) const;
    std::optional<SentItem> load(const QString &id) const;
    // Items whose copy is pending, oldest first; `account` as in list().
    QList<SentItem> pendingCopies(const QString &account = {}) const;
    // Saves a new copy state into the item's record (one atomic write).
    // Empty string on success.
    QString updateCopy(const QString &id, const SentCopyState &copy);
    bool contains(const QString &id) const;
    QString transcript(const QString &id) const;
    QString messagePath(const QString &id) const;
    QString logPath(const QString &id) const;
    QString recordPath(const QString &id) const;

    // Messages and accepted recipients sent for `account` since `since`.
    struct Usage
    {
        int messages = 0;
        int recipients = 0;
    };
    Usage usageSince(const QString &account, const QDateTime &since) const;

    // Keeps the newest keepPerAccount() items of that account (and all of
    // the last 24 hours before `now`). Returns how many it removed.
    int prune(const QString &accountKey, const QDateTime &now);

private:
    QString writeItem(const SentItem &item, const QString &transcript);

    SentItem newItem(const OutboxRecord &record, const QDateTime &sentAt) const;

    QString m_directory;
    int m_keep = 500;
    CopyPolicy m_copyPolicy;
};

}  // namespace stamp
