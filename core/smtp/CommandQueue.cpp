// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandQueue.h"

#include "SubmissionSession.h"

#include <QSslSocket>

namespace stamp {

CommandQueue::CommandQueue(SubmissionSession &session)
    : m_session(session)
{ }

void CommandQueue::queue(
    const QByteArray &line, Phase phase, int timeoutMs, ReplyHandler handler, const QString &shownAs)
{
    m_unsent.append({ line, shownAs, { phase, timeoutMs, std::move(handler) } });
    flush();
}

void CommandQueue::flush()
{
    using State = SubmissionSession::State;
    const State state = m_session.m_state;
    if (!m_session.m_socket || state == State::Finished || state == State::Quitting
        || state == State::TlsHandshake)
        return;
    if (canPipeline()) {
        // One write, so the whole group travels in as few segments as possible.
        QByteArray group;
        while (!m_unsent.isEmpty()) {
            Command command = m_unsent.takeFirst();
            m_session.emitEvent(TranscriptEvent::Kind::Client,
                command.shownAs.isEmpty() ? QString::fromUtf8(command.line) : command.shownAs);
            group += command.line + "\r\n";
            m_expected.append(command.expect);
        }
        if (!group.isEmpty()) {
            m_session.m_socket->write(group);
            m_session.armTimer();
        }
        return;
    }
    if (m_expected.isEmpty() && !m_unsent.isEmpty())
        write(m_unsent.takeFirst());
}

void CommandQueue::write(const Command &command)
{
    m_session.emitEvent(TranscriptEvent::Kind::Client,
        command.shownAs.isEmpty() ? QString::fromUtf8(command.line) : command.shownAs);
    m_session.m_socket->write(command.line + "\r\n");
    m_expected.append(command.expect);
    m_phase = command.expect.phase;
    m_session.armTimer();
}

void CommandQueue::clear()
{
    m_unsent.clear();
    m_expected.clear();
}

bool CommandQueue::canPipeline() const
{
    return m_session.m_state == SubmissionSession::State::Transaction
        && m_session.m_report.capabilities.pipelining();
}

Phase CommandQueue::currentPhase() const
{
    return m_expected.isEmpty() ? m_phase : m_expected.first().phase;
}

} // namespace stamp
