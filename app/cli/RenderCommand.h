// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp render`: writes the message `send` would send, to standard
// output or a file, without connecting anywhere.
class RenderCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace stamp::cli
