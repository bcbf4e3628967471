// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountCommand.h"

#include "client/SenderPolicy.h"
#include "AccountSignIn.h"
#include "SecretInput.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "accounts/AccountStore.h"
#include "accounts/SentCopyDefaults.h"
#include "accounts/Autodetect.h"
#include "accounts/CredentialSource.h"
#include "providers/ProviderCatalog.h"
#include "accounts/SecretStore.h"
#include "oauth/OAuthClientConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <iostream>
#include <string>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(account,
    QT_TRANSLATE_NOOP("CommandLine", "Add, list, show or remove saved accounts; set a password or sign in"), 30,
    AccountCommand);
STAMP_REGISTER_SUBCOMMANDS(account,
    { { QStringLiteral("add"), "NAME --email ADDR", QT_TRANSLATE_NOOP("CommandLine", "Save an account") },
        { QStringLiteral("list"), "", QT_TRANSLATE_NOOP("CommandLine", "List the saved accounts") },
        { QStringLiteral("show"), "NAME", QT_TRANSLATE_NOOP("CommandLine", "Show an account's settings") },
        { QStringLiteral("remove"), "NAME",
            QT_TRANSLATE_NOOP("CommandLine", "Remove an account and its keychain secrets") },
        { QStringLiteral("set-password"), "NAME --password-stdin",
            QT_TRANSLATE_NOOP("CommandLine", "Save an account's password in the keychain") },
        { QStringLiteral("sign-in"), "NAME",
            QT_TRANSLATE_NOOP("CommandLine", "Sign in again in the browser (OAuth accounts)") },
        { QStringLiteral("import"), "thunderbird|msmtp [PATH]",
            QT_TRANSLATE_NOOP("CommandLine", "Bring accounts over from Thunderbird or msmtp (shows them first)") },
        { QStringLiteral("export"), "NAME --format msmtp",
            QT_TRANSLATE_NOOP("CommandLine", "Write an account as an msmtp configuration, without its password") } });

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)
};

QTextStream &out()
{
    return accountOut();
}

QTextStream &err()
{
    return accountErr();
}

int usage(const QString &command, const QString &message)
{
    return accountUsage(command, message);
}


// Parses `arguments` (arguments[0] is the sub-command) and handles --help.
// Returns -1 to go on, else the exit status.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int positionals)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, QStringLiteral("account ") + command);
        return ExitSent;
    }
    if (parser.positionalArguments().size() != positionals)
        return usage(
            command, positionals == 1 ? Text::tr("give exactly one account NAME.") : Text::tr("unexpected argument."));
    return -1;
}

bool loadStore(AccountStore &store)
{
    if (store.load())
        return true;
    err() << "stamp account: " << store.error() << '\n';
    return false;
}

// The saved account NAME for `command`, or nullopt with the exit status.
std::optional<Account> loadNamed(
    AccountStore &store, const QString &command, const QString &name, int *status)
{
    if (!loadStore(store)) {
        *status = ExitNotSent;
        return std::nullopt;
    }
    std::optional<Account> account = store.find(name);
    if (!account)
        *status = usage(command, Text::tr("there is no account \"%1\".").arg(name));
    return account;
}

QString describeSecret(const SecretStore::Result &result)
{
    switch (result.status) {
    case SecretStore::Result::Status::Ok:
        return Text::tr("saved in the keychain");
    case SecretStore::Result::Status::NotFound:
        return Text::tr("not saved");
    default:
        return Text::tr("unknown (%1)").arg(result.message);
    }
}

// Saves the secret; prints what happened. False when it could not be saved.
bool saveSecret(const Account &account, const QString &secret)
{
    SecretStore secrets;
    const SecretStore::Result result = secrets.writeNow(account.id, SecretStore::Kind::Password, secret);
    if (result.ok()) {
        out() << Text::tr("Password saved in the keychain.") << '\n';
        return true;
    }
    err() << Text::tr("The password was not saved: %1").arg(result.message) << '\n';
    if (result.status == SecretStore::Result::Status::Unavailable)
        err() << Text::tr("Give it for each run instead: stamp send --account %1 --password-stdin ...")
                     .arg(account.name)
              << '\n';
    return false;
}

