// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

class QLabel;

namespace stamp::ui {

class AccountSettingsServerForm;

// The server settings to review before anything is sent with the password:
// pre-filled from the chosen candidate, every field editable and checked as
// it is typed. What is wrong is said once the person has typed or chosen
// something here, not on arrival at an empty form.
class ServerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ServerPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void touched();
    void quietUntilTouched();

    AccountSettingsServerForm *m_form;
    QLabel *m_source;
    QLabel *m_error = nullptr; // the form's
    bool m_touched = false;
};

} // namespace stamp::ui
