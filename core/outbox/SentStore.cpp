// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SentStore.h"

#include "DurableFile.h"
#include "Outbox.h"
#include "OutboxLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace stamp {

namespace {
const QString kRecordSuffix = QStringLiteral(".json");
constexpr qint64 kQuotaWindowSecs = 24 * 60 * 60;
// How long a Sent item whose copy to the Sent folder was not made yet is kept
// past the per-account bound: long enough for a holiday or a mailbox full
// for weeks, short enough that a server gone for good does not keep them all.
constexpr int kCopyHorizonDays = 30;

QString copyInSlices(QIODevice *from, QIODevice *to)
{
    // In slices: an attachment-heavy message never sits in memory whole.
    while (!from->atEnd()) {
        const QByteArray piece = from->read(256 * 1024);
        if (piece.isEmpty() && !from->atEnd())
            return from->errorString();
        if (to->write(piece) != piece.size())
            return to->errorString();
    }
    return {};
}

QString queueIdOf(const OutboxRecord &record)
{
    const QJsonObject finalReply = record.lastResult.value(QStringLiteral("finalReply")).toObject();
    return SentItem::queueIdFrom(finalReply.value(QStringLiteral("text")).toString());
}
}  // namespace

QString SentCopyState::stateId(State state)
{
    switch (state) {
    case State::NotAsked:
        return QStringLiteral("not-asked");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Copied:
        return QStringLiteral("copied");
    case State::NeedsPerson:
        return QStringLiteral("needs-person");
    }
    return QStringLiteral("not-asked");
}

QJsonObject SentCopyState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("state")] = stateId(state);
    if (!host.isEmpty())
        o[QStringLiteral("host")] = host;
    if (!mailbox.isEmpty())
        o[QStringLiteral("mailbox")] = mailbox;
    if (uidValidity)
        o[QStringLiteral("uidValidity")] = double(uidValidity);
    if (uid)
        o[QStringLiteral("uid")] = double(uid);
    o[QStringLiteral("attempts")] = attempts;
    if (nextTry.isValid())
        o[QStringLiteral("nextTry")] = nextTry.toUTC().toString(Qt::ISODateWithMs);
    if (copiedAt.isValid())
        o[QStringLiteral("copiedAt")] = copiedAt.toUTC().toString(Qt::ISODateWithMs);
    if (!reason.isEmpty())
        o[QStringLiteral("reason")] = reason;
    return o;
}

SentCopyState SentCopyState::fromJson(const QJsonValue &json)
{
    // An item written before copies existed has no field: not asked.
    SentCopyState copy;
    const QJsonObject o = json.toObject();
    const QString id = o.value(QStringLiteral("state")).toString();
    for (State s : {State::Pending, State::Copied, State::NeedsPerson}) {
        if (id == stateId(s))
            copy.state = s;
    }
    copy.host = o.value(QStringLiteral("host")).toString();
    copy.mailbox = o.value(QStringLiteral("mailbox")).toString();
    copy.uidValidity = quint32(o.value(QStringLiteral("uidValidity")).toDouble());
    copy.uid = quint32(o.value(QStringLiteral("uid")).toDouble());
    copy.attempts = o.value(QStringLiteral("attempts")).toInt();
    copy.nextTry = QDateTime::fromString(o.value(QStringLiteral("nextTry")).toString(), Qt::ISODateWithMs);
    copy.copiedAt = QDateTime::fromString(o.value(QStringLiteral("copiedAt")).toString(), Qt::ISODateWithMs);
    copy.reason = o.value(QStringLiteral("reason")).toString();
    return copy;
}

QString SentItem::copyText() const
{
    const QString host = copy.host.isEmpty() ? SentStore::tr("the IMAP server") : copy.host;
    switch (copy.state) {
    case SentCopyState::State::NotAsked:
        return {};
    case SentCopyState::State::Pending:
        if (copy.reason.isEmpty())
            //: %1 is the IMAP server's host name
            return SentStore::tr("Copy to Sent on %1 pending.").arg(host);
        //: %1 is why the last try did not work
        return SentStore::tr("Copy to Sent waiting: %1").arg(copy.reason);
    case SentCopyState::State::Copied:
        if (!copy.mailbox.isEmpty() && copy.mailbox != QLatin1String("Sent"))
            //: %1 is the folder's name, %2 the IMAP server's host name
            return SentStore::tr("Copied to %1 on %2.").arg(copy.mailbox, host);
        //: %1 is the IMAP server's host name
        return SentStore::tr("Copied to Sent on %1.").arg(host);
    case SentCopyState::State::NeedsPerson:
        //: %1 is what stopped the copy and what would help
        return SentStore::tr("Copy to Sent stopped: %1").arg(copy.reason);
    }
    return {};
}

