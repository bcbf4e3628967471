// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp send`: submits one message and reports per recipient.
class SendCommand
{
public:
    int run(const QStringList &arguments);
};

}  // namespace stamp::cli
