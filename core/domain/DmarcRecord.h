// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace stamp::domain {

// A DMARC policy record parsed (RFC 7489 §6.3 tags, §6.4 syntax), without
// asking DNS.
class DmarcRecord
{
    Q_DECLARE_TR_FUNCTIONS(DmarcRecord)

public:
    enum class Policy { None, Quarantine, Reject, Missing };
    enum class Alignment { Relaxed, Strict };

    // True for a TXT text that anyone would take for a DMARC record: it
    // starts with "v=DMARC" (any case, spaces allowed around "=").
    static bool looksLikeDmarc(const QString &text);
    // True for a record that a receiver accepts as DMARC: "v=DMARC1" is the
    // first tag (§6.4); every other TXT record at _dmarc is ignored (§6.6.3).
    static bool startsWithVersion(const QString &text);
    static DmarcRecord parse(const QString &text);

    // The organisational domain of `domain` (RFC 7489 §3.2): the public
    // suffix plus one label, from the Public Suffix List.
    static QString organizationalDomain(const QString &domain);

    QString text() const { return m_text; }
    bool isValid() const { return m_errors.isEmpty(); }
    QStringList errors() const { return m_errors; } // for people
    QStringList warnings() const { return m_warnings; } // unknown tags and the like

    Policy policy() const { return m_policy; }
    Policy subdomainPolicy() const { return m_subdomainPolicy; } // sp=, else p=
    int percent() const { return m_percent; } // pct=, 100 by default
    QStringList aggregateReportUris() const { return m_rua; }
    QStringList failureReportUris() const { return m_ruf; }
    Alignment dkimAlignment() const { return m_adkim; }
    Alignment spfAlignment() const { return m_aspf; }

    static QString policyName(Policy policy);

private:
    QString m_text;
    QStringList m_errors;
    QStringList m_warnings;
    Policy m_policy = Policy::Missing;
    Policy m_subdomainPolicy = Policy::Missing;
    int m_percent = 100;
    QStringList m_rua;
    QStringList m_ruf;
    Alignment m_adkim = Alignment::Relaxed;
    Alignment m_aspf = Alignment::Relaxed;
};

} // namespace stamp::domain
