// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace stamp::ui {

// "Send later": the time a message should leave. It then waits in the
// Outbox, where it can be sent sooner or removed until that time.
class SendLaterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SendLaterDialog(QWidget *parent = nullptr);

    // The chosen time, in UTC (what the outbox keeps).
    QDateTime when() const;

private:
    QDateTimeEdit *m_when;
};

} // namespace stamp::ui
