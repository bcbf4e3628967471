// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>

namespace stamp::bench::ProcessMemory {

namespace {
qint64 statusField(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // e.g. "VmHWM:\t  218332 kB"
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            bool ok = false;
            const qint64 kib = line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}
}  // namespace

qint64 currentKiB()
{
    return statusField("VmRSS");
}

qint64 peakKiB()
{
    return statusField("VmHWM");
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    // Unbuffered: the kernel must see the write now, and refuse it here if it does.
    return clear.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && clear.write("5") == 1;
}

}  // namespace stamp::bench::ProcessMemory
