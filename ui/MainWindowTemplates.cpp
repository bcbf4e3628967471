// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow: File > New from template, and the templates dialog
// (docs/OUTBOX.md, "Templates").

#include "ComposeWindow.h"
#include "MainWindow.h"
#include "TemplatesDialog.h"
#include "accounts/AccountStore.h"
#include "client/MailClient.h"
#include "client/SandboxAccount.h"

#include <QComboBox>
#include <QMenu>
#include <QStatusBar>

namespace stamp::ui {

void MainWindow::setupTemplateMenu(QMenu *file)
{
    QMenu *menu = file->addMenu(tr("New from &template"));
    menu->setObjectName(QStringLiteral("newFromTemplateMenu"));
    // Read when opened: templates come and go from composers and the
    // command line while the window is open.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillTemplateMenu(menu); });
    fillTemplateMenu(menu);
}

void MainWindow::fillTemplateMenu(QMenu *menu)
{
    menu->clear();
    const QList<Template> all = m_templates.list();
    if (all.isEmpty())
        menu->addAction(tr("No templates yet"))->setEnabled(false);
    for (const Template &t : all) {
        // A name is shown as written: "&" is not a mnemonic here.
        QAction *action = menu->addAction(QString(t.name).replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                                          [this, name = t.name] { composeFromTemplate(name); });
        action->setStatusTip(t.content.subject);
    }
    menu->addSeparator();
    QAction *manage = menu->addAction(tr("&Manage templates…"), this, [this] { manageTemplates(); });
    manage->setObjectName(QStringLiteral("manageTemplatesAction"));
}

ComposeWindow *MainWindow::composeFromTemplate(const QString &name)
{
    std::optional<Template> t = m_templates.find(name);
    if (!t) {
        statusBar()->showMessage(tr("There is no template named \"%1\" any more.").arg(name), 10000);
        return nullptr;
    }
    QStringList notes;
    bool accountFound = false;
    for (const Account &account : m_client->accounts().accounts()) {
        if (account.id == t->accountId) {
            selectAccount(account.name);
            accountFound = true;
        }
    }
    if (!accountFound && t->accountId == SandboxAccount::id() && startSandbox())
        accountFound = true;
    if (!accountFound && !t->accountId.isEmpty() && !m_accountCombo->currentData().toString().isEmpty()) {
        // Its sender belonged to that account: the composer's own first
        // identity stands instead.
        t->content.from.clear();
        notes << tr("The account this template was saved with is not set up any more; the message is sent "
                    "through %1.")
                     .arg(m_accountCombo->currentText());
    }
    m_pendingTemplate = *t;
    m_pendingTemplateNotes = notes;
    return compose();
}

TemplatesDialog *MainWindow::manageTemplates()
{
    auto *dialog = new TemplatesDialog(&m_templates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

}  // namespace stamp::ui
