// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerPage.h"

#include "AccountSettingsServerForm.h"
#include "AccountWizard.h"

#include <QAbstractButton>
#include <QComboBox>
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
    // Not the subtitle: see DiscoveryPage.
    auto *intro
        = new QLabel(tr("These settings decide where your login goes. Change anything that does not match "
                        "your provider's instructions."),
            this);
    intro->setObjectName(QStringLiteral("serverIntro"));
    intro->setWordWrap(true);
    m_source->setObjectName(QStringLiteral("settingsSource"));
    m_source->setWordWrap(true);
    auto *column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addWidget(m_source);
    column->addWidget(m_form);
    column->addStretch(1);
    connect(m_form, &AccountSettingsServerForm::changed, this, &ServerPage::completeChanged);
    // The form says what is wrong as soon as it knows; here that waits for
    // the person's first input (typing, a choice, Browse).
    m_error = m_form->findChild<QLabel *>(QStringLiteral("serverError"));
    connect(m_form, &AccountSettingsServerForm::changed, this, &ServerPage::quietUntilTouched);
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &ServerPage::touched);
    for (QComboBox *combo : m_form->findChildren<QComboBox *>())
        connect(combo, &QComboBox::activated, this, &ServerPage::touched);
    for (QAbstractButton *button : m_form->findChildren<QAbstractButton *>())
        connect(button, &QAbstractButton::clicked, this, &ServerPage::touched);
}

void ServerPage::touched()
{
    m_touched = true;
    if (m_error)
        m_error->setVisible(!m_error->text().isEmpty());
}

void ServerPage::quietUntilTouched()
{
    if (!m_touched && m_error)
        m_error->hide();
}

void ServerPage::initializePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    m_touched = false;
    m_form->load(wizard->draft());
    quietUntilTouched();
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
    Account &draft = accountWizardOf(this)->draft();
    m_form->store(&draft);
    // The sign-in page decides on OAuth afresh each time.
    draft.oauthIssuer.clear();
    return true;
}

int ServerPage::nextId() const
{
    // A server used without login needs no password page; a provider with
    // OAuth gets "Sign in with ..." unless the person picked a password
    // mechanism here.
    Account probe;
    m_form->store(&probe);
    if (probe.authMethod == sasl::AuthMethod::None)
        return accountWizardOf(this)->pageAfterLogin();
    const std::optional<ProviderPreset> preset = accountWizardOf(this)->preset();
    if (probe.authMethod == sasl::AuthMethod::Auto && preset && preset->supportsOAuth())
        return AccountWizard::SignInPageId;
    return AccountWizard::PasswordPageId;
}

} // namespace stamp::ui
