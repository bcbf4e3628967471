#pragma once

#include "accounts/Account.h"
#include "accounts/ProviderCatalog.h"
#include "accounts/ServerCandidate.h"

#include <QWizard>
#include <optional>

namespace stamp {
class AccountStore;
class Autodetect;
class SecretStore;
} // namespace stamp

namespace stamp::ui {

class PasswordPage;

// Adds an account the way the desktop issue describes: address and name,
// discovery with its sources shown, the server settings to review, the
// password with the provider's hint, a live connection test, then save.
// Nothing carries the password before the person has seen the server
// (discovery never logs in; the test runs only when asked).
class AccountWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { AddressPageId, DiscoveryPageId, ServerPageId, PasswordPageId, TestPageId };

    // `accounts` and `secrets` are not owned and must outlive the wizard.
    explicit AccountWizard(AccountStore *accounts, SecretStore *secrets, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // Discovery, to configure (tests point it at local doubles).
    Autodetect *autodetect() const { return m_detect; }
    void setCatalog(const ProviderCatalog &catalog);
    const ProviderCatalog &catalog() const { return m_catalog; }
    AccountStore *accounts() const { return m_accounts; }

    // The account as the pages have filled it in so far.
    Account &draft() { return m_draft; }
    const Account &draft() const { return m_draft; }
    std::optional<ProviderPreset> preset() const;
    // Where the server settings came from, for a person; empty when typed.
    QString settingsSource() const { return m_settingsSource; }
    void setSettingsSource(const QString &source) { m_settingsSource = source; }
    QString secret() const;

    void accept() override;

signals:
    void accountSaved(const stamp::Account &account);

private:
    void finishSaving(const Account &account);

    AccountStore *m_accounts;
    SecretStore *m_secrets;
    Autodetect *m_detect;
    ProviderCatalog m_catalog;
    PasswordPage *m_passwordPage;
    Account m_draft;
    QString m_settingsSource;
    bool m_saving = false;
};

// The wizard a page belongs to (pages are only ever added to one).
AccountWizard *accountWizardOf(const QWizardPage *page);

// How a discovery candidate's source reads for a person.
QString describeSource(const ServerCandidate &candidate, const QString &domain);

} // namespace stamp::ui
