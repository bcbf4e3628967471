// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SendTarget.h"
#include "client/SenderPolicy.h"
#include "outbox/SendingHygiene.h"
#include "outbox/DraftStore.h"
#include "outbox/TemplateStore.h"
#include "outbox/OutboxRecord.h"
#include "smtp/SessionTypes.h"
#include "smtp/Transcript.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTextEdit;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QToolButton;
class QTemporaryFile;
class QToolButton;

namespace stamp {
enum class LoginPrompt;
class MailClient;
class MailtoLink;
class OutboxService;
struct Message;
}

namespace stamp::ui {

class AddressField;
class AttachmentList;
class StatusAnnouncer;

// Writing and sending one message. Sending never blocks the window: the
// message is rendered to a file and streamed by the engine while a progress
// bar runs and Cancel works. A failure keeps everything as written and says
// what went wrong and what to do, above the message.
class ComposeWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ComposeWindow(const SendTarget &target, QStringListModel *completions, QWidget *parent = nullptr);
    ~ComposeWindow() override;

    bool hasUnsentContent() const;
    void send();
    // Send later: into the outbox with this time (UTC); outbox mode only.
    void sendAt(const QDateTime &notBefore);
    bool isSending() const { return m_rendering || m_inOutbox; }
    AttachmentList *attachments() const { return m_attachments; }

    // Drafts: saved every few seconds after a change and when the window
    // closes with unsent content, removed once the message is sent.
    void setDraftStore(DraftStore *store);
    // Every message goes through the outbox (the sandbox's too): it is
    // written there (durably) before anything goes on the network, waits
    // out the undo period, and is sent by the client's service even if
    // this window is closed meanwhile. Without a client Send says why not.
    void setClient(MailClient *client);
    // A sentence about the account's daily sending limit, shown above the
    // fields with the sending advice; empty hides it.
    void setQuotaNotice(const QString &text);
    // What core says about the From address and the recipients as they are
    // typed (alignment, bulk without unsubscribe), shown with the quota
    // notice and kept up to date a moment after each change.
    void setSendingHygiene(const SendingHygiene &hygiene);
    // How long the fields must rest before the advice follows them.
    static constexpr int kAdvicePauseMs = 300;
    // The outbox id of the message this window queued; empty when none.
    QString queuedId() const { return m_queued.id; }
    // Undo send: takes the queued message back while its hold lasts.
    bool undoSend();
    void loadDraft(const Draft &draft);
    // Starts the message from a mailto: link (RFC 6068): its recipients,
    // subject and text (above the signature), and the message it answers.
    // What the link asked for that was left out, and why, shows above
    // the fields. Nothing is sent until the person sends it.
    void fillFromLink(const MailtoLink &link);
    const SendTarget &target() const { return m_target; }
    Draft currentDraft() const;
    // The Options menu's "ask for a delivery report" follows the sending
    // account's default until the person changes it.
    void setDeliveryReportDefault(bool ask);
    bool saveDraft();

