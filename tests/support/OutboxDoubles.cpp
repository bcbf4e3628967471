// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutboxDoubles.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace stamp::test {

QByteArray outboxTestMessage(const QString &messageId, const QString &subject)
{
    return "From: alice@example.com\r\nTo: bob@example.net\r\nSubject: " + subject.toUtf8()
           + "\r\nMessage-ID: <" + messageId.toUtf8()
           + ">\r\nDate: Wed, 02 Jan 2030 09:00:00 +0000\r\n\r\nHello from the outbox test.\r\n";
}

QString enqueueForTest(Outbox &outbox, const QByteArray &content, const QString &from, const QStringList &to,
                       const ServerSettings &server, const QDateTime &now, QString *error)
{
    OutboxRecord draft;
    draft.from = from;
    for (const QString &address : to)
        draft.recipients.append({address, OutboxRecord::Recipient::Status::Pending, std::nullopt});
    draft.server = server;
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QString problem;
    const std::optional<OutboxRecord> record = outbox.enqueueCopy(draft, &buffer, now, &problem);
    if (error)
        *error = problem;
    return record ? record->id : QString();
}

int dispatchAllDue(Outbox &outbox, const ServerSettings &server, const Clock &clock, const RetryPolicy &policy,
                   int maxWaitMs)
{
    int claimed = 0;
    const QMap<QString, QStringList> groups = Dispatcher::dueGroups(outbox, clock.now());
    for (const QStringList &ids : groups) {
        Dispatcher dispatcher(outbox);
        dispatcher.setClock(&clock);
        dispatcher.setPolicy(policy);
        QEventLoop loop;
        bool done = false;
        QObject::connect(&dispatcher, &Dispatcher::finished, &loop, [&] {
            done = true;
            loop.quit();
        });
        QTimer::singleShot(maxWaitMs, &loop, &QEventLoop::quit);
        claimed += dispatcher.start(ids, server, {});
        if (!done)
            loop.exec();
    }
    return claimed;
}

QMap<QString, int> messageIdsInDump(const QString &directory)
{
    QMap<QString, int> counts;
    static const QRegularExpression pattern(QStringLiteral("^Message-ID: <([^>]+)>"),
                                            QRegularExpression::MultilineOption
                                                | QRegularExpression::CaseInsensitiveOption);
    const QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(file.readAll()));
        if (m.hasMatch())
            counts[m.captured(1)] += 1;
    }
    return counts;
}

}  // namespace stamp::test
