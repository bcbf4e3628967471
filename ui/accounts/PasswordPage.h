// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stamp::ui {

// The password (or app password), with the provider's advice and a link to
// the page where an app password is made. The text stays in memory only.
class PasswordPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PasswordPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    QString password() const;

private:
    QLabel *m_intro;
    QLineEdit *m_password;
    QPushButton *m_show;
    QLabel *m_hint;
    QLabel *m_link;
    QLabel *m_note;
};

} // namespace stamp::ui
