#include "OutboxLogging.h"

Q_LOGGING_CATEGORY(lcOutbox, "stamp.outbox", QtWarningMsg)
