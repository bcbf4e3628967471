// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIODevice>

namespace stamp {

// A write-only device that counts what it is given. On its own it keeps
// nothing: a dry run of the message writer through it gives the exact size
// before anything is sent (RFC 1870 SIZE), whatever the size of the
// attachments. Given a target, it passes everything on and counts what the
// target took (a pipe or /dev/null has no position to ask).
class CountingDevice : public QIODevice
{
public:
    explicit CountingDevice(QIODevice *target = nullptr)
        : m_target(target)
    { }

    qint64 count() const { return m_count; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target = nullptr;
    qint64 m_count = 0;
};

} // namespace stamp
