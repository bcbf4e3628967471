// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// "stamp.outbox": queue files, state changes, locks and retries. Never a
// secret, never message content; addresses only at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
