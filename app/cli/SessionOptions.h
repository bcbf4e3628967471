#pragma once

#include "TranscriptWriter.h"
#include "accounts/Account.h"
#include "smtp/SessionTypes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace stamp::cli {

// The server, TLS and login options `send` and `check` share, and how they
// become ServerSettings and AuthSettings. The password only ever comes from
// standard input or an environment variable, never from an argument (which
// any user could read in the process list). With --account NAME the server
// and login come from the saved account and the secret from the keychain;
// --password-stdin / --password-env then give a secret for this run only.
class SessionOptions
{
public:
    explicit SessionOptions(QCommandLineParser &parser);

    // Reads the parsed options. Returns an empty string when they are
    // usable, else the usage error to print.
    QString read(const QCommandLineParser &parser);

    // Connects, submits `messages` (none: only a check), writes the live
    // transcript when --log was given, and returns what happened. The
    // secret is wiped from memory afterwards.
    SessionReport run(const QList<OutgoingMessage> &messages);

    ServerSettings server;
    AuthSettings auth;
    // Set when --account was given: the saved account in use.
    std::optional<Account> account;
    // The sender to use when the command line names none: the account's address.
    QString defaultFrom() const { return account ? account->email : QString(); }

private:
    QString readTimeout(const QCommandLineParser &parser);
    QString readAccount(const QCommandLineParser &parser);
    QString readSecret(const QCommandLineParser &parser, QString *secret) const;

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
    TranscriptWriter m_transcript;
};

} // namespace stamp::cli
