#pragma once

#include <QLoggingCategory>

// The providers module's category: "stamp.providers.debug=true" in
// QT_LOGGING_RULES (which preset files loaded, which were skipped and why).
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
