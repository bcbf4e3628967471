// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxBehaviour.h"

namespace stamp {

QList<SandboxBehaviour::Mode> SandboxBehaviour::modes()
{
    return { Mode::Normal, Mode::Greylisting, Mode::Busy, Mode::TooManyRecipients, Mode::BadPassword,
        Mode::UnknownUser, Mode::TooLarge, Mode::Slow, Mode::DropAfterDot, Mode::StartTls,
        Mode::ImplicitTls };
}

QString SandboxBehaviour::id(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return QStringLiteral("normal");
    case Mode::Greylisting:
        return QStringLiteral("greylisting");
    case Mode::Busy:
        return QStringLiteral("busy");
    case Mode::TooManyRecipients:
        return QStringLiteral("too-many-recipients");
    case Mode::BadPassword:
        return QStringLiteral("bad-password");
    case Mode::UnknownUser:
        return QStringLiteral("unknown-user");
    case Mode::TooLarge:
        return QStringLiteral("too-large");
    case Mode::Slow:
        return QStringLiteral("slow");
    case Mode::DropAfterDot:
        return QStringLiteral("drop-after-dot");
    case Mode::StartTls:
        return QStringLiteral("starttls");
    case Mode::ImplicitTls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<SandboxBehaviour::Mode> SandboxBehaviour::fromId(const QString &id)
{
    for (Mode mode : modes()) {
        if (SandboxBehaviour::id(mode) == id)
            return mode;
    }
    return std::nullopt;
}

QString SandboxBehaviour::title(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return tr("Accept every message");
    case Mode::Greylisting:
        return tr("Greylisting");
    case Mode::Busy:
        return tr("Busy server");
    case Mode::TooManyRecipients:
        return tr("Too many recipients");
    case Mode::BadPassword:
        return tr("Wrong password");
    case Mode::UnknownUser:
        return tr("Unknown recipient");
    case Mode::TooLarge:
        return tr("Message too large");
    case Mode::Slow:
        return tr("Slow server");
    case Mode::DropAfterDot:
        return tr("Connection lost after the message");
    case Mode::StartTls:
        return tr("Encryption with STARTTLS");
    case Mode::ImplicitTls:
        return tr("Encryption from the start (TLS)");
    }
    return {};
}

QString SandboxBehaviour::description(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return tr("Keeps every message it is sent, as a healthy server would.");
    case Mode::Greylisting:
        return tr("Turns each new sender and recipient away once for a while (450), then accepts the retry.");
    case Mode::Busy:
        return tr("Says it is too busy right now (421) and hangs up before anything is sent.");
    case Mode::TooManyRecipients:
        return tr("Accepts only a few recipients per message and asks for the others later (452).");
    case Mode::BadPassword:
        return tr("Refuses every login as a wrong user name or password (535).");
    case Mode::UnknownUser:
        return tr("Says no such mailbox exists for the recipients (550).");
    case Mode::TooLarge:
        return tr("Takes only small messages and refuses larger ones (552).");
    case Mode::Slow:
        return tr("Takes a long time over every answer, but keeps the message.");
    case Mode::DropAfterDot:
        return tr("Reads the whole message, then hangs up without saying whether it was kept.");
    case Mode::StartTls:
        return tr(
            "Asks for encryption with STARTTLS before any message (530 without it), using a certificate "
            "made on this computer that no authority vouches for.");
    case Mode::ImplicitTls:
        return tr("Encrypts the connection from the first byte, as on port 465, using a certificate made on "
                  "this computer that no authority vouches for.");
    }
    return {};
}

QString SandboxBehaviour::replySummary(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return {};
    case Mode::Greylisting:
        return tr("450 greylisted");
    case Mode::Busy:
        return tr("421 busy");
    case Mode::TooManyRecipients:
        return tr("452 too many recipients");
    case Mode::BadPassword:
        return tr("535 wrong password");
    case Mode::UnknownUser:
        return tr("550 unknown recipient");
    case Mode::TooLarge:
        return tr("552 too large");
    case Mode::Slow:
        return tr("slow replies");
    case Mode::DropAfterDot:
        return tr("no reply after the message");
    case Mode::StartTls:
        return tr("STARTTLS with its own certificate");
    case Mode::ImplicitTls:
        return tr("TLS with its own certificate");
    }
    return {};
}

} // namespace stamp
