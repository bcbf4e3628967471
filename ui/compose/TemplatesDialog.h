// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace stamp {
class TemplateStore;
}

namespace stamp::ui {

// "Manage templates": the saved templates by name, to rename or delete.
// Templates are made from the composer (Save as template).
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatesDialog(TemplateStore *store, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    void reload();
    // Each asks first (the new name; whether to delete); true when done.
    bool renameSelected();
    bool deleteSelected();

signals:
    void templatesChanged();

private:
    QString selectedName() const;
    void updateButtons();

    TemplateStore *m_store;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

}  // namespace stamp::ui
