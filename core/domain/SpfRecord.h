// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace stamp::domain {

// One term of an SPF record (RFC 7208 §4.6.1): a mechanism with its
// qualifier, or a modifier (name=value).
struct SpfTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Explanation, OtherModifier };
    Kind kind = Kind::All;
    QChar qualifier = QLatin1Char('+'); // + pass, - fail, ~ softfail, ? neutral (§4.6.2)
    bool explicitQualifier = false;
    QString value; // domain-spec, network, or the modifier's value; may be empty
    QString text; // the term as written

    bool isModifier() const
    {
        return kind == Kind::Redirect || kind == Kind::Explanation || kind == Kind::OtherModifier;
    }
    // include, a, mx, ptr, exists and redirect make the receiver ask DNS (§4.6.4).
    bool countsAsLookup() const;
};

// An SPF record parsed (RFC 7208 §4.6 and the ABNF of §12), without asking
// DNS: the terms, the first syntax error, and what a checker needs next.
class SpfRecord
{
    Q_DECLARE_TR_FUNCTIONS(SpfRecord)

public:
    // True for a TXT text that is an SPF record: "v=spf1" then a space or
    // the end (§4.5), in any case.
    static bool isSpf(const QString &text);
    static SpfRecord parse(const QString &text);

    QString text() const { return m_text; }
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // the first syntax error, for people
    QList<SpfTerm> terms() const { return m_terms; }

    // The "all" mechanism, or nullptr. Terms after it never run (§5.1).
    const SpfTerm *allTerm() const;
    // redirect=, unless an "all" makes it ignored (§6.1); empty when none.
    QString redirect() const;
    // include: targets, in order, before any "all".
    QStringList includes() const;
    // Terms that make DNS lookups in this record alone (§4.6.4), before "all".
    int lookupTermCount() const;
    bool hasPtr() const;
    bool hasAddressTerms() const; // ip4: or ip6: (a "flattened" record)

    // The record with "include:<host>" inserted before "all" (or before a
    // redirect), or a fresh "v=spf1 include:<host> ~all" when `record` is empty.
    static QString withInclude(const QString &record, const QString &host);

private:
    QString m_text;
    QString m_error;
    QList<SpfTerm> m_terms;
};

} // namespace stamp::domain
