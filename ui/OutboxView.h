#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace stamp {
class Outbox;
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

private:
    void showDetails();
    void retrySelected();
    void removeSelected();
    QString selectedId() const;

    std::unique_ptr<Outbox> m_outbox;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_retry;
    QPushButton *m_remove;
    QTimer *m_refresh;
};

}  // namespace stamp::ui
