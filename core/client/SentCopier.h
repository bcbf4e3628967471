// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "imap/ImapSettings.h"
#include "imap/SentCopyJob.h"
#include "outbox/SentStore.h"
#include "smtp/Transcript.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>

namespace stamp {

class AccountStore;

// Makes the copies to the Sent folder that Sent items say are pending,
// one at a time, with imap::SentCopyJob: the message file's exact bytes,
// its Message-ID (so a copy a crash interrupted after the APPEND is found
// and not made twice), the account's login. Each outcome is saved in the
// item (SentStore::updateCopy): copied, pending again with a back-off
// (retryDelaySeconds), or stopped until a person acts. It never touches the
// SMTP send: a copy that fails leaves the message sent, as it was.
class SentCopier : public QObject
{
    Q_OBJECT

public:
    // The login for the account's IMAP server: `reply` with the login, or
    // nullopt and why not and whether waiting may help (a network problem)
    // rather than a person (no password saved, sign-in needed).
    using LoginReply = std::function<void(std::optional<imap::ImapLogin> login, const QString &problem,
                                          bool retryLater)>;
    using LoginProvider = std::function<void(const Account &account, LoginReply reply)>;

    SentCopier(SentStore &sent, const AccountStore &accounts, QObject *parent = nullptr);
    ~SentCopier() override;

    void setLoginProvider(LoginProvider provider) { m_login = std::move(provider); }
    // Follow the clock: copies whose retry time comes are made then.
    void setAutomatic(bool automatic);

    // Makes the pending copies that are due (or every pending one with
    // `evenNotDue`: the person asked, or the network came back), of the
    // account (id or name) or of all when empty. Copies already queued or
    // running are not made twice.
    void run(bool evenNotDue = false, const QString &account = {});
    // Makes the copies that stopped for a person (a wrong password, an
    // untrusted certificate, the copy switched off) pending again, due now,
    // and runs them: the person changed something. Only those of `account`
    // (id or name) when given, only the item `id` when given. Returns how
    // many it set pending.
    int tryAgain(const QString &account = {}, const QString &id = {});
    bool isBusy() const { return m_job || !m_queue.isEmpty() || m_waitingForLogin; }

    // After how long the n-th failed try (1-based) is retried: 1, 2, 5, 15,
    // then every 30 minutes.
    static int retryDelaySeconds(int attempts);
    // The Message-ID field of a message's header, angle brackets included
    // (RFC 5322 §3.6.4); empty when it has none.
    static QByteArray messageIdOf(const QByteArray &message);

signals:
    // An item's copy has a new state, saved.
    void copyFinished(const stamp::SentItem &item);
    // Nothing left to do for now.
    void idle();
    void transcript(const stamp::TranscriptEvent &event);

private:
    void next();
    void copyWith(const SentItem &item, const Account &account, const imap::ImapLogin &login);
    void settle(const QString &id, const imap::SentCopyResult &result);
    void retryLater(const QString &id, const QString &reason);
    void needsPerson(const QString &id, const QString &reason);
    void save(SentItem item);
    void schedule();

    SentStore &m_sent;
    const AccountStore &m_accounts;
    LoginProvider m_login;
    QStringList m_queue;  // item ids
    QString m_current;
    QPointer<imap::SentCopyJob> m_job;
    bool m_waitingForLogin = false;
    bool m_automatic = false;
    QTimer m_timer;
};

}  // namespace stamp
