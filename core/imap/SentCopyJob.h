// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImapFailure.h"
#include "ImapSettings.h"
#include "smtp/TlsReport.h"
#include "smtp/Transcript.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace stamp::imap {

class ImapSession;
struct ImapResponse;

// How a copy to Sent ended, in the terms the outbox acts on.
struct SentCopyResult
{
    enum class Outcome {
        Copied, // appended now
        AlreadyThere, // a message with this Message-ID is in the folder: nothing to do
        RetryLater, // the server was down, slow, busy or full: try again on its own
        NeedsPerson, // only a change of settings, password or trust helps
    };

    Outcome outcome = Outcome::RetryLater;
    QString text; // for a person, translated
    QString mailbox; // the Sent folder used or looked for
    std::optional<ImapFailure> failure;
    TlsReport tls;
    // RFC 4315 UIDPLUS: where the copy landed (APPENDUID), or the copy found.
    quint32 uidValidity = 0;
    quint32 uid = 0;
    // A check (Request::checkOnly) that found the folder: nothing was
    // appended. The outcome is then AlreadyThere, as nothing is left to do.
    bool checked = false;

    static QString outcomeId(Outcome outcome); // "copied", "already-there", "retry-later", "needs-person"
};

// Copies one sent message into the account's Sent folder: connect, log in,
// find the folder, look for the Message-ID (so a copy interrupted by a
// crash is not made twice), APPEND with \Seen, LOGOUT. Finishes exactly
// once with finished().
class SentCopyJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        ImapSettings settings;
        ImapLogin login;
        QByteArray message; // the bytes exactly as sent
        QByteArray messageId; // "<id@host>", angle brackets included; empty: no lookup
        // Only connect, log in, find the folder and log out: the settings'
        // "Check" button. `message` and `messageId` are not used.
        bool checkOnly = false;
    };

    explicit SentCopyJob(const Request &request, QObject *parent = nullptr);
    ~SentCopyJob() override;

    void start();
    void cancel();
    bool isFinished() const { return m_done; }
    const SentCopyResult &result() const { return m_result; }

    // What the outbox must do about a failure, and the words for it.
    // `oauth`: the login was a token, so "sign in again" is the remedy.
    static SentCopyResult fromFailure(const ImapFailure &failure, const QString &host, const QString &user,
        const QString &mailbox, bool oauth);
    // The usual names of a Sent folder where no SPECIAL-USE says (RFC 6154 §5.2 lists none; these are what
    // Dovecot, Cyrus, Exchange and Apple name it).
    static QStringList usualSentNames();

signals:
    void finished(const stamp::imap::SentCopyResult &result);
    void transcript(const stamp::TranscriptEvent &event);

private:
    void onReady();
    void onListed(const ImapResponse &tagged, const QList<ImapResponse> &untagged);
    void lookUp();
    void append();
    void onFailed(const ImapFailure &failure);
    void refused(ImapStep step, const ImapResponse &tagged);
    void succeed(SentCopyResult::Outcome outcome, const QString &text);
    void finish();

    Request m_request;
    QPointer<ImapSession> m_session;
    SentCopyResult m_result;
    bool m_done = false;
    bool m_outcomeKnown = false;
};

} // namespace stamp::imap
