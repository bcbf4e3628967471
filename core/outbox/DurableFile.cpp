// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DurableFile.h"

#include "OutboxLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace stamp::DurableFile {

QString write(const QString &path, const QByteArray &content, DirectorySync sync)
{
    return write(
        path,
        [&content](QIODevice *out) {
            return out->write(content) == content.size() ? QString() : out->errorString();
        },
        sync);
}

QString write(const QString &path, const std::function<QString(QIODevice *)> &produce, DirectorySync sync)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (const QString problem = produce(&file); !problem.isEmpty()) {
        file.cancelWriting();
        return problem;
    }
    // QSaveFile::commit() flushes the data to the disk (fsync) before it
    // renames the temporary file over `path`.
    if (!file.commit())
        return file.errorString();
    if (sync == DirectorySync::Now && !syncDirectory(QFileInfo(path).absolutePath()))
        qCWarning(lcOutbox) << "could not sync the directory of" << path;
    return {};
}

bool makePrivateDirectory(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return false;
    return QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(directory);
    return true;  // NTFS makes the rename itself durable (MoveFileEx with write-through)
#endif
}

}  // namespace stamp::DurableFile
