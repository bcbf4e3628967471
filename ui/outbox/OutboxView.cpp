// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutboxView.h"

#include "PasswordDialog.h"

#include "client/MailClient.h"
#include "client/SandboxAccount.h"
#include "client/OutboxExplainer.h"

#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "outbox/OutboxRecord.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stamp::ui {

namespace {
constexpr int kHoldUntilRole = Qt::UserRole + 1;

// A time soon: just the time today, else the date too.
QString whenText(const QDateTime &utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

// Whole seconds left, rounded up: "Held for 1 s" until it is over.
qint64 secondsLeft(const QDateTime &now, const QDateTime &until)
{
    return qMax<qint64>(0, (now.msecsTo(until) + 999) / 1000);
}
} // namespace

QString OutboxView::stateText(const OutboxRecord &record, const QDateTime &now)
{
    using State = OutboxRecord::State;
    switch (record.state) {
    case State::Queued:
        if (record.isHeld(now))
            return tr("Held for %1 s").arg(secondsLeft(now, record.holdUntil));
        if (record.notBefore.isValid() && record.notBefore > now)
            return tr("Scheduled for %1").arg(whenText(record.notBefore));
        return tr("Waiting to send");
    case State::Sending:
        return tr("Sending");
    case State::Deferred:
        if (record.offline)
            return tr("Waiting for the network");
        return record.nextTry.isValid() ? tr("Waiting to retry at %1").arg(whenText(record.nextTry))
                                        : tr("Waiting to retry");
    case State::Failed:
        return tr("Not sent");
    case State::Uncertain:
        return tr("Not confirmed");
    case State::Sent:
        return tr("Sent");
    }
    return {};
}

OutboxView::OutboxView(QWidget *parent)
    : QWidget(parent)
    , m_outbox(std::make_unique<Outbox>())
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_sendNow(new QPushButton(tr("Send &now"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_login(new QPushButton(tr("&Enter password…"), this))
    , m_refresh(new QTimer(this))
    , m_soon(new QTimer(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("outboxView"));
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setAccessibleName(tr("Outbox"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("State"), tr("Subject"), tr("To"), tr("From account"), tr("Why") });
    // Wide enough for the longest state with its time.
    m_list->setColumnWidth(0,
        fontMetrics().horizontalAdvance(tr("Waiting to retry at %1").arg(QStringLiteral("00:00 PM"))) + 24);
    m_list->setColumnWidth(1, 220);
    m_list->setColumnWidth(2, 200);
    m_list->setColumnWidth(3, 120);
    m_list->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_sendNow->setObjectName(QStringLiteral("outboxSendNow"));
    m_sendNow->setToolTip(tr("Send it now, without waiting for its time, its undo period or the next try"));
    m_sendNow->setEnabled(false);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_retry->setToolTip(tr("Queue it again; recipients who already have it are not sent to again"));
    m_remove->setObjectName(QStringLiteral("outboxRemove"));

    m_login->setObjectName(QStringLiteral("outboxLoginButton"));
    m_login->setEnabled(false);
    m_login->hide();

    // The details, with the question a refused login asks underneath.
    auto *detailsArea = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsArea);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_login, 0, Qt::AlignLeft);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detailsArea);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &OutboxView::showDetails);
    connect(m_sendNow, &QPushButton::clicked, this, &OutboxView::sendSelectedNow);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_login, &QPushButton::clicked, this, &OutboxView::answerLoginQuestion);
    setTabOrder(m_list, m_login);
    setTabOrder(m_login, m_sendNow);
    setTabOrder(m_sendNow, m_retry);
    setTabOrder(m_retry, m_remove);
    // Many changes arrive together (a flush): one reload for them all.
    m_soon->setSingleShot(true);
    m_soon->setInterval(100);
    connect(m_soon, &QTimer::timeout, this, &OutboxView::reload);
    connect(m_remove, &QPushButton::clicked, this, &OutboxView::removeSelected);
    // The command line may queue or flush while the app is open.
    m_refresh->setInterval(5000);
    connect(m_refresh, &QTimer::timeout, this, &OutboxView::reload);
    m_refresh->start();
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &OutboxView::tick);
    reload();
}

OutboxView::~OutboxView() = default;

