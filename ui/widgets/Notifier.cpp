// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace stamp::ui {

Notifier::Notifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("Stamp"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activated);
    connect(m_tray, &QSystemTrayIcon::activated, this, &Notifier::activated);
    m_tray->show();
}

void Notifier::notify(const QString &title, const QString &message, Kind kind)
{
    m_lastTitle = title;
    m_lastMessage = message;
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, message,
                            kind == Kind::Problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kind == Kind::Problem ? 15000 : 6000);
    } else if (m_window) {
        // No notification area: the taskbar entry asks for attention.
        QApplication::alert(m_window, kind == Kind::Problem ? 0 : 5000);
    }
    emit notified(title, message);
}

}  // namespace stamp::ui
