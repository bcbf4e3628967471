// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/Transcript.h"

#include <QFile>
#include <QStringList>

namespace stamp::cli {

// Writes the live transcript for --log, one line per event, flushed at once
// so `tail -f` shows the conversation as it happens. "-" means standard
// error, leaving standard output to the result.
class TranscriptWriter
{
public:
    // Returns an error text when the file cannot be opened.
    QString open(const QString &target);
    // A last line of defence: any of these strings is replaced before a
    // line is written, should one ever reach an event.
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }
    void addSecret(const QString &secret) { m_secrets << secret; }
    void write(const TranscriptEvent &event);
    bool isOpen() const { return m_file.isOpen(); }

private:
    QFile m_file;
    QStringList m_secrets;
};

}  // namespace stamp::cli