int OutboxView::count() const
{
    return m_list->topLevelItemCount();
}

QString OutboxView::accountText(const OutboxRecord &record) const
{
    std::optional<Account> account;
    if (m_client)
        account = m_client->accountOf(record);
    if (SandboxAccount::owns(record))
        return tr("Sandbox");
    if (account)
        return account->name;  // its name now, if renamed since
    if (record.account.isEmpty() && record.accountId.isEmpty())
        return record.server.host;  // a server given on the command line
    return record.account;
}

QString OutboxView::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void OutboxView::setClient(MailClient *client)
{
    m_client = client;
    OutboxService *service = client->service();
    m_service = service;
    const auto later = [this] { m_soon->start(); };
    connect(service, &OutboxService::recordChanged, this, later);
    connect(service, &OutboxService::recordRemoved, this, later);
    connect(service, &OutboxService::flushFinished, this, later);
    reload();
}

void OutboxView::selectMessage(const QString &id)
{
    reload();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void OutboxView::sendSelectedNow()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_service)
        return;
    const QStringList problems = m_service->sendNow({id});
    if (!problems.isEmpty())
        QMessageBox::information(this, tr("Not sent now"), problems.join(QLatin1Char('\n')));
    reload();
}

void OutboxView::reload()
{
    const QString keep = selectedId();
    m_list->clear();
    const QLocale locale;
    for (const OutboxRecord &record : m_outbox->list()) {
        if (record.state == OutboxRecord::State::Sent)
            continue;  // sent messages belong to Sent
        QStringList to;
        for (const OutboxRecord::Recipient &r : record.recipients)
            to << r.address;
        QString why = record.reason;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool held = record.isHeld(now);
        if (held)
            why = tr("can be taken back until %1").arg(locale.toString(record.holdUntil.toLocalTime().time(),
                                                                        QLocale::LongFormat));
        auto *item = new QTreeWidgetItem({ stateText(record, now),
            record.subject.isEmpty() ? tr("(no subject)") : record.subject, to.join(QStringLiteral(", ")),
            accountText(record), why });
        item->setData(0, Qt::UserRole, record.id);
        if (held)
            item->setData(0, kHoldUntilRole, record.holdUntil);
        m_list->addTopLevelItem(item);
        if (record.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const bool any = m_list->topLevelItemCount() > 0;
    m_retry->setEnabled(any);
    m_sendNow->setEnabled(any && m_service);
    m_remove->setEnabled(any);
    if (!any) {
        m_login->setEnabled(false);
        m_login->hide();
    }
    if (!any)
        m_details->setText(
            tr("Nothing is waiting. Messages you send later (Send later in the message window), and "
               "any that could not be sent yet, appear here with the reason."));
    tick();
}

void OutboxView::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool anyHeld = false;
    bool holdEnded = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QDateTime until = item->data(0, kHoldUntilRole).toDateTime();
        if (!until.isValid())
            continue;
        if (until <= now) {
            holdEnded = true;
            continue;
        }
        anyHeld = true;
        item->setText(0, tr("Held for %1 s").arg(secondsLeft(now, until)));
        if (item == m_list->currentItem())
            showDetails();
    }
    if (anyHeld && !m_ticker->isActive())
        m_ticker->start();
    else if (!anyHeld)
        m_ticker->stop();
    // Its state after the hold (waiting, or already on its way) is the
    // outbox's to say: read again.
    if (holdEnded)
        m_soon->start();
}

