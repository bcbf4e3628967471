// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandCatalog.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "HelpCapture.h"
#include "providers/ProviderCatalog.h"
#include "sandbox/SandboxBehaviour.h"
#include "smtp/SessionTypes.h"
#include "smtp/sasl/SaslMechanism.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace stamp::cli {

namespace {
QString translated(const char *text)
{
    return text ? QCoreApplication::translate("CommandLine", text) : QString();
}

// The choices come from the same enumerations the parsers accept, so a
// new mechanism or mode is offered as soon as it is understood.
QStringList securityModes()
{
    QStringList ids;
    for (SecurityMode mode : { SecurityMode::StartTls, SecurityMode::ImplicitTls, SecurityMode::None })
        ids << securityModeId(mode);
    return ids;
}

QStringList authMethods(bool savedAccount)
{
    using sasl::AuthMethod;
    QStringList ids { sasl::methodId(AuthMethod::Auto) };
    if (savedAccount)
        ids << sasl::methodId(AuthMethod::None);
    for (AuthMethod method : { AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5,
             AuthMethod::ScramSha1, AuthMethod::ScramSha256 })
        ids << sasl::methodId(method);
    // A saved account signs in with OAuth in the browser (`--auth oauth`);
    // a single run is given the access token for either OAuth mechanism.
    if (savedAccount)
        ids << QStringLiteral("oauth");
    else
        ids << sasl::methodId(AuthMethod::XOAuth2) << sasl::methodId(AuthMethod::OAuthBearer);
    return ids;
}

QStringList providerIds()
{
    QStringList ids;
    for (const ProviderPreset &preset : ProviderCatalog::standard().presets())
        ids << preset.id;
    return ids;
}

void offer(OptionSpec &option, const QString &path)
{
    const QString name = option.names.constLast();
    if (name == QLatin1String("security")) {
        option.choices = securityModes();
    } else if (name == QLatin1String("auth")) {
        option.choices = authMethods(path == QLatin1String("account add"));
    } else if (name == QLatin1String("oauth-mechanism")) {
        option.choices
            = { sasl::methodId(sasl::AuthMethod::XOAuth2), sasl::methodId(sasl::AuthMethod::OAuthBearer) };
    } else if (name == QLatin1String("priority")) {
        option.choices = { QStringLiteral("high"), QStringLiteral("normal"), QStringLiteral("low") };
    } else if (name == QLatin1String("format") && path == QLatin1String("account export")) {
        option.choices = { QStringLiteral("msmtp") };
    } else if (name == QLatin1String("provider")) {
        option.choices = providerIds();
    } else if (name == QLatin1String("mode") && path == QLatin1String("sandbox")) {
        for (SandboxBehaviour::Mode mode : SandboxBehaviour::modes())
            option.choices << SandboxBehaviour::id(mode);
    } else if (name == QLatin1String("account")) {
        option.completion = ValueCompletion::Account;
        return;
    }
    if (!option.choices.isEmpty()) {
        option.completion = ValueCompletion::Choices;
    } else if (option.valueName == QLatin1String("FILE") || option.valueName == QLatin1String("PEM")) {
        option.completion = ValueCompletion::File;
    } else if (option.valueName == QLatin1String("H")) {
        option.completion = ValueCompletion::Host;
    } else if (option.valueName == QLatin1String("VAR")) {
        option.completion = ValueCompletion::Variable;
    }
}

CommandSpec captured(const CommandEntry &entry, const QStringList &arguments, const QString &path)
{
    const std::optional<HelpCapture::Help> help = HelpCapture::run(entry, arguments);
    return help ? CommandSpec::fromHelp(help->command, help->text)
                : CommandSpec { path, {}, {}, {}, {}, {}, {} };
}

CommandSpec describeCommand(const CommandEntry &entry)
{
    const QList<SubcommandEntry> subcommands = CommandRegistry::subcommands(entry.name);
    CommandSpec spec;
    bool shared = subcommands.isEmpty();
    QList<CommandSpec> own;
    for (const SubcommandEntry &sub : subcommands) {
        const QString path = entry.name + QLatin1Char(' ') + sub.name;
        CommandSpec subSpec = captured(entry, { entry.name, sub.name, QStringLiteral("--help") }, path);
        // A command whose sub-commands share its one parser (outbox)
        // answers with its own help: the options are the command's.
        if (subSpec.path != path) {
            shared = true;
            subSpec = CommandSpec { path, {}, {}, {}, {}, {}, {} };
        }
        subSpec.summary = translated(sub.summary);
        subSpec.usage = QString::fromUtf8(sub.arguments);
        own << subSpec;
    }
    if (shared)
        spec = captured(entry, { entry.name, QStringLiteral("--help") }, entry.name);
    spec.path = entry.name;
    spec.summary = translated(entry.summary);
    spec.subcommands = own;
    if (spec.usage.isEmpty() && subcommands.isEmpty()) {
        for (const ArgumentSpec &argument : std::as_const(spec.arguments))
            spec.usage += (spec.usage.isEmpty() ? QString() : QStringLiteral(" ")) + argument.name;
    }
    return spec;
}
} // namespace

void CommandCatalog::addCompletions(CommandSpec &spec)
{
    for (OptionSpec &option : spec.options)
        offer(option, spec.path);
    // The sub-commands that take an existing account's name.
    if (spec.path.startsWith(QLatin1String("account ")) && spec.path != QLatin1String("account add")) {
        for (ArgumentSpec &argument : spec.arguments) {
            if (argument.name == QLatin1String("NAME"))
                argument.completion = ValueCompletion::Account;
        }
    }
    for (CommandSpec &sub : spec.subcommands)
        addCompletions(sub);
}

CommandSpec CommandCatalog::describe()
{
    QCommandLineParser parser;
    addTopLevelOptions(parser);
    CommandSpec top = CommandSpec::fromHelp(QString(), parser.helpText());
    top.arguments.clear();
    top.usage = QStringLiteral("COMMAND");
    for (const CommandEntry &entry : CommandRegistry::entries()) {
        if (entry.summary)
            top.subcommands << describeCommand(entry);
    }
    addCompletions(top);
    return top;
}

} // namespace stamp::cli
