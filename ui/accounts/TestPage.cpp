// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestPage.h"

#include "AccountWizard.h"
#include "ConnectionCheckPanel.h"
#include "OAuthSignInPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace stamp::ui {

TestPage::TestPage(QWidget *parent)
    : QWizardPage(parent)
    , m_panel(new ConnectionCheckPanel(this))
    , m_intro(new QLabel(this))
    , m_saveAnywayRow(new QWidget(this))
    , m_saveAnywayNote(new QLabel(m_saveAnywayRow))
    , m_saveAnyway(new QPushButton(tr("Save an&yway"), m_saveAnywayRow))
{
    setObjectName(QStringLiteral("testPage"));
    setTitle(tr("Test and save"));
    // What Test does, above the steps; not the subtitle: see DiscoveryPage.
    m_intro->setObjectName(QStringLiteral("testIntro"));
    m_intro->setWordWrap(true);

    // Secondary on purpose: an ordinary button beside the sentence that says
    // what it costs, never the default, so Enter cannot pick it.
    m_saveAnywayRow->setObjectName(QStringLiteral("saveAnywayRow"));
    m_saveAnywayNote->setObjectName(QStringLiteral("saveAnywayNote"));
    m_saveAnywayNote->setWordWrap(true);
    m_saveAnywayNote->setText(
        tr("The test failed, so Save is off. You can save the account anyway: messages you send from it "
           "then wait in the Outbox until its settings work, and you can fix them later in the "
           "account's settings."));
    m_saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    m_saveAnyway->setAccessibleName(tr("Save the account although its test failed"));
    m_saveAnyway->setAutoDefault(false);
    m_saveAnyway->setDefault(false);
    auto *row = new QHBoxLayout(m_saveAnywayRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_saveAnywayNote, 1);
    row->addWidget(m_saveAnyway, 0, Qt::AlignVCenter);
    m_saveAnywayRow->hide();
    connect(m_saveAnyway, &QPushButton::clicked, this, &TestPage::saveAnyway);

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_intro);
    column->addWidget(m_panel, 1);
    column->addWidget(m_saveAnywayRow);
    connect(m_panel, &ConnectionCheckPanel::started, this, [this] {
        m_verdict = Verdict::Untested;
        m_savingAnyway = false;
        m_saveAnywayRow->hide();
        emit completeChanged();
    });
    connect(m_panel, &ConnectionCheckPanel::finished, this, &TestPage::onFinished);
    // Trusting the certificate changes the account being set up; the test
    // runs again at once so the person sees the rest of the steps.
    connect(m_panel, &ConnectionCheckPanel::certificateTrusted, this, [this](const QString &sha256) {
        AccountWizard *wizard = accountWizardOf(this);
        wizard->draft().pinnedSha256 = sha256;
        m_panel->setAccount(wizard->draft());
        m_panel->start();
    });
}

void TestPage::initializePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    const Account &draft = wizard->draft();
    m_panel->setAccount(draft);
    // The doctor's last step asks the same DNS as the Deliverability page.
    if (wizard->domainResolver())
        m_panel->setDnsResolver(wizard->domainResolver());
    m_panel->setSecretLoader(
        [wizard](const ConnectionCheckPanel::SecretReady &ready) { wizard->loadSecret(ready); });
    m_verdict = Verdict::Untested;
    m_saveWhenPassed = false;
    m_savingAnyway = false;
    m_saveAnywayRow->hide();
    const quint16 port = draft.serverSettings().effectivePort();
    if (draft.authMethod == sasl::AuthMethod::None) {
        m_intro->setText(tr("Test connects to %1 port %2 and checks it, without logging in. Save keeps the "
                            "account once a test passes.")
                             .arg(draft.host)
                             .arg(port));
    } else if (draft.signsInWithOAuth()) {
        const std::optional<ProviderPreset> preset = wizard->preset();
        m_intro->setText(
            tr("Test connects to %1 port %2, checks its encryption and logs in with your sign-in at "
               "%3 (a short-lived access token, not your password). Save keeps the account and the "
               "sign-in once a test passes.")
                .arg(draft.host)
                .arg(port)
                .arg(OAuthSignInPanel::brandFor(draft.oauthIssuer, preset ? preset->shortName : QString())));
    } else {
        m_intro->setText(tr("Test connects to %1 port %2, checks its encryption and logs in: your password "
                            "goes there and nowhere else. Save keeps the account once a test passes.")
                             .arg(draft.host)
                             .arg(port));
    }
    m_panel->testButton()->setFocus();
    // Back here after a test on an earlier visit: the settings may have
    // changed since, so that verdict no longer counts; the person asked for
    // a test then, so it runs again for what is there now.
    if (m_testedBefore)
        m_panel->start();
}

void TestPage::cleanupPage()
{
    m_panel->cancel();
    m_saveWhenPassed = false;
    m_testedBefore = m_testedBefore || m_verdict != Verdict::Untested || m_panel->isRunning();
    m_verdict = Verdict::Untested;
    m_savingAnyway = false;
    m_saveAnywayRow->hide();
    QWizardPage::cleanupPage();
}

bool TestPage::isComplete() const
{
    // Saving while the check is still talking to the server would race it;
    // after a failure only "Save anyway" saves.
    return !m_panel->isRunning() && m_verdict != Verdict::Failed;
}

bool TestPage::validatePage()
{
    if (m_verdict == Verdict::Passed || (m_verdict == Verdict::Failed && m_savingAnyway))
        return true;
    if (m_verdict == Verdict::Untested && !m_panel->isRunning()) {
        // Save before any test: test now, and save when it passes.
        m_saveWhenPassed = true;
        m_panel->start();
    }
    return false;
}

void TestPage::onFinished(const CheckReport &report)
{
    m_verdict = report.passed() ? Verdict::Passed : Verdict::Failed;
    m_saveAnywayRow->setVisible(m_verdict == Verdict::Failed);
    const bool save = m_saveWhenPassed && m_verdict == Verdict::Passed;
    m_saveWhenPassed = false;
    emit completeChanged();
    if (save) {
        // After the panel has finished showing the report.
        QTimer::singleShot(0, this, [this] {
            if (m_verdict == Verdict::Passed)
                accountWizardOf(this)->accept();
        });
    }
}

void TestPage::saveAnyway()
{
    if (m_verdict != Verdict::Failed || m_panel->isRunning())
        return;
    m_savingAnyway = true;
    accountWizardOf(this)->accept();
}

} // namespace stamp::ui