QString SentItem::accountKey() const
{
    return record.accountKey();
}

bool SentItem::belongsTo(const QString &account) const
{
    return account.isEmpty() || account == record.accountId || account == record.account
           || account == accountKey();
}

QString SentItem::deliveryReportText() const
{
    if (!record.dsn.requested())
        return {};
    if (record.lastResult.value(QStringLiteral("dsnDropped")).toBool())
        return SentStore::tr("The server did not offer delivery reports: the message was sent without asking for one.");
    const QString envid = record.lastResult.value(QStringLiteral("envid")).toString(record.dsn.envid);
    if (envid.isEmpty())
        return SentStore::tr("Delivery report requested.");
    //: %1 is the envelope ID the delivery reports will quote
    return SentStore::tr("Delivery report requested (envelope ID %1).").arg(envid);
}

int SentItem::acceptedRecipients() const
{
    int n = 0;
    for (const OutboxRecord::Recipient &r : record.recipients)
        n += r.status == OutboxRecord::Recipient::Status::Accepted;
    return n;
}

QJsonObject SentItem::toJson() const
{
    QJsonObject o = record.toJson();
    o[QStringLiteral("sentAt")] = sentAt.toUTC().toString(Qt::ISODateWithMs);
    if (!queueId.isEmpty())
        o[QStringLiteral("queueId")] = queueId;
    if (copy.state != SentCopyState::State::NotAsked)
        o[QStringLiteral("sentCopy")] = copy.toJson();
    return o;
}

std::optional<SentItem> SentItem::fromJson(const QJsonObject &json)
{
    std::optional<OutboxRecord> record = OutboxRecord::fromJson(json);
    if (!record)
        return std::nullopt;
    SentItem item;
    item.record = *record;
    item.sentAt = QDateTime::fromString(json.value(QStringLiteral("sentAt")).toString(), Qt::ISODateWithMs);
    item.queueId = json.value(QStringLiteral("queueId")).toString();
    item.copy = SentCopyState::fromJson(json.value(QStringLiteral("sentCopy")));
    if (!item.sentAt.isValid())
        item.sentAt = record->updated;
    return item;
}

QString SentItem::queueIdFrom(const QString &replyText)
{
    // No standard says where a server puts its id (RFC 5321 §4.2 leaves the
    // text free); these are the common shapes: Postfix and Sendmail's
    // "queued as ID", Exim's "id=ID", Microsoft's "InternalId=ID".
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("queued as ([A-Za-z0-9._-]+)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\b(?:Internal)?id=([A-Za-z0-9._-]+)"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch m = pattern.match(replyText);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

QString SentStore::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("STAMP_SENT_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QFileInfo(Outbox::defaultDirectory()).absoluteDir().filePath(QStringLiteral("sent"));
}

SentStore::SentStore(const QString &directory, int keepPerAccount)
    : m_directory(directory)
    , m_keep(keepPerAccount)
{
}

QString SentStore::open()
{
    if (!DurableFile::makePrivateDirectory(m_directory))
        return tr("Cannot create the Sent items folder \"%1\".").arg(m_directory);
    return {};
}

QString SentStore::messagePath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".eml");
}

QString SentStore::logPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".log");
}

QString SentStore::recordPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + kRecordSuffix;
}

