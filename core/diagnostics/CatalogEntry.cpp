// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatalogEntry.h"

namespace stamp::catalog {

namespace {
bool containsAny(const QString &haystack, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (haystack.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool hostEndsWithAny(const FailureContext &c, std::initializer_list<const char *> domains)
{
    for (const char *domain : domains) {
        if (c.host.endsWith(QLatin1String(domain), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

bool inPhase(const FailureContext &c, std::initializer_list<Phase> phases)
{
    for (Phase phase : phases) {
        if (c.phase == phase)
            return true;
    }
    return false;
}

bool isReply(const FailureContext &c)
{
    // A reply that came with a local fault (a timeout, a refused STARTTLS, a
    // protocol violation) is explained by the fault's own entry. A server that
    // says 421 and then hangs up is still best explained by its reply.
    const bool replyFault = c.fault == NetworkFault::None || c.fault == NetworkFault::RemoteClosed
        || c.fault == NetworkFault::Other;
    return replyFault && c.replyCode >= 400 && c.replyCode <= 599;
}

bool isReply(const FailureContext &c, int code)
{
    return isReply(c) && c.replyCode == code;
}

bool isTransientReply(const FailureContext &c)
{
    return isReply(c) && c.replyCode < 500;
}

bool isPermanentReply(const FailureContext &c)
{
    return isReply(c) && c.replyCode >= 500;
}

bool hasEnhanced(const FailureContext &c, int subject, int detail)
{
    return c.enhanced.isValid() && c.enhanced.subject == subject && c.enhanced.detail == detail;
}

bool textHas(const FailureContext &c, const char *needle)
{
    return c.replyText.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

bool textHasAny(const FailureContext &c, std::initializer_list<const char *> needles)
{
    return containsAny(c.replyText, needles);
}

bool detailHasAny(const FailureContext &c, std::initializer_list<const char *> needles)
{
    return containsAny(c.detail, needles);
}

bool hasTlsError(const FailureContext &c, std::initializer_list<QSslError::SslError> errors)
{
    for (QSslError::SslError error : errors) {
        if (c.tlsErrors.contains(error))
            return true;
    }
    return false;
}

bool certificateFault(const FailureContext &c, std::initializer_list<QSslError::SslError> errors)
{
    // QSslSocket reports the verification errors and then fails the
    // handshake, so accept the errors under either fault.
    const bool tlsFault
        = c.fault == NetworkFault::CertificateRejected || c.fault == NetworkFault::TlsHandshake;
    return tlsFault && hasTlsError(c, errors);
}

bool isMessagePhase(const FailureContext &c)
{
    return inPhase(c, { Phase::Data, Phase::FinalReply });
}

bool endOfMessageSent(const FailureContext &c)
{
    // Before the final "." (or BDAT LAST) the server cannot accept the
    // message; a client that loses the connection then treats it as a 451
    // (RFC 5321 §3.8). After it, only the reply tells, and it may be lost.
    return c.phase == Phase::FinalReply;
}

bool isGoogle(const FailureContext &c)
{
    // Gmail's replies end in "gsmtp" and link to support.google.com.
    return textHasAny(c, { "gsmtp", "google" })
        || hostEndsWithAny(c, { "gmail.com", "googlemail.com", "google.com" });
}

bool isMicrosoft(const FailureContext &c)
{
    return textHasAny(c, { "outlook", "office365", "microsoft", "aka.ms/", "STOREDRV" })
        || hostEndsWithAny(c, { "office365.com", "outlook.com", "hotmail.com", "live.com" });
}

} // namespace stamp::catalog
