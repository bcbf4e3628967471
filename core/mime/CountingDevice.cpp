// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CountingDevice.h"

namespace stamp {

qint64 CountingDevice::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

qint64 CountingDevice::writeData(const char *data, qint64 size)
{
    if (m_target) {
        const qint64 written = m_target->write(data, size);
        if (written < 0)
            setErrorString(m_target->errorString());
        else
            m_count += written;
        return written;
    }
    m_count += size;
    return size;
}

} // namespace stamp
