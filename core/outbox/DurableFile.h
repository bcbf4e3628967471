// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace stamp {

// Writes that survive a crash or a power cut at any moment: the new content
// goes to a temporary file (QSaveFile), is flushed to the disk, and replaces
// the old file by rename; then the directory itself is synced so the rename
// is on the disk too (POSIX only promises that after fsync of the directory).
// A reader sees either the old file or the new one, never a torn one.
namespace DurableFile {
// Whether write() syncs the directory itself. Each sync costs milliseconds
// on a busy disk, so a caller that puts several files into one directory
// may say Deferred for all but the last and sync once; nothing may depend
// on those files (a record pointing at them) until the directory is synced.
enum class DirectorySync { Now, Deferred };
// Returns an empty string on success, else what went wrong.
QString write(const QString &path, const QByteArray &content, DirectorySync sync = DirectorySync::Now);
// `produce` writes the content into the device it is given and returns an
// empty string, or an error. Used to stream a message to disk.
QString write(const QString &path, const std::function<QString(QIODevice *)> &produce,
              DirectorySync sync = DirectorySync::Now);
// Creates `directory` (and its parents) and makes it readable by its owner
// only (0700): queued mail, drafts, Sent items and transcripts hold
// people's messages and addresses, and other accounts on the machine must
// not read them, whatever the umask or the home folder's mode.
bool makePrivateDirectory(const QString &directory);
// fsync(2) on a directory, so renames and unlinks in it are durable.
bool syncDirectory(const QString &directory);
}  // namespace DurableFile

}  // namespace stamp
