// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace stamp {

// Where in a submission a failure happened. The order follows the session.
enum class Phase {
    Resolve,     // looking up the host name
    Connect,     // TCP connect
    Greeting,    // the server's 220 banner
    Ehlo,        // EHLO / HELO
    StartTls,    // the STARTTLS command and its reply
    Tls,         // the TLS handshake and certificate verification
    Auth,        // SASL authentication
    Mail,        // MAIL FROM
    Rcpt,        // RCPT TO
    Data,        // DATA / BDAT and the upload of the message
    FinalReply,  // the reply after the end of the message
    Local,       // before any network activity: bad input, unreadable file...
};

// Stable, lower-case identifier for JSON and logs ("rcpt", "final-reply").
QString phaseId(Phase phase);
// The inverse of phaseId(), for reading logs and saved outbox state back.
std::optional<Phase> phaseFromId(QStringView id);
// What a person reads: "while connecting", translated.
QString phaseDescription(Phase phase);

}  // namespace stamp
