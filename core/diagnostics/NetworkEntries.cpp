// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Transport faults: the name does not resolve, the connection fails, the
// server goes silent or hangs up, or speaks something that is not SMTP. Ends
// with the entry that matches everything, so diagnose() always has an answer.
//
// Once the end of the message has been sent (Phase::FinalReply), a lost
// connection or a missing reply leaves the outcome unknown: the server may
// have accepted it. Those entries say so and are not transient, so that the
// outbox does not resend on its own and deliver the message twice. Earlier,
// during DATA and the upload, the server cannot have accepted it, and RFC 5321
// §3.8 says to treat a lost connection like a 451: worth trying again.

#include "CatalogEntry.h"

#include <QCoreApplication>
#include <iterator>

namespace stamp::catalog {

namespace {

using C = const FailureContext &;

const CatalogEntry kEntries[] = {
    // A laptop without a network gets this too, so it is worth retrying.
    { "network.host-not-found", [](C c) { return c.fault == NetworkFault::HostNotFound; }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Server not found"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The server name %1 could not be found. Either it is misspelled, or this computer "
            "is not connected to the internet."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the server name in the account (for example smtp.gmail.com, not gmail.com) "
            "and your internet connection.") },

    // --- through a proxy: the proxy is the thing to check, not the server ----
    { "proxy.not-found", [](C c) { return c.fault == NetworkFault::ProxyNotFound; }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Proxy not found"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The name of the proxy this account connects through could not be found, so Stamp never got as "
            "far as %1."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the proxy's host name in the account (or --proxy) and your internet connection."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the proxy's host name in the account settings (Server, Proxy) and your internet "
            "connection.") },

