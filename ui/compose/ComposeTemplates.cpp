// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Message templates in the composer: saving the message as one, and a
// message started from one (docs/OUTBOX.md, "Templates").

#include "AddressField.h"
#include "AttachmentList.h"
#include "Colours.h"
#include "ComposeWindow.h"
#include "StatusAnnouncer.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace stamp::ui {

QToolButton *ComposeWindow::makeTemplatesButton()
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("templatesButton"));
    button->setText(tr("Tem&plates"));
    button->setAccessibleName(tr("Templates"));
    button->setToolTip(tr("Keep this message as a template to start new messages from"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("templatesMenu"));
    QAction *save = menu->addAction(tr("Save as &template…"), this, [this] { saveAsTemplate(); });
    save->setObjectName(QStringLiteral("saveAsTemplateAction"));
    button->setMenu(menu);
    button->hide();  // until there is a store (setTemplateStore)
    return button;
}

void ComposeWindow::setTemplateStore(TemplateStore *store)
{
    m_templates = store;
    m_templatesButton->setVisible(store != nullptr);
}

bool ComposeWindow::saveAsTemplate()
{
    if (!m_templates)
        return false;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("templateNameDialog"));
    ask.setWindowTitle(tr("Save as template"));
    ask.setLabelText(tr("Template &name:"));
    ask.setTextValue(m_subject->text().trimmed());
    if (ask.exec() != QDialog::Accepted)
        return false;
    Template t;
    t.name = ask.textValue().trimmed();
    if (const QString problem = TemplateStore::nameProblem(t.name); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Save as template"), problem);
        return false;
    }
    t.accountId = m_target.accountId;
    t.content = currentDraft();
    t.content.id.clear();  // the template is a file of its own, not this draft
    TemplateStore::Existing existing = TemplateStore::Existing::Keep;
    if (const std::optional<Template> other = m_templates->find(t.name)) {
        QMessageBox replace(QMessageBox::Question, tr("Replace the template?"),
                            tr("A template named \"%1\" exists already. Replace it with this message?")
                                .arg(other->name),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
        replace.setObjectName(QStringLiteral("replaceTemplateQuestion"));
        replace.button(QMessageBox::Yes)->setText(tr("&Replace"));
        replace.setDefaultButton(QMessageBox::Cancel);
        if (replace.exec() != QMessageBox::Yes)
            return false;
        existing = TemplateStore::Existing::Replace;
    }
    if (const QString error = m_templates->save(t, existing); !error.isEmpty()) {
        showProblem(tr("The template could not be saved"), error.toHtmlEscaped());
        return false;
    }
    m_announcer->announce(tr("Saved as the template \"%1\".").arg(t.name), StatusAnnouncer::Kind::Done);
    emit templatesChanged();
    return true;
}

void ComposeWindow::loadTemplate(const Template &t, const QStringList &notes)
{
    Draft content = t.content;
    content.id.clear();  // a new message: it becomes a draft of its own once edited
    const QStringList missing = t.missingAttachments();
    content.attachments.removeIf([&missing](const QString &path) { return missing.contains(path); });
    loadDraft(content);

    QStringList lines = notes;
    if (!missing.isEmpty())
        lines << tr("The template attaches files that are not there any more; they are not attached: %1")
                     .arg(QLocale().createSeparatedList(missing));
    if (!m_templateNotice) {
        m_templateNotice = new QLabel(this);
        m_templateNotice->setObjectName(QStringLiteral("templateNotice"));
        m_templateNotice->setAccessibleName(tr("About the template"));
        m_templateNotice->setWordWrap(true);
        // Paths and names are shown as they are, never read as markup.
        m_templateNotice->setTextFormat(Qt::PlainText);
        m_templateNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_templateNotice->setStyleSheet(QStringLiteral("color: %1;").arg(colours::warning().name()));
        auto *column = qobject_cast<QVBoxLayout *>(layout());
        column->insertWidget(column->indexOf(m_notice) + 1, m_templateNotice);
    }
    m_templateNotice->setText(lines.join(QLatin1Char('\n')));
    m_templateNotice->setVisible(!lines.isEmpty());
    setWindowTitle(tr("New message from \"%1\"").arg(t.name));
    m_templateStart = currentDraft();
    if (m_to->text().isEmpty())
        m_to->setFocus();
}

}  // namespace stamp::ui
