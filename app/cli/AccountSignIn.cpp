// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountSignIn.h"

#include "oauth/OAuthSignIn.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace stamp::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountSignIn)
};

// Set by the SIGINT handler; a timer in the event loop turns it into
// OAuthSignIn::cancel(), since a signal handler may do nothing more.
std::atomic<bool> g_interrupted { false };

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}
} // namespace

AccountSignIn::AccountSignIn(QCommandLineParser &parser)
    : m_timeout(QStringLiteral("sign-in-timeout"),
        Text::tr("Give up the browser sign-in after this many seconds (default 300)."), QStringLiteral("SECS"))
    , m_port(QStringLiteral("redirect-port"),
          Text::tr("Receive the browser's answer on this port of 127.0.0.1 (default: any free port)."),
          QStringLiteral("N"))
{
    parser.addOptions({ m_timeout, m_port });
}

QString AccountSignIn::read(const QCommandLineParser &parser)
{
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const int seconds = parser.value(m_timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return Text::tr("--sign-in-timeout must be a number of seconds from 1 to 3600.");
        m_timeoutSeconds = seconds;
    }
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Text::tr("--redirect-port must be a number from 1 to 65535.");
        m_fixedPort = static_cast<quint16>(port);
    }
    return {};
}

std::optional<oauth::TokenSet> AccountSignIn::run(const Account &account, const oauth::OAuthClient &client)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    oauth::OAuthSignIn signIn(client);
    signIn.setLoginHint(account.email);
    signIn.setPort(m_fixedPort);
    signIn.setTimeout(m_timeoutSeconds * 1000);

    QEventLoop loop;
    oauth::TokenResult result;
    QObject::connect(&signIn, &oauth::OAuthSignIn::authorizationUrlReady, &loop, [&](const QUrl &url) {
        // The address carries no secret (PKCE sends only the challenge),
        // so it may be printed; the person opens it in their own browser.
        out << Text::tr("To sign in to %1 as %2, open this address in your browser:")
                   .arg(client.providerName, account.email)
            << "\n\n  " << url.toString(QUrl::FullyEncoded) << "\n\n"
            << Text::tr("Waiting for the browser to come back to %1 (up to %2 s; Ctrl+C cancels)...")
                   .arg(signIn.redirectUri())
                   .arg(m_timeoutSeconds)
            << '\n';
        out.flush();
    });
    QObject::connect(&signIn, &oauth::OAuthSignIn::browserReturned, &loop, [&] {
        out << Text::tr("The browser came back; finishing the sign-in with %1...").arg(client.providerName) << '\n';
        out.flush();
    });
    QObject::connect(&signIn, &oauth::OAuthSignIn::finished, &loop, [&](const oauth::TokenResult &r) {
        result = r;
        loop.quit();
    });

    g_interrupted = false;
    void (*previous)(int) = std::signal(SIGINT, onInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &signIn, [&] {
        if (g_interrupted)
            signIn.cancel();
    });
    poll.start(100);
    signIn.start();
    loop.exec();
    poll.stop();
    std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);

    if (!result.ok()) {
        err << "stamp account: " << result.error.text << '\n';
        return std::nullopt;
    }
    return result.tokens;
}

} // namespace stamp::cli
