// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountWizard.h"

#include "AddressPage.h"
#include "DeliverabilityPage.h"
#include "DiscoveryPage.h"
#include "PasswordPage.h"
#include "ServerPage.h"
#include "SignInPage.h"
#include "TestPage.h"
#include "accounts/AccountStore.h"
#include "accounts/Autodetect.h"
#include "accounts/CredentialSource.h"
#include "dns/DnsResolver.h"
#include "accounts/SecretStore.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/TokenClient.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace stamp::ui {

AccountWizard::AccountWizard(AccountStore *accounts, SecretStore *secrets, QWidget *parent)
    : QWizard(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_openUrl(systemBrowser())
    , m_detect(new Autodetect(this))
    , m_catalog(ProviderCatalog::standard())
    , m_passwordPage(new PasswordPage(this))
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add your account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Save"));
    m_detect->setCatalog(m_catalog);
    m_draft.id = Account::newId();

    setPage(AddressPageId, new AddressPage(this));
    setPage(DiscoveryPageId, new DiscoveryPage(this));
    setPage(ServerPageId, new ServerPage(this));
    setPage(SignInPageId, new SignInPage(this));
    setPage(PasswordPageId, m_passwordPage);
    setPage(DeliverabilityPageId, new DeliverabilityPage(this));
    setPage(TestPageId, new TestPage(this));
    setStartId(AddressPageId);
    resize(720, 560);
}

AccountWizard::~AccountWizard()
{
    dropSignIn();
}

void AccountWizard::setCredentialSource(CredentialSource *credentials)
{
    if (m_credentials && m_credentials->parent() == this && m_credentials != credentials)
        delete m_credentials;
    m_credentials = credentials;
}

CredentialSource *AccountWizard::credentialSource()
{
    if (!m_credentials) {
        m_credentials = new CredentialSource(m_secrets, this);
        m_credentials->setCatalog(m_catalog);
    }
    return m_credentials;
}

void AccountWizard::keepSignIn(const QString &issuer, const oauth::TokenSet &tokens)
{
    dropSignIn();
    m_signInIssuer = issuer;
    m_signIn = tokens;
}

void AccountWizard::dropSignIn()
{
    if (m_signIn)
        m_signIn->wipe();
    m_signIn.reset();
    m_signInIssuer.clear();
}

bool AccountWizard::hasSignIn(const QString &issuer) const
{
    return m_signIn && m_signInIssuer == issuer;
}

void AccountWizard::setCatalog(const ProviderCatalog &catalog)
{
    m_catalog = catalog;
    m_detect->setCatalog(catalog);
    if (m_credentials && m_credentials->parent() == this)
        m_credentials->setCatalog(catalog);
}

std::optional<ProviderPreset> AccountWizard::preset() const
{
    if (m_draft.providerId.isEmpty())
        return std::nullopt;
    return m_catalog.byId(m_draft.providerId);
}

int AccountWizard::pageAfterLogin() const
{
    const QString domain = m_draft.email.section(QLatin1Char('@'), 1);
    if (domain.isEmpty())
        return TestPageId;
    // gmail.com, outlook.com: the provider's own domain, nothing for the
    // person to publish (the connection test's last step says so).
    if (m_catalog.matchDomain(domain))
        return TestPageId;
    if (const std::optional<ProviderPreset> own = preset(); own && own->matchesDomain(domain))
        return TestPageId;
    return DeliverabilityPageId;
}

QString AccountWizard::secret() const
{
    if (m_draft.signsInWithOAuth())
        return hasSignIn(m_draft.oauthIssuer) ? m_signIn->accessToken : QString();
    return m_passwordPage->password();
}

void AccountWizard::loadSecret(const ConnectionCheckPanel::SecretReady &ready)
{
    if (!m_draft.signsInWithOAuth()) {
        ready(m_passwordPage->password(), {});
        return;
    }
    if (!hasSignIn(m_draft.oauthIssuer)) {
        ready({}, tr("Not signed in: go back and sign in first."));
        return;
    }
    const int margin = m_credentials ? m_credentials->refreshMargin() : 60;
    if (!m_signIn->needsRefresh(QDateTime::currentDateTimeUtc(), margin)) {
        ready(m_signIn->accessToken, {});
        return;
    }
    // A test long after the sign-in (access tokens last about an hour):
    // renew it the way CredentialSource would once the account is saved.
    QString problem;
    const std::optional<oauth::OAuthClient> client = oauth::OAuthClientConfig().clientForIssuer(
        m_draft.oauthIssuer, m_catalog, m_draft.providerId, &problem);
    if (!client || m_signIn->refreshToken.isEmpty()) {
        ready(m_signIn->accessToken, problem);
        return;
    }
    if (!m_tokens)
        m_tokens = new oauth::TokenClient(this);
    QPointer<AccountWizard> self(this);
    m_tokens->refresh(*client, m_signIn->refreshToken, [self, ready](const oauth::TokenResult &result) {
        if (!self || !self->m_signIn) {
            ready({}, tr("Not signed in: go back and sign in first."));
            return;
        }
        if (!result.ok()) {
            ready(self->m_signIn->accessToken, result.error.text);
            return;
        }
        oauth::TokenSet renewed = *result.tokens;
        // RFC 6749 §6: keep the old refresh token unless a new one came.
        if (renewed.refreshToken.isEmpty())
            renewed.refreshToken = self->m_signIn->refreshToken;
        self->keepSignIn(self->m_signInIssuer, renewed);
        renewed.wipe();
        ready(self->m_signIn->accessToken, {});
    });
}

