// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SentView.h"

#include "client/SandboxAccount.h"

#include "outbox/SentStore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stamp::ui {

namespace {
// Shows a long text (a transcript, a message's source) read-only.
void showText(QWidget *parent, const QString &title, const QString &text)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.resize(760, 520);
    auto *view = new QPlainTextEdit(text, &dialog);
    view->setObjectName(QStringLiteral("sentText"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *column = new QVBoxLayout(&dialog);
    column->addWidget(view, 1);
    column->addWidget(buttons);
    dialog.exec();
}

// The copy to the Sent folder in a word, for the list's column.
QString copyWord(const SentCopyState &copy)
{
    switch (copy.state) {
    case SentCopyState::State::NotAsked:
        return {};
    case SentCopyState::State::Pending:
        return copy.reason.isEmpty() ? SentView::tr("Copy pending") : SentView::tr("Copy waiting");
    case SentCopyState::State::Copied:
        return SentView::tr("Copied");
    case SentCopyState::State::NeedsPerson:
        return SentView::tr("Copy stopped");
    }
    return {};
}

QString mark(bool accepted)
{
    return accepted ? QStringLiteral("\u2714") : QStringLiteral("\u2718");
}
}  // namespace

SentView::SentView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_transcript(new QPushButton(tr("Show &transcript"), this))
    , m_message(new QPushButton(tr("Show &message"), this))
    , m_copyAgain(new QPushButton(tr("Try the cop&y again"), this))
{
    setObjectName(QStringLiteral("sentView"));
    m_list->setObjectName(QStringLiteral("sentList"));
    m_list->setAccessibleName(tr("Sent messages"));
    // The outcome comes right after the time, so it stays visible however
    // narrow the window is.
    // The copy to the Sent folder next to it, for the same reason.
    m_list->setHeaderLabels(
        {tr("Time"), tr("Result"), tr("Sent folder"), tr("Subject"), tr("Recipients"), tr("Account")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 150);
    m_list->setColumnWidth(1, 140);
    m_list->setColumnWidth(2, 110);
    m_list->setColumnWidth(3, 260);
    m_list->setColumnWidth(4, 220);
    m_details->setObjectName(QStringLiteral("sentDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setText(tr("Messages you send appear here, with what the server answered for each recipient."));
    m_transcript->setObjectName(QStringLiteral("sentTranscriptButton"));
    m_transcript->setToolTip(tr("The conversation with the server that carried this message (no password in it)"));
    m_message->setObjectName(QStringLiteral("sentMessageButton"));
    m_message->setToolTip(tr("The message exactly as it was sent"));
    m_copyAgain->setObjectName(QStringLiteral("sentCopyAgainButton"));
    m_copyAgain->setToolTip(tr("Put this message in the Sent folder on the server now, after a change of "
                               "password or settings"));
    m_transcript->setEnabled(false);
    m_message->setEnabled(false);
    m_copyAgain->setVisible(false);

    auto *lower = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_transcript);
    buttons->addWidget(m_message);
    buttons->addWidget(m_copyAgain);
    buttons->addStretch(1);
    auto *lowerColumn = new QVBoxLayout(lower);
    lowerColumn->setContentsMargins(0, 0, 0, 0);
    // The details scroll when the pane is short (a small window, the
    // session log open): the copy's line comes last and must stay readable.
    auto *detailsScroll = new QScrollArea(lower);
    detailsScroll->setObjectName(QStringLiteral("sentDetailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    lowerColumn->addWidget(detailsScroll, 1);
    lowerColumn->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SentView::showDetails);
    connect(m_transcript, &QPushButton::clicked, this, &SentView::showTranscript);
    connect(m_message, &QPushButton::clicked, this, &SentView::showMessage);
    connect(m_copyAgain, &QPushButton::clicked, this, [this] {
        if (const Entry *entry = current(); entry && !entry->id.isEmpty()) {
            m_copyAgain->setEnabled(false);  // until the outcome reloads the list
            emit copyAgainRequested(entry->id);
        }
    });
}

void SentView::setStore(SentStore *store)
{
    m_store = store;
    reload();
}

int SentView::count() const
{
    return m_list->topLevelItemCount();
}

void SentView::reload()
{
    const QString keep = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_shown.clear();
    if (m_store) {
        for (const SentItem &item : m_store->list()) {
            Entry entry;
            entry.when = item.sentAt.toLocalTime();
            entry.id = item.id();
            entry.subject = item.record.subject;
            entry.account = SandboxAccount::owns(item.record) ? tr("Sandbox") : item.record.account;
            const int accepted = item.acceptedRecipients();
            entry.status = accepted == item.record.recipients.size()
                               ? tr("Sent to everyone")
                               : tr("Sent to %1 of %2").arg(accepted).arg(item.record.recipients.size());
            QStringList lines;
            for (const OutboxRecord::Recipient &r : item.record.recipients) {
                entry.recipients << r.address;
                lines << QStringLiteral("%1 %2 \u2014 %3")
                             .arg(mark(r.status == OutboxRecord::Recipient::Status::Accepted),
                                  r.address.toHtmlEscaped(),
                                  r.reply ? r.reply->summary().toHtmlEscaped() : tr("no answer"));
            }
            if (!item.queueId.isEmpty())
                lines << tr("The server's id for it: %1 (what its administrator asks for when a message has gone "
                            "missing)")
                             .arg(item.queueId)
                             .toHtmlEscaped();
            if (const QString report = item.deliveryReportText(); !report.isEmpty())
                lines << report.toHtmlEscaped();
            entry.copy = copyWord(item.copy);
            if (const QString copy = item.copyText(); !copy.isEmpty()) {
                QString line = copy;
                if (item.copy.isPending() && item.copy.nextTry.isValid())
                    //: %1 is a time of day
                    line += QLatin1Char(' ')
                            + tr("Next try at %1.").arg(QLocale().toString(item.copy.nextTry.toLocalTime().time(),
                                                                           QLocale::ShortFormat));
                lines << line.toHtmlEscaped();
            }
            entry.copyCanRetry = item.copy.state == SentCopyState::State::NeedsPerson
                                 || (item.copy.isPending() && item.copy.nextTry.isValid());
            entry.details = lines.join(QStringLiteral("<br>"));
            m_shown << entry;
        }
    }
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const Entry &a, const Entry &b) { return a.when > b.when; });
    m_list->clear();
    const QLocale locale;
    for (int i = 0; i < m_shown.size(); ++i) {
        const Entry &entry = m_shown.at(i);
        auto *row = new QTreeWidgetItem({locale.toString(entry.when, QLocale::ShortFormat), entry.status, entry.copy,
                                         entry.subject.isEmpty() ? tr("(no subject)") : entry.subject,
                                         entry.recipients.join(QStringLiteral(", ")), entry.account});
        row->setData(0, Qt::UserRole, entry.id);
        row->setData(1, Qt::UserRole, i);
        m_list->addTopLevelItem(row);
        if (!keep.isEmpty() && entry.id == keep)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

const SentView::Entry *SentView::current() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row)
        return nullptr;
    const int index = row->data(1, Qt::UserRole).toInt();
    return index >= 0 && index < m_shown.size() ? &m_shown.at(index) : nullptr;
}

void SentView::showDetails()
{
    const Entry *entry = current();
    m_transcript->setEnabled(entry && !entry->id.isEmpty() && m_store);
    m_message->setEnabled(entry && !entry->id.isEmpty() && m_store);
    m_copyAgain->setVisible(entry && entry->copyCanRetry);
    m_copyAgain->setEnabled(entry && entry->copyCanRetry);
    if (entry)
        m_details->setText(entry->details);
}

void SentView::showTranscript()
{
    const Entry *entry = current();
    if (!entry || entry->id.isEmpty() || !m_store)
        return;
    const QString text = m_store->transcript(entry->id);
    showText(this, tr("Transcript: %1").arg(entry->subject),
             text.isEmpty() ? tr("No transcript was kept for this message.") : text);
}

void SentView::showMessage()
{
    const Entry *entry = current();
    if (!entry || entry->id.isEmpty() || !m_store)
        return;
    QFile file(m_store->messagePath(entry->id));
    // Large messages are shown up to a point: the source is for reading headers.
    constexpr qint64 kShown = 2 * 1024 * 1024;
    QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.read(kShown)) : file.errorString();
    if (file.size() > kShown)
        text += QLatin1Char('\n') + tr("[%1 more bytes not shown]").arg(QLocale().toString(qint64(file.size() - kShown)));
    showText(this, tr("Message: %1").arg(entry->subject), text);
}

}  // namespace stamp::ui
