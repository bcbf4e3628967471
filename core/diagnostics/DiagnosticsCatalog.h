#pragma once

#include "Diagnosis.h"

#include <QCoreApplication>
#include <QStringList>

namespace stamp {

// The one place that turns (phase, reply, enhanced code, provider text,
// socket or TLS error) into words a person can act on.
class DiagnosticsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsCatalog)

public:
    // Always returns a valid Diagnosis: the most specific entry that matches,
    // else a generic one for the reply class or fault.
    static Diagnosis diagnose(const FailureContext &context);

    // Every entry id the catalogue can return (for tests and documentation).
    static QStringList entryIds();
};

}  // namespace stamp
