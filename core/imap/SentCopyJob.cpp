// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SentCopyJob.h"

#include "ImapSession.h"
#include "MailboxName.h"

namespace stamp::imap {

namespace {

bool isSelectable(const ImapItem &attributes)
{
    for (const ImapItem &a : attributes.items) {
        // RFC 9051 §7.3.1: \Noselect and \NonExistent mailboxes take no APPEND.
        if (a.isAtom("\\NOSELECT") || a.isAtom("\\NONEXISTENT"))
            return false;
    }
    return true;
}

bool hasAttribute(const ImapItem &attributes, const char *upper)
{
    for (const ImapItem &a : attributes.items) {
        if (a.isAtom(upper))
            return true;
    }
    return false;
}

// A Message-ID for SEARCH: printable ASCII only, so it goes as a quoted
// string without a CHARSET (RFC 9051 §6.4.4).
bool searchable(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 998)
        return false;
    for (char c : id) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

QByteArray quotedString(QByteArray raw)
{
    raw.replace('\\', "\\\\");
    raw.replace('"', "\\\"");
    return '"' + raw + '"';
}

} // namespace

QString SentCopyResult::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Copied:
        return QStringLiteral("copied");
    case Outcome::AlreadyThere:
        return QStringLiteral("already-there");
    case Outcome::RetryLater:
        return QStringLiteral("retry-later");
    case Outcome::NeedsPerson:
        break;
    }
    return QStringLiteral("needs-person");
}

QStringList SentCopyJob::usualSentNames()
{
    return { QStringLiteral("Sent"), QStringLiteral("Sent Items"), QStringLiteral("Sent Messages"),
        QStringLiteral("INBOX.Sent"), QStringLiteral("INBOX/Sent") };
}

SentCopyJob::SentCopyJob(const Request &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
    m_result.mailbox = request.settings.sentFolder;
}

SentCopyJob::~SentCopyJob() = default;

void SentCopyJob::start()
{
    m_session = new ImapSession(m_request.settings, m_request.login, this);
    connect(m_session, &ImapSession::transcript, this, &SentCopyJob::transcript);
    connect(m_session, &ImapSession::ready, this, &SentCopyJob::onReady);
    connect(m_session, &ImapSession::failed, this, &SentCopyJob::onFailed);
    connect(m_session, &ImapSession::closed, this, &SentCopyJob::finish);
    m_session->open();
}

void SentCopyJob::cancel()
{
    if (m_done)
        return;
    if (m_session)
        m_session->abort();
    m_result = {};
    m_result.outcome = SentCopyResult::Outcome::RetryLater;
    m_result.text = tr("The copy to the Sent folder was cancelled; it will be tried again later.");
    m_outcomeKnown = true;
    finish();
}

void SentCopyJob::onReady()
{
    // RFC 6154 §2: a server with SPECIAL-USE marks its Sent folder \Sent
    // when asked with RETURN (SPECIAL-USE); other servers get a plain LIST
    // and are searched by name.
    const QByteArray line = m_session->hasCapability("SPECIAL-USE")
        ? QByteArrayLiteral("LIST \"\" \"*\" RETURN (SPECIAL-USE)")
        : QByteArrayLiteral("LIST \"\" \"*\"");
    m_session->command(
        line, ImapStep::FindSent, [this](const ImapResponse &tagged, const QList<ImapResponse> &untagged) {
            onListed(tagged, untagged);
        });
}

void SentCopyJob::refused(ImapStep step, const ImapResponse &tagged)
{
    // A tagged NO or BAD (RFC 9051 §7.1): the step, the response code and
    // the server's words (with anything secret in them blanked) decide.
    ImapFailure f;
    f.step = step;
    f.status = tagged.status;
    f.code = tagged.code;
    f.serverText = m_session->redacted(tagged.text);
    onFailed(f);
}

