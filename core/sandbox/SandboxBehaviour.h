// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace stamp {

// How the sandbox answers: honestly, or like a server that misbehaves in
// one well-known way, so a person can watch what Stamp does (Outbox, Sent,
// the log) before a real server does it to them. The numbers are
// adjustable so tests need not wait for what a person would.
struct SandboxBehaviour
{
    Q_DECLARE_TR_FUNCTIONS(SandboxBehaviour)

public:
    enum class Mode {
        Normal,
        Greylisting, // 450 4.7.1 on a triple's first try
        Busy, // 421 4.3.2 at the greeting
        TooManyRecipients, // 452 4.5.3 after the N-th RCPT
        BadPassword, // 535 5.7.8 to any AUTH
        UnknownUser, // 550 5.1.1
        TooLarge, // a small SIZE, 552 5.3.4
        Slow, // every reply late
        DropAfterDot, // the message read, the connection closed
        StartTls, // STARTTLS (RFC 3207) with the sandbox's own certificate
        ImplicitTls, // TLS from the first byte (RFC 8314 §3.3)
    };

    Mode mode = Mode::Normal;
    // Greylisting: a retry of the same sender, recipient and client is
    // accepted this long after the first try (real greylisters: minutes).
    int greylistSeconds = 60;
    // Too many recipients: this many are accepted per transaction.
    int maxRecipients = 2;
    // Unknown user: only this recipient is unknown; empty means all.
    QString unknownRecipient;
    // Too large: the SIZE the sandbox announces (RFC 1870).
    qint64 sizeLimit = 16 * 1024;
    // Slow: each reply is sent this late.
    int replyDelayMs = 2000;

    // Every mode, in the order people are offered them.
    static QList<Mode> modes();
    // Stable, for the command line and settings: "greylisting".
    static QString id(Mode mode);
    static std::optional<Mode> fromId(const QString &id);
    // For people: "Greylisting", and what the sandbox then does.
    static QString title(Mode mode);
    static QString description(Mode mode);
    // The reply that characterises the mode ("421 busy"); empty for normal.
    static QString replySummary(Mode mode);
    // The modes that speak TLS with the sandbox's self-signed certificate.
    static bool usesTls(Mode mode) { return mode == Mode::StartTls || mode == Mode::ImplicitTls; }
};

} // namespace stamp
