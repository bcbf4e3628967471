// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SentCopier.h"

#include "OutboxExplainer.h"
#include "accounts/AccountStore.h"
#include "imap/SentCopyJob.h"
#include "outbox/OutboxLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <iterator>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SentCopier)
};
}  // namespace

SentCopier::SentCopier(SentStore &sent, const AccountStore &accounts, QObject *parent)
    : QObject(parent)
    , m_sent(sent)
    , m_accounts(accounts)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { run(); });
}

SentCopier::~SentCopier()
{
    // A copy cut short stays pending and is made (or found) next time.
    if (m_job) {
        m_job->disconnect(this);  // its outcome is not saved: the item stays as it was
        m_job->cancel();
    }
    delete m_job;
}

void SentCopier::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (automatic)
        run();
    else
        m_timer.stop();
}

int SentCopier::retryDelaySeconds(int attempts)
{
    // Quick at first (a server restarting, a laptop waking), then gently:
    // a copy is never urgent, and a full mailbox is not emptied in minutes.
    static const int minutes[] = {1, 2, 5, 15, 30};
    const int index = qBound(0, attempts - 1, int(std::size(minutes)) - 1);
    return minutes[index] * 60;
}

QByteArray SentCopier::messageIdOf(const QByteArray &message)
{
    // The header ends at the first empty line (RFC 5322 §2.1); a field may
    // be folded onto lines that start with white space (§2.2.3).
    QByteArray value;
    bool inField = false;
    int from = 0;
    while (from < message.size()) {
        int end = message.indexOf('\n', from);
        if (end < 0)
            end = message.size();
        QByteArray line = message.mid(from, end - from);
        from = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (inField)
                value += line;
            continue;
        }
        if (inField)
            break;
        if (line.size() >= 11 && line.left(11).compare("Message-ID:", Qt::CaseInsensitive) == 0) {
            value = line.mid(11);
            inField = true;
        }
    }
    value = value.trimmed();
    const int open = value.indexOf('<');
    const int close = value.indexOf('>', open);
    if (open < 0 || close < 0)
        return {};
    return value.mid(open, close - open + 1);
}

void SentCopier::run(bool evenNotDue, const QString &account)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SentItem &item : m_sent.pendingCopies(account)) {
        if (!evenNotDue && !item.copy.isDue(now))
            continue;
        if (item.id() == m_current || m_queue.contains(item.id()))
            continue;
        m_queue << item.id();
    }
    if (m_queue.isEmpty() && !m_job && !m_waitingForLogin) {
        schedule();
        emit idle();
        return;
    }
    next();
}

int SentCopier::tryAgain(const QString &account, const QString &id)
{
    int count = 0;
    QList<SentItem> items;
    if (id.isEmpty()) {
        items = m_sent.list(account);
    } else if (const std::optional<SentItem> one = m_sent.load(id); one && one->belongsTo(account)) {
        items << *one;
    }
    for (const SentItem &item : std::as_const(items)) {
        const bool stopped = item.copy.state == SentCopyState::State::NeedsPerson;
        const bool waiting = item.copy.isPending() && item.copy.nextTry.isValid();
        if (!stopped && !waiting)
            continue;
        SentCopyState copy = item.copy;
        copy.state = SentCopyState::State::Pending;
        copy.nextTry = {};  // due now
        // The reason stays until the next try says otherwise: what went wrong last is still true.
        if (const QString problem = m_sent.updateCopy(item.id(), copy); !problem.isEmpty()) {
            qCWarning(lcOutbox).noquote() << problem;
            continue;
        }
        ++count;
    }
    if (count > 0)
        run(false, account);
    return count;
}

void SentCopier::next()
{
    if (m_job || m_waitingForLogin)
        return;
    m_current.clear();
    while (!m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        const std::optional<SentItem> item = m_sent.load(id);
        if (!item || !item->copy.isPending())
            continue;  // pruned or settled meanwhile (another process)
        const std::optional<Account> account = OutboxExplainer::accountOf(item->record, m_accounts);
        m_current = id;
        if (!account) {
            needsPerson(id, Text::tr("The account this message was sent from no longer exists."));
            continue;
        }
        if (!account->copiesToSent()) {
            needsPerson(id, Text::tr("The copy to the Sent folder was switched off for the account \"%1\".")
                                .arg(account->name));
            continue;
        }
        if (!m_login) {
            retryLater(id, Text::tr("No login is available yet."));
            continue;
        }
        m_waitingForLogin = true;
        QPointer<SentCopier> self(this);
        const SentItem copy = *item;
        const Account owner = *account;
        m_login(owner, [self, copy, owner](std::optional<imap::ImapLogin> login, const QString &problem,
                                           bool waitMayHelp) {
            if (!self)
                return;
            self->m_waitingForLogin = false;
            if (login) {
                self->copyWith(copy, owner, *login);
                return;
            }
            if (waitMayHelp)
                self->retryLater(copy.id(), problem);
            else
                self->needsPerson(copy.id(), problem);
            self->next();
        });
        return;
    }
    m_current.clear();
    schedule();
    emit idle();
}

