#include "SentView.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stamp::ui {

SentView::SentView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("sentView"));
    m_list->setObjectName(QStringLiteral("sentList"));
    m_list->setAccessibleName(tr("Sent messages"));
    // The outcome comes right after the time, so it stays visible however
    // narrow the window is.
    m_list->setHeaderLabels({tr("Time"), tr("Result"), tr("Subject"), tr("Recipients")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 60);
    m_list->setColumnWidth(1, 150);
    m_list->setColumnWidth(2, 280);
    m_details->setObjectName(QStringLiteral("sentDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setText(tr("Messages you send appear here, with what the server answered for each recipient."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SentView::showDetails);
}

int SentView::count() const
{
    return m_list->topLevelItemCount();
}

void SentView::addResult(const QString &subject, const SendResult &result)
{
    m_results << result;
    QString status;
    switch (result.status) {
    case SendResult::Status::Sent:
        status = tr("Sent to everyone");
        break;
    case SendResult::Status::Partial:
        status = tr("Sent to %1 of %2").arg(result.accepted().size()).arg(result.recipients.size());
        break;
    case SendResult::Status::Failed:
        status = tr("Not sent");
        break;
    }
    QStringList who;
    for (const RecipientResult &r : result.recipients)
        who << r.address;
    auto *item = new QTreeWidgetItem({QDateTime::currentDateTime().toString(QStringLiteral("HH:mm")), status,
                                      subject.isEmpty() ? tr("(no subject)") : subject,
                                      who.join(QStringLiteral(", "))});
    m_list->insertTopLevelItem(0, item);
    m_list->setCurrentItem(item);
}

void SentView::showDetails()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    const SendResult &result = m_results.at(m_results.size() - 1 - row);
    QStringList lines;
    for (const RecipientResult &r : result.recipients) {
        lines << QStringLiteral("%1 %2 — %3")
                     .arg(r.accepted ? QStringLiteral("✔") : QStringLiteral("✘"), r.address.toHtmlEscaped(),
                          r.reply.isValid() ? r.reply.summary().toHtmlEscaped() : tr("no answer"));
    }
    if (result.finalReply)
        lines << tr("Server: %1").arg(result.finalReply->summary()).toHtmlEscaped();
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

}  // namespace stamp::ui