QString SentStore::writeItem(const SentItem &item, const QString &transcript)
{
    // The log before the record: the record is what makes an item listed,
    // so everything it points at must be on the disk first. One directory
    // sync makes the message (linked or copied, not synced yet) and the log
    // durable together, before the record is written.
    if (const QString problem
        = DurableFile::write(logPath(item.id()), transcript.toUtf8(), DurableFile::DirectorySync::Deferred);
        !problem.isEmpty())
        return tr("Cannot save the transcript of %1: %2").arg(item.id(), problem);
    if (!DurableFile::syncDirectory(m_directory))
        qCWarning(lcOutbox) << "could not sync the Sent items folder for" << item.id();
    const QByteArray json = QJsonDocument(item.toJson()).toJson(QJsonDocument::Indented);
    if (const QString problem = DurableFile::write(recordPath(item.id()), json); !problem.isEmpty())
        return tr("Cannot save the Sent record %1: %2").arg(item.id(), problem);
    qCInfo(lcOutbox) << "kept in Sent items" << item.id() << "copy to Sent:" << SentCopyState::stateId(item.copy.state);
    // Test hook (docs/DEVELOPMENT.md): a crash between the SMTP success and
    // the copy to Sent, at the one moment that matters: the item and its
    // "pending" are on the disk, the outbox files not yet removed.
    if (qEnvironmentVariableIsSet("STAMP_TEST_EXIT_AFTER_SENT"))
        std::_Exit(86);
    return {};
}

SentItem SentStore::newItem(const OutboxRecord &record, const QDateTime &sentAt) const
{
    SentItem item;
    item.record = record;
    item.sentAt = sentAt;
    item.queueId = queueIdOf(record);
    if (m_copyPolicy) {
        const QString host = m_copyPolicy(record);
        if (!host.isEmpty()) {
            item.copy.state = SentCopyState::State::Pending;
            item.copy.host = host;
        }
    }
    return item;
}

QString SentStore::updateCopy(const QString &id, const SentCopyState &copy)
{
    std::optional<SentItem> item = load(id);
    // Pruned meanwhile (the message file goes with the record): a record
    // written now would list an item without its message.
    if (!item || !QFile::exists(messagePath(id)))
        return tr("The Sent item %1 is gone.").arg(id);
    item->copy = copy;
    const QByteArray json = QJsonDocument(item->toJson()).toJson(QJsonDocument::Indented);
    if (const QString problem = DurableFile::write(recordPath(id), json); !problem.isEmpty())
        return tr("Cannot save the Sent record %1: %2").arg(id, problem);
    return {};
}

QList<SentItem> SentStore::pendingCopies(const QString &account) const
{
    QList<SentItem> pending;
    const QList<SentItem> items = list(account);
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (it->copy.isPending())
            pending << *it;
    }
    return pending;
}

QString SentStore::add(const OutboxRecord &record, const QString &messagePath, const QString &transcript,
                       const QDateTime &sentAt)
{
    if (const QString problem = open(); !problem.isEmpty())
        return problem;
    const SentItem item = newItem(record, sentAt);
    const QString target = this->messagePath(record.id);
    bool linked = false;
#ifdef Q_OS_UNIX
    // A second name for the same file: instant and atomic, whatever the
    // attachments weigh. Across file systems it fails and we copy.
    QFile::remove(target);  // a leftover of an interrupted move
    // writeItem() syncs the directory for the new name.
    linked = ::link(QFile::encodeName(messagePath).constData(), QFile::encodeName(target).constData()) == 0;
#endif
    if (!linked) {
        QFile source(messagePath);
        if (!source.open(QIODevice::ReadOnly))
            return tr("Cannot read the sent message %1: %2").arg(record.id, source.errorString());
        if (const QString problem = DurableFile::write(
                target, [&source](QIODevice *out) { return copyInSlices(&source, out); },
                DurableFile::DirectorySync::Deferred);
            !problem.isEmpty())
            return tr("Cannot copy the sent message %1: %2").arg(record.id, problem);
    }
    if (const QString problem = writeItem(item, transcript); !problem.isEmpty())
        return problem;
    prune(item.accountKey(), sentAt);
    return {};
}

QString SentStore::add(const OutboxRecord &record, QIODevice *message, const QString &transcript,
                       const QDateTime &sentAt)
{
    if (const QString problem = open(); !problem.isEmpty())
        return problem;
    const SentItem item = newItem(record, sentAt);
    if (const QString problem = DurableFile::write(
            messagePath(record.id), [message](QIODevice *out) { return copyInSlices(message, out); },
            DurableFile::DirectorySync::Deferred);
        !problem.isEmpty())
        return tr("Cannot copy the sent message %1: %2").arg(record.id, problem);
    if (const QString problem = writeItem(item, transcript); !problem.isEmpty())
        return problem;
    prune(item.accountKey(), sentAt);
    return {};
}

