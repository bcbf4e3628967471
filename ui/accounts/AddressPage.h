// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace stamp::ui {

// The wizard's first page: the address, the name people see in From, and
// what Stamp calls the account (filled in from the domain until edited).
class AddressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AddressPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    // Empty when `address` can be an account's address, else why not.
    static QString addressProblem(const QString &address);

private:
    QString problem() const;
    void onAddressEdited();
    void revalidate();

    QLineEdit *m_email;
    QLineEdit *m_name;
    QLineEdit *m_accountName;
    QLabel *m_error;
    bool m_accountNameEdited = false;
};

} // namespace stamp::ui
