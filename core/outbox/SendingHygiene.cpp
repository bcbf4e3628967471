// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendingHygiene.h"

#include "domain/DmarcRecord.h"
#include "accounts/Account.h"
#include "providers/ProviderCatalog.h"

#include <QUrl>
#include <algorithm>

namespace stamp {

namespace {
// A domain as people read it: U-labels for an internationalised one.
QString readable(const QString &aceDomain)
{
    const QString unicode = QUrl::fromAce(aceDomain.toLatin1());
    return unicode.isEmpty() ? aceDomain : unicode;
}

void noteField(const QByteArray &name, const QByteArray &value, SendingHygiene::Unsubscribe *result)
{
    const QByteArray field = name.trimmed().toLower();
    if (field == "list-unsubscribe") {
        result->listUnsubscribe = true;
        // RFC 8058 §3.1: the one-click URI is an https one; RFC 2369 §2
        // puts each URI in angle brackets.
        result->httpsUri = result->httpsUri || value.toLower().contains("<https://");
    } else if (field == "list-unsubscribe-post") {
        // RFC 8058 §3.1: exactly this key and value.
        result->oneClickPost = value.simplified().toLower() == "list-unsubscribe=one-click";
    }
}

// Calls `field` with each header field's name and unfolded value.
template<typename Field>
void forEachField(const QByteArray &message, Field field)
{
    QByteArray name;
    QByteArray value;
    const auto flush = [&] {
        if (!name.isEmpty())
            field(name, value);
        name.clear();
        value.clear();
    };
    for (QByteArray line : message.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // RFC 5322 §2.1: the header section ends at the first empty line
        if (line.startsWith(' ') || line.startsWith('\t')) {
            value += line; // RFC 5322 §2.2.3: unfolding
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            name = line.left(colon);
            value = line.mid(colon + 1);
        }
    }
    flush();
}
} // namespace

void SendingHygiene::Unsubscribe::note(const QString &name, const QString &value)
{
    noteField(name.toUtf8(), value.toUtf8(), this);
}

SendingHygiene::Unsubscribe SendingHygiene::Unsubscribe::fromHeaderBlock(const QByteArray &message)
{
    Unsubscribe result;
    forEachField(message,
        [&result](const QByteArray &name, const QByteArray &value) { noteField(name, value, &result); });
    return result;
}

QString SendingHygiene::fromFieldOf(const QByteArray &message)
{
    QString from;
    forEachField(message, [&from](const QByteArray &name, const QByteArray &value) {
        if (from.isEmpty() && name.trimmed().toLower() == "from")
            from = QString::fromUtf8(value.simplified());
    });
    return from;
}

SendingHygiene::SendingHygiene(const QString &accountAddress,
    const std::optional<ProviderPreset> &accountPreset, const ProviderCatalog &catalog)
    : m_accountDomain(domainOf(accountAddress))
    , m_accountPreset(accountPreset)
{
    if (!m_accountDomain.isEmpty())
        m_accountOrganizational = domain::DmarcRecord::organizationalDomain(m_accountDomain);
    for (const ProviderPreset &preset : catalog.presets()) {
        if (!preset.domains.isEmpty())
            m_mailboxProviders.append(preset);
    }
}

SendingHygiene SendingHygiene::forAccount(const Account &account, const ProviderCatalog &catalog)
{
    QString address = account.email;
    if (!address.contains(QLatin1Char('@')) && account.username.contains(QLatin1Char('@')))
        address = account.username;
    std::optional<ProviderPreset> preset;
    if (!account.providerId.isEmpty())
        preset = catalog.byId(account.providerId);
    if (!preset)
        preset = catalog.matchDomain(address);
    return SendingHygiene(address, preset, catalog);
}

QString SendingHygiene::domainOf(const QString &address)
{
    // The addr-spec of "Name <a@b>" is in the angle brackets (RFC 5322
    // §3.4); of "a@b (Name)" before the comment. Enough to name the domain
    // of what the composer and the command line have already checked.
    QString spec = address.trimmed();
    if (const qsizetype open = spec.lastIndexOf(QLatin1Char('<')); open >= 0) {
        spec = spec.mid(open + 1);
        spec.truncate(spec.indexOf(QLatin1Char('>')) < 0 ? spec.size() : spec.indexOf(QLatin1Char('>')));
    } else if (const qsizetype comment = spec.indexOf(QLatin1Char('(')); comment >= 0) {
        spec.truncate(comment);
    }
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString domain = spec.mid(at + 1).trimmed();
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    if (domain.isEmpty() || domain.startsWith(QLatin1Char('[')) || domain.contains(QLatin1Char(' ')))
        return {}; // a domain literal has no DMARC
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain.toLower() : QString::fromLatin1(ace).toLower();
}

QList<SendingHygiene::Warning> SendingHygiene::check(const Send &send, Audience audience) const
{
    QList<Warning> warnings;
    if (std::optional<Warning> w = fromAlignment(send.from, audience))
        warnings.append(*w);
    if (std::optional<Warning> w = bulkUnsubscribe(send))
        warnings.append(*w);
    std::stable_sort(warnings.begin(), warnings.end(),
        [](const Warning &a, const Warning &b) { return a.strong && !b.strong; });
    return warnings;
}

std::optional<SendingHygiene::Warning> SendingHygiene::fromAlignment(
    const QString &from, Audience audience) const
{
    const QString fromDomain = domainOf(from);
    if (fromDomain.isEmpty() || m_accountDomain.isEmpty())
        return std::nullopt;
    // RFC 7489 §3.1: receivers compare the From domain with the domains SPF
    // and DKIM vouch for, relaxed (the same organisational domain, §3.2) by
    // default; so mail.example.com and example.com align.
    if (domain::DmarcRecord::organizationalDomain(fromDomain) == m_accountOrganizational)
        return std::nullopt;
    // A provider with several domains for the same mailboxes (gmail.com and
    // googlemail.com) sends and signs for all of them from its servers.
    if (m_accountPreset && m_accountPreset->matchesDomain(fromDomain)
        && m_accountPreset->matchesDomain(m_accountDomain))
        return std::nullopt;

    Warning warning;
    warning.id = QStringLiteral("from-alignment");
    const QString shownFrom = readable(fromDomain);
    for (const ProviderPreset &provider : m_mailboxProviders) {
        if (!provider.matchesDomain(fromDomain) || (m_accountPreset && m_accountPreset->id == provider.id))
            continue;
        // A mailbox provider's own domain (gmail.com, yahoo.com) authorises
        // only its own servers in SPF and DKIM, and publishes DMARC
        // (quarantine or reject for many), so a receiver junks or refuses
        // the message (RFC 7489 §6.3); the 2024 Gmail and Yahoo sender rules
        // forbid exactly this ("no gmail.com From spoofing").
        warning.strong = true;
        warning.text
            = tr("The From address is at %1, a %2 address, but this message goes through another "
                 "provider: %2 lets only its own servers send mail from %1, so the message will likely "
                 "land in spam or be refused. Choose a From address of this account, or send it from "
                 "your %2 account.")
                  .arg(shownFrom, provider.displayName);
        return warning;
    }
    warning.text
        = tr("The From address is at %1, but this account's address is at %2. Receivers check that the "
             "From domain authorises the server a message comes from: unless %1 lists this provider in "
             "its SPF record or lets it sign with DKIM for %1, the message may land in spam or be "
             "refused.")
              .arg(shownFrom, readable(m_accountDomain));
    warning.text += QLatin1Char(' ');
    warning.text += audience == Audience::CommandLine
        ? tr("Run 'stamp domain check %1' to see what %1 must publish.").arg(shownFrom)
        : tr("The Deliverability tab of the account's settings shows what %1 must publish.")
              .arg(shownFrom);
    return warning;
}

std::optional<SendingHygiene::Warning> SendingHygiene::bulkUnsubscribe(const Send &send)
{
    if (send.recipients < kBulkRecipients && send.bcc < kBulkBcc)
        return std::nullopt;
    // RFC 8058 §3.1 and the 2024 Gmail and Yahoo sender rules: mail to many
    // people offers one-click unsubscribe, an https URI in List-Unsubscribe
    // plus "List-Unsubscribe-Post: List-Unsubscribe=One-Click", both covered
    // by DKIM (§4), which a mailing-list service sets up and signs.
    if (send.unsubscribe.oneClick())
        return std::nullopt;
    Warning warning;
    warning.id = QStringLiteral("bulk-unsubscribe");
    const int count = std::max(send.recipients, send.bcc);
    warning.text = send.unsubscribe.listUnsubscribe
        ? tr("This message goes to %n recipients at once, and its unsubscribe field offers no one-click "
             "unsubscribe: Gmail and Yahoo expect an https link in List-Unsubscribe plus "
             "\"List-Unsubscribe-Post: List-Unsubscribe=One-Click\", or they may treat the message as spam. "
             "A mailing-list service sets this up and is the right tool for mailings.",
            nullptr, count)
        : tr(
            "This message goes to %n recipients at once without a way to unsubscribe: Gmail and Yahoo expect "
            "mail to many people to offer one-click unsubscribe, or they may treat it as spam. A "
            "mailing-list "
            "service adds it and is the right tool for mailings.",
            nullptr, count);
    return warning;
}

QStringList SendingHygiene::texts(const QList<Warning> &warnings)
{
    QStringList result;
    for (const Warning &warning : warnings)
        result.append(warning.text);
    return result;
}

} // namespace stamp
