// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AddressPage.h"

#include "Colours.h"

#include "AccountWizard.h"
#include "accounts/AccountStore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace stamp::ui {

AddressPage::AddressPage(QWidget *parent)
    : QWizardPage(parent)
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_accountName(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addressPage"));
    setTitle(tr("Your address"));
    // Not the subtitle: see DiscoveryPage.
    auto *intro
        = new QLabel(tr("Stamp looks up how to send for this address. Nothing is sent with your password "
                        "until you have checked the server."),
            this);
    intro->setObjectName(QStringLiteral("addressIntro"));
    intro->setWordWrap(true);

    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_name->setObjectName(QStringLiteral("displayNameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("As people should see it, e.g. Ann Example"));
    m_accountName->setObjectName(QStringLiteral("accountNameEdit"));
    m_accountName->setAccessibleName(tr("Account name"));
    m_accountName->setToolTip(tr("A short name for this account: it appears in the main window's From "
                                 "list and in the Account column of Sent"));
    m_error->setObjectName(QStringLiteral("addressError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(colours::problemStyle());

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(intro);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Account &called:"), m_accountName);
    form->addRow(m_error);
    setTabOrder(m_email, m_name);
    setTabOrder(m_name, m_accountName);

    connect(m_email, &QLineEdit::textChanged, this, &AddressPage::onAddressEdited);
    connect(m_accountName, &QLineEdit::textEdited, this, [this] { m_accountNameEdited = true; });
    connect(m_accountName, &QLineEdit::textChanged, this, &AddressPage::revalidate);
    revalidate();
}

QString AddressPage::addressProblem(const QString &address)
{
    // Enough to look the domain up and to log in; the full RFC 5322 parse
    // happens when a message is written.
    static const QRegularExpression shape(
        QStringLiteral("^[^\\s@<>()\\[\\],;:\"]+@([^\\s@<>()\\[\\],;:\"]+)$"));
    const QRegularExpressionMatch match = shape.match(address);
    if (!match.hasMatch())
        return tr("Enter an address like ann@example.com.");
    const QString domain = match.captured(1);
    if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QStringLiteral("..")))
        return tr("The part after @ is not a domain name.");
    return {};
}

QString AddressPage::problem() const
{
    const QString address = m_email->text().trimmed();
    if (address.isEmpty())
        return {}; // nothing typed yet: no scolding, Next simply waits
    if (QString p = addressProblem(address); !p.isEmpty())
        return p;
    const QString name = m_accountName->text().trimmed();
    if (!Account::isValidName(name))
        return tr(
            "Call the account with letters, digits, dots, dashes or underscores, starting with a letter "
            "or digit.");
    if (AccountWizard *wizard = accountWizardOf(this); wizard && wizard->accounts()->find(name))
        return tr("There is already an account called \"%1\".").arg(name);
    return {};
}

bool AddressPage::isComplete() const
{
    return !m_email->text().trimmed().isEmpty() && problem().isEmpty();
}

void AddressPage::onAddressEdited()
{
    if (!m_accountNameEdited) {
        // "ann@mail.example.com" -> "example"-like names are guesses; the
        // domain's first label is short and usually what people say.
        const QString address = m_email->text().trimmed();
        const QString domain = address.section(QLatin1Char('@'), 1);
        QString name = domain.section(QLatin1Char('.'), 0, 0).toLower();
        name.remove(QRegularExpression(QStringLiteral("[^a-z0-9._-]")));
        AccountWizard *wizard = accountWizardOf(this);
        if (wizard && !name.isEmpty() && wizard->accounts()->find(name)) {
            int n = 2;
            while (wizard->accounts()->find(QStringLiteral("%1-%2").arg(name).arg(n)))
                ++n;
            name = QStringLiteral("%1-%2").arg(name).arg(n);
        }
        m_accountName->setText(name);
    }
    revalidate();
}

void AddressPage::revalidate()
{
    const QString text = problem();
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    emit completeChanged();
}

bool AddressPage::validatePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    Account &draft = wizard->draft();
    const QString address = m_email->text().trimmed();
    if (draft.email != address) {
        // A new address: what was found or typed for the old one is stale.
        draft.host.clear();
        draft.username.clear();
        draft.providerId.clear();
    }
    draft.email = address;
    draft.displayName = m_name->text().trimmed();
    draft.name = m_accountName->text().trimmed();
    return true;
}

} // namespace stamp::ui
