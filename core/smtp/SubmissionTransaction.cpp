// SubmissionSession, part two: one mail transaction per message (RFC 5321
// §3.3) with the fewest round trips the server allows, and the end of the
// session. The connection, TLS and AUTH steps are in SubmissionSession.cpp.

#include "BodyEncoder.h"
#include "SubmissionSession.h"

#include <QSslSocket>

namespace stamp {

namespace {
// Keep at most this much queued in the socket while uploading, so a large
// message streams from disk instead of piling up in memory, and write in
// slices small enough that progress is reported at least every 64 KiB.
constexpr qint64 kUploadHighWater = 512 * 1024;
constexpr qint64 kUploadSlice = 64 * 1024;

// How a message's content travels (RFC 3030 CHUNKING needs PIPELINING here,
// since its point is to save round trips):
// - up to kInlineBdatLimit: "BDAT <n> LAST" and the content go in the same
//   group as MAIL and RCPT, so the whole transaction is one round trip. If
//   a recipient is refused, at most this much was sent in vain.
// - larger: MAIL and RCPT first, one round trip to learn which recipients
//   were accepted, then BDAT chunks of kBdatChunk, all pipelined. That round
//   trip is nothing next to the upload, and a refused envelope costs no upload.
// - without CHUNKING: DATA, whose 354 already waits for the envelope.
constexpr qint64 kInlineBdatLimit = 256 * 1024;
constexpr qint64 kBdatChunk = 1024 * 1024;
}  // namespace

void SubmissionSession::nextMessage()
{
    ++m_index;
    if (m_index >= m_messages.size()) {
        quit();
        return;
    }
    setState(State::Transaction);
    const OutgoingMessage &message = m_messages.at(m_index);
    const Capabilities &caps = m_report.capabilities;
    m_current = SendResult();
    m_transactionAborted = false;
    m_finalDotSent = false;
    m_bodyDone = false;
    m_bodyWritten = 0;

    QList<EnvelopeAddress> rcpts;
    bool needsUtf8 = false;
    for (const QString &address : message.recipients) {
        rcpts << EnvelopeAddress::fromText(address);
        needsUtf8 = needsUtf8 || rcpts.last().needsSmtpUtf8;
        m_current.recipients.append({address, false, Reply()});
    }
    const EnvelopeAddress from = EnvelopeAddress::fromText(message.from, true);
    needsUtf8 = needsUtf8 || from.needsSmtpUtf8 || message.smtpUtf8;

    auto refuseLocally = [this](NetworkFault fault, const QString &why) {
        m_current.failure = Failure{Phase::Mail, fault, std::nullopt, why, {}};
        finishMessage(SendResult::Status::Failed);
    };
    // RFC 6531 §3.4: without SMTPUTF8 a non-ASCII mailbox cannot be sent,
    // and silently mangling it would deliver to someone else.
    if (needsUtf8 && !caps.smtpUtf8()) {
        refuseLocally(NetworkFault::SmtpUtf8Required,
                      QStringLiteral("An address has non-ASCII characters before the @, and the server does not "
                                     "support SMTPUTF8."));
        return;
    }
    // RFC 1870 §6: do not upload what the server already said it will refuse.
    if (caps.sizeLimit() > 0 && message.messageSize > caps.sizeLimit()) {
        refuseLocally(NetworkFault::MessageTooLarge,
                      QStringLiteral("The message is %1 bytes; the server accepts at most %2 bytes.")
                          .arg(message.messageSize)
                          .arg(caps.sizeLimit()));
        return;
    }
    if (message.eightBit && !caps.eightBitMime()) {
        emitEvent(TranscriptEvent::Kind::Info,
                  QStringLiteral("The message has 8-bit content but the server does not announce 8BITMIME; "
                                 "sending it unchanged."));
    }

    if (caps.chunking() && caps.pipelining() && m_server.allowChunking)
        m_transfer = message.messageSize >= 0 && message.messageSize <= kInlineBdatLimit ? Transfer::BdatInGroup
                                                                                         : Transfer::BdatAfterEnvelope;
    else
        m_transfer = Transfer::Data;

    QByteArray mail = "MAIL FROM:<" + from.wire + '>';
    if (caps.size() && message.messageSize >= 0)
        mail += " SIZE=" + QByteArray::number(message.messageSize);
    if (message.eightBit && caps.eightBitMime())
        mail += " BODY=8BITMIME";  // RFC 6152 §3
    if (needsUtf8)
        mail += " SMTPUTF8";  // RFC 6531 §3.4
    queue(mail, Phase::Mail, m_server.timeouts.mail, [this](const Reply &r) { onMailReply(r); });
    for (int i = 0; i < rcpts.size(); ++i) {
        queue("RCPT TO:<" + rcpts.at(i).wire + '>', Phase::Rcpt, m_server.timeouts.rcpt,
              [this, i](const Reply &r) { onRcptReply(i, r); });
    }
    switch (m_transfer) {
    case Transfer::Data:
        queue("DATA", Phase::Data, m_server.timeouts.dataInit, [this](const Reply &r) { onDataReply(r); });
        break;
    case Transfer::BdatInGroup:
        // RFC 3030 §4.2: BDAT needs no go-ahead, so the content follows
        // the envelope in the same group.
        startUpload();
        break;
    case Transfer::BdatAfterEnvelope:
        break;  // the upload starts once the RCPT replies are in
    }
}

void SubmissionSession::onMailReply(const Reply &reply)
{
    if (reply.isPositive())
        return;
    m_transactionAborted = true;
    m_current.failure = Failure{Phase::Mail, NetworkFault::None, reply,
                                QStringLiteral("The server refused the sender: %1").arg(reply.summary()), {}};
    if (!canPipeline()) {
        // Without PIPELINING nothing else of this transaction was sent yet.
        m_unsent.clear();
        finishMessage(SendResult::Status::Failed);
    }
}

void SubmissionSession::onRcptReply(int index, const Reply &reply)
{
    RecipientResult &result = m_current.recipients[index];
    result.reply = reply;
    // RFC 5321 §4.2.5: 250 and 251 accept the recipient.
    result.accepted = reply.code == 250 || reply.code == 251;
    if (!result.accepted && !m_transactionAborted) {
        emitEvent(TranscriptEvent::Kind::Info,
                  QStringLiteral("Recipient %1 refused: %2").arg(result.address, reply.summary()));
    }
    if (index != m_current.recipients.size() - 1)
        return;
    if (!m_transactionAborted && m_current.accepted().isEmpty()) {
        m_transactionAborted = true;
        m_current.failure = Failure{Phase::Rcpt, NetworkFault::None, m_current.recipients.first().reply,
                                    QStringLiteral("The server refused every recipient."), {}};
    }
    switch (m_transfer) {
    case Transfer::Data:
        if (m_transactionAborted && !canPipeline()) {
            m_unsent.clear();  // DATA was not sent yet: nobody would receive it
            finishMessage(SendResult::Status::Failed);
        }
        break;  // with PIPELINING, the reply to DATA settles it
    case Transfer::BdatAfterEnvelope:
        if (m_transactionAborted)
            finishMessage(SendResult::Status::Failed);
        else
            startUpload();
        break;
    case Transfer::BdatInGroup:
        break;  // the reply to BDAT LAST settles it
    }
}

void SubmissionSession::onDataReply(const Reply &reply)
{
    if (m_transactionAborted) {
        if (reply.code == 354) {
            // RFC 2920 §3.1: DATA went out in the same group as the refused
            // commands and the server still said 354; end the (empty) data
            // so the server rejects the transaction.
            m_expected.append({Phase::FinalReply, m_server.timeouts.finalDot,
                               [this](const Reply &) { finishMessage(SendResult::Status::Failed); }});
            emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("."));
            m_socket->write(".\r\n");
            armTimer();
            return;
        }
        finishMessage(SendResult::Status::Failed);
        return;
    }
    if (reply.code != 354) {
        m_current.failure = Failure{Phase::Data, NetworkFault::None, reply,
                                    QStringLiteral("The server refused DATA: %1").arg(reply.summary()), {}};
        finishMessage(SendResult::Status::Failed);
        return;
    }
    startUpload();
}

