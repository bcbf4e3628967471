// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "client/SentCopyCheck.h"
#include "providers/ProviderPreset.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stamp::ui {

// The copy of each sent message to the Sent folder on the server (IMAP):
// on or off, the IMAP server, its security, the user name and folder when
// they differ from the usual, and "Check", which logs in and finds the
// folder without putting anything in it. The CA file and a trusted
// certificate the settings already hold are kept as they are.
class SentCopySettingsGroup : public QWidget
{
    Q_OBJECT

public:
    // The secret for the check (a typed or saved password, or an OAuth
    // token), or the reason there is none.
    using SecretReady = std::function<void(const QString &secret, const QString &problem)>;
    using SecretLoader = std::function<void(const SecretReady &ready)>;

    explicit SentCopySettingsGroup(QWidget *parent = nullptr);
    ~SentCopySettingsGroup() override;

    // Fills the fields from `account.sentCopy`; an account without one gets
    // the preset's IMAP server (switched off) when `preset` names one.
    void load(const Account &account, const std::optional<ProviderPreset> &preset);
    // Copies the fields into `account->sentCopy`. Switched off is stored as
    // switched off (with what was typed), never as "not set up".
    void store(Account *account) const;

    // Empty when the fields are usable, else what to fix, for a person.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    // Where the check gets the edited account and its secret from.
    void setAccountSource(std::function<Account()> source);
    void setSecretLoader(SecretLoader loader);
    // Runs the check now, as the Check button does.
    void startCheck();
    void cancelCheck();
    bool isChecking() const;
    std::optional<SentCopyCheckResult> lastResult() const { return m_last; }

    // The one IMAP server certificate trusted by its SHA-256 (lower-case hex).
    void setPinnedCertificate(const QString &sha256);
    QString pinnedCertificate() const { return m_pin; }

    // The first and last stops of the Tab order, for the dialog's chain.
    QWidget *firstField() const;
    QWidget *lastField() const;

signals:
    void changed();
    void checkFinished(const stamp::SentCopyCheckResult &result);

private:
    imap::ImapSettings fields() const;
    void onSecurityChanged();
    void revalidate();
    void showResult(const SentCopyCheckResult &result);
    void reviewCertificate();
    void showResultText(const QString &text);
    void showPin();

    QLabel *m_note;
    QGroupBox *m_group;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QComboBox *m_security;
    QLineEdit *m_username;
    QLineEdit *m_folder;
    QLabel *m_pinLabel;
    QPushButton *m_forgetPin;
    QPushButton *m_check;
    QLabel *m_result;
    QPushButton *m_review;
    QLabel *m_error;
    SentCopyCheck *m_checker;

    // What load() was given, so fields not shown (CA file, timeout) are kept
    // and an untouched preset guess is saved as the account had it.
    imap::ImapSettings m_loaded = Account::noSentCopy();
    std::optional<imap::ImapSettings> m_guess;
    QString m_pin;
    QString m_accountName;
    std::function<Account()> m_accountSource;
    SecretLoader m_loadSecret;
    std::optional<SentCopyCheckResult> m_last;
    bool m_waitingForSecret = false;
};

} // namespace stamp::ui
