// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountSettingsDialog.h"

#include "AccountSettingsServerForm.h"
#include "AddressPage.h"
#include "ConnectionCheckPanel.h"
#include "DeliverabilityPanel.h"
#include "IdentityDialog.h"
#include "SentCopySettingsGroup.h"
#include "accounts/AccountStore.h"
#include "accounts/CredentialSource.h"
#include "accounts/SecretStore.h"
#include "domain/DomainCheck.h"
#include "providers/ProviderCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSizePolicy>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace stamp::ui {

AccountSettingsDialog::AccountSettingsDialog(
    const Account &account, AccountStore *accounts, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_openUrl(systemBrowser())
    , m_catalog(ProviderCatalog::standard())
    , m_tabs(new QTabWidget(this))
    , m_displayName(new QLineEdit(account.displayName, this))
    , m_email(new QLineEdit(account.email, this))
    , m_replyTo(new QLineEdit(this))
    , m_signature(new QPlainTextEdit(this))
    , m_aliasList(new QListWidget(this))
    , m_server(new AccountSettingsServerForm(this))
    , m_password(new QLineEdit(this))
    , m_showPassword(new QPushButton(tr("S&how"), this))
    , m_check(new ConnectionCheckPanel(this))
    , m_domainChoice(new QComboBox(this))
    , m_deliverability(new DeliverabilityPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accountSettingsDialog"));
    setWindowTitle(tr("Account \"%1\"").arg(account.name));
    resize(680, 540);
    if (!account.identities.isEmpty()) {
        m_replyTo->setText(account.identities.first().replyTo);
        m_signature->setPlainText(account.identities.first().signature);
        m_aliases = account.identities.mid(1);
    }

    // Identity
    auto *identity = new QWidget(m_tabs);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(tr("Your name"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email address"));
    m_replyTo->setObjectName(QStringLiteral("replyToEdit"));
    m_replyTo->setAccessibleName(tr("Reply-To address"));
    m_replyTo->setPlaceholderText(tr("Optional: where replies should go instead"));
    auto *identityForm = new QFormLayout(identity);
    identityForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    identityForm->addRow(tr("Your &name:"), m_displayName);
    identityForm->addRow(tr("&Email address:"), m_email);
    identityForm->addRow(tr("&Reply to:"), m_replyTo);
    m_signature->setObjectName(QStringLiteral("signatureEdit"));
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setPlaceholderText(tr("Optional: added under \"-- \" at the end of new messages"));
    m_signature->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    identityForm->addRow(tr("Si&gnature:"), m_signature);

    // Other addresses sent through the same server (aliases).
    m_aliasList->setObjectName(QStringLiteral("aliasList"));
    m_aliasList->setAccessibleName(tr("Other identities"));
    auto *addAlias = new QPushButton(tr("&Add..."), identity);
    addAlias->setObjectName(QStringLiteral("addAliasButton"));
    addAlias->setAccessibleName(tr("Add an identity"));
    auto *editAliasButton = new QPushButton(tr("E&dit..."), identity);
    editAliasButton->setObjectName(QStringLiteral("editAliasButton"));
    auto *removeAlias = new QPushButton(tr("Re&move"), identity);
    removeAlias->setObjectName(QStringLiteral("removeAliasButton"));
    connect(addAlias, &QPushButton::clicked, this, [this] { editAlias(-1); });
    connect(editAliasButton, &QPushButton::clicked, this, [this] { editAlias(m_aliasList->currentRow()); });
    connect(m_aliasList, &QListWidget::itemActivated, this, [this] { editAlias(m_aliasList->currentRow()); });
    connect(removeAlias, &QPushButton::clicked, this, [this] {
        const int row = m_aliasList->currentRow();
        if (row >= 0 && row < m_aliases.size()) {
            m_aliases.removeAt(row);
            showAliases();
        }
    });
    auto *aliasButtons = new QVBoxLayout;
    aliasButtons->setContentsMargins(0, 0, 0, 0);
    aliasButtons->addWidget(addAlias);
    aliasButtons->addWidget(editAliasButton);
    aliasButtons->addWidget(removeAlias);
    // The list exactly as tall as the row, a few lines at least: level
    // with its buttons and its label. (A list of its own height floats to
    // the middle of the row, and a row that may grow takes whatever height
    // the dialog has to spare.)
    m_aliasList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_aliasList->setMinimumHeight(fontMetrics().lineSpacing() * 4 + 2 * m_aliasList->frameWidth() + 4);
    auto *aliasRow = new QHBoxLayout;
    aliasRow->addWidget(m_aliasList, 1);
    aliasRow->addLayout(aliasButtons);
    aliasRow->setAlignment(aliasButtons, Qt::AlignTop);
    // Made after the dialog's own buttons: Tab comes here from the list,
    // not after Save and Cancel.
    setTabOrder(m_aliasList, addAlias);
    setTabOrder(addAlias, editAliasButton);
    setTabOrder(editAliasButton, removeAlias);
    // RFC 5321 §4.1.1.2's reverse-path for messages from the other
    // identities (and those other accounts send through this one).
    m_envelopeSender = new QComboBox(identity);
    m_envelopeSender->setObjectName(QStringLiteral("envelopeSenderCombo"));
    m_envelopeSender->setAccessibleName(tr("Envelope sender"));
    m_envelopeSender->addItem(tr("The message's From address"), int(EnvelopeSender::FromAddress));
    m_envelopeSender->addItem(tr("This account's own address"), int(EnvelopeSender::AccountAddress));
    m_envelopeSender->setCurrentIndex(m_envelopeSender->findData(int(account.envelopeSender)));
    m_envelopeSender->setToolTip(tr("Where bounces go, and what the server checks against the login. Choose "
                                    "the account's own address for a server that refuses other senders."));
    identityForm->addRow(tr("En&velope sender:"), m_envelopeSender);
    auto *aliasLabel = new QLabel(tr("Other &identities:"), identity);
    aliasLabel->setBuddy(m_aliasList);
    identityForm->addRow(aliasLabel, aliasRow);
    showAliases();
    m_tabs->addTab(identity, tr("&Identity"));

    // Server
    m_server->setObjectName(QStringLiteral("serverSettingsForm"));
    m_server->setShowsProxy(true);
    m_server->load(account);
    auto *serverPage = new QWidget(m_tabs);
    auto *serverColumn = new QVBoxLayout(serverPage);
    serverColumn->addWidget(m_server);
    // RFC 3461: the composer's and `stamp send`'s starting choice; each
    // message can still change it.
    m_deliveryReports = new QCheckBox(tr("&Ask for delivery reports by default"), serverPage);
    m_deliveryReports->setObjectName(QStringLiteral("deliveryReportsDefault"));
    m_deliveryReports->setToolTip(tr("New messages ask the receiving servers to report delivery or failure, "
                                     "where this server offers it"));
    m_deliveryReports->setChecked(account.deliveryReports);
    serverColumn->addWidget(m_deliveryReports);
    serverColumn->addStretch(1);
    m_tabs->addTab(serverPage, tr("Ser&ver"));

    if (account.signsInWithOAuth()) {
        // No password here: the field stays out of every layout and tab chain.
        m_password->hide();
        m_showPassword->hide();
        m_tabs->addTab(makeSignInTab(), tr("Sign-&in"));
    } else {
        m_tabs->addTab(makePasswordTab(), tr("&Password"));
    }

    // Check: a typed password is tried before it is saved; else the keychain's.
    m_tabs->addTab(m_check, tr("C&heck connection"));
    m_check->setSecretLoader(
        [this](const ConnectionCheckPanel::SecretReady &ready) { loadLoginSecret(ready); });
    // The proxy's login: what is typed on the Server tab, else the keychain's.
    m_check->setProxyPasswordLoader([this](const ConnectionCheckPanel::SecretReady &ready) {
        if (const QString typed = m_server->proxyPassword(); !typed.isEmpty()) {
            ready(typed, {});
            return;
        }
        m_secrets->read(m_account.id, SecretStore::Kind::ProxyPassword, [ready](const SecretStore::Result &result) {
            ready(result.secret,
                  result.ok() ? QString()
                  : result.status == SecretStore::Result::Status::NotFound
                      ? tr("No proxy password is saved for this account.")
                      : result.message);
        });
    });
    m_check->setTokenRenewer([this](const ConnectionCheckPanel::SecretReady &ready) {
        credentialSource()->renewAfterRejection(
            editedAccount(), [ready](const CredentialSource::Result &result) {
                ready(result.auth.credentials.secret, result.ok() ? QString() : result.message);
            });
    });
    connect(m_check, &ConnectionCheckPanel::started, this, [this] { m_check->setAccount(editedAccount()); });
    // Kept when the person presses Save, like any other change here.
    connect(m_check, &ConnectionCheckPanel::certificateTrusted, this, [this](const QString &sha256) {
        m_server->setPinnedCertificate(sha256);
        m_check->setAccount(editedAccount());
        m_check->start();
    });
    m_tabs->addTab(makeDeliverabilityTab(), tr("Delivera&bility"));
    m_tabs->addTab(makeSentFolderTab(), tr("Sent &folder"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == CheckTab && !m_check->isRunning())
            m_check->setAccount(editedAccount());
        if (index == DeliverabilityTab)
            showDeliverability();
    });

    m_tabs->setObjectName(QStringLiteral("accountSettingsTabs"));
    // Every tab stays in view: in a language with longer words the window
    // grows to fit them rather than hiding some behind scroll arrows.
    m_tabs->tabBar()->setUsesScrollButtons(false);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountSettingsDialog::reject);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_tabs, 1);
    column->addWidget(m_buttons);

    connect(m_server, &AccountSettingsServerForm::changed, this, &AccountSettingsDialog::revalidate);
    connect(m_email, &QLineEdit::textChanged, this, &AccountSettingsDialog::revalidate);
    setTabOrder(m_displayName, m_email);
    setTabOrder(m_email, m_replyTo);
    setTabOrder(m_replyTo, m_signature);
    setTabOrder(m_signature, m_envelopeSender);
    setTabOrder(m_envelopeSender, m_aliasList);
    // The report default is made after the dialog's own buttons: Tab comes
    // to it from the server form's last field, not from Save and Cancel.
    QWidget *lastServerStop = nullptr;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (m_server->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            lastServerStop = w;
    }
    if (lastServerStop)
        setTabOrder(lastServerStop, m_deliveryReports);
    // The Sent folder tab is made after Save and Cancel: they come after it.
    QList<QWidget *> buttons;
    for (QWidget *w = m_buttons->nextInFocusChain(); w && w != m_buttons; w = w->nextInFocusChain()) {
        if (m_buttons->isAncestorOf(w) && !buttons.contains(w))
            buttons << w;
        else if (!buttons.isEmpty())
            break;
    }
    QWidget *previous = m_sentCopy->lastField();
    for (QWidget *button : std::as_const(buttons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    revalidate();
}

QWidget *AccountSettingsDialog::makePasswordTab()
{
    auto *passwordPage = new QWidget(m_tabs);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_password->setPlaceholderText(tr("Leave empty to keep the saved password"));
    m_showPassword->setObjectName(QStringLiteral("showPasswordButton"));
    m_showPassword->setAccessibleName(tr("Show the password"));
    m_showPassword->setCheckable(true);
    connect(m_showPassword, &QPushButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setText(shown ? tr("H&ide") : tr("S&how"));
    });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    auto *passwordLabel = new QLabel(tr("New &password:"), passwordPage);
    passwordLabel->setBuddy(m_password);
    auto *passwordNote = new QLabel(tr("The password lives in your system's keychain. Type a new one here to "
                                       "replace it when you save."),
        passwordPage);
    passwordNote->setWordWrap(true);
    auto *passwordColumn = new QVBoxLayout(passwordPage);
    passwordColumn->addWidget(passwordNote);
    passwordColumn->addWidget(passwordLabel);
    passwordColumn->addLayout(passwordRow);
    passwordColumn->addStretch(1);
    return passwordPage;
}

QWidget *AccountSettingsDialog::makeSignInTab()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("signInTab"));
    m_signInFacts = new QLabel(page);
    m_signInFacts->setObjectName(QStringLiteral("signInFacts"));
    m_signInFacts->setWordWrap(true);
    m_signInFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signInSaved = new QLabel(page);
    m_signInSaved->setObjectName(QStringLiteral("signInSavedLabel"));
    m_signInSaved->setWordWrap(true);
    m_signIn = new OAuthSignInPanel(page);
    m_signIn->setUrlOpener(m_openUrl);

    const std::optional<ProviderPreset> preset = ProviderCatalog::standard().byId(m_account.providerId);
    const QString brand
        = OAuthSignInPanel::brandFor(m_account.oauthIssuer, preset ? preset->shortName : QString());
    m_signInFacts->setText(tr("Stamp logs in to %1 as %2 with a sign-in at %3 (%4), not with a password. "
                              "The sign-in lives in your system's keychain; Stamp asks %3 for short-lived "
                              "access tokens with it and keeps those in memory only.")
                               .arg(m_account.host, m_account.username, brand, m_account.oauthIssuer));
    // Without a client ID the panel asks for the person's app registration
    // (as the wizard does), then offers the sign-in with it.
    m_signIn->prepareFor(m_account.oauthIssuer, ProviderCatalog::standard(), m_account.providerId,
        m_account.email, tr("Sign in &again with %1").arg(brand));
    connect(m_signIn, &OAuthSignInPanel::signedIn, this, &AccountSettingsDialog::adoptSignIn);

    auto *column = new QVBoxLayout(page);
    column->addWidget(m_signInFacts);
    column->addWidget(m_signInSaved);
    column->addSpacing(8);
    column->addWidget(m_signIn);
    column->addStretch(1);
    showSavedSignIn();
    return page;
}

