// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's sending advice: the account's daily limit (SendingQuota,
// set from outside) and what SendingHygiene says about the From address and
// the recipients as they stand. Core decides; the window shows.

#include "AddressField.h"
#include "AttachmentList.h"
#include "ComposeWindow.h"

#include "accounts/ServerFacts.h"
#include "StatusAnnouncer.h"
#include "accounts/AccountStore.h"
#include "accounts/ServerFacts.h"
#include "client/MailClient.h"
#include "mime/Address.h"
#include "outbox/SendingQuota.h"
#include "providers/ProviderCatalog.h"

#include <QComboBox>
#include <QLabel>
#include <QSet>

namespace stamp::ui {

void ComposeWindow::setSendingHygiene(const SendingHygiene &hygiene)
{
    m_hygiene = hygiene;
    // Given for the composer's account: an identity that sends elsewhere
    // takes its transport account's advice again.
    m_adviceAccountId = m_target.accountId;
    updateNotice();
}

void ComposeWindow::updateNotice()
{
    m_adviceTimer.stop();
    followTransportAccount();
    QStringList recipients;
    for (const AddressField *field : { m_to, m_cc, m_bcc })
        recipients << field->addresses();
    SendingHygiene::Send send;
    send.from = fromText();
    // The envelope names each address once (Message::envelope).
    send.recipients = int(QSet<QString>(recipients.cbegin(), recipients.cend()).size());
    send.bcc = int(m_bcc->addresses().size());
    // The composer writes no List-Unsubscribe field (send.unsubscribe stays empty).
    const QList<SendingHygiene::Warning> warnings = m_hygiene.check(send);

    QStringList paragraphs;
    QStringList ids;
    QStringList fresh;
    for (const SendingHygiene::Warning &warning : warnings) {
        paragraphs << warning.text;
        ids << warning.id;
        if (!m_adviceIds.contains(warning.id))
            fresh << warning.text;
    }
    if (!m_quotaNotice.isEmpty())
        paragraphs << m_quotaNotice;
    if (!m_throughNotice.isEmpty())
        paragraphs << m_throughNotice;
    m_adviceIds = ids;
    const QString text = paragraphs.join(QStringLiteral("\n\n"));
    if (text != m_notice->text())
        m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    // Heard once when it appears, not again at every key press; the label
    // keeps the whole text for reading later.
    if (!fresh.isEmpty())
        m_announcer->announce(fresh.join(QLatin1Char(' ')));
}

void ComposeWindow::followTransportAccount()
{
    if (!m_client || m_target.accountId.isEmpty())
        return;
    if (m_adviceAccountId.isEmpty())
        m_adviceAccountId = m_target.accountId;
    const std::optional<SendRoute> route = m_client->routeFor(m_target.accountId, fromAddressText(), nullptr);
    const Account *transport = route ? &route->transport : nullptr;
    m_throughNotice = route && route->throughOtherAccount
                          ? tr("Sent through the account “%1”.").arg(transport->name)
                          : QString();
    const QString adviceFor = transport ? transport->id : m_target.accountId;
    if (adviceFor == m_adviceAccountId)
        return;
    // The daily limit and the From alignment are the sending server's.
    m_adviceAccountId = adviceFor;
    const std::optional<Account> account = m_client->accounts().findFor(adviceFor, {});
    if (!account)
        return;
    // Whether reports are asked for by default is the sending account's
    // setting, as its server is the one that must offer DSN (RFC 3461 §4).
    if (!m_deliveryReportChosen)
        m_askDeliveryReport->setChecked(account->deliveryReports);
    // So is the size its server accepts (RFC 1870).
    const ServerSettings server = account->serverSettings();
    m_attachments->setServerLimit(ServerFacts::sizeLimit(server.host, server.effectivePort()), server.host);
    const ProviderCatalog catalog = ProviderCatalog::standard();
    m_hygiene = SendingHygiene::forAccount(*account, catalog);
    if (m_client->sent()) {
        m_quotaNotice = SendingQuota::forAccount(*account, *m_client->sent(), catalog, 0,
                                                 QDateTime::currentDateTimeUtc())
                            .warnings.join(QLatin1Char(' '));
    }
}

QString ComposeWindow::fromAddressText() const
{
    const int identity = currentIdentity();
    if (identity >= 0)
        return m_target.identities.at(identity).address;
    return Address::fromText(fromText()).addrSpec();
}

} // namespace stamp::ui
