// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "ImportAccountsDialog.h"
#include "CertificateDialog.h"
#include "ComposeWindow.h"
#include "ConnectionCheckPanel.h"
#include "DraftsView.h"
#include "LanguageMenu.h"
#include "Notifier.h"
#include "OutboxView.h"
#include "SandboxBehaviourMenu.h"
#include "SandboxInboxView.h"
#include "SentView.h"
#include "SessionLogModel.h"
#include "SessionLogView.h"
#include "StatusAnnouncer.h"
#include "TranscriptHistoryView.h"
#include "WelcomePage.h"
#include "accounts/AccountStore.h"
#include "accounts/CredentialSource.h"
#include "accounts/SecretStore.h"
#include "client/MailClient.h"
#include "client/SandboxAccount.h"
#include "mime/MailtoLink.h"
#include "outbox/NetworkWatch.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "outbox/SendingQuota.h"
#include "outbox/SentStore.h"
#include "outbox/TranscriptArchive.h"
#include "providers/ProviderCatalog.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace stamp::ui {

namespace {
const QString kKnownAddressesKey = QStringLiteral("compose/knownAddresses");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
// The sandbox's entry in the account list; account names cannot contain a space.
const QString kSandboxEntry = QStringLiteral("sandbox target");
constexpr int kMaxKnownAddresses = 500;
}  // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_client(new MailClient(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_tabs(new QTabWidget(this))
    , m_sentView(new SentView(this))
    , m_logDock(new QDockWidget(tr("Session log"), this))
    , m_logModel(new SessionLogModel(this))
    , m_knownAddresses(new QStringListModel(this))
    , m_targetLabel(new QLabel(this))
    , m_history(new TranscriptHistoryView(&m_client->archive(), this))
    , m_draftsView(new DraftsView(&m_client->drafts(), this))
    , m_accountCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stamp"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stamp.svg")));
    resize(1100, 720);
    m_notifier = new Notifier(this);
    connect(m_notifier, &Notifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    m_knownAddresses->setStringList(QSettings().value(kKnownAddressesKey).toStringList());

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_sentView, tr("Sent"));
    m_tabs->addTab(m_draftsView, tr("Drafts"));
    m_outboxView = new OutboxView(this);
    m_tabs->addTab(m_outboxView, tr("Outbox"));
    m_tabs->addTab(m_history, tr("Past sessions"));
    // A draft reopens with the account chosen in the From list.
    connect(m_draftsView, &DraftsView::openRequested, this, [this](const Draft &draft) {
        m_pendingDraft = draft;
        compose();
    });
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    m_logDock->setObjectName(QStringLiteral("sessionLogDock"));
    m_logDock->setWidget(new SessionLogView(m_logModel, m_logDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();

    m_announcer = new StatusAnnouncer(statusBar(), this);
    m_targetLabel->setObjectName(QStringLiteral("targetLabel"));
    statusBar()->addPermanentWidget(m_targetLabel);
    setupMenus();

    connect(m_welcome->sandboxButton(), &QPushButton::clicked, this, [this] {
        if (startSandbox())
            compose();
    });
    connect(m_welcome->addAccountButton(), &QPushButton::clicked, this, [this] { addAccount(); });
    connect(m_welcome->importButton(), &QPushButton::clicked, this, [this] { importAccounts(); });

    m_accountCombo->setObjectName(QStringLiteral("accountCombo"));
    m_accountCombo->setAccessibleName(tr("Send from"));
    m_accountCombo->setToolTip(tr("The account new messages are sent from"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &MainWindow::updateTarget);

    const MailClient::OpenProblems problems = m_client->open();
    if (!problems.accounts.isEmpty())
        QMessageBox::warning(this, tr("Your accounts could not be read"), problems.accounts);
    if (!problems.outbox.isEmpty())
        QMessageBox::warning(this, tr("The outbox cannot be used"), problems.outbox);
    if (!problems.sent.isEmpty())
        statusBar()->showMessage(tr("Sent items cannot be kept: %1").arg(problems.sent), 10000);
    reloadAccounts();
    setupOutbox();
    // The sandbox comes back with what it kept when the person used it before.
    if (m_client->sandboxWasUsed())
        startSandbox(false);
    // The welcome page stays only while there is nowhere to send.
    if (!m_client->accounts().accounts().isEmpty() || m_client->sandbox())
        showWorkArea();
    // Where the person left the window, the log dock and the toolbar.
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (restoreState(settings.value(kStateKey).toByteArray()))
        m_logDockPlaced = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuit()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

AccountStore *MainWindow::accountStore() const
{
    return &m_client->accounts();
}

SecretStore *MainWindow::secretStore() const
{
    return m_client->secrets();
}

SandboxServer *MainWindow::sandbox() const
{
    return m_client->sandbox();
}

OutboxService *MainWindow::outboxService() const
{
    return m_client->service();
}

CredentialSource *MainWindow::credentialSource() const
{
    return m_client->credentials();
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newMessage = file->addAction(tr("&New message"), this, [this] { compose(); });
    newMessage->setObjectName(QStringLiteral("newMessageAction"));
    newMessage->setShortcut(QKeySequence::New);
    // The sandbox stays one menu away once accounts exist.
    QAction *sandbox = file->addAction(tr("New message in the &sandbox"), this, [this] {
        if (startSandbox())  // also chooses it in the From list
            compose();
    });
    sandbox->setObjectName(QStringLiteral("sandboxComposeAction"));
    sandbox->setStatusTip(tr("Write a message to the sandbox, a mail server on this computer that keeps what you "
                             "send"));
    setupTemplateMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    QAction *add = m_accountMenu->addAction(tr("&Add account..."), this, [this] { addAccount(); });
    add->setObjectName(QStringLiteral("addAccountAction"));
    QAction *import = m_accountMenu->addAction(tr("&Import accounts..."), this, [this] { importAccounts(); });
    import->setObjectName(QStringLiteral("importAccountsAction"));
    import->setStatusTip(tr("Bring accounts over from Thunderbird or msmtp"));
    m_accountMenu->addSeparator();
    QAction *settings = m_accountMenu->addAction(tr("&Settings..."), this, [this] { openAccountSettings(); });
    settings->setObjectName(QStringLiteral("accountSettingsAction"));
    QAction *check = m_accountMenu->addAction(tr("&Check connection..."), this, [this] { openAccountSettings(true); });
    check->setObjectName(QStringLiteral("checkConnectionAction"));
    QAction *remove = m_accountMenu->addAction(tr("&Remove..."), this, [this] { removeAccount(); });
    remove->setObjectName(QStringLiteral("removeAccountAction"));
    m_accountActions = {settings, check, remove};

    // The sandbox's own menu: how it answers, to try what real servers do.
    QMenu *sandboxMenu = menuBar()->addMenu(tr("Sand&box"));
    sandboxMenu->setObjectName(QStringLiteral("sandboxMenu"));
    m_sandboxBehaviourMenu = new SandboxBehaviourMenu(sandboxMenu);
    sandboxMenu->addMenu(m_sandboxBehaviourMenu);
    connect(m_sandboxBehaviourMenu, &SandboxBehaviourMenu::chosen, this,
        [this](SandboxBehaviour::Mode mode) { chooseSandboxBehaviour(mode); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *log = m_logDock->toggleViewAction();
    log->setText(tr("Session &log"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log);
    view->addSeparator();
    view->addMenu(new LanguageMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Stamp"), this, [this] {
        QMessageBox::about(this, tr("About Stamp"),
                           tr("<h3>Stamp %1</h3><p>Sends mail through your SMTP account and shows exactly what "
                              "the server said.</p><p>Passwords and sign-in tokens are kept in your system's "
                              "keychain, never in a file.</p>"
                              "<p>Copyright 2026 The Stamp developers.<br>Stamp is free software under the GNU "
                              "General Public License, version 3 or (at your option) any later version: you may "
                              "share and change it, and it comes with no warranty. Built with Qt %2 (LGPL 3) and "
                              "QtKeychain (BSD licence).</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                    QString::fromLatin1(qVersion()).toHtmlEscaped()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(newMessage);
    bar->addAction(log);
    bar->addSeparator();
    auto *from = new QLabel(tr("&From:"), bar);
    from->setBuddy(m_accountCombo);
    from->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(from);
    bar->addWidget(m_accountCombo);
}

void MainWindow::showWorkArea()
{
    m_pages->setCurrentWidget(m_tabs);
    // Shown the first time; afterwards as the person left it.
    if (!m_logDockPlaced)
        m_logDock->show();
    m_logDockPlaced = true;
}

void MainWindow::chooseSandboxBehaviour(SandboxBehaviour::Mode mode)
{
    if (!startSandbox(false)) {
        m_sandboxBehaviourMenu->setCurrent(
            sandbox() ? sandbox()->behaviour().mode : SandboxBehaviour::Mode::Normal);
        return;
    }
    // For this run only: a sandbox that still misbehaves after a restart
    // would look like a real fault.
    SandboxBehaviour behaviour = sandbox()->behaviour();
    behaviour.mode = mode;
    sandbox()->setBehaviour(behaviour);
    m_sandboxBehaviourMenu->setCurrent(mode);
    startSandbox(false); // the sandbox's login follows the mode
    showWorkArea();
    m_tabs->setCurrentWidget(m_sandboxInbox);
    statusBar()->showMessage(mode == SandboxBehaviour::Mode::Normal
            ? tr("The sandbox accepts every message again.")
            : tr("The sandbox now answers: %1").arg(SandboxBehaviour::replySummary(mode)),
        10000);
}

bool MainWindow::startSandbox(bool choose)
{
    if (!m_client->sandbox()) {
        if (const QString problem = m_client->startSandbox(); !problem.isEmpty()) {
            const QString text = tr("Stamp could not open a port on this computer for its sandbox: %1").arg(problem);
            if (choose)
                QMessageBox::warning(this, tr("The sandbox could not start"), text);
            else
                statusBar()->showMessage(text, 10000);
            return false;
        }
    }
    if (!m_sandboxInbox) {
        m_sandboxInbox = new SandboxInboxView(m_client->sandbox(), m_tabs);
        m_tabs->addTab(m_sandboxInbox, tr("Sandbox inbox"));
    }
    const Account account
        = SandboxAccount::make(m_client->sandbox()->port(), m_client->sandbox()->behaviour().mode);
    m_sandboxTarget.name = account.displayName;
    m_sandboxTarget.fromAddress = account.email;
    m_sandboxTarget.identities.clear();
    m_sandboxTarget.accountId = account.id;
    m_sandboxTarget.accountName = account.name;
    m_sandboxTarget.server = account.serverSettings();
    m_sandboxTarget.auth = SandboxAccount::auth(m_client->sandbox()->behaviour().mode);
    reloadAccounts(choose ? kSandboxEntry : QString());
    if (choose)
        showWorkArea();
    return true;
}

ComposeWindow *MainWindow::compose()
{
    const QString chosen = m_accountCombo->currentData().toString();
    if (chosen.isEmpty()) {
        // Nowhere to send yet: say so where the person looks, next to the
        // two ways the welcome page offers.
        m_pages->setCurrentWidget(m_welcome);
        statusBar()->showMessage(tr("There is nowhere to send from yet: add your account, or try the sandbox "
                                    "to write a message that stays on this computer."),
                                 15000);
        m_welcome->addAccountButton()->setFocus();
        return nullptr;
    }
    if (chosen == kSandboxEntry)
        return openComposer(m_sandboxTarget);
    if (const std::optional<Account> account = m_client->accounts().find(chosen))
        composeAs(*account);
    return nullptr;
}

void MainWindow::composeAs(const Account &account)
{
    SendTarget target;
    target.name = account.displayName.isEmpty() ? account.email
                                                : tr("%1 <%2>").arg(account.displayName, account.email);
    target.fromAddress = account.email;
    target.identities = account.identities;
    if (target.identities.isEmpty())
        target.identities << Identity{account.displayName, account.email, {}, {}};
    target.accountId = account.id;
    target.accountName = account.name;
    target.deliveryReports = account.deliveryReports;
    target.server = account.serverSettings();
    if (account.authMethod == sasl::AuthMethod::None) {
        target.auth = account.authSettings({});
        openComposer(target);
        return;
    }
    // The message goes through the outbox, which asks for the login when it
    // sends. Asking now as well means a missing password or a lapsed sign-in
    // is fixed before the person writes, not discovered after.
    statusBar()->showMessage(tr("Checking the login for %1...").arg(account.name));
    QPointer<MainWindow> self(this);
    m_client->credentials()->credentials(account, [self, account, target](const CredentialSource::Result &result) {
        if (!self)
            return;
        self->statusBar()->clearMessage();
        using Status = CredentialSource::Result::Status;
        if (result.status == Status::NoSecret || result.status == Status::KeychainUnavailable) {
            const QString why = result.status == Status::NoSecret
                                    ? tr("No password is saved for \"%1\".").arg(account.name)
                                    : result.message;
            bool ok = false;
            QString secret = QInputDialog::getText(
                self, tr("Password for %1").arg(account.name),
                tr("%1\nPassword for %2 (kept in memory until Stamp quits, never in a file):")
                    .arg(why, account.username),
                QLineEdit::Password, {}, &ok);
            if (!ok || secret.isEmpty())
                return;
            self->m_client->secrets()->keepForThisRun(account.id, SecretStore::Kind::Password, secret);
            secret.fill(QLatin1Char('\0'));
        } else if (!result.ok()) {
            // A sign-in that lapsed, or a provider that cannot be reached:
            // the composer still opens (the outbox keeps the message until
            // the login works), but the person hears why first.
            QMessageBox::warning(self, tr("Sending as %1 needs attention").arg(account.name), result.message);
        }
        self->openComposer(target);
    });
}

ComposeWindow *MainWindow::openComposer(const SendTarget &target)
{
    auto *window = new ComposeWindow(target, m_knownAddresses, this);
    window->setDraftStore(&m_client->drafts());
    // Every message goes through the outbox, the sandbox's too.
    window->setClient(m_client);
    const std::optional<Account> account = m_client->accounts().findFor(target.accountId, {});
    if (account) {
        const ProviderCatalog catalog = ProviderCatalog::standard();
        if (m_client->sent()) {
            const SendingQuota::Assessment quota = SendingQuota::forAccount(
                *account, *m_client->sent(), catalog, 0, QDateTime::currentDateTimeUtc());
            window->setQuotaNotice(quota.warnings.join(QLatin1Char(' ')));
        }
        // From alignment and mailings; the composer asks again as the fields change.
        window->setSendingHygiene(SendingHygiene::forAccount(*account, catalog));
    }
    connect(window, &ComposeWindow::draftsChanged, m_draftsView, &DraftsView::reload);
    if (m_pendingDraft) {
        window->loadDraft(*m_pendingDraft);
        m_pendingDraft.reset();
    }
    window->setTemplateStore(&m_templates);
    connect(window, &ComposeWindow::templatesChanged, this,
            [this] { statusBar()->showMessage(tr("The template is saved: File, New from template."), 10000); });
    if (m_pendingTemplate) {
        window->loadTemplate(*m_pendingTemplate, m_pendingTemplateNotes);
        m_pendingTemplate.reset();
        m_pendingTemplateNotes.clear();
    }
    if (!m_pendingLinks.isEmpty()) {
        window->fillFromLink(m_pendingLinks.takeFirst());
        if (m_pendingLinks.isEmpty())
            m_welcome->setWaitingMessageNote({});
        // Several links: one composer each.
        if (!m_pendingLinks.isEmpty())
            QMetaObject::invokeMethod(this, [this] { compose(); }, Qt::QueuedConnection);
    }
    connect(window, &ComposeWindow::transcript, m_logModel, &SessionLogModel::append);
    connect(window, &ComposeWindow::certificateReviewRequested, this, [this](const QString &accountId) {
        // The sandbox has no settings to check: its certificate is known here.
        if (accountId == SandboxAccount::id()) {
            reviewSandboxCertificate();
            return;
        }
        for (const Account &account : m_client->accounts().accounts()) {
            if (account.id != accountId)
                continue;
            selectAccount(account.name);
            // The check runs at once; its "Review certificate..." shows the
            // chain and can pin it, and Save keeps the pin.
            openAccountSettings(true);
        }
    });
    connect(window, &ComposeWindow::signInRequested, this, &MainWindow::signInAgainFor);
    connect(window, &ComposeWindow::scheduled, this, [this](const OutboxRecord &record) {
        statusBar()->showMessage(
            tr("\"%1\" waits in the Outbox until %2.")
                .arg(record.subject.isEmpty() ? tr("(no subject)") : record.subject,
                     QLocale().toString(record.notBefore.toLocalTime(), QLocale::ShortFormat)),
            10000);
        m_outboxView->selectMessage(record.id);
    });
    connect(window, &ComposeWindow::sent, this, [this](const QString &, const QStringList &recipients) {
        rememberRecipients(recipients);
    });
    window->show();
    // Bring it to the front with the keyboard in it: Ctrl+Enter must work at once.
    window->raise();
    window->activateWindow();
    emit composerOpened(window);
    return window;
}

AccountWizard *MainWindow::addAccount()
{
    auto *wizard = new AccountWizard(&m_client->accounts(), m_client->secrets(), this);
    // One credential source for the whole app: the access token of a fresh
    // sign-in is still there for the first send.
    wizard->setCredentialSource(m_client->credentials());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AccountWizard::accountSaved, this, [this](const Account &account) {
        reloadAccounts(account.name);
        showWorkArea();
        statusBar()->showMessage(tr("Account \"%1\" saved.").arg(account.name), 5000);
        // A link that waited for an account opens now.
        if (!m_pendingLinks.isEmpty())
            compose();
    });
    wizard->open();
    return wizard;
}

ImportAccountsDialog *MainWindow::importAccounts()
{
    auto *dialog = new ImportAccountsDialog(&m_client->accounts(), m_client->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // As after the wizard saves one: the From list, the work area, and a
    // link that waited for an account.
    connect(dialog, &ImportAccountsDialog::accountsImported, this, [this](const QList<Account> &accounts) {
        if (accounts.isEmpty())
            return;
        reloadAccounts(accounts.first().name);
        showWorkArea();
        statusBar()->showMessage(tr("%n account(s) imported.", nullptr, int(accounts.size())), 5000);
        if (!m_pendingLinks.isEmpty())
            compose();
    });
    // The sign-in the account settings offer, as for a lapsed sign-in.
    connect(dialog, &ImportAccountsDialog::signInRequested, this, [this](const QString &name) {
        selectAccount(name);
        if (AccountSettingsDialog *settings = openAccountSettings())
            settings->showTab(AccountSettingsDialog::SignInTab);
    });
    dialog->open();
    return dialog;
}

AccountSettingsDialog *MainWindow::openAccountSettings(bool checkConnection)
{
    const std::optional<Account> account = m_client->accounts().find(currentAccountName());
    if (!account)
        return nullptr;
    auto *dialog = new AccountSettingsDialog(*account, &m_client->accounts(), m_client->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCredentialSource(m_client->credentials());
    // Messages that waited for a sign-in go now.
    const QString accountId = account->id;
    connect(dialog, &AccountSettingsDialog::signInSaved, this, [this, accountId] { m_client->loginChanged(accountId); });
    connect(dialog, &AccountSettingsDialog::accountChanged, this,
            [this](const Account &changed) {
                reloadAccounts(changed.name);
                m_client->accountChanged(changed.id);
            });
    if (checkConnection) {
        dialog->showTab(AccountSettingsDialog::CheckTab);
        // "Check connection" means: check now.
        QMetaObject::invokeMethod(dialog, [dialog] { dialog->checkPanel()->start(); }, Qt::QueuedConnection);
    }
    dialog->open();
    return dialog;
}

void MainWindow::trustCertificate(const QString &accountId, const QString &sha256)
{
    const std::optional<Account> account = m_client->accounts().findFor(accountId, {});
    if (!account)
        return;
    if (const QString problem = m_client->trustCertificate(accountId, sha256); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("The certificate was not saved"), problem);
        return;
    }
    statusBar()->showMessage(tr("\"%1\" now trusts the certificate with SHA-256 %2.")
                                 .arg(account->name, sha256.left(16) + QStringLiteral("\u2026")),
                             8000);
}

void MainWindow::reviewSandboxCertificate()
{
    SandboxServer *sandbox = m_client->sandbox();
    if (!sandbox)
        return;
    QString problem;
    const std::optional<SandboxCertificate> certificate = sandbox->certificate(&problem);
    if (!certificate) {
        QMessageBox::warning(this, tr("The sandbox has no certificate"), problem);
        return;
    }
    const Account account = SandboxAccount::make(sandbox->port(), sandbox->behaviour().mode);
    CertificateDialog dialog(account.host, account.displayName, certificate->report(account.host), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString problem = m_client->trustCertificate(account.id, dialog.fingerprint());
        !problem.isEmpty()) {
        QMessageBox::warning(this, tr("The certificate was not saved"), problem);
        return;
    }
    startSandbox(false); // the sandbox entry's server now carries the pin
    statusBar()->showMessage(
        tr("The sandbox's certificate is trusted now (SHA-256 %1). Send the message again.")
            .arg(dialog.fingerprint().left(16) + QStringLiteral("\u2026")),
        10000);
}

void MainWindow::removeAccount()
{
    const std::optional<Account> account = m_client->accounts().find(currentAccountName());
    if (!account)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove account"),
                    tr("Remove the account \"%1\" (%2) and its saved password?").arg(account->name, account->email),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeAccountBox"));
    box.setInformativeText(tr("Messages already sent stay in the Sent list."));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QPointer<MainWindow> self(this);
    const QString problem = m_client->removeAccount(account->name, [self](const QString &message) {
        if (self)
            self->statusBar()->showMessage(tr("The saved password could not be removed: %1").arg(message), 8000);
    });
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("The account was not removed"), problem);
        return;
    }
    reloadAccounts();
    if (m_client->accounts().accounts().isEmpty() && !m_client->sandbox())
        m_pages->setCurrentWidget(m_welcome);
}

QString MainWindow::currentAccountName() const
{
    const QString chosen = m_accountCombo->currentData().toString();
    return chosen == kSandboxEntry ? QString() : chosen;
}

void MainWindow::selectAccount(const QString &name)
{
    const int index = m_accountCombo->findData(name);
    if (index >= 0)
        m_accountCombo->setCurrentIndex(index);
}

void MainWindow::reloadAccounts(const QString &select)
{
    const QString keep = select.isEmpty() ? m_accountCombo->currentData().toString() : select;
    const QSignalBlocker blocker(m_accountCombo);
    m_accountCombo->clear();
    for (const Account &account : m_client->accounts().accounts())
        m_accountCombo->addItem(tr("%1 (%2)").arg(account.name, account.email), account.name);
    if (m_client->sandbox())
        m_accountCombo->addItem(m_sandboxTarget.name, kSandboxEntry);
    const int index = m_accountCombo->findData(keep);
    m_accountCombo->setCurrentIndex(index >= 0 ? index : 0);
    updateTarget();
}

void MainWindow::updateTarget()
{
    const bool isAccount = !currentAccountName().isEmpty();
    for (QAction *action : std::as_const(m_accountActions))
        action->setEnabled(isAccount);
    m_accountCombo->setEnabled(m_accountCombo->count() > 0);
    m_targetLabel->setText(m_accountCombo->count() ? tr("Sending through: %1").arg(m_accountCombo->currentText())
                                                   : QString());
}

void MainWindow::rememberRecipients(const QStringList &addresses)
{
    QStringList known = m_knownAddresses->stringList();
    for (const QString &address : addresses) {
        known.removeAll(address);
        known.prepend(address);
    }
    while (known.size() > kMaxKnownAddresses)
        known.removeLast();
    m_knownAddresses->setStringList(known);
    QSettings().setValue(kKnownAddressesKey, known);
}

}  // namespace stamp::ui

// Compiled here, where ComposeWindow is a complete type, so the
// composerOpened(ComposeWindow *) signal registers its argument type.
#include "moc_MainWindow.cpp"
