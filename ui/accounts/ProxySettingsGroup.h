// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/ProxySettings.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace stamp::ui {

// How the account reaches its server: the system's proxy settings, no
// proxy, or a SOCKS5 or HTTP proxy with an optional login. The password is
// only held here until the dialog writes it to the keychain.
class ProxySettingsGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProxySettingsGroup(QWidget *parent = nullptr);

    void load(const ProxySettings &proxy);
    ProxySettings settings() const;
    // What was typed; empty to keep the saved one.
    QString password() const;
    void clearPassword();

    // Empty when usable, else what to fix, for a person.
    QString problem() const;

    QWidget *firstField() const;
    QWidget *lastField() const;

signals:
    void changed();

private:
    void onModeChanged();

    QComboBox *m_mode;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remoteDns;
    ProxySettings::Mode m_lastMode = ProxySettings::Mode::System;
};

} // namespace stamp::ui
