// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/SessionTypes.h"

class QTextStream;

namespace stamp::cli {

// Human-readable output of `send` and `check`: results on standard output,
// failures on standard error in words a person can act on.
namespace ConsoleReport {
// `lead` starts the first line ("stamp: not sent" by default).
void printFailure(QTextStream &err, const Failure &failure, bool uncertain = false, const QString &lead = {});
void printSendResult(QTextStream &out, QTextStream &err, const SendResult &result);
void printTls(QTextStream &out, const TlsReport &tls);
void printCapabilities(QTextStream &out, const Capabilities &caps);
// After a certificate failure: the certificate's details and how to trust
// exactly it, once the person has checked it.
void printCertificateHelp(QTextStream &err, const TlsReport &tls, bool withDetails = true);
}  // namespace ConsoleReport

}  // namespace stamp::cli
