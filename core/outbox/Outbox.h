#pragma once

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

private:
    static QString newId(const QDateTime &now);

    QString m_directory;
};

}  // namespace stamp
