// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stamp::ui {

// One more address to send from through the same account (an alias): its
// From name and address, an optional Reply-To and its own signature.
// The address is checked as it is typed.
class IdentityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityDialog(const Identity &identity, QWidget *parent = nullptr);

    Identity identity() const;

private:
    void revalidate();

    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_replyTo;
    QPlainTextEdit *m_signature;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

}  // namespace stamp::ui
