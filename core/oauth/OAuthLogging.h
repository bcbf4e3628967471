// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// The OAuth module's category: "stamp.oauth.debug=true" in QT_LOGGING_RULES.
// Nothing logged through it ever carries a code, a token or a verifier.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