// Stores a fresh sign-in: the refresh token in the keychain only.
bool saveSignIn(const Account &account, const oauth::TokenSet &tokens)
{
    SecretStore secrets;
    CredentialSource credentials(&secrets);
    const CredentialSource::Result result = credentials.adoptSignInNow(account, tokens);
    if (result.ok()) {
        out() << Text::tr("Signed in. The sign-in is saved in the keychain; Stamp renews its access tokens as needed.")
              << '\n';
        return true;
    }
    err() << Text::tr("The sign-in was not saved: %1").arg(result.message) << '\n';
    return false;
}

QString secretStateId(const SecretStore::Result &result)
{
    return result.ok()                                           ? QStringLiteral("saved")
        : result.status == SecretStore::Result::Status::NotFound ? QStringLiteral("not-saved")
                                                                 : QStringLiteral("unknown");
}

// Without the internal id; an identity that sends through another account
// names it as the command line does (its name).
QJsonObject accountJson(const Account &account, const QList<Account> &all)
{
    QJsonObject o = account.toJson();
    o.remove(QStringLiteral("id"));
    QJsonArray identities = o.value(QStringLiteral("identities")).toArray();
    for (qsizetype i = 0; i < identities.size(); ++i) {
        QJsonObject identity = identities.at(i).toObject();
        const QString via = identity.take(QStringLiteral("sendVia")).toString();
        if (via.isEmpty())
            continue;
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const Account &a) { return a.id == via; });
        identity[QStringLiteral("sendThrough")] = found == all.cend() ? QString() : found->name;
        identities[i] = identity;
    }
    o[QStringLiteral("identities")] = identities;
    return o;
}
// "the account NAME", or empty when the identity sends through its own.
QString sendsThrough(const Identity &identity, const QList<Account> &all)
{
    if (identity.sendVia.isEmpty())
        return {};
    for (const Account &account : all) {
        if (account.id == identity.sendVia)
            return Text::tr("the account %1").arg(account.name);
    }
    return Text::tr("an account that no longer exists");
}
} // namespace

int AccountCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("add"))
        return add(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("show"))
        return show(rest);
    if (sub == QLatin1String("remove"))
        return remove(rest);
    if (sub == QLatin1String("set-password"))
        return setPassword(rest);
    if (sub == QLatin1String("sign-in"))
        return signIn(rest);
    if (sub == QLatin1String("import"))
        return importAccounts(rest);
    if (sub == QLatin1String("export"))
        return exportAccount(rest);
    QTextStream &stream = (sub == QLatin1String("--help") || sub == QLatin1String("-h")) ? out() : err();
    if (!sub.isEmpty() && &stream == &err())
        stream << Text::tr("stamp account: unknown sub-command \"%1\"").arg(sub) << '\n';
    // The listing the man page and completions also read (CommandRegistry).
    const QList<SubcommandEntry> subcommands = CommandRegistry::subcommands(QStringLiteral("account"));
    qsizetype width = 0;
    for (const SubcommandEntry &entry : subcommands)
        width = std::max(width, QString(entry.name + QLatin1Char(' ') + QLatin1String(entry.arguments)).size());
    stream << Text::tr("Usage: stamp account SUB-COMMAND [options]") << "\n\n" << Text::tr("Sub-commands:") << '\n';
    for (const SubcommandEntry &entry : subcommands) {
        stream << "  " << QString(entry.name + QLatin1Char(' ') + QLatin1String(entry.arguments)).leftJustified(width + 2)
               << QCoreApplication::translate("CommandLine", entry.summary) << '\n';
    }
    stream << '\n' << Text::tr("Run 'stamp account SUB-COMMAND --help' for its options.") << '\n';
    return &stream == &out() ? ExitSent : ExitUsage;
}

int AccountCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Save an account. Settings not given are found from the address (provider presets, the domain's "
           "autoconfig file, MX and SRV records, probing). The password goes only to the keychain. With "
           "--auth oauth you sign in with the provider in your browser instead, and only the sign-in's refresh "
           "token is kept, in the keychain."));
    parser.addPositionalArgument(
        QStringLiteral("NAME"), Text::tr("What to call the account (letters, digits, . _ -)."));
    const QCommandLineOption email(
        QStringLiteral("email"), Text::tr("The account's address (required)."), QStringLiteral("ADDR"));
    const QCommandLineOption displayName(
        QStringLiteral("display-name"), Text::tr("Your name, as shown in From."), QStringLiteral("TEXT"));
    const QCommandLineOption host(QStringLiteral("host"), Text::tr("SMTP server host name."), QStringLiteral("H"));
    const QCommandLineOption port(QStringLiteral("port"), Text::tr("Server port."), QStringLiteral("N"));
    const QCommandLineOption security(
        QStringLiteral("security"), Text::tr("starttls, tls or none."), QStringLiteral("MODE"));
    const QCommandLineOption user(QStringLiteral("user"),
        Text::tr("Login user name (default: from the provider, else "
           "the address)."),
        QStringLiteral("U"));
    const QCommandLineOption auth(QStringLiteral("auth"),
        Text::tr("auto (default), none, plain, login, cram-md5, scram-sha-1, scram-sha-256, or oauth: sign in with "
           "the provider in the browser."),
        QStringLiteral("MECH"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        Text::tr("Also trust the CA certificates in this PEM file."), QStringLiteral("PEM"));
    const QCommandLineOption pin(
        QStringLiteral("pin-sha256"), Text::tr("Trust exactly this server certificate."), QStringLiteral("HEX"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
        Text::tr("Read the password (first line) from standard input and save it in "
           "the keychain."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the saved account as JSON."));
    const QCommandLineOption provider(QStringLiteral("provider"),
        Text::tr("Use the provider preset ID (gmail, outlook.com, microsoft365, ...) for the OAuth sign-in, also "
           "when --host is given."),
        QStringLiteral("ID"));
    const QCommandLineOption oauthMechanism(QStringLiteral("oauth-mechanism"),
        Text::tr("With --auth oauth: xoauth2 or oauthbearer (default: what the provider's preset says)."),
        QStringLiteral("MECH"));
    const QCommandLineOption envelopeSender(QStringLiteral("envelope-sender"),
        Text::tr("MAIL FROM for the account's other identities: from (the message's From address, the default) or "
           "account (the account's own address, for servers that refuse other senders)."),
        QStringLiteral("WHO"));
    parser.addOptions({ email, displayName, host, port, security, user, auth, caFile, pin, passwordStdin, json,
        provider, oauthMechanism, envelopeSender });
    AccountSignIn browser(parser);
    if (const int status = parse(parser, arguments, QStringLiteral("add"), 1); status >= 0)
        return status;
    const bool useOAuth = parser.value(auth).compare(QLatin1String("oauth"), Qt::CaseInsensitive) == 0;
    if (useOAuth && parser.isSet(passwordStdin))
        return usage(QStringLiteral("add"),
            Text::tr("--auth oauth signs in with the provider in the browser; it takes no --password-stdin."));
    if (!useOAuth && (parser.isSet(oauthMechanism)))
        return usage(QStringLiteral("add"), Text::tr("--oauth-mechanism needs --auth oauth."));
    if (const QString problem = browser.read(parser); !problem.isEmpty())
        return usage(QStringLiteral("add"), problem);

    Account account;
    account.id = Account::newId();
    account.name = parser.positionalArguments().first();
    account.email = parser.value(email).trimmed();
    account.displayName = parser.value(displayName);
    if (!Account::isValidName(account.name))
        return usage(QStringLiteral("add"),
            Text::tr("\"%1\" is not a usable account name: use letters, digits, dots, "
               "dashes or underscores.")
                .arg(account.name));
    if (account.email.isEmpty())
        return usage(QStringLiteral("add"), Text::tr("--email is required."));

    AccountStore store;
    if (!loadStore(store))
        return ExitNotSent;
    if (store.find(account.name))
        return usage(
            QStringLiteral("add"), Text::tr("there is already an account named \"%1\".").arg(account.name));

    // Read the password before any network activity, so a pipe is not left waiting.
    QString secret;
    if (parser.isSet(passwordStdin)) {
        secret = readSecretLine();
        if (secret.isEmpty())
            return usage(QStringLiteral("add"), Text::tr("the password is empty."));
    }

    if (parser.isSet(host)) {
        account.host = parser.value(host).trimmed();
        account.security = SecurityMode::StartTls;
    } else {
        // Nothing is sent with credentials here: discovery only reads what
        // servers offer. The person sees what was chosen and where it came from.
        Autodetect detect;
        detect.setCatalog(ProviderCatalog::standard());
        const AutodetectResult found = detect.runNow(account.email);
        if (found.candidates.isEmpty())
            return usage(QStringLiteral("add"),
                Text::tr("no settings were found for %1; give them with --host, --port and --security.")
                    .arg(account.email));
        const ServerCandidate &best = found.candidates.first();
        account.host = best.host;
        account.port = best.port;
        account.security = best.security;
        account.providerId = best.providerId;
        SentCopyDefaults::apply(account, ProviderCatalog::standard());
        account.username = best.username;
        out() << Text::tr("Found: %1 port %2 (%3), from %4.")
                     .arg(best.host)
                     .arg(best.port)
                     .arg(securityModeId(best.security), best.sourceDescription())
              << '\n';
        if (std::optional<ProviderPreset> preset = ProviderCatalog::standard().byId(best.providerId)) {
            if (preset->oauthOnly() && !useOAuth)
                err() << Text::tr("Note: %1 accepts only OAuth2 sign-in: add the account with --auth oauth to sign in "
                            "in the browser.")
                             .arg(preset->displayName)
                      << '\n';
            if (!preset->appPasswordText.isEmpty() && !useOAuth)
                out() << Text::tr("App password: %1").arg(preset->appPasswordText)
                      << (preset->appPasswordUrl.isEmpty() ? QString()
                                                           : QStringLiteral(" ") + preset->appPasswordUrl)
                      << '\n';
            if (!preset->note.isEmpty())
                out() << Text::tr("Note: %1").arg(preset->note) << '\n';
        }
    }
    if (parser.isSet(security)) {
        const std::optional<SecurityMode> mode = parseSecurityMode(parser.value(security));
        if (!mode)
            return usage(QStringLiteral("add"), Text::tr("--security must be starttls, tls or none."));
        account.security = *mode;
        if (!parser.isSet(port) && parser.isSet(host))
            account.port = 0;
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint number = parser.value(port).toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return usage(QStringLiteral("add"), Text::tr("--port must be a number from 1 to 65535."));
        account.port = static_cast<quint16>(number);
    }
    if (parser.isSet(user))
        account.username = parser.value(user);
    if (account.username.isEmpty())
        account.username = account.email;
    if (parser.isSet(provider)) {
        if (!ProviderCatalog::standard().byId(parser.value(provider)))
            return usage(QStringLiteral("add"),
                Text::tr("there is no provider preset \"%1\".").arg(parser.value(provider)));
        account.providerId = parser.value(provider);
        SentCopyDefaults::apply(account, ProviderCatalog::standard());
    }
    std::optional<oauth::OAuthClient> oauthClient;
    if (useOAuth) {
        const std::optional<ProviderPreset> preset = ProviderCatalog::standard().byId(account.providerId);
        if (!preset || !preset->supportsOAuth())
            return usage(QStringLiteral("add"),
                Text::tr("no OAuth sign-in is known for %1; name the provider with --provider (gmail, outlook.com, "
                   "microsoft365, yahoo, aol, fastmail, comcast).")
                    .arg(preset ? preset->displayName : account.email));
        QString problem;
        oauthClient = oauth::OAuthClientConfig().clientFor(*preset, &problem);
        if (!oauthClient) {
            err() << "stamp account add: " << problem << '\n';
            if (!preset->oauthOnly())
                err() << Text::tr("To use an app password: stamp account add %1 --email %2 --password-stdin")
                             .arg(account.name, account.email)
                      << '\n';
            return ExitNotSent;
        }
        account.oauthIssuer = preset->oauth.issuer;
        account.authMethod = preset->oauth.mechanism;
        if (parser.isSet(oauthMechanism)) {
            const std::optional<sasl::AuthMethod> method = sasl::parseAuthMethod(parser.value(oauthMechanism));
            if (method != sasl::AuthMethod::XOAuth2 && method != sasl::AuthMethod::OAuthBearer)
                return usage(QStringLiteral("add"), Text::tr("--oauth-mechanism must be xoauth2 or oauthbearer."));
            account.authMethod = *method;
        }
        if (account.username.isEmpty() && !preset->servers.isEmpty())
            account.username = preset->servers.first().usernameFor(account.email);
    } else if (parser.isSet(auth)) {
        const std::optional<sasl::AuthMethod> method = sasl::parseAuthMethod(parser.value(auth));
        if (!method)
            return usage(QStringLiteral("add"), Text::tr("unknown --auth \"%1\".").arg(parser.value(auth)));
        account.authMethod = *method;
    }
    if (account.authMethod == sasl::AuthMethod::None)
        account.username.clear();
    if (parser.isSet(caFile)) {
        account.caFile = parser.value(caFile);
        if (!QFile::exists(account.caFile))
            return usage(
                QStringLiteral("add"), Text::tr("--ca-file: the file \"%1\" does not exist.").arg(account.caFile));
    }
    if (parser.isSet(pin)) {
        account.pinnedSha256 = TlsReport::normaliseFingerprint(parser.value(pin));
        if (account.pinnedSha256.isEmpty())
            return usage(QStringLiteral("add"), Text::tr("--pin-sha256 must be 64 hexadecimal digits."));
    }
    account.identities << Identity { account.displayName, account.email, {}, {} };
    if (parser.isSet(envelopeSender)) {
        const QString who = parser.value(envelopeSender);
        if (who == QLatin1String("account"))
            account.envelopeSender = EnvelopeSender::AccountAddress;
        else if (who != QLatin1String("from"))
            return usage(QStringLiteral("add"), Text::tr("--envelope-sender must be from or account."));
    }
    if (const QString problem = account.validate(); !problem.isEmpty())
        return usage(QStringLiteral("add"), problem);

    // Sign in before saving anything: a declined or abandoned sign-in
    // leaves no half-made account behind.
    std::optional<oauth::TokenSet> tokens;
    if (oauthClient) {
        out().flush();
        tokens = browser.run(account, *oauthClient);
        if (!tokens)
            return ExitNotSent;
    }

    if (const QString problem = store.add(account); !problem.isEmpty()) {
        err() << "stamp account add: " << problem << '\n';
        return ExitNotSent;
    }
    out() << Text::tr("Account \"%1\" saved: %2 via %3 port %4 (%5).")
                 .arg(account.name, account.email, account.host)
                 .arg(account.serverSettings().effectivePort())
                 .arg(securityModeId(account.security))
          << '\n';
    if (parser.isSet(json))
        out() << QJsonDocument(accountJson(account, store.accounts())).toJson(QJsonDocument::Indented);
    if (tokens) {
        const bool saved = saveSignIn(account, *tokens);
        tokens->wipe();
        if (!saved)
            return ExitNotSent;
    } else if (!secret.isEmpty()) {
        const bool saved = saveSecret(account, secret);
        secret.fill(QLatin1Char('\0'));
        if (!saved)
            return ExitNotSent;
    } else if (account.authMethod != sasl::AuthMethod::None) {
        out() << Text::tr("No password saved yet: stamp account set-password %1 --password-stdin").arg(account.name)
              << '\n';
    }
    return ExitSent;
}

int AccountCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the accounts as JSON."));
    parser.addOption(json);
    if (const int status = parse(parser, arguments, QStringLiteral("list"), 0); status >= 0)
        return status;
    AccountStore store;
    if (!loadStore(store))
        return ExitNotSent;
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Account &account : store.accounts())
            list.append(accountJson(account, store.accounts()));
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitSent;
    }
    if (store.accounts().isEmpty())
        out() << Text::tr("No accounts yet. Add one with: stamp account add NAME --email ADDR --password-stdin")
              << '\n';
    for (const Account &account : store.accounts()) {
        out() << QStringLiteral("%1  %2  %3:%4 (%5)")
                     .arg(account.name, -12)
                     .arg(account.email, -28)
                     .arg(account.host)
                     .arg(account.serverSettings().effectivePort())
                     .arg(securityModeId(account.security))
              << '\n';
        for (const Identity &identity : account.identities) {
            if (const QString through = sendsThrough(identity, store.accounts()); !through.isEmpty())
                out() << Text::tr("  %1 sends through %2").arg(identity.address, through) << '\n';
        }
    }
    return ExitSent;
}

