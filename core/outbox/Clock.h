// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

namespace stamp {

// Where the outbox gets "now" from, so retry timing and send-later can be
// tested without waiting (tests pass a clock they move by hand).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override;
    static const SystemClock &instance();
};

}  // namespace stamp
