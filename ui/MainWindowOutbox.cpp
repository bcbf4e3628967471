// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow's second part: what the outbox tells the person (the status
// bar, the Outbox tab's badge, notifications, the sign-in question) and
// quitting while messages are on their way. The window itself, its menus,
// accounts and composers are in MainWindow.cpp; one class in two files
// because both halves present the same window (as ComposeWindow does).
#include "MainWindow.h"

#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "ComposeWindow.h"
#include "ConnectionCheckPanel.h"
#include "SandboxInboxView.h"
#include "SentView.h"
#include "client/SentCopier.h"
#include "Notifier.h"
#include "StatusAnnouncer.h"
#include "SessionLogModel.h"
#include "SessionLogView.h"
#include "TranscriptHistoryView.h"
#include "DraftsView.h"
#include "OutboxView.h"
#include "outbox/TranscriptArchive.h"
#include "providers/ProviderCatalog.h"
#include "outbox/SendingQuota.h"
#include "WelcomePage.h"
#include "accounts/AccountStore.h"
#include "client/MailClient.h"
#include "client/SandboxAccount.h"
#include "accounts/CredentialSource.h"
#include "outbox/NetworkWatch.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "outbox/SentStore.h"
#include "accounts/SecretStore.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QSignalBlocker>
#include <QDockWidget>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStringListModel>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace stamp::ui {

