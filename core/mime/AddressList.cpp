// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AddressList.h"

#include "AddressParser.h"

namespace stamp {

AddressList AddressList::parse(const QString &text)
{
    return AddressParser(text).parseList();
}

void AddressList::append(const Address &mailbox)
{
    AddressEntry entry;
    entry.mailbox = mailbox;
    m_entries.append(entry);
}

void AddressList::appendGroup(const QString &name, const QList<Address> &members)
{
    AddressEntry entry;
    entry.isGroup = true;
    entry.groupName = name;
    entry.members = members;
    m_entries.append(entry);
}

void AddressList::append(const AddressList &other)
{
    m_entries.append(other.m_entries);
    m_errors.append(other.m_errors);
}

QList<Address> AddressList::mailboxes() const
{
    QList<Address> list;
    for (const AddressEntry &entry : m_entries) {
        if (entry.isGroup)
            list.append(entry.members);
        else
            list.append(entry.mailbox);
    }
    return list;
}

bool AddressList::hasMailboxes() const
{
    for (const AddressEntry &entry : m_entries) {
        if (!entry.isGroup || !entry.members.isEmpty())
            return true;
    }
    return false;
}

} // namespace stamp
