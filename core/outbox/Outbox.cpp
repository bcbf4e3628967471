// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Outbox.h"

#include "DurableFile.h"
#include "OutboxLogging.h"
#include "smtp/DotStuffer.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
};

const QString kRecordSuffix = QStringLiteral(".json");
const QString kMessageSuffix = QStringLiteral(".eml");
const QString kLockSuffix = QStringLiteral(".lock");
}  // namespace

QString Outbox::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("STAMP_OUTBOX_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox");
}

Outbox::Outbox(const QString &directory)
    : m_directory(directory)
{
}

Outbox::~Outbox() = default;

QString Outbox::open()
{
    if (!DurableFile::makePrivateDirectory(m_directory))
        return Text::tr("Cannot create the outbox folder \"%1\".").arg(m_directory);
    return {};
}

QString Outbox::messagePath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + kMessageSuffix;
}

QString Outbox::recordPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + kRecordSuffix;
}

QString Outbox::newId(const QDateTime &now)
{
    // Sorts by creation time, so listing order is queue order; the random
    // part keeps ids unique across processes enqueuing in the same millisecond.
    // The counter keeps one process's messages in order within a millisecond.
    static QAtomicInt sequence;
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) + QLatin1Char('-')
           + QString::number(sequence.fetchAndAddRelaxed(1) % 10000).rightJustified(4, QLatin1Char('0'))
           + QLatin1Char('-')
           + QString::number(QRandomGenerator::global()->bounded(0x1000000), 16).rightJustified(6, QLatin1Char('0'));
}

