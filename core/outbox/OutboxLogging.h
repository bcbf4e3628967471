#pragma once

#include <QLoggingCategory>

// "stamp.outbox": queue files, state changes, locks and retries. Never a
// secret, never message content; addresses only at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
