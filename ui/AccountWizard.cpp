#include "AccountWizard.h"

#include "AddressPage.h"
#include "DiscoveryPage.h"
#include "PasswordPage.h"
#include "ServerPage.h"
#include "TestPage.h"
#include "accounts/AccountStore.h"
#include "accounts/Autodetect.h"
#include "accounts/SecretStore.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace stamp::ui {

AccountWizard::AccountWizard(AccountStore *accounts, SecretStore *secrets, QWidget *parent)
    : QWizard(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
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
    setPage(PasswordPageId, m_passwordPage);
    setPage(TestPageId, new TestPage(this));
    setStartId(AddressPageId);
    resize(720, 560);
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::setCatalog(const ProviderCatalog &catalog)
{
    m_catalog = catalog;
    m_detect->setCatalog(catalog);
}

std::optional<ProviderPreset> AccountWizard::preset() const
{
    if (m_draft.providerId.isEmpty())
        return std::nullopt;
    return m_catalog.byId(m_draft.providerId);
}

QString AccountWizard::secret() const
{
    return m_passwordPage->password();
}

void AccountWizard::accept()
{
    if (m_saving)
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
    const QString secret = this->secret();
    if (account.authMethod == sasl::AuthMethod::None || secret.isEmpty()) {
        finishSaving(account);
        return;
    }
    // The account is on disk; the password goes to the keychain only.
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    QPointer<AccountWizard> self(this);
    SecretStore *secrets = m_secrets;
    secrets->write(account.id, SecretStore::Kind::Password, secret,
        [self, secrets, account, secret](const SecretStore::Result &result) {
            if (!self)
                return;
            if (result.status == SecretStore::Result::Status::Unavailable) {
                QMessageBox box(
                    QMessageBox::Warning, tr("No keychain"), result.message, QMessageBox::NoButton, self);
                box.setObjectName(QStringLiteral("noKeychainBox"));
                box.setInformativeText(
                    tr("Stamp can keep the password in memory until you quit it; it is never written "
                       "to a file. You will be asked for it again next time."));
                QPushButton *keep = box.addButton(tr("&Keep until I quit"), QMessageBox::AcceptRole);
                keep->setObjectName(QStringLiteral("keepForThisRunButton"));
                box.addButton(tr("&Don't keep it"), QMessageBox::RejectRole);
                box.exec();
                if (box.clickedButton() == keep)
                    secrets->keepForThisRun(account.id, SecretStore::Kind::Password, secret);
            } else if (!result.ok()) {
                QMessageBox::warning(self, tr("The password was not saved"),
                    tr("The account is saved, but its password is not: %1\nSet it "
                       "later in the account's settings.")
                        .arg(result.message));
            }
            self->finishSaving(account);
        });
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
