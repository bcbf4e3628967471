// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_waitingNote(new QLabel(this))
    , m_addAccount(new QPushButton(tr("A&dd your account"), this))
    , m_import(new QPushButton(tr("&Import from another app..."), this))
    , m_sandbox(new QPushButton(tr("Try the &sandbox"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Stamp"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(tr("Send mail through your provider's server, see every step of the conversation, "
                                "and get a plain explanation whenever something goes wrong."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    m_addAccount->setObjectName(QStringLiteral("addAccountButton"));
    m_addAccount->setToolTip(tr("Set up Gmail, Outlook, iCloud, Fastmail or any other SMTP server"));
    m_addAccount->setMinimumHeight(40);
    m_import->setObjectName(QStringLiteral("importAccountsButton"));
    m_import->setToolTip(tr("Bring the accounts you use in Thunderbird or msmtp, without typing their servers "
                            "again"));
    m_sandbox->setObjectName(QStringLiteral("sandboxButton"));
    m_sandbox->setToolTip(tr("Send to a practice server on this computer: nothing leaves it, and you can read "
                             "exactly what was sent"));
    m_sandbox->setMinimumHeight(40);

    auto *sandboxNote = new QLabel(tr("The sandbox is a mail server inside Stamp. It accepts every message and keeps "
                                      "it here, so you can try composing and watch the session log without an "
                                      "account."),
                                   this);
    sandboxNote->setWordWrap(true);
    sandboxNote->setAlignment(Qt::AlignCenter);
    sandboxNote->setForegroundRole(QPalette::PlaceholderText);

    m_waitingNote->setObjectName(QStringLiteral("waitingMessageNote"));
    m_waitingNote->setWordWrap(true);
    m_waitingNote->setAlignment(Qt::AlignCenter);
    m_waitingNote->setFrameShape(QFrame::StyledPanel);
    m_waitingNote->setMargin(8);
    m_waitingNote->setAutoFillBackground(true);
    m_waitingNote->setBackgroundRole(QPalette::AlternateBase);
    QFont noteFont = m_waitingNote->font();
    noteFont.setBold(true);
    m_waitingNote->setFont(noteFont);
    m_waitingNote->hide();

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(intro);
    column->addSpacing(24);
    column->addWidget(m_waitingNote);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_addAccount, 3);
    accountRow->addWidget(m_import, 2);
    column->addLayout(accountRow);
    column->addWidget(m_sandbox);
    column->addSpacing(8);
    column->addWidget(sandboxNote);
    column->addStretch(3);
    auto *row = new QHBoxLayout(this);
    row->addStretch(1);
    row->addLayout(column, 2);
    row->addStretch(1);
    m_import->setMinimumHeight(40);
    setTabOrder(m_addAccount, m_import);
    setTabOrder(m_import, m_sandbox);
}

void WelcomePage::setWaitingMessageNote(const QString &text)
{
    m_waitingNote->setText(text);
    m_waitingNote->setAccessibleName(text);
    m_waitingNote->setVisible(!text.isEmpty());
}

}  // namespace stamp::ui