void SentCopyJob::onListed(const ImapResponse &tagged, const QList<ImapResponse> &untagged)
{
    if (tagged.status != ImapResponse::Status::Ok) {
        refused(ImapStep::FindSent, tagged);
        return;
    }
    struct Listed
    {
        QString name;
        bool sent = false;
    };
    QList<Listed> mailboxes;
    QChar delimiter;
    for (const ImapResponse &r : untagged) {
        // RFC 9051 §7.3.1: * LIST (attributes) delimiter name
        if (!r.isData("LIST") || r.data.size() < 4 || r.data.at(1).type != ImapItem::Type::List)
            continue;
        if (!isSelectable(r.data.at(1)))
            continue;
        const std::optional<QString> name = MailboxName::decode(r.data.at(3).text);
        if (!name)
            continue;
        if (r.data.at(2).type == ImapItem::Type::String && r.data.at(2).text.size() == 1)
            delimiter = QLatin1Char(r.data.at(2).text.at(0));
        mailboxes << Listed { *name, hasAttribute(r.data.at(1), "\\SENT") };
    }
    auto find = [&](const QString &wanted) -> QString {
        for (const Listed &m : mailboxes) {
            if (m.name == wanted)
                return m.name;
        }
        return {};
    };
    QString chosen;
    const QString configured = m_request.settings.sentFolder.trimmed();
    if (!configured.isEmpty()) {
        // A name the person chose wins over what the server marks.
        chosen = find(configured);
        m_result.mailbox = configured;
    } else {
        for (const Listed &m : mailboxes) {
            if (m.sent) {
                chosen = m.name;
                break;
            }
        }
        QStringList usual = usualSentNames();
        if (!delimiter.isNull())
            usual << QStringLiteral("INBOX") + delimiter + QStringLiteral("Sent");
        for (const QString &name : std::as_const(usual)) {
            if (!chosen.isEmpty())
                break;
            chosen = find(name);
        }
    }
    if (chosen.isEmpty()) {
        ImapFailure f;
        f.step = ImapStep::FindSent;
        onFailed(f);
        return;
    }
    m_result.mailbox = chosen;
    emit transcript(TranscriptEvent { QDateTime::currentDateTimeUtc(), TranscriptEvent::Kind::Info,
        //: %1 is the name of a mail folder
        tr("Sent folder: \"%1\"").arg(chosen), false });
    if (m_request.checkOnly) {
        // Nothing is selected, searched or appended: the folder exists and
        // takes messages (not \Noselect), which is all a check can know
        // without writing to it.
        m_result.checked = true;
        succeed(SentCopyResult::Outcome::AlreadyThere,
            //: %1 is the name of a mail folder, %2 a host name
            tr("Found the Sent folder \"%1\" on %2.").arg(chosen, m_request.settings.host));
        return;
    }
    lookUp();
}

void SentCopyJob::lookUp()
{
    if (!searchable(m_request.messageId)) {
        append();
        return;
    }
    // The lookup needs a selected mailbox; EXAMINE opens it read-only
    // (RFC 9051 §6.3.3), so nothing there changes, not even \Recent.
    m_session->command("EXAMINE " + MailboxName::quoted(m_result.mailbox), ImapStep::Search,
        [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
            if (tagged.status != ImapResponse::Status::Ok) {
                refused(ImapStep::Search, tagged);
                return;
            }
            m_session->command("UID SEARCH HEADER Message-ID " + quotedString(m_request.messageId),
                ImapStep::Search, [this](const ImapResponse &tagged, const QList<ImapResponse> &untagged) {
                    if (tagged.status != ImapResponse::Status::Ok) {
                        refused(ImapStep::Search, tagged);
                        return;
                    }
                    // IMAP4rev1 answers "* SEARCH 7"; IMAP4rev2 "* ESEARCH (TAG ..) UID ALL 7".
                    quint32 found = 0;
                    for (const ImapResponse &r : untagged) {
                        if (r.isData("SEARCH") && r.data.size() > 1)
                            found = r.data.at(1).text.toUInt();
                        if (r.isData("ESEARCH")) {
                            for (int i = 1; i + 1 < r.data.size(); ++i) {
                                if (r.data.at(i).isAtom("ALL"))
                                    found = r.data.at(i + 1)
                                                .text.split(':')
                                                .first()
                                                .split(',')
                                                .first()
                                                .toUInt();
                            }
                        }
                    }
                    if (found) {
                        m_result.uid = found;
                        succeed(SentCopyResult::Outcome::AlreadyThere,
                            //: %1 is the name of a mail folder
                            tr("The message is already in the folder \"%1\".").arg(m_result.mailbox));
                        return;
                    }
                    append();
                });
        });
}

