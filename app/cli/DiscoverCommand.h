// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp discover ADDRESS [--json]`: the ranked server candidates for an
// address and where each came from. Sends no credentials anywhere.
class DiscoverCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace stamp::cli
