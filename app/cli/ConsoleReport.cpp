// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConsoleReport.h"

#include "diagnostics/DiagnosticsCatalog.h"

#include <QCoreApplication>
#include <QTextStream>

namespace stamp::cli::ConsoleReport {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConsoleReport", text);
}
}  // namespace

void printFailure(QTextStream &err, const Failure &failure, bool uncertain, const QString &lead)
{
    const Diagnosis d = DiagnosticsCatalog::diagnose(failure);
    const QString first = !lead.isEmpty() ? lead
                          : uncertain     ? tr("stamp: outcome unknown")
                                          : tr("stamp: not sent");
    err << first << " - " << d.title << '\n';
    err << "  " << failure.message << '\n';
    if (failure.reply)
        err << "  " << tr("Server said: %1").arg(failure.reply->summary()) << '\n';
    err << "  " << tr("Why: %1").arg(d.explanation) << '\n';
    err << "  " << tr("What to do: %1").arg(d.remedy) << '\n';
    if (uncertain) {
        err << "  "
            << tr("The whole message had been sent before the connection failed, so the server may have accepted "
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
            out << "  " << tr("Server said: %1").arg(result.finalReply->summary()) << '\n';
    }
    for (const RecipientResult &r : result.recipients) {
        if (!r.accepted && r.reply.isValid())
            err << tr("Refused: %1 - %2").arg(r.address, r.reply.summary()) << '\n';
    }
    if (result.failure)
        printFailure(err, *result.failure, result.uncertain);
}

void printTls(QTextStream &out, const TlsReport &tls)
{
    if (!tls.attempted) {
        out << tr("TLS:          not used") << '\n';
        return;
    }
    if (tls.encrypted)
        out << tr("TLS:          %1, %2").arg(tls.protocol, tls.cipher) << '\n';
    else
        out << tr("TLS:          handshake not completed") << '\n';
    out << tr("Certificate:  %1").arg(tls.peer.subject) << '\n';
    out << tr("Issuer:       %1").arg(tls.peer.issuer) << '\n';
    if (!tls.peer.altNames.isEmpty())
        out << tr("Names:        %1").arg(tls.peer.altNames.join(QStringLiteral(", "))) << '\n';
    out << tr("Valid:        %1 to %2")
               .arg(tls.peer.notBefore.toString(Qt::ISODate), tls.peer.notAfter.toString(Qt::ISODate))
        << '\n';
    out << tr("SHA-256:      %1").arg(tls.peer.sha256Display()) << '\n';
    if (tls.acceptedByPin)
        out << tr("Trust:        pinned certificate (%1)").arg(tls.errorTexts.join(QStringLiteral("; "))) << '\n';
    else if (tls.errorTexts.isEmpty())
        out << tr("Trust:        verified") << '\n';
    else
        out << tr("Trust:        NOT verified: %1").arg(tls.errorTexts.join(QStringLiteral("; "))) << '\n';
}

void printCertificateHelp(QTextStream &err, const TlsReport &tls, bool withDetails)
{
    if (tls.peer.isNull())
        return;
    if (withDetails) {
        err << '\n' << tr("The server presented this certificate:") << '\n';
        printTls(err, tls);
    }
    err << '\n'
        << tr("Only if you have confirmed this fingerprint with the server's administrator, you can trust exactly "
              "this certificate with:")
        << '\n'
        << "  --pin-sha256 " << tls.peer.sha256 << '\n';
}

void printCapabilities(QTextStream &out, const Capabilities &caps)
{
    out << tr("Extensions:   %1").arg(caps.describe()) << '\n';
}

}  // namespace stamp::cli::ConsoleReport