void SentCopyJob::append()
{
    m_session->append(
        m_result.mailbox, m_request.message, [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
            if (tagged.status != ImapResponse::Status::Ok) {
                refused(ImapStep::Append, tagged);
                return;
            }
            // RFC 4315 §3: [APPENDUID uidvalidity uid]
            if (tagged.code == "APPENDUID" && tagged.codeArguments.size() == 2) {
                m_result.uidValidity = tagged.codeArguments.at(0).toUInt();
                m_result.uid = tagged.codeArguments.at(1).toUInt();
            }
            succeed(SentCopyResult::Outcome::Copied,
                //: %1 is the name of a mail folder
                tr("A copy was saved in the folder \"%1\".").arg(m_result.mailbox));
        });
}

void SentCopyJob::succeed(SentCopyResult::Outcome outcome, const QString &text)
{
    m_result.outcome = outcome;
    m_result.text = text;
    m_result.tls = m_session->tls();
    m_outcomeKnown = true;
    // The job's outcome is settled; LOGOUT is politeness (RFC 9051 §6.1.3)
    // and its failure changes nothing. closed() finishes the job.
    m_session->logout();
}

void SentCopyJob::onFailed(const ImapFailure &failure)
{
    if (m_done)
        return;
    const bool oauth = m_request.login.method == sasl::AuthMethod::XOAuth2
        || m_request.login.method == sasl::AuthMethod::OAuthBearer;
    const QString mailbox = m_result.mailbox;
    m_result = fromFailure(failure, m_request.settings.host, m_request.settings.username, mailbox, oauth);
    if (m_session)
        m_result.tls = m_session->tls();
    m_outcomeKnown = true;
    // A refusal by a server that is still talking is followed by LOGOUT;
    // a broken connection simply ends.
    if (m_session && failure.fault == NetworkFault::None && failure.status != ImapResponse::Status::Bye)
        m_session->logout();
    else
        finish();
}

void SentCopyJob::finish()
{
    if (m_done)
        return;
    if (!m_outcomeKnown) {
        // closed() without an outcome: the session ended before we were done.
        ImapFailure f;
        f.step = ImapStep::Logout;
        f.fault = NetworkFault::RemoteClosed;
        m_result
            = fromFailure(f, m_request.settings.host, m_request.settings.username, m_result.mailbox, false);
    }
    m_done = true;
    emit finished(m_result);
}