void AccountSettingsDialog::showSavedSignIn()
{
    m_signInSaved->setText(tr("Looking in the keychain for a saved sign-in..."));
    QPointer<AccountSettingsDialog> self(this);
    m_secrets->read(
        m_account.id, SecretStore::Kind::OAuthRefreshToken, [self](const SecretStore::Result &result) {
            // Only whether there is one: the token itself is never shown.
            QString secret = result.secret;
            secret.fill(QLatin1Char('\0'));
            if (!self)
                return;
            if (result.ok())
                self->m_signInSaved->setText(result.fromMemory
                        ? tr("A sign-in is kept in memory until you quit Stamp (no keychain).")
                        : tr("A sign-in is saved in your system's keychain."));
            else if (result.status == SecretStore::Result::Status::NotFound)
                self->m_signInSaved->setText(
                    tr("No sign-in is saved: Stamp cannot send from this account until you sign in again."));
            else
                self->m_signInSaved->setText(result.message);
        });
}

void AccountSettingsDialog::adoptSignIn(const oauth::TokenSet &tokens)
{
    m_signInSaved->setText(tr("Saving the new sign-in in the keychain..."));
    QPointer<AccountSettingsDialog> self(this);
    credentialSource()->adoptSignIn(m_account, tokens,
        [self, refreshToken = tokens.refreshToken](const CredentialSource::Result &result) {
            if (self && result.status == CredentialSource::Result::Status::KeychainUnavailable) {
                self->m_secrets->keepForThisRun(
                    self->m_account.id, SecretStore::Kind::OAuthRefreshToken, refreshToken);
                self->m_signInSaved->setText(result.message + QLatin1Char(' ')
                    + tr("The new sign-in is kept in memory until you quit Stamp, never in a file."));
                emit self->signInSaved(self->m_account.id);
            } else if (self && !result.ok()) {
                self->m_signInSaved->setText(tr("The new sign-in was not saved: %1").arg(result.message));
            } else if (self) {
                self->m_signInSaved->setText(tr("Signed in again. The new sign-in is saved in your system's "
                                                "keychain, in place of the old one."));
                emit self->signInSaved(self->m_account.id);
            }
        });
}