    // Templates (ComposeTemplates.cpp): the Templates button offers "Save
    // as template", which keeps the fields and attachment paths under a
    // name. Without a store the button stays hidden.
    void setTemplateStore(TemplateStore *store);
    // Asks for a name (the subject to start with) and, before replacing a
    // template of that name, whether to; true when saved.
    bool saveAsTemplate();
    // Starts the message from a template: its fields, text and the
    // attachments still there; `notes` (e.g. that its account is gone) and
    // the missing files show above the fields. Unchanged, it is no draft.
    void loadTemplate(const Template &t, const QStringList &notes = {});

signals:
    void transcript(const stamp::TranscriptEvent &event);
    void draftsChanged();
    void templatesChanged();
    // The message left (fully or for some recipients).
    void sent(const QString &subject, const QStringList &recipients, const stamp::SendResult &result);
    // Show the account's certificate (its connection check) to decide on it.
    void certificateReviewRequested(const QString &accountId);
    // Queued for a later time (send later); the window closes.
    void scheduled(const stamp::OutboxRecord &record);
    // The server refused the account's OAuth sign-in for this message (it
    // waits in the outbox): open the account's sign-in, then send it again
    // (MailClient::retryAfterSignIn).
    void signInRequested(const QString &accountId, const QString &recordId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSendable();
    // The notice above the fields: the quota sentence and the hygiene
    // warnings for the message as it is now.
    void updateNotice();
    // The account the identity sends through: the notice names it, and the
    // quota and hygiene advice become its own (ComposeAdvice.cpp).
    void followTransportAccount();
    QString fromAddressText() const;
    // Why Send is greyed out, in a few words; empty when it is not.
    QString notSendableReason() const;
    // Send later: the time, then into the outbox.
    void askSendTime();
    void onAttachmentsChanged();
    void setRichText(bool rich);
    // The Options button and its menu (ComposeOptions.cpp).
    QToolButton *makeOptionsButton();
    // How the banner above the fields looks: a problem the person must act
    // on (red), or a message the outbox keeps and sends by itself (calm).
    enum class Banner { Problem, Waiting };
    void showProblem(const QString &title, const QString &details, Banner tone = Banner::Problem);
    void setSending(bool sending);
    QString fromText() const;
    // The identity the From field names, or -1 for typed text.
    int currentIdentity() const;
    void applySignature(int identity);
    void reviewCertificate();
    // The login was refused: the message stays in the outbox and the
    // banner asks for what helps (MailClient::loginPromptFor).
    void showLoginQuestion(const OutboxRecord &record, LoginPrompt ask, const QString &title, QString details);
    void answerLoginQuestion();
    void sendWithPassword(const QString &password, bool remember);
    // The message that waited for a login goes again: followed to Sent.
    void followAgain();
    // The outbox keeps the message: the fields are no longer editable.
    void settle();
    void enqueue(const Message &message, const QDateTime &notBefore);
    void onQueuedRecord(const OutboxRecord &record);
    void showHoldCountdown();
    void showTooLarge(qint64 size, qint64 limit);
    void backToEditing();
    void cancelQueued();
    void finishCancel();
    QToolButton *makeTemplatesButton();

    SendTarget m_target;
    QComboBox *m_from;
    AddressField *m_to;
    AddressField *m_cc;
    AddressField *m_bcc;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QTextEdit *m_richBody;
    QStackedWidget *m_bodies;
    QCheckBox *m_richToggle;
    AttachmentList *m_attachments;
    QToolButton *m_options = nullptr;
    QAction *m_askDeliveryReport = nullptr;
    QAction *m_askReadReceipt = nullptr;
    // Set once the person (or the draft being reopened) chose whether to ask
    // for a delivery report; until then the choice follows the default of
    // the account the message goes through.
    bool m_deliveryReportChosen = false;
    bool m_rendering = false;
    QLabel *m_problem;
    QPushButton *m_reviewCertificate;
    QPushButton *m_login;  // "Enter password…" or "Sign in again…"
    LoginPrompt m_loginPrompt;  // what m_login answers; None when hidden
    QString m_signature;  // the one now at the end of the text
    QProgressBar *m_progress;
    QPushButton *m_send;
    QPushButton *m_cancel;
    bool m_sentOk = false;
    DraftStore *m_drafts = nullptr;
    QString m_draftId;
    QTimer m_autosave;
    QPointer<MailClient> m_client;
    OutboxService *m_service = nullptr;
    OutboxRecord m_queued;     // what this window put in the outbox
    bool m_inOutbox = false;   // queued and not finished (held, waiting or sending)
    bool m_settled = false;    // the outbox has it for good (deferred, uncertain): closing is fine
    bool m_cancelling = false;
    QTimer m_countdown;
    QPushButton *m_undo = nullptr;
    QPushButton *m_sendLater = nullptr;
    QLabel *m_notice = nullptr;  // the quota notice and the sending advice
    QString m_quotaNotice;
    SendingHygiene m_hygiene;
    QStringList m_adviceIds;  // the warnings shown now, so only a new one is announced
    // The route of the message being sent (SenderPolicy, through MailClient);
    // nullopt for the sandbox. The advice follows its transport account.
    std::optional<SendRoute> m_route;
    QString m_adviceAccountId;  // the account the quota and hygiene advice is about
    QString m_throughNotice;    // "Sent through the account ..." for the identity chosen
    QTimer m_adviceTimer;
    QLabel *m_sendReason = nullptr;
    StatusAnnouncer *m_announcer = nullptr;  // says the banner and the hold to assistive technology
    QLabel *m_linkNotice = nullptr;  // what a mailto: link asked for that was left out
    QString m_inReplyTo;  // from a mailto: link: the message this one answers
    // The banner's title and what was attached when it was shown, so a
    // banner about the attachments' size can go once files are removed.
    QString m_problemTitle;
    qint64 m_problemAttachedBytes = 0;
    TemplateStore *m_templates = nullptr;
    QToolButton *m_templatesButton = nullptr;
    QLabel *m_templateNotice = nullptr;
    std::optional<Draft> m_templateStart;  // the fields as a template filled them
};

}  // namespace stamp::ui
