// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace stamp {
class SandboxServer;
}

namespace stamp::ui {

// What the sandbox received: one entry per message, and the exact bytes
// that arrived, so a person can see what their mail looks like on the wire.
class SandboxInboxView : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxInboxView(SandboxServer *server, QWidget *parent = nullptr);

private:
    void addMessage(int index);
    void showMessage(int row);
    void showBehaviour();

    SandboxServer *m_server;
    QListWidget *m_list;
    QLabel *m_behaviour;
    QLabel *m_envelope;
    QPlainTextEdit *m_raw;
};

}  // namespace stamp::ui
