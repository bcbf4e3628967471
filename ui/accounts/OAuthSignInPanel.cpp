#include "OAuthSignInPanel.h"

#include "Colours.h"
#include "oauth/OAuthSignIn.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

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
    setTabOrder(m_signIn, m_cancel);
    setTabOrder(m_cancel, m_addressEdit);
    setTabOrder(m_addressEdit, m_copy);
    setTabOrder(m_copy, m_link);

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

void OAuthSignInPanel::prepare(
    const oauth::OAuthClient &client, const QString &address, const QString &actionText)
{
    abandon();
    m_client = client;
    m_address = address;
    m_actionText = actionText;
    m_headline->hide();
    m_signIn->show();
    setState(State::Idle);
}

void OAuthSignInPanel::showUnavailable(const QString &headline, const QString &problem)
{
    abandon();
    m_client = {};
    m_headline->setText(headline);
    m_headline->setVisible(!headline.isEmpty());
    m_status->setText(problem);
    m_signIn->hide();
    setState(State::Unavailable);
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
