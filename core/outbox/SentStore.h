// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OutboxRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace stamp {

class Outbox;

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
// of the last 24 hours are always kept: SendingQuota counts them.
class SentStore
{
    Q_DECLARE_TR_FUNCTIONS(SentStore)

public:
    // $STAMP_SENT_DIR when set; else "sent" next to the outbox folder
    // (AppDataLocation/sent, or beside $STAMP_OUTBOX_DIR).
    static QString defaultDirectory();

    explicit SentStore(const QString &directory = defaultDirectory(), int keepPerAccount = 500);

    QString directory() const { return m_directory; }
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

    QString m_directory;
    int m_keep = 500;
};

}  // namespace stamp
