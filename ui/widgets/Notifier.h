// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace stamp::ui {

// Tells the person when something finished in the background (a send from
// a closed composer, the outbox): through the desktop's notification area
// when it has one, else by asking the window manager to draw attention to
// the main window. Never the only place an outcome is shown: the Sent and
// Outbox lists keep it.
class Notifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Information, Problem };

    explicit Notifier(QWidget *window);

    void notify(const QString &title, const QString &message, Kind kind = Kind::Information);

    // The last notice, for tests and for the status bar.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    bool usesTray() const { return m_tray != nullptr; }

signals:
    void notified(const QString &title, const QString &message);
    void activated();  // the person clicked the notice or the tray icon

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
};

}  // namespace stamp::ui
