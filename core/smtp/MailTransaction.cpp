// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// SubmissionSession's third part: one mail transaction per message (RFC 5321
// §3.3) with the fewest round trips the server allows.

#include "MailTransaction.h"

#include "CommandQueue.h"
#include "DotStuffer.h"
#include "MessageUpload.h"
#include "SubmissionSession.h"

#include <QIODevice>
#include <QSslSocket>
#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MailTransaction)
};

// How a message's content travels (RFC 3030 CHUNKING needs PIPELINING here,
// since its point is to save round trips):
// - up to kInlineBdatLimit: "BDAT <n> LAST" and the content go in the same
//   group as MAIL and RCPT, so the whole transaction is one round trip. If
//   a recipient is refused, at most this much was sent in vain.
// - larger: MAIL and RCPT first, one round trip to learn which recipients
//   were accepted, then BDAT chunks, all pipelined. That round trip is
//   nothing next to the upload, and a refused envelope costs no upload.
// - without CHUNKING: DATA, whose 354 already waits for the envelope.
constexpr qint64 kInlineBdatLimit = 256 * 1024;
} // namespace

MailTransaction::MailTransaction(SubmissionSession &session)
    : m_session(session)
    , m_upload(std::make_unique<MessageUpload>(session, *this))
{ }

MailTransaction::~MailTransaction() = default;

QString MailTransaction::prepare(QList<OutgoingMessage> &messages)
{
    QString problem;
    for (int i = 0; problem.isEmpty() && i < messages.size(); ++i) {
        OutgoingMessage &message = messages[i];
        const EnvelopeAddress from = EnvelopeAddress::fromText(message.from, true);
        if (!from.error.isEmpty())
            //: %1 is an email address; %2 says what is wrong with it
            problem = Text::tr("The sender address \"%1\" cannot be used: %2.")
                          .arg(message.from, from.error);
        if (problem.isEmpty() && message.recipients.isEmpty())
            problem = Text::tr("The message has no recipients.");
        for (const QString &rcpt : std::as_const(message.recipients)) {
            const EnvelopeAddress to = EnvelopeAddress::fromText(rcpt);
            if (problem.isEmpty() && !to.error.isEmpty())
                problem
                    //: %1 is an email address; %2 says what is wrong with it
                    = Text::tr("The recipient address \"%1\" cannot be used: %2.").arg(rcpt, to.error);
        }
        if (problem.isEmpty())
            problem = message.dsn.problem();
        if (problem.isEmpty() && (!message.body || !message.body->isReadable()))
            problem = Text::tr("The message content cannot be read.");
        // The size must be known before MAIL (RFC 1870) and the upload must
        // never stall waiting on a pipe, so the content has to be seekable.
        if (problem.isEmpty() && message.body->isSequential())
            problem = Text::tr("The message content must come from a file, not a stream.");
        if (problem.isEmpty() && message.messageSize < 0 && !message.body->isSequential()) {
            const qint64 pos = message.body->pos();
            const DotStuffer::Measurement m = DotStuffer::measure(message.body);
            if (!m.ok || !message.body->seek(pos)) {
                //: %1 is the system's error message
                problem = Text::tr("The message content could not be read: %1.")
                              .arg(message.body->errorString());
            } else {
                message.messageSize = m.messageSize;
                message.wireSize = m.wireSize;
                message.eightBit = m.eightBit;
            }
        }
    }
    return problem;
}

