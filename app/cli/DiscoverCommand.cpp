// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DiscoverCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "accounts/Autodetect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(discover,
    QT_TRANSLATE_NOOP("CommandLine", "Find the submission server for an address (no login)"), 40,
    DiscoverCommand);

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiscoverCommand)
};
} // namespace

int DiscoverCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Find how to send mail for ADDRESS: provider presets, the domain's autoconfig file, its MX and SRV "
        "records, and an EHLO to likely hosts. Nothing is logged in to."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), Text::tr("The email address."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the result as one JSON object."));
    const QCommandLineOption all(QStringLiteral("all"), Text::tr("Keep looking after a preset matched."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        Text::tr("Give up on the whole search after SECS "
           "(default 15)."),
        QStringLiteral("SECS"));
    parser.addOptions({ json, all, timeout });
    if (!parser.parse(arguments)) {
        err << "stamp discover: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("discover"));
        return ExitSent;
    }
    if (parser.positionalArguments().size() != 1
        || !parser.positionalArguments().first().contains(QLatin1Char('@'))) {
        err << "stamp discover: " << Text::tr("give one email address.") << '\n';
        return ExitUsage;
    }
    Autodetect detect;
    detect.setCatalog(ProviderCatalog::standard());
    detect.setStopAtCatalogue(!parser.isSet(all));
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double secs = parser.value(timeout).toDouble(&ok);
        if (!ok || secs <= 0 || secs > 600) {
            err << "stamp discover: " << Text::tr("--timeout must be a number of seconds up to 600.") << '\n';
            return ExitUsage;
        }
        detect.setTotalTimeout(static_cast<int>(secs * 1000));
        detect.setStepTimeout(qMin(8000, static_cast<int>(secs * 1000)));
    }
    const AutodetectResult result = detect.runNow(parser.positionalArguments().first());

    if (parser.isSet(json)) {
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    } else {
        if (result.candidates.isEmpty()) {
            out << Text::tr("Nothing found for %1 (%2 ms). Enter the server settings by hand: "
                      "stamp account add NAME --email ADDRESS --host HOST --port N --security MODE")
                       .arg(result.domain)
                       .arg(result.elapsedMs)
                << '\n';
        }
        int rank = 1;
        for (const ServerCandidate &c : result.candidates) {
            out << QStringLiteral("%1. %2 port %3 (%4), user %5")
                       .arg(rank++)
                       .arg(c.host)
                       .arg(c.port)
                       .arg(securityModeId(c.security), c.username.isEmpty() ? Text::tr("(none)") : c.username)
                << '\n'
                << QStringLiteral("   ") << Text::tr("from %1").arg(c.sourceDescription()) << '\n';
            if (!c.note.isEmpty())
                out << QStringLiteral("   ") << Text::tr("note: %1").arg(c.note) << '\n';
        }
        out << Text::tr("Steps:") << '\n';
        for (const DiscoveryStep &step : result.steps)
            out << QStringLiteral("   %1: %2 (%3 ms)").arg(step.name, step.outcome).arg(step.elapsedMs)
                << '\n';
    }
    return result.candidates.isEmpty() ? ExitNotSent : ExitSent;
}

} // namespace stamp::cli