void SentCopier::copyWith(const SentItem &item, const Account &account, const imap::ImapLogin &login)
{
    // The exact bytes sent, from the Sent item's own message file.
    QFile file(m_sent.messagePath(item.id()));
    if (!file.open(QIODevice::ReadOnly)) {
        needsPerson(item.id(), Text::tr("The sent message's file cannot be read: %1").arg(file.errorString()));
        next();
        return;
    }
    imap::SentCopyJob::Request request;
    request.settings = account.sentCopySettings();
    request.login = login;
    request.message = file.readAll();
    request.messageId = messageIdOf(request.message);
    qCInfo(lcOutbox) << "copying" << item.id() << "to Sent on" << request.settings.host;
    auto *job = new imap::SentCopyJob(request, this);
    m_job = job;
    connect(job, &imap::SentCopyJob::transcript, this, [this](const TranscriptEvent &event) {
        // Already redacted by the IMAP session (no password, no token).
        qCDebug(lcOutbox).noquote() << "imap" << TranscriptEvent::tag(event.kind) << event.text;
        emit transcript(event);
    });
    const QString id = item.id();
    connect(job, &imap::SentCopyJob::finished, this, [this, job, id](const imap::SentCopyResult &result) {
        job->deleteLater();
        m_job = nullptr;
        settle(id, result);
        next();
    });
    job->start();
}

void SentCopier::settle(const QString &id, const imap::SentCopyResult &result)
{
    using Outcome = imap::SentCopyResult::Outcome;
    qCInfo(lcOutbox) << "copy to Sent of" << id << ":" << imap::SentCopyResult::outcomeId(result.outcome);
    switch (result.outcome) {
    case Outcome::Copied:
    case Outcome::AlreadyThere: {
        std::optional<SentItem> item = m_sent.load(id);
        if (!item)
            return;
        item->copy.state = SentCopyState::State::Copied;
        item->copy.attempts += 1;
        item->copy.mailbox = result.mailbox;
        item->copy.uidValidity = result.uidValidity;
        item->copy.uid = result.uid;
        item->copy.copiedAt = QDateTime::currentDateTimeUtc();
        item->copy.nextTry = {};
        item->copy.reason.clear();
        save(*item);
        return;
    }
    case Outcome::RetryLater:
        retryLater(id, result.text);
        return;
    case Outcome::NeedsPerson:
        needsPerson(id, result.text);
        return;
    }
}

void SentCopier::retryLater(const QString &id, const QString &reason)
{
    std::optional<SentItem> item = m_sent.load(id);
    if (!item)
        return;
    item->copy.state = SentCopyState::State::Pending;
    item->copy.attempts += 1;
    item->copy.reason = reason;
    item->copy.nextTry = QDateTime::currentDateTimeUtc().addSecs(retryDelaySeconds(item->copy.attempts));
    save(*item);
}

void SentCopier::needsPerson(const QString &id, const QString &reason)
{
    std::optional<SentItem> item = m_sent.load(id);
    if (!item)
        return;
    item->copy.state = SentCopyState::State::NeedsPerson;
    item->copy.attempts += 1;
    item->copy.reason = reason;
    item->copy.nextTry = {};
    save(*item);
}

void SentCopier::save(SentItem item)
{
    if (const QString problem = m_sent.updateCopy(item.id(), item.copy); !problem.isEmpty())
        qCWarning(lcOutbox).noquote() << problem;
    emit copyFinished(item);
}

void SentCopier::schedule()
{
    if (!m_automatic)
        return;
    QDateTime earliest;
    for (const SentItem &item : m_sent.pendingCopies()) {
        if (item.copy.nextTry.isValid() && (!earliest.isValid() || item.copy.nextTry < earliest))
            earliest = item.copy.nextTry;
    }
    if (!earliest.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(earliest);
    m_timer.start(int(qBound<qint64>(1000, ms, 60LL * 60 * 1000)));
}

}  // namespace stamp
