// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ConnectionCheckPanel.h"
#include "OAuthSignInPanel.h"
#include "accounts/Account.h"
#include "dns/DnsResolver.h"
#include "providers/ProviderCatalog.h"
#include "accounts/SecretStore.h"
#include "accounts/ServerCandidate.h"
#include "oauth/TokenResponse.h"

#include <QPointer>
#include <QWizard>
#include <optional>

namespace stamp {
class AccountStore;
class Autodetect;
class CredentialSource;
namespace oauth {
class TokenClient;
}
} // namespace stamp

namespace stamp::ui {

class PasswordPage;

// Adds an account the way the desktop issue describes: address and name,
// discovery with its sources shown, the server settings to review, the
// password with the provider's hint (or, for providers with OAuth, "Sign in
// with Google" in the browser), a live connection test, then save: only a
// tested account, or one the person chose to save anyway (TestPage).
// Nothing carries the password or a token before the person has seen the
// server (discovery never logs in; the test runs only when asked). A
// sign-in's tokens stay in this object's memory until Save hands them to
// CredentialSource, which puts the refresh token in the keychain.
class AccountWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        AddressPageId,
        DiscoveryPageId,
        ServerPageId,
        SignInPageId,
        PasswordPageId,
        TestPageId,
        DeliverabilityPageId
    };

    // `accounts` and `secrets` are not owned and must outlive the wizard.
    explicit AccountWizard(AccountStore *accounts, SecretStore *secrets, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // Where a sign-in is saved on Save. Not owned; the app passes its shared
    // one so the access token is there for the first send. Without one the
    // wizard makes its own on `secrets`.
    void setCredentialSource(CredentialSource *credentials);
    CredentialSource *credentialSource();
    // How the provider's sign-in page is opened (the system browser by
    // default; tests play the browser).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    UrlOpener urlOpener() const { return m_openUrl; }

    // Discovery, to configure (tests point it at local doubles).
    Autodetect *autodetect() const { return m_detect; }
    void setCatalog(const ProviderCatalog &catalog);
    const ProviderCatalog &catalog() const { return m_catalog; }
    // Where the Deliverability page asks DNS. Not owned; null (the
    // default): the system's resolver.
    void setDomainResolver(DnsResolver *resolver) { m_domainResolver = resolver; }
    DnsResolver *domainResolver() const { return m_domainResolver; }
    // The page after the password or sign-in: Deliverability for an address
    // at the person's own domain, else the test.
    int pageAfterLogin() const;
    AccountStore *accounts() const { return m_accounts; }

    // The account as the pages have filled it in so far.
    Account &draft() { return m_draft; }
    const Account &draft() const { return m_draft; }
    std::optional<ProviderPreset> preset() const;
    // Where the server settings came from, for a person; empty when typed.
    QString settingsSource() const { return m_settingsSource; }
    void setSettingsSource(const QString &source) { m_settingsSource = source; }
    // The password typed, or the sign-in's access token.
    QString secret() const;
    // The secret for the connection test: the password, or for a sign-in
    // an access token, refreshed first when it is about to run out.
    void loadSecret(const ConnectionCheckPanel::SecretReady &ready);

    // A finished sign-in with `issuer`, kept in memory until Save.
    void keepSignIn(const QString &issuer, const oauth::TokenSet &tokens);
    void dropSignIn();
    bool hasSignIn(const QString &issuer) const;

    void accept() override;

signals:
    void accountSaved(const stamp::Account &account);

private:
    void saveSecret(const Account &account);
    void saveSignIn(const Account &account);
    // Offers to keep `secret` for this run when no keychain answered.
    void offerKeepForThisRun(
        const Account &account, const QString &message, SecretStore::Kind kind, const QString &secret);
    void finishSaving(const Account &account);

    AccountStore *m_accounts;
    SecretStore *m_secrets;
    CredentialSource *m_credentials = nullptr;
    oauth::TokenClient *m_tokens = nullptr;
    UrlOpener m_openUrl;
    Autodetect *m_detect;
    ProviderCatalog m_catalog;
    PasswordPage *m_passwordPage;
    QPointer<DnsResolver> m_domainResolver;
    Account m_draft;
    QString m_signInIssuer;
    std::optional<oauth::TokenSet> m_signIn;
    QString m_settingsSource;
    bool m_saving = false;
};

// The wizard a page belongs to (pages are only ever added to one).
AccountWizard *accountWizardOf(const QWizardPage *page);

// How a discovery candidate's source reads for a person.
QString describeSource(const ServerCandidate &candidate, const QString &domain);

} // namespace stamp::ui
