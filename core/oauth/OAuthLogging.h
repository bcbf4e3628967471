#pragma once

#include <QLoggingCategory>

// The OAuth module's category: "stamp.oauth.debug=true" in QT_LOGGING_RULES.
// Nothing logged through it ever carries a code, a token or a verifier.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
