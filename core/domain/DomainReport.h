// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stamp::domain {

// The exact DNS record to publish, or the replacement for a wrong one.
struct SuggestedRecord
{
    QString name; // without the trailing dot
    QString type; // "TXT", "CNAME"
    QString value;

    // Zone-file form: `name. 3600 IN TXT "..."`, a TXT value over 255 bytes
    // split into quoted strings (RFC 1035 §3.3.14, RFC 7208 §3.3).
    QString zoneLine() const;
};

// The outcome of one check. Status and id are stable (the JSON uses them);
// title, detail and notes are for people, in their language.
struct DomainFinding
{
    enum class Status { Pass, Warn, Fail, Info };
    QString id; // mx, spf, dkim, dmarc, mta-sts, tls-rpt
    Status status = Status::Info;
    QString title;
    QString detail;
    QStringList records; // record texts seen, verbatim
    std::optional<SuggestedRecord> suggested;
    QStringList notes;

    static QString statusId(Status status); // "pass", "warn", "fail", "info"
    // What a person calls the check with this id, in their language: the
    // same words in the command line's report, the doctor and the window.
    static QString checkName(const QString &id);
    QJsonObject toJson() const;
};

struct DomainReport
{
    QString domain;
    QString providerId; // empty: no provider known
    bool consumerDomain = false; // the provider's own domain: nothing to publish
    QString consumerExplanation;
    bool dnsUnavailable = false; // no DNS question was answered at all
    QList<DomainFinding> checks; // mx, spf, dkim, dmarc, mta-sts, tls-rpt

    bool hasFailure() const;
    const DomainFinding *finding(const QString &id) const;
    QJsonObject toJson() const;
};

} // namespace stamp::domain