void AccountWizard::accept()
{
    if (m_saving)
        return;
    // The page decides whether Save may save now (the test page: only after
    // a passed test, or when the person chose "Save anyway"). QWizard would
    // ask it only after the account is written.
    if (!validateCurrentPage())
        return;
    Account account = m_draft;
    account.identities = { Identity { account.displayName, account.email, {}, {} } };
    if (const QString problem = account.validate(); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("The account cannot be saved"), problem);
        return;
    }
    if (const QString problem = m_accounts->add(account); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("The account cannot be saved"), problem);
        return;
    }
    if (account.signsInWithOAuth() && hasSignIn(account.oauthIssuer))
        saveSignIn(account);
    else
        saveSecret(account);
}

void AccountWizard::saveSecret(const Account &account)
{
    const QString secret = m_passwordPage->password();
    if (account.authMethod == sasl::AuthMethod::None || account.signsInWithOAuth() || secret.isEmpty()) {
        finishSaving(account);
        return;
    }
    // The account is on disk; the password goes to the keychain only.
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    QPointer<AccountWizard> self(this);
    m_secrets->write(account.id, SecretStore::Kind::Password, secret,
        [self, account, secret](const SecretStore::Result &result) {
            if (!self)
                return;
            if (result.status == SecretStore::Result::Status::Unavailable) {
                self->offerKeepForThisRun(account, result.message, SecretStore::Kind::Password, secret);
            } else if (!result.ok()) {
                QMessageBox::warning(self, tr("The password was not saved"),
                    tr("The account is saved, but its password is not: %1\nSet it "
                       "later in the account's settings.")
                        .arg(result.message));
            }
            self->finishSaving(account);
        });
}

void AccountWizard::saveSignIn(const Account &account)
{
    // The account is on disk; CredentialSource puts the refresh token in
    // the keychain (never a file) and keeps the access token in memory.
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    QPointer<AccountWizard> self(this);
    const QString refreshToken = m_signIn->refreshToken;
    credentialSource()->adoptSignIn(
        account, *m_signIn, [self, account, refreshToken](const CredentialSource::Result &result) {
            if (!self)
                return;
            if (result.status == CredentialSource::Result::Status::KeychainUnavailable) {
                self->offerKeepForThisRun(
                    account, result.message, SecretStore::Kind::OAuthRefreshToken, refreshToken);
            } else if (!result.ok()) {
                QMessageBox::warning(self, tr("The sign-in was not saved"),
                    tr("The account is saved, but its sign-in is not: %1\nSign in again in the account's "
                       "settings.")
                        .arg(result.message));
            }
            self->dropSignIn();
            self->finishSaving(account);
        });
}

void AccountWizard::offerKeepForThisRun(
    const Account &account, const QString &message, SecretStore::Kind kind, const QString &secret)
{
    const bool signIn = kind == SecretStore::Kind::OAuthRefreshToken;
    QMessageBox box(QMessageBox::Warning, tr("No keychain"), message, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("noKeychainBox"));
    box.setInformativeText(signIn
            ? tr("Stamp can keep the sign-in in memory until you quit it; it is never written to a file. "
                 "You will be asked to sign in again next time.")
            : tr("Stamp can keep the password in memory until you quit it; it is never written "
                 "to a file. You will be asked for it again next time."));
    QPushButton *keep = box.addButton(tr("&Keep until I quit"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepForThisRunButton"));
    box.addButton(tr("&Don't keep it"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == keep)
        m_secrets->keepForThisRun(account.id, kind, secret);
}

void AccountWizard::finishSaving(const Account &account)
{
    m_saving = false;
    emit accountSaved(account);
    QWizard::accept();
}

AccountWizard *accountWizardOf(const QWizardPage *page)
{
    // QWizardPage::wizard() is protected; the page lives inside the wizard.
    for (QObject *object = page->parent(); object; object = object->parent())
        if (auto *wizard = qobject_cast<AccountWizard *>(object))
            return wizard;
    return nullptr;
}

QString describeSource(const ServerCandidate &candidate, const QString &domain)
{
    switch (candidate.source) {
    case ServerCandidate::Source::Catalogue:
        return AccountWizard::tr("Preset for %1").arg(candidate.providerName);
    case ServerCandidate::Source::Autoconfig:
    case ServerCandidate::Source::WellKnown:
        return AccountWizard::tr("Published by %1 (autoconfig)").arg(domain);
    case ServerCandidate::Source::Mx:
        return AccountWizard::tr("Found through the MX record (%1, %2)")
            .arg(candidate.detail, candidate.providerName);
    case ServerCandidate::Source::Srv:
        return AccountWizard::tr("Found through the SRV record %1: check it, DNS answers can be forged")
            .arg(candidate.detail);
    case ServerCandidate::Source::Probe:
        return AccountWizard::tr("Probed %1:%2").arg(candidate.host).arg(candidate.port);
    }
    return {};
}

} // namespace stamp::ui
