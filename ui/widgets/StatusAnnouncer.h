// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QWidget>

class QStatusBar;

namespace stamp::ui {

// Says a change of state (sending, sent, not sent, waiting) to assistive
// technology as well as on the screen. Qt 6.4 has no announcement event
// (QAccessibleAnnouncementEvent is 6.8), so this is an object of role
// Notification inside the status bar whose name is the latest sentence,
// reported as shown again each time (see StatusAnnouncer.cpp for why that
// is what Orca reads). Sighted people see the same words as the status
// bar's message, or wherever the owner shows them.
class StatusAnnouncer : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Progress, Done, Problem };

    // In `bar` (also shows each sentence there for `timeout` ms), or a
    // carrier alone when `bar` is null (the owner shows the words).
    explicit StatusAnnouncer(QStatusBar *bar, QWidget *parent = nullptr);
    ~StatusAnnouncer() override;

    void announce(const QString &text, Kind kind = Kind::Progress, int timeout = 10000);
    QString text() const { return m_text; }

    QSize sizeHint() const override { return { 0, 0 }; }

signals:
    void announced(const QString &text);

private:
    QPointer<QStatusBar> m_bar;
    QString m_text;
};

} // namespace stamp::ui
