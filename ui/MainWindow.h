// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SendTarget.h"
#include "mime/MailtoLink.h"
#include "outbox/DraftStore.h"
#include "outbox/OutboxRecord.h"
#include "outbox/TemplateStore.h"
#include "sandbox/SandboxBehaviour.h"
#include "smtp/Transcript.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <memory>
#include <optional>

class QComboBox;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QStringListModel;
class QTabWidget;
class QLabel;

namespace stamp {
class AccountStore;
class CredentialSource;
class MailClient;
class OutboxService;
struct Account;
class SecretStore;
class SandboxServer;
}

namespace stamp::ui {

class AccountSettingsDialog;
class AccountWizard;
class ImportAccountsDialog;
class ComposeWindow;
class Notifier;
class StatusAnnouncer;
class SentView;
class SessionLogModel;
class TranscriptHistoryView;
class DraftsView;
class OutboxView;
class SandboxBehaviourMenu;
class TemplatesDialog;
class WelcomePage;

// Stamp's main window: the welcome view until there is somewhere to send,
// then the Sent list (and the sandbox's inbox), with the live session log
// in a dock that follows every conversation.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the built-in sandbox server (once) with its inbox tab and its
    // entry in the From list; `choose`: also makes it the send target (the
    // person asked for it), else it is only offered (a restart).
    bool startSandbox(bool choose = true);
    // Makes the sandbox answer in this mode (starting it when needed).
    void chooseSandboxBehaviour(SandboxBehaviour::Mode mode);
    // Opens the composer for the chosen account or the sandbox. For an
    // account the password is read from the keychain first, so the window
    // opens later (composerOpened) and this returns nullptr.
    ComposeWindow *compose();
    // A composer for each mailto: link (RFC 6068), or one blank composer
    // when `links` is empty, with this window brought to the front (a
    // launch from a link in another program). With nowhere to send from
    // yet, the welcome page comes first and the links wait: the composer
    // opens once an account is saved or the sandbox is chosen.
    void composeLinks(const QStringList &links);

    // Account setup and management (the Account menu).
    AccountWizard *addAccount();
    AccountSettingsDialog *openAccountSettings(bool checkConnection = false);
    // Accounts from Thunderbird or msmtp, previewed before anything is saved.
    ImportAccountsDialog *importAccounts();
    void removeAccount();
    // Pins exactly this certificate (lower-case hex SHA-256) for the account.
    void trustCertificate(const QString &accountId, const QString &sha256);
    // The sandbox's own certificate in the certificate dialog (its TLS
    // modes), pinned for the sandbox when the person trusts it.
    void reviewSandboxCertificate();
    MailClient *client() const { return m_client; }
    AccountStore *accountStore() const;
    SecretStore *secretStore() const;
    QString currentAccountName() const;
    void selectAccount(const QString &name);

    SessionLogModel *logModel() const { return m_logModel; }
    SandboxServer *sandbox() const;
    SentView *sentView() const { return m_sentView; }
    TranscriptHistoryView *historyView() const { return m_history; }
    DraftsView *draftsView() const { return m_draftsView; }

    Notifier *notifier() const { return m_notifier; }
    OutboxService *outboxService() const;
    OutboxView *outboxView() const { return m_outboxView; }
    CredentialSource *credentialSource() const;

    // Templates (MainWindowTemplates.cpp): a message started from the
    // template of this name, sent from its account when that still exists
    // (else the one chosen, and the composer says so). Like compose(), an
    // account's composer opens later (composerOpened).
    ComposeWindow *composeFromTemplate(const QString &name);
    TemplatesDialog *manageTemplates();
    TemplateStore &templates() { return m_templates; }

signals:
    void composerOpened(stamp::ui::ComposeWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupMenus();
    void setupTemplateMenu(QMenu *file);
    void fillTemplateMenu(QMenu *menu);
    void reloadAccounts(const QString &select = {});
    void updateTarget();
    ComposeWindow *openComposer(const SendTarget &target);
    void composeAs(const Account &account);
    void showWorkArea();
    void rememberRecipients(const QStringList &addresses);
    void setupOutbox();
    void onOutboxRecord(const OutboxRecord &record);
    // Says a message's new state (sending, sent, waiting, not sent) to
    // assistive technology and on the status bar, once per state.
    void announceState(const OutboxRecord &record);
    void askToSignIn(const Account &account, const QString &reason);
    // The account's sign-in, for a message whose sign-in the server
    // refused: once it is saved, that message goes again.
    void signInAgainFor(const QString &accountId, const QString &recordId);
    // The Outbox tab says how many messages wait, with a warning sign
    // when one needs a look (not sent, not confirmed, server away).
    void updateOutboxBadge();
    // Before the window closes with messages on their way: says what
    // happens to them and lets the person stay. True: close.
    bool confirmQuit();

    // The application core: stores, services and the rules about them.
    // Made first, deleted first (~MainWindow).
    MailClient *m_client;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    SentView *m_sentView;
    QDockWidget *m_logDock;
    bool m_logDockPlaced = false;
    Notifier *m_notifier = nullptr;
    StatusAnnouncer *m_announcer = nullptr;
    QHash<QString, int> m_announcedStates;  // outbox id -> the state last announced
    SessionLogModel *m_logModel;
    QStringListModel *m_knownAddresses;
    QLabel *m_targetLabel;
    TranscriptHistoryView *m_history;
    DraftsView *m_draftsView;
    std::optional<Draft> m_pendingDraft;  // opened from Drafts, for the next composer
    QList<MailtoLink> m_pendingLinks;     // from composeLinks(), one per next composer
    TemplateStore m_templates;
    std::optional<Template> m_pendingTemplate;  // for the next composer, with what to say about it
    QStringList m_pendingTemplateNotes;
    QWidget *m_sandboxInbox = nullptr;
    SandboxBehaviourMenu *m_sandboxBehaviourMenu = nullptr;
    QComboBox *m_accountCombo;
    QMenu *m_accountMenu = nullptr;
    QList<QAction *> m_accountActions;  // enabled only while an account is chosen
    SendTarget m_sandboxTarget;
    OutboxView *m_outboxView = nullptr;
    QList<TranscriptEvent> m_flushEvents;
    QStringList m_flushSubjects;  // what the current flush sent, for Past sessions
};

}  // namespace stamp::ui
