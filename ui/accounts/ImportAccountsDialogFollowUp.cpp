// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// After the import: each new account's password once, for the keychain,
// and the browser sign-in for accounts that sign in with their provider.

#include "ImportAccountsDialog.h"
#include "PasswordDialog.h"
#include "accounts/SecretStore.h"

#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>

namespace stamp::ui {

void ImportAccountsDialog::askNextPassword()
{
    if (m_passwordQueue.isEmpty()) {
        showSummary();
        return;
    }
    const Account account = m_passwordQueue.takeFirst();
    // The app's own password prompt, opened with open(): a child the dialog
    // waits for, not a nested event loop.
    auto *ask = new PasswordDialog(
        account.name, account.username.isEmpty() ? account.email : account.username, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setReason(
        tr("The password for the new account \"%1\" at %2. Cancel to give it later in the account's "
           "settings.")
            .arg(account.name, account.host));
    connect(ask, &QDialog::finished, this, [this, ask, account](int result) {
        QString secret = result == QDialog::Accepted ? ask->password() : QString();
        const bool remember = ask->remember();
        ask->clearPassword();
        if (secret.isEmpty()) {
            m_passwordsLater << account.name;
            askNextPassword();
            return;
        }
        if (!remember) {
            // Until Stamp quits, never in a file (as the prompt's box says).
            m_secrets->keepForThisRun(account.id, SecretStore::Kind::Password, secret);
            secret.fill(QLatin1Char('\0'));
            m_passwordsForNow << account.name;
            askNextPassword();
            return;
        }
        const QPointer<ImportAccountsDialog> guard(this);
        m_secrets->write(account.id, SecretStore::Kind::Password, secret,
            [guard, account](const SecretStore::Result &written) {
                if (!guard)
                    return;
                if (written.ok())
                    guard->m_passwordsSaved << account.name;
                else
                    guard->m_passwordFailures
                        << tr("The password for %1 was not saved: %2").arg(account.name, written.message);
                guard->askNextPassword();
            });
        secret.fill(QLatin1Char('\0'));
    });
    ask->open();
}

void ImportAccountsDialog::showSummary()
{
    QStringList names;
    QStringList signIns;
    for (const Account &account : std::as_const(m_created)) {
        names << account.name;
        if (account.signsInWithOAuth())
            signIns << account.name;
    }
    QStringList lines;
    const QLocale locale;
    if (names.isEmpty())
        lines << tr("No account was created.");
    else
        lines << tr("%n account(s) created: %1.", nullptr, int(names.size()))
                     .arg(locale.createSeparatedList(names));
    for (const QString &problem : std::as_const(m_problems))
        lines << tr("Not saved: %1").arg(problem);
    if (!m_passwordsSaved.isEmpty())
        lines << tr("Passwords saved in the keychain for %1.")
                     .arg(locale.createSeparatedList(m_passwordsSaved));
    if (!m_passwordsForNow.isEmpty()) {
        lines << tr("Passwords kept until Stamp quits for %1.")
                     .arg(locale.createSeparatedList(m_passwordsForNow));
    }
    if (!m_passwordsLater.isEmpty()) {
        lines << tr("Give the password for %1 later: Account menu, Settings, Password tab.")
                     .arg(locale.createSeparatedList(m_passwordsLater));
    }
    lines << m_passwordFailures;
    if (m_passwordQueue.isEmpty() && !signIns.isEmpty()) {
        lines << tr(
            "Signing in with the provider, in the browser: %1. Press the button below, or later use the "
            "Account menu, Settings, Sign-in tab.")
                     .arg(locale.createSeparatedList(signIns));
        // One sign-in at a time: the first here, the others from their settings.
        m_signIn->setText(tr("&Sign in to %1...").arg(signIns.first()));
        m_signIn->setAccessibleName(tr("Sign in to %1").arg(signIns.first()));
        m_signIn->setProperty("accountName", signIns.first());
        m_signIn->show();
    }
    m_summary->setText(lines.join(QStringLiteral("\n\n")));
    m_summary->setAccessibleName(lines.join(QLatin1Char(' ')));
}

} // namespace stamp::ui
