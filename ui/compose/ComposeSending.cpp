// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Sending from the composer: always through the outbox, with its undo
// period (accounts and the sandbox alike), then the window follows the
// record. The window's fields, drafts and signatures are in ComposeWindow.cpp.
#include "ComposeWindow.h"

#include "StatusAnnouncer.h"

#include "AddressField.h"
#include "AttachmentList.h"
#include "Colours.h"
#include "PasswordDialog.h"
#include "StatusAnnouncer.h"
#include "client/MailClient.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "mime/Message.h"
#include "mime/MessageWriter.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QIcon>
#include <QSettings>
#include <QLocale>
#include <algorithm>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QStackedWidget>
#include <QTextEdit>
#include <QThread>
#include <QUrl>
#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTemporaryFile>
#include <QVBoxLayout>

namespace stamp::ui {

void ComposeWindow::send()
{
    sendAt({});
}

void ComposeWindow::sendAt(const QDateTime &notBefore)
{
    if (m_rendering || !m_send->isEnabled())
        return;
    m_problem->hide();
    m_reviewCertificate->hide();
    m_login->hide();
    Message message;
    AddressError fromError;
    const int identity = currentIdentity();
    if (identity >= 0) {
        const Identity &chosen = m_target.identities.at(identity);
        message.from = Address::fromAddrSpec(chosen.address, &fromError);
        message.from.setDisplayName(chosen.name);
        if (!chosen.replyTo.trimmed().isEmpty())
            message.replyTo = AddressList::parse(chosen.replyTo);
    } else {
        message.from = Address::fromText(fromText(), &fromError);
    }
    if (message.from.isNull()) {
        showProblem(tr("The sender address cannot be used"), fromError.describe().toHtmlEscaped());
        return;
    }
    message.to = m_to->list();
    message.cc = m_cc->list();
    message.bcc = m_bcc->list();
    message.subject = m_subject->text();
    message.readReceipt = m_askReadReceipt->isChecked();
    if (!m_inReplyTo.isEmpty()) {
        // RFC 5322 §3.6.4: without the parent's References, its own id starts them.
        message.inReplyTo = m_inReplyTo;
        message.references = QStringList{m_inReplyTo};
    }
    if (m_bodies->currentWidget() == m_richBody) {
        message.htmlBody = m_richBody->toHtml();
        message.textBody = m_richBody->toPlainText();  // the alternative for plain-text readers
    } else {
        message.textBody = m_body->toPlainText();
    }
    for (const QString &path : m_attachments->paths())
        message.attachments.append({path, {}, {}});
    if (const QStringList problems = message.validate(); !problems.isEmpty()) {
        showProblem(tr("This message cannot be sent yet"), problems.join(QStringLiteral("<br>")).toHtmlEscaped());
        return;
    }
    // An identity may send through another account's server (SenderPolicy
    // decides in core: which account, MAIL FROM, Sender).
    m_route.reset();
    if (m_client && !m_target.accountId.isEmpty()) {
        QString routeError;
        m_route = m_client->routeFor(m_target.accountId, message.from.addrSpec(), &routeError);
        if (!m_route) {
            showProblem(tr("This message cannot be sent yet"), routeError.toHtmlEscaped());
            return;
        }
        if (!m_route->sender.isEmpty())
            message.sender = Address::fromAddrSpec(m_route->sender);
    }
    if (!m_service) {
        showProblem(tr("There is nowhere to send this message"),
                    tr("Choose an account in the From list of the main window, or use the sandbox.").toHtmlEscaped());
        return;
    }
    enqueue(message, notBefore);
}

void ComposeWindow::showTooLarge(qint64 size, qint64 limit)
{
    const QLocale locale;
    // The limit is the sending server's: another account's when the
    // identity sends through it.
    const QString host = m_attachments->serverHost();
    showProblem(tr("The message is too large for %1").arg(host),
                tr("It is %1 as sent (attachments grow by a third when encoded), and %2 accepts at most "
                   "%3. Remove some attachments, or share large files by a link.")
                    .arg(locale.formattedDataSize(size), host, locale.formattedDataSize(limit))
                    .toHtmlEscaped());
}

void ComposeWindow::setClient(MailClient *client)
{
    m_client = client;
    OutboxService *service = client->service();
    m_service = service;
    connect(client, &MailClient::renewalFailed, this, &ComposeWindow::onQueuedRecord);
    m_sendLater->setVisible(true);
    connect(service, &OutboxService::recordChanged, this, &ComposeWindow::onQueuedRecord);
    connect(service, &OutboxService::progress, this, [this](const QString &id, qint64 sent, qint64 total) {
        if (id != m_queued.id || !m_inOutbox)
            return;
        m_countdown.stop();
        m_undo->hide();
        m_cancel->show();
        m_progress->setFormat(QStringLiteral("%p%"));
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(sent * 1000 / total));
    });
    connect(service, &OutboxService::flushFinished, this, [this] {
        if (m_cancelling)
            finishCancel();
    });
}

