// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IdentityDialog.h"

#include "Colours.h"

#include "mime/Address.h"
#include "mime/AddressList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

IdentityDialog::IdentityDialog(const Identity &identity, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(identity.name, this))
    , m_address(new QLineEdit(identity.address, this))
    , m_replyTo(new QLineEdit(identity.replyTo, this))
    , m_signature(new QPlainTextEdit(identity.signature, this))
    , m_sendVia(new QComboBox(this))
    , m_sendViaId(identity.sendVia)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(identity.address.isEmpty() ? tr("Add an identity") : tr("Edit identity"));
    m_name->setObjectName(QStringLiteral("identityNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_address->setObjectName(QStringLiteral("identityAddressEdit"));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_replyTo->setObjectName(QStringLiteral("identityReplyToEdit"));
    m_replyTo->setAccessibleName(tr("Reply-To address"));
    m_replyTo->setPlaceholderText(tr("Optional: where replies should go instead"));
    m_signature->setObjectName(QStringLiteral("identitySignatureEdit"));
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setPlaceholderText(tr("Optional: added under \"-- \" at the end of new messages"));
    m_sendVia->setObjectName(QStringLiteral("identitySendViaCombo"));
    m_sendVia->setAccessibleName(tr("Send through"));
    m_sendVia->setToolTip(tr("Whose server and login send messages from this address, for an address "
                             "another account's provider lets you send as."));
    offerAccounts({});
    m_problem->setObjectName(QStringLiteral("identityProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(colours::problemStyle());

    auto *note = new QLabel(tr("Many servers only accept From addresses that belong to the account; add "
                               "aliases the provider knows about."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email address:"), m_address);
    form->addRow(tr("&Reply to:"), m_replyTo);
    form->addRow(tr("&Signature:"), m_signature);
    form->addRow(tr("Send &through:"), m_sendVia);
    auto *column = new QVBoxLayout(this);
    column->addWidget(note);
    column->addLayout(form, 1);
    column->addWidget(m_problem);
    column->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &IdentityDialog::revalidate);
    connect(m_replyTo, &QLineEdit::textChanged, this, &IdentityDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &IdentityDialog::revalidate);
    revalidate();
    m_name->setFocus();
}

Identity IdentityDialog::identity() const
{
    return Identity{m_name->text().trimmed(), m_address->text().trimmed(), m_replyTo->text().trimmed(),
                    m_signature->toPlainText().trimmed(), m_sendVia->currentData().toString()};
}

void IdentityDialog::offerAccounts(const QList<Account> &others)
{
    m_sendVia->clear();
    m_sendVia->addItem(tr("This account's server"), QString());
    for (const Account &account : others)
        m_sendVia->addItem(tr("The account “%1” (%2)").arg(account.name, account.email), account.id);
    const int saved = m_sendVia->findData(m_sendViaId);
    m_sendVia->setCurrentIndex(qMax(0, saved));
    m_sendVia->setEnabled(m_sendVia->count() > 1);
}

void IdentityDialog::revalidate()
{
    QString problem;
    AddressError error;
    if (m_address->text().trimmed().isEmpty())
        problem = tr("Enter the email address to send from.");
    else if (Address::fromAddrSpec(m_address->text().trimmed(), &error).isNull())
        problem = tr("The email address cannot be used: %1").arg(error.describe());
    else if (m_name->text().contains(QLatin1Char('\n')) || m_name->text().contains(QLatin1Char('\r')))
        problem = tr("The name cannot contain line breaks.");
    else if (!m_replyTo->text().trimmed().isEmpty()) {
        const AddressList replies = AddressList::parse(m_replyTo->text());
        if (!replies.isValid())
            problem = tr("The Reply-To address cannot be used: %1").arg(replies.errors().first().describe());
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace stamp::ui
