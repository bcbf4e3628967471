// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplatesDialog.h"

#include "outbox/TemplateStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

TemplatesDialog::TemplatesDialog(TemplateStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(tr("There are no templates yet. In a new message, choose Templates, then Save as "
                            "template."),
                         this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("templatesDialog"));
    setWindowTitle(tr("Templates"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_empty->setObjectName(QStringLiteral("noTemplatesLabel"));
    m_empty->setWordWrap(true);
    m_rename->setObjectName(QStringLiteral("renameTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &TemplatesDialog::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::updateButtons);

    auto *side = new QVBoxLayout;
    side->addWidget(m_rename);
    side->addWidget(m_delete);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(row, 1);
    layout->addWidget(close);
    reload();
}

TemplatesDialog::~TemplatesDialog() = default;

void TemplatesDialog::reload()
{
    const QString keep = selectedName();
    m_list->clear();
    for (const Template &t : m_store->list()) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setToolTip(t.content.subject);
        if (TemplateStore::sameName(t.name, keep))
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setVisible(m_list->count() == 0);
    updateButtons();
}

QString TemplatesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void TemplatesDialog::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr;
    m_rename->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

bool TemplatesDialog::renameSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return false;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("renameTemplateDialog"));
    ask.setWindowTitle(tr("Rename template"));
    ask.setLabelText(tr("New &name for \"%1\":").arg(name));
    ask.setTextValue(name);
    if (ask.exec() != QDialog::Accepted)
        return false;
    const QString newName = ask.textValue().trimmed();
    if (const QString problem = m_store->rename(name, newName); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Rename template"), problem);
        return false;
    }
    reload();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->text() == newName)
            m_list->setCurrentRow(row);
    }
    emit templatesChanged();
    return true;
}

bool TemplatesDialog::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return false;
    QMessageBox confirm(QMessageBox::Question, tr("Delete template?"),
                        tr("Delete the template \"%1\"? Messages started from it stay as they are.").arg(name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("deleteTemplateQuestion"));
    confirm.button(QMessageBox::Yes)->setText(tr("&Delete"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    if (const QString problem = m_store->remove(name); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Delete template"), problem);
        return false;
    }
    reload();
    emit templatesChanged();
    return true;
}

}  // namespace stamp::ui
