// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace stamp {
class MailClient;
struct OutboxRecord;
class Outbox;
class OutboxService;
}

namespace stamp::ui {

// The outbox, shared with the command line and refreshed while open: every
// message waiting, held for undo, scheduled, waiting to retry, not sent or
// not confirmed, each with its state in everyday words, the reason, the
// next try and the remedy. Retry and Remove act as the command line's do.
class OutboxView : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxView(QWidget *parent = nullptr);

    // The state as a person says it: "Waiting to retry at 14:05", "Held
    // for 8 s", "Scheduled for ...", "Not sent", never an identifier.
    static QString stateText(const OutboxRecord &record, const QDateTime &now);
    ~OutboxView() override;

    void reload();
    int count() const;
    // The app's core: "Send now" and Retry go through its running outbox,
    // the list follows its changes as they happen, and each message's
    // account and failure are the ones the core finds (the command line
    // gives the same answers).
    void setClient(MailClient *client);
    void selectMessage(const QString &id);

signals:
    // The server refused the account's OAuth sign-in for this message:
    // open the account's sign-in, then send it again.
    void signInRequested(const QString &accountId, const QString &recordId);

private:
    void showDetails();
    void retrySelected();
    void removeSelected();
    void sendSelectedNow();
    // "Enter password…" or "Sign in again…" for a message whose login the
    // server refused (MailClient::loginPromptFor decides which).
    void answerLoginQuestion();
    QString selectedId() const;
    // The account's name as it is now, "Sandbox", or the ad-hoc server.
    QString accountText(const OutboxRecord &record) const;
    // Counts the undo holds down, once a second, while there are any.
    void tick();

    std::unique_ptr<Outbox> m_outbox;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_sendNow;
    QPushButton *m_retry;
    QPushButton *m_remove;
    QPushButton *m_login;
    QTimer *m_refresh;
    QTimer *m_soon;
    QTimer *m_ticker;
    QPointer<MailClient> m_client;
    OutboxService *m_service = nullptr;
};

}  // namespace stamp::ui
