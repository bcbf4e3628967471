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
        Failed,     // a permanent failure: see diagnosis; `retry` to try again
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
    int attempts = 0;
    QString reason;       // one line for a person: why it is in this state
    QString subject;      // for listings only
    qint64 size = 0;      // of the rendered message file

    QString from;
    QList<Recipient> recipients;
    bool smtpUtf8 = false;  // the message has UTF-8 headers (RFC 6532)

    // Either a saved account (by name) or an ad-hoc server.
    QString account;
    ServerSettings server;
    sasl::AuthMethod authMethod = sasl::AuthMethod::None;
    QString username;

    // Persisted just before the first byte of the content is written to the
    // socket: a crash after this point may have delivered the message.
    bool uploadStarted = false;
    QJsonObject lastResult;  // ReportJson::sendResult of the last attempt
    QJsonObject diagnosis;   // of the last failure, when there was one

    QStringList pendingRecipients() const;  // not accepted yet
    // Messages with the same key can share one connection.
    QString groupKey() const;
    bool isDue(const QDateTime &now) const;

    QJsonObject toJson() const;
    // nullopt when `json` is not a record this version understands.
    static std::optional<OutboxRecord> fromJson(const QJsonObject &json);

    static QString stateId(State state);
    static std::optional<State> parseState(const QString &id);
    static QString stateTitle(State state);  // translated, for people
};

}  // namespace stamp
