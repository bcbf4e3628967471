// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SentCopyCheck.h"

#include "imap/SentCopyJob.h"

#include <QTimer>

namespace stamp {

SentCopyCheck::SentCopyCheck(QObject *parent)
    : QObject(parent)
{ }

SentCopyCheck::~SentCopyCheck()
{
    cancel();
}

imap::ImapLogin SentCopyCheck::loginFor(const Account &account, const QString &secret)
{
    return account.sentCopyLogin(secret);
}

void SentCopyCheck::start(const Account &account, const imap::ImapLogin &login)
{
    cancel();
    const int run = ++m_run;
    imap::SentCopyJob::Request request;
    request.settings = account.sentCopySettings();
    request.login = login;
    request.checkOnly = true;
    if (request.settings.host.trimmed().isEmpty()) {
        SentCopyCheckResult result;
        result.text = tr("Enter the IMAP server's host name first.");
        // Queued: the caller may connect after start(), as for a real check.
        QTimer::singleShot(0, this, [this, result, run] {
            if (run == m_run)
                emit finished(result);
        });
        return;
    }
    auto *job = new imap::SentCopyJob(request, this);
    m_job = job;
    connect(job, &imap::SentCopyJob::transcript, this, &SentCopyCheck::transcript);
    connect(job, &imap::SentCopyJob::finished, this, &SentCopyCheck::onFinished);
    job->start();
}

bool SentCopyCheck::isRunning() const
{
    return !m_job.isNull();
}

void SentCopyCheck::cancel()
{
    ++m_run; // a finish already queued is not reported
    if (!m_job)
        return;
    imap::SentCopyJob *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
}

void SentCopyCheck::onFinished(const imap::SentCopyResult &copy)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    SentCopyCheckResult result;
    result.ok = copy.checked;
    result.text = copy.text;
    result.mailbox = copy.mailbox;
    result.failure = copy.failure;
    result.tls = copy.tls;
    emit finished(result);
}

} // namespace stamp
