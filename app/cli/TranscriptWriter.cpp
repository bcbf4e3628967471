// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TranscriptWriter.h"

#include <QCoreApplication>

#include <cstdio>

namespace stamp::cli {

QString TranscriptWriter::open(const QString &target)
{
    const bool ok = target == QLatin1String("-") ? m_file.open(stderr, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)
                                                 : (m_file.setFileName(target),
                                                    m_file.open(QIODevice::WriteOnly | QIODevice::Append));
    if (!ok) {
        return QCoreApplication::translate("TranscriptWriter", "Cannot write the log to \"%1\": %2")
            .arg(target, m_file.errorString());
    }
    return {};
}

void TranscriptWriter::write(const TranscriptEvent &event)
{
    if (!m_file.isOpen())
        return;
    QString line = event.toLogLine();
    for (const QString &secret : std::as_const(m_secrets)) {
        if (secret.size() >= 4) {
            line.replace(secret, QStringLiteral("[redacted]"));
            line.replace(QString::fromLatin1(secret.toUtf8().toBase64()), QStringLiteral("[redacted]"));
        }
    }
    m_file.write(line.toUtf8() + '\n');
    m_file.flush();
}

}  // namespace stamp::cli