void ComposeWindow::cancelQueued()
{
    if (!m_inOutbox || !m_service || m_cancelling)
        return;
    // Not picked up by the outbox yet: simply taken out (remove() refuses
    // a message a dispatcher holds, and then the flush is stopped instead).
    if (m_service->remove(m_queued.id).isEmpty()) {
        backToEditing();
        showProblem(tr("Sending was cancelled"), tr("The message was not sent. It is as you wrote it.").toHtmlEscaped());
        return;
    }
    // On its way: the outbox's flush stops, and once it has let go of the
    // message finishCancel() takes it out, unless it went out after all.
    m_cancelling = true;
    m_cancel->setEnabled(false);
    m_service->stop();
    if (!m_service->isFlushing())
        finishCancel();
}

void ComposeWindow::finishCancel()
{
    m_cancelling = false;
    const std::optional<OutboxRecord> now = m_service->outbox().load(m_queued.id);
    // Queued or deferred after a cancel means the end of the message never
    // went out (else it would be sent or uncertain).
    if (now && (now->state == OutboxRecord::State::Queued || now->state == OutboxRecord::State::Deferred)
        && m_service->remove(m_queued.id).isEmpty()) {
        backToEditing();
        showProblem(tr("Sending was cancelled"), tr("The message was not sent. It is as you wrote it.").toHtmlEscaped());
    } else if (now) {
        onQueuedRecord(*now);
    }
    m_service->start();
}

void ComposeWindow::setQuotaNotice(const QString &text)
{
    m_quotaNotice = text;
    updateNotice();
}

