#include "AccountCommand.h"
#include "SecretInput.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "accounts/AccountStore.h"
#include "accounts/Autodetect.h"
#include "accounts/ProviderCatalog.h"
#include "accounts/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <iostream>
#include <string>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(account,
    QT_TRANSLATE_NOOP("CommandLine", "Add, list, show or remove saved accounts; set a password"), 30,
    AccountCommand);

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountCommand", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString &command, const QString &message)
{
    err() << "stamp account " << command << ": " << message << '\n'
          << tr("Run 'stamp account %1 --help' for the options.").arg(command) << '\n';
    return ExitUsage;
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
            command, positionals == 1 ? tr("give exactly one account NAME.") : tr("unexpected argument."));
    return -1;
}

bool loadStore(AccountStore &store)
{
    if (store.load())
        return true;
    err() << "stamp account: " << store.error() << '\n';
    return false;
}

QString describeSecret(const SecretStore::Result &result)
{
    switch (result.status) {
    case SecretStore::Result::Status::Ok:
        return tr("saved in the keychain");
    case SecretStore::Result::Status::NotFound:
        return tr("not saved");
    default:
        return tr("unknown (%1)").arg(result.message);
    }
}

// Saves the secret; prints what happened. False when it could not be saved.
bool saveSecret(const Account &account, const QString &secret)
{
    SecretStore secrets;
    const SecretStore::Result result = secrets.writeNow(account.id, SecretStore::Kind::Password, secret);
    if (result.ok()) {
        out() << tr("Password saved in the keychain.") << '\n';
        return true;
    }
    err() << tr("The password was not saved: %1").arg(result.message) << '\n';
    if (result.status == SecretStore::Result::Status::Unavailable)
        err() << tr("Give it for each run instead: stamp send --account %1 --password-stdin ...")
                     .arg(account.name)
              << '\n';
    return false;
}

QJsonObject accountJson(const Account &account)
{
    QJsonObject o = account.toJson();
    o.remove(QStringLiteral("id"));
    return o;
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
    QTextStream &stream = (sub == QLatin1String("--help") || sub == QLatin1String("-h")) ? out() : err();
    if (!sub.isEmpty() && &stream == &err())
        stream << tr("stamp account: unknown sub-command \"%1\"").arg(sub) << '\n';
    stream << tr("Usage: stamp account add NAME --email ADDR [options]\n"
                 "       stamp account list [--json]\n"
                 "       stamp account show NAME [--json]\n"
                 "       stamp account remove NAME\n"
                 "       stamp account set-password NAME --password-stdin\n"
                 "Run 'stamp account add --help' for the options of add.")
           << '\n';
    return &stream == &out() ? ExitSent : ExitUsage;
}

int AccountCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Save an account. Settings not given are found from the address (provider presets, the domain's "
           "autoconfig file, MX and SRV records, probing). The password goes only to the keychain."));
    parser.addPositionalArgument(
        QStringLiteral("NAME"), tr("What to call the account (letters, digits, . _ -)."));
    const QCommandLineOption email(
        QStringLiteral("email"), tr("The account's address (required)."), QStringLiteral("ADDR"));
    const QCommandLineOption displayName(
        QStringLiteral("display-name"), tr("Your name, as shown in From."), QStringLiteral("TEXT"));
    const QCommandLineOption host(QStringLiteral("host"), tr("SMTP server host name."), QStringLiteral("H"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Server port."), QStringLiteral("N"));
    const QCommandLineOption security(
        QStringLiteral("security"), tr("starttls, tls or none."), QStringLiteral("MODE"));
    const QCommandLineOption user(QStringLiteral("user"),
        tr("Login user name (default: from the provider, else "
           "the address)."),
        QStringLiteral("U"));
    const QCommandLineOption auth(QStringLiteral("auth"),
        tr("auto (default), none, plain, login, cram-md5, scram-sha-1, scram-sha-256."),
        QStringLiteral("MECH"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        tr("Also trust the CA certificates in this PEM file."), QStringLiteral("PEM"));
    const QCommandLineOption pin(
        QStringLiteral("pin-sha256"), tr("Trust exactly this server certificate."), QStringLiteral("HEX"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
        tr("Read the password (first line) from standard input and save it in "
           "the keychain."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the saved account as JSON."));
    parser.addOptions(
        { email, displayName, host, port, security, user, auth, caFile, pin, passwordStdin, json });
    if (const int status = parse(parser, arguments, QStringLiteral("add"), 1); status >= 0)
        return status;

    Account account;
    account.id = Account::newId();
    account.name = parser.positionalArguments().first();
    account.email = parser.value(email).trimmed();
    account.displayName = parser.value(displayName);
    if (!Account::isValidName(account.name))
        return usage(QStringLiteral("add"),
            tr("\"%1\" is not a usable account name: use letters, digits, dots, "
               "dashes or underscores.")
                .arg(account.name));
    if (account.email.isEmpty())
        return usage(QStringLiteral("add"), tr("--email is required."));

    AccountStore store;
    if (!loadStore(store))
        return ExitNotSent;
    if (store.find(account.name))
        return usage(
            QStringLiteral("add"), tr("there is already an account named \"%1\".").arg(account.name));

    // Read the password before any network activity, so a pipe is not left waiting.
    QString secret;
    if (parser.isSet(passwordStdin)) {
        secret = readSecretLine();
        if (secret.isEmpty())
            return usage(QStringLiteral("add"), tr("the password is empty."));
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
                tr("no settings were found for %1; give them with --host, --port and --security.")
                    .arg(account.email));
        const ServerCandidate &best = found.candidates.first();
        account.host = best.host;
        account.port = best.port;
        account.security = best.security;
        account.providerId = best.providerId;
        account.username = best.username;
        out() << tr("Found: %1 port %2 (%3), from %4.")
                     .arg(best.host)
                     .arg(best.port)
                     .arg(securityModeId(best.security), best.sourceDescription())
              << '\n';
        if (std::optional<ProviderPreset> preset = ProviderCatalog::standard().byId(best.providerId)) {
            if (preset->oauthOnly())
                err() << tr("Note: %1 accepts only OAuth2 sign-in, which this command line cannot do yet.")
                             .arg(preset->displayName)
                      << '\n';
            if (!preset->appPasswordText.isEmpty())
                out() << tr("App password: %1").arg(preset->appPasswordText)
                      << (preset->appPasswordUrl.isEmpty() ? QString()
                                                           : QStringLiteral(" ") + preset->appPasswordUrl)
                      << '\n';
            if (!preset->note.isEmpty())
                out() << tr("Note: %1").arg(preset->note) << '\n';
        }
    }
    if (parser.isSet(security)) {
        const std::optional<SecurityMode> mode = parseSecurityMode(parser.value(security));
        if (!mode)
            return usage(QStringLiteral("add"), tr("--security must be starttls, tls or none."));
        account.security = *mode;
        if (!parser.isSet(port) && parser.isSet(host))
            account.port = 0;
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint number = parser.value(port).toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return usage(QStringLiteral("add"), tr("--port must be a number from 1 to 65535."));
        account.port = static_cast<quint16>(number);
    }
    if (parser.isSet(user))
        account.username = parser.value(user);
    if (account.username.isEmpty())
        account.username = account.email;
    if (parser.isSet(auth)) {
        const std::optional<sasl::AuthMethod> method = sasl::parseAuthMethod(parser.value(auth));
        if (!method)
            return usage(QStringLiteral("add"), tr("unknown --auth \"%1\".").arg(parser.value(auth)));
        account.authMethod = *method;
    }
    if (account.authMethod == sasl::AuthMethod::None)
        account.username.clear();
    if (parser.isSet(caFile)) {
        account.caFile = parser.value(caFile);
        if (!QFile::exists(account.caFile))
            return usage(
                QStringLiteral("add"), tr("--ca-file: the file \"%1\" does not exist.").arg(account.caFile));
    }
    if (parser.isSet(pin)) {
        account.pinnedSha256 = TlsReport::normaliseFingerprint(parser.value(pin));
        if (account.pinnedSha256.isEmpty())
            return usage(QStringLiteral("add"), tr("--pin-sha256 must be 64 hexadecimal digits."));
    }
    account.identities << Identity { account.displayName, account.email, {}, {} };

    if (const QString problem = store.add(account); !problem.isEmpty()) {
        err() << "stamp account add: " << problem << '\n';
        return ExitNotSent;
    }
    out() << tr("Account \"%1\" saved: %2 via %3 port %4 (%5).")
                 .arg(account.name, account.email, account.host)
                 .arg(account.serverSettings().effectivePort())
                 .arg(securityModeId(account.security))
          << '\n';
    if (parser.isSet(json))
        out() << QJsonDocument(accountJson(account)).toJson(QJsonDocument::Indented);
    if (!secret.isEmpty()) {
        const bool saved = saveSecret(account, secret);
        secret.fill(QLatin1Char('\0'));
        if (!saved)
            return ExitNotSent;
    } else if (account.authMethod != sasl::AuthMethod::None) {
        out() << tr("No password saved yet: stamp account set-password %1 --password-stdin").arg(account.name)
              << '\n';
    }
    return ExitSent;
}

int AccountCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the accounts as JSON."));
    parser.addOption(json);
    if (const int status = parse(parser, arguments, QStringLiteral("list"), 0); status >= 0)
        return status;
    AccountStore store;
    if (!loadStore(store))
        return ExitNotSent;
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Account &account : store.accounts())
            list.append(accountJson(account));
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitSent;
    }
    if (store.accounts().isEmpty())
        out() << tr("No accounts yet. Add one with: stamp account add NAME --email ADDR --password-stdin")
              << '\n';
    for (const Account &account : store.accounts()) {
        out() << QStringLiteral("%1  %2  %3:%4 (%5)")
                     .arg(account.name, -12)
                     .arg(account.email, -28)
                     .arg(account.host)
                     .arg(account.serverSettings().effectivePort())
                     .arg(securityModeId(account.security))
              << '\n';
    }
    return ExitSent;
}

int AccountCommand::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the account as JSON."));
    parser.addOption(json);
    if (const int status = parse(parser, arguments, QStringLiteral("show"), 1); status >= 0)
        return status;
    AccountStore store;
    if (!loadStore(store))
        return ExitNotSent;
    const std::optional<Account> account = store.find(parser.positionalArguments().first());
    if (!account)
        return usage(QStringLiteral("show"),
            tr("there is no account \"%1\".").arg(parser.positionalArguments().first()));
    SecretStore secrets;
    const SecretStore::Result secret = secrets.readNow(account->id, SecretStore::Kind::Password);
    const QString secretState = describeSecret(secret);
    if (parser.isSet(json)) {
        QJsonObject o = accountJson(*account);
        o[QStringLiteral("password")] = secret.ok()                  ? QStringLiteral("saved")
            : secret.status == SecretStore::Result::Status::NotFound ? QStringLiteral("not-saved")
                                                                     : QStringLiteral("unknown");
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitSent;
    }
    out() << tr("Account:      %1").arg(account->name) << '\n'
          << tr("Address:      %1").arg(account->email) << '\n';
    if (!account->displayName.isEmpty())
        out() << tr("Name:         %1").arg(account->displayName) << '\n';
    out() << tr("Server:       %1 port %2 (%3)")
                 .arg(account->host)
                 .arg(account->serverSettings().effectivePort())
                 .arg(securityModeId(account->security))
          << '\n';
    if (account->authMethod == sasl::AuthMethod::None) {
        out() << tr("Login:        none") << '\n';
    } else {
        out() << tr("Login:        %1 (%2)").arg(account->username, sasl::methodId(account->authMethod))
              << '\n'
              << tr("Password:     %1").arg(secretState) << '\n';
    }
    if (!account->caFile.isEmpty())
        out() << tr("Extra CAs:    %1").arg(account->caFile) << '\n';
    if (!account->pinnedSha256.isEmpty())
        out() << tr("Pinned cert:  %1").arg(account->pinnedSha256) << '\n';
    if (!account->providerId.isEmpty())
        out() << tr("Provider:     %1").arg(account->providerId) << '\n';
    return ExitSent;
}

int AccountCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    if (const int status = parse(parser, arguments, QStringLiteral("remove"), 1); status >= 0)
        return status;
    AccountStore store;
    if (!loadStore(store))
        return ExitNotSent;
    const std::optional<Account> account = store.find(parser.positionalArguments().first());
    if (!account)
        return usage(QStringLiteral("remove"),
            tr("there is no account \"%1\".").arg(parser.positionalArguments().first()));
    if (const QString problem = store.remove(account->name); !problem.isEmpty()) {
        err() << "stamp account remove: " << problem << '\n';
        return ExitNotSent;
    }
    SecretStore secrets;
    const SecretStore::Result result = secrets.removeNow(account->id, SecretStore::Kind::Password);
    out() << tr("Account \"%1\" removed.").arg(account->name) << '\n';
    if (!result.ok())
        err() << tr("Its password could not be removed from the keychain: %1").arg(result.message) << '\n';
    return ExitSent;
}

int AccountCommand::setPassword(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), tr("Read the password (first line) from standard input."));
    parser.addOption(passwordStdin);
    if (const int status = parse(parser, arguments, QStringLiteral("set-password"), 1); status >= 0)
        return status;
    if (!parser.isSet(passwordStdin))
        return usage(QStringLiteral("set-password"),
            tr("--password-stdin is required (a password is never taken "
               "from the command line)."));
    AccountStore store;
    if (!loadStore(store))
        return ExitNotSent;
    const std::optional<Account> account = store.find(parser.positionalArguments().first());
    if (!account)
        return usage(QStringLiteral("set-password"),
            tr("there is no account \"%1\".").arg(parser.positionalArguments().first()));
    QString secret = readSecretLine();
    if (secret.isEmpty())
        return usage(QStringLiteral("set-password"), tr("the password is empty."));
    const bool saved = saveSecret(*account, secret);
    secret.fill(QLatin1Char('\0'));
    return saved ? ExitSent : ExitNotSent;
}

} // namespace stamp::cli
