// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Address.h"

#include <QList>

namespace stamp {

// One item of an address list: a mailbox, or a named group of mailboxes
// (RFC 5322 §3.4: "Team: a@x, b@y;"). A group may be empty
// ("undisclosed-recipients:;").
struct AddressEntry
{
    Address mailbox; // when !isGroup
    bool isGroup = false;
    QString groupName;
    QList<Address> members;
};

// What people type into To, Cc and Bcc: mailboxes and groups separated by
// commas or semicolons. Parsing never stops at the first mistake: every
// invalid entry gets its own error (position and reason) and the valid
// ones are kept.
class AddressList
{
public:
    AddressList() = default;

    static AddressList parse(const QString &text);

    void append(const Address &mailbox);
    void appendGroup(const QString &name, const QList<Address> &members);
    void append(const AddressList &other); // entries and errors
    void addError(const AddressError &error) { m_errors.append(error); }

    const QList<AddressEntry> &entries() const { return m_entries; }
    // Every mailbox, group members included, in order.
    QList<Address> mailboxes() const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool hasMailboxes() const;

    const QList<AddressError> &errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }

private:
    QList<AddressEntry> m_entries;
    QList<AddressError> m_errors;
};

} // namespace stamp
