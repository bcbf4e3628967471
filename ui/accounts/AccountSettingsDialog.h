// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OAuthSignInPanel.h"
#include "accounts/Account.h"
#include "providers/ProviderCatalog.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace stamp {
class AccountStore;
class CredentialSource;
class SecretStore;
} // namespace stamp

namespace stamp::ui {

class ConnectionCheckPanel;
class DeliverabilityPanel;
class AccountSettingsServerForm;
class SentCopySettingsGroup;

// Edits a saved account: who it sends as, its server and login, its
// password (only replaced when a new one is typed) or, for an account that
// signs in with OAuth, its sign-in ("Sign in again", never a token shown),
// and "Check connection" with the same live doctor as the wizard.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // PasswordTab is the Sign-in tab for an account that signs in with OAuth.
    enum Tab {
        IdentityTab,
        ServerTab,
        PasswordTab,
        CheckTab,
        DeliverabilityTab,
        SentFolderTab,
        SignInTab = PasswordTab
    };

    // `accounts` and `secrets` are not owned and must outlive the dialog.
    AccountSettingsDialog(
        const Account &account, AccountStore *accounts, SecretStore *secrets, QWidget *parent = nullptr);

    // Where an OAuth account's credentials come from and a new sign-in is
    // saved. Not owned; the app passes its shared one. Without one the
    // dialog makes its own on `secrets`.
    void setCredentialSource(CredentialSource *credentials);
    CredentialSource *credentialSource();
    // How the provider's sign-in page is opened (the system browser by default).
    void setUrlOpener(UrlOpener opener);
    OAuthSignInPanel *signInPanel() const { return m_signIn; }

    void showTab(Tab tab);
    ConnectionCheckPanel *checkPanel() const { return m_check; }
    DeliverabilityPanel *deliverabilityPanel() const { return m_deliverability; }
    SentCopySettingsGroup *sentCopySettings() const { return m_sentCopy; }
    // The account with the fields as they are now (not necessarily saved).
    Account editedAccount() const;

    void accept() override;
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void accountChanged(const stamp::Account &account);
    // "Sign in again" finished and CredentialSource saved the new sign-in.
    void signInSaved(const QString &accountId);

private:
    // accept(), in steps: the proxy's password, then the login's.
    void saveProxyPassword(const Account &account, const std::function<void()> &then);
    void savePassword(const Account &account);
    QWidget *makePasswordTab();
    QWidget *makeSignInTab();
    void showSavedSignIn();
    void adoptSignIn(const oauth::TokenSet &tokens);
    void revalidate();
    void showAliases();
    void editAlias(int row);
    QWidget *makeDeliverabilityTab();
    // The Deliverability tab shown: checks the chosen domain unless it has
    // an answer for it already.
    void showDeliverability();
    QWidget *makeSentFolderTab();
    // The secret for a check: the password typed on the Password tab, else
    // the saved one; for an OAuth account a current token.
    void loadLoginSecret(const std::function<void(const QString &, const QString &)> &ready);

    Account m_account;
    AccountStore *m_accounts;
    SecretStore *m_secrets;
    CredentialSource *m_credentials = nullptr;
    UrlOpener m_openUrl;
    ProviderCatalog m_catalog;
    QTabWidget *m_tabs;
    QLineEdit *m_displayName;
    QLineEdit *m_email;
    QLineEdit *m_replyTo;
    QPlainTextEdit *m_signature;
    QListWidget *m_aliasList;
    QList<Identity> m_aliases; // the identities after the main one
    QComboBox *m_envelopeSender = nullptr; // what MAIL FROM holds for the other identities
    AccountSettingsServerForm *m_server;
    QCheckBox *m_deliveryReports = nullptr;
    QLineEdit *m_password;
    QPushButton *m_showPassword;
    OAuthSignInPanel *m_signIn = nullptr;
    QLabel *m_signInFacts = nullptr;
    QLabel *m_signInSaved = nullptr;
    ConnectionCheckPanel *m_check;
    // Before the panel: made first, it comes first in the Tab order.
    QComboBox *m_domainChoice;
    DeliverabilityPanel *m_deliverability;
    SentCopySettingsGroup *m_sentCopy = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace stamp::ui
