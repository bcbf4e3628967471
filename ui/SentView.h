#pragma once

#include "smtp/SessionTypes.h"

#include <QWidget>

class QTreeWidget;
class QLabel;

namespace stamp::ui {

// Messages sent in this run, with each recipient's result and, where the
// server refused someone, its words. (The persistent Outbox and Sent lists
// arrive with the outbox.)
class SentView : public QWidget
{
    Q_OBJECT

public:
    explicit SentView(QWidget *parent = nullptr);

    void addResult(const QString &subject, const SendResult &result);
    int count() const;

private:
    void showDetails();

    QTreeWidget *m_list;
    QLabel *m_details;
    QList<SendResult> m_results;
};

}  // namespace stamp::ui