void AccountSettingsDialog::setCredentialSource(CredentialSource *credentials)
{
    if (m_credentials && m_credentials->parent() == this && m_credentials != credentials)
        delete m_credentials;
    m_credentials = credentials;
}

CredentialSource *AccountSettingsDialog::credentialSource()
{
    if (!m_credentials)
        m_credentials = new CredentialSource(m_secrets, this);
    return m_credentials;
}

void AccountSettingsDialog::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
    if (m_signIn)
        m_signIn->setUrlOpener(m_openUrl);
}

QWidget *AccountSettingsDialog::makeDeliverabilityTab()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("deliverabilityTab"));
    auto *intro = new QLabel(page);
    intro->setObjectName(QStringLiteral("deliverabilityTabIntro"));
    intro->setWordWrap(true);
    intro->setText(tr("Receivers such as Gmail and Outlook trust mail from your domain when its DNS records allow "
                      "the server you send through. This asks DNS what the domain publishes; nothing is sent."));
    // Identities may be at other domains than the account's address; each
    // is checked on request (RFC 7489 §3.1: alignment is per From domain).
    auto *choiceRow = new QWidget(page);
    choiceRow->setObjectName(QStringLiteral("domainChoiceRow"));
    auto *choiceLabel = new QLabel(tr("Do&main:"), choiceRow);
    choiceLabel->setBuddy(m_domainChoice);
    m_domainChoice->setObjectName(QStringLiteral("domainChoice"));
    m_domainChoice->setAccessibleName(tr("Domain to check"));
    auto *row = new QHBoxLayout(choiceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(choiceLabel);
    row->addWidget(m_domainChoice, 1);
    m_deliverability->setCatalog(&m_catalog);
    auto *column = new QVBoxLayout(page);
    column->addWidget(intro);
    column->addWidget(choiceRow);
    column->addWidget(m_deliverability, 1);
    // Any domain may be typed too (a From address typed in the composer).
    m_domainChoice->setEditable(true);
    m_domainChoice->setInsertPolicy(QComboBox::NoInsert);
    connect(m_domainChoice, &QComboBox::activated, this, [this] { showDeliverability(); });
    // Enter checks the typed domain; it must not reach the dialog's
    // default button (Save) and close the dialog.
    m_domainChoice->lineEdit()->installEventFilter(this);
    return page;
}