qint64 SubmissionSession::progressTotal() const
{
    const OutgoingMessage &message = m_messages.at(m_index);
    return m_transfer == Transfer::Data ? message.wireSize : message.messageSize;
}

void SubmissionSession::startUpload()
{
    const OutgoingMessage &message = m_messages.at(m_index);
    setState(State::Uploading);
    m_phase = Phase::Data;
    const bool bdat = m_transfer != Transfer::Data;
    m_encoder = std::make_unique<BodyEncoder>(message.body,
                                              bdat ? BodyEncoder::Framing::Bdat : BodyEncoder::Framing::Data,
                                              kBdatChunk);
    m_uploading = true;
    m_countingProgress = true;
    const qint64 total = progressTotal();
    emitEvent(TranscriptEvent::Kind::Data, total >= 0 ? QStringLiteral("[sending the message: %1 bytes]").arg(total)
                                                      : QStringLiteral("[sending the message]"));
    emit progress(m_index, 0, total);
    m_timer.start(m_server.timeouts.dataBlock);
    pumpBody();
}

void SubmissionSession::pumpBody()
{
    // With TLS, bytesToWrite() counts only what still waits for encryption;
    // what is encrypted but not yet on the network waits in
    // encryptedBytesToWrite(). Both count, or a fast disk fills memory.
    while (m_uploading && !m_bodyDone
           && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < kUploadHighWater) {
        const BodyEncoder::Piece piece = m_encoder->next(kUploadSlice);
        if (piece.error) {
            m_uploading = false;
            fail(Phase::Data, NetworkFault::Other,
                 QStringLiteral("Reading the message failed: %1").arg(m_encoder->errorString()), {}, true);
            return;
        }
        if (!piece.command.isEmpty()) {
            emitEvent(TranscriptEvent::Kind::Client, QString::fromLatin1(piece.command));
            if (piece.lastChunk) {
                m_expected.append(
                    {Phase::FinalReply, m_server.timeouts.finalDot, [this](const Reply &r) { onFinalReply(r); }});
            } else {
                m_expected.append(
                    {Phase::Data, m_server.timeouts.dataBlock, [this](const Reply &r) { onBdatChunkReply(r); }});
            }
        }
        m_socket->write(piece.bytes);
        if (!piece.last)
            continue;
        m_bodyDone = true;
        // From here on the server may have the whole message: a lost reply
        // makes the outcome uncertain, never a reason to send again.
        m_finalDotSent = true;
        m_uploading = false;
        emitEvent(TranscriptEvent::Kind::Data,
                  QStringLiteral("[message sent: %1 bytes]").arg(m_encoder->contentBytes()));
        if (m_transfer == Transfer::Data) {
            emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("."));
            m_expected.append(
                {Phase::FinalReply, m_server.timeouts.finalDot, [this](const Reply &r) { onFinalReply(r); }});
        }
        // RFC 2920 §3.1: QUIT may end the group that carries the last
        // message, so the session costs no round trip after its final reply.
        if (m_index == m_messages.size() - 1 && m_report.capabilities.pipelining()) {
            emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("QUIT"));
            m_socket->write("QUIT\r\n");
            m_quitSent = true;
        }
        setState(State::AwaitingFinalReply);
        m_phase = Phase::FinalReply;
        armTimer();
    }
}

