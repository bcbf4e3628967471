// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeliverabilityPage.h"

#include "AccountWizard.h"
#include "DeliverabilityPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

DeliverabilityPage::DeliverabilityPage(QWidget *parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_panel(new DeliverabilityPanel(this))
    , m_later(new QLabel(this))
{
    setObjectName(QStringLiteral("deliverabilityPage"));
    setTitle(tr("Will your mail arrive?"));
    // Explanations in the page, not QWizard's subtitle: see DiscoveryPage.
    m_intro->setObjectName(QStringLiteral("deliverabilityIntro"));
    m_intro->setWordWrap(true);
    m_later->setObjectName(QStringLiteral("deliverabilityLater"));
    m_later->setWordWrap(true);
    m_later->setText(tr("Nothing here stops you from sending: press Next to go on. You can check again at any "
                        "time in the account's settings, on the Deliverability tab."));
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_intro);
    column->addWidget(m_panel, 1);
    column->addWidget(m_later);
}

void DeliverabilityPage::initializePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    const std::optional<ProviderPreset> preset = wizard->preset();
    const QString domain = wizard->draft().email.section(QLatin1Char('@'), -1);
    // RFC 7489 §3.1: receivers compare the From domain with the domains
    // SPF and DKIM vouch for; only the domain's owner can publish those.
    m_intro->setText(preset
            ? tr("Gmail, Outlook and other receivers check that %1 allows %2 to send its mail, in records "
                 "published in DNS. Stamp asks DNS what %1 publishes; nothing is sent and your password is "
                 "not used.")
                  .arg(domain, preset->displayName)
            : tr("Gmail, Outlook and other receivers check that %1 allows your mail server to send its mail, "
                 "in records published in DNS. Stamp asks DNS what %1 publishes; nothing is sent and your "
                 "password is not used.")
                  .arg(domain));
    m_panel->setCatalog(&wizard->catalog());
    m_panel->setResolver(wizard->domainResolver());
    m_panel->setSender(wizard->draft().email, preset);
    m_panel->start();
}

void DeliverabilityPage::cleanupPage()
{
    m_panel->cancel();
    QWizardPage::cleanupPage();
}

bool DeliverabilityPage::validatePage()
{
    // Going on while DNS is still asked: the answer would come to a page
    // no one looks at.
    m_panel->cancel();
    return true;
}

int DeliverabilityPage::nextId() const
{
    return AccountWizard::TestPageId;
}

} // namespace stamp::ui
