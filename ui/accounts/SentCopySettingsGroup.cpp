// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SentCopySettingsGroup.h"

#include "CertificateDialog.h"
#include "Colours.h"
#include "accounts/SentCopyDefaults.h"
#include "smtp/TlsReport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace stamp::ui {

namespace {

// The same rule as the Server tab: a password crosses only loopback in the clear.
bool isLoopbackName(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1");
}

// The settings without the switch, to tell a preset's guess left alone
// from one the person changed.
imap::ImapSettings switchedOn(imap::ImapSettings settings)
{
    settings.enabled = true;
    return settings;
}

} // namespace

SentCopySettingsGroup::SentCopySettingsGroup(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_group(new QGroupBox(tr("Put a &copy of each sent message in the Sent folder on the server"), this))
    , m_host(new QLineEdit(m_group))
    , m_port(new QLineEdit(m_group))
    , m_security(new QComboBox(m_group))
    , m_username(new QLineEdit(m_group))
    , m_folder(new QLineEdit(m_group))
    , m_pinLabel(new QLabel(m_group))
    , m_forgetPin(new QPushButton(tr("Forge&t"), m_group))
    , m_check(new QPushButton(tr("Chec&k"), m_group))
    , m_result(new QLabel(m_group))
    , m_review(new QPushButton(tr("&Review certificate..."), m_group))
    , m_error(new QLabel(m_group))
    , m_checker(new SentCopyCheck(this))
{
    setObjectName(QStringLiteral("sentCopySettings"));
    m_note->setObjectName(QStringLiteral("sentCopyProviderNote"));
    m_note->setWordWrap(true);

    m_group->setObjectName(QStringLiteral("sentCopyGroup"));
    m_group->setCheckable(true);
    m_group->setChecked(false);
    m_group->setAccessibleName(tr("Put a copy of each sent message in the Sent folder on the server"));

    m_host->setObjectName(QStringLiteral("sentCopyHostEdit"));
    m_host->setAccessibleName(tr("IMAP server host name"));
    m_host->setPlaceholderText(tr("imap.example.com"));

    // Text, not a spin box: empty means the security mode's usual port.
    m_port->setObjectName(QStringLiteral("sentCopyPortEdit"));
    m_port->setAccessibleName(tr("IMAP server port"));
    m_port->setMaxLength(5);

    // The Server tab's three honest modes, with IMAP's ports: TLS from the
    // start on 993 (RFC 8314 §3.3), STARTTLS required on 143 (RFC 9051
    // §6.2.1), none only where a password never leaves this machine.
    m_security->setObjectName(QStringLiteral("sentCopySecurityCombo"));
    m_security->setAccessibleName(tr("IMAP connection security"));
    m_security->addItem(
        tr("TLS from the start (usually port 993)"), QVariant::fromValue(int(SecurityMode::ImplicitTls)));
    m_security->addItem(tr("STARTTLS (usually port 143)"), QVariant::fromValue(int(SecurityMode::StartTls)));
    m_security->addItem(tr("None: no encryption"), QVariant::fromValue(int(SecurityMode::None)));

    m_username->setObjectName(QStringLiteral("sentCopyUserEdit"));
    m_username->setAccessibleName(tr("IMAP user name"));
    m_username->setPlaceholderText(tr("Same as for sending"));

    m_folder->setObjectName(QStringLiteral("sentCopyFolderEdit"));
    m_folder->setAccessibleName(tr("Sent folder"));
    m_folder->setPlaceholderText(tr("Found automatically"));
    m_folder->setToolTip(
        tr("Leave empty to use the folder the server marks as Sent, or one usually named so. "
           "A folder named here must exist."));

    // As on the Server tab: a trusted certificate is shown and can be
    // forgotten, never typed; it is set from the certificate dialog.
    m_pinLabel->setObjectName(QStringLiteral("sentCopyPinnedCertificateLabel"));
    m_pinLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinLabel->setWordWrap(true);
    m_forgetPin->setObjectName(QStringLiteral("sentCopyForgetPinButton"));
    m_forgetPin->setAccessibleName(tr("Stop trusting this IMAP server certificate"));
    m_forgetPin->setAccessibleDescription(
        tr("The copy to the Sent folder forgets the certificate it was told to "
           "trust; a certificate that cannot be verified is then refused again."));
    connect(m_forgetPin, &QPushButton::clicked, this, [this] { setPinnedCertificate({}); });
    auto *pinRow = new QHBoxLayout;
    pinRow->setContentsMargins(0, 0, 0, 0);
    pinRow->addWidget(m_pinLabel, 1);
    pinRow->addWidget(m_forgetPin);

    m_check->setObjectName(QStringLiteral("sentCopyCheckButton"));
    m_check->setAccessibleName(tr("Check the copy to the Sent folder"));
    m_check->setToolTip(tr("Log in to the IMAP server and look for the Sent folder. Nothing is put in it."));
    m_result->setObjectName(QStringLiteral("sentCopyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setObjectName(QStringLiteral("sentCopyReviewCertificateButton"));
    m_review->setAccessibleName(tr("Review the IMAP server's certificate"));
    m_review->setToolTip(
        tr("See the certificate, what failed and its fingerprint, and decide whether to trust it"));
    m_review->hide();

    m_error->setObjectName(QStringLiteral("sentCopyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(colours::problemStyle());

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("IMAP &server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Fol&der:"), m_folder);
    form->addRow(tr("Trusted certificate:"), pinRow);
    form->addRow(m_error);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check, 0, Qt::AlignTop);
    checkRow->addWidget(m_result, 1);
    auto *groupColumn = new QVBoxLayout(m_group);
    groupColumn->addLayout(form);
    groupColumn->addLayout(checkRow);
    groupColumn->addWidget(m_review, 0, Qt::AlignLeft);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_note);
    column->addWidget(m_group);

    setTabOrder(m_group, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_security);
    setTabOrder(m_security, m_username);
    setTabOrder(m_username, m_folder);
    setTabOrder(m_folder, m_forgetPin);
    setTabOrder(m_forgetPin, m_check);
    setTabOrder(m_check, m_review);

    connect(m_group, &QGroupBox::toggled, this, &SentCopySettingsGroup::revalidate);
    connect(m_host, &QLineEdit::textChanged, this, &SentCopySettingsGroup::revalidate);
    connect(m_port, &QLineEdit::textChanged, this, &SentCopySettingsGroup::revalidate);
    connect(m_security, &QComboBox::currentIndexChanged, this, &SentCopySettingsGroup::onSecurityChanged);
    connect(m_username, &QLineEdit::textChanged, this, &SentCopySettingsGroup::revalidate);
    connect(m_folder, &QLineEdit::textChanged, this, &SentCopySettingsGroup::revalidate);
    connect(m_check, &QPushButton::clicked, this, &SentCopySettingsGroup::startCheck);
    connect(m_review, &QPushButton::clicked, this, &SentCopySettingsGroup::reviewCertificate);
    connect(m_checker, &SentCopyCheck::finished, this, &SentCopySettingsGroup::showResult);
    onSecurityChanged();
}

SentCopySettingsGroup::~SentCopySettingsGroup() = default;

void SentCopySettingsGroup::load(const Account &account, const std::optional<ProviderPreset> &preset)
{
    m_loaded = account.sentCopy;
    m_accountName = account.name.isEmpty() ? account.email : account.name;
    imap::ImapSettings shown = account.sentCopy;
    m_guess.reset();
    // Only an account never set up gets the preset's server as a start
    // (switched off: a person turns it on); any other value, "off"
    // included, is the person's.
    if (account.sentCopy == Account::noSentCopy() && preset && !preset->imapServers.isEmpty()) {
        shown = SentCopyDefaults::fromPreset(*preset);
        shown.enabled = false;
        m_guess = switchedOn(shown);
    }
    m_group->setChecked(shown.enabled);
    m_host->setText(shown.host);
    m_security->setCurrentIndex(std::max(0, m_security->findData(int(shown.security))));
    m_port->setText(shown.port ? QString::number(shown.port) : QString());
    m_username->setText(shown.username);
    m_folder->setText(shown.sentFolder);
    m_pin = shown.pinnedSha256;
    showPin();

    QString note = tr("Some providers, such as Gmail and Outlook, put a copy of each message sent through "
                      "them in the Sent folder themselves; a copy from Stamp would be a second one.");
    if (preset) {
        const QString provider = preset->shortName.isEmpty() ? preset->displayName : preset->shortName;
        if (preset->serverFilesSentCopy)
            //: %1 is a mail provider such as Gmail
            note += QLatin1Char(' ') + tr("%1 does, so its preset leaves this off.").arg(provider);
        else if (!preset->imapServers.isEmpty())
            //: %1 is a mail provider such as Fastmail
            note += QLatin1Char(' ') + tr("%1 does not: switch this on to keep a copy there.").arg(provider);
    }
    m_note->setText(note);
    m_last.reset();
    m_result->clear();
    m_review->hide();
    revalidate();
}

imap::ImapSettings SentCopySettingsGroup::fields() const
{
    imap::ImapSettings settings = m_loaded;
    settings.enabled = m_group->isChecked();
    settings.host = m_host->text().trimmed();
    settings.port = static_cast<quint16>(m_port->text().trimmed().toUInt());
    settings.security = static_cast<SecurityMode>(m_security->currentData().toInt());
    settings.username = m_username->text().trimmed();
    settings.sentFolder = m_folder->text().trimmed();
    settings.pinnedSha256 = m_pin;
    return settings;
}

void SentCopySettingsGroup::store(Account *account) const
{
    const imap::ImapSettings settings = fields();
    // The preset's guess, left off and untouched, is not a setting of the
    // person's: the account stays as it was.
    if (!settings.enabled && m_guess && switchedOn(settings) == *m_guess) {
        account->sentCopy = m_loaded;
        return;
    }
    // Off with nothing typed is the model's one "off" value.
    if (!settings.enabled && settings.host.isEmpty() && settings.username.isEmpty()
        && settings.sentFolder.isEmpty() && settings.caFile.isEmpty() && settings.pinnedSha256.isEmpty()
        && settings.port == 0) {
        account->sentCopy = Account::noSentCopy();
        return;
    }
    account->sentCopy = settings;
}

QString SentCopySettingsGroup::problem() const
{
    if (!m_group->isChecked())
        return {};
    const QString host = m_host->text().trimmed();
    static const QRegularExpression hostPattern(QStringLiteral("^[^\\s/:@]+$|^\\[?[0-9A-Fa-f:.]+\\]?$"));
    if (host.isEmpty())
        return tr("Enter the IMAP server's host name, for example imap.example.com.");
    if (!hostPattern.match(host).hasMatch())
        return tr("\"%1\" is not a host name: leave out spaces, \"/\", \"@\" and the port.").arg(host);
    const QString port = m_port->text().trimmed();
    if (!port.isEmpty()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return tr("The port must be a number from 1 to 65535, or empty for the usual one.");
    }
    const auto security = static_cast<SecurityMode>(m_security->currentData().toInt());
    if (security == SecurityMode::None && !isLoopbackName(host))
        return tr("Without encryption your password would cross the network readable by anyone on the way, "
                  "so Stamp will not log in like that. Choose STARTTLS or TLS.");
    return {};
}

void SentCopySettingsGroup::onSecurityChanged()
{
    const auto security = static_cast<SecurityMode>(m_security->currentData().toInt());
    //: %1 is a port number
    m_port->setPlaceholderText(tr("Usual port (%1)").arg(imap::ImapSettings::defaultPort(security)));
    revalidate();
}

void SentCopySettingsGroup::revalidate()
{
    const QString text = problem();
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_check->setEnabled(!isChecking() && text.isEmpty() && !m_host->text().trimmed().isEmpty());
    emit changed();
}

void SentCopySettingsGroup::setAccountSource(std::function<Account()> source)
{
    m_accountSource = std::move(source);
}

void SentCopySettingsGroup::setSecretLoader(SecretLoader loader)
{
    m_loadSecret = std::move(loader);
}

bool SentCopySettingsGroup::isChecking() const
{
    return m_waitingForSecret || m_checker->isRunning();
}

void SentCopySettingsGroup::startCheck()
{
    if (isChecking())
        return;
    if (const QString text = problem(); !text.isEmpty()) {
        showResultText(text);
        return;
    }
    Account account;
    if (m_accountSource)
        account = m_accountSource();
    // Checked as it would be used once switched on.
    account.sentCopy = switchedOn(fields());
    m_last.reset();
    m_review->hide();
    //: %1 is a host name
    showResultText(tr("Logging in to %1 and looking for the Sent folder...").arg(account.sentCopy.host));
    m_waitingForSecret = true;
    m_check->setEnabled(false);
    QPointer<SentCopySettingsGroup> self(this);
    auto ready = [self, account](const QString &secret, const QString &problem) {
        if (!self || !self->m_waitingForSecret)
            return;
        self->m_waitingForSecret = false;
        if (!problem.isEmpty()) {
            SentCopyCheckResult result;
            result.text = problem;
            self->showResult(result);
            return;
        }
        self->m_checker->start(account, SentCopyCheck::loginFor(account, secret));
    };
    if (m_loadSecret)
        m_loadSecret(ready);
    else
        ready({}, tr("No password is available for the check."));
}

void SentCopySettingsGroup::cancelCheck()
{
    m_waitingForSecret = false;
    m_checker->cancel();
    revalidate();
}

void SentCopySettingsGroup::showResult(const SentCopyCheckResult &result)
{
    m_last = result;
    showResultText(result.text);
    m_result->setStyleSheet(result.ok ? QString() : colours::problemStyle());
    m_review->setVisible(result.offersPin());
    revalidate();
    emit checkFinished(result);
}

void SentCopySettingsGroup::showResultText(const QString &text)
{
    m_result->setStyleSheet(QString());
    m_result->setText(text);
    m_result->setAccessibleName(text);
}

void SentCopySettingsGroup::reviewCertificate()
{
    if (!m_last || !m_last->offersPin())
        return;
    CertificateDialog dialog(m_host->text().trimmed(), m_accountName, m_last->tls, this);
    if (dialog.exec() != QDialog::Accepted || dialog.fingerprint().isEmpty())
        return;
    // Kept when the person presses Save, like any other change here; the
    // check runs again so they see the certificate accepted.
    setPinnedCertificate(dialog.fingerprint());
    startCheck();
}

QWidget *SentCopySettingsGroup::firstField() const
{
    return m_group;
}

QWidget *SentCopySettingsGroup::lastField() const
{
    return m_review;
}

void SentCopySettingsGroup::setPinnedCertificate(const QString &sha256)
{
    if (m_pin == sha256)
        return;
    m_pin = sha256;
    showPin();
    emit changed();
}

void SentCopySettingsGroup::showPin()
{
    CertificateSummary summary;
    summary.sha256 = m_pin;
    m_pinLabel->setText(m_pin.isEmpty() ? tr("None") : tr("SHA-256 %1").arg(summary.sha256Display()));
    m_forgetPin->setVisible(!m_pin.isEmpty());
}

} // namespace stamp::ui
