// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// The providers module's category: "stamp.providers.debug=true" in
// QT_LOGGING_RULES (which preset files loaded, which were skipped and why).
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
