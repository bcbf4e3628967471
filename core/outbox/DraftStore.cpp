// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DraftStore.h"

#include "DurableFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>
#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
};

QJsonObject toJson(const Draft &d)
{
    QJsonObject o;
    o[QStringLiteral("savedAt")] = d.savedAt.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("from")] = d.from;
    o[QStringLiteral("to")] = d.to;
    o[QStringLiteral("cc")] = d.cc;
    o[QStringLiteral("bcc")] = d.bcc;
    o[QStringLiteral("subject")] = d.subject;
    o[QStringLiteral("text")] = d.text;
    o[QStringLiteral("html")] = d.html;
    o[QStringLiteral("attachments")] = QJsonArray::fromStringList(d.attachments);
    if (d.deliveryReport)
        o[QStringLiteral("deliveryReport")] = *d.deliveryReport;
    if (d.readReceipt)
        o[QStringLiteral("readReceipt")] = true;
    return o;
}

Draft fromJson(const QString &id, const QJsonObject &o)
{
    Draft d;
    d.id = id;
    d.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    d.from = o.value(QStringLiteral("from")).toString();
    d.to = o.value(QStringLiteral("to")).toString();
    d.cc = o.value(QStringLiteral("cc")).toString();
    d.bcc = o.value(QStringLiteral("bcc")).toString();
    d.subject = o.value(QStringLiteral("subject")).toString();
    d.text = o.value(QStringLiteral("text")).toString();
    d.html = o.value(QStringLiteral("html")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray())
        d.attachments << v.toString();
    if (const QJsonValue report = o.value(QStringLiteral("deliveryReport")); report.isBool())
        d.deliveryReport = report.toBool();
    d.readReceipt = o.value(QStringLiteral("readReceipt")).toBool();
    return d;
}
}  // namespace

bool Draft::isEmpty() const
{
    return to.trimmed().isEmpty() && cc.trimmed().isEmpty() && bcc.trimmed().isEmpty() && subject.isEmpty()
           && text.isEmpty() && attachments.isEmpty();
}

DraftStore::DraftStore(const QString &directory)
    : m_directory(directory)
{
}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::pathFor(const QString &id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".json"));
}

QString DraftStore::save(Draft &draft, const QJsonObject &extra)
{
    if (!DurableFile::makePrivateDirectory(m_directory))
        //: %1 is a folder
        return Text::tr("cannot create %1").arg(m_directory);
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.savedAt = QDateTime::currentDateTimeUtc();
    QJsonObject object = toJson(draft);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return DurableFile::write(pathFor(draft.id), QJsonDocument(object).toJson());
}

std::optional<Draft> DraftStore::load(const QString &id, QJsonObject *stored) const
{
    // Ids are ours (UUIDs); anything else could point outside the folder.
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f-]{36}$"));
    if (!valid.match(id).hasMatch())
        return std::nullopt;
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    if (stored)
        *stored = doc.object();
    return fromJson(id, doc.object());
}

QStringList DraftStore::ids() const
{
    QStringList ids;
    for (const QString &name : QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files))
        ids << name.chopped(5);
    return ids;
}

QList<Draft> DraftStore::list() const
{
    QList<Draft> drafts;
    for (const QString &id : ids()) {
        if (const std::optional<Draft> draft = load(id))
            drafts << *draft;
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

bool DraftStore::remove(const QString &id)
{
    if (!load(id))
        return false;
    const bool removed = QFile::remove(pathFor(id));
    DurableFile::syncDirectory(m_directory);
    return removed;
}

}  // namespace stamp