bool AccountSettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_domainChoice->lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            showDeliverability();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AccountSettingsDialog::showDeliverability()
{
    const Account account = editedAccount();
    QStringList domains;
    for (const Identity &identity : account.identities) {
        const QString domain = domain::DomainCheck::domainOf(identity.address);
        if (!domain.isEmpty() && !domains.contains(domain))
            domains << domain;
    }
    const QString typed = domain::DomainCheck::domainOf(m_domainChoice->currentText());
    const QString wanted = typed.isEmpty() ? domains.value(0) : typed;
    {
        const QSignalBlocker quiet(m_domainChoice);
        m_domainChoice->clear();
        m_domainChoice->addItems(domains);
        const int at = int(domains.indexOf(wanted));
        if (at >= 0)
            m_domainChoice->setCurrentIndex(at);
        else
            m_domainChoice->setEditText(wanted);
    }
    const std::optional<ProviderPreset> provider = m_catalog.byId(account.providerId);
    const QString domain = m_domainChoice->currentText();
    // Unchanged sender: the answer shown stays (Check again asks anew).
    m_deliverability->setSender(domain, provider);
    if (!domain.isEmpty() && !m_deliverability->isRunning() && !m_deliverability->lastReport())
        m_deliverability->start();
}

void AccountSettingsDialog::loadLoginSecret(const std::function<void(const QString &, const QString &)> &ready)
{
    const Account account = editedAccount();
    if (account.signsInWithOAuth()) {
        // A current access token, refreshed with the saved sign-in as a
        // send would get it.
        credentialSource()->credentials(account, [ready](const CredentialSource::Result &result) {
            ready(result.auth.credentials.secret, result.ok() ? QString() : result.message);
        });
        return;
    }
    if (!m_password->text().isEmpty()) {
        ready(m_password->text(), {});
        return;
    }
    m_secrets->read(m_account.id, SecretStore::Kind::Password, [ready](const SecretStore::Result &result) {
        ready(result.secret,
            result.ok() ? QString()
                : result.status == SecretStore::Result::Status::NotFound
                ? tr("No password is saved for this account.")
                : result.message);
    });
}

