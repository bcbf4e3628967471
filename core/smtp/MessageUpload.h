// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Reply.h"

#include <QtGlobal>
#include <memory>

namespace stamp {

class BodyEncoder;
class MailTransaction;
class SubmissionSession;

// The body of the current message on the wire: dot-stuffed after DATA
// (RFC 5321 §4.5.2) or in BDAT chunks (RFC 3030), streamed from its file
// without filling memory, and the progress of its bytes leaving the socket.
class MessageUpload
{
public:
    MessageUpload(SubmissionSession &session, MailTransaction &transaction);
    ~MessageUpload();

    // A new transaction begins: nothing of its body has been written.
    void reset();
    void start();
    // Writes more of the body while the socket has room.
    void pump();
    // The session stops sending the body (failure or interruption).
    void stop();
    // The final reply came, or the session gave up on the message.
    void onFinalReply();
    void forgetEnd();
    void release();

    void onBytesWritten(qint64 bytes);

    bool isStreaming() const { return m_state == State::Streaming; }
    // The whole message went out and its final reply has not come: a lost
    // reply makes the outcome uncertain, never a reason to send again.
    bool endSent() const { return m_state == State::EndSent; }

private:
    enum class State { Idle, Streaming, EndSent };
    // Whether bytesWritten is still counted towards progress(): until the
    // whole message has left, which may be after its end was queued.
    enum class Progress { NotCounting, Counting };

    void onBdatChunkReply(const Reply &reply);

    SubmissionSession &m_session;
    MailTransaction &m_transaction;
    State m_state = State::Idle;
    Progress m_progress = Progress::NotCounting;
    std::unique_ptr<BodyEncoder> m_encoder;
    qint64 m_bodyWritten = 0;
};

} // namespace stamp