void ComposeWindow::enqueue(const Message &message, const QDateTime &notBefore)
{
    // A draft first, so Undo reopens exactly what was written and the
    // draft goes once the server has the message.
    if (m_drafts)
        saveDraft();
    OutboxRecord draft;
    const Message::Envelope envelope = message.envelope();
    draft.from = envelope.from;
    draft.smtpUtf8 = envelope.smtpUtf8;
    for (const QString &address : envelope.recipients)
        draft.recipients.append({address, OutboxRecord::Recipient::Status::Pending, std::nullopt});
    draft.account = m_target.accountName;
    draft.accountId = m_target.accountId;
    draft.server = m_target.server;
    if (m_route) {
        draft.account = m_route->transport.name;
        draft.accountId = m_route->transport.id;
        draft.server = m_route->transport.serverSettings();
        draft.from = QString::fromUtf8(Address::fromAddrSpec(m_route->mailFrom).envelopeForm());
    }
    draft.subject = message.subject;
    draft.draftId = m_draftId;
    draft.notBefore = notBefore;
    // RFC 3461: reports on success and failure; delays only worry people.
    if (m_askDeliveryReport->isChecked())
        draft.dsn.notify = DsnRequest::NotifySuccess | DsnRequest::NotifyFailure;
    const int undo = m_service->undoSeconds();
    struct Enqueued
    {
        std::optional<OutboxRecord> record;
        QString error;
        bool tooLarge = false;
        qint64 size = 0;
    };
    auto outcome = std::make_shared<Enqueued>();
    Outbox *outbox = &m_service->outbox();
    const qint64 limit = m_attachments->serverLimit();
    MessageWriter::Options options;
    options.utf8Headers = message.needsSmtpUtf8();
    // Rendered straight into the outbox (written and synced before any
    // network activity), off this window's thread: a 100 MB attachment
    // never freezes it.
    QThread *worker = QThread::create([message, options, outbox, draft, undo, limit, outcome] {
        MessageWriter writer(message, options);
        if (!writer.prepare()) {
            outcome->error = writer.errors().join(QLatin1Char('\n'));
            return;
        }
        outcome->size = writer.size();
        // The server has said it refuses messages this large (SIZE, RFC 1870).
        if (limit > 0 && writer.size() > limit) {
            outcome->tooLarge = true;
            return;
        }
        OutboxRecord held = draft;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Send later needs no undo period: it can be removed from the Outbox until then.
        if (undo > 0 && !held.notBefore.isValid())
            held.holdUntil = now.addSecs(undo);
        outcome->record = outbox->enqueue(
            held,
            [&writer](QIODevice *device) { return writer.write(device) ? QString() : writer.errorString(); }, now,
            &outcome->error);
    });
    connect(worker, &QThread::finished, this, [this, worker, outcome, limit] {
        worker->deleteLater();
        m_rendering = false;
        if (outcome->tooLarge) {
            setSending(false);
            showTooLarge(outcome->size, limit);
            return;
        }
        if (!outcome->record) {
            setSending(false);
            showProblem(tr("The message could not be put in the Outbox"), outcome->error.toHtmlEscaped());
            return;
        }
        m_queued = *outcome->record;
        m_inOutbox = true;
        m_autosave.stop();
        m_service->adoptEnqueued(m_queued);
        if (m_queued.notBefore.isValid()) {
            emit scheduled(m_queued);
            close();
            return;
        }
        setSending(true);
        // While held, Undo is the way back; otherwise Cancel.
        m_cancel->setVisible(!m_queued.holdUntil.isValid());
        if (m_queued.holdUntil.isValid()) {
            m_undo->show();
            m_countdown.start();
            showHoldCountdown();
            // Once, not every tick: the countdown itself is on the progress bar.
            const int seconds = int((QDateTime::currentDateTimeUtc().msecsTo(m_queued.holdUntil) + 999) / 1000);
            m_announcer->announce(tr("Sending in %n second(s); Undo send (Ctrl+Z) takes it back.", nullptr, seconds));
        } else {
            m_progress->setRange(0, 0);
            m_progress->setFormat(tr("Sending…"));
        }
    });
    m_rendering = true;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Preparing…"));
    setSending(true);
    worker->start();
}

void ComposeWindow::showHoldCountdown()
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_queued.holdUntil);
    if (left <= 0) {
        m_countdown.stop();
        m_undo->hide();
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Sending…"));
        return;
    }
    const int total = int(m_queued.created.msecsTo(m_queued.holdUntil));
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(int(qMax<qint64>(0, total - left)));
    m_progress->setFormat(tr("Sending in %n second(s)…", nullptr, int((left + 999) / 1000)));
}

bool ComposeWindow::undoSend()
{
    if (!m_inOutbox || !m_service)
        return false;
    QString error;
    if (!m_service->takeBack(m_queued.id, &error)) {
        showProblem(tr("Too late to take it back"), error.toHtmlEscaped());
        return false;
    }
    backToEditing();
    return true;
}

void ComposeWindow::backToEditing()
{
    m_inOutbox = false;
    m_settled = false;
    m_countdown.stop();
    m_undo->hide();
    m_queued = OutboxRecord();
    m_cancel->setEnabled(true);
    m_sendLater->setEnabled(true);
    setSending(false);
    m_to->setFocus();
}

