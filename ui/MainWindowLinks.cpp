// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow: messages started from mailto: links (RFC 6068), whether Stamp
// was launched with one or a later launch handed it over.

#include "MainWindow.h"
#include "WelcomePage.h"
#include "mime/MailtoLink.h"

#include <QComboBox>
#include <QPushButton>
#include <QStatusBar>

namespace stamp::ui {

void MainWindow::composeLinks(const QStringList &links)
{
    // Launched from another program: this window comes forward, as it was
    // (maximised stays maximised).
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();

    const bool alreadyWaiting = !m_pendingLinks.isEmpty();
    if (links.isEmpty())
        m_pendingLinks << MailtoLink();
    for (const QString &link : links)
        m_pendingLinks << MailtoLink::parse(link);
    const bool nowhereToSend = m_accountCombo->currentData().toString().isEmpty();
    // With nowhere to send, compose() shows the welcome page; links that
    // already wait there need nothing more.
    if (nowhereToSend && alreadyWaiting)
        return;
    compose();
    if (nowhereToSend) {
        // The links are kept, and the person hears that they open once
        // there is a way to send.
        m_welcome->setWaitingMessageNote(tr("A new message is waiting. Add your account or try the sandbox "
                                            "first: it opens right after, with everything from the link."));
    }
}

} // namespace stamp::ui
