#pragma once

#include "TranscriptWriter.h"
#include "accounts/Account.h"

#include <QCommandLineOption>
#include <QHash>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace stamp {
class Outbox;
struct OutboxRecord;
struct AuthSettings;
struct ServerSettings;
}  // namespace stamp

namespace stamp::cli {

// `stamp outbox flush`: sends every due message now through one run of
// OutboxService (one Dispatcher per server or account, sent messages moved
// to Sent items), and prints each outcome. The
// outbox holds no secret: saved accounts read theirs from the keychain;
// messages queued for an ad-hoc server need --password-env or
// --password-stdin again here.
class QueueFlush
{
public:
    explicit QueueFlush(QCommandLineParser &parser);
    int run(const QCommandLineParser &parser, Outbox &outbox, QTextStream &out, QTextStream &err);

private:
    // The server and the login for one group; an error text when they
    // cannot be had.
    std::optional<ServerSettings> serverFor(const OutboxRecord &sample, QString *error);
    QString authFor(const QCommandLineParser &parser, const OutboxRecord &sample, AuthSettings *auth);
    QString givenSecret(const QCommandLineParser &parser);

    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_passwordEnv;
    QCommandLineOption m_log;
    TranscriptWriter m_transcript;
    QString m_secret;
    bool m_secretRead = false;
    QHash<QString, Account> m_accounts;  // by name, as serverFor() found them
};

}  // namespace stamp::cli
