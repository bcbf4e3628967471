// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "outbox/Clock.h"
#include "outbox/Dispatcher.h"
#include "outbox/Outbox.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace stamp::test {

// A small RFC 5322 message with a known Message-ID, for outbox tests.
QByteArray outboxTestMessage(const QString &messageId, const QString &subject = QStringLiteral("outbox test"));

// Enqueues `content` with these envelope and server settings; QFAIL-free
// (returns an empty id on failure, with `error` set).
QString enqueueForTest(Outbox &outbox, const QByteArray &content, const QString &from, const QStringList &to,
                       const ServerSettings &server, const QDateTime &now, QString *error = nullptr);

// Runs one Dispatcher over every due group of `outbox`, sending each group
// to `server` (the test's peer) and waiting until it has finished (bounded).
// Returns how many messages were claimed.
int dispatchAllDue(Outbox &outbox, const ServerSettings &server, const Clock &clock, const RetryPolicy &policy,
                   int maxWaitMs = 60000);

// How many times each Message-ID occurs in the files of an smtp-sink dump
// directory (one file per transaction).
QMap<QString, int> messageIdsInDump(const QString &directory);

}  // namespace stamp::test
