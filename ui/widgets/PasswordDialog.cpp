// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

PasswordDialog::PasswordDialog(const QString &accountName, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password for %1").arg(accountName));
    m_reason->setObjectName(QStringLiteral("passwordReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    auto *account = new QLabel(accountName, this);
    account->setObjectName(QStringLiteral("passwordAccount"));
    account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *user = new QLabel(userName, this);
    user->setObjectName(QStringLiteral("passwordUser"));
    user->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password for %1").arg(userName));
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Off: Stamp keeps the password in memory until it quits, never in a file"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passwordOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Account:"), account);
    form->addRow(tr("User name:"), user);
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_buttons);
    m_password->setFocus();
}

PasswordDialog::~PasswordDialog()
{
    clearPassword();
}

void PasswordDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

void PasswordDialog::clearPassword()
{
    m_password->clear();
}

}  // namespace stamp::ui
