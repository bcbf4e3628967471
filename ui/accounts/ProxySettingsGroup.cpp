// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProxySettingsGroup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace stamp::ui {

namespace {
using Mode = ProxySettings::Mode;

// The ports the two kinds usually listen on (IANA "socks"; Squid's 3128).
int usualPort(Mode mode)
{
    return mode == Mode::HttpConnect ? 3128 : 1080;
}
} // namespace

ProxySettingsGroup::ProxySettingsGroup(QWidget *parent)
    : QGroupBox(tr("Proxy"), parent)
    , m_mode(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remoteDns(new QCheckBox(tr("Resolve &names through the proxy"), this))
{
    setObjectName(QStringLiteral("proxyGroup"));
    m_mode->setObjectName(QStringLiteral("proxyModeCombo"));
    m_mode->setAccessibleName(tr("Proxy"));
    m_mode->setAccessibleDescription(
        tr("How Stamp reaches the mail server: through the proxy the system is set "
           "up with, directly, or through a SOCKS5 or HTTP proxy of your choice."));
    m_mode->addItem(tr("Use the system's proxy settings"), int(Mode::System));
    m_mode->addItem(tr("No proxy"), int(Mode::None));
    m_mode->addItem(tr("SOCKS5"), int(Mode::Socks5));
    m_mode->addItem(tr("HTTP (CONNECT)"), int(Mode::HttpConnect));

    m_host->setObjectName(QStringLiteral("proxyHostEdit"));
    m_host->setAccessibleName(tr("Proxy host name"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port->setObjectName(QStringLiteral("proxyPortSpin"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_port->setRange(1, 65535);
    m_port->setValue(usualPort(Mode::Socks5));
    m_user->setObjectName(QStringLiteral("proxyUserEdit"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_user->setPlaceholderText(tr("Optional"));
    m_password->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_password->setAccessibleName(tr("Proxy password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_password->setPlaceholderText(tr("Leave empty to keep the saved password"));
    m_remoteDns->setObjectName(QStringLiteral("proxyRemoteDnsCheck"));
    m_remoteDns->setAccessibleDescription(
        tr("The proxy looks up the server's name, so this computer's DNS never "
           "sees it. Needed when only the proxy's network knows the name."));

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Pr&oxy:"), m_mode);
    form->addRow(tr("Pro&xy host:"), m_host);
    form->addRow(tr("Proxy por&t:"), m_port);
    form->addRow(tr("Prox&y user:"), m_user);
    form->addRow(tr("Proxy passwor&d:"), m_password);
    form->addRow(m_remoteDns);

    setTabOrder(m_mode, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_remoteDns);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ProxySettingsGroup::onModeChanged);
    for (QLineEdit *edit : { m_host, m_user, m_password })
        connect(edit, &QLineEdit::textChanged, this, &ProxySettingsGroup::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ProxySettingsGroup::changed);
    connect(m_remoteDns, &QCheckBox::toggled, this, &ProxySettingsGroup::changed);
    onModeChanged();
}

void ProxySettingsGroup::load(const ProxySettings &proxy)
{
    m_lastMode = proxy.mode;
    m_mode->setCurrentIndex(m_mode->findData(int(proxy.mode)));
    m_host->setText(proxy.host);
    m_port->setValue(proxy.port ? proxy.port : usualPort(proxy.mode));
    m_user->setText(proxy.username);
    m_password->clear();
    m_remoteDns->setChecked(proxy.remoteDns);
    onModeChanged();
}

ProxySettings ProxySettingsGroup::settings() const
{
    ProxySettings proxy;
    proxy.mode = static_cast<Mode>(m_mode->currentData().toInt());
    if (!proxy.isExplicit())
        return proxy;
    proxy.host = m_host->text().trimmed();
    proxy.port = static_cast<quint16>(m_port->value());
    proxy.username = m_user->text().trimmed();
    proxy.remoteDns = proxy.mode == Mode::Socks5 && m_remoteDns->isChecked();
    return proxy;
}

QString ProxySettingsGroup::password() const
{
    return settings().needsPassword() ? m_password->text() : QString();
}

void ProxySettingsGroup::clearPassword()
{
    m_password->clear();
}

QString ProxySettingsGroup::problem() const
{
    const ProxySettings proxy = settings();
    if (!proxy.isExplicit())
        return {};
    static const QRegularExpression hostPattern(QStringLiteral("^[^\\s/:@]+$|^\\[?[0-9A-Fa-f:.]+\\]?$"));
    if (proxy.host.isEmpty())
        return tr("Enter the proxy's host name, or choose \"No proxy\".");
    if (!hostPattern.match(proxy.host).hasMatch())
        return tr("\"%1\" is not a proxy host name: leave out spaces, \"/\", \"@\" and the port.")
            .arg(proxy.host);
    return proxy.validate();
}

QWidget *ProxySettingsGroup::firstField() const
{
    return m_mode;
}

QWidget *ProxySettingsGroup::lastField() const
{
    return m_remoteDns;
}

void ProxySettingsGroup::onModeChanged()
{
    const auto mode = static_cast<Mode>(m_mode->currentData().toInt());
    const bool own = mode == Mode::Socks5 || mode == Mode::HttpConnect;
    // Follow the kind with the port only while it is the other kind's usual one.
    if (own && m_port->value() == usualPort(m_lastMode) && m_lastMode != mode)
        m_port->setValue(usualPort(mode));
    if (own)
        m_lastMode = mode;
    for (QWidget *field : std::initializer_list<QWidget *> { m_host, m_port, m_user, m_password })
        field->setEnabled(own);
    // An HTTP proxy always resolves the name it is asked to CONNECT to.
    m_remoteDns->setEnabled(mode == Mode::Socks5);
    emit changed();
}

} // namespace stamp::ui