void ComposeWindow::onQueuedRecord(const OutboxRecord &record)
{
    using State = OutboxRecord::State;
    // A message that waits for a login may be sent again from elsewhere
    // (the Outbox tab, the account's sign-in): this window follows it again.
    if (!m_inOutbox && m_loginPrompt != LoginPrompt::None && record.id == m_queued.id
        && (record.state == State::Queued || record.state == State::Sending))
        followAgain();
    if (!m_inOutbox || record.id != m_queued.id || m_cancelling)
        return;
    switch (record.state) {
    case State::Queued:
    case State::Sending:
        if (record.state == State::Sending || !record.isHeld(QDateTime::currentDateTimeUtc())) {
            m_countdown.stop();
            m_undo->hide();
            m_cancel->setVisible(record.state == State::Sending);
            m_progress->setRange(0, 0);
            m_progress->setFormat(tr("Sending…"));
        }
        return;
    case State::Sent: {
        m_inOutbox = false;
        m_sentOk = true;
        setSending(false);
        SendResult result;
        result.status = SendResult::Status::Sent;
        QStringList accepted;
        for (const OutboxRecord::Recipient &r : record.recipients) {
            RecipientResult one;
            one.address = r.address;
            one.accepted = r.status == OutboxRecord::Recipient::Status::Accepted;
            if (r.reply)
                one.reply = *r.reply;
            result.recipients << one;
            if (one.accepted)
                accepted << r.address;
        }
        emit sent(record.subject, accepted, result);
        close();
        return;
    }
    default:
        break;
    }
    // Not sent (yet): say why and what happens next.
    // Explained now, from the facts the outbox kept.
    const std::optional<Failure> failure = record.failure();
    const Diagnosis d = m_client ? m_client->explain(record).value_or(Diagnosis()) : Diagnosis();
    const QString title = d.title;
    QString details = d.explanation.toHtmlEscaped();
    if (!d.remedy.isEmpty())
        details += QStringLiteral("<br><i>") + tr("What to do: %1").arg(d.remedy).toHtmlEscaped() + QStringLiteral("</i>");
    // The reason repeats the diagnosis when there is one; alone it is all there is.
    if (details.isEmpty() && !record.reason.isEmpty())
        details += record.reason.toHtmlEscaped();
    const bool someHaveIt = std::any_of(record.recipients.cbegin(), record.recipients.cend(), [](const auto &r) {
        return r.status == OutboxRecord::Recipient::Status::Accepted;
    });
    // A refused OAuth token is renewed and the message tried once more
    // (MailClient's rule): still on its way.
    if (m_client && m_client->isRetryingWithRenewedToken(record) && record.state == State::Failed)
        return;
    m_inOutbox = false;
    setSending(false);
    const LoginPrompt ask = m_client ? m_client->loginPromptFor(record) : LoginPrompt::None;
    if (record.state == State::Failed && !someHaveIt && ask != LoginPrompt::None) {
        showLoginQuestion(record, ask, title.isEmpty() ? record.reason : title, details);
        return;
    }
    if (record.state == State::Failed && !someHaveIt) {
        // Nobody has it and the content is still here: out of the outbox,
        // so fixing and sending again cannot make a second copy.
        m_service->remove(record.id);
        m_queued = OutboxRecord();
        showProblem(tr("Not sent: %1").arg(title.isEmpty() ? record.reason : title), details);
        // A certificate that could not be verified: the check shows it and
        // can trust exactly that one (the outbox keeps no certificate).
        if (failure && failure->offersPin())
            m_reviewCertificate->show();
        return;
    }
    // The outbox keeps it (tried again later, or for the person to decide).
    settle();
    if (record.state == State::Deferred) {
        const QString when = QLocale().toString(record.nextTry.toLocalTime(), QLocale::ShortFormat);
        details += QStringLiteral("<br><b>")
                   + (record.offline ? tr("There is no network right now. Stamp sends it as soon as the network is back; "
                                          "it waits in the Outbox, so you can close this window.")
                                     : tr("Stamp tries again at %1; it waits in the Outbox, so you can close this "
                                          "window.")
                                           .arg(when))
                         .toHtmlEscaped()
                   + QStringLiteral("</b>");
        showProblem(tr("Not sent yet: %1").arg(title.isEmpty() ? record.reason : title), details, Banner::Waiting);
    } else if (record.state == State::Uncertain) {
        details += QStringLiteral("<br><b>")
                   + tr("The whole message had been sent when the connection failed; the server may have it. It "
                        "stays in the Outbox: check with a recipient, then Retry or Remove it there.")
                         .toHtmlEscaped()
                   + QStringLiteral("</b>");
        showProblem(tr("Not confirmed: %1").arg(title.isEmpty() ? record.reason : title), details);
    } else {
        details += QStringLiteral("<br><b>")
                   + tr("Some recipients have it; the others can be retried from the Outbox.").toHtmlEscaped()
                   + QStringLiteral("</b>");
        showProblem(tr("Sent, but not to everyone"), details);
    }
}

