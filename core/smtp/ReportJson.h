// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SessionTypes.h"

#include <QJsonObject>

namespace stamp {

// JSON forms of session outcomes, shared by `stamp send --json`,
// `stamp check --json` and (later) the outbox's records. Secrets never
// appear in a report, so nothing here needs redaction.
namespace ReportJson {
QJsonObject reply(const Reply &reply);
// The facts only; diagnostics adds the words (DiagnosticsCatalog::explained).
QJsonObject failure(const Failure &failure);
QJsonObject tls(const TlsReport &tls);
QJsonObject certificate(const CertificateSummary &certificate);
QJsonObject capabilities(const Capabilities &capabilities);
QJsonObject sendResult(const SendResult &result);
}  // namespace ReportJson

}  // namespace stamp
