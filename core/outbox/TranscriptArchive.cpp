// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TranscriptArchive.h"

#include "DurableFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>
#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptArchive)
};

const QString kSuffix = QStringLiteral(".log");
// First line of every file: "# <title>", so listing needs no index file.
const QByteArray kTitlePrefix = "# ";
}  // namespace

TranscriptArchive::TranscriptArchive(const QString &directory, int keep)
    : m_directory(directory)
    , m_keep(qMax(1, keep))
{
}

QString TranscriptArchive::save(const QString &title, const QList<TranscriptEvent> &events, QString *error)
{
    if (!DurableFile::makePrivateDirectory(m_directory)) {
        if (error)
            //: %1 is a folder
            *error = Text::tr("cannot create %1").arg(m_directory);
        return {};
    }
    // Sortable by time, unique across processes.
    const QString id = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-')
                       + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSaveFile file(QDir(m_directory).filePath(id + kSuffix));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QString safeTitle = title;
    safeTitle.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    file.write(kTitlePrefix + safeTitle.toUtf8() + '\n');
    for (const TranscriptEvent &event : events)
        file.write(event.toLogLine().toUtf8() + '\n');
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return {};
    }
    prune();
    return id;
}

QList<TranscriptArchive::Entry> TranscriptArchive::entries() const
{
    QList<Entry> result;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray first = file.readLine().trimmed();
        Entry entry;
        entry.id = name.left(name.size() - kSuffix.size());
        entry.savedAt = QDateTime::fromString(entry.id.left(19), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        entry.savedAt.setTimeSpec(Qt::UTC);
        entry.title = first.startsWith(kTitlePrefix) ? QString::fromUtf8(first.mid(kTitlePrefix.size())) : QString();
        result << entry;
    }
    return result;
}

QString TranscriptArchive::load(const QString &id) const
{
    // Ids come from entries(); refuse anything that could leave the folder.
    if (id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')) || id.contains(QStringLiteral("..")))
        return {};
    QFile file(QDir(m_directory).filePath(id + kSuffix));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.readLine();  // the title
    return QString::fromUtf8(file.readAll());
}

void TranscriptArchive::prune() const
{
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = m_keep; i < names.size(); ++i)
        QFile::remove(dir.filePath(names.at(i)));
}

}  // namespace stamp
