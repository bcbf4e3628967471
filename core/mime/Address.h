// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace stamp {

// Why one typed address could not be used, and where. `position` indexes
// the text that was parsed (UTF-16 units); `column` is the same place
// counted in characters from 1, for people.
struct AddressError
{
    QString entry; // the offending entry as typed, trimmed
    QString reason; // translated, lower case, no final full stop
    qsizetype position = -1;
    qsizetype column = 0;

    bool isNull() const { return reason.isEmpty(); }
    // "bob@: nothing after the @ (character 5)", translated.
    QString describe() const;
};

// One mailbox (RFC 5322 §3.4): an optional display name and an addr-spec.
// The local part is kept as typed, including non-ASCII (RFC 6532), and the
// domain as typed (U-labels allowed); the A-label form is derived for the
// envelope and for 7-bit headers (RFC 5890).
class Address
{
public:
    Address() = default;
    Address(const QString &displayName, const QString &localPart, const QString &domain);

    QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &name) { m_displayName = name; }
    QString localPart() const { return m_localPart; } // unquoted
    QString domain() const { return m_domain; }

    bool isNull() const { return m_localPart.isEmpty() && m_domain.isEmpty(); }

    // The local part as it must be written: a dot-atom as is, anything
    // else as a quoted-string (RFC 5322 §3.4.1).
    QString quotedLocalPart() const;
    // local@domain as typed (Unicode domain kept).
    QString addrSpec() const;
    // The domain with every internationalised label as an A-label; a
    // domain literal unchanged.
    QByteArray asciiDomain() const;
    // local@A-label-domain: what MAIL FROM / RCPT TO carry. The local part
    // stays UTF-8 (it may only be sent with SMTPUTF8).
    QByteArray envelopeForm() const;
    // RFC 6531 §3.3: a non-ASCII local part can only travel with SMTPUTF8;
    // a non-ASCII domain does not need it (it has an A-label).
    bool needsSmtpUtf8() const;
    // "Name <local@domain>" or "local@domain", for messages to people.
    QString toDisplayString() const;

    // A bare addr-spec ("local@domain", no name, no angle brackets), as
    // the envelope needs it. On failure returns a null Address and fills
    // `error` when given.
    static Address fromAddrSpec(const QString &text, AddressError *error = nullptr);
    // Exactly one mailbox as people type it: "Name <a@b>", "a@b",
    // "\"Last, First\" <a@b>", "a@b (Name)".
    static Address fromText(const QString &text, AddressError *error = nullptr);

    friend bool operator==(const Address &a, const Address &b)
    {
        return a.m_displayName == b.m_displayName && a.m_localPart == b.m_localPart
            && a.m_domain == b.m_domain;
    }
    friend bool operator!=(const Address &a, const Address &b) { return !(a == b); }

private:
    QString m_displayName;
    QString m_localPart;
    QString m_domain;
};

} // namespace stamp
