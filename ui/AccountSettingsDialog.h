#pragma once

#include "accounts/Account.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace stamp {
class AccountStore;
class SecretStore;
} // namespace stamp

namespace stamp::ui {

class ConnectionCheckPanel;
class AccountSettingsServerForm;

// Edits a saved account: who it sends as, its server and login, its
// password (only replaced when a new one is typed), and "Check connection"
// with the same live doctor as the wizard.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { IdentityTab, ServerTab, PasswordTab, CheckTab };

    // `accounts` and `secrets` are not owned and must outlive the dialog.
    AccountSettingsDialog(
        const Account &account, AccountStore *accounts, SecretStore *secrets, QWidget *parent = nullptr);

    void showTab(Tab tab);
    ConnectionCheckPanel *checkPanel() const { return m_check; }
    // The account with the fields as they are now (not necessarily saved).
    Account editedAccount() const;

    void accept() override;

signals:
    void accountChanged(const stamp::Account &account);

private:
    void revalidate();
    void showAliases();
    void editAlias(int row);

    Account m_account;
    AccountStore *m_accounts;
    SecretStore *m_secrets;
    QTabWidget *m_tabs;
    QLineEdit *m_displayName;
    QLineEdit *m_email;
    QLineEdit *m_replyTo;
    QPlainTextEdit *m_signature;
    QListWidget *m_aliasList;
    QList<Identity> m_aliases;  // the identities after the main one
    AccountSettingsServerForm *m_server;
    QLineEdit *m_password;
    QPushButton *m_showPassword;
    ConnectionCheckPanel *m_check;
    QDialogButtonBox *m_buttons;
};

} // namespace stamp::ui
