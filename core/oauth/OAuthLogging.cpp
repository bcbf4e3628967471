#include "OAuthLogging.h"

Q_LOGGING_CATEGORY(lcOAuth, "stamp.oauth", QtWarningMsg)
