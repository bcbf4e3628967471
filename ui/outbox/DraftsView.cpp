// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DraftsView.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

DraftsView::DraftsView(DraftStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("draftsView"));
    m_list->setObjectName(QStringLiteral("draftList"));
    m_list->setAccessibleName(tr("Drafts"));
    m_open->setObjectName(QStringLiteral("openDraftButton"));
    m_delete->setObjectName(QStringLiteral("deleteDraftButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, &DraftsView::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &DraftsView::deleteCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &DraftsView::openCurrent);
    reload();
}

int DraftsView::count() const
{
    return m_list->count();
}

void DraftsView::reload()
{
    m_drafts = m_store->list();
    if (m_inOutbox) {
        const QStringList queued = m_inOutbox();
        m_drafts.erase(std::remove_if(m_drafts.begin(), m_drafts.end(),
                                      [&queued](const Draft &draft) { return queued.contains(draft.id); }),
                       m_drafts.end());
    }
    m_list->clear();
    for (const Draft &draft : std::as_const(m_drafts)) {
        const QString subject = draft.subject.isEmpty() ? tr("(no subject)") : draft.subject;
        const QString to = draft.to.isEmpty() ? tr("no recipient yet") : draft.to;
        m_list->addItem(tr("%1  %2 — to %3")
                            .arg(QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat), subject, to));
    }
    m_open->setEnabled(!m_drafts.isEmpty());
    m_delete->setEnabled(!m_drafts.isEmpty());
    if (!m_drafts.isEmpty())
        m_list->setCurrentRow(0);
}

void DraftsView::openCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_drafts.size())
        emit openRequested(m_drafts.at(row));
}

void DraftsView::deleteCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_drafts.size())
        return;
    if (QMessageBox::question(this, tr("Delete this draft?"), tr("The draft will be gone for good."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_store->remove(m_drafts.at(row).id);
    reload();
}

}  // namespace stamp::ui
