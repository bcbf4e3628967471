// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DiscoveryPage.h"

#include "AccountWizard.h"
#include "accounts/Autodetect.h"
#include "accounts/SentCopyDefaults.h"
#include "providers/ProviderCatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

namespace {

constexpr int kManualRow = -1;

QString securityWords(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::StartTls:
        return DiscoveryPage::tr("STARTTLS");
    case SecurityMode::ImplicitTls:
        return DiscoveryPage::tr("TLS");
    case SecurityMode::None:
        return DiscoveryPage::tr("no encryption");
    }
    return {};
}

} // namespace

DiscoveryPage::DiscoveryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("S&top looking"), this))
    , m_candidates(new QListWidget(this))
    , m_steps(new QLabel(this))
{
    setObjectName(QStringLiteral("discoveryPage"));
    setTitle(tr("Finding your server"));
    // Not the subtitle: QWizard's header fits two lines of it (it measures
    // "Pq\nPq" and fixes its height), which cuts this explanation in longer
    // languages; a wrapped label in the page takes the lines it needs.
    auto *intro = new QLabel(
        tr("Stamp checks its provider presets, your domain's published settings, its DNS records, and asks "
           "likely servers what they offer, without logging in."),
        this);
    intro->setObjectName(QStringLiteral("discoveryIntro"));
    intro->setWordWrap(true);

    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setAccessibleName(tr("Discovery progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("discoveryCancel"));
    m_cancel->setAccessibleName(tr("Stop looking for the server"));
    m_candidates->setObjectName(QStringLiteral("candidateList"));
    m_candidates->setAccessibleName(tr("Servers found"));
    m_candidates->setWordWrap(true);
    m_candidates->setAlternatingRowColors(true);
    m_candidates->setSpacing(3);
    m_steps->setObjectName(QStringLiteral("discoverySteps"));
    m_steps->setWordWrap(true);
    m_steps->setForegroundRole(QPalette::PlaceholderText);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chooseLabel = new QLabel(tr("&Use:"), this);
    chooseLabel->setBuddy(m_candidates);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addLayout(progressRow);
    column->addWidget(m_status);
    column->addWidget(chooseLabel);
    column->addWidget(m_candidates, 1);
    column->addWidget(m_steps);
    setTabOrder(m_cancel, m_candidates);

    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &DiscoveryPage::updateProgress);
    connect(m_cancel, &QPushButton::clicked, this, &DiscoveryPage::cancelDiscovery);
    connect(m_candidates, &QListWidget::currentRowChanged, this, &DiscoveryPage::completeChanged);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            wizard()->next();
    });
}

void DiscoveryPage::initializePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    Autodetect *detect = wizard->autodetect();
    disconnect(detect, nullptr, this, nullptr);
    connect(detect, &Autodetect::finished, this, &DiscoveryPage::onFinished);
    m_candidates->clear();
    m_steps->clear();
    m_result = {};
    m_running = true;
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_clock.start();
    m_ticker.start();
    updateProgress();
    emit completeChanged();
    detect->start(wizard->draft().email);
}

void DiscoveryPage::cleanupPage()
{
    // Back to the address: whatever is still being looked up is moot.
    cancelDiscovery();
    QWizardPage::cleanupPage();
}

void DiscoveryPage::cancelDiscovery()
{
    if (!m_running)
        return;
    m_cancel->setEnabled(false);
    accountWizardOf(this)->autodetect()->cancel();
}

void DiscoveryPage::updateProgress()
{
    const QString domain = accountWizardOf(this)->draft().email.section(QLatin1Char('@'), 1);
    m_status->setText(tr("Looking up settings for %1... (%2 s)").arg(domain).arg(m_clock.elapsed() / 1000));
}

void DiscoveryPage::onFinished(const AutodetectResult &result)
{
    m_running = false;
    m_result = result;
    m_ticker.stop();
    m_progress->hide();
    m_cancel->hide();

    for (int i = 0; i < result.candidates.size(); ++i) {
        const ServerCandidate &c = result.candidates.at(i);
        QString text = tr("%1 port %2, %3").arg(c.host).arg(c.port).arg(securityWords(c.security));
        text += QLatin1Char('\n') + describeSource(c, result.domain);
        if (!c.note.isEmpty())
            text += QLatin1Char('\n') + tr("Note: %1").arg(c.note);
        auto *item = new QListWidgetItem(text, m_candidates);
        item->setData(Qt::UserRole, i);
        item->setToolTip(tr("From %1").arg(c.sourceDescription()));
    }
    auto *manual = new QListWidgetItem(tr("None of these: I will enter the settings myself"), m_candidates);
    manual->setData(Qt::UserRole, kManualRow);
    m_candidates->setCurrentRow(0);

    if (result.cancelled)
        m_status->setText(tr("Stopped. Choose what was found so far, or enter the settings yourself."));
    else if (result.candidates.isEmpty())
        m_status->setText(
            tr("Nothing was found for %1. Your provider's help pages name the SMTP server; enter "
               "it on the next page.")
                .arg(result.domain));
    else
        m_status->setText(
            tr("Found %n way(s) to send, best first. Pick one; you can still change every setting "
               "on the next page.",
                nullptr, int(result.candidates.size())));

    QStringList steps;
    for (const DiscoveryStep &step : result.steps)
        steps << tr("%1: %2 (%3 ms)").arg(step.name, step.outcome).arg(step.elapsedMs);
    m_steps->setText(tr("What was checked: %1").arg(steps.join(QStringLiteral("; "))));
    m_steps->setVisible(!steps.isEmpty());
    emit completeChanged();
    m_candidates->setFocus();
}

bool DiscoveryPage::isComplete() const
{
    return !m_running && m_candidates->currentItem();
}

bool DiscoveryPage::validatePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    Account &draft = wizard->draft();
    const int index = m_candidates->currentItem()->data(Qt::UserRole).toInt();
    if (index == kManualRow) {
        draft.host.clear();
        draft.port = 0;
        draft.security = SecurityMode::StartTls;
        draft.authMethod = sasl::AuthMethod::Auto;
        draft.username = draft.email;
        draft.providerId.clear();
        draft.sentCopy = Account::noSentCopy();
        wizard->setSettingsSource({});
        return true;
    }
    const ServerCandidate &c = m_result.candidates.at(index);
    draft.host = c.host;
    draft.port = c.port;
    draft.security = c.security;
    draft.authMethod = sasl::AuthMethod::Auto;
    draft.username = c.username.isEmpty() ? draft.email : c.username;
    draft.providerId = c.providerId;
    SentCopyDefaults::apply(draft, ProviderCatalog::standard());
    wizard->setSettingsSource(describeSource(c, m_result.domain));
    return true;
}

} // namespace stamp::ui
