// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "imap/ImapFailure.h"
#include "imap/ImapSettings.h"
#include "smtp/SessionTypes.h"
#include "smtp/TlsReport.h"
#include "smtp/Transcript.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace stamp {

namespace imap {
class SentCopyJob;
struct SentCopyResult;
} // namespace imap

// What a check of the copy-to-Sent settings found, for the settings window.
struct SentCopyCheckResult
{
    bool ok = false;
    QString text; // for a person, translated: the folder found, or what to change
    QString mailbox; // the Sent folder found (or looked for)
    std::optional<imap::ImapFailure> failure;
    TlsReport tls; // the handshake, for "Review certificate" when it was refused

    // The certificate could not be verified and may be trusted by its
    // fingerprint (never a revoked one).
    bool offersPin() const { return failure && failure->offersPin && !tls.peer.isNull(); }
};

// Tries an account's copy-to-Sent settings as the copier will use them,
// without copying anything: connect, log in, find the Sent folder
// (SPECIAL-USE, the usual names, or the one chosen) and LOGOUT. Nothing is
// selected or appended, so the folder is left exactly as it was. One check
// at a time; finished() comes exactly once per start().
class SentCopyCheck : public QObject
{
    Q_OBJECT

public:
    explicit SentCopyCheck(QObject *parent = nullptr);
    ~SentCopyCheck() override;

    // The login the copy to Sent uses for `account`: its login method
    // (a server used without login still needs one for IMAP, so that is
    // the password login) and the secret given, with the copy's user name
    // (the account's when none is set for the copy).
    static imap::ImapLogin loginFor(const Account &account, const QString &secret);

    // Checks `account.sentCopySettings()`, whether or not the copy is
    // switched on. An account with no IMAP server finishes at once.
    void start(const Account &account, const imap::ImapLogin &login);
    // Ends a running check; finished() is not emitted for it.
    void cancel();
    bool isRunning() const;

signals:
    void finished(const stamp::SentCopyCheckResult &result);
    // The IMAP conversation, already redacted (no password, no token).
    void transcript(const stamp::TranscriptEvent &event);

private:
    void onFinished(const imap::SentCopyResult &result);

    QPointer<imap::SentCopyJob> m_job;
    int m_run = 0; // which start() a queued finish belongs to
};

} // namespace stamp

Q_DECLARE_METATYPE(stamp::SentCopyCheckResult)
