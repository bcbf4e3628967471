// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutboxRecord.h"

#include "smtp/ReportJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace stamp {

namespace {
const QString kVersion = QStringLiteral("version");

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString recipientStatusId(OutboxRecord::Recipient::Status status)
{
    switch (status) {
    case OutboxRecord::Recipient::Status::Accepted:
        return QStringLiteral("accepted");
    case OutboxRecord::Recipient::Status::Refused:
        return QStringLiteral("refused");
    case OutboxRecord::Recipient::Status::Pending:
        break;
    }
    return QStringLiteral("pending");
}

std::optional<Reply> replyFromJson(const QJsonObject &json)
{
    if (json.isEmpty())
        return std::nullopt;
    Reply reply;
    reply.code = json.value(QStringLiteral("code")).toInt();
    EnhancedStatus::parse(json.value(QStringLiteral("enhanced")).toString().toLatin1(), &reply.enhanced);
    reply.lines = json.value(QStringLiteral("text")).toString().toUtf8().split('\n');
    return reply;
}

QJsonObject timeoutsToJson(const Timeouts &t)
{
    return {{QStringLiteral("connect"), t.connect},   {QStringLiteral("greeting"), t.greeting},
            {QStringLiteral("command"), t.command},   {QStringLiteral("mail"), t.mail},
            {QStringLiteral("rcpt"), t.rcpt},         {QStringLiteral("dataInit"), t.dataInit},
            {QStringLiteral("dataBlock"), t.dataBlock}, {QStringLiteral("finalDot"), t.finalDot},
            {QStringLiteral("quit"), t.quit},         {QStringLiteral("opening"), t.opening}};
}

Timeouts timeoutsFromJson(const QJsonObject &json)
{
    Timeouts t;
    auto read = [&json](const char *key, int &field) { field = json.value(QLatin1String(key)).toInt(field); };
    read("connect", t.connect);
    read("greeting", t.greeting);
    read("command", t.command);
    read("mail", t.mail);
    read("rcpt", t.rcpt);
    read("dataInit", t.dataInit);
    read("dataBlock", t.dataBlock);
    read("finalDot", t.finalDot);
    read("quit", t.quit);
    read("opening", t.opening);
    return t;
}
}  // namespace

QStringList OutboxRecord::pendingRecipients() const
{
    QStringList list;
    for (const Recipient &r : recipients) {
        if (r.status != Recipient::Status::Accepted)
            list << r.address;
    }
    return list;
}

QString OutboxRecord::accountKey() const
{
    if (!accountId.isEmpty())
        return accountId;
    if (!account.isEmpty())
        return account;
    return groupKey();
}

QString OutboxRecord::groupKey() const
{
    // One group per account, known by its stable id where the record has it.
    if (!accountId.isEmpty())
        return QStringLiteral("account-id:") + accountId;
    if (!account.isEmpty())
        return QStringLiteral("account:") + account;
    return QStringLiteral("server:%1:%2:%3:%4")
        .arg(server.host, QString::number(server.effectivePort()), securityModeId(server.security), username);
}

bool OutboxRecord::isDue(const QDateTime &now) const
{
    if (notBefore.isValid() && notBefore > now)
        return false;
    if (holdUntil.isValid() && holdUntil > now)
        return false;
    if (state == State::Queued)
        return true;
    return state == State::Deferred && (!nextTry.isValid() || nextTry <= now);
}

bool OutboxRecord::isHeld(const QDateTime &now) const
{
    return state == State::Queued && holdUntil.isValid() && holdUntil > now;
}

QDateTime OutboxRecord::dueAt() const
{
    if (state != State::Queued && state != State::Deferred)
        return {};
    QDateTime at;
    for (const QDateTime &t : {notBefore, holdUntil, state == State::Deferred ? nextTry : QDateTime()}) {
        if (t.isValid() && (!at.isValid() || t > at))
            at = t;
    }
    return at;
}

QString OutboxRecord::stateId(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Deferred:
        return QStringLiteral("deferred");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QStringLiteral("queued");
}

