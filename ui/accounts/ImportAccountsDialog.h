// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "accounts/ImportPlan.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;

namespace stamp {
class AccountStore;
class SecretStore;
} // namespace stamp

namespace stamp::ui {

// "Import from another app": reads a Thunderbird profile or an msmtp
// configuration into a preview (core decides what would be created and
// what is skipped, ImportPlanner), shows it, and changes nothing until
// the person presses "Import N accounts". Then it saves them, asks each
// new account's password once for the keychain, and offers the browser
// sign-in for accounts that sign in with their provider. Passwords the
// other program saved are never read.
class ImportAccountsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { Thunderbird, Msmtp };

    ImportAccountsDialog(AccountStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ImportAccountsDialog() override;

    // Reads the source from where that program keeps it for this person.
    void setSource(Source source);
    // Reads the source from a chosen folder or file (what "Choose..." does).
    void readFrom(const QString &path);

    const ImportPlan &plan() const { return m_plan; }
    // The accounts saved by the import, once confirmed.
    const QList<Account> &created() const { return m_created; }

signals:
    // After the accounts are saved (before their passwords are asked).
    void accountsImported(const QList<stamp::Account> &accounts);
    // The person wants to sign in to this account with its provider now.
    void signInRequested(const QString &accountName);

private:
    void read(const QString &path);
    void showPlan();
    QString previewHtml() const;
    void chooseLocation();
    void importNow();
    // ImportAccountsDialogFollowUp.cpp: the password for each new account
    // that logs in with one, one prompt after the other, then the summary.
    void askNextPassword();
    void showSummary();

    AccountStore *m_store;
    SecretStore *m_secrets;
    Source m_source = Source::Thunderbird;
    ImportPlan m_plan;
    QList<Account> m_created;
    QStringList m_problems; // accounts the store refused on import
    QList<Account> m_passwordQueue; // still to ask
    QStringList m_passwordsSaved; // account names
    QStringList m_passwordsForNow;
    QStringList m_passwordsLater;
    QStringList m_passwordFailures; // sentences

    QStackedWidget *m_pages;
    QRadioButton *m_thunderbird;
    QRadioButton *m_msmtp;
    QButtonGroup *m_sourceGroup;
    QLabel *m_location;
    QPushButton *m_choose;
    QLabel *m_error;
    QLabel *m_previewLabel;
    QTextBrowser *m_preview;
    QLabel *m_summary;
    QPushButton *m_signIn;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace stamp::ui
