// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Diagnosis.h"

#include <QCoreApplication>
#include <QJsonObject>
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
    // The same for a failure's facts, explained now: in the current
    // language, with the current catalogue.
    static Diagnosis diagnose(const Failure &failure, const DiagnosisCircumstances &circumstances = {});
    // The diagnosis as JSON ("id", "title", "explanation", "remedy",
    // "transient", "deliveryUnknown"), as `stamp send --json` prints it.
    static QJsonObject toJson(const Diagnosis &diagnosis);
    // `json` (a failure's facts, or a result holding one under "failure")
    // with the diagnosis added under "diagnosis".
    static QJsonObject explained(QJsonObject json, const Failure &failure);

    // The connection doctor's deliverability step, when the sending domain
    // lacks or misstates what receivers check (SPF, DKIM, DMARC): not a
    // failure to send, so outside the failure tables and entryIds().
    // `recordsShown`: the step lists records to publish.
    static Diagnosis deliverability(const QString &domain, bool recordsShown, Surface surface);

    // Every entry id the catalogue can return (for tests and documentation).
    static QStringList entryIds();
};

}  // namespace stamp
