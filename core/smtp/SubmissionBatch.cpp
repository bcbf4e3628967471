// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SubmissionBatch.h"

#include <QLocale>

#include "SubmissionSession.h"

#include <QIODevice>
#include <QLocale>

namespace stamp {

namespace {
// Less than this left of the opening deadline is not worth a connection.
constexpr qint64 kLeastOpeningMs = 1000;
}

SubmissionBatch::SubmissionBatch(QObject *parent)
    : QObject(parent)
{
}

SubmissionBatch::~SubmissionBatch() = default;

void SubmissionBatch::start(const QList<OutgoingMessage> &messages)
{
    m_messages = messages;
    m_report = SessionReport();
    m_report.connections = 0;
    m_report.messages.resize(messages.size());
    m_reported.clear();
    m_pending.clear();
    m_fruitless = 0;
    m_startPositions.clear();
    for (int i = 0; i < messages.size(); ++i) {
        m_pending << i;
        m_startPositions << (messages.at(i).body ? messages.at(i).body->pos() : 0);
    }
    startSession();
}

void SubmissionBatch::cancel()
{
    m_cancelled = true;
    if (m_session)
        m_session->cancel();
}

void SubmissionBatch::startSession()
{
    m_inSession = m_pending.mid(0, qMax(1, m_limits.maxMessagesPerConnection));
    m_pending = m_pending.mid(m_inSession.size());
    QList<OutgoingMessage> slice;
    for (const int index : std::as_const(m_inSession)) {
        OutgoingMessage message = m_messages.at(index);
        // A message tried before was read (partly) already: start it over.
        if (message.body && !message.body->isSequential())
            message.body->seek(m_startPositions.at(index));
        slice << message;
    }
    ++m_report.connections;
    // A connection after one that delivered nothing shares that one's
    // opening deadline: a server that stalls fails in Timeouts::opening in
    // all, however many connections it took. After progress, a fresh one.
    if (m_fruitless == 0)
        m_openingDeadline = QDeadlineTimer(m_server.timeouts.opening);
    auto *session = new SubmissionSession(this);
    m_session = session;
    session->setServer(m_server);
    session->setOpeningDeadline(m_openingDeadline);
    session->setAuth(m_auth);
    connect(session, &SubmissionSession::transcript, this, &SubmissionBatch::transcript);
    connect(session, &SubmissionSession::progress, this,
            [this](int local, qint64 sent, qint64 total) { emit progress(m_inSession.value(local), sent, total); });
    // A final outcome is reported the moment the session knows it, not when
    // the connection ends: the outbox records it at once, so a crash later
    // in the same connection cannot turn a delivered message into an
    // uncertain one.
    connect(session, &SubmissionSession::messageFinished, this, [this](int local, const SendResult &result) {
        const int index = m_inSession.value(local, -1);
        if (index < 0 || (!m_cancelled && worthAnotherConnection(result)))
            return;
        m_report.messages[index] = result;
        m_reported.insert(index);
        emit messageFinished(index, result);
    });
    connect(session, &SubmissionSession::finished, this, &SubmissionBatch::onSessionFinished);
    // The session lives until its connection has closed (its QUIT may
    // still be on the way when it reports).
    ++m_open;
    connect(session, &SubmissionSession::connectionClosed, session, &QObject::deleteLater);
    connect(session, &SubmissionSession::connectionClosed, this, [this] {
        if (--m_open == 0)
            emit closed();
    });
    session->start(slice);
}

bool SubmissionBatch::worthAnotherConnection(const SendResult &result)
{
    if (result.uncertain || result.status != SendResult::Status::Failed || !result.failure)
        return false;
    if (!result.attempted)
        return true;
    // The server ended the connection before taking the message: it has
    // not got it, so a fresh connection may deliver it (RFC 5321 §3.8).
    const Failure &f = *result.failure;
    if (f.reply)
        return f.reply->code == 421;
    return f.fault == NetworkFault::RemoteClosed || f.fault == NetworkFault::Timeout;
}

void SubmissionBatch::onSessionFinished(const SessionReport &report)
{
    m_session.clear();
    m_report.capabilities = report.capabilities;
    m_report.tls = report.tls;
    if (report.authenticated) {
        m_report.authenticated = true;
        m_report.authMechanism = report.authMechanism;
    }
    m_report.cancelled = m_report.cancelled || report.cancelled;

    bool delivered = false;
    QList<int> again;
    for (int local = 0; local < m_inSession.size(); ++local) {
        const int index = m_inSession.at(local);
        const SendResult result = report.messages.value(local);
        delivered = delivered || result.status != SendResult::Status::Failed;
        if (!m_cancelled && worthAnotherConnection(result)) {
            again << index;
            m_report.messages[index] = result;  // kept in case no connection follows
            continue;
        }
        m_report.messages[index] = result;
        if (!m_reported.contains(index)) {
            m_reported.insert(index);
            emit messageFinished(index, result);
        }
    }
    m_fruitless = delivered ? 0 : m_fruitless + 1;
    m_pending = again + m_pending;

    // Session failures that another connection cannot fix (TLS, AUTH, bad
    // certificate...) end the batch, as does a server that accepts nothing.
    // A reply lost after a message's content (delivery unknown) also ends
    // the batch: a server in that state may do it again to every message
    // behind it, and each would become one more the person must check. The
    // caller (the outbox) defers them instead.
    const bool sessionBroken = report.failure && !report.failure->isTransient()
                               && !(report.failure->reply && report.failure->reply->code == 421);
    // A fresh connection with under a second (a tenth, for short
    // deadlines) of the shared opening deadline left could only fail the
    // same way.
    const qint64 least = qMin<qint64>(kLeastOpeningMs, m_server.timeouts.opening / 10);
    const bool timeLeft = m_fruitless == 0 || m_openingDeadline.remainingTime() >= least;
    if (!m_pending.isEmpty() && !m_cancelled && !sessionBroken && timeLeft
        && m_fruitless < m_limits.maxFruitlessConnections) {
        TranscriptEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.kind = TranscriptEvent::Kind::Connection;
        // Whole sentences, not a fragment appended: word order differs between languages.
        if (m_fruitless > 0)
            //: %2 is a number of seconds with one decimal
            event.text = tr("Opening a new connection for %n more message(s) (%2 s left to get the server ready)",
                nullptr, int(m_pending.size()))
                             .arg(QLocale().toString(m_openingDeadline.remainingTime() / 1000.0, 'f', 1));
        else
            event.text = tr("Opening a new connection for %n more message(s)", nullptr, int(m_pending.size()));
        emit transcript(event);
        startSession();
        return;
    }
    if (report.failure)
        m_report.failure = report.failure;
    for (const int index : std::as_const(m_pending)) {
        if (!m_reported.contains(index)) {
            m_reported.insert(index);
            emit messageFinished(index, m_report.messages.at(index));
        }
    }
    m_pending.clear();
    emit finished(m_report);
}

}  // namespace stamp