std::optional<OutboxRecord::State> OutboxRecord::parseState(const QString &id)
{
    for (State s : {State::Queued, State::Sending, State::Sent, State::Deferred, State::Failed, State::Uncertain}) {
        if (stateId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString OutboxRecord::stateTitle(State state)
{
    switch (state) {
    case State::Queued:
        return QCoreApplication::translate("Outbox", "queued");
    case State::Sending:
        return QCoreApplication::translate("Outbox", "sending");
    case State::Sent:
        return QCoreApplication::translate("Outbox", "sent");
    case State::Deferred:
        return QCoreApplication::translate("Outbox", "deferred");
    case State::Failed:
        return QCoreApplication::translate("Outbox", "failed");
    case State::Uncertain:
        return QCoreApplication::translate("Outbox", "uncertain");
    }
    return {};
}

std::optional<Failure> OutboxRecord::failure() const
{
    const QJsonValue failure = lastResult.value(QStringLiteral("failure"));
    if (!failure.isObject())
        return std::nullopt;
    return Failure::fromJson(failure.toObject());
}

QJsonObject OutboxRecord::toJson() const
{
    QJsonObject o;
    o[kVersion] = version;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("state")] = stateId(state);
    o[QStringLiteral("created")] = isoTime(created);
    o[QStringLiteral("updated")] = isoTime(updated);
    if (notBefore.isValid())
        o[QStringLiteral("notBefore")] = isoTime(notBefore);
    if (nextTry.isValid())
        o[QStringLiteral("nextTry")] = isoTime(nextTry);
    if (holdUntil.isValid())
        o[QStringLiteral("holdUntil")] = isoTime(holdUntil);
    o[QStringLiteral("attempts")] = attempts;
    o[QStringLiteral("reason")] = reason;
    o[QStringLiteral("subject")] = subject;
    o[QStringLiteral("size")] = size;
    if (messageSize >= 0 && wireSize >= 0) {
        o[QStringLiteral("measured")] = QJsonObject{{QStringLiteral("messageSize"), messageSize},
                                                    {QStringLiteral("wireSize"), wireSize},
                                                    {QStringLiteral("eightBit"), eightBit}};
    }
    o[QStringLiteral("from")] = from;
    o[QStringLiteral("smtpUtf8")] = smtpUtf8;
    if (dsn.requested())
        o[QStringLiteral("dsn")] = dsn.toJson();
    QJsonArray rcpts;
    for (const Recipient &r : recipients) {
        QJsonObject item{{QStringLiteral("address"), r.address}, {QStringLiteral("status"), recipientStatusId(r.status)}};
        if (r.reply && r.reply->isValid())
            item[QStringLiteral("reply")] = ReportJson::reply(*r.reply);
        rcpts.append(item);
    }
    o[QStringLiteral("recipients")] = rcpts;
    if (!account.isEmpty())
        o[QStringLiteral("account")] = account;
    if (!accountId.isEmpty())
        o[QStringLiteral("accountId")] = accountId;
    if (!draftId.isEmpty())
        o[QStringLiteral("draftId")] = draftId;
    if (offline)
        o[QStringLiteral("offline")] = true;
    if (offlineSince.isValid())
        o[QStringLiteral("offlineSince")] = isoTime(offlineSince);
    if (offlineSecs > 0)
        o[QStringLiteral("offlineSecs")] = offlineSecs;
    if (unreachableSince.isValid())
        o[QStringLiteral("unreachableSince")] = isoTime(unreachableSince);
    QJsonObject s;
    s[QStringLiteral("host")] = server.host;
    s[QStringLiteral("port")] = server.port;
    s[QStringLiteral("security")] = securityModeId(server.security);
    s[QStringLiteral("helo")] = server.heloName;
    s[QStringLiteral("caFile")] = server.caFile;
    s[QStringLiteral("pinSha256")] = server.pinnedSha256;
    s[QStringLiteral("allowPlaintextAuth")] = server.allowPlaintextAuth;
    s[QStringLiteral("allowChunking")] = server.allowChunking;
    s[QStringLiteral("timeouts")] = timeoutsToJson(server.timeouts);
    o[QStringLiteral("server")] = s;
    o[QStringLiteral("auth")] = QJsonObject{{QStringLiteral("method"), sasl::methodId(authMethod)},
                                            {QStringLiteral("username"), username}};
    o[QStringLiteral("uploadStarted")] = uploadStarted;
    if (!lastResult.isEmpty())
        o[QStringLiteral("lastResult")] = lastResult;
    return o;
}

std::optional<OutboxRecord> OutboxRecord::fromJson(const QJsonObject &json)
{
    OutboxRecord r;
    r.version = json.value(kVersion).toInt();
    const std::optional<State> state = parseState(json.value(QStringLiteral("state")).toString());
    r.id = json.value(QStringLiteral("id")).toString();
    if (r.version != 1 || !state || r.id.isEmpty())
        return std::nullopt;
    r.state = *state;
    r.created = parseTime(json.value(QStringLiteral("created")));
    r.updated = parseTime(json.value(QStringLiteral("updated")));
    r.notBefore = parseTime(json.value(QStringLiteral("notBefore")));
    r.nextTry = parseTime(json.value(QStringLiteral("nextTry")));
    r.holdUntil = parseTime(json.value(QStringLiteral("holdUntil")));
    r.attempts = json.value(QStringLiteral("attempts")).toInt();
    r.reason = json.value(QStringLiteral("reason")).toString();
    r.subject = json.value(QStringLiteral("subject")).toString();
    r.size = json.value(QStringLiteral("size")).toInteger();
    const QJsonObject measured = json.value(QStringLiteral("measured")).toObject();
    r.messageSize = measured.value(QStringLiteral("messageSize")).toInteger(-1);
    r.wireSize = measured.value(QStringLiteral("wireSize")).toInteger(-1);
    r.eightBit = measured.value(QStringLiteral("eightBit")).toBool();
    r.from = json.value(QStringLiteral("from")).toString();
    r.smtpUtf8 = json.value(QStringLiteral("smtpUtf8")).toBool();
    r.dsn = DsnRequest::fromJson(json.value(QStringLiteral("dsn")).toObject());  // absent in older records
    for (const QJsonValue &v : json.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject item = v.toObject();
        Recipient rcpt;
        rcpt.address = item.value(QStringLiteral("address")).toString();
        const QString status = item.value(QStringLiteral("status")).toString();
        rcpt.status = status == QLatin1String("accepted") ? Recipient::Status::Accepted
                      : status == QLatin1String("refused") ? Recipient::Status::Refused
                                                           : Recipient::Status::Pending;
        rcpt.reply = replyFromJson(item.value(QStringLiteral("reply")).toObject());
        r.recipients << rcpt;
    }
    r.account = json.value(QStringLiteral("account")).toString();
    r.accountId = json.value(QStringLiteral("accountId")).toString();
    r.draftId = json.value(QStringLiteral("draftId")).toString();
    r.offline = json.value(QStringLiteral("offline")).toBool();
    r.offlineSince = parseTime(json.value(QStringLiteral("offlineSince")));
    r.offlineSecs = json.value(QStringLiteral("offlineSecs")).toInteger();
    r.unreachableSince = parseTime(json.value(QStringLiteral("unreachableSince")));
    const QJsonObject s = json.value(QStringLiteral("server")).toObject();
    r.server.host = s.value(QStringLiteral("host")).toString();
    r.server.port = static_cast<quint16>(s.value(QStringLiteral("port")).toInt());
    r.server.security = parseSecurityMode(s.value(QStringLiteral("security")).toString()).value_or(SecurityMode::StartTls);
    r.server.heloName = s.value(QStringLiteral("helo")).toString();
    r.server.caFile = s.value(QStringLiteral("caFile")).toString();
    r.server.pinnedSha256 = s.value(QStringLiteral("pinSha256")).toString();
    r.server.allowPlaintextAuth = s.value(QStringLiteral("allowPlaintextAuth")).toBool();
    r.server.allowChunking = s.value(QStringLiteral("allowChunking")).toBool(true);
    r.server.timeouts = timeoutsFromJson(s.value(QStringLiteral("timeouts")).toObject());
    const QJsonObject auth = json.value(QStringLiteral("auth")).toObject();
    r.authMethod = sasl::parseAuthMethod(auth.value(QStringLiteral("method")).toString()).value_or(sasl::AuthMethod::None);
    r.username = auth.value(QStringLiteral("username")).toString();
    r.uploadStarted = json.value(QStringLiteral("uploadStarted")).toBool();
    r.lastResult = json.value(QStringLiteral("lastResult")).toObject();
    return r;
}

}  // namespace stamp