QWidget *AccountSettingsDialog::makeSentFolderTab()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("sentFolderTab"));
    m_sentCopy = new SentCopySettingsGroup(page);
    m_sentCopy->load(m_account, m_catalog.byId(m_account.providerId));
    m_sentCopy->setAccountSource([this] { return editedAccount(); });
    QPointer<AccountSettingsDialog> self(this);
    m_sentCopy->setSecretLoader([self](const SentCopySettingsGroup::SecretReady &ready) {
        if (self)
            self->loadLoginSecret(ready);
    });
    connect(m_sentCopy, &SentCopySettingsGroup::changed, this, &AccountSettingsDialog::revalidate);
    auto *column = new QVBoxLayout(page);
    column->addWidget(m_sentCopy);
    column->addStretch(1);
    return page;
}

void AccountSettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

Account AccountSettingsDialog::editedAccount() const
{
    Account account = m_account;
    account.displayName = m_displayName->text().trimmed();
    account.email = m_email->text().trimmed();
    m_server->store(&account);
    account.deliveryReports = m_deliveryReports->isChecked();
    const Identity main { account.displayName, account.email, m_replyTo->text().trimmed(),
        m_signature->toPlainText().trimmed() };
    account.identities = QList<Identity> { main } + m_aliases;
    account.envelopeSender = EnvelopeSender(m_envelopeSender->currentData().toInt());
    if (m_sentCopy)
        m_sentCopy->store(&account);
    return account;
}

