// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "outbox/DraftStore.h"

#include <QWidget>
#include <functional>

class QListWidget;
class QPushButton;

namespace stamp::ui {

// Messages started and not sent yet, newest first: open one to go on
// writing, or delete it.
class DraftsView : public QWidget
{
    Q_OBJECT

public:
    explicit DraftsView(DraftStore *store, QWidget *parent = nullptr);

    void reload();
    // Drafts whose message is in the outbox right now are not offered:
    // opening and sending one again would make a second copy.
    void setHidden(std::function<QStringList()> inOutbox) { m_inOutbox = std::move(inOutbox); }
    int count() const;

signals:
    void openRequested(const stamp::Draft &draft);

private:
    void openCurrent();
    void deleteCurrent();

    DraftStore *m_store;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_delete;
    QList<Draft> m_drafts;
    std::function<QStringList()> m_inOutbox;
};

}  // namespace stamp::ui
