// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DovecotBed.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace stamp::test {

DovecotBed::~DovecotBed()
{
    stop();
}

QString DovecotBed::start(const QStringList &options)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return QStringLiteral("no temporary folder");
    const QString out = run(QStringList { QStringLiteral("start"), m_dir->path() } + options);
    const QStringList ports = out.trimmed().split(QLatin1Char(' '));
    if (m_exitCode != 0 || ports.size() != 2)
        return QStringLiteral("dovecot-testbed.sh start failed: ") + out + m_err;
    m_imap = ports.at(0).toUShort();
    m_imaps = ports.at(1).toUShort();
    m_running = true;
    return {};
}

void DovecotBed::stop()
{
    if (m_running)
        run({ QStringLiteral("stop"), m_dir->path() });
    m_running = false;
}

QString DovecotBed::pause()
{
    run({ QStringLiteral("pause"), m_dir->path() });
    return m_exitCode ? m_err : QString();
}

QString DovecotBed::resume()
{
    run({ QStringLiteral("resume"), m_dir->path() });
    return m_exitCode ? m_err : QString();
}

int DovecotBed::count(const QString &mailbox)
{
    return run({ QStringLiteral("count"), m_dir->path(), mailbox }).trimmed().toInt();
}

QString DovecotBed::file(const QString &name) const
{
    QFile f(m_dir->filePath(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

QString DovecotBed::path(const QString &name) const
{
    return m_dir->filePath(name);
}

QMap<QString, QByteArray> DovecotBed::stored(const QString &folder) const
{
    QMap<QString, QByteArray> out;
    for (const char *sub : { "cur", "new" }) {
        QDir dir(m_dir->filePath(QStringLiteral("mail/") + folder + QLatin1Char('/') + QLatin1String(sub)));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out.insert(name, f.readAll());
        }
    }
    return out;
}

QList<QByteArray> DovecotBed::storedWith(const QByteArray &messageId, const QString &folder) const
{
    QList<QByteArray> out;
    for (const QByteArray &content : stored(folder)) {
        if (content.contains(QByteArray("Message-ID: " + messageId)))
            out << content;
    }
    return out;
}

QString DovecotBed::run(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral("bash"),
        QStringList { QStringLiteral(STAMP_SUPPORT_DIR "/dovecot-testbed.sh") } + arguments);
    p.waitForFinished(60000);
    m_exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    m_err = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray withLf(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n");
}

} // namespace stamp::test
