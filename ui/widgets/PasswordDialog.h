// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace stamp::ui {

// Asks for an account's password when the server refused the saved one:
// the account and user name shown, the password hidden as it is typed, and
// whether the keychain keeps it (on by default; off: until Stamp quits).
// Opened with open(), so the outbox goes on while it is shown.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &accountName, const QString &userName, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    // A sentence above the field: why the password is asked for.
    void setReason(const QString &reason);
    QString password() const;
    bool remember() const;
    // Wipes the typed password (after it has been handed on).
    void clearPassword();

private:
    QLabel *m_reason;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};

}  // namespace stamp::ui
