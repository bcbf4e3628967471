// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DurableFile.h"
#include "OutboxRecord.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QLockFile;

namespace stamp {

class Clock;

// What Outbox::takeBack() hands back so the composer can reopen a message
// the person took back during its undo hold.
struct TakenBack
{
    OutboxRecord record;  // envelope, subject, draftId
    QByteArray message;   // the rendered message as it was queued
};

// The queue on disk, shared by the desktop app and the command line. Each
// message is two files in one directory: `<id>.eml`, the rendered RFC 5322
// message, and `<id>.json`, its OutboxRecord. While a process sends a
// message it holds `<id>.lock` (QLockFile), so two processes never send the
// same message, and `retry` or `remove` never change one that is in flight.
//
// Durability: the message file is written and synced before its record, and
// both before any network activity, so an enqueued message survives a crash
// at any moment; every record update replaces the file atomically.
class Outbox
{
public:
    // The default directory: $STAMP_OUTBOX_DIR when set (tests, portable
    // installs), else "outbox" under QStandardPaths::AppDataLocation.
    static QString defaultDirectory();

    explicit Outbox(const QString &directory = defaultDirectory());
    ~Outbox();

    QString directory() const { return m_directory; }
    // Creates the directory (owner-only permissions: messages are private).
    QString open();

    // Writes the message (produced by `render` into the device it is given:
    // the seam for the MIME writer) and then its record. `draft` supplies
    // the envelope, server and schedule; id, state, times and size are set
    // here. Returns the stored record, or nullopt with `error` set.
    std::optional<OutboxRecord> enqueue(OutboxRecord draft, const std::function<QString(QIODevice *)> &render,
                                        const QDateTime &now, QString *error);
    // The same from an already rendered message (read to its end, streamed).
    std::optional<OutboxRecord> enqueueCopy(OutboxRecord draft, QIODevice *rendered, const QDateTime &now,
                                            QString *error);

    // Every readable record, oldest first. Unreadable record files are
    // listed in `corrupt` (never deleted: a person may want to look).
    QList<OutboxRecord> list(QStringList *corrupt = nullptr) const;
    std::optional<OutboxRecord> load(const QString &id) const;
    // A full id, or a prefix that matches exactly one record.
    QString resolve(const QString &idOrPrefix, QString *error) const;
    // Atomically replaces the record file; sets `updated`.
    QString save(OutboxRecord &record, const QDateTime &now);

    QString messagePath(const QString &id) const;
    QString recordPath(const QString &id) const;

    // The message's lock, when no other live process holds it.
    std::unique_ptr<QLockFile> tryLock(const QString &id) const;

    // A record left in `sending` by a process that died (its lock is
    // stale): `uncertain` when the upload had started, else `queued`. The
    // caller holds the lock. Returns true when the record changed.
    bool recoverInterrupted(OutboxRecord &record, const QDateTime &now);
    // recoverInterrupted() for every record nobody is sending right now.
    int recoverAll(const QDateTime &now);

    // Removes the record and its message (under the lock).
    QString remove(const QString &id);
    // Back to `queued` for a person's "retry": failed, deferred and
    // uncertain messages; only recipients not accepted yet are sent to.
    QString retry(const QString &id, const QDateTime &now);

    // Undo send: removes a message that is still inside its undo hold and
    // returns it. Refused (nullopt, `error` set) once the hold has ended,
    // when the message has been tried already, or while any process holds
    // its lock: a message that may be on its way is never "taken back".
    std::optional<TakenBack> takeBack(const QString &id, const QDateTime &now, QString *error);

    // A person's "Send now": ends an undo hold or a send-later time, and
    // makes a deferred message due at once (its attempt count stays, so a
    // further failure still backs off). Refuses uncertain, failed and sent
    // messages and any that is locked.
    QString sendNow(const QString &id, const QDateTime &now);

    // Removes the record, then the message file, of a message whose lock
    // the caller holds (the move to Sent items). Durable unless `sync` is
    // Deferred: for a message whose return after a crash is harmless.
    QString discard(const QString &id, DurableFile::DirectorySync sync = DurableFile::DirectorySync::Now);

    // A new message id: sorts by creation time, unique across processes.
    static QString newId(const QDateTime &now);

private:
    // The record under its lock (held in `lock` for the caller), with an
    // interrupted send recovered; nullopt and `problem` when locked
    // elsewhere or unreadable. What retry() and sendNow() start from.
    std::optional<OutboxRecord> lockedRecord(const QString &id, const QDateTime &now,
                                             std::unique_ptr<QLockFile> *lock, QString *problem);

    QString m_directory;
};

}  // namespace stamp
