// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportJson.h"

#include <QJsonArray>

namespace stamp::ReportJson {

QJsonObject reply(const Reply &r)
{
    QJsonObject o;
    o[QStringLiteral("code")] = r.code;
    if (r.enhanced.isValid())
        o[QStringLiteral("enhanced")] = r.enhanced.toString();
    o[QStringLiteral("text")] = r.text();
    return o;
}

QJsonObject failure(const Failure &f)
{
    return f.toJson();
}

QJsonObject certificate(const CertificateSummary &c)
{
    QJsonObject o;
    o[QStringLiteral("subject")] = c.subject;
    o[QStringLiteral("issuer")] = c.issuer;
    o[QStringLiteral("altNames")] = QJsonArray::fromStringList(c.altNames);
    o[QStringLiteral("notBefore")] = c.notBefore.toString(Qt::ISODate);
    o[QStringLiteral("notAfter")] = c.notAfter.toString(Qt::ISODate);
    o[QStringLiteral("sha256")] = c.sha256;
    return o;
}

QJsonObject tls(const TlsReport &t)
{
    QJsonObject o;
    o[QStringLiteral("encrypted")] = t.encrypted;
    if (!t.attempted)
        return o;
    o[QStringLiteral("protocol")] = t.protocol;
    o[QStringLiteral("cipher")] = t.cipher;
    if (!t.peer.isNull())
        o[QStringLiteral("certificate")] = certificate(t.peer);
    QJsonArray chain;
    for (const CertificateSummary &c : t.chain)
        chain.append(certificate(c));
    o[QStringLiteral("chain")] = chain;
    o[QStringLiteral("verificationErrors")] = QJsonArray::fromStringList(t.errorTexts);
    o[QStringLiteral("trustedByPin")] = t.acceptedByPin;
    return o;
}

QJsonObject capabilities(const Capabilities &caps)
{
    QJsonObject o;
    o[QStringLiteral("esmtp")] = caps.isEsmtp();
    QJsonArray keywords;
    for (const QByteArray &k : caps.keywords())
        keywords.append(QString::fromLatin1(k));
    o[QStringLiteral("extensions")] = keywords;
    QStringList auth;
    for (const QByteArray &m : caps.authMechanisms())
        auth << QString::fromLatin1(m);
    auth.sort();
    o[QStringLiteral("auth")] = QJsonArray::fromStringList(auth);
    if (caps.size())
        o[QStringLiteral("sizeLimit")] = caps.sizeLimit();
    return o;
}

QJsonObject sendResult(const SendResult &r)
{
    QJsonObject o;
    o[QStringLiteral("status")] = SendResult::statusId(r.status);
    QJsonArray accepted;
    QJsonArray refused;
    for (const RecipientResult &rcpt : r.recipients) {
        QJsonObject item;
        item[QStringLiteral("address")] = rcpt.address;
        if (rcpt.reply.isValid())
            item[QStringLiteral("reply")] = reply(rcpt.reply);
        (rcpt.accepted ? accepted : refused).append(item);
    }
    o[QStringLiteral("accepted")] = accepted;
    o[QStringLiteral("refused")] = refused;
    if (r.finalReply)
        o[QStringLiteral("finalReply")] = reply(*r.finalReply);
    o[QStringLiteral("uncertain")] = r.uncertain;
    if (!r.envid.isEmpty())
        o[QStringLiteral("envid")] = r.envid;
    if (r.dsnDropped)
        o[QStringLiteral("dsnDropped")] = true;
    if (r.failure)
        o[QStringLiteral("failure")] = failure(*r.failure);
    return o;
}

}  // namespace stamp::ReportJson
