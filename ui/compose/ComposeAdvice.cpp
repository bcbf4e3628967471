// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's sending advice: the account's daily limit (SendingQuota,
// set from outside) and what SendingHygiene says about the From address and
// the recipients as they stand. Core decides; the window shows.

#include "AddressField.h"
#include "ComposeWindow.h"
#include "StatusAnnouncer.h"

#include <QComboBox>
#include <QLabel>
#include <QSet>

namespace stamp::ui {

void ComposeWindow::setSendingHygiene(const SendingHygiene &hygiene)
{
    m_hygiene = hygiene;
    updateNotice();
}

void ComposeWindow::updateNotice()
{
    m_adviceTimer.stop();
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

} // namespace stamp::ui
