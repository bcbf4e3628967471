// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace stamp::test {

// tests/support/oauth-doubles.py on loopback: an OAuth authorization server
// (authorize, token, control) and an SMTP server that accepts only the
// access tokens it issued, over XOAUTH2 and OAUTHBEARER.
class OAuthDoubles
{
public:
    ~OAuthDoubles();
    // `clients`: "ID" (public client) or "ID:SECRET". Empty on success.
    QString start(const QStringList &clients);
    void stop();

    quint16 httpPort() const { return m_httpPort; }
    quint16 smtpPort() const { return m_smtpPort; }
    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
    // GET /control?<query>: changes behaviour (mode=deny, expires_in=30,
    // revoke=all, expire=all, smtp_reject_next=1, rotate=1) and returns the
    // report: stats, messages received, every token issued.
    QJsonObject control(const QString &query = {}) const;
    QStringList issuedTokens() const;
    int stat(const char *name) const;

private:
    QProcess m_process;
    quint16 m_httpPort = 0;
    quint16 m_smtpPort = 0;
};

// What the "browser" saw after following every redirect.
struct BrowserVisit
{
    int status = 0;
    QByteArray body;
    QUrl finalUrl;
    QString error;
};
// Plays the person's browser: GETs `url` and follows redirects (to the
// loopback listener), on the current event loop.
BrowserVisit visit(const QUrl &url, int maxWaitMs = 20000);

} // namespace stamp::test
