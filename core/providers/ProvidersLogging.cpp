#include "ProvidersLogging.h"

Q_LOGGING_CATEGORY(lcProviders, "stamp.providers", QtWarningMsg)
