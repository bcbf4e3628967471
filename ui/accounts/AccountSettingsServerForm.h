// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stamp::ui {

class ProxySettingsGroup;

// The server half of an account: host, port, security, login method, user
// name, an extra CA file and, in the settings dialog, the proxy. Shared by the wizard's server page and the
// settings dialog, so both validate the same way as the person types.
class AccountSettingsServerForm : public QWidget
{
    Q_OBJECT

public:
    explicit AccountSettingsServerForm(QWidget *parent = nullptr);

    // Fills the fields from `account` (its server and login parts only).
    void load(const Account &account);
    // Copies the fields into `account`, leaving its identity untouched.
    void store(Account *account) const;

    // Empty when the fields are usable, else what to fix, for a person.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    QLineEdit *hostEdit() const { return m_host; }

    // The one certificate trusted for this account by its SHA-256
    // fingerprint (lower-case hex); empty to trust the usual way only.
    void setPinnedCertificate(const QString &sha256);
    QString pinnedCertificate() const { return m_pin; }

    // The proxy group (hidden unless shown: the wizard does not ask).
    void setShowsProxy(bool shows);
    // The proxy password typed in; empty to keep the saved one.
    QString proxyPassword() const;
    void clearProxyPassword();

signals:
    void changed();

private:
    void onSecurityChanged();
    void browseCaFile();
    void revalidate();
    void showPin();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QComboBox *m_auth;
    QLineEdit *m_username;
    QLineEdit *m_caFile;
    QLabel *m_pinLabel;
    QWidget *m_pinRow;
    QString m_pin;
    QLabel *m_error;
    ProxySettingsGroup *m_proxy;
    bool m_showsProxy = false;
    SecurityMode m_lastSecurity = SecurityMode::StartTls;
};

} // namespace stamp::ui
