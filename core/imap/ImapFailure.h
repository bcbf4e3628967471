// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImapResponse.h"
#include "smtp/Failure.h"

#include <QList>
#include <QSslError>
#include <QString>

namespace stamp::imap {

// Where in the conversation something happened.
enum class ImapStep { Connect, Greeting, Capability, StartTls, Tls, Login, FindSent, Search, Append, Logout };

// What went wrong with an IMAP session, as facts (like smtp's Failure): the
// step, the transport fault in the engine's own terms, and the server's
// status response when there was one. Server text is already redacted.
struct ImapFailure
{
    ImapStep step = ImapStep::Connect;
    NetworkFault fault = NetworkFault::None;
    ImapResponse::Status status = ImapResponse::Status::None; // NO, BAD or BYE
    QByteArray code; // the response code: "OVERQUOTA", "TRYCREATE", "AUTHENTICATIONFAILED"
    QString serverText; // what the server said, redacted
    QString detail; // technical summary (the socket's error, the reader's complaint)
    QList<QSslError::SslError> tlsErrors;
    bool offersPin = false; // an untrusted certificate a person may pin (never a revoked one)
};

} // namespace stamp::imap