int AccountCommand::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The account."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the account as JSON."));
    parser.addOption(json);
    if (const int status = parse(parser, arguments, QStringLiteral("show"), 1); status >= 0)
        return status;
    AccountStore store;
    int status = ExitNotSent;
    const std::optional<Account> account
        = loadNamed(store, QStringLiteral("show"), parser.positionalArguments().first(), &status);
    if (!account)
        return status;
    // Whether a secret is saved, never the secret itself.
    const bool oauth = account->signsInWithOAuth();
    SecretStore secrets;
    const SecretStore::Result secret = secrets.readNow(
        account->id, oauth ? SecretStore::Kind::OAuthRefreshToken : SecretStore::Kind::Password);
    const QString secretState = describeSecret(secret);
    if (parser.isSet(json)) {
        QJsonObject o = accountJson(*account, store.accounts());
        o[oauth ? QStringLiteral("signIn") : QStringLiteral("password")] = secretStateId(secret);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitSent;
    }
    out() << Text::tr("Account:      %1").arg(account->name) << '\n'
          << Text::tr("Address:      %1").arg(account->email) << '\n';
    if (!account->displayName.isEmpty())
        out() << Text::tr("Name:         %1").arg(account->displayName) << '\n';
    out() << Text::tr("Server:       %1 port %2 (%3)")
                 .arg(account->host)
                 .arg(account->serverSettings().effectivePort())
                 .arg(securityModeId(account->security))
          << '\n';
    // What --proxy takes, never with a password.
    out() << Text::tr("Proxy:        %1").arg(account->proxy.toUrl()) << '\n';
    if (account->authMethod == sasl::AuthMethod::None) {
        out() << Text::tr("Login:        none") << '\n';
    } else if (oauth) {
        out() << Text::tr("Login:        %1 (%2)").arg(account->username, sasl::methodId(account->authMethod)) << '\n'
              << Text::tr("Signs in:     with OAuth at %1").arg(account->oauthIssuer) << '\n'
              << Text::tr("Sign-in:      %1").arg(secretState) << '\n';
        if (secret.status == SecretStore::Result::Status::NotFound)
            out() << Text::tr("              sign in with: stamp account sign-in %1").arg(account->name) << '\n';
    } else {
        out() << Text::tr("Login:        %1 (%2)").arg(account->username, sasl::methodId(account->authMethod))
              << '\n'
              << Text::tr("Password:     %1").arg(secretState) << '\n';
    }
    if (!account->caFile.isEmpty())
        out() << Text::tr("Extra CAs:    %1").arg(account->caFile) << '\n';
    if (!account->pinnedSha256.isEmpty())
        out() << Text::tr("Pinned cert:  %1").arg(account->pinnedSha256) << '\n';
    if (!account->providerId.isEmpty())
        out() << Text::tr("Provider:     %1").arg(account->providerId) << '\n';
    for (const Identity &identity : account->identities) {
        if (SenderPolicy::sameAddress(identity.address, account->email) && identity.sendVia.isEmpty())
            continue;
        const QString through = sendsThrough(identity, store.accounts());
        out() << Text::tr("Identity:     %1").arg(identity.address)
              << (through.isEmpty() ? QString() : Text::tr(" (sends through %1)").arg(through)) << '\n';
    }
    out() << Text::tr("Envelope:     %1")
                 .arg(account->envelopeSender == EnvelopeSender::AccountAddress
                          ? Text::tr("MAIL FROM is this account's address for every identity")
                          : Text::tr("MAIL FROM is the message's From address"))
          << '\n';
    return ExitSent;
}

int AccountCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The account."));
    if (const int status = parse(parser, arguments, QStringLiteral("remove"), 1); status >= 0)
        return status;
    AccountStore store;
    int status = ExitNotSent;
    const std::optional<Account> account
        = loadNamed(store, QStringLiteral("remove"), parser.positionalArguments().first(), &status);
    if (!account)
        return status;
    if (const QString problem = store.remove(account->name); !problem.isEmpty()) {
        err() << "stamp account remove: " << problem << '\n';
        return ExitNotSent;
    }
    SecretStore secrets;
    const SecretStore::Result result = secrets.removeNow(account->id, SecretStore::Kind::Password);
    const SecretStore::Result signIn = secrets.removeNow(account->id, SecretStore::Kind::OAuthRefreshToken);
    out() << Text::tr("Account \"%1\" removed.").arg(account->name) << '\n';
    if (!result.ok())
        err() << Text::tr("Its password could not be removed from the keychain: %1").arg(result.message) << '\n';
    if (!signIn.ok() && account->signsInWithOAuth())
        err() << Text::tr("Its sign-in could not be removed from the keychain: %1").arg(signIn.message) << '\n';
    return ExitSent;
}

int AccountCommand::setPassword(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The account."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), Text::tr("Read the password (first line) from standard input."));
    parser.addOption(passwordStdin);
    if (const int status = parse(parser, arguments, QStringLiteral("set-password"), 1); status >= 0)
        return status;
    if (!parser.isSet(passwordStdin))
        return usage(QStringLiteral("set-password"),
            Text::tr("--password-stdin is required (a password is never taken "
               "from the command line)."));
    AccountStore store;
    int status = ExitNotSent;
    const std::optional<Account> account
        = loadNamed(store, QStringLiteral("set-password"), parser.positionalArguments().first(), &status);
    if (!account)
        return status;
    QString secret = readSecretLine();
    if (secret.isEmpty())
        return usage(QStringLiteral("set-password"), Text::tr("the password is empty."));
    const bool saved = saveSecret(*account, secret);
    secret.fill(QLatin1Char('\0'));
    return saved ? ExitSent : ExitNotSent;
}

