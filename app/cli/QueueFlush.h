#pragma once

#include "TranscriptWriter.h"

#include <QCommandLineOption>

class QCommandLineParser;
class QTextStream;

namespace stamp {
class Outbox;
struct OutboxRecord;
struct AuthSettings;
struct ServerSettings;
}  // namespace stamp

namespace stamp::cli {

// `stamp outbox flush`: sends every due message now, one Dispatcher (one
// SubmissionBatch) per server or account, and prints each outcome. The
// outbox holds no secret: saved accounts read theirs from the keychain;
// messages queued for an ad-hoc server need --password-env or
// --password-stdin again here.
class QueueFlush
{
public:
    explicit QueueFlush(QCommandLineParser &parser);
    int run(const QCommandLineParser &parser, Outbox &outbox, QTextStream &out, QTextStream &err);

private:
    // The settings for one group; an error text when they cannot be had.
    QString settingsFor(const QCommandLineParser &parser, const OutboxRecord &sample, ServerSettings *server,
                        AuthSettings *auth);
    QString givenSecret(const QCommandLineParser &parser);

    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_passwordEnv;
    QCommandLineOption m_log;
    TranscriptWriter m_transcript;
    QString m_secret;
    bool m_secretRead = false;
};

}  // namespace stamp::cli