void OutboxView::showDetails()
{
    const std::optional<OutboxRecord> record = m_outbox->load(selectedId());
    if (!record)
        return;
    using State = OutboxRecord::State;
    const bool held = record->isHeld(QDateTime::currentDateTimeUtc());
    // Retry is for what went wrong; Send now for what is waiting its turn.
    m_retry->setEnabled(record->state == State::Failed || record->state == State::Deferred
                        || record->state == State::Uncertain);
    m_sendNow->setEnabled(m_service && (record->state == State::Queued || record->state == State::Deferred));
    const LoginPrompt ask = m_client ? m_client->loginPromptFor(*record) : LoginPrompt::None;
    m_login->setText(ask == LoginPrompt::SignIn ? tr("Sign &in again…") : tr("&Enter password…"));
    m_login->setAccessibleName(ask == LoginPrompt::SignIn ? tr("Sign in again and send the message")
                                                          : tr("Enter the password and send the message"));
    m_login->setEnabled(ask != LoginPrompt::None);
    m_login->setVisible(ask != LoginPrompt::None);
    QStringList lines;
    const QString state = stateText(*record, QDateTime::currentDateTimeUtc()).toHtmlEscaped();
    if (held)
        lines << tr("<b>%1</b> — %2")
                     .arg(state,
                         tr("sent at %1 unless taken back (Undo send in its window) or sent now")
                             .arg(QLocale().toString(
                                 record->holdUntil.toLocalTime().time(), QLocale::LongFormat))
                             .toHtmlEscaped());
    else
        lines << tr("<b>%1</b> — %2")
                     .arg(state,
                         record->reason.isEmpty() ? tr("waiting for its turn").toHtmlEscaped()
                                                  : record->reason.toHtmlEscaped());
    // Explained now, from the facts the outbox kept.
    const std::optional<Diagnosis> explained
        = m_client ? m_client->explain(*record) : OutboxExplainer::explain(*record, nullptr, Surface::Desktop);
    if (explained) {
        const Diagnosis &d = *explained;
        lines << d.explanation.toHtmlEscaped();
        lines << QStringLiteral("<i>") + tr("What to do: %1").arg(d.remedy).toHtmlEscaped() + QStringLiteral("</i>");
    }
    if (record->state == OutboxRecord::State::Uncertain)
        lines << tr("The whole message had been sent when the connection failed, so it may have arrived. Check with "
                    "a recipient before choosing Retry.");
    for (const OutboxRecord::Recipient &r : record->recipients) {
        const QString mark = r.status == OutboxRecord::Recipient::Status::Accepted  ? QStringLiteral("✔")
                             : r.status == OutboxRecord::Recipient::Status::Refused ? QStringLiteral("✘")
                                                                                     : QStringLiteral("…");
        lines << QStringLiteral("%1 %2 %3").arg(mark, r.address.toHtmlEscaped(),
                                                 r.reply ? r.reply->summary().toHtmlEscaped() : QString());
    }
    lines << tr("Attempts: %1").arg(record->attempts);
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void OutboxView::retrySelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (const QString error = m_outbox->retry(id, QDateTime::currentDateTimeUtc()); !error.isEmpty())
        QMessageBox::warning(this, tr("Could not retry"), error);
    else if (m_service)
        m_service->flushNow();
    reload();
}

void OutboxView::answerLoginQuestion()
{
    const std::optional<OutboxRecord> record = m_outbox->load(selectedId());
    if (!record || !m_client)
        return;
    const LoginPrompt ask = m_client->loginPromptFor(*record);
    const std::optional<Account> account = m_client->accountOf(*record);
    if (ask == LoginPrompt::None || !account)
        return;
    if (ask == LoginPrompt::SignIn) {
        emit signInRequested(account->id, record->id);
        return;
    }
    auto *dialog = new PasswordDialog(account->name, account->username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(tr("The server refused the saved password. Type the password and the message is sent."));
    const QString id = record->id;
    QPointer<OutboxView> self(this);
    connect(dialog, &QDialog::accepted, this, [self, dialog, id] {
        QString password = dialog->password();
        dialog->clearPassword();
        const QString problem = self->m_client->retryWithPassword(id, password, dialog->remember(),
                                                                  [self](const QString &problem) {
                                                                      if (!self)
                                                                          return;
                                                                      if (!problem.isEmpty())
                                                                          QMessageBox::information(
                                                                              self, tr("About the password"), problem);
                                                                      self->reload();
                                                                  });
        password.fill(QLatin1Char('\0'));
        if (!problem.isEmpty())
            QMessageBox::warning(self, tr("Not sent again"), problem);
    });
    dialog->open();
}

void OutboxView::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove this message from the outbox?"),
                              tr("It will not be sent, and its copy in the outbox is deleted."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    // Through the service when there is one: the Drafts tab shows the
    // message's draft again at once.
    if (const QString error = m_service ? m_service->remove(id) : m_outbox->remove(id); !error.isEmpty())
        QMessageBox::warning(this, tr("Could not remove it"), error);
    reload();
}

}  // namespace stamp::ui
