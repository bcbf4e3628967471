// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DomainCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "dns/DnsResolver.h"
#include "domain/DomainCheck.h"
#include "providers/ProviderCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(domain,
    QT_TRANSLATE_NOOP(
        "CommandLine", "Check that a sending domain's DNS lets its mail arrive (SPF, DKIM, DMARC)"),
    45, DomainCommand);
STAMP_REGISTER_SUBCOMMANDS(domain,
    { { QStringLiteral("check"), "ADDRESS|DOMAIN",
        QT_TRANSLATE_NOOP("CommandLine",
            "Check MX, SPF, DKIM, DMARC, MTA-STS and TLS-RPT, with the records to publish") } });

namespace {
// Exit status 1 here means "a check failed" (documented in --help).
constexpr int ExitCheckFailed = 1;
// And 3 "DNS could not be asked", as ExitNotSent elsewhere.
constexpr int ExitDnsUnavailable = ExitNotSent;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DomainCommand)
};

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

int usage(const QString &message)
{
    err() << "stamp domain check: " << message << '\n'
          << Text::tr("Run 'stamp domain check --help' for the options.") << '\n';
    return ExitUsage;
}

QString statusMark(domain::DomainFinding::Status status)
{
    using Status = domain::DomainFinding::Status;
    switch (status) {
    case Status::Pass:
        return QStringLiteral("✔ ") + Text::tr("pass");
    case Status::Warn:
        return QStringLiteral("! ") + Text::tr("warn");
    case Status::Fail:
        return QStringLiteral("✘ ") + Text::tr("fail");
    case Status::Info:
        break;
    }
    return QStringLiteral("i ") + Text::tr("info");
}

} // namespace

int DomainCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("check"))
        return check(arguments.mid(1));
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QTextStream &stream = help ? out() : err();
    if (!sub.isEmpty() && !help)
        stream << Text::tr("stamp domain: unknown sub-command \"%1\"").arg(sub) << '\n';
    stream << Text::tr("Usage: stamp domain SUB-COMMAND [options]") << "\n\n"
           << Text::tr("Sub-commands:") << '\n';
    for (const SubcommandEntry &entry : CommandRegistry::subcommands(QStringLiteral("domain"))) {
        stream << "  "
               << QString(entry.name + QLatin1Char(' ') + QLatin1String(entry.arguments)).leftJustified(24)
               << QCoreApplication::translate("CommandLine", entry.summary) << '\n';
    }
    stream << '\n' << Text::tr("Run 'stamp domain SUB-COMMAND --help' for its options.") << '\n';
    return help ? ExitSent : ExitUsage;
}

int DomainCommand::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Check what a sending domain publishes in DNS for its mail to arrive: MX, SPF, DKIM, DMARC, and "
        "(for information) MTA-STS and TLS-RPT. Where a record is missing or wrong for the provider you send "
        "through, the record to publish is shown. Only DNS is asked; nothing is sent.\n\n"
        "Exit status: 0 when no check fails, 1 when one fails, 2 for a wrong command line, 3 when DNS could "
        "not be asked."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("ADDRESS|DOMAIN"), Text::tr("The address you send from, or its domain."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the result as one JSON object."));
    const QCommandLineOption provider(QStringLiteral("provider"),
        Text::tr("The provider you send through (a preset id); default: found from the domain's MX records."),
        QStringLiteral("NAME"));
    const QCommandLineOption nameserver(QStringLiteral("nameserver"),
        Text::tr("Ask this DNS server (an IP address) instead of the system's."), QStringLiteral("IP"));
    const QCommandLineOption selector(QStringLiteral("dkim-selector"),
        Text::tr(
            "Also look for a DKIM key at this selector (the s= of a DKIM-Signature you sent); repeatable."),
        QStringLiteral("NAME"));
    parser.addOptions({ json, provider, nameserver, selector });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, QStringLiteral("domain check"));
        return ExitSent;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(Text::tr("give one address or domain."));
    const QString target = parser.positionalArguments().first();
    const QString domainName = domain::DomainCheck::domainOf(target);
    if (domainName.isEmpty() || !domainName.contains(QLatin1Char('.'))
        || domainName.contains(QLatin1Char(' ')))
        return usage(Text::tr("\"%1\" is not an address or a domain.").arg(target));

    const ProviderCatalog catalog = ProviderCatalog::standard();
    domain::DomainCheckRequest request;
    request.addressOrDomain = target;
    request.catalog = &catalog;
    if (parser.isSet(provider)) {
        request.provider = catalog.byId(parser.value(provider));
        if (!request.provider)
            return usage(Text::tr("there is no provider \"%1\".").arg(parser.value(provider)));
    }
    for (const QString &name : parser.values(selector)) {
        if (name.trimmed().isEmpty() || name.contains(QLatin1Char('.')) || name.contains(QLatin1Char(' ')))
            return usage(Text::tr("\"%1\" is not a DKIM selector.").arg(name));
        request.dkimSelectors << name.trimmed();
    }
    SystemDnsResolver resolver;
    if (parser.isSet(nameserver)) {
        const QHostAddress address(parser.value(nameserver));
        if (address.isNull())
            return usage(Text::tr("\"%1\" is not an IP address.").arg(parser.value(nameserver)));
        resolver.setNameserver(address);
    }
    request.resolver = &resolver;

    domain::DomainCheck check;
    domain::DomainReport report;
    QEventLoop loop;
    QObject::connect(&check, &domain::DomainCheck::finished, &loop, [&](const domain::DomainReport &result) {
        report = result;
        loop.quit();
    });
    check.start(request);
    loop.exec();

    if (parser.isSet(json)) {
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    } else {
        QString providerName;
        if (const std::optional<ProviderPreset> preset = catalog.byId(report.providerId))
            providerName = preset->displayName;
        out() << describe(report, providerName);
    }
    out().flush();
    if (report.consumerDomain)
        return ExitSent;
    if (report.dnsUnavailable)
        return ExitDnsUnavailable;
    return report.hasFailure() ? ExitCheckFailed : ExitSent;
}

QString DomainCommand::describe(const domain::DomainReport &report, const QString &providerName)
{
    QString text;
    QTextStream stream(&text);
    if (report.consumerDomain) {
        stream << report.consumerExplanation << '\n';
        return text;
    }
    stream << (providerName.isEmpty()
            ? Text::tr("Domain %1 (provider unknown)").arg(report.domain)
            : Text::tr("Domain %1, sending through %2").arg(report.domain, providerName))
           << "\n\n";
    if (report.dnsUnavailable) {
        stream << Text::tr("DNS could not be asked: no question was answered. Check the network or the name "
                           "server, then try again.")
               << '\n';
        return text;
    }
    const QString indent = QStringLiteral("    ");
    for (const domain::DomainFinding &finding : report.checks) {
        stream << statusMark(finding.status) << "  " << domain::DomainFinding::checkName(finding.id) << ": " << finding.title
               << '\n';
        stream << indent << finding.detail << '\n';
        for (const QString &record : finding.records)
            stream << indent << Text::tr("Seen: %1").arg(record) << '\n';
        for (const QString &note : finding.notes)
            stream << indent << Text::tr("Also: %1").arg(note) << '\n';
        if (finding.suggested)
            stream << indent << Text::tr("Publish:") << '\n'
                   << indent << "  " << finding.suggested->zoneLine() << '\n';
    }
    return text;
}

} // namespace stamp::cli
