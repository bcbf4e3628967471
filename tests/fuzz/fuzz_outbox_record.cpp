// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// An outbox record file (OutboxRecord as JSON), read the way Outbox::load
// reads one from the queue folder. A record that loads must save and load
// back to the same JSON: the outbox rewrites records at every state change.

#include "FuzzSupport.h"
#include "outbox/OutboxRecord.h"

#include <QJsonDocument>

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stamp::fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    const std::optional<stamp::OutboxRecord> record = stamp::OutboxRecord::fromJson(document.object());
    if (!record)
        return 0;

    // What the Outbox window, the dispatcher and the retry policy ask.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    (void)record->failure();
    (void)record->pendingRecipients();
    (void)record->groupKey();
    (void)record->accountKey();
    (void)record->isDue(now);
    (void)record->isHeld(now);
    (void)record->dueAt();

    const QJsonObject saved = record->toJson();
    const QByteArray file = QJsonDocument(saved).toJson(QJsonDocument::Indented);
    const std::optional<stamp::OutboxRecord> again
        = stamp::OutboxRecord::fromJson(QJsonDocument::fromJson(file).object());
    if (!again || again->toJson() != saved)
        __builtin_trap(); // a record the outbox wrote would not read back as it was
    return 0;
}