    { "proxy.refused", [](C c) { return c.fault == NetworkFault::ProxyRefused; }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The proxy refused the connection"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Nothing answers at the proxy's address and port: the proxy is not running, or the port is wrong. "
            "%1 was not contacted."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Start the proxy (or the SSH tunnel or VPN client that provides it), or correct its port in the "
            "account (or --proxy). The message waits and goes once the proxy answers."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Start the proxy (or the SSH tunnel or VPN client that provides it), or correct its port in the "
            "account settings (Server, Proxy). The message waits and goes once the proxy answers.") },

    { "proxy.auth", [](C c) { return c.fault == NetworkFault::ProxyAuthFailed; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The proxy refused the login"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The proxy asks for a user name and password and did not accept the ones given (or none were "
            "saved). This is the proxy's login, not the mail account's."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the proxy user in the account (or --proxy) and its password: saved in the keychain, or "
            "given in STAMP_PROXY_PASSWORD for one run."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the proxy's user name and password in the account settings (Server, Proxy).") },

    { "proxy.denied", [](C c) { return c.fault == NetworkFault::ProxyDenied; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The proxy does not allow this connection"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The proxy's rules forbid connecting to %1 on this port. Web proxies often allow only the "
            "HTTPS port 443."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Ask whoever runs the proxy to allow the mail port, use a SOCKS5 proxy, or connect without a "
            "proxy (--proxy none).") ,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Ask whoever runs the proxy to allow the mail port, use a SOCKS5 proxy, or choose \"No proxy\" in "
            "the account settings (Server, Proxy).") },

    { "proxy.target-unreachable", [](C c) { return c.fault == NetworkFault::ProxyTargetUnreachable; },
        Transient, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The proxy could not reach the server"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The proxy answered but could not connect to %1: the name does not resolve on the proxy's side, "
            "the server refuses the proxy, or the port is wrong."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the server's name and port in the account. If they are right, the server may be down, or "
            "the proxy's network cannot reach it.") },

    { "proxy.failed", [](C c) { return c.fault == NetworkFault::ProxyFailed; }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The proxy failed"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The proxy closed the connection, stopped answering or answered in a way Stamp does not "
            "understand before the way to %1 was open."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check that the proxy's type (SOCKS5 or HTTP), port, user name and password are right in the "
            "account, and that the proxy is working.") },

    // Before the generic entries: a server that has taken our mail before
    // and cannot be reached now is having an outage, not a wrong setting.
    { "network.server-away",
        [](C c) {
            return c.serverHasAnswered && inPhase(c, { Phase::Resolve, Phase::Connect })
                && (c.fault == NetworkFault::ConnectionRefused || c.fault == NetworkFault::Timeout
                    || c.fault == NetworkFault::RemoteClosed);
        },
        Transient, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The mail server is not answering right now"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 has accepted connections from Stamp before but cannot be reached now: it is probably "
            "restarting or down for maintenance."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Nothing to change: the message waits in the Outbox, Stamp tries again every minute and sends "
            "it as soon as the server answers. If this lasts for hours, ask your provider whether the "
            "service is down.") },

    { "network.connection-refused", [](C c) { return c.fault == NetworkFault::ConnectionRefused; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server refused the connection"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 refused the connection on this port: no mail service is listening there, or a "
            "firewall rejects it."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the port in the account: 587 with STARTTLS or 465 with SSL/TLS are the usual "
            "ones for sending. If they are right, the server may be down; try again later.") },

    { "network.unreachable", [](C c) { return c.fault == NetworkFault::NetworkUnreachable; }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "No network route to the server"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "This computer has no way to reach %1: it is offline, or the network (a VPN or "
            "firewall) blocks the way."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check your internet connection; the message can go once you are back online.") },

    // --- no answer in time ----------------------------------------------------
    { "network.timeout-connect",
        [](C c) {
            return c.fault == NetworkFault::Timeout && inPhase(c, { Phase::Resolve, Phase::Connect });
        },
        Transient, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The connection timed out"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 did not answer the connection attempt in time. The server may be down, or a "
            "firewall may silently drop connections to this port."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the server name and port. Some public and hotel networks block mail ports; "
            "try another network, or try again later.") },

    // A port that expects TLS from the first byte (465) waits for our TLS
    // hello while we wait for its banner: the classic port/security mix-up.
    { "network.timeout-greeting",
        [](C c) { return c.fault == NetworkFault::Timeout && c.phase == Phase::Greeting; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server never said hello"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 accepted the connection but sent no greeting. Usually the port expects "
            "encryption from the start (SSL/TLS, typically port 465) while the account is set "
            "to STARTTLS or no encryption."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Set the security to SSL/TLS for port 465, or STARTTLS for port 587. If the settings "
            "are right, the server may be overloaded; try again later.") },

    { "network.timeout-outcome-unknown",
        [](C c) { return c.fault == NetworkFault::Timeout && endOfMessageSent(c); }, DeliveryUnknown,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "No confirmation: the message may have been sent"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "No reply came from %1 %2, so it is not known whether the server accepted the "
            "message: it may have been delivered."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Before sending again, ask a recipient or look in your webmail's Sent folder "
            "whether it arrived, so that it is not delivered twice.") },

    { "network.timeout-reply", [](C c) { return c.fault == NetworkFault::Timeout; }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server stopped answering"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The time limit ran out %2 without a response from %1. The message was not sent."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again later. If it stops at the same step every time, send the session log to "
            "the server's administrator.") },

    // --- the server hung up -----------------------------------------------------
    { "network.closed-outcome-unknown",
        [](C c) { return c.fault == NetworkFault::RemoteClosed && endOfMessageSent(c); }, DeliveryUnknown,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Connection lost: the message may have been sent"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The connection to %1 was lost %2, so it is not known whether the server accepted "
            "the message: it may have been delivered."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Before sending again, ask a recipient or look in your webmail's Sent folder "
            "whether it arrived, so that it is not delivered twice.") },

    { "network.closed", [](C c) { return c.fault == NetworkFault::RemoteClosed; }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server closed the connection"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The connection to %1 ended unexpectedly %2, without a reason given. The message "
            "was not sent."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again later. If it happens every time, check that the security setting matches "
            "the port and look at the session log.") },

    { "network.protocol-violation", [](C c) { return c.fault == NetworkFault::ProtocolViolation; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server's answer was not valid SMTP"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Stamp received an answer from %1 %2 that does not follow the mail protocol, so it "
            "stopped. The port may belong to another service, or something on the network is "
            "interfering."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check that the host and port are your provider's mail sending server (port 587 or "
            "465). If they are, try another network and send the session log to the server's "
            "administrator.") },

    // --- the last resort: always matches ------------------------------------------
    { "failure.unknown", [](C) { return true; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Sending failed"),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "Sending failed %2, for a reason Stamp cannot pin down further."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again. If it keeps failing, look at the session log, or send it to Stamp's "
            "developers.") },
};

} // namespace

EntryTable networkEntries()
{
    return { kEntries, std::size(kEntries) };
}

} // namespace stamp::catalog
