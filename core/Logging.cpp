// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Logging.h"

Q_LOGGING_CATEGORY(lcSmtp, "stamp.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSasl, "stamp.sasl", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "stamp.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiagnostics, "stamp.diagnostics", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMime, "stamp.mime", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "stamp.app", QtWarningMsg)
