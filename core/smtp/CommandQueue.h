// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Reply.h"
#include "SessionTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace stamp {

class SubmissionSession;

// The session's one expectation queue: commands waiting to be written and,
// in order, the replies the server still owes (RFC 5321 §4.2: one reply per
// command, in the order the commands were sent). Commands go out one at a
// time unless the session is in a transaction on a server that offers
// PIPELINING (RFC 2920). The session reads the replies and hands each to
// the handler of the first expectation.
class CommandQueue
{
public:
    using ReplyHandler = std::function<void(const Reply &)>;
    struct Expectation
    {
        Phase phase;
        int timeoutMs;
        ReplyHandler handler;
    };

    explicit CommandQueue(SubmissionSession &session);

    // Queues a command and writes what may be written now. `shownAs` is the
    // transcript text when the line itself must not be shown (secrets).
    void queue(const QByteArray &line, Phase phase, int timeoutMs, ReplyHandler handler,
        const QString &shownAs = {});
    // Writes what waits, as far as the session's state allows.
    void flush();
    // A reply the server owes for bytes written outside queue() (the
    // greeting, the end of the data, BDAT chunks).
    void expect(Expectation expectation) { m_expected.append(std::move(expectation)); }

    bool awaitingReply() const { return !m_expected.isEmpty(); }
    qsizetype repliesOwed() const { return m_expected.size(); }
    const Expectation &nextExpected() const { return m_expected.first(); }
    Expectation takeExpected() { return m_expected.takeFirst(); }
    void dropUnsent() { m_unsent.clear(); }
    void clear();

    // RFC 2920 §3.1: only when offered, and only for MAIL, RCPT and DATA
    // (and RSET) - every other command waits for its reply.
    bool canPipeline() const;

    // Where a socket fault would be reported: the phase of the oldest reply
    // still owed, else the last step the session took.
    Phase currentPhase() const;
    Phase phase() const { return m_phase; }
    void setPhase(Phase phase) { m_phase = phase; }

private:
    struct Command
    {
        QByteArray line; // without CRLF
        QString shownAs; // transcript text (redacted where needed)
        Expectation expect;
    };

    void write(const Command &command);

    SubmissionSession &m_session;
    QList<Command> m_unsent; // waiting to be written (no PIPELINING: one at a time)
    QList<Expectation> m_expected; // written, reply not yet read, in order
    Phase m_phase = Phase::Connect;
};

} // namespace stamp
