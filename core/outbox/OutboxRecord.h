// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/SessionTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace stamp {

// What the outbox knows about one queued message, stored next to its
// rendered file as JSON. It holds the server settings and the user name
// but never a secret: the secret comes from the keychain (saved accounts)
// or is given again when the queue is flushed.
struct OutboxRecord
{
    enum class State {
        Queued,     // waiting for its turn (or for notBefore)
        Sending,    // a dispatcher holds it right now
        Sent,       // every recipient accepted
        Deferred,   // a temporary failure: tried again at nextTry
        Failed,     // a permanent failure: see failure(); `retry` to try again
        Uncertain,  // the end of the message went out, no reply came back:
                    // it may have been delivered, so it is never resent on its own
    };

    struct Recipient
    {
        enum class Status { Pending, Accepted, Refused };
        QString address;
        Status status = Status::Pending;
        std::optional<Reply> reply;
    };

    int version = 1;
    QString id;
    State state = State::Queued;
    QDateTime created;
    QDateTime updated;
    QDateTime notBefore;  // send later: not before this time (null: at once)
    QDateTime nextTry;    // deferred: the next attempt
    // Undo send: the message waits until this time, and until then the
    // person may take it back (Outbox::takeBack). Null: no hold.
    QDateTime holdUntil;
    int attempts = 0;
    QString reason;       // one line for a person: why it is in this state
    QString subject;      // for listings only
    qint64 size = 0;      // of the rendered message file
    // The rendered file as SMTP carries it (DotStuffer::measure), taken
    // once when it is queued: SIZE (RFC 1870 §3), the bytes DATA puts on
    // the wire and whether it needs 8BITMIME (RFC 6152). A send then need
    // not read the whole file on the thread that runs the session, which
    // is a window's. -1: not measured (queued by an older version).
    qint64 messageSize = -1;
    qint64 wireSize = -1;
    bool eightBit = false;

    QString from;
    QList<Recipient> recipients;
    bool smtpUtf8 = false;  // the message has UTF-8 headers (RFC 6532)
    // The delivery report asked for (RFC 3461), with its ENVID; kept so a
    // retry asks for the same and the Sent item can show it.
    DsnRequest dsn;

    // Either a saved account (by name, and by Account::id when the
    // sender knew it) or an ad-hoc server.
    QString account;
    QString accountId;
    ServerSettings server;
    sasl::AuthMethod authMethod = sasl::AuthMethod::None;
    QString username;

    // Persisted just before the first byte of the content is written to the
    // socket: a crash after this point may have delivered the message.
    bool uploadStarted = false;
    QJsonObject lastResult;  // ReportJson::sendResult of the last attempt
    // The last attempt's failure, as facts (phase, fault, reply, TLS
    // errors); a front end explains it when it shows it, so the words
    // follow the language and catalogue of that moment.
    std::optional<Failure> failure() const;

    // The composer's draft this message was made from, so a message taken
    // back during its undo hold reopens as it was typed. Empty: none.
    QString draftId;

    // Deferred because there was no network at all. Such attempts do not
    // count: no back-off escalation, and the time spent offline is not part
    // of the give-up time (RetryPolicy). `offlineSince` is set while it
    // lasts; `offlineSecs` adds up earlier spells.
    bool offline = false;
    QDateTime offlineSince;
    qint64 offlineSecs = 0;
    // Deferred because the server could not be reached (refused, timed
    // out, unreachable, dropped before it greeted): since when, kept over
    // the retries of one spell so the person is told once, not at each.
    QDateTime unreachableSince;

    QStringList pendingRecipients() const;  // not accepted yet
    // Messages with the same key can share one connection.
    QString groupKey() const;
    // Who the message is sent as: the account's id, else its name, else
    // the ad-hoc server (groupKey()).
    QString accountKey() const;
    bool isDue(const QDateTime &now) const;
    // Queued and inside its undo hold: it can still be taken back.
    bool isHeld(const QDateTime &now) const;
    // The next time this record becomes due (hold, send-later, next try);
    // null when it never becomes due on its own (sent, failed, uncertain,
    // sending) or is due already.
    QDateTime dueAt() const;

    QJsonObject toJson() const;
    // nullopt when `json` is not a record this version understands.
    static std::optional<OutboxRecord> fromJson(const QJsonObject &json);

    static QString stateId(State state);
    static std::optional<State> parseState(const QString &id);
    static QString stateTitle(State state);  // translated, for people
};

}  // namespace stamp