bool MainWindow::confirmQuit()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int held = 0;
    int scheduled = 0;
    int sending = 0;
    int waiting = 0;
    for (const OutboxRecord &record : m_client->outbox().list()) {
        if (record.state == OutboxRecord::State::Sending)
            ++sending;
        else if (record.isHeld(now))
            ++held;
        else if (record.notBefore.isValid() && record.notBefore > now && record.state == OutboxRecord::State::Queued)
            ++scheduled;
        else if (record.state == OutboxRecord::State::Queued || record.state == OutboxRecord::State::Deferred)
            ++waiting;
    }
    if (held + scheduled + sending + waiting == 0)
        return true;
    QStringList what;
    if (sending)
        what << tr("%n message(s) being sent right now: sending stops, and each goes back to the Outbox "
                   "(one whose end had already gone out is marked \"not confirmed\" rather than sent twice).",
                   nullptr, sending);
    if (held)
        what << tr("%n message(s) still in the undo period: they are sent the next time you open Stamp.", nullptr,
                   held);
    if (scheduled)
        what << tr("%n message(s) scheduled for later: they are sent when Stamp is open at or after their time.",
                   nullptr, scheduled);
    if (waiting)
        what << tr("%n message(s) waiting to be sent or retried: they wait in the Outbox until you open Stamp "
                   "again.",
                   nullptr, waiting);
    QMessageBox box(QMessageBox::Question, tr("Quit Stamp?"),
                    tr("Messages are still on their way. Nothing is lost if you quit, but nothing is sent "
                       "while Stamp is closed."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("quitWithOutboxBox"));
    box.setInformativeText(what.join(QStringLiteral("\n\n")));
    QPushButton *quit = box.addButton(tr("&Quit anyway"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("&Keep Stamp open"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    return box.clickedButton() == quit;
}

void MainWindow::updateOutboxBadge()
{
    int waiting = 0;
    bool attention = false;
    for (const OutboxRecord &record : m_client->outbox().list()) {
        if (record.state == OutboxRecord::State::Sent)
            continue;
        ++waiting;
        attention = attention || record.state == OutboxRecord::State::Failed
                    || record.state == OutboxRecord::State::Uncertain || record.unreachableSince.isValid();
    }
    const int index = m_tabs->indexOf(m_outboxView);
    m_tabs->setTabText(index, waiting ? tr("Outbox (%1)").arg(waiting) : tr("Outbox"));
    m_tabs->setTabIcon(index, attention ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(index, attention ? tr("Some messages in the Outbox need a look") : QString());
}

MainWindow::~MainWindow()
{
    // The core goes first, while the views it reports to still exist: a
    // transfer in progress stops and its message goes back to the queue.
    delete m_client;
    m_client = nullptr;
}

void MainWindow::setupOutbox()
{
    OutboxService *service = m_client->service();
    connect(service, &OutboxService::transcript, this, [this](const TranscriptEvent &event) {
        m_logModel->append(event);
        m_flushEvents << event;
    });
    connect(service, &OutboxService::flushStarted, this, [this] {
        m_flushEvents.clear();
        m_flushSubjects.clear();
    });
    connect(service, &OutboxService::recordChanged, this, [this](const OutboxRecord &record) {
        if (record.state == OutboxRecord::State::Sent)
            m_flushSubjects << (record.subject.isEmpty() ? tr("(no subject)") : record.subject);
    });
    connect(service, &OutboxService::flushFinished, this, [this](const OutboxService::FlushSummary &summary) {
        m_sentView->reload();
        if (m_flushEvents.isEmpty())
            return;
        // One entry in Past sessions per flush, as for a direct send.
        // Past sessions name what was sent, as for a direct send.
        const QString title = m_flushSubjects.size() == 1
                                  ? tr("%1 (sent)").arg(m_flushSubjects.first())
                              : summary.sent + summary.partial > 0
                                  ? tr("Outbox: %n sent", nullptr, summary.sent + summary.partial)
                                      + QStringLiteral(": ") + m_flushSubjects.join(QStringLiteral(", "))
                                  : tr("Outbox: not sent");
        QString error;
        if (m_client->archive().save(title, m_flushEvents, &error).isEmpty())
            statusBar()->showMessage(tr("The session could not be kept: %1").arg(error), 8000);
        m_history->reload();
        m_flushEvents.clear();
    });
    connect(service, &OutboxService::recordChanged, this, &MainWindow::onOutboxRecord);
    connect(service, &OutboxService::recordChanged, this, &MainWindow::announceState);
    // The outbox records "sending" without a change signal; the first
    // progress report of a message is when its transfer starts.
    connect(service, &OutboxService::progress, this, [this](const QString &id, qint64, qint64) {
        if (m_announcedStates.value(id, -1) == int(OutboxRecord::State::Sending))
            return;
        if (std::optional<OutboxRecord> record = m_client->outbox().load(id)) {
            record->state = OutboxRecord::State::Sending;
            announceState(*record);
        }
    });
    connect(service, &OutboxService::recordRemoved, this, [this](const QString &id) { m_announcedStates.remove(id); });
    // A sign-in the provider no longer accepts: asked once per account and
    // run (MailClient decides; the outbox keeps the messages meanwhile).
    connect(m_client, &MailClient::signInRequired, this, &MainWindow::askToSignIn);
    connect(service, &OutboxService::needsAttention, this, [this](const OutboxRecord &record) {
        const QString subject = record.subject.isEmpty() ? tr("(no subject)") : record.subject;
        m_notifier->notify(record.state == OutboxRecord::State::Uncertain ? tr("Not confirmed: %1").arg(subject)
                                                                           : tr("Not sent: %1").arg(subject),
                           record.reason, Notifier::Kind::Problem);
    });
    // A server that cannot be reached: said once per spell, where the eye
    // is, and the message waits (RetryPolicy retries it by itself).
    connect(service, &OutboxService::serverUnreachable, this, [this](const OutboxRecord &record) {
        const QString subject = record.subject.isEmpty() ? tr("(no subject)") : record.subject;
        const QString host = record.failure() ? record.failure()->host : record.server.host;
        const QString text = tr("\"%1\" is waiting: %2 cannot be reached. Stamp keeps trying and sends it when the "
                                "server answers.")
                                 .arg(subject, host.isEmpty() ? tr("the server") : host);
        m_announcer->announce(text, StatusAnnouncer::Kind::Progress, 30000);
        if (QGuiApplication::applicationState() != Qt::ApplicationActive)
            m_notifier->notify(tr("Waiting for the mail server"), text, Notifier::Kind::Problem);
    });
    connect(service, &OutboxService::credentialsProblem, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(message, 15000);
        m_notifier->notify(tr("Messages are waiting in the Outbox"), message, Notifier::Kind::Problem);
    });
    m_outboxView->setClient(m_client);
    connect(m_outboxView, &OutboxView::signInRequested, this, &MainWindow::signInAgainFor);
    m_draftsView->setHidden([this] {
        QStringList ids;
        for (const OutboxRecord &record : m_client->outbox().list()) {
            if (!record.draftId.isEmpty())
                ids << record.draftId;
        }
        return ids;
    });
    connect(service, &OutboxService::recordChanged, this, &MainWindow::updateOutboxBadge);
    connect(service, &OutboxService::recordRemoved, this, &MainWindow::updateOutboxBadge);
    updateOutboxBadge();
    connect(service, &OutboxService::recordChanged, m_draftsView, &DraftsView::reload);
    connect(service, &OutboxService::recordRemoved, m_draftsView, &DraftsView::reload);
    m_draftsView->reload();
    m_sentView->setStore(m_client->sent());
    // The IMAP conversation of each copy to the Sent folder, redacted by
    // the session, goes in the session log like the SMTP one.
    connect(m_client->copier(), &SentCopier::transcript, this,
            [this](const TranscriptEvent &event) { m_logModel->append(event); });
    // Where each copy to the Sent folder stands, as it changes.
    connect(m_client->copier(), &SentCopier::copyFinished, m_sentView, &SentView::reload);
    connect(m_sentView, &SentView::copyAgainRequested, this, [this](const QString &id) {
        if (m_client->copier()->tryAgain({}, id) == 0)
            m_sentView->reload();
    });
    m_client->start();
}

void MainWindow::onOutboxRecord(const OutboxRecord &record)
{
    if (record.state != OutboxRecord::State::Sent)
        return;
    QStringList accepted;
    for (const OutboxRecord::Recipient &r : record.recipients) {
        if (r.status == OutboxRecord::Recipient::Status::Accepted)
            accepted << r.address;
    }
    rememberRecipients(accepted);
    const QString subject = record.subject.isEmpty() ? tr("(no subject)") : record.subject;
    if (QGuiApplication::applicationState() != Qt::ApplicationActive)
        m_notifier->notify(tr("Message sent"), subject);
    // A delivery report was asked for and cannot come: said, not left to be
    // noticed by its absence (the Sent item's details say it too).
    if (record.lastResult.value(QStringLiteral("dsnDropped")).toBool())
        statusBar()->showMessage(
            tr("%1: the server does not offer delivery reports; the message was sent without asking for one.")
                .arg(subject),
            15000);
    if (!record.draftId.isEmpty() && m_client->drafts().remove(record.draftId))
        m_draftsView->reload();
}

void MainWindow::announceState(const OutboxRecord &record)
{
    using State = OutboxRecord::State;
    // Queued (held for undo, or back in line) is the composer's to say.
    if (record.state == State::Queued || m_announcedStates.value(record.id, -1) == int(record.state))
        return;
    m_announcedStates.insert(record.id, int(record.state));
    const QString subject = record.subject.isEmpty() ? tr("(no subject)") : record.subject;
    switch (record.state) {
    case State::Sending:
        m_announcer->announce(tr("Sending: %1").arg(subject));
        break;
    case State::Sent:
        m_announcer->announce(tr("Sent: %1").arg(subject), StatusAnnouncer::Kind::Done, 5000);
        break;
    case State::Deferred:
        // A server out of reach has its own, longer sentence (serverUnreachable).
        if (record.unreachableSince.isValid())
            break;
        m_announcer->announce(
            record.offline ? tr("Not sent yet: %1. It is sent when the network is back.").arg(subject)
                           : tr("Not sent yet: %1. Stamp tries again at %2.")
                                 .arg(subject, QLocale().toString(record.nextTry.toLocalTime(), QLocale::ShortFormat)),
            StatusAnnouncer::Kind::Progress, 15000);
        break;
    case State::Failed:
        m_announcer->announce(tr("Not sent: %1").arg(subject), StatusAnnouncer::Kind::Problem, 15000);
        break;
    case State::Uncertain:
        m_announcer->announce(tr("Not confirmed: %1").arg(subject), StatusAnnouncer::Kind::Problem, 15000);
        break;
    default:
        break;
    }
}

void MainWindow::askToSignIn(const Account &account, const QString &reason)
{
    m_notifier->notify(tr("Sign in again to %1").arg(account.name), reason, Notifier::Kind::Problem);
    // Not modal in a nested loop: the outbox goes on while it is open.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign in again to %1").arg(account.name),
                                tr("Messages from \"%1\" wait in the Outbox until you sign in again.").arg(account.name),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("signInRequiredBox"));
    box->setInformativeText(reason);
    QPushButton *signIn = box->addButton(tr("&Sign in..."), QMessageBox::AcceptRole);
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    const QString name = account.name;
    connect(signIn, &QPushButton::clicked, this, [this, name] {
        selectAccount(name);
        if (AccountSettingsDialog *dialog = openAccountSettings())
            dialog->showTab(AccountSettingsDialog::SignInTab);
    });
    box->open();
}

void MainWindow::signInAgainFor(const QString &accountId, const QString &recordId)
{
    const std::optional<Account> account = m_client->accounts().findFor(accountId, {});
    if (!account)
        return;
    selectAccount(account->name);
    AccountSettingsDialog *dialog = openAccountSettings();
    if (!dialog)
        return;
    dialog->showTab(AccountSettingsDialog::SignInTab);
    connect(dialog, &AccountSettingsDialog::signInSaved, this, [this, recordId] {
        if (const QString problem = m_client->retryAfterSignIn(recordId); !problem.isEmpty())
            statusBar()->showMessage(problem, 10000);
    });
}

}  // namespace stamp::ui
