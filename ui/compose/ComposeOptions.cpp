// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's Options menu: what is asked of the servers and readers
// along the way, per message.

#include "ComposeWindow.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

namespace stamp::ui {

QToolButton *ComposeWindow::makeOptionsButton()
{
    m_options = new QToolButton(this);
    m_options->setObjectName(QStringLiteral("composeOptionsButton"));
    m_options->setText(tr("&Options"));
    m_options->setAccessibleName(tr("Message options"));
    m_options->setToolTip(tr("Ask for a delivery report or a read receipt for this message"));
    m_options->setPopupMode(QToolButton::InstantPopup);
    m_options->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(m_options);
    menu->setObjectName(QStringLiteral("composeOptionsMenu"));

    m_askDeliveryReport = menu->addAction(tr("Ask for a &delivery report"));
    m_askDeliveryReport->setObjectName(QStringLiteral("askDeliveryReport"));
    m_askDeliveryReport->setCheckable(true);
    m_askDeliveryReport->setChecked(m_target.deliveryReports);
    connect(m_askDeliveryReport, &QAction::triggered, this, [this] { m_deliveryReportChosen = true; });
    m_askDeliveryReport->setToolTip(tr("The receiving servers report back when the message is delivered or "
                                       "cannot be; only where the sending server offers it"));

    m_askReadReceipt = menu->addAction(tr("Ask for a &read receipt"));
    m_askReadReceipt->setObjectName(QStringLiteral("askReadReceipt"));
    m_askReadReceipt->setCheckable(true);
    m_askReadReceipt->setToolTip(tr("The recipients' mail readers are asked to confirm it was read; many "
                                    "ignore it or ask the recipient first"));
    m_options->setMenu(menu);
    return m_options;
}

void ComposeWindow::setDeliveryReportDefault(bool ask)
{
    m_target.deliveryReports = ask;
    m_askDeliveryReport->setChecked(ask);
}

}  // namespace stamp::ui
