// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "diagnostics/Diagnosis.h"
#include "smtp/SessionTypes.h"
#include "smtp/TlsReport.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stamp {

// One step of the connection doctor.
struct CheckStep
{
    enum class Status { Passed, Warning, Failed, Skipped };

    QString id; // "dns", "tcp", "starttls-downgrade", "tls", "ehlo", "auth", "test-message"
    QString title; // for a person: "Look up smtp.example.com"
    Status status = Status::Skipped;
    qint64 elapsedMs = -1; // -1: not timed (skipped)
    QStringList details; // what was seen, one fact per line
    std::optional<Diagnosis> diagnosis; // every failure (and warning) carries one

    static QString statusId(Status status); // "pass", "warn", "fail", "skip"
};

// Everything the doctor found, exportable as text (to paste in a support
// request) and as JSON. Never contains a secret.
struct CheckReport
{
    QString accountName;
    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::StartTls;
    QList<CheckStep> steps;
    qint64 elapsedMs = 0;
    // The handshake as seen, also when verification failed, so the app can
    // show the certificate and offer to trust exactly that one (pin).
    TlsReport tls;
    // What the server announced in its last EHLO reply (SIZE, AUTH...).
    Capabilities capabilities;

    bool passed() const; // no step failed
    const CheckStep *step(const QString &id) const;
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace stamp