SentCopyResult SentCopyJob::fromFailure(
    const ImapFailure &failure, const QString &host, const QString &user, const QString &mailbox, bool oauth)
{
    using Outcome = SentCopyResult::Outcome;
    SentCopyResult r;
    r.failure = failure;
    r.mailbox = mailbox;
    auto retry = [&](const QString &text) {
        r.outcome = Outcome::RetryLater;
        r.text = text;
        return r;
    };
    auto person = [&](const QString &text) {
        r.outcome = Outcome::NeedsPerson;
        r.text = text;
        return r;
    };
    const QByteArray &code = failure.code;
    // RFC 5530 §3 response codes that say "not now": the server is
    // unavailable or the mailbox busy; a full mailbox can be emptied.
    if (code == "OVERQUOTA")
        //: %1 is a host name
        return retry(
            tr("The mailbox on %1 is full. Delete some mail there; the copy to the Sent folder will be "
               "tried again later.")
                .arg(host));
    if (code == "UNAVAILABLE" || code == "INUSE" || code == "LIMIT" || code == "SERVERBUG")
        return retry(
            tr("The IMAP server %1 is busy or unavailable right now; the copy to the Sent folder will be "
               "tried again later.")
                .arg(host));
    if (code == "TRYCREATE")
        //: %1 is a folder name, %2 a host name
        return person(tr("The folder \"%1\" does not exist on %2. Choose the Sent folder in the account's "
                         "settings.")
                          .arg(mailbox, host));
    switch (failure.fault) {
    case NetworkFault::HostNotFound:
    case NetworkFault::ConnectionRefused:
    case NetworkFault::NetworkUnreachable:
        return retry(tr("The IMAP server %1 could not be reached; the copy to the Sent folder will be tried "
                        "again later.")
                         .arg(host));
    case NetworkFault::Timeout:
        return retry(
            tr("The IMAP server %1 did not answer in time; the copy to the Sent folder will be tried "
               "again later.")
                .arg(host));
    case NetworkFault::RemoteClosed:
    case NetworkFault::ProtocolViolation:
        return retry(tr("The IMAP server %1 ended the connection early; the copy to the Sent folder will be "
                        "tried again later.")
                         .arg(host));
    case NetworkFault::CertificateRejected:
        return person(
            tr("The certificate of the IMAP server %1 is not trusted, so no copy was saved. Check the "
               "certificate in the account's settings and trust it only if it is the right one.")
                .arg(host));
    case NetworkFault::PinMismatch:
        return person(
            tr("The IMAP server %1 presented a different certificate from the trusted one, so no copy "
               "was saved. Check the certificate in the account's settings.")
                .arg(host));
    case NetworkFault::StartTlsMissing:
    case NetworkFault::StartTlsRefused:
    case NetworkFault::StartTlsInjection:
        return person(
            tr("The IMAP server %1 did not set up a protected connection (STARTTLS), so no copy was "
               "saved. Choose encryption from the start (port 993) in the account's settings, or ask "
               "the provider.")
                .arg(host));
    case NetworkFault::TlsHandshake:
        return person(
            tr("A protected connection to the IMAP server %1 could not be set up. Check the port and "
               "the encryption in the account's settings.")
                .arg(host));
    case NetworkFault::PlaintextAuthRefused:
    case NetworkFault::AuthNotOffered:
        return person(
            tr("The IMAP server %1 offers no login this account can use. Check the encryption and the "
               "login method in the account's settings.")
                .arg(host));
    case NetworkFault::Cancelled:
        return retry(tr("The copy to the Sent folder was cancelled; it will be tried again later."));
    default:
        break;
    }
    if (failure.status == ImapResponse::Status::Bye)
        return retry(
            tr("The IMAP server %1 ended the session; the copy to the Sent folder will be tried again "
               "later.")
                .arg(host));
    if (failure.step == ImapStep::Login)
        return person(oauth
                //: %1 is a host name, %2 a user name
                ? tr("The IMAP server %1 refused the sign-in of %2. Sign in again from the account's "
                     "settings.")
                      .arg(host, user)
                : tr(
                    "The IMAP server %1 refused the login of %2. Check the password (or app password) in the "
                    "account's settings.")
                      .arg(host, user));
    if (failure.step == ImapStep::FindSent && failure.status == ImapResponse::Status::None)
        return person(mailbox.isEmpty()
                //: %1 is a host name
                ? tr("No Sent folder was found on %1. Choose one in the account's settings.").arg(host)
                //: %1 is a folder name, %2 a host name
                : tr("There is no folder \"%1\" on %2. Choose the Sent folder in the account's settings.")
                      .arg(mailbox, host));
    if (failure.fault == NetworkFault::Other && failure.status == ImapResponse::Status::None)
        return person(failure.detail);
    //: %1 is a host name, %2 what the server said
    return person(
        tr("The IMAP server %1 refused the copy to the Sent folder: %2").arg(host, failure.serverText));
}

} // namespace stamp::imap
