// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SessionTypes.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace stamp {

class SubmissionSession;

// The session's second part: the SASL exchange over the reply stream
// (RFC 4954), with the mechanism the account asks for or the best one
// offered, and the first transaction pipelined behind the mechanism's last
// client message where the server offers PIPELINING (see
// sendTransactionIfDone()). Hands over to MailTransaction once
// authenticated.
class AuthExchange
{
public:
    explicit AuthExchange(SubmissionSession &session);
    ~AuthExchange();

    // Starts the exchange, or goes straight to the messages when the
    // account does not authenticate.
    void authenticate();

private:
    // What follows a successful login: the first transaction, unless it was
    // already sent in the same group as the mechanism's last message.
    enum class AfterLogin { StartTransaction, TransactionAlreadySent };

    void sendAuth();
    void sendTransactionIfDone();
    void sendResponse(const QByteArray &raw);
    void rememberPayload(const QByteArray &raw);
    void onReply(const Reply &reply);
    void cancelExchange(NetworkFault fault, const QString &message);

    SubmissionSession &m_session;
    std::unique_ptr<sasl::SaslMechanism> m_mechanism;
    QByteArray m_mechanismName;
    AfterLogin m_afterLogin = AfterLogin::StartTransaction;
    bool m_sentInitialResponse = false;
};

} // namespace stamp
