// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountSettingsServerForm.h"

#include "Colours.h"
#include "ProxySettingsGroup.h"
#include "smtp/TlsReport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace stamp::ui {

namespace {

bool isLoopbackName(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1");
}

} // namespace

AccountSettingsServerForm::AccountSettingsServerForm(QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_auth(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_proxy(new ProxySettingsGroup(this))
{
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("Server host name"));
    m_host->setPlaceholderText(tr("smtp.example.com"));

    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setAccessibleName(tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort(SecurityMode::StartTls));

    // Only the three honest modes: there is no "STARTTLS if offered", since
    // a silent downgrade is exactly what an attacker would arrange (RFC 3207 §6).
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->setAccessibleName(tr("Connection security"));
    m_security->setAccessibleDescription(
        tr("STARTTLS and TLS from the start both encrypt the connection, password included; they differ in the "
           "port the server expects. None sends everything readable on the way."));
    m_security->addItem(tr("STARTTLS (usually port 587)"), QVariant::fromValue(int(SecurityMode::StartTls)));
    m_security->addItem(
        tr("TLS from the start (usually port 465)"), QVariant::fromValue(int(SecurityMode::ImplicitTls)));
    m_security->addItem(tr("None: no encryption"), QVariant::fromValue(int(SecurityMode::None)));

    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->setAccessibleName(tr("Login method"));
    const QList<QPair<QString, sasl::AuthMethod>> methods = {
        { tr("Automatic (strongest the server offers)"), sasl::AuthMethod::Auto },
        { tr("SCRAM-SHA-256"), sasl::AuthMethod::ScramSha256 },
        { tr("SCRAM-SHA-1"), sasl::AuthMethod::ScramSha1 },
        { tr("PLAIN"), sasl::AuthMethod::Plain },
        { tr("LOGIN"), sasl::AuthMethod::Login },
        { tr("CRAM-MD5"), sasl::AuthMethod::CramMd5 },
        { tr("No login"), sasl::AuthMethod::None },
    };
    for (const auto &[label, method] : methods)
        m_auth->addItem(label, QVariant::fromValue(int(method)));

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("User name"));

    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("Extra trusted CA file"));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file, for a server signed by your own CA"));
    m_caFile->setToolTip(tr("Certificates in this file are trusted for this account, in addition to the "
                            "system's. Use it for a company or test CA; it never turns checking off."));
    auto *browse = new QPushButton(tr("Bro&wse..."), this);
    browse->setObjectName(QStringLiteral("caFileBrowse"));
    browse->setAccessibleName(tr("Choose a CA file"));
    connect(browse, &QPushButton::clicked, this, &AccountSettingsServerForm::browseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    // A trusted certificate is shown (and can be forgotten) but never typed
    // here: it is set from the certificate dialog, after a person has seen it.
    m_pinRow = new QWidget(this);
    m_pinLabel = new QLabel(m_pinRow);
    m_pinLabel->setObjectName(QStringLiteral("pinnedCertificateLabel"));
    m_pinLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinLabel->setWordWrap(true);
    auto *forget = new QPushButton(tr("&Forget"), m_pinRow);
    forget->setObjectName(QStringLiteral("forgetPinButton"));
    forget->setAccessibleName(tr("Stop trusting this certificate"));
    forget->setAccessibleDescription(tr("The account forgets the certificate it was told to trust; a server "
                                        "certificate that cannot be verified is then refused again."));
    connect(forget, &QPushButton::clicked, this, [this] { setPinnedCertificate({}); });
    auto *pinLayout = new QHBoxLayout(m_pinRow);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    pinLayout->addWidget(m_pinLabel, 1);
    pinLayout->addWidget(forget);

    m_error->setObjectName(QStringLiteral("serverError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(colours::problemStyle());

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&Login method:"), m_auth);
    form->addRow(tr("&User name:"), m_username);
    // A layout row has no buddy of its own: name the field for the mnemonic.
    auto *caLabel = new QLabel(tr("Trust &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Trusted certificate:"), m_pinRow);
    form->addRow(m_proxy);
    m_proxy->hide();
    form->addRow(m_error);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_security);
    setTabOrder(m_security, m_auth);
    setTabOrder(m_auth, m_username);
    setTabOrder(m_username, m_caFile);
    setTabOrder(m_caFile, browse);
    setTabOrder(browse, m_proxy->firstField());

    connect(m_host, &QLineEdit::textChanged, this, &AccountSettingsServerForm::revalidate);
    connect(m_port, &QSpinBox::valueChanged, this, &AccountSettingsServerForm::revalidate);
    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountSettingsServerForm::onSecurityChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &AccountSettingsServerForm::revalidate);
    connect(m_username, &QLineEdit::textChanged, this, &AccountSettingsServerForm::revalidate);
    connect(m_caFile, &QLineEdit::textChanged, this, &AccountSettingsServerForm::revalidate);
    connect(m_proxy, &ProxySettingsGroup::changed, this, &AccountSettingsServerForm::revalidate);
    showPin();
    revalidate();
}

