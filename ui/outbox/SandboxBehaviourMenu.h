// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sandbox/SandboxBehaviour.h"

#include <QMenu>

class QActionGroup;

namespace stamp::ui {

// "Server behaviour": one radio entry per sandbox mode, its description as
// the status tip, so a person can make the sandbox misbehave on purpose.
class SandboxBehaviourMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SandboxBehaviourMenu(QWidget *parent = nullptr);

    // Checks the entry of `mode` without emitting chosen().
    void setCurrent(SandboxBehaviour::Mode mode);

signals:
    void chosen(SandboxBehaviour::Mode mode);

private:
    QActionGroup *m_group;
};

} // namespace stamp::ui
