// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QListWidget;
class QPlainTextEdit;

namespace stamp {
class TranscriptArchive;
}

namespace stamp::ui {

// The saved conversations of past sends (newest first), each readable in
// full: what was said when a message left, or why it did not.
class TranscriptHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptHistoryView(TranscriptArchive *archive, QWidget *parent = nullptr);

    void reload();
    int count() const;

private:
    void show(int row);

    TranscriptArchive *m_archive;
    QListWidget *m_list;
    QPlainTextEdit *m_text;
    QStringList m_ids;
};

}  // namespace stamp::ui
