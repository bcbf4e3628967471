// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SignInPage.h"

#include "AccountWizard.h"
#include "OAuthSignInPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

SignInPage::SignInPage(QWidget *parent)
    : QWizardPage(parent)
    , m_panel(new OAuthSignInPanel(this))
    , m_intro(new QLabel(this))
    , m_passwordIntro(new QLabel(this))
    , m_usePassword(new QPushButton(tr("Use an &app password instead"), this))
{
    setObjectName(QStringLiteral("signInPage"));
    // What the page is about, in the page rather than the subtitle: see
    // DiscoveryPage.
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    m_passwordIntro->setObjectName(QStringLiteral("passwordRouteIntro"));
    m_passwordIntro->setWordWrap(true);
    m_usePassword->setObjectName(QStringLiteral("useAppPasswordButton"));
    m_usePassword->setAccessibleName(tr("Use an app password instead of signing in"));

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_intro);
    column->addWidget(m_panel);
    column->addSpacing(12);
    column->addWidget(m_passwordIntro);
    column->addWidget(m_usePassword, 0, Qt::AlignLeft);
    column->addStretch(1);
    setTabOrder(m_panel->signInButton(), m_usePassword);

    connect(m_panel, &OAuthSignInPanel::stateChanged, this, &SignInPage::completeChanged);
    connect(m_panel, &OAuthSignInPanel::signedIn, this, [this](const oauth::TokenSet &tokens) {
        AccountWizard *wizard = accountWizardOf(this);
        if (m_client)
            wizard->keepSignIn(m_client->issuer, tokens);
        emit completeChanged();
        // Next is what the person wants now; Enter presses it.
        wizard->button(QWizard::NextButton)->setFocus();
    });
    connect(m_usePassword, &QPushButton::clicked, this, &SignInPage::usePassword);
    // A registration the person entered: a sign-in made with another client
    // is not valid for this one (refresh tokens are bound to their client,
    // RFC 6749 §6).
    connect(m_panel, &OAuthSignInPanel::clientChanged, this, [this] {
        AccountWizard *wizard = accountWizardOf(this);
        m_client = m_panel->client();
        wizard->dropSignIn();
        showRoutes();
        emit completeChanged();
    });
}

void SignInPage::initializePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    const Account &draft = wizard->draft();
    const std::optional<ProviderPreset> preset = wizard->preset();
    m_passwordRoute = false;
    m_client.reset();
    if (!preset)
        return; // ServerPage sends only preset accounts here

    const QString brand = OAuthSignInPanel::brandFor(preset->oauth.issuer, preset->shortName);
    setTitle(tr("Sign in to %1").arg(preset->displayName));
    m_intro->setText(tr("You sign in at %1, in your browser; %1 then lets Stamp send as %2 through %3. Your "
                        "password stays with %1.")
                         .arg(brand, draft.email, draft.host));

    m_client = m_panel->prepareFor(
        preset->oauth.issuer, wizard->catalog(), preset->id, draft.email, tr("&Sign in with %1").arg(brand));
    m_panel->setUrlOpener(wizard->urlOpener());
    if (m_client && wizard->hasSignIn(m_client->issuer))
        m_panel->showSignedIn();
    showRoutes();
}

void SignInPage::showRoutes()
{
    AccountWizard *wizard = accountWizardOf(this);
    const std::optional<ProviderPreset> preset = wizard->preset();
    if (!preset)
        return;
    // The app-password route, for providers whose servers still take one.
    const bool passwords = !preset->oauthOnly();
    if (passwords)
        m_passwordIntro->setText(m_client
                ? tr("Rather not sign in through the browser? %1 also accepts an app password.")
                      .arg(preset->displayName)
                : tr("No app registration at hand? You can use an app password instead: it works only "
                     "for mail and can be withdrawn on its own."));
    else
        m_passwordIntro->setText(m_client ? QString()
                                          : tr("%1 accepts no password: signing in is the only way, so the "
                                               "account can be added once an app registration is entered.")
                                                .arg(preset->displayName));
    m_passwordIntro->setVisible(!m_passwordIntro->text().isEmpty());
    m_usePassword->setVisible(passwords);
    if (m_client)
        m_panel->signInButton()->setFocus();
    else if (QWidget *clientId = m_panel->findChild<QWidget *>(QStringLiteral("clientIdEdit")))
        clientId->setFocus();
}

void SignInPage::cleanupPage()
{
    // Back to the server: a browser still open on the provider's page can
    // no longer finish this sign-in.
    m_panel->cancel();
    accountWizardOf(this)->draft().oauthIssuer.clear();
    QWizardPage::cleanupPage();
}

bool SignInPage::isComplete() const
{
    return m_passwordRoute || (m_client && m_panel->state() == OAuthSignInPanel::State::SignedIn);
}

bool SignInPage::validatePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    Account &draft = wizard->draft();
    if (m_passwordRoute || !m_client) {
        draft.oauthIssuer.clear();
        wizard->dropSignIn();
        return true;
    }
    draft.authMethod = m_client->mechanism;
    draft.oauthIssuer = m_client->issuer;
    return true;
}

int SignInPage::nextId() const
{
    return m_passwordRoute ? AccountWizard::PasswordPageId : accountWizardOf(this)->pageAfterLogin();
}

void SignInPage::usePassword()
{
    m_panel->cancel();
    // Only for this step forward: back on this page, signing in is again
    // what Next waits for.
    m_passwordRoute = true;
    wizard()->next();
    m_passwordRoute = false;
}

} // namespace stamp::ui
