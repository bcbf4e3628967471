// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TranscriptHistoryView.h"

#include "outbox/TranscriptArchive.h"

#include <QFontDatabase>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace stamp::ui {

TranscriptHistoryView::TranscriptHistoryView(TranscriptArchive *archive, QWidget *parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_list(new QListWidget(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("transcriptHistory"));
    m_list->setObjectName(QStringLiteral("transcriptList"));
    m_list->setAccessibleName(tr("Past sends"));
    m_text->setObjectName(QStringLiteral("transcriptText"));
    m_text->setAccessibleName(tr("The conversation of the selected send"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Every send keeps its conversation with the server here (passwords are never "
                                  "recorded)."));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, &TranscriptHistoryView::show);
    reload();
}

int TranscriptHistoryView::count() const
{
    return m_list->count();
}

void TranscriptHistoryView::reload()
{
    m_list->clear();
    m_ids.clear();
    for (const TranscriptArchive::Entry &entry : m_archive->entries()) {
        m_ids << entry.id;
        m_list->addItem(QStringLiteral("%1  %2").arg(
            QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat), entry.title));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_text->clear();
}

void TranscriptHistoryView::show(int row)
{
    m_text->setPlainText(row >= 0 && row < m_ids.size() ? m_archive->load(m_ids.at(row)) : QString());
}

}  // namespace stamp::ui
