// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp template list|show|delete`: the message templates the window
// saves (core/outbox/TemplateStore), seen from scripts. `stamp send
// --template NAME` starts a message from one (MessageOptions).
class TemplateCommand
{
public:
    int run(const QStringList &arguments);
};

}  // namespace stamp::cli
