#include "ServerPage.h"

#include "AccountSettingsServerForm.h"
#include "AccountWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stamp::ui {

ServerPage::ServerPage(QWidget *parent)
    : QWizardPage(parent)
    , m_form(new AccountSettingsServerForm(this))
    , m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Check the server"));
    setSubTitle(tr("These settings decide where your password goes. Change anything that does not match your "
                   "provider's instructions."));
    m_source->setObjectName(QStringLiteral("settingsSource"));
    m_source->setWordWrap(true);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_source);
    column->addWidget(m_form);
    column->addStretch(1);
    connect(m_form, &AccountSettingsServerForm::changed, this, &ServerPage::completeChanged);
}

void ServerPage::initializePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    m_form->load(wizard->draft());
    const QString source = wizard->settingsSource();
    m_source->setText(source.isEmpty() ? tr("Enter the settings your provider gives for sending mail (SMTP).")
                                       : tr("Found: %1.").arg(source));
    m_form->hostEdit()->setFocus();
}

bool ServerPage::isComplete() const
{
    return m_form->isValid();
}

bool ServerPage::validatePage()
{
    m_form->store(&accountWizardOf(this)->draft());
    return true;
}

int ServerPage::nextId() const
{
    // A server used without login needs no password page.
    Account probe;
    m_form->store(&probe);
    return probe.authMethod == sasl::AuthMethod::None ? AccountWizard::TestPageId
                                                      : AccountWizard::PasswordPageId;
}

} // namespace stamp::ui