void AccountSettingsDialog::showAliases()
{
    m_aliasList->clear();
    for (const Identity &alias : m_aliases)
        m_aliasList->addItem(
            alias.name.isEmpty() ? alias.address : tr("%1 <%2>").arg(alias.name, alias.address));
    if (m_aliases.isEmpty())
        m_aliasList->addItem(tr("None: messages are sent as the address above"));
    m_aliasList->setEnabled(!m_aliases.isEmpty());
}

void AccountSettingsDialog::editAlias(int row)
{
    const bool adding = row < 0 || row >= m_aliases.size();
    IdentityDialog dialog(adding ? Identity {} : m_aliases.at(row), this);
    QList<Account> others;
    if (m_accounts) {
        for (const Account &account : m_accounts->accounts()) {
            if (account.id != m_account.id)
                others << account;
        }
    }
    dialog.offerAccounts(others);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (adding)
        m_aliases << dialog.identity();
    else
        m_aliases[row] = dialog.identity();
    showAliases();
}

void AccountSettingsDialog::revalidate()
{
    const bool ok = m_server->isValid() && AddressPage::addressProblem(m_email->text().trimmed()).isEmpty()
        && (!m_sentCopy || m_sentCopy->isValid());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

void AccountSettingsDialog::accept()
{
    const Account account = editedAccount();
    if (const QString problem = account.validate(); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("The account cannot be saved"), problem);
        return;
    }
    if (const QString problem = m_accounts->update(account); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("The account cannot be saved"), problem);
        return;
    }
    m_account = account;
    emit accountChanged(account);
    saveProxyPassword(account, [this, account] { savePassword(account); });
}

void AccountSettingsDialog::done(int result)
{
    // Closing the window ends a running check of the Sent folder.
    if (m_sentCopy)
        m_sentCopy->cancelCheck();
    QDialog::done(result);
}

void AccountSettingsDialog::saveProxyPassword(const Account &account, const std::function<void()> &then)
{
    const QString password = m_server->proxyPassword();
    if (password.isEmpty()) {
        then();
        return;
    }
    m_buttons->setEnabled(false);
    QPointer<AccountSettingsDialog> self(this);
    m_secrets->write(account.id, SecretStore::Kind::ProxyPassword, password,
        [self, then, password, id = account.id](const SecretStore::Result &result) {
            if (!self)
                return;
            if (result.status == SecretStore::Result::Status::Unavailable) {
                self->m_secrets->keepForThisRun(id, SecretStore::Kind::ProxyPassword, password);
                QMessageBox::information(self, tr("No keychain"),
                    result.message + QLatin1Char('\n')
                        + tr("The proxy password is kept in memory until you quit Stamp, never in a file."));
            } else if (!result.ok()) {
                QMessageBox::warning(self, tr("The proxy password was not saved"), result.message);
            }
            self->m_server->clearProxyPassword();
            self->m_buttons->setEnabled(true);
            then();
        });
}

void AccountSettingsDialog::savePassword(const Account &account)
{
    if (m_password->text().isEmpty()) {
        QDialog::accept();
        return;
    }
    m_buttons->setEnabled(false);
    QPointer<AccountSettingsDialog> self(this);
    m_secrets->write(account.id, SecretStore::Kind::Password, m_password->text(),
        [self](const SecretStore::Result &result) {
            if (!self)
                return;
            if (result.status == SecretStore::Result::Status::Unavailable) {
                self->m_secrets->keepForThisRun(
                    self->m_account.id, SecretStore::Kind::Password, self->m_password->text());
                QMessageBox::information(self, tr("No keychain"),
                    result.message + QLatin1Char('\n')
                        + tr("The new password is kept in memory until you quit "
                             "Stamp, never in a file."));
            } else if (!result.ok()) {
                QMessageBox::warning(self, tr("The password was not saved"), result.message);
            }
            self->m_password->clear();
            self->QDialog::accept();
        });
}

} // namespace stamp::ui
