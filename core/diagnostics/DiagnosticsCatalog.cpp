// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DiagnosticsCatalog.h"

#include "CatalogEntry.h"
#include "Logging.h"

#include <array>

namespace stamp {

namespace {

using catalog::CatalogEntry;
using catalog::EntryTable;

// The order matters: local security decisions first (a refused STARTTLS may
// carry a 454 that must not read as an ordinary temporary error), then the
// provider-specific replies, the standard replies, and the transport faults,
// whose last entry matches everything.
std::array<EntryTable, 4> tables()
{
    return { catalog::securityEntries(), catalog::providerEntries(), catalog::replyEntries(),
        catalog::networkEntries() };
}

// Replaces %1 (host) and %2 (phase) in one pass, so a host name that happens
// to contain "%2" is left as it is.
QString expand(const char *source, const FailureContext &context)
{
    const QString text = DiagnosticsCatalog::tr(source);
    QString result;
    result.reserve(text.size() + context.host.size() + 48);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('%') && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == QLatin1Char('1')) {
                if (!context.host.isEmpty())
                    result += context.host;
                else if (result.isEmpty())
                    result += DiagnosticsCatalog::tr("The server");
                else
                    result += DiagnosticsCatalog::tr("the server");
                ++i;
                continue;
            }
            if (next == QLatin1Char('2')) {
                result += phaseDescription(context.phase);
                ++i;
                continue;
            }
        }
        result += ch;
    }
    return result;
}

Diagnosis makeDiagnosis(const CatalogEntry &entry, const FailureContext &context)
{
    Diagnosis diagnosis;
    diagnosis.id = QLatin1String(entry.id);
    diagnosis.title = expand(entry.title, context);
    diagnosis.explanation = expand(entry.explanation, context);
    const bool desktop = context.surface == Surface::Desktop && entry.desktopRemedy;
    diagnosis.remedy = expand(desktop ? entry.desktopRemedy : entry.remedy, context);
    diagnosis.transient = (entry.flags & catalog::Transient)
        || ((entry.flags & catalog::TransientIf4xx) && context.replyCode >= 400 && context.replyCode < 500);
    diagnosis.deliveryUnknown = (entry.flags & catalog::DeliveryUnknown) != 0;
    return diagnosis;
}

} // namespace

Diagnosis DiagnosticsCatalog::diagnose(const FailureContext &context)
{
    const auto all = tables();
    for (const EntryTable &table : all) {
        for (const CatalogEntry &entry : table) {
            if (!entry.matches(context))
                continue;
            // Never the reply text or the host: they may carry addresses.
            qCDebug(lcDiagnostics) << "diagnosis" << entry.id << "phase" << phaseId(context.phase) << "code"
                                   << context.replyCode << context.enhanced.toString() << "fault"
                                   << static_cast<int>(context.fault);
            return makeDiagnosis(entry, context);
        }
    }
    // Not reached: the last network entry matches everything. Should it ever
    // stop doing so, that entry is still the honest answer.
    const EntryTable &last = all.back();
    return makeDiagnosis(last.entries[last.count - 1], context);
}

FailureContext FailureContext::of(const Failure &failure)
{
    FailureContext context;
    context.phase = failure.phase;
    context.fault = failure.fault;
    context.host = failure.host;
    context.detail = failure.message;
    context.tlsErrors = failure.tlsErrors;
    if (failure.reply) {
        context.replyCode = failure.reply->code;
        context.enhanced = failure.reply->enhanced;
        context.replyText = failure.reply->text();
    }
    return context;
}

Diagnosis DiagnosticsCatalog::diagnose(const Failure &failure, const DiagnosisCircumstances &circumstances)
{
    FailureContext context = FailureContext::of(failure);
    context.signsInWithOAuth = circumstances.signsInWithOAuth;
    context.serverHasAnswered = circumstances.serverHasAnswered;
    context.surface = circumstances.surface;
    return diagnose(context);
}

QJsonObject DiagnosticsCatalog::toJson(const Diagnosis &diagnosis)
{
    QJsonObject d;
    d[QStringLiteral("id")] = diagnosis.id;
    d[QStringLiteral("title")] = diagnosis.title;
    d[QStringLiteral("explanation")] = diagnosis.explanation;
    d[QStringLiteral("remedy")] = diagnosis.remedy;
    d[QStringLiteral("transient")] = diagnosis.transient;
    d[QStringLiteral("deliveryUnknown")] = diagnosis.deliveryUnknown;
    return d;
}

QJsonObject DiagnosticsCatalog::explained(QJsonObject json, const Failure &failure)
{
    const QString key = QStringLiteral("failure");
    if (json.contains(key)) {
        json[key] = explained(json.value(key).toObject(), failure);
        return json;
    }
    json[QStringLiteral("diagnosis")] = toJson(diagnose(failure));
    return json;
}

QStringList DiagnosticsCatalog::entryIds()
{
    QStringList ids;
    for (const EntryTable &table : tables()) {
        for (const CatalogEntry &entry : table)
            ids << QLatin1String(entry.id);
    }
    return ids;
}

} // namespace stamp
