#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace stamp {
class Outbox;
class OutboxService;
}

namespace stamp::ui {

// The outbox as the command line sees it (`stamp outbox list`): every
// queued, deferred, failed or uncertain message with its reason, next try
// and remedy, shared with `stamp send --queue` and refreshed while open.
// Retry and Remove act as `stamp outbox retry/remove` do.
class OutboxView : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxView(QWidget *parent = nullptr);
    ~OutboxView() override;

    void reload();
    int count() const;
    // The app's running outbox: "Send now" and Retry go through it, and the
    // list follows its changes as they happen.
    void setService(OutboxService *service);
    void selectMessage(const QString &id);

private:
    void showDetails();
    void retrySelected();
    void removeSelected();
    void sendSelectedNow();
    QString selectedId() const;

    std::unique_ptr<Outbox> m_outbox;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_sendNow;
    QPushButton *m_retry;
    OutboxService *m_service = nullptr;
    QTimer *m_soon;
    QPushButton *m_remove;
    QTimer *m_refresh;
};

}  // namespace stamp::ui
