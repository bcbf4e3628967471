// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace stamp::cli {

// The first line of standard input, without its line end: how every
// command takes a password (never from an argument, which the process list
// shows). The intermediate buffer is wiped.
QString readSecretLine();

}  // namespace stamp::cli
