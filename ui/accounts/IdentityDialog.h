// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stamp::ui {

// One more address to send from (an alias): its From name and address, an
// optional Reply-To, its own signature, and the account whose server sends
// it (this one, or another that may send as the address).
// The address is checked as it is typed.
class IdentityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityDialog(const Identity &identity, QWidget *parent = nullptr);

    Identity identity() const;
    // The other accounts the identity may send through (their servers and
    // logins), for the "Send through" choice; the identity's own stays first.
    void offerAccounts(const QList<Account> &others);

private:
    void revalidate();

    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_replyTo;
    QPlainTextEdit *m_signature;
    QComboBox *m_sendVia;
    QString m_sendViaId; // the saved choice, kept even when its account is not offered
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

}  // namespace stamp::ui
