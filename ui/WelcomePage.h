// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace stamp::ui {

// What a person sees before any account exists: what Stamp does, and the
// ways to begin (an account typed in or brought from another app, or the
// sandbox).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *addAccountButton() const { return m_addAccount; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *sandboxButton() const { return m_sandbox; }
    // A message someone started elsewhere (a mailto: link) waits for an
    // account; the page says so above its buttons. Empty text hides it.
    void setWaitingMessageNote(const QString &text);

private:
    QLabel *m_waitingNote;
    QPushButton *m_addAccount;
    QPushButton *m_import;
    QPushButton *m_sandbox;
};

}  // namespace stamp::ui
