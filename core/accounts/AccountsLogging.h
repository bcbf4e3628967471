// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// The accounts module's category: "stamp.accounts.debug=true" in
// QT_LOGGING_RULES. Nothing logged through it ever carries a secret.
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
