// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "imap/ImapSettings.h"
#include "smtp/ProxySettings.h"
#include "smtp/SessionTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace stamp {

// One way of signing messages from an account: the From name and address,
// an optional Reply-To and a signature, and the account whose server sends
// it (an address one provider owns, sent through another's server).
struct Identity
{
    QString name;
    QString address;
    QString replyTo;
    QString signature;
    QString sendVia {}; // Account::id of the account that sends it; empty: its own


    bool operator==(const Identity &other) const;
};

// What an account gives the server as MAIL FROM (RFC 5321 §4.1.1.2) for a
// message whose From is one of its other identities.
enum class EnvelopeSender {
    FromAddress,    // the message's From address (most servers; Gmail "send mail as")
    AccountAddress, // the account's own address, for servers that accept only the login's
};

// A configured sending account, as a plain value. It holds everything needed
// to reach and log in to the server except the secret, which only ever lives
// in the keychain (SecretStore): an Account can be written to disk, logged
// or exported as it is.
struct Account
{
    QString id; // stable, generated once; scopes the keychain entries
    QString name; // what the person calls it ("work"), unique, used on the command line
    QString displayName; // the From name of the main identity
    QString email; // the account's own address
    QList<Identity> identities;

    // Server
    QString host;
    quint16 port = 0; // 0: the security mode's default
    SecurityMode security = SecurityMode::StartTls;
    QString caFile;
    QString pinnedSha256; // lower-case hex, empty when not pinned
    ProxySettings proxy; // the system's by default; its password is in the keychain

    // Login: method None means the server is used without AUTH.
    sasl::AuthMethod authMethod = sasl::AuthMethod::Auto;
    QString username;
    // For XOAUTH2 / OAUTHBEARER: the OAuth issuer whose sign-in gives the
    // access tokens ("accounts.google.com"). The refresh token is in the
    // keychain; access tokens stay in memory. Empty: the secret is used as
    // it is (a token someone got elsewhere) or the method is a password one.
    QString oauthIssuer;

    QString providerId; // the preset it came from, if any

    // Per-account options
    int timeoutSeconds = 0; // 0: RFC 5321's per-command defaults
    QString heloName;
    EnvelopeSender envelopeSender = EnvelopeSender::FromAddress;
    // The composer's and `stamp send`'s default for asking for delivery
    // reports (RFC 3461 NOTIFY=SUCCESS,FAILURE): off unless chosen.
    bool deliveryReports = false;

    // Copy to Sent (RFC 9051 APPEND): the IMAP server and folder that keep a
    // copy of each message sent, with the same login and TLS rules. Off
    // (and empty) unless set up; an empty user name means the account's.
    imap::ImapSettings sentCopy = noSentCopy();
    // Copies are made: switched on and a server named.
    bool copiesToSent() const { return sentCopy.enabled && !sentCopy.host.trimmed().isEmpty(); }
    // The settings a copy uses, the user name filled in.
    imap::ImapSettings sentCopySettings() const;
    // The IMAP login for the copy, with the secret of the submission's login
    // (password or OAuth token): the account's mechanism (the password login
    // when SMTP needs none: IMAP always does, RFC 9051 §3) and the copy's
    // user name (sentCopySettings()).
    imap::ImapLogin sentCopyLogin(const QString &secret) const;
    static imap::ImapSettings noSentCopy();

    bool operator==(const Account &other) const;

    // An account name is what the command line takes: letters, digits and
    // ". _ -", so it is safe in a keychain key and a shell.
    static bool isValidName(const QString &name);
    // The identity with this address (case-insensitive), if the account has one.
    std::optional<Identity> identityFor(const QString &address) const;
    static QString newId();

    // The account logs in with an OAuth sign-in Stamp manages (CredentialSource).
    bool signsInWithOAuth() const;

    // Empty when usable, else what is missing or wrong, for a person.
    QString validate() const;

    ServerSettings serverSettings() const;
    // The login for a session, with the secret from the keychain.
    AuthSettings authSettings(const QString &secret) const;

    QJsonObject toJson() const;
    // nullopt (with the reason in `error`) when the object is not an account.
    static std::optional<Account> fromJson(const QJsonObject &object, QString *error);
};

} // namespace stamp
