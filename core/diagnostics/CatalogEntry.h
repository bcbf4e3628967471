// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to the diagnostics catalogue: one entry of the table that
// DiagnosticsCatalog::diagnose() walks, and the small predicates the entries
// are written with. Not part of stamp_core's public interface.

#include "Diagnosis.h"

#include <QSslError>
#include <cstddef>
#include <initializer_list>

namespace stamp::catalog {

enum EntryFlag : unsigned {
    Permanent = 0,
    Transient = 1u << 0, // trying again later may work without changes
    TransientIf4xx = 1u << 1, // transient when the reply code is 4xx
    DeliveryUnknown = 1u << 2, // the message may already have been accepted
};

// The texts are source strings marked with QT_TRANSLATE_NOOP("DiagnosticsCatalog",
// ...) and translated when a diagnosis is made. Placeholders: %1 is the server's
// host name (or "the server"), %2 says when it happened (phaseDescription()).
struct CatalogEntry
{
    const char *id;
    bool (*matches)(const FailureContext &context);
    unsigned flags;
    const char *title;
    const char *explanation;
    const char *remedy; // as the command line shows it
    // The remedy in the desktop app, where it differs: the buttons and
    // settings that do what the command line's flags do. Null: `remedy`.
    const char *desktopRemedy = nullptr;
};

struct EntryTable
{
    const CatalogEntry *entries;
    std::size_t count;

    const CatalogEntry *begin() const { return entries; }
    const CatalogEntry *end() const { return entries + count; }
};

// The tables, in the order diagnose() consults them; within a table the first
// matching entry wins, so specific entries come before general ones.
EntryTable securityEntries(); // STARTTLS, TLS, local refusals, cancellation
EntryTable providerEntries(); // Gmail and Microsoft replies
EntryTable replyEntries(); // standard SMTP replies and their per-class fallbacks
EntryTable networkEntries(); // transport faults and the final fallback

// --- predicates the tables are written with -------------------------------

bool inPhase(const FailureContext &c, std::initializer_list<Phase> phases);
// A refusal from the server: a 4xx/5xx reply that is not a local decision.
bool isReply(const FailureContext &c);
bool isReply(const FailureContext &c, int code);
bool isTransientReply(const FailureContext &c); // 4xx
bool isPermanentReply(const FailureContext &c); // 5xx
// The enhanced code's subject and detail ("x.7.8"), whatever its class.
bool hasEnhanced(const FailureContext &c, int subject, int detail);
// Case-insensitive substring of the reply text.
bool textHas(const FailureContext &c, const char *needle);
bool textHasAny(const FailureContext &c, std::initializer_list<const char *> needles);
bool detailHasAny(const FailureContext &c, std::initializer_list<const char *> needles);
bool hasTlsError(const FailureContext &c, std::initializer_list<QSslError::SslError> errors);
// A certificate verification failure that lists one of `errors`.
bool certificateFault(const FailureContext &c, std::initializer_list<QSslError::SslError> errors);
// DATA or the reply after the message: a refusal here is about the message.
bool isMessagePhase(const FailureContext &c);
// The end of the message has gone out (the session is in Phase::FinalReply),
// so the server may have accepted it even if no reply ever arrives.
bool endOfMessageSent(const FailureContext &c);
bool isGoogle(const FailureContext &c);
bool isMicrosoft(const FailureContext &c);

} // namespace stamp::catalog
