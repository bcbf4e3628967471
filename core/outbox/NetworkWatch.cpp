// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkWatch.h"

#include "OutboxLogging.h"

#include <QNetworkInformation>

namespace stamp {

namespace {
NetworkWatch::State fromReachability(QNetworkInformation::Reachability reachability)
{
    switch (reachability) {
    case QNetworkInformation::Reachability::Disconnected:
        return NetworkWatch::State::Offline;
    case QNetworkInformation::Reachability::Site:
    case QNetworkInformation::Reachability::Online:
        return NetworkWatch::State::Online;
    case QNetworkInformation::Reachability::Local:
        // Only the local network: a submission server on the LAN may still
        // be reachable, a public one not. Not enough to decide either way.
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    return NetworkWatch::State::Unknown;
}
}  // namespace

NetworkWatch *NetworkWatch::createDefault(QObject *parent)
{
    auto *system = new SystemNetworkWatch(parent);
    if (system->isAvailable())
        return system;
    delete system;
    qCInfo(lcOutbox) << "no network information backend; offline messages are retried on a timer";
    return new UnknownNetworkWatch(parent);
}

SystemNetworkWatch::SystemNetworkWatch(QObject *parent)
    : NetworkWatch(parent)
{
    // One instance per process, shared by whoever loads it first.
    m_available = QNetworkInformation::instance()
                  || QNetworkInformation::load(QNetworkInformation::Feature::Reachability);
    if (!m_available)
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info->supports(QNetworkInformation::Feature::Reachability)) {
        m_available = false;
        return;
    }
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                qCInfo(lcOutbox) << "network reachability" << int(reachability);
                emit stateChanged(fromReachability(reachability));
            });
}

NetworkWatch::State SystemNetworkWatch::state() const
{
    if (!m_available)
        return State::Unknown;
    return fromReachability(QNetworkInformation::instance()->reachability());
}

QString SystemNetworkWatch::backendName() const
{
    return m_available ? QNetworkInformation::instance()->backendName() : QStringLiteral("none");
}

}  // namespace stamp
