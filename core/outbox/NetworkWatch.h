// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

namespace stamp {

// Whether this computer is on line, for the outbox: a message deferred
// because there was no network is tried again as soon as the network comes
// back instead of waiting for its next try. OutboxService takes any
// NetworkWatch, so tests can play "offline, then online" (ManualNetworkWatch
// in tests/support) without touching the machine's network.
class NetworkWatch : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown,  // nothing to go by: an unresolvable name may mean offline
        Offline,
        Online,   // an unresolvable name is the server's problem, not ours
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual State state() const = 0;
    // Which source this watch follows, for logs ("glib", "networkmanager",
    // "none").
    virtual QString backendName() const = 0;

    // QNetworkInformation with its reachability feature when a backend
    // loads on this system (Qt 6.4 ships "glib" and "networkmanager" on
    // Linux); else a watch that always says Unknown, and offline messages
    // are retried on the RetryPolicy's offline interval (60 s) instead.
    static NetworkWatch *createDefault(QObject *parent = nullptr);

signals:
    void stateChanged(stamp::NetworkWatch::State state);
};

// Follows QNetworkInformation::reachability().
class SystemNetworkWatch : public NetworkWatch
{
    Q_OBJECT

public:
    // Loads a backend; isAvailable() says whether one did.
    explicit SystemNetworkWatch(QObject *parent = nullptr);
    bool isAvailable() const { return m_available; }
    State state() const override;
    QString backendName() const override;

private:
    bool m_available = false;
};

// No source at all: always Unknown, never signals.
class UnknownNetworkWatch : public NetworkWatch
{
    Q_OBJECT

public:
    using NetworkWatch::NetworkWatch;
    State state() const override { return State::Unknown; }
    QString backendName() const override { return QStringLiteral("none"); }
};

}  // namespace stamp