void ComposeWindow::settle()
{
    m_settled = true;
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_cc, m_bcc, m_subject, m_body, m_richBody,
                                                       m_richToggle, m_attachments})
        w->setEnabled(false);
    m_send->setEnabled(false);
    // The Outbox has it now: no second, later copy from this window.
    m_sendLater->setEnabled(false);
}

void ComposeWindow::showLoginQuestion(const OutboxRecord &record, LoginPrompt ask, const QString &title,
                                      QString details)
{
    // Nothing was sent (the login comes before the message, RFC 4954 §4),
    // so the message stays in the outbox and goes as it is once the login
    // works: no Send again, no second copy.
    m_queued = record;
    m_loginPrompt = ask;
    settle();
    const bool password = ask == LoginPrompt::Password;
    details += QStringLiteral("<br><b>")
               + (password ? tr("It waits in the Outbox: enter the password and it is sent.")
                           : tr("It waits in the Outbox: sign in again and it is sent."))
                     .toHtmlEscaped()
               + QStringLiteral("</b>");
    showProblem(tr("Not sent: %1").arg(title), details);
    m_login->setText(password ? tr("&Enter password…") : tr("Sign &in again…"));
    m_login->setAccessibleName(password ? tr("Enter the password and send the message")
                                        : tr("Sign in again and send the message"));
    m_login->show();
    m_login->setFocus();
}

void ComposeWindow::answerLoginQuestion()
{
    if (m_loginPrompt == LoginPrompt::SignIn) {
        emit signInRequested(m_target.accountId, m_queued.id);
        return;
    }
    if (m_loginPrompt != LoginPrompt::Password || !m_client)
        return;
    const std::optional<Account> account = m_client->accountOf(m_queued);
    auto *dialog = new PasswordDialog(account ? account->name : m_target.accountName,
                                      account ? account->username : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(tr("The server refused the saved password. Type the password and the message is sent."));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString password = dialog->password();
        dialog->clearPassword();
        sendWithPassword(password, dialog->remember());
        password.fill(QLatin1Char('\0'));
    });
    dialog->open();
}

void ComposeWindow::followAgain()
{
    m_loginPrompt = LoginPrompt::None;
    m_login->hide();
    m_problem->hide();
    m_settled = false;
    m_inOutbox = true;
    setSending(true);
    m_undo->hide();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Sending…"));
}

void ComposeWindow::sendWithPassword(const QString &password, bool remember)
{
    if (!m_client || m_loginPrompt != LoginPrompt::Password)
        return;
    const OutboxRecord waiting = m_queued;
    followAgain();
    QPointer<ComposeWindow> self(this);
    const auto notSentAgain = [self, waiting](const QString &problem) {
        // Still in the outbox as it failed: ask again; gone: as written.
        const std::optional<OutboxRecord> now = self->m_service->outbox().load(waiting.id);
        self->m_inOutbox = false;
        self->setSending(false);
        if (now && now->state == OutboxRecord::State::Failed) {
            self->showLoginQuestion(*now, LoginPrompt::Password, problem, {});
            return;
        }
        self->m_queued = OutboxRecord();
        self->showProblem(tr("Not sent"), problem.toHtmlEscaped());
    };
    const QString problem
        = m_client->retryWithPassword(waiting.id, password, remember, [self, notSentAgain](const QString &problem) {
              if (!self || problem.isEmpty())
                  return;
              const std::optional<OutboxRecord> now = self->m_service->outbox().load(self->m_queued.id);
              if (now && now->state != OutboxRecord::State::Failed) {
                  // On its way; only the keychain could not keep the password.
                  self->setQuotaNotice(problem);
                  return;
              }
              notSentAgain(problem);
          });
    if (!problem.isEmpty())
        notSentAgain(problem);
}

void ComposeWindow::reviewCertificate()
{
    // The account's connection check fetches the certificate again and
    // offers the certificate dialog (the outbox keeps no certificate).
    m_reviewCertificate->hide();
    emit certificateReviewRequested(m_target.accountId);
}

}  // namespace stamp::ui