void AccountSettingsServerForm::load(const Account &account)
{
    m_lastSecurity = account.security;
    m_host->setText(account.host);
    m_security->setCurrentIndex(m_security->findData(int(account.security)));
    m_port->setValue(account.port ? account.port : defaultPort(account.security));
    // The OAuth mechanisms are offered only to an account that signs in:
    // without a sign-in they have no token to send.
    if (account.signsInWithOAuth() && m_auth->findData(int(account.authMethod)) < 0) {
        m_auth->addItem(
            tr("Sign-in with OAuth (XOAUTH2)"), QVariant::fromValue(int(sasl::AuthMethod::XOAuth2)));
        m_auth->addItem(
            tr("Sign-in with OAuth (OAUTHBEARER)"), QVariant::fromValue(int(sasl::AuthMethod::OAuthBearer)));
    }
    m_auth->setCurrentIndex(m_auth->findData(int(account.authMethod)));
    m_username->setText(account.username);
    m_caFile->setText(account.caFile);
    m_pin = account.pinnedSha256;
    m_proxy->load(account.proxy);
    showPin();
    revalidate();
}

void AccountSettingsServerForm::setShowsProxy(bool shows)
{
    m_showsProxy = shows;
    m_proxy->setVisible(shows);
    revalidate();
}

QString AccountSettingsServerForm::proxyPassword() const
{
    return m_showsProxy ? m_proxy->password() : QString();
}

void AccountSettingsServerForm::clearProxyPassword()
{
    m_proxy->clearPassword();
}

void AccountSettingsServerForm::setPinnedCertificate(const QString &sha256)
{
    if (m_pin == sha256)
        return;
    m_pin = sha256;
    showPin();
    emit changed();
}

void AccountSettingsServerForm::showPin()
{
    CertificateSummary summary;
    summary.sha256 = m_pin;
    m_pinLabel->setText(m_pin.isEmpty() ? tr("None") : tr("SHA-256 %1").arg(summary.sha256Display()));
    m_pinRow->findChild<QPushButton *>(QStringLiteral("forgetPinButton"))->setVisible(!m_pin.isEmpty());
}

void AccountSettingsServerForm::store(Account *account) const
{
    account->host = m_host->text().trimmed();
    account->port = static_cast<quint16>(m_port->value());
    account->security = static_cast<SecurityMode>(m_security->currentData().toInt());
    account->authMethod = static_cast<sasl::AuthMethod>(m_auth->currentData().toInt());
    account->username
        = account->authMethod == sasl::AuthMethod::None ? QString() : m_username->text().trimmed();
    account->caFile = m_caFile->text().trimmed();
    account->pinnedSha256 = m_pin;
    if (m_showsProxy)
        account->proxy = m_proxy->settings();
    // A password mechanism chosen instead of the sign-in ends the sign-in.
    if (account->authMethod != sasl::AuthMethod::XOAuth2
        && account->authMethod != sasl::AuthMethod::OAuthBearer)
        account->oauthIssuer.clear();
}

QString AccountSettingsServerForm::problem() const
{
    const QString host = m_host->text().trimmed();
    // Host names and address literals; IDN host names are accepted as typed.
    static const QRegularExpression hostPattern(QStringLiteral("^[^\\s/:@]+$|^\\[?[0-9A-Fa-f:.]+\\]?$"));
    if (host.isEmpty())
        return tr("Enter the server's host name, for example smtp.example.com.");
    if (!hostPattern.match(host).hasMatch())
        return tr("\"%1\" is not a host name: leave out spaces, \"/\", \"@\" and the port.").arg(host);
    const auto method = static_cast<sasl::AuthMethod>(m_auth->currentData().toInt());
    if (method != sasl::AuthMethod::None && m_username->text().trimmed().isEmpty())
        return tr("Enter the user name to log in with (often your email address).");
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isFile())
        return tr("The CA file \"%1\" does not exist.").arg(ca);
    const auto security = static_cast<SecurityMode>(m_security->currentData().toInt());
    if (security == SecurityMode::None && method != sasl::AuthMethod::None && !isLoopbackName(host))
        return tr("Without encryption your password would cross the network readable by anyone on the way, "
                  "so Stamp will not log in like that. Choose STARTTLS or TLS.");
    if (m_showsProxy)
        return m_proxy->problem();
    return {};
}

void AccountSettingsServerForm::onSecurityChanged()
{
    const auto security = static_cast<SecurityMode>(m_security->currentData().toInt());
    // Follow the mode with the port only while the port is still the old
    // mode's default: a port the person typed is theirs.
    if (m_port->value() == defaultPort(m_lastSecurity))
        m_port->setValue(defaultPort(security));
    m_lastSecurity = security;
    revalidate();
}

void AccountSettingsServerForm::browseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CA certificate file"),
        m_caFile->text(), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void AccountSettingsServerForm::revalidate()
{
    const auto method = static_cast<sasl::AuthMethod>(m_auth->currentData().toInt());
    m_username->setEnabled(method != sasl::AuthMethod::None);
    const QString text = problem();
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    emit changed();
}

} // namespace stamp::ui
