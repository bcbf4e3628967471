// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SessionTypes.h"
#include "Transcript.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace stamp {

class SubmissionSession;

// Sends many messages for one account over as few authenticated
// connections as possible: one SubmissionSession carries up to
// maxMessagesPerConnection messages (RSET only after a failed
// transaction); when the server closes a connection early (421, a dropped
// connection, a server-side cap on messages per session), the messages it
// had not taken are sent on a new connection. A message whose end was
// already sent when the connection dropped is never sent again: it is
// reported as uncertain. This is the API the outbox uses.
class SubmissionBatch : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        // Many providers end a session after about 100 messages; staying
        // under that avoids a 421 in the middle of the queue.
        int maxMessagesPerConnection = 50;
        // Connections that end with nothing delivered before giving up
        // (the server is refusing us, not closing a long session).
        int maxFruitlessConnections = 2;
    };

    explicit SubmissionBatch(QObject *parent = nullptr);
    ~SubmissionBatch() override;

    void setServer(const ServerSettings &server) { m_server = server; }
    void setAuth(const AuthSettings &auth) { m_auth = auth; }
    void setLimits(const Limits &limits) { m_limits = limits; }

    void start(const QList<OutgoingMessage> &messages);
    void cancel();
    // A connection is still closing after finished(): its QUIT and the
    // server's 221 are on their way (RFC 5321 §4.1.1.10).
    bool isClosing() const { return m_open > 0; }

signals:
    void transcript(const stamp::TranscriptEvent &event);
    void progress(int messageIndex, qint64 sent, qint64 total);
    // A message's outcome is final (it will not be tried again in this batch).
    void messageFinished(int messageIndex, const stamp::SendResult &result);
    void finished(const stamp::SessionReport &report);
    // Every connection the batch opened has closed (after finished()).
    void closed();

private:
    void startSession();
    void onSessionFinished(const SessionReport &report);
    static bool worthAnotherConnection(const SendResult &result);

    ServerSettings m_server;
    AuthSettings m_auth;
    Limits m_limits;
    QList<OutgoingMessage> m_messages;
    QList<int> m_pending;     // indices still to send, in order
    QList<int> m_inSession;   // indices the current session carries
    QList<qint64> m_startPositions;  // where each body starts in its device
    QSet<int> m_reported;            // messageFinished already emitted
    SessionReport m_report;   // messages indexed like m_messages
    QPointer<SubmissionSession> m_session;
    int m_fruitless = 0;  // connections in a row that delivered nothing
    QDeadlineTimer m_openingDeadline;
    int m_open = 0;  // sessions whose connection has not closed yet
    bool m_cancelled = false;
};

}  // namespace stamp
