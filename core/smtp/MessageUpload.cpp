// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The body of the current message on the wire, for MailTransaction.

#include "MessageUpload.h"

#include "BodyEncoder.h"
#include "CommandQueue.h"
#include "MailTransaction.h"
#include "SubmissionSession.h"

#include <QSslSocket>
#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MessageUpload)
};

// Keep at most this much queued in the socket while uploading, so a large
// message streams from disk instead of piling up in memory, and write in
// slices small enough that progress is reported at least every 64 KiB.
constexpr qint64 kUploadHighWater = 512 * 1024;
constexpr qint64 kUploadSlice = 64 * 1024;
// BDAT chunk size when the body follows the envelope's replies (see
// MailTransaction).
constexpr qint64 kBdatChunk = 1024 * 1024;
} // namespace

MessageUpload::MessageUpload(SubmissionSession &session, MailTransaction &transaction)
    : m_session(session)
    , m_transaction(transaction)
{ }

MessageUpload::~MessageUpload() = default;

void MessageUpload::reset()
{
    forgetEnd();
    m_bodyWritten = 0;
}

void MessageUpload::start()
{
    const int index = m_transaction.index();
    const OutgoingMessage &message = m_session.m_messages.at(index);
    m_session.setState(SubmissionSession::State::Uploading);
    m_session.m_commands->setPhase(Phase::Data);
    const bool bdat = m_transaction.transfer() != MailTransaction::Transfer::Data;
    m_encoder = std::make_unique<BodyEncoder>(
        message.body, bdat ? BodyEncoder::Framing::Bdat : BodyEncoder::Framing::Data, kBdatChunk);
    m_state = State::Streaming;
    m_progress = Progress::Counting;
    const qint64 total = m_transaction.progressTotal();
    m_session.emitEvent(TranscriptEvent::Kind::Data,
        //: Shown in the session log; %1 is a size in bytes
        total >= 0 ? Text::tr("[sending the message: %L1 bytes]").arg(total)
                   : Text::tr("[sending the message]"));
    emit m_session.progress(index, 0, total);
    m_session.m_timer.start(m_session.m_server.timeouts.dataBlock);
    pump();
}

void MessageUpload::pump()
{
    QSslSocket *socket = m_session.m_socket;
    const Timeouts &timeouts = m_session.m_server.timeouts;
    // With TLS, bytesToWrite() counts only what still waits for encryption;
    // what is encrypted but not yet on the network waits in
    // encryptedBytesToWrite(). Both count, or a fast disk fills memory.
    while (m_state == State::Streaming
        && socket->bytesToWrite() + socket->encryptedBytesToWrite() < kUploadHighWater) {
        const BodyEncoder::Piece piece = m_encoder->next(kUploadSlice);
        if (piece.error) {
            m_state = State::Idle;
            m_session.fail(Phase::Data, NetworkFault::Other,
                //: %1 is the system's error message
                Text::tr("Reading the message failed: %1").arg(m_encoder->errorString()), {}, true);
            return;
        }
        if (!piece.command.isEmpty()) {
            m_session.emitEvent(TranscriptEvent::Kind::Client, QString::fromLatin1(piece.command));
            if (piece.lastChunk) {
                m_session.m_commands->expect({ Phase::FinalReply, timeouts.finalDot,
                    [this](const Reply &r) { m_transaction.onFinalReply(r); } });
            } else {
                m_session.m_commands->expect(
                    { Phase::Data, timeouts.dataBlock, [this](const Reply &r) { onBdatChunkReply(r); } });
            }
        }
        socket->write(piece.bytes);
        if (!piece.last)
            continue;
        // From here on the server may have the whole message: a lost reply
        // makes the outcome uncertain, never a reason to send again.
        m_state = State::EndSent;
        m_session.emitEvent(TranscriptEvent::Kind::Data,
            //: Shown in the session log; %1 is a size in bytes
            Text::tr("[message sent: %L1 bytes]").arg(m_encoder->contentBytes()));
        if (m_transaction.transfer() == MailTransaction::Transfer::Data) {
            m_session.emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("."));
            m_session.m_commands->expect({ Phase::FinalReply, timeouts.finalDot,
                [this](const Reply &r) { m_transaction.onFinalReply(r); } });
        }
        // RFC 2920 §3.1: QUIT may end the group that carries the last
        // message, so the session costs no round trip after its final reply.
        if (m_transaction.index() == m_session.m_messages.size() - 1
            && m_session.m_report.capabilities.pipelining())
            m_session.writeQuit();
        m_session.setState(SubmissionSession::State::AwaitingFinalReply);
        m_session.m_commands->setPhase(Phase::FinalReply);
        m_session.armTimer();
    }
}

void MessageUpload::onBdatChunkReply(const Reply &reply)
{
    if (reply.isPositive() || m_transaction.envelopeRefused())
        return; // after a refused envelope every BDAT is refused; LAST settles it
    // The server refused a chunk while later ones may already be on their
    // way: the only clean way out is to end the connection.
    stop();
    m_session.fail(Phase::Data, NetworkFault::None,
        //: %1 is the server's reply
        Text::tr("The server refused part of the message: %1").arg(reply.summary()), reply, true);
}

void MessageUpload::stop()
{
    if (m_state == State::Streaming)
        m_state = State::Idle;
}

void MessageUpload::forgetEnd()
{
    if (m_state == State::EndSent)
        m_state = State::Idle;
}

void MessageUpload::release()
{
    m_encoder.reset();
}

void MessageUpload::onFinalReply()
{
    forgetEnd();
    // The server has read the whole message by now, whatever bytesWritten
    // has reported so far.
    const qint64 total = m_transaction.progressTotal();
    if (m_progress == Progress::Counting && total >= 0 && m_bodyWritten < total)
        emit m_session.progress(m_transaction.index(), total, total);
    m_progress = Progress::NotCounting;
}

void MessageUpload::onBytesWritten(qint64 bytes)
{
    // Counted until the whole message has left, which may be after its last
    // chunk was queued.
    if (m_progress != Progress::Counting)
        return;
    const qint64 total = m_transaction.progressTotal();
    m_bodyWritten += bytes;
    if (total >= 0)
        m_bodyWritten = qMin(m_bodyWritten, total);
    emit m_session.progress(m_transaction.index(), m_bodyWritten, total);
    if (total >= 0 && m_bodyWritten >= total)
        m_progress = Progress::NotCounting;
    if (m_state == State::Streaming) {
        m_session.m_timer.start(m_session.m_server.timeouts.dataBlock);
        pump();
    }
}

} // namespace stamp