void MailTransaction::nextMessage()
{
    ++m_index;
    if (m_index >= m_session.m_messages.size()) {
        m_session.quit();
        return;
    }
    m_session.setState(SubmissionSession::State::Transaction);
    const OutgoingMessage &message = m_session.m_messages.at(m_index);
    const Capabilities &caps = m_session.m_report.capabilities;
    const Timeouts &timeouts = m_session.m_server.timeouts;
    CommandQueue &commands = *m_session.m_commands;
    m_current = SendResult();
    m_envelope = Envelope::Open;
    m_upload->reset();

    QList<EnvelopeAddress> rcpts;
    bool needsUtf8 = false;
    for (const QString &address : message.recipients) {
        rcpts << EnvelopeAddress::fromText(address);
        needsUtf8 = needsUtf8 || rcpts.last().needsSmtpUtf8;
        m_current.recipients.append({ address, false, Reply() });
    }
    const EnvelopeAddress from = EnvelopeAddress::fromText(message.from, true);
    needsUtf8 = needsUtf8 || from.needsSmtpUtf8 || message.smtpUtf8;

    auto refuseLocally = [this](NetworkFault fault, const QString &why) {
        m_current.failure = Failure { Phase::Mail, fault, std::nullopt, why, {} };
        finishMessage(SendResult::Status::Failed);
    };
    // RFC 6531 §3.4: without SMTPUTF8 a non-ASCII mailbox cannot be sent,
    // and silently mangling it would deliver to someone else.
    if (needsUtf8 && !caps.smtpUtf8()) {
        refuseLocally(NetworkFault::SmtpUtf8Required,
            Text::tr("An address has non-ASCII characters before the @, and the server does not "
                           "support SMTPUTF8."));
        return;
    }
    // RFC 1870 §6: do not upload what the server already said it will refuse.
    if (caps.sizeLimit() > 0 && message.messageSize > caps.sizeLimit()) {
        refuseLocally(NetworkFault::MessageTooLarge,
            //: %1 and %2 are sizes in bytes
            Text::tr("The message is %L1 bytes; the server accepts at most %L2 bytes.")
                .arg(message.messageSize)
                .arg(caps.sizeLimit()));
        return;
    }
    if (message.eightBit && !caps.eightBitMime()) {
        m_session.emitEvent(TranscriptEvent::Kind::Info,
            Text::tr("The message has 8-bit content but the server does not announce 8BITMIME; "
                           "sending it unchanged."));
    }

    if (caps.chunking() && caps.pipelining() && m_session.m_server.allowChunking)
        m_transfer = message.messageSize >= 0 && message.messageSize <= kInlineBdatLimit
            ? Transfer::BdatInGroup
            : Transfer::BdatAfterEnvelope;
    else
        m_transfer = Transfer::Data;

    // RFC 3461 §4: the DSN parameters only go to a server that offers DSN.
    // One that does not would refuse them (RFC 5321 §4.1.1.11, 555), so
    // the message goes without, and the person is told that it did.
    const bool dsn = message.dsn.requested() && caps.dsn();
    if (message.dsn.requested() && !caps.dsn()) {
        m_current.dsnDropped = true;
        m_session.emitEvent(TranscriptEvent::Kind::Info,
            Text::tr("The server does not offer delivery reports (DSN); the message is sent without asking "
                     "for one."));
    }
    if (dsn)
        m_current.envid = message.dsn.envid;

    QByteArray mail = "MAIL FROM:<" + from.wire + '>';
    if (caps.size() && message.messageSize >= 0)
        mail += " SIZE=" + QByteArray::number(message.messageSize);
    if (message.eightBit && caps.eightBitMime())
        mail += " BODY=8BITMIME"; // RFC 6152 §3
    if (needsUtf8)
        mail += " SMTPUTF8"; // RFC 6531 §3.4
    if (dsn)
        mail += message.dsn.mailParameters();
    commands.queue(mail, Phase::Mail, timeouts.mail, [this](const Reply &r) { onMailReply(r); });
    for (int i = 0; i < rcpts.size(); ++i) {
        const QByteArray params
            = dsn ? message.dsn.rcptParameters(message.recipients.at(i), rcpts.at(i).wire, needsUtf8) : QByteArray();
        commands.queue("RCPT TO:<" + rcpts.at(i).wire + '>' + params, Phase::Rcpt, timeouts.rcpt,
            [this, i](const Reply &r) { onRcptReply(i, r); });
    }
    switch (m_transfer) {
    case Transfer::Data:
        commands.queue("DATA", Phase::Data, timeouts.dataInit, [this](const Reply &r) { onDataReply(r); });
        break;
    case Transfer::BdatInGroup:
        // RFC 3030 §4.2: BDAT needs no go-ahead, so the content follows
        // the envelope in the same group.
        m_upload->start();
        break;
    case Transfer::BdatAfterEnvelope:
        break; // the upload starts once the RCPT replies are in
    }
}

