#pragma once

#include "smtp/SessionTypes.h"

#include <QCommandLineOption>
#include <QDateTime>

class QCommandLineParser;

namespace stamp::cli {

class SessionOptions;

// `stamp send --queue` and `stamp send --at TIME`: instead of sending, put
// the rendered message into the outbox (core/outbox) and return. The
// server settings and user name go with it; the password never does.
class QueueOptions
{
public:
    explicit QueueOptions(QCommandLineParser &parser);

    bool requested(const QCommandLineParser &parser) const;
    // Enqueues every message (their bodies are read to the end) and
    // returns the exit status.
    int enqueue(const QCommandLineParser &parser, const SessionOptions &session,
                const QList<OutgoingMessage> &messages) const;

    // "2030-01-02T09:30", "2030-01-02 09:30", "09:30" (the next such time),
    // "+90s", "+10m", "+2h", "+1d". Invalid QDateTime when unreadable.
    static QDateTime parseTime(const QString &text, const QDateTime &now);

private:
    QCommandLineOption m_queue;
    QCommandLineOption m_at;
};

}  // namespace stamp::cli
