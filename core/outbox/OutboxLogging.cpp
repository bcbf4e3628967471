// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutboxLogging.h"

Q_LOGGING_CATEGORY(lcOutbox, "stamp.outbox", QtWarningMsg)