void SubmissionSession::onBdatChunkReply(const Reply &reply)
{
    if (reply.isPositive() || m_transactionAborted)
        return;  // after a refused envelope every BDAT is refused; LAST settles it
    // The server refused a chunk while later ones may already be on their
    // way: the only clean way out is to end the connection.
    m_uploading = false;
    fail(Phase::Data, NetworkFault::None,
         QStringLiteral("The server refused part of the message: %1").arg(reply.summary()), reply, true);
}

void SubmissionSession::onFinalReply(const Reply &reply)
{
    m_finalDotSent = false;
    // The server has read the whole message by now, whatever bytesWritten
    // has reported so far.
    const qint64 total = progressTotal();
    if (m_countingProgress && total >= 0 && m_bodyWritten < total)
        emit progress(m_index, total, total);
    m_countingProgress = false;
    if (m_transactionAborted) {
        finishMessage(SendResult::Status::Failed);  // the envelope's failure stands
        return;
    }
    m_current.finalReply = reply;
    if (!reply.isPositive()) {
        m_current.failure = Failure{Phase::FinalReply, NetworkFault::None, reply,
                                    QStringLiteral("The server refused the message: %1").arg(reply.summary()), {}};
        finishMessage(SendResult::Status::Failed);
        return;
    }
    const bool everyone = m_current.refused().isEmpty();
    finishMessage(everyone ? SendResult::Status::Sent : SendResult::Status::Partial);
}

void SubmissionSession::finishMessage(SendResult::Status status)
{
    m_current.status = status;
    if (m_current.failure) {
        m_current.failure->host = m_server.host;
        emitEvent(TranscriptEvent::Kind::Error, m_current.failure->message);
    }
    const int index = m_index;
    const SendResult result = m_current;
    m_report.messages.append(result);
    m_encoder.reset();
    emit messageFinished(index, result);
    if (m_state == State::Finished)
        return;
    const bool more = m_index + 1 < m_messages.size();
    // A transaction that got as far as MAIL must be reset before the next
    // (RFC 5321 §4.1.1.5); a local refusal before MAIL left nothing open.
    const bool opened = !(m_current.failure && m_current.failure->phase == Phase::Mail && !m_current.failure->reply);
    if (status == SendResult::Status::Failed && more && opened
        && m_socket->state() == QAbstractSocket::ConnectedState) {
        setState(State::Transaction);
        queue("RSET", Phase::Mail, m_server.timeouts.command, [this](const Reply &r) {
            if (!r.isPositive()) {
                fail(Phase::Mail, NetworkFault::None, QStringLiteral("The server refused RSET: %1").arg(r.summary()),
                     r);
                return;
            }
            nextMessage();
        });
        return;
    }
    nextMessage();
}

void SubmissionSession::quit()
{
    setState(State::Quitting);
    m_unsent.clear();
    m_expected.clear();
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finishSession();
        return;
    }
    if (!m_quitSent) {
        emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("QUIT"));
        m_socket->write("QUIT\r\n");
        m_quitSent = true;
    }
    m_timer.start(m_server.timeouts.quit);
    // Everything that matters is known: report now rather than after the
    // server's 221 (a round trip that changes nothing). The connection
    // closes in the background; connectionClosed() says when.
    reportFinished();
}

}  // namespace stamp
