// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendLaterDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace stamp::ui {

SendLaterDialog::SendLaterDialog(QWidget *parent)
    : QDialog(parent)
    , m_when(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this))
{
    setObjectName(QStringLiteral("sendLaterDialog"));
    setWindowTitle(tr("Send later"));
    m_when->setObjectName(QStringLiteral("sendLaterTime"));
    m_when->setAccessibleName(tr("When to send"));
    m_when->setCalendarPopup(true);
    m_when->setMinimumDateTime(QDateTime::currentDateTime());
    auto *label = new QLabel(tr("&Send at:"), this);
    label->setBuddy(m_when);
    // Said in terms of what the person sees: the Outbox tab and its buttons.
    auto *note
        = new QLabel(tr("The message waits in the Outbox until then and leaves on its own while Stamp is "
                        "open, even if you close this window. To send it sooner, select it in the Outbox "
                        "and choose Send now; to cancel it, choose Remove."),
            this);
    note->setObjectName(QStringLiteral("sendLaterNote"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *column = new QVBoxLayout(this);
    column->addWidget(label);
    column->addWidget(m_when);
    column->addWidget(note);
    column->addWidget(buttons);
    setMinimumWidth(380);
}

QDateTime SendLaterDialog::when() const
{
    return m_when->dateTime().toUTC();
}

} // namespace stamp::ui
