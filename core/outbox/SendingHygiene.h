// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "providers/ProviderPreset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stamp {
struct Account;
class ProviderCatalog;
} // namespace stamp

namespace stamp {

// What the sending side of one message does that receivers hold against it
// (issue 17): a From domain the account's server cannot speak for (DMARC
// alignment, RFC 7489 §3.1), and a mailing to many people without one-click
// unsubscribe (RFC 8058). Advice only, decided from what is at hand: the
// account, the From address, the recipient count and the header fields.
// No DNS; `stamp domain check` and DomainCheck say what a domain publishes.
class SendingHygiene
{
    Q_DECLARE_TR_FUNCTIONS(SendingHygiene)

public:
    // Who reads the advice: the remedy names the composer's way to a domain
    // check, or the command that runs one.
    enum class Audience { Window, CommandLine };

    struct Warning
    {
        QString id; // stable: "from-alignment", "bulk-unsubscribe"
        QString text; // what is wrong and what to do, for a person
        bool strong = false; // the message will likely be junked or refused
    };

    // The unsubscribe fields a message carries.
    struct Unsubscribe
    {
        bool listUnsubscribe = false; // List-Unsubscribe (RFC 2369 §3.2)
        bool httpsUri = false; // ... holding an https URI (RFC 8058 §3.1)
        bool oneClickPost = false; // List-Unsubscribe-Post: List-Unsubscribe=One-Click

        // RFC 8058 §3.1: one-click needs both fields and an https URI.
        bool oneClick() const { return listUnsubscribe && httpsUri && oneClickPost; }

        // Takes one header field into account (any other is ignored).
        void note(const QString &name, const QString &value);
        // From a rendered message's header section (up to the first empty
        // line; folded lines are unfolded, RFC 5322 §2.2.3).
        static Unsubscribe fromHeaderBlock(const QByteArray &message);
    };

    // One message as it is about to go.
    struct Send
    {
        QString from; // "a@b" or "Name <a@b>"
        int recipients = 0; // envelope: To + Cc + Bcc
        int bcc = 0;
        Unsubscribe unsubscribe;
    };

    // Gmail calls a sender bulk from 5,000 messages a day and Yahoo names no
    // number, but a desktop send to dozens of people at once is how bulk
    // mail starts, and each of them can press "Report spam". From these
    // counts on, the one-click unsubscribe receivers expect is advised. Bcc
    // lower: hiding a long list from its members is what mailings do.
    static constexpr int kBulkRecipients = 50;
    static constexpr int kBulkBcc = 20;

    // No account: only the mailing rule applies (the sandbox).
    SendingHygiene() = default;
    // `accountAddress`: the account's own address (or its login, when that
    // is an address); `accountPreset`: the provider preset it sends through.
    SendingHygiene(const QString &accountAddress, const std::optional<ProviderPreset> &accountPreset,
        const ProviderCatalog &catalog);
    // The account's address (else its login), its preset (Account::providerId,
    // else the one owning its domain).
    static SendingHygiene forAccount(const Account &account, const ProviderCatalog &catalog);

    // Every warning for `send`, the strong ones first; empty: nothing to say.
    QList<Warning> check(const Send &send, Audience audience = Audience::Window) const;

    std::optional<Warning> fromAlignment(const QString &from, Audience audience = Audience::Window) const;
    static std::optional<Warning> bulkUnsubscribe(const Send &send);

    // The domain of "a@b" or "Name <a@b>", lower-case with A-labels
    // (RFC 5890); empty when there is none.
    static QString domainOf(const QString &address);
    // The From field of a rendered message's header section (DMARC judges
    // that one, not the envelope's MAIL FROM); empty when it has none.
    static QString fromFieldOf(const QByteArray &message);
    static QStringList texts(const QList<Warning> &warnings);

private:
    QString m_accountDomain; // A-labels
    QString m_accountOrganizational;
    std::optional<ProviderPreset> m_accountPreset;
    // The presets that own the domains of their mailboxes (gmail.com,
    // yahoo.com...): mail from those domains comes from their servers.
    QList<ProviderPreset> m_mailboxProviders;
};

} // namespace stamp
