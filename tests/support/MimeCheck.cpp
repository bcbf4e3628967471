// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MimeCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QUrl>

namespace stamp::test {

namespace {
// RFC 2046 §4.1.1: text comes back with a final line break, whatever the
// reader's own line ends are.
QString canonical(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!t.isEmpty() && !t.endsWith(QLatin1Char('\n')))
        t += QLatin1Char('\n');
    return t;
}

// [display name, address as written, address with a Unicode domain]:
// Python gives back what was written, GMime shows U-labels.
QJsonArray mailbox(const Address &a, bool utf8)
{
    const QString written
        = utf8 ? a.addrSpec() : a.quotedLocalPart() + QLatin1Char('@') + QString::fromLatin1(a.asciiDomain());
    const QString unicode
        = a.quotedLocalPart() + QLatin1Char('@') + QUrl::fromAce(a.asciiDomain(), QUrl::IgnoreIDNWhitelist);
    return { a.displayName().trimmed(), written, unicode };
}

QJsonArray mailboxes(const AddressList &list, bool utf8)
{
    QJsonArray array;
    for (const Address &a : list.mailboxes())
        array.append(mailbox(a, utf8));
    return array;
}
} // namespace

QJsonObject mimeExpectation(const Message &m, bool utf8)
{
    QJsonObject expect;
    expect[QStringLiteral("subject")] = m.subject.trimmed();
    expect[QStringLiteral("from")] = mailbox(m.from, utf8);
    expect[QStringLiteral("to")] = mailboxes(m.to, utf8);
    expect[QStringLiteral("cc")] = mailboxes(m.cc, utf8);
    expect[QStringLiteral("reply_to")] = mailboxes(m.replyTo, utf8);
    QJsonArray groups;
    for (const AddressEntry &entry : m.to.entries()) {
        if (entry.isGroup)
            groups.append(entry.groupName);
    }
    expect[QStringLiteral("to_groups")] = groups;
    QJsonArray bcc;
    for (const Address &a : m.bcc.mailboxes())
        bcc.append(QString::fromUtf8(a.envelopeForm()));
    expect[QStringLiteral("bcc")] = bcc;
    // MessageWriter writes an empty text part only when nothing else
    // carries the message.
    const bool hasText = !m.textBody.isEmpty() || (m.htmlBody.isEmpty() && m.attachments.isEmpty());
    expect[QStringLiteral("text")] = hasText ? QJsonValue(canonical(m.textBody)) : QJsonValue();
    expect[QStringLiteral("html")] = m.htmlBody.isEmpty() ? QJsonValue() : QJsonValue(canonical(m.htmlBody));
    QJsonArray attachments;
    for (const Message::Attachment &a : m.attachments) {
        attachments.append(QJsonObject {
            { QStringLiteral("filename"), a.fileName.isEmpty() ? QFileInfo(a.path).fileName() : a.fileName },
            { QStringLiteral("path"), a.path } });
    }
    expect[QStringLiteral("attachments")] = attachments;
    QJsonArray headers;
    for (const Message::ExtraHeader &h : m.extraHeaders)
        headers.append(QJsonArray { h.name, h.value.trimmed() });
    expect[QStringLiteral("headers")] = headers;
    expect[QStringLiteral("message_id_domain")] = QString::fromLatin1(m.from.asciiDomain());
    expect[QStringLiteral("eight_bit")] = utf8;
    return expect;
}

QJsonObject mimeCase(const QString &name, const QString &emlPath, const QJsonObject &expectation)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("eml"), emlPath },
        { QStringLiteral("expect"), expectation } };
}

bool writeMimeManifest(const QString &path, const QJsonArray &cases)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("cases"), cases } }).toJson();
    return f.write(json) == json.size();
}

QString runMimeChecker(const QString &script, const QString &manifest, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
        QStringLiteral("/usr/bin/python3"), { QStringLiteral(STAMP_SUPPORT_DIR "/") + script, manifest });
    if (!process.waitForFinished(120000)) {
        *exitCode = -1;
        return process.errorString();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

} // namespace stamp::test