int AccountCommand::signIn(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Sign in again to an account that uses OAuth, in the browser: after the "
                                        "provider revoked the sign-in, or to switch the person signed in."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The account."));
    AccountSignIn browser(parser);
    if (const int status = parse(parser, arguments, QStringLiteral("sign-in"), 1); status >= 0)
        return status;
    if (const QString problem = browser.read(parser); !problem.isEmpty())
        return usage(QStringLiteral("sign-in"), problem);
    AccountStore store;
    int status = ExitNotSent;
    const std::optional<Account> account
        = loadNamed(store, QStringLiteral("sign-in"), parser.positionalArguments().first(), &status);
    if (!account)
        return status;
    if (!account->signsInWithOAuth())
        return usage(QStringLiteral("sign-in"),
            Text::tr("the account \"%1\" logs in with a password, not an OAuth sign-in; use set-password, or add it "
               "again with --auth oauth.")
                .arg(account->name));
    SecretStore secrets;
    CredentialSource credentials(&secrets);
    QString problem;
    const std::optional<oauth::OAuthClient> client = credentials.clientFor(*account, &problem);
    if (!client) {
        err() << "stamp account sign-in: " << problem << '\n';
        return ExitNotSent;
    }
    std::optional<oauth::TokenSet> tokens = browser.run(*account, *client);
    if (!tokens)
        return ExitNotSent;
    const bool saved = saveSignIn(*account, *tokens);
    tokens->wipe();
    return saved ? ExitSent : ExitNotSent;
}

QTextStream &accountOut()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &accountErr()
{
    static QTextStream stream(stderr);
    return stream;
}

int accountUsage(const QString &command, const QString &message)
{
    accountErr() << "stamp account " << command << ": " << message << '\n'
                 << Text::tr("Run 'stamp account %1 --help' for the options.").arg(command) << '\n';
    accountErr().flush();
    return ExitUsage;
}

} // namespace stamp::cli
