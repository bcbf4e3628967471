// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TranscriptWriter.h"

#include <QCommandLineOption>

class QCommandLineParser;
class QTextStream;

namespace stamp::cli {

// `stamp outbox flush`: sends every due message now through the same
// application core as the desktop app (MailClient: the account of each
// message, its login, the renewal of a refused token), for one run, and
// prints each outcome. The outbox holds no secret: saved accounts read
// theirs from the keychain; messages queued for an ad-hoc server need
// --password-env or --password-stdin again here.
class QueueFlush
{
public:
    explicit QueueFlush(QCommandLineParser &parser);
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

private:
    QString givenSecret(const QCommandLineParser &parser);

    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_passwordEnv;
    QCommandLineOption m_log;
    TranscriptWriter m_transcript;
};

}  // namespace stamp::cli
