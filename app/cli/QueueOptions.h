// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "outbox/SentStore.h"

#include "outbox/SendingHygiene.h"
#include "smtp/SessionTypes.h"

#include <QCommandLineOption>
#include <QDateTime>

class QCommandLineParser;
class QIODevice;
class QTextStream;

namespace stamp::cli {

class SessionOptions;

// `stamp send --queue` and `stamp send --at TIME`: instead of sending, put
// the rendered message into the outbox (core/outbox) and return. The
// server settings and user name go with it; the password never does.
class QueueOptions
{
public:
    explicit QueueOptions(QCommandLineParser &parser);

    bool requested(const QCommandLineParser &parser) const;
    // Enqueues every message (their bodies are read to the end) and
    // returns the exit status.
    int enqueue(const QCommandLineParser &parser, const SessionOptions &session,
                const QList<OutgoingMessage> &messages) const;

    // "2030-01-02T09:30", "2030-01-02 09:30", "09:30" (the next such time),
    // "+90s", "+10m", "+2h", "+1d". Invalid QDateTime when unreadable.
    static QDateTime parseTime(const QString &text, const QDateTime &now);

    // The Subject header of a rendered message (as on the wire), for
    // listings; the device's position is kept.
    static QString subjectOf(QIODevice *body);

    // With --account: warns on `err` when this send nears or exceeds the
    // provider's published daily limits (SendingQuota), counted from Sent
    // items.
    static void warnAboutLimits(const SessionOptions &session, int recipients, QTextStream &err);
    // Warns on `err` about what receivers hold against these messages
    // (SendingHygiene): a From domain the account does not speak for
    // (with --account, or a login that is an address) and a mailing
    // without one-click unsubscribe. Each warning once; advice only.
    static void warnAboutHygiene(const SessionOptions &session, const QList<SendingHygiene::Send> &sends,
                                 QTextStream &err);
    // With --account: keeps what a direct send (without the outbox)
    // delivered in Sent items, so the day's count includes it.
    // Returns the ids of the Sent items added.
    static QStringList keepSent(const SessionOptions &session, const QList<OutgoingMessage> &messages,
                                const SessionReport &report);
    // With --account and the copy to the Sent folder on: makes the copies
    // of those Sent items (and any the account still has pending) with
    // the login that sent them, the IMAP conversation in the --log
    // transcript. Returns the items with their copy's outcome. A copy
    // never changes whether the message was sent.
    static QList<SentItem> copyToSent(SessionOptions &session, const QStringList &ids);

private:
    QCommandLineOption m_queue;
    QCommandLineOption m_at;
};

}  // namespace stamp::cli
