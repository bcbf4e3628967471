// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConsoleReport.h"

#include "diagnostics/DiagnosticsCatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace stamp::cli::ConsoleReport {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleReport)
};
}  // namespace

void printFailure(QTextStream &err, const Failure &failure, bool uncertain, const QString &lead)
{
    const Diagnosis d = DiagnosticsCatalog::diagnose(failure);
    const QString first = !lead.isEmpty() ? lead
                          : uncertain     ? Text::tr("stamp: outcome unknown")
                                          : Text::tr("stamp: not sent");
    err << first << " - " << d.title << '\n';
    err << "  " << failure.message << '\n';
    if (failure.reply)
        err << "  " << Text::tr("Server said: %1").arg(failure.reply->summary()) << '\n';
    err << "  " << Text::tr("Why: %1").arg(d.explanation) << '\n';
    err << "  " << Text::tr("What to do: %1").arg(d.remedy) << '\n';
    // The diagnosis already says so when it is about the unknown outcome.
    if (uncertain && !d.deliveryUnknown) {
        err << "  "
            << Text::tr("The whole message had been sent before the connection failed, so the server may have accepted "
                  "it. Check the recipients' mailboxes or the Sent folder before sending it again.")
            << '\n';
    }
}

void printSendResult(QTextStream &out, QTextStream &err, const SendResult &result)
{
    const QStringList accepted = result.accepted();
    if (result.status != SendResult::Status::Failed) {
        out << QCoreApplication::translate("ConsoleReport", "Sent to %n recipient(s): %1", nullptr, int(accepted.size())).arg(accepted.join(QStringLiteral(", "))) << '\n';
        if (result.finalReply)
            out << "  " << Text::tr("Server said: %1").arg(result.finalReply->summary()) << '\n';
    }
    for (const RecipientResult &r : result.recipients) {
        if (!r.accepted && r.reply.isValid())
            err << Text::tr("Refused: %1 - %2").arg(r.address, r.reply.summary()) << '\n';
    }
    if (result.failure)
        printFailure(err, *result.failure, result.uncertain);
}

void printTls(QTextStream &out, const TlsReport &tls)
{
    if (!tls.attempted) {
        out << Text::tr("TLS:          not used") << '\n';
        return;
    }
    if (tls.encrypted)
        out << Text::tr("TLS:          %1, %2").arg(tls.protocol, tls.cipher) << '\n';
    else
        out << Text::tr("TLS:          handshake not completed") << '\n';
    out << Text::tr("Certificate:  %1").arg(tls.peer.subject) << '\n';
    out << Text::tr("Issuer:       %1").arg(tls.peer.issuer) << '\n';
    if (!tls.peer.altNames.isEmpty())
        out << Text::tr("Names:        %1").arg(tls.peer.altNames.join(QStringLiteral(", "))) << '\n';
    out << Text::tr("Valid:        %1 to %2")
               .arg(QLocale().toString(tls.peer.notBefore.toLocalTime(), QLocale::ShortFormat),
                   QLocale().toString(tls.peer.notAfter.toLocalTime(), QLocale::ShortFormat))
        << '\n';
    out << Text::tr("SHA-256:      %1").arg(tls.peer.sha256Display()) << '\n';
    if (tls.acceptedByPin)
        out << Text::tr("Trust:        pinned certificate (%1)").arg(tls.errorTexts.join(QStringLiteral("; "))) << '\n';
    else if (tls.errorTexts.isEmpty())
        out << Text::tr("Trust:        verified") << '\n';
    else
        out << Text::tr("Trust:        NOT verified: %1").arg(tls.errorTexts.join(QStringLiteral("; "))) << '\n';
}

void printCertificateHelp(QTextStream &err, const TlsReport &tls, bool withDetails)
{
    if (tls.peer.isNull())
        return;
    if (withDetails) {
        err << '\n' << Text::tr("The server presented this certificate:") << '\n';
        printTls(err, tls);
    }
    err << '\n'
        << Text::tr("Only if you have confirmed this fingerprint with the server's administrator, you can trust exactly "
              "this certificate with:")
        << '\n'
        << "  --pin-sha256 " << tls.peer.sha256 << '\n';
}

void printCapabilities(QTextStream &out, const Capabilities &caps)
{
    out << Text::tr("Extensions:   %1").arg(caps.describe()) << '\n';
}

}  // namespace stamp::cli::ConsoleReport