QString SentStore::moveFrom(Outbox &outbox, const OutboxRecord &record, const QString &transcript,
                            const QDateTime &sentAt)
{
    if (record.state != OutboxRecord::State::Sent)
        return tr("The message %1 is not sent.").arg(record.id);
    if (!contains(record.id)) {
        if (const QString problem = add(record, outbox.messagePath(record.id), transcript, sentAt);
            !problem.isEmpty())
            return problem;
    }
    // Not synced: the Sent item is durable already, and should a crash bring
    // the outbox files back, their record says `sent` (never sent again) and
    // settle() finishes the move. A synced removal would only cost time.
    return outbox.discard(record.id, DurableFile::DirectorySync::Deferred);
}

int SentStore::settle(Outbox &outbox, const QDateTime &now)
{
    int moved = 0;
    for (const OutboxRecord &listed : outbox.list()) {
        if (listed.state != OutboxRecord::State::Sent)
            continue;
        const std::unique_ptr<QLockFile> lock = outbox.tryLock(listed.id);
        if (!lock)
            continue;  // its owner is moving it right now
        const std::optional<OutboxRecord> record = outbox.load(listed.id);
        if (!record || record->state != OutboxRecord::State::Sent)
            continue;
        // The transcript went with the process that was interrupted.
        const QString note = tr("(The transcript of this send was not kept: Stamp stopped before it was saved.)");
        const QDateTime sentAt = record->updated.isValid() ? record->updated : now;
        if (moveFrom(outbox, *record, note + QLatin1Char('\n'), sentAt).isEmpty())
            ++moved;
    }
    if (moved)
        qCInfo(lcOutbox) << "moved" << moved << "sent message(s) left in the outbox to Sent items";
    return moved;
}

std::optional<SentItem> SentStore::load(const QString &id) const
{
    QFile file(recordPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    std::optional<SentItem> item = SentItem::fromJson(document.object());
    if (item && item->id() != id)
        return std::nullopt;
    return item;
}

bool SentStore::contains(const QString &id) const
{
    return load(id).has_value();
}

QList<SentItem> SentStore::list(const QString &account) const
{
    QList<SentItem> items;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*") + kRecordSuffix}, QDir::Files);
    for (const QString &name : names) {
        std::optional<SentItem> item = load(name.chopped(kRecordSuffix.size()));
        if (item && item->belongsTo(account))
            items << *item;
    }
    std::sort(items.begin(), items.end(), [](const SentItem &a, const SentItem &b) {
        return a.sentAt != b.sentAt ? a.sentAt > b.sentAt : a.id() > b.id();
    });
    return items;
}

QString SentStore::transcript(const QString &id) const
{
    QFile file(logPath(id));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

SentStore::Usage SentStore::usageSince(const QString &account, const QDateTime &since) const
{
    Usage usage;
    for (const SentItem &item : list(account)) {
        if (item.sentAt < since)
            break;  // newest first
        usage.messages += 1;
        usage.recipients += item.acceptedRecipients();
    }
    return usage;
}

int SentStore::prune(const QString &accountKey, const QDateTime &now)
{
    if (m_keep <= 0)
        return 0;
    int removed = 0;
    const QList<SentItem> items = list(accountKey);
    const QDateTime window = now.addSecs(-kQuotaWindowSecs);
    for (int i = m_keep; i < items.size(); ++i) {
        const SentItem &item = items.at(i);
        if (item.accountKey() != accountKey || item.sentAt >= window)
            continue;
        // A copy to the Sent folder not made yet needs the message file:
        // kept while it waits or waits for a person, for up to kCopyHorizonDays.
        const bool copyAwaited = item.copy.isPending() || item.copy.state == SentCopyState::State::NeedsPerson;
        if (copyAwaited && item.sentAt >= now.addDays(-kCopyHorizonDays))
            continue;
        if (copyAwaited)
            qCWarning(lcOutbox) << "giving up the copy to Sent of" << item.id() << "sent" << item.sentAt;
        // The record first: without it the other two are unlisted leftovers.
        QFile::remove(recordPath(item.id()));
        QFile::remove(messagePath(item.id()));
        QFile::remove(logPath(item.id()));
        ++removed;
    }
    if (removed) {
        DurableFile::syncDirectory(m_directory);
        qCInfo(lcOutbox) << "pruned" << removed << "old Sent item(s)";
    }
    return removed;
}

}  // namespace stamp
