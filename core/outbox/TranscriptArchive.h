// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/Transcript.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace stamp {

// Keeps the transcripts of past sends on disk, newest first, for a bounded
// number of sends, so a person can look at what happened yesterday. The
// events are the engine's, already redacted: no secret can be in them.
// Each transcript is one text file (the log-line format) written atomically.
class TranscriptArchive
{
public:
    struct Entry
    {
        QString id;  // file name without extension
        QDateTime savedAt;
        QString title;  // e.g. the subject and the outcome
    };

    // `directory` is created when needed; `keep` is how many sends are kept.
    explicit TranscriptArchive(const QString &directory, int keep = 200);

    // Returns the new entry's id, or an empty string when it could not be written.
    QString save(const QString &title, const QList<TranscriptEvent> &events, QString *error = nullptr);
    QList<Entry> entries() const;
    QString load(const QString &id) const;
    QString directory() const { return m_directory; }

private:
    void prune() const;

    QString m_directory;
    int m_keep;
};

}  // namespace stamp
