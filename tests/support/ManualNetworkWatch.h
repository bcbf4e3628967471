// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "outbox/NetworkWatch.h"

namespace stamp::test {

// A network watch a test switches by hand: "offline", then "online".
class ManualNetworkWatch : public NetworkWatch
{
    Q_OBJECT

public:
    explicit ManualNetworkWatch(State state = State::Unknown, QObject *parent = nullptr)
        : NetworkWatch(parent)
        , m_state(state)
    {
    }
    State state() const override { return m_state; }
    QString backendName() const override { return QStringLiteral("manual"); }
    void set(State state)
    {
        m_state = state;
        emit stateChanged(state);
    }

private:
    State m_state;
};

}  // namespace stamp::test
