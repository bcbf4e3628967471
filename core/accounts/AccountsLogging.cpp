// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountsLogging.h"

Q_LOGGING_CATEGORY(lcAccounts, "stamp.accounts", QtWarningMsg)
