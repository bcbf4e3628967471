// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TranscriptWriter.h"

#include <functional>
#include "smtp/SubmissionBatch.h"
#include "accounts/Account.h"
#include "accounts/CredentialSource.h"
#include "accounts/SecretStore.h"
#include "client/SenderPolicy.h"
#include "smtp/SessionTypes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>
#include <vector>

namespace stamp::cli {

// The server, TLS and login options `send` and `check` share, and how they
// become ServerSettings and AuthSettings. The password only ever comes from
// standard input or an environment variable, never from an argument (which
// any user could read in the process list). With --account NAME the server
// and login come from the saved account and the secret from the keychain;
// --password-stdin / --password-env then give a secret for this run only.
// An account that signs in with OAuth gets a fresh access token instead
// (CredentialSource), and one more try with a renewed token when the server
// refuses it. --proxy replaces the account's proxy (or the system's) for
// this run; a proxy's password comes from STAMP_PROXY_PASSWORD or the
// account's keychain entry, never from the command line.
class SessionOptions
{
public:
    explicit SessionOptions(QCommandLineParser &parser);
    // Closes what is still open politely (closeConnections).
    ~SessionOptions();

    // `stamp send`'s From address, before read(): a saved identity's address
    // picks its account when neither --account nor --host is given, and an
    // identity that sends through another account takes that account's
    // server and login (SenderPolicy).
    void setFromAddress(const QString &address) { m_fromAddress = address; }

    // Reads the parsed options. Returns an empty string when they are
    // usable, else the usage error to print.
    QString read(const QCommandLineParser &parser);

    // Connects, submits `messages` (none: only a check), writes the live
    // transcript when --log was given, and returns what happened. The
    // secret is wiped from memory afterwards.
    // `whileLoggedIn`, when given, runs with the report before the secret
    // is wiped: what needs the same login again (the copy to the Sent
    // folder, over IMAP) happens there.
    SessionReport run(const QList<OutgoingMessage> &messages,
                      const std::function<void(const SessionReport &)> &whileLoggedIn = {});
    // The --log transcript, for other conversations of the same command.
    TranscriptWriter &transcript() { return m_transcript; }

    // For an account whose OAuth access token the server refused: a renewed
    // one in `auth`. False (with the reason in `problem`) when the account
    // does not sign in with OAuth or renewing failed.
    bool renewToken(QString *problem);

    // Waits, at most `msecs`, for the connections of the sessions run to
    // close after their QUIT: the outcome is known and printed before, but
    // a process that exits with the server's 221 unread makes the server
    // log a reset connection (RFC 5321 §4.1.1.10 asks the client to wait).
    void closeConnections(int msecs = 2000);

    ServerSettings server;
    AuthSettings auth;
    // Set when a saved account is used (--account, or a known --from): the
    // account whose server and login send, which is the one the identity
    // sends through when that is another.
    std::optional<Account> account;
    // The account the From address belongs to (the one --account named).
    std::optional<Account> owner;
    // How the message leaves (MAIL FROM, Sender), with a saved account.
    std::optional<SendRoute> route;
    // The sender to use when the command line names none: the account's address.
    QString defaultFrom() const { return owner ? owner->email : QString(); }

private:
    QString readTimeout(const QCommandLineParser &parser);
    QString readAccount(const QCommandLineParser &parser);
    QString readSecret(const QCommandLineParser &parser, QString *secret) const;
    QString readProxy(const QCommandLineParser &parser, std::optional<ProxySettings> *proxy) const;
    QString readProxyPassword();
    QString explain(const CredentialSource::Result &result) const;
    SessionReport runOnce(const QList<OutgoingMessage> &messages);

    QString m_fromAddress;
    QCommandLineOption m_account;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_security;
    QCommandLineOption m_user;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_passwordEnv;
    QCommandLineOption m_auth;
    QCommandLineOption m_caFile;
    QCommandLineOption m_pin;
    QCommandLineOption m_helo;
    QCommandLineOption m_timeout;
    QCommandLineOption m_allowPlaintextAuth;
    QCommandLineOption m_log;
    QCommandLineOption m_proxy;
    TranscriptWriter m_transcript;
    std::vector<std::unique_ptr<SubmissionBatch>> m_closing;  // finished, connection maybe still closing
    SecretStore m_secrets;
    CredentialSource m_credentials { &m_secrets };
    bool m_managedToken = false; // auth holds an access token m_credentials can renew
};

} // namespace stamp::cli
