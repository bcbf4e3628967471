// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PasswordPage.h"

#include "AccountWizard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace stamp::ui {

PasswordPage::PasswordPage(QWidget *parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_show(new QPushButton(tr("S&how"), this))
    , m_hint(new QLabel(this))
    , m_link(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordPage"));
    setTitle(tr("Your password"));
    // Not the subtitle: see DiscoveryPage.
    auto *keptWhere
        = new QLabel(tr("It is kept in your system's keychain, never in a file, and sent only to the "
                        "server you checked."),
            this);
    keptWhere->setObjectName(QStringLiteral("passwordKeptWhere"));
    keptWhere->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("passwordIntro"));
    m_intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    // Keep the password out of input-method history and clipboard managers.
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_show->setObjectName(QStringLiteral("showPasswordButton"));
    m_show->setAccessibleName(tr("Show the password"));
    m_show->setCheckable(true);
    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(shown ? tr("H&ide") : tr("S&how"));
        m_show->setAccessibleName(shown ? tr("Hide the password") : tr("Show the password"));
    });
    m_hint->setObjectName(QStringLiteral("appPasswordHint"));
    m_hint->setWordWrap(true);
    m_link->setObjectName(QStringLiteral("appPasswordLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("providerNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setOpenExternalLinks(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_show);
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    auto *column = new QVBoxLayout(this);
    column->addWidget(keptWhere);
    column->addWidget(m_intro);
    column->addWidget(label);
    column->addLayout(row);
    column->addSpacing(8);
    column->addWidget(m_hint);
    column->addWidget(m_link);
    column->addWidget(m_note);
    column->addStretch(1);
    setTabOrder(m_password, m_show);
    setTabOrder(m_show, m_link);

    connect(m_password, &QLineEdit::textChanged, this, &PasswordPage::completeChanged);
}

void PasswordPage::initializePage()
{
    AccountWizard *wizard = accountWizardOf(this);
    const Account &draft = wizard->draft();
    m_intro->setText(tr("The password for %1 on %2.").arg(draft.username.toHtmlEscaped(), draft.host));
    const std::optional<ProviderPreset> preset = wizard->preset();
    if (preset && !preset->appPasswordText.isEmpty()) {
        m_hint->setText(tr("%1: %2").arg(preset->displayName, preset->appPasswordText));
        m_password->setPlaceholderText(preset->appPasswordRequired ? tr("App password") : tr("Password"));
    } else {
        m_hint->setText(tr("Use your mail account's password. If your provider offers app passwords, an app "
                           "password is safer: it works only for mail and can be withdrawn on its own."));
        m_password->setPlaceholderText(tr("Password"));
    }
    const QString url = preset ? preset->appPasswordUrl : QString();
    m_link->setText(url.isEmpty() ? QString()
                                  : QStringLiteral("<a href=\"%1\">%2</a>")
                                        .arg(QUrl(url).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                            tr("Create an app password").toHtmlEscaped()));
    m_link->setAccessibleName(tr("Create an app password (opens %1 in your browser)").arg(url));
    m_link->setToolTip(url);
    m_link->setVisible(!url.isEmpty());

    QStringList notes;
    if (preset && !preset->enableUrl.isEmpty())
        notes << tr("Sending must be switched on first: <a href=\"%1\">open the setting</a>.")
                     .arg(preset->enableUrl.toHtmlEscaped());
    if (preset && !preset->note.isEmpty())
        notes << preset->note.toHtmlEscaped();
    if (preset && preset->oauthOnly())
        notes << tr("%1 accepts only its own sign-in (OAuth2), not a password: logging in with a password "
                    "will fail. Go back and set the login method to Automatic to sign in in your browser.")
                     .arg(preset->displayName.toHtmlEscaped());
    m_note->setText(notes.join(QStringLiteral("<br>")));
    m_note->setVisible(!notes.isEmpty());
    m_password->setFocus();
}

bool PasswordPage::isComplete() const
{
    return !m_password->text().isEmpty();
}

QString PasswordPage::password() const
{
    return m_password->text();
}

int PasswordPage::nextId() const
{
    return accountWizardOf(this)->pageAfterLogin();
}

} // namespace stamp::ui