void MailTransaction::onMailReply(const Reply &reply)
{
    if (reply.isPositive())
        return;
    m_envelope = Envelope::Refused;
    m_current.failure = Failure { Phase::Mail, NetworkFault::None, reply,
        Text::tr("The server refused the sender: %1").arg(reply.summary()), {} };
    if (!m_session.m_commands->canPipeline()) {
        // Without PIPELINING nothing else of this transaction was sent yet.
        m_session.m_commands->dropUnsent();
        finishMessage(SendResult::Status::Failed);
    }
}

void MailTransaction::onRcptReply(int index, const Reply &reply)
{
    RecipientResult &result = m_current.recipients[index];
    result.reply = reply;
    // RFC 5321 §4.2.5: 250 and 251 accept the recipient.
    result.accepted = reply.code == 250 || reply.code == 251;
    if (!result.accepted && m_envelope == Envelope::Open) {
        m_session.emitEvent(TranscriptEvent::Kind::Info,
            //: %1 is an email address; %2 is the server's reply
            Text::tr("Recipient %1 refused: %2").arg(result.address, reply.summary()));
    }
    if (index != m_current.recipients.size() - 1)
        return;
    if (m_envelope == Envelope::Open && m_current.accepted().isEmpty()) {
        m_envelope = Envelope::Refused;
        m_current.failure = Failure { Phase::Rcpt, NetworkFault::None, m_current.recipients.first().reply,
            Text::tr("The server refused every recipient."), {} };
    }
    switch (m_transfer) {
    case Transfer::Data:
        if (m_envelope == Envelope::Refused && !m_session.m_commands->canPipeline()) {
            m_session.m_commands->dropUnsent(); // DATA was not sent yet: nobody would receive it
            finishMessage(SendResult::Status::Failed);
        }
        break; // with PIPELINING, the reply to DATA settles it
    case Transfer::BdatAfterEnvelope:
        if (m_envelope == Envelope::Refused)
            finishMessage(SendResult::Status::Failed);
        else
            m_upload->start();
        break;
    case Transfer::BdatInGroup:
        break; // the reply to BDAT LAST settles it
    }
}

void MailTransaction::onDataReply(const Reply &reply)
{
    if (m_envelope == Envelope::Refused) {
        if (reply.code == 354) {
            // RFC 2920 §3.1: DATA went out in the same group as the refused
            // commands and the server still said 354; end the (empty) data
            // so the server rejects the transaction.
            m_session.m_commands->expect({ Phase::FinalReply, m_session.m_server.timeouts.finalDot,
                [this](const Reply &) { finishMessage(SendResult::Status::Failed); } });
            m_session.emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("."));
            m_session.m_socket->write(".\r\n");
            m_session.armTimer();
            return;
        }
        finishMessage(SendResult::Status::Failed);
        return;
    }
    if (reply.code != 354) {
        m_current.failure = Failure { Phase::Data, NetworkFault::None, reply,
            Text::tr("The server refused DATA: %1").arg(reply.summary()), {} };
        finishMessage(SendResult::Status::Failed);
        return;
    }
    m_upload->start();
}

qint64 MailTransaction::progressTotal() const
{
    const OutgoingMessage &message = m_session.m_messages.at(m_index);
    return m_transfer == Transfer::Data ? message.wireSize : message.messageSize;
}

void MailTransaction::onFinalReply(const Reply &reply)
{
    m_upload->onFinalReply();
    if (m_envelope == Envelope::Refused) {
        finishMessage(SendResult::Status::Failed); // the envelope's failure stands
        return;
    }
    m_current.finalReply = reply;
    if (!reply.isPositive()) {
        m_current.failure = Failure { Phase::FinalReply, NetworkFault::None, reply,
            Text::tr("The server refused the message: %1").arg(reply.summary()), {} };
        finishMessage(SendResult::Status::Failed);
        return;
    }
    const bool everyone = m_current.refused().isEmpty();
    finishMessage(everyone ? SendResult::Status::Sent : SendResult::Status::Partial);
}

