// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "providers/ProviderPreset.h"
#include "oauth/OAuthClient.h"
#include "oauth/TokenResponse.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace stamp {
class ProviderCatalog;
}
namespace stamp::oauth {
class OAuthSignIn;
}

namespace stamp::ui {

// Opens an address in the person's browser. QDesktopServices::openUrl in
// the app; tests replace it to play the browser themselves.
using UrlOpener = std::function<void(const QUrl &url)>;
UrlOpener systemBrowser();

// "Sign in with Google" and everything after the press: the provider's page
// opened in the system browser (RFC 8252 §6: never an embedded view), the
// wait with Cancel and the address to copy when no browser came up, then
// "Signed in as ..." or what went wrong with Try again. The wizard's sign-in
// page and the account settings' Sign-in tab both use it. It only runs the
// flow: what happens to the tokens is the owner's business (signedIn()).
// Without a client ID for the provider it is a guided path, not a dead
// end: it says in plain words what an app registration is and takes the
// person's own (kept by OAuthClientConfig); with one, changing it stays a
// click away.
class OAuthSignInPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Unavailable, Waiting, Finishing, SignedIn, Failed };
    Q_ENUM(State)

    explicit OAuthSignInPanel(QWidget *parent = nullptr);
    ~OAuthSignInPanel() override;

    void setUrlOpener(UrlOpener opener) { m_open = std::move(opener); }
    // How long to wait for the browser (OAuthSignIn's default when 0).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Ready to sign in to `client` as `address`; `actionText` labels the
    // button before the first press ("Sign in with Google").
    void prepare(const oauth::OAuthClient &client, const QString &address, const QString &actionText);
    // Finds the client for `issuer` (the preset `presetId` in `catalog`
    // when it has that issuer) and prepares for it; without one, asks for
    // the person's app registration. Returns the client when signing in is
    // possible now; clientChanged() reports one entered later.
    std::optional<oauth::OAuthClient> prepareFor(const QString &issuer, const ProviderCatalog &catalog,
        const QString &presetId, const QString &address, const QString &actionText);
    // Signing in is not possible; `problem` says why and what would fix it.
    void showUnavailable(const QString &headline, const QString &problem);
    // A sign-in made earlier (the wizard's Back and Next) still holds.
    void showSignedIn();

    State state() const { return m_state; }
    QPushButton *signInButton() const { return m_signIn; }
    // The client prepared for; nullopt while there is none.
    std::optional<oauth::OAuthClient> client() const;

    void start();
    void cancel();

    // The provider's name for people ("Google", "Microsoft"): the brand of
    // the sign-in page the browser shows, which is not always the mail
    // service's name (Gmail).
    static QString brandFor(const QString &issuer, const QString &fallback);

signals:
    void stateChanged(stamp::ui::OAuthSignInPanel::State state);
    // The tokens of a finished sign-in; the panel keeps no copy.
    void signedIn(const stamp::oauth::TokenSet &tokens);
    // The person entered an app registration and it made a usable client
    // (or, entered but still unusable, client() is nullopt).
    void clientChanged();

private:
    void setState(State state);
    // Drops a sign-in in progress without reporting it (the page moved on).
    void abandon();
    void onUrlReady(const QUrl &url);
    void onFinished(const oauth::TokenResult &result);
    QWidget *makeRegistrationForm();
    // The registration form for the provider prepared last; `required`
    // when there is no client without it.
    void showRegistration(bool required);
    void useRegistration();
    void updateRegistrationButton();

    oauth::OAuthClient m_client;
    QString m_address;
    QString m_actionText;
    UrlOpener m_open;
    QPointer<oauth::OAuthSignIn> m_flow;
    QUrl m_url;
    int m_timeoutMs = 0;
    State m_state = State::Idle;
    QLabel *m_headline;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QLabel *m_linkIntro;
    QLabel *m_link;
    QLineEdit *m_addressEdit;
    QPushButton *m_copy;
    QWidget *m_linkRow;

    // What prepareFor() was called with, to prepare again after an entry.
    struct Target
    {
        QString issuer;
        std::optional<ProviderPreset> preset; // the one with this issuer, if any
        QString brand; // "Google", for the sentences
    };
    std::optional<Target> m_target;
    bool m_hasClient = false;
    QPushButton *m_changeRegistration;
    QWidget *m_registration;
    QLabel *m_registrationIntro;
    QLineEdit *m_clientId;
    QLabel *m_clientSecretLabel;
    QLineEdit *m_clientSecret;
    QLineEdit *m_redirect;
    QPushButton *m_useRegistration;
};

} // namespace stamp::ui
