// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxBehaviourMenu.h"

#include <QActionGroup>

namespace stamp::ui {

SandboxBehaviourMenu::SandboxBehaviourMenu(QWidget *parent)
    : QMenu(tr("Server &behaviour"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("sandboxBehaviourMenu"));
    m_group->setExclusive(true);
    for (SandboxBehaviour::Mode mode : SandboxBehaviour::modes()) {
        QAction *action = addAction(SandboxBehaviour::title(mode));
        // Found by tests and the accessibility tree by the stable id.
        action->setObjectName(QStringLiteral("sandboxMode-") + SandboxBehaviour::id(mode));
        action->setCheckable(true);
        action->setChecked(mode == SandboxBehaviour::Mode::Normal);
        action->setStatusTip(SandboxBehaviour::description(mode));
        action->setToolTip(SandboxBehaviour::description(mode));
        action->setData(int(mode));
        m_group->addAction(action);
        if (mode == SandboxBehaviour::Mode::Normal)
            addSeparator();
    }
    setToolTipsVisible(true);
    connect(m_group, &QActionGroup::triggered, this,
        [this](QAction *action) { emit chosen(SandboxBehaviour::Mode(action->data().toInt())); });
}

void SandboxBehaviourMenu::setCurrent(SandboxBehaviour::Mode mode)
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toInt() == int(mode))
            action->setChecked(true);
    }
}

} // namespace stamp::ui
