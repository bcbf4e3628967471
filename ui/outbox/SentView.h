// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/SessionTypes.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace stamp {
class SentStore;
}

namespace stamp::ui {

// Sent messages: those kept in Sent items (every account and the sandbox,
// newest first, each with its rendered message and the transcript of its
// session). Each shows what the server answered for
// every recipient, the server's queue id when it gave one, and where its
// copy to the Sent folder on the server stands.
class SentView : public QWidget
{
    Q_OBJECT

public:
    explicit SentView(QWidget *parent = nullptr);

    // Not owned; the persistent list. Without it only this run's results show.
    void setStore(SentStore *store);
    void reload();
    int count() const;

signals:
    // "Try the copy again" on an item whose copy to the Sent folder is
    // waiting or stopped.
    void copyAgainRequested(const QString &id);

private:
    struct Entry
    {
        QDateTime when;
        QString id;  // Sent items id; empty for this run's results
        QString subject;
        QString status;
        QString account;
        QString copy;  // the copy to the Sent folder, in a word; empty when none was asked for
        bool copyCanRetry = false;
        QStringList recipients;
        QString details;  // HTML
    };
    void showDetails();
    void showTranscript();
    void showMessage();
    const Entry *current() const;

    SentStore *m_store = nullptr;
    QList<Entry> m_shown;    // as listed
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_transcript;
    QPushButton *m_message;
    QPushButton *m_copyAgain;
};

}  // namespace stamp::ui
