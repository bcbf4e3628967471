// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OAuthSignInPanel.h"

#include "Colours.h"
#include "providers/ProviderCatalog.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthSignIn.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

namespace {
// What a person registers as the redirect address: RFC 8252 §7.3, the
// loopback IP literal; the port is chosen per sign-in and providers
// ignore it for loopback addresses.
const QString kRedirectAddress = QStringLiteral("http://127.0.0.1");
} // namespace

UrlOpener systemBrowser()
{
    return [](const QUrl &url) { QDesktopServices::openUrl(url); };
}

OAuthSignInPanel::OAuthSignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_open(systemBrowser())
    , m_headline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_signIn(new QPushButton(this))
    , m_cancel(new QPushButton(tr("&Cancel sign-in"), this))
    , m_linkIntro(new QLabel(tr("No browser window? Open this address in your browser:"), this))
    , m_link(new QLabel(this))
    , m_addressEdit(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Cop&y address"), this))
    , m_linkRow(new QWidget(this))
    , m_changeRegistration(new QPushButton(tr("Use another app &registration\u2026"), this))
    , m_registration(new QWidget(this))
    , m_registrationIntro(new QLabel(m_registration))
    , m_clientId(new QLineEdit(m_registration))
    , m_clientSecretLabel(new QLabel(tr("Client s&ecret:"), m_registration))
    , m_clientSecret(new QLineEdit(m_registration))
    , m_redirect(new QLineEdit(kRedirectAddress, m_registration))
    , m_useRegistration(new QPushButton(tr("&Use this registration"), m_registration))
{
    setObjectName(QStringLiteral("oauthSignInPanel"));
    m_headline->setObjectName(QStringLiteral("signInHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->hide();

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAutoDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->setAccessibleName(tr("Stop waiting for the browser"));
    m_cancel->hide();

    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setAccessibleName(tr("Waiting for the browser"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    // The problem sentences name a file and a setting to copy.
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_linkIntro->setWordWrap(true);
    // The whole address in a read-only field: selectable, copyable, and it
    // scrolls instead of stretching the window (it is a few hundred
    // characters without a space).
    m_addressEdit->setObjectName(QStringLiteral("signInAddressEdit"));
    m_addressEdit->setAccessibleName(tr("Sign-in address"));
    m_addressEdit->setReadOnly(true);
    m_linkIntro->setBuddy(m_addressEdit);
    m_link->setObjectName(QStringLiteral("signInLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Through the same opener as the button, so tests see every open.
    connect(m_link, &QLabel::linkActivated, this, [this](const QString &) {
        if (m_url.isValid() && m_open)
            m_open(m_url);
    });
    m_copy->setObjectName(QStringLiteral("copySignInAddressButton"));
    m_copy->setAccessibleName(tr("Copy the sign-in address"));
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
    auto *linkColumn = new QVBoxLayout(m_linkRow);
    linkColumn->setContentsMargins(0, 0, 0, 0);
    linkColumn->addWidget(m_linkIntro);
    auto *linkLine = new QHBoxLayout;
    linkLine->addWidget(m_addressEdit, 1);
    linkLine->addWidget(m_copy);
    linkColumn->addLayout(linkLine);
    linkColumn->addWidget(m_link);
    m_linkRow->hide();

    m_changeRegistration->setObjectName(QStringLiteral("changeRegistrationButton"));
    m_changeRegistration->setAccessibleName(tr("Enter your own app registration"));
    m_changeRegistration->hide();
    connect(m_changeRegistration, &QPushButton::clicked, this, [this] {
        showRegistration(false);
        m_clientId->setFocus();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_headline);
    column->addWidget(m_status);
    column->addLayout(buttons);
    column->addWidget(m_progress);
    column->addWidget(m_linkRow);
    column->addWidget(m_changeRegistration, 0, Qt::AlignLeft);
    column->addWidget(makeRegistrationForm());
    setTabOrder(m_signIn, m_cancel);
    setTabOrder(m_cancel, m_addressEdit);
    setTabOrder(m_addressEdit, m_copy);
    setTabOrder(m_copy, m_link);
    setTabOrder(m_link, m_changeRegistration);
    setTabOrder(m_changeRegistration, m_clientId);
    setTabOrder(m_clientId, m_clientSecret);
    setTabOrder(m_clientSecret, m_redirect);
    setTabOrder(m_redirect, m_useRegistration);

    connect(m_signIn, &QPushButton::clicked, this, &OAuthSignInPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignInPanel::cancel);
}

OAuthSignInPanel::~OAuthSignInPanel()
{
    abandon();
}

void OAuthSignInPanel::abandon()
{
    // Closes the loopback listener at once; no finished() reaches us.
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        delete m_flow;
    }
    m_url.clear();
}

QString OAuthSignInPanel::brandFor(const QString &issuer, const QString &fallback)
{
    static const QList<QPair<QString, QString>> brands = {
        { QStringLiteral("accounts.google.com"), QStringLiteral("Google") },
        { QStringLiteral("login.microsoftonline.com"), QStringLiteral("Microsoft") },
        { QStringLiteral("login.yahoo.com"), QStringLiteral("Yahoo") },
        { QStringLiteral("login.aol.com"), QStringLiteral("AOL") },
        { QStringLiteral("www.fastmail.com"), QStringLiteral("Fastmail") },
        { QStringLiteral("comcast.net"), QStringLiteral("Xfinity") },
    };
    for (const auto &[known, brand] : brands)
        if (issuer == known)
            return brand;
    return fallback.isEmpty() ? issuer : fallback;
}

QWidget *OAuthSignInPanel::makeRegistrationForm()
{
    m_registration->setObjectName(QStringLiteral("appRegistrationForm"));
    m_registrationIntro->setObjectName(QStringLiteral("appRegistrationExplanation"));
    m_registrationIntro->setWordWrap(true);
    m_registrationIntro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Client ID of the app registration"));
    m_clientId->setClearButtonEnabled(true);
    // Not a person's secret (RFC 8252 §8.5: an installed app cannot keep
    // one), so shown as typed; it is still never logged.
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setAccessibleName(tr("Client secret of the app registration"));
    m_clientSecret->setClearButtonEnabled(true);
    m_redirect->setObjectName(QStringLiteral("redirectAddressEdit"));
    m_redirect->setAccessibleName(tr("Redirect address to register"));
    m_redirect->setReadOnly(true);
    m_useRegistration->setObjectName(QStringLiteral("useRegistrationButton"));
    m_useRegistration->setAccessibleName(tr("Use this app registration"));
    m_useRegistration->setEnabled(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *idLabel = new QLabel(tr("Client &ID:"), m_registration);
    idLabel->setBuddy(m_clientId);
    m_clientSecretLabel->setBuddy(m_clientSecret);
    auto *redirectLabel = new QLabel(tr("Redirect address:"), m_registration);
    redirectLabel->setBuddy(m_redirect);
    form->addRow(redirectLabel, m_redirect);
    form->addRow(idLabel, m_clientId);
    form->addRow(m_clientSecretLabel, m_clientSecret);
    auto *column = new QVBoxLayout(m_registration);
    column->setContentsMargins(0, 6, 0, 0);
    column->addWidget(m_registrationIntro);
    column->addLayout(form);
    column->addWidget(m_useRegistration, 0, Qt::AlignLeft);
    m_registration->hide();

    connect(m_clientId, &QLineEdit::textChanged, this, &OAuthSignInPanel::updateRegistrationButton);
    connect(m_clientSecret, &QLineEdit::textChanged, this, &OAuthSignInPanel::updateRegistrationButton);
    connect(m_clientId, &QLineEdit::returnPressed, this, &OAuthSignInPanel::useRegistration);
    connect(m_clientSecret, &QLineEdit::returnPressed, this, &OAuthSignInPanel::useRegistration);
    connect(m_useRegistration, &QPushButton::clicked, this, &OAuthSignInPanel::useRegistration);
    return m_registration;
}

void OAuthSignInPanel::prepare(
    const oauth::OAuthClient &client, const QString &address, const QString &actionText)
{
    abandon();
    m_client = client;
    m_hasClient = true;
    m_address = address;
    m_actionText = actionText;
    m_headline->hide();
    m_status->show();
    m_signIn->show();
    m_registration->hide();
    m_changeRegistration->setVisible(m_target.has_value());
    setState(State::Idle);
}

std::optional<oauth::OAuthClient> OAuthSignInPanel::prepareFor(const QString &issuer,
    const ProviderCatalog &catalog, const QString &presetId, const QString &address,
    const QString &actionText)
{
    Target target { issuer, std::nullopt, {} };
    if (const std::optional<ProviderPreset> preset = catalog.byId(presetId);
        preset && preset->oauth.issuer == issuer)
        target.preset = preset;
    for (const ProviderPreset &preset : catalog.presets())
        if (!target.preset && preset.oauth.issuer == issuer)
            target.preset = preset;
    target.brand = brandFor(issuer, target.preset ? target.preset->shortName : QString());
    m_target = target;
    m_address = address;
    m_actionText = actionText;

    const oauth::OAuthClientConfig config;
    QString problem;
    const std::optional<oauth::OAuthClient> found = m_target->preset
        ? config.clientFor(*m_target->preset, &problem)
        : config.clientForIssuer(issuer, ProviderCatalog(), {}, &problem);
    if (found) {
        prepare(*found, address, actionText);
        return found;
    }
    if (config.lacksRegistration(issuer)) {
        abandon();
        m_client = {};
        m_hasClient = false;
        m_signIn->hide();
        m_changeRegistration->hide();
        setState(State::Unavailable);
        showRegistration(true);
        return std::nullopt;
    }
    // Settings someone set up on this computer are broken; the details
    // (a file and its keys) are for them, in the documentation and the
    // command line's messages, not for this page.
    showUnavailable(tr("Stamp cannot sign in to %1 for you.").arg(m_target->brand),
        tr("The sign-in settings for %1 on this computer cannot be used. Whoever set them up can "
           "repair them; until then, Stamp cannot sign in there.")
            .arg(m_target->brand));
    return std::nullopt;
}

void OAuthSignInPanel::showUnavailable(const QString &headline, const QString &problem)
{
    abandon();
    m_client = {};
    m_hasClient = false;
    m_headline->setText(headline);
    m_headline->setVisible(!headline.isEmpty());
    m_status->setText(problem);
    m_status->show();
    m_signIn->hide();
    m_registration->hide();
    m_changeRegistration->hide();
    setState(State::Unavailable);
}

std::optional<oauth::OAuthClient> OAuthSignInPanel::client() const
{
    if (!m_hasClient)
        return std::nullopt;
    return m_client;
}

void OAuthSignInPanel::showRegistration(bool required)
{
    if (!m_target)
        return;
    const QString brand = m_target->brand;
    const bool needsSecret = oauth::OAuthClientConfig::requiresClientSecret(m_target->issuer);
    QString text;
    if (required) {
        m_headline->setText(tr("To sign in with %1, Stamp needs an app registration").arg(brand));
        m_headline->show();
        m_status->hide();
        text = tr("%1 wants to know which app is asking before it lets you sign in. An app tells it with "
                  "an app registration, and this copy of Stamp came without one for %1. Your "
                  "administrator, or you, can create one in %1's developer console: register a desktop "
                  "app and allow the redirect address %2. Then enter the client ID it gives you here; "
                  "Stamp remembers it on this computer.")
                   .arg(brand, kRedirectAddress);
    } else {
        text = tr("Stamp tells %1 which app is asking with an app registration. To use one of your own "
                  "(a desktop app in %1's developer console, with the redirect address %2), enter its "
                  "client ID here. A sign-in made with one registration does not carry over to another: "
                  "sign in again after changing it.")
                   .arg(brand, kRedirectAddress);
    }
    if (needsSecret)
        text += QLatin1Char(' ')
            + tr("%1 also gives desktop apps a client secret: enter it too. It identifies the app, not "
                 "you.")
                  .arg(brand);
    m_registrationIntro->setText(text);
    m_clientSecretLabel->setVisible(needsSecret);
    m_clientSecret->setVisible(needsSecret);
    const oauth::AppRegistration mine = oauth::OAuthClientConfig::personalRegistration(m_target->issuer);
    m_clientId->setText(mine.clientId);
    m_clientSecret->setText(mine.clientSecret);
    m_changeRegistration->hide();
    m_registration->show();
    updateRegistrationButton();
}

void OAuthSignInPanel::updateRegistrationButton()
{
    const bool needsSecret = m_target && oauth::OAuthClientConfig::requiresClientSecret(m_target->issuer);
    m_useRegistration->setEnabled(!m_clientId->text().trimmed().isEmpty()
        && (!needsSecret || !m_clientSecret->text().trimmed().isEmpty()));
}

void OAuthSignInPanel::useRegistration()
{
    if (!m_target || !m_useRegistration->isEnabled())
        return;
    oauth::OAuthClientConfig::setPersonalRegistration(
        m_target->issuer, { m_clientId->text().trimmed(), m_clientSecret->text().trimmed() });
    ProviderCatalog catalog;
    if (m_target->preset)
        catalog.add(*m_target->preset);
    const Target target = *m_target;
    if (prepareFor(
            target.issuer, catalog, target.preset ? target.preset->id : QString(), m_address, m_actionText)) {
        m_signIn->setFocus();
    }
    emit clientChanged();
}

void OAuthSignInPanel::showSignedIn()
{
    abandon();
    setState(State::SignedIn);
}

void OAuthSignInPanel::start()
{
    if (m_state == State::Waiting || m_state == State::Finishing || m_state == State::Unavailable)
        return;
    m_url.clear();
    auto *flow = new oauth::OAuthSignIn(m_client, this);
    m_flow = flow;
    flow->setLoginHint(m_address);
    if (m_timeoutMs > 0)
        flow->setTimeout(m_timeoutMs);
    connect(flow, &oauth::OAuthSignIn::authorizationUrlReady, this, &OAuthSignInPanel::onUrlReady);
    connect(flow, &oauth::OAuthSignIn::browserReturned, this, [this] { setState(State::Finishing); });
    connect(flow, &oauth::OAuthSignIn::finished, this, &OAuthSignInPanel::onFinished);
    setState(State::Waiting);
    flow->start();
}

void OAuthSignInPanel::cancel()
{
    if (m_flow)
        m_flow->cancel(); // finished(Cancelled) follows from the event loop
}

void OAuthSignInPanel::onUrlReady(const QUrl &url)
{
    m_url = url;
    const QString shown = url.toString(QUrl::FullyEncoded);
    m_addressEdit->setText(shown);
    m_addressEdit->setCursorPosition(0);
    const QString brand = brandFor(m_client.issuer, m_client.providerName);
    m_link->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(shown.toHtmlEscaped(), tr("Open %1's sign-in page again").arg(brand).toHtmlEscaped()));
    m_link->setAccessibleName(tr("Open %1's sign-in page in the browser again").arg(brand));
    m_linkRow->show();
    if (m_open)
        m_open(url);
}

void OAuthSignInPanel::onFinished(const oauth::TokenResult &result)
{
    if (m_flow) {
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_url.clear();
    if (!result.ok()) {
        m_status->setText(result.error.text);
        setState(State::Failed);
        return;
    }
    setState(State::SignedIn);
    emit signedIn(*result.tokens);
}

void OAuthSignInPanel::setState(State state)
{
    const bool busy = state == State::Waiting || state == State::Finishing;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_linkRow->setVisible(busy && m_url.isValid());
    m_signIn->setEnabled(!busy);
    if (state == State::Failed || state == State::Unavailable)
        m_status->setStyleSheet(colours::problemStyle());
    else if (state == State::SignedIn)
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(colours::success().name()));
    else
        m_status->setStyleSheet({});
    const QString brand = brandFor(m_client.issuer, m_client.providerName);
    switch (state) {
    case State::Idle:
        m_status->setText(tr("Stamp opens %1's sign-in page in your browser. You sign in there: Stamp never "
                             "sees your password. It keeps only the permission to send mail as %2, in your "
                             "system's keychain.")
                              .arg(brand, m_address));
        m_signIn->setText(m_actionText);
        m_signIn->setAccessibleName(
            m_actionText.isEmpty() ? QString() : QString(m_actionText).remove(QLatin1Char('&')));
        break;
    case State::Waiting:
        m_status->setText(tr("Waiting for you to finish signing in in your browser\u2026"));
        break;
    case State::Finishing:
        m_status->setText(tr("The browser came back; finishing the sign-in with %1\u2026").arg(brand));
        m_linkRow->hide();
        break;
    case State::SignedIn:
        m_status->setText(tr("\u2714 Signed in as %1 with %2.").arg(m_address, brand));
        m_signIn->setText(tr("Sign in &again"));
        m_signIn->setAccessibleName(tr("Sign in to %1 again").arg(brand));
        break;
    case State::Failed:
        // m_status already holds the error in words.
        m_signIn->setText(tr("&Try again"));
        m_signIn->setAccessibleName(tr("Try signing in to %1 again").arg(brand));
        break;
    case State::Unavailable:
        break;
    }
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace stamp::ui
