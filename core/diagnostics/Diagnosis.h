// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/Failure.h"

#include <QList>
#include <QSslError>
#include <QString>

namespace stamp {

// Which front end shows a diagnosis. A remedy names what the person can
// use there: a flag such as --pin-sha256 on the command line, a button such
// as "Review certificate..." in the desktop app, where flags mean nothing.
enum class Surface { CommandLine, Desktop };

// Everything the catalogue may look at to explain one failure.
struct FailureContext
{
    Phase phase = Phase::Local;
    NetworkFault fault = NetworkFault::None;
    int replyCode = 0;             // 0 when the failure is not a server reply
    EnhancedStatus enhanced;
    QString replyText;             // the server's words, all lines joined
    QList<QSslError::SslError> tlsErrors;
    QString host;
    QString detail;                // socket or TLS error text, for context
    // How the account signs in: advice such as "switch to OAuth" is wrong
    // for an account that already does.
    bool signsInWithOAuth = false;
    // The server has answered this app before: a refused connection is an
    // outage, not a wrong port.
    bool serverHasAnswered = false;
    Surface surface = Surface::CommandLine;

    // The facts of a stored or fresh failure, as the catalogue reads them.
    static FailureContext of(const Failure &failure);
};

// What the catalogue needs to know about the account besides the failure.
struct DiagnosisCircumstances
{
    bool signsInWithOAuth = false;
    bool serverHasAnswered = false;
    Surface surface = Surface::CommandLine;
};

// A failure explained for a person: what happened, why, and what to do.
struct Diagnosis
{
    QString id;           // stable, e.g. "auth.app-password-required"
    QString title;        // short: "Gmail needs an app password"
    QString explanation;  // plain language, one or two sentences
    QString remedy;       // what the person can do next
    bool transient = false;  // trying again later may succeed without changes
    // The connection ended after (part of) the message was sent but before the
    // server confirmed it: it may have been delivered, so never resend it
    // automatically (duplicate sends are a classic complaint about mail clients).
    bool deliveryUnknown = false;

    bool isValid() const { return !id.isEmpty(); }
};

}  // namespace stamp