void MailTransaction::finishMessage(SendResult::Status status)
{
    m_current.status = status;
    // The login was refused with this transaction sent behind it: a server
    // that refused the message did so for want of the login, and that is
    // what the person must fix (the password), not the sender or a
    // recipient. One that accepted it anyway has it: it is sent.
    const std::optional<Failure> refusal = m_session.m_loginRefusal;
    if (refusal && status == SendResult::Status::Failed)
        m_current.failure = *refusal;
    if (m_current.failure) {
        m_current.failure->host = m_session.m_server.host;
        if (!refusal || m_current.failure->message != refusal->message)  // said when it came
            m_session.emitEvent(TranscriptEvent::Kind::Error, m_current.failure->message);
    }
    const int index = m_index;
    const SendResult result = m_current;
    m_session.m_report.messages.append(result);
    m_upload->release();
    // The server has answered for a message: it is ready, and the opening
    // deadline no longer applies to this connection.
    m_session.m_opened = true;
    emit m_session.messageFinished(index, result);
    if (m_session.m_state == SubmissionSession::State::Finished)
        return;
    const bool more = m_index + 1 < m_session.m_messages.size();
    if (refusal && (more || status == SendResult::Status::Failed)) {
        // Nothing more goes out on a connection whose login was refused.
        m_session.fail(refusal->phase, refusal->fault, refusal->message, refusal->reply);
        return;
    }
    // A transaction that got as far as MAIL must be reset before the next
    // (RFC 5321 §4.1.1.5); a local refusal before MAIL left nothing open.
    const bool opened
        = !(m_current.failure && m_current.failure->phase == Phase::Mail && !m_current.failure->reply);
    if (status == SendResult::Status::Failed && more && opened
        && m_session.m_socket->state() == QAbstractSocket::ConnectedState) {
        m_session.setState(SubmissionSession::State::Transaction);
        m_session.m_commands->queue(
            "RSET", Phase::Mail, m_session.m_server.timeouts.command, [this](const Reply &r) {
                if (!r.isPositive()) {
                    m_session.fail(Phase::Mail, NetworkFault::None,
                        Text::tr("The server refused RSET: %1").arg(r.summary()), r);
                    return;
                }
                nextMessage();
            });
        return;
    }
    nextMessage();
}

void MailTransaction::abandon(const Failure &failure, bool answered)
{
    const QList<OutgoingMessage> &messages = m_session.m_messages;
    SessionReport &report = m_session.m_report;
    const bool inTransaction = m_index >= 0 && m_index < messages.size() && report.messages.size() == m_index;
    if (inTransaction) {
        m_current.failure = failure;
        m_current.status = SendResult::Status::Failed;
        // A reply (even 421) settles the outcome; only silence leaves it open.
        m_current.uncertain = m_upload->endSent() && !answered;
        // Replies come back in the order of the commands (RFC 2920 §3.1):
        // with PIPELINING the end of the message can be on the wire while
        // the replies to MAIL FROM and RCPT TO are still unread. What the
        // failure leaves open for this message is then its final reply, and
        // with it whether it was taken (RFC 5321 §4.1.1.4), not the step
        // the next reply was for. (The messages after it keep the session's
        // phase: they were never sent and may go on another connection.)
        if (m_current.uncertain && m_current.failure->phase != Phase::FinalReply) {
            m_current.failure->phase = Phase::FinalReply;
            if (m_current.failure->fault == NetworkFault::RemoteClosed && !m_current.failure->reply)
                m_current.failure->message = SubmissionSession::tr("The server closed the connection %1.")
                                                 .arg(phaseDescription(Phase::FinalReply));
        }
        if (m_current.uncertain) {
            m_session.emitEvent(TranscriptEvent::Kind::Error,
                Text::tr("The whole message had been sent when this happened: the server may "
                               "have accepted it. It must not be sent again without checking."));
        }
        report.messages.append(m_current);
        emit m_session.messageFinished(m_index, m_current);
    }
    for (int i = report.messages.size(); i < messages.size(); ++i) {
        SendResult notSent;
        notSent.attempted = false;
        notSent.failure = failure;
        for (const QString &address : messages.at(i).recipients)
            notSent.recipients.append({ address, false, Reply() });
        report.messages.append(notSent);
        emit m_session.messageFinished(i, notSent);
    }
    m_index = messages.size();
    m_upload->forgetEnd();
}

} // namespace stamp
