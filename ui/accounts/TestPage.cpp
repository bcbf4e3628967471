#include "TestPage.h"

#include "AccountWizard.h"
#include "ConnectionCheckPanel.h"
#include "OAuthSignInPanel.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

TestPage::TestPage(QWidget *parent)
    : QWizardPage(parent)
    , m_panel(new ConnectionCheckPanel(this))
{
    setObjectName(QStringLiteral("testPage"));
    setTitle(tr("Test and save"));
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_panel, 1);
    connect(m_panel, &ConnectionCheckPanel::started, this, &TestPage::completeChanged);
    connect(m_panel, &ConnectionCheckPanel::finished, this, &TestPage::completeChanged);
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
    m_panel->setSecretLoader(
        [wizard](const ConnectionCheckPanel::SecretReady &ready) { wizard->loadSecret(ready); });
    // In the header, to leave the room below to the steps and the log.
    const quint16 port = draft.serverSettings().effectivePort();
    if (draft.authMethod == sasl::AuthMethod::None) {
        setSubTitle(tr("Test connects to %1 port %2 and checks it, without logging in. Save keeps the "
                       "account, tested or not.")
                        .arg(draft.host)
                        .arg(port));
    } else if (draft.signsInWithOAuth()) {
        const std::optional<ProviderPreset> preset = wizard->preset();
        setSubTitle(
            tr("Test connects to %1 port %2, checks its encryption and logs in with your sign-in at "
               "%3 (a short-lived access token, not your password). Save keeps the account and the "
               "sign-in, tested or not.")
                .arg(draft.host)
                .arg(port)
                .arg(OAuthSignInPanel::brandFor(draft.oauthIssuer, preset ? preset->shortName : QString())));
    } else {
        setSubTitle(tr("Test connects to %1 port %2, checks its encryption and logs in: your password "
                       "goes there and nowhere else. Save keeps the account, tested or not.")
                        .arg(draft.host)
                        .arg(port));
    }
    m_panel->testButton()->setFocus();
}

void TestPage::cleanupPage()
{
    m_panel->cancel();
    QWizardPage::cleanupPage();
}

bool TestPage::isComplete() const
{
    // Saving while the check is still talking to the server would race it.
    return !m_panel->isRunning();
}

} // namespace stamp::ui
