// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "oauth/OAuthClient.h"

#include <QWizardPage>
#include <optional>

class QLabel;
class QPushButton;

namespace stamp::ui {

class OAuthSignInPanel;

// For a provider with OAuth sign-in (Google, Microsoft, Yahoo, AOL,
// Fastmail, Comcast): "Sign in with Google" in the browser instead of a
// password, after the person has seen the server. When the provider also
// takes app passwords, that route stays one button away; when Stamp has no
// client ID for the provider, the page explains what an app registration is
// and takes the person's own.
class SignInPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    OAuthSignInPanel *panel() const { return m_panel; }

private:
    void usePassword();
    // The password route's sentence and button, for the client there is (or not).
    void showRoutes();

    OAuthSignInPanel *m_panel;
    QLabel *m_intro;
    QLabel *m_passwordIntro;
    QPushButton *m_usePassword;
    std::optional<oauth::OAuthClient> m_client;
    bool m_passwordRoute = false;
};

} // namespace stamp::ui
