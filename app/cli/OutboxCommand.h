// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp outbox list|flush|retry|remove`: the persistent queue
// (core/outbox) as seen from scripts. See docs/OUTBOX.md.
class OutboxCommand
{
public:
    int run(const QStringList &arguments);
};

}  // namespace stamp::cli
