// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CheckCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "ConsoleReport.h"
#include "SessionOptions.h"
#include "accounts/ConnectionCheck.h"
#include "dns/DnsResolver.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "smtp/ReportJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(check,
    QT_TRANSLATE_NOOP(
        "CommandLine", "Connect, negotiate TLS, read the capabilities, optionally log in; sends no mail"),
    20, CheckCommand);

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};
} // namespace

// With --account: the connection doctor, step by step (DNS, TCP, the
// STARTTLS downgrade check, TLS, EHLO, AUTH, optionally a test message, and
// what the account's domain publishes for its mail to arrive).
int CheckCommand::runDoctor(SessionOptions &session, bool sendTest, bool json, const QHostAddress &nameserver)
{
    QTextStream out(stdout);
    SystemDnsResolver resolver;
    if (!nameserver.isNull())
        resolver.setNameserver(nameserver);
    auto runCheck = [&] {
        ConnectionCheck check;
        check.setDnsResolver(&resolver);
        check.setAccount(*session.account);
        check.setServerOverride(session.server);
        check.setSecret(session.auth.credentials.secret);
        check.setProxyPassword(session.auth.proxyPassword);
        check.setSendTestMessage(sendTest);
        return check.runNow();
    };
    CheckReport report = runCheck();
    // An OAuth access token the server refused gets one renewal and one
    // more check, as a send would; a second refusal is the real answer.
    const CheckStep *login = report.step(QStringLiteral("auth"));
    QString problem;
    if (login && login->status == CheckStep::Status::Failed && session.account->signsInWithOAuth()) {
        if (session.renewToken(&problem))
            report = runCheck();
        else
            QTextStream(stderr) << "stamp check: " << problem << '\n';
    }
    session.auth.credentials.secret.fill(QLatin1Char('\0'));
    if (json)
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toText();
    return report.passed() ? ExitSent : ExitNotSent;
}

int CheckCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Connect to an SMTP server, negotiate TLS, read its capabilities and "
                                        "optionally log in. Sends no mail."));
    parser.addHelpOption();
    SessionOptions session(parser);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the result as one JSON object."));
    const QCommandLineOption sendTest(QStringLiteral("send-test"),
        Text::tr("With --account: also send a test message to the account's own address."));
    const QCommandLineOption nameserver(QStringLiteral("nameserver"),
        Text::tr("Ask this DNS server (an IP address) instead of the system's."), QStringLiteral("IP"));
    parser.addOptions({ json, sendTest, nameserver });
    if (!parser.parse(arguments)) {
        err << "stamp check: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("check"));
        return ExitSent;
    }
    if (const QString problem = session.read(parser); !problem.isEmpty()) {
        err << "stamp check: " << problem << '\n' << Text::tr("Run 'stamp check --help' for the options.") << '\n';
        return ExitUsage;
    }
    QHostAddress nameserverAddress;
    if (parser.isSet(nameserver)) {
        nameserverAddress = QHostAddress(parser.value(nameserver));
        if (nameserverAddress.isNull()) {
            err << "stamp check: " << Text::tr("\"%1\" is not an IP address.").arg(parser.value(nameserver))
                << '\n';
            return ExitUsage;
        }
    }
    if (session.account)
        return runDoctor(session, parser.isSet(sendTest), parser.isSet(json), nameserverAddress);
    if (parser.isSet(sendTest)) {
        err << "stamp check: " << Text::tr("--send-test needs --account.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(nameserver)) {
        err << "stamp check: " << Text::tr("--nameserver needs --account.") << '\n';
        return ExitUsage;
    }
    const SessionReport report = session.run({});

    if (parser.isSet(json)) {
        QJsonObject object;
        object[QStringLiteral("status")] = report.failure ? QStringLiteral("failed") : QStringLiteral("ok");
        object[QStringLiteral("host")] = session.server.host;
        object[QStringLiteral("port")] = session.server.effectivePort();
        object[QStringLiteral("security")] = securityModeId(session.server.security);
        object[QStringLiteral("tls")] = ReportJson::tls(report.tls);
        object[QStringLiteral("capabilities")] = ReportJson::capabilities(report.capabilities);
        object[QStringLiteral("authenticated")] = report.authenticated;
        if (report.authenticated)
            object[QStringLiteral("authMechanism")] = report.authMechanism;
        if (report.failure)
            object[QStringLiteral("failure")]
                = DiagnosticsCatalog::explained(ReportJson::failure(*report.failure), *report.failure);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        out << Text::tr("Server:       %1 port %2 (%3)")
                   .arg(session.server.host)
                   .arg(session.server.effectivePort())
                   .arg(securityModeId(session.server.security))
            << '\n';
        // Only what was actually reached: a failed connect has no TLS line.
        const bool reachedEhlo = !report.capabilities.greetingDomain().isEmpty();
        if (report.tls.attempted || (session.server.security == SecurityMode::None && reachedEhlo))
            ConsoleReport::printTls(out, report.tls);
        if (reachedEhlo)
            ConsoleReport::printCapabilities(out, report.capabilities);
        if (report.authenticated)
            out << Text::tr("Login:        accepted (%1)").arg(report.authMechanism) << '\n';
        else if (!report.failure && session.auth.method == sasl::AuthMethod::None)
            out << Text::tr("Login:        not tried (no --user)") << '\n';
        out.flush();
        if (report.failure) {
            ConsoleReport::printFailure(err, *report.failure, false, Text::tr("stamp check: failed"));
            if (report.failure->phase == Phase::Tls)
                ConsoleReport::printCertificateHelp(err, report.tls, false);
        } else
            out << Text::tr("Check passed.") << '\n';
    }
    return report.failure ? ExitNotSent : ExitSent;
}

} // namespace stamp::cli
