// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SessionTypes.h"

#include <QList>
#include <QString>
#include <memory>

namespace stamp {

class MessageUpload;
class SubmissionSession;

// The session's third part: one mail transaction per message (RFC 5321
// §3.3) with the fewest round trips the server allows, the verdict on each
// recipient and on the message, RSET after a failed transaction, and QUIT
// after the last message. The body itself travels through MessageUpload.
class MailTransaction
{
public:
    // How a message's content travels (see kInlineBdatLimit).
    enum class Transfer { Data, BdatInGroup, BdatAfterEnvelope };

    explicit MailTransaction(SubmissionSession &session);
    ~MailTransaction();

    // Checks every message before anything is sent and measures those whose
    // size is not known yet; an error text when one cannot be sent.
    static QString prepare(QList<OutgoingMessage> &messages);

    // Starts the next message's transaction, or quits after the last.
    void nextMessage();
    // The session failed: the message in progress and every message not
    // yet attempted share `failure`. `answered`: a reply settled it.
    void abandon(const Failure &failure, bool answered);

    // The server has the end of the message and owes its final reply.
    void onFinalReply(const Reply &reply);

    int index() const { return m_index; }
    Transfer transfer() const { return m_transfer; }
    bool envelopeRefused() const { return m_envelope == Envelope::Refused; }
    // The bytes progress() counts for the current message (-1 if unknown).
    qint64 progressTotal() const;
    MessageUpload &upload() { return *m_upload; }

private:
    // Whether the envelope still stands. Once refused (sender, or every
    // recipient), the replies still owed only settle the transaction.
    enum class Envelope { Open, Refused };

    void onMailReply(const Reply &reply);
    void onRcptReply(int index, const Reply &reply);
    void onDataReply(const Reply &reply);
    void finishMessage(SendResult::Status status);

    SubmissionSession &m_session;
    const std::unique_ptr<MessageUpload> m_upload;
    int m_index = -1;
    SendResult m_current;
    Transfer m_transfer = Transfer::Data;
    Envelope m_envelope = Envelope::Open;
};

} // namespace stamp