std::optional<OutboxRecord> Outbox::enqueue(OutboxRecord draft, const std::function<QString(QIODevice *)> &render,
                                            const QDateTime &now, QString *error)
{
    if (const QString problem = open(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    draft.id = newId(now);
    draft.state = OutboxRecord::State::Queued;
    draft.created = now;
    draft.attempts = 0;
    draft.uploadStarted = false;
    draft.dsn.ensureEnvid();
    // The message first: a record must never point at a message that is
    // not on the disk. A crash in between leaves only an unlisted .eml.
    const QString path = messagePath(draft.id);
    if (const QString problem = DurableFile::write(path, render); !problem.isEmpty()) {
        *error = Text::tr("Cannot write the message to the outbox: %1").arg(problem);
        return std::nullopt;
    }
    draft.size = QFileInfo(path).size();
    // Measured here, on the thread that rendered it (the composer's worker,
    // the command line): the dispatcher runs on the window's thread.
    if (QFile written(path); written.open(QIODevice::ReadOnly)) {
        const DotStuffer::Measurement measured = DotStuffer::measure(&written);
        if (measured.ok) {
            draft.messageSize = measured.messageSize;
            draft.wireSize = measured.wireSize;
            draft.eightBit = measured.eightBit;
        }
    }
    if (const QString problem = save(draft, now); !problem.isEmpty()) {
        QFile::remove(path);
        *error = problem;
        return std::nullopt;
    }
    qCInfo(lcOutbox) << "queued" << draft.id << "size" << draft.size;
    return draft;
}

std::optional<OutboxRecord> Outbox::enqueueCopy(OutboxRecord draft, QIODevice *rendered, const QDateTime &now,
                                                QString *error)
{
    return enqueue(std::move(draft),
                   [rendered](QIODevice *out) {
                       // In slices: an attachment-heavy message never sits in memory whole.
                       while (!rendered->atEnd()) {
                           const QByteArray piece = rendered->read(256 * 1024);
                           if (piece.isEmpty() && !rendered->atEnd())
                               return rendered->errorString();
                           if (out->write(piece) != piece.size())
                               return out->errorString();
                       }
                       return QString();
                   },
                   now, error);
}

QString Outbox::save(OutboxRecord &record, const QDateTime &now)
{
    record.updated = now;
    const QByteArray json = QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented);
    if (const QString problem = DurableFile::write(recordPath(record.id), json); !problem.isEmpty())
        return Text::tr("Cannot save the outbox record %1: %2").arg(record.id, problem);
    qCDebug(lcOutbox) << record.id << "is" << OutboxRecord::stateId(record.state);
    return {};
}

std::optional<OutboxRecord> Outbox::load(const QString &id) const
{
    QFile file(recordPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    std::optional<OutboxRecord> record = OutboxRecord::fromJson(document.object());
    if (record && record->id != id)
        return std::nullopt;
    return record;
}

QList<OutboxRecord> Outbox::list(QStringList *corrupt) const
{
    QList<OutboxRecord> records;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*") + kRecordSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString id = name.chopped(kRecordSuffix.size());
        if (std::optional<OutboxRecord> record = load(id)) {
            records << *record;
        } else if (QFile::exists(recordPath(id))) {
            qCWarning(lcOutbox) << "unreadable outbox record" << name;
            if (corrupt)
                *corrupt << name;
        }
    }
    return records;
}

QString Outbox::resolve(const QString &idOrPrefix, QString *error) const
{
    if (!idOrPrefix.isEmpty() && QFile::exists(recordPath(idOrPrefix)))
        return idOrPrefix;
    QStringList matches;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*") + kRecordSuffix}, QDir::Files);
    for (const QString &name : names) {
        if (!idOrPrefix.isEmpty() && name.startsWith(idOrPrefix))
            matches << name.chopped(kRecordSuffix.size());
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty() ? Text::tr("There is no message \"%1\" in the outbox.").arg(idOrPrefix)
                               : Text::tr("\"%1\" matches %2 messages; give more of the id.").arg(idOrPrefix).arg(matches.size());
    return {};
}

std::unique_ptr<QLockFile> Outbox::tryLock(const QString &id) const
{
    auto lock = std::make_unique<QLockFile>(m_directory + QLatin1Char('/') + id + kLockSuffix);
    // Staleness by age would let a second process take a message that a
    // slow upload still holds; a dead owner (kill -9) is detected by its
    // process id instead.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    // A process killed between creating the lock file and writing its id
    // into it leaves an empty lock that no process id can ever make stale.
    // Nobody takes more than an instant to write it, so an old empty lock
    // is a leftover.
    qint64 pid = 0;
    QString host;
    QString application;
    const QFileInfo info(m_directory + QLatin1Char('/') + id + kLockSuffix);
    if (!lock->getLockInfo(&pid, &host, &application) && info.exists()
        && info.lastModified().secsTo(QDateTime::currentDateTime()) >= 2) {
        qCWarning(lcOutbox) << "removing an unreadable leftover lock of" << id;
        if (lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
    }
    return nullptr;
}

bool Outbox::recoverInterrupted(OutboxRecord &record, const QDateTime &now)
{
    if (record.state != OutboxRecord::State::Sending)
        return false;
    if (record.uploadStarted) {
        // The content may have reached the server in full before the
        // process died: only a person can decide (RFC 5321 §6.1 puts the
        // responsibility on the server once it has said 250, and nobody
        // heard whether it did).
        record.state = OutboxRecord::State::Uncertain;
        record.reason = Text::tr("Stamp stopped while this message was being sent, after its content had started to go "
                           "out. The server may have accepted it: check with a recipient, then retry or remove it.");
    } else {
        record.state = OutboxRecord::State::Queued;
        record.reason = Text::tr("Stamp stopped before this message was sent; it will be sent at the next try.");
    }
    qCInfo(lcOutbox) << "recovered interrupted" << record.id << "as" << OutboxRecord::stateId(record.state);
    save(record, now);
    return true;
}

int Outbox::recoverAll(const QDateTime &now)
{
    int recovered = 0;
    for (OutboxRecord record : list()) {
        if (record.state != OutboxRecord::State::Sending)
            continue;
        const std::unique_ptr<QLockFile> lock = tryLock(record.id);
        if (!lock)
            continue;  // a live process is sending it
        // Read again under the lock: the owner may have finished meanwhile.
        std::optional<OutboxRecord> fresh = load(record.id);
        if (fresh && recoverInterrupted(*fresh, now))
            ++recovered;
    }
    return recovered;
}

QString Outbox::remove(const QString &id)
{
    const std::unique_ptr<QLockFile> lock = tryLock(id);
    if (!lock)
        return Text::tr("The message %1 is being sent right now; try again when that has finished.").arg(id);
    if (const QString problem = discard(id); !problem.isEmpty())
        return problem;
    qCInfo(lcOutbox) << "removed" << id;
    return {};
}

std::optional<OutboxRecord> Outbox::lockedRecord(const QString &id, const QDateTime &now,
                                                 std::unique_ptr<QLockFile> *lock, QString *problem)
{
    *lock = tryLock(id);
    if (!*lock) {
        *problem = Text::tr("The message %1 is being sent right now.").arg(id);
        return std::nullopt;
    }
    std::optional<OutboxRecord> record = load(id);
    if (!record) {
        *problem = Text::tr("The outbox record %1 cannot be read.").arg(id);
        return std::nullopt;
    }
    recoverInterrupted(*record, now);
    return record;
}

QString Outbox::retry(const QString &id, const QDateTime &now)
{
    std::unique_ptr<QLockFile> lock;
    QString problem;
    std::optional<OutboxRecord> record = lockedRecord(id, now, &lock, &problem);
    if (!record)
        return problem;
    switch (record->state) {
    case OutboxRecord::State::Sent:
        return Text::tr("The message %1 was sent already.").arg(id);
    case OutboxRecord::State::Queued:
    case OutboxRecord::State::Sending:
        break;
    case OutboxRecord::State::Deferred:
    case OutboxRecord::State::Failed:
    case OutboxRecord::State::Uncertain:
        record->state = OutboxRecord::State::Queued;
        record->reason = Text::tr("Retry requested.");
        break;
    }
    record->nextTry = QDateTime();
    record->notBefore = QDateTime();
    record->holdUntil = QDateTime();
    record->uploadStarted = false;
    if (record->offlineSince.isValid())
        record->offlineSecs += qMax<qint64>(0, record->offlineSince.secsTo(now));
    record->offline = false;
    record->offlineSince = QDateTime();
    for (OutboxRecord::Recipient &rcpt : record->recipients) {
        if (rcpt.status == OutboxRecord::Recipient::Status::Refused)
            rcpt.status = OutboxRecord::Recipient::Status::Pending;
    }
    return save(*record, now);
}

std::optional<TakenBack> Outbox::takeBack(const QString &id, const QDateTime &now, QString *error)
{
    const std::unique_ptr<QLockFile> lock = tryLock(id);
    if (!lock) {
        *error = Text::tr("The message %1 is being sent; it can no longer be taken back.").arg(id);
        return std::nullopt;
    }
    // Under the lock the record on the disk is the truth.
    const std::optional<OutboxRecord> record = load(id);
    if (!record) {
        *error = Text::tr("There is no message \"%1\" in the outbox.").arg(id);
        return std::nullopt;
    }
    if (!record->isHeld(now) || record->attempts > 0) {
        *error = Text::tr("Too late: the message %1 is no longer held for undo.").arg(id);
        return std::nullopt;
    }
    QFile file(messagePath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the message %1: %2").arg(id, file.errorString());
        return std::nullopt;
    }
    TakenBack taken{*record, file.readAll()};
    file.close();
    if (const QString problem = discard(id); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    qCInfo(lcOutbox) << "taken back" << id;
    return taken;
}

QString Outbox::sendNow(const QString &id, const QDateTime &now)
{
    std::unique_ptr<QLockFile> lock;
    QString problem;
    std::optional<OutboxRecord> record = lockedRecord(id, now, &lock, &problem);
    if (!record)
        return problem;
    switch (record->state) {
    case OutboxRecord::State::Queued:
    case OutboxRecord::State::Deferred:
        break;
    case OutboxRecord::State::Uncertain:
        return Text::tr("The message %1 may have been delivered already; check, then retry it.").arg(id);
    case OutboxRecord::State::Failed:
        return Text::tr("The message %1 failed; retry it to send it again.").arg(id);
    case OutboxRecord::State::Sent:
    case OutboxRecord::State::Sending:
        return Text::tr("The message %1 was sent already.").arg(id);
    }
    record->holdUntil = QDateTime();
    record->notBefore = QDateTime();
    if (record->state == OutboxRecord::State::Deferred)
        record->nextTry = now;
    return save(*record, now);
}

QString Outbox::discard(const QString &id, DurableFile::DirectorySync sync)
{
    // The record first: without it the message file is an unlisted leftover.
    if (QFile::exists(recordPath(id)) && !QFile::remove(recordPath(id)))
        return Text::tr("Cannot remove the outbox record %1.").arg(id);
    QFile::remove(messagePath(id));
    if (sync == DurableFile::DirectorySync::Now)
        DurableFile::syncDirectory(m_directory);
    return {};
}

}  // namespace stamp
