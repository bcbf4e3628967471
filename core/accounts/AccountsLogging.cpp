#include "AccountsLogging.h"

Q_LOGGING_CATEGORY(lcAccounts, "stamp.accounts", QtWarningMsg)
