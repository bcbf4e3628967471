// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Phase.h"

#include <QCoreApplication>

namespace stamp {

namespace {
constexpr Phase kAllPhases[] = {
    Phase::Resolve,
    Phase::Connect,
    Phase::Greeting,
    Phase::Ehlo,
    Phase::StartTls,
    Phase::Tls,
    Phase::Auth,
    Phase::Mail,
    Phase::Rcpt,
    Phase::Data,
    Phase::FinalReply,
    Phase::Local,
};
} // namespace

QString phaseId(Phase phase)
{
    // These strings are stored in JSON and logs: never change one.
    switch (phase) {
    case Phase::Resolve:
        return QStringLiteral("resolve");
    case Phase::Connect:
        return QStringLiteral("connect");
    case Phase::Greeting:
        return QStringLiteral("greeting");
    case Phase::Ehlo:
        return QStringLiteral("ehlo");
    case Phase::StartTls:
        return QStringLiteral("starttls");
    case Phase::Tls:
        return QStringLiteral("tls");
    case Phase::Auth:
        return QStringLiteral("auth");
    case Phase::Mail:
        return QStringLiteral("mail");
    case Phase::Rcpt:
        return QStringLiteral("rcpt");
    case Phase::Data:
        return QStringLiteral("data");
    case Phase::FinalReply:
        return QStringLiteral("final-reply");
    case Phase::Local:
        return QStringLiteral("local");
    }
    return {};
}

std::optional<Phase> phaseFromId(QStringView id)
{
    for (Phase phase : kAllPhases) {
        if (id == phaseId(phase))
            return phase;
    }
    return std::nullopt;
}

QString phaseDescription(Phase phase)
{
    // Each reads as the end of a sentence: "The server stopped answering <here>."
    switch (phase) {
    case Phase::Resolve:
        return QCoreApplication::translate("Phase", "while looking up the server's address");
    case Phase::Connect:
        return QCoreApplication::translate("Phase", "while connecting");
    case Phase::Greeting:
        return QCoreApplication::translate("Phase", "while waiting for the server's greeting");
    case Phase::Ehlo:
        return QCoreApplication::translate("Phase", "while greeting the server (EHLO)");
    case Phase::StartTls:
        return QCoreApplication::translate("Phase", "while asking the server to start encryption (STARTTLS)");
    case Phase::Tls:
        return QCoreApplication::translate("Phase", "while setting up the encrypted connection");
    case Phase::Auth:
        return QCoreApplication::translate("Phase", "while signing in");
    case Phase::Mail:
        return QCoreApplication::translate("Phase", "while sending the sender's address (MAIL FROM)");
    case Phase::Rcpt:
        return QCoreApplication::translate("Phase", "while sending a recipient's address (RCPT TO)");
    case Phase::Data:
        return QCoreApplication::translate("Phase", "while sending the message");
    case Phase::FinalReply:
        return QCoreApplication::translate("Phase", "while waiting for the server to accept the message");
    case Phase::Local:
        return QCoreApplication::translate("Phase", "before connecting to the server");
    }
    return {};
}

} // namespace stamp
