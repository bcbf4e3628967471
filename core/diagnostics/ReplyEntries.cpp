// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Standard SMTP replies (RFC 5321 §4.2.2-4.2.3, RFC 4954 §6, enhanced codes
// RFC 3463), most specific first, ending with one fallback per reply class.

#include "CatalogEntry.h"

#include <QCoreApplication>
#include <iterator>

namespace stamp::catalog {

namespace {

using C = const FailureContext &;

const CatalogEntry kEntries[] = {
    // --- the server turns the session away ----------------------------------
    { "server.closing", [](C c) { return isReply(c, 421); }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server is temporarily unavailable"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The connection to %1 was closed %2: the server cannot serve you right now (it may "
            "be busy, under maintenance, or limiting how often you connect). The message was not "
            "sent."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again later; nothing needs to change. If it keeps happening, leave more time "
            "between sends.") },

    { "server.connection-rejected",
        [](C c) {
            return isPermanentReply(c)
                && (c.phase == Phase::Greeting
                    || textHasAny(c,
                        { "blocked using", "blocklist", "block list", "blacklist", "spamhaus",
                            "client host rejected" }));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server refused your connection"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 turned the connection away, usually because your network address is on a block "
            "list or the server does not take mail from your network."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Make sure you use your provider's sending server on port 587 or 465 (not port 25), "
            "try another network (for example without a VPN), or ask the administrator to "
            "unblock your address.") },

    // "530 5.7.0 Must issue a STARTTLS command first."
    { "starttls.required-by-server", [](C c) { return isPermanentReply(c) && textHas(c, "STARTTLS"); },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server requires encryption"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 refuses to go on until the connection is encrypted, and this account is set to "
            "connect without encryption."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "Set the security to STARTTLS (port 587) or SSL/TLS (port 465).") },

    // --- sign-in (RFC 4954 §6) -----------------------------------------------
    // "454 4.7.0 Too many login attempts, please try again later."
    { "auth.too-many-logins",
        [](C c) {
            return isTransientReply(c) && textHasAny(c, { "too many login", "login attempts" });
        },
        Transient, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Too many sign-in attempts"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 is refusing sign-ins for a while because there were too many recently, from "
            "this program or others using the same account."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Wait a few minutes to an hour, then try again. If another device or program still "
            "uses an old password for this account, update or stop it first.") },

    // "432 4.7.12 A password transition is needed"
    { "auth.password-transition",
        [](C c) { return isReply(c, 432) || (isReply(c) && hasEnhanced(c, 7, 12)); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Your password needs to be changed"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 wants you to change your password (for example after a move to a new sign-in "
            "system) before it accepts this sign-in."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Sign in once on your provider's web page and follow its instructions, then enter "
            "the new password in Stamp.") },

    // "454 4.7.0 Temporary authentication failure"
    { "auth.temporary-failure",
        [](C c) {
            return isTransientReply(c)
                && (c.phase == Phase::Auth || (c.replyCode == 454 && textHas(c, "authenticat")));
        },
        Transient, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Sign-in failed temporarily"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 could not check your credentials because of a temporary problem on its side."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Try again in a few minutes; nothing needs to change.") },

    // "538 5.7.11 Encryption required for requested authentication mechanism"
    { "auth.encryption-required",
        [](C c) { return isReply(c, 538) || (isReply(c) && hasEnhanced(c, 7, 11)); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "This sign-in needs encryption"),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "%1 accepts this sign-in method only over an encrypted connection."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "Set the security to SSL/TLS (port 465) or STARTTLS (port 587).") },

    // "530 5.7.0 Authentication required"; Postfix: "503 5.5.1 Error: authentication not enabled"
    // is about AUTH itself and stays with the 503 entry below.
    { "auth.required",
        [](C c) {
            return isReply(c, 530)
                || (isPermanentReply(c)
                    && textHasAny(c,
                        { "authentication required", "must authenticate", "not authenticated",
                            "send AUTH command first" }));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server requires you to sign in"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 accepts mail only from people who have signed in, and this session did not sign "
            "in."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Enter your user name and password (or choose OAuth) in the account settings. Check "
            "also that this is your provider's sending server (port 587 or 465), not its server "
            "for incoming mail.") },

    // "534 5.7.9 Authentication mechanism is too weak"
    { "auth.mechanism-too-weak",
        [](C c) {
            return isReply(c, 534) || (isPermanentReply(c) && c.phase == Phase::Auth && hasEnhanced(c, 7, 9));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server wants a stronger sign-in method"),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "%1 refused the sign-in method Stamp used as too weak for this account."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Choose a stronger sign-in method in the account settings (SCRAM-SHA-256 or OAuth), "
            "or, if your provider uses app passwords, create one and use it as the password.") },

    // "504 5.5.4 Unrecognized authentication type"
    { "auth.mechanism-unsupported",
        [](C c) {
            return (isReply(c, 504) && c.phase == Phase::Auth)
                || (isPermanentReply(c) && textHas(c, "unrecognized authentication type"));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server does not support this sign-in method"),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "%1 does not accept the sign-in method this account is set to use."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Set the sign-in method to Automatic so Stamp picks one the server offers, or "
            "choose one listed in the session log.") },

    // "535 5.7.8 Error: authentication failed"
    { "auth.failed",
        [](C c) {
            return isReply(c, 535) || (isPermanentReply(c) && c.phase == Phase::Auth && hasEnhanced(c, 7, 8));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "User name or password not accepted"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 rejected the sign-in: the user name or password is wrong, or the account does "
            "not let mail programs sign in with its normal password."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the user name (often your full address) and the password. Many providers "
            "(Yahoo, iCloud, AOL, Fastmail, Zoho, Yandex, QQ, 163.com) need an app password or "
            "authorization code created in the account's security settings instead.") },

    // --- recipients ---------------------------------------------------------
    // "554 5.7.1 <bob@example.org>: Relay access denied", "550 5.7.54 Unable to relay"
    { "recipient.relay-denied",
        [](C c) {
            const int code = c.replyCode;
            return isReply(c) && (code == 454 || code == 550 || code == 551 || code == 553 || code == 554)
                && textHas(c, "relay");
        },
        TransientIf4xx,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server will not pass mail on to this recipient"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 delivers to outside addresses only for people who have signed in, so it refused "
            "this recipient (relay denied)."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Enter your user name and password in the account settings, and make sure you use "
            "your own provider's sending server on port 587 or 465, not the recipient's "
            "server.") },

    // "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"
    { "recipient.unknown",
        [](C c) {
            return isPermanentReply(c)
                && ((hasEnhanced(c, 1, 1) && c.phase != Phase::Mail) || hasEnhanced(c, 1, 10)
                    || (c.phase == Phase::Rcpt
                        && textHasAny(c,
                            { "user unknown", "unknown user", "no such user", "does not exist",
                                "recipient not found", "RecipientNotFound" })));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The recipient's address does not exist"),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "The server says there is no mailbox with this recipient address."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the address for typing mistakes, or ask the recipient for their current "
            "address.") },

    // "552 5.2.2 Mailbox full", "452 4.2.2 Over quota"
    { "recipient.mailbox-full",
        [](C c) {
            return isReply(c)
                && (hasEnhanced(c, 2, 2)
                    || textHasAny(c, { "mailbox full", "mailbox is full", "over quota" }));
        },
        TransientIf4xx, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The recipient's mailbox is full"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The recipient's mailbox has no room for new messages."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again later, or tell the recipient another way so that they can free up "
            "space.") },

    // "452 4.5.3 Too many recipients"; RFC 5321 §4.5.3.1.10: 552 here means the same.
    { "recipient.too-many",
        [](C c) { return isReply(c) && (hasEnhanced(c, 5, 3) || textHas(c, "too many recipients")); },
        TransientIf4xx, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Too many recipients"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 accepts only a limited number of recipients per message, and this message has "
            "more."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Split the recipients into smaller groups and send one message per group (Google "
            "Workspace, for example, takes 100 per message).") },

    // --- the message --------------------------------------------------------
    // "552-5.3.4 Your message exceeded Google's message size limits."
    { "message.too-large",
        [](C c) {
            return isReply(c, 552) || (isReply(c) && (hasEnhanced(c, 3, 4) || hasEnhanced(c, 2, 3)))
                || (isPermanentReply(c)
                    && textHasAny(c, { "size limit", "message size", "too large", "too big" }));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The message is too large"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 refused the message because it is larger than the server accepts. Attachments "
            "grow by about a third when encoded for mail, so files that look small enough can "
            "still be too large."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Remove or compress attachments, or share large files as links, then send again.") },

    // --- other temporary replies --------------------------------------------
    // "452 4.3.1 Insufficient system storage"
    { "server.insufficient-storage", [](C c) { return isReply(c, 452); }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server is short of space"),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "%1 does not have the storage to accept this message right now."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again later; nothing needs to change. If it lasts, tell the server's "
            "administrator.") },

    // "450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted"
    { "mailbox.temporarily-unavailable",
        [](C c) {
            return isReply(c, 450) && inPhase(c, { Phase::Mail, Phase::Rcpt });
        },
        Transient, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The mailbox is temporarily unavailable"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 cannot use this mailbox right now: it may be busy, or the server delays first "
            "attempts on purpose (greylisting)."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Try again in a few minutes; nothing needs to change.") },

    // "451 4.3.0 Error: queue file write error"
    { "server.local-error", [](C c) { return isReply(c, 451); }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server had a temporary problem"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 reported a temporary problem on its side %2; the message was not accepted."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again later; nothing needs to change. If it goes on for hours, send the "
            "session log to the server's administrator.") },

    // --- addresses ----------------------------------------------------------
    // "501 5.1.7 Bad sender address syntax"
    { "sender.address-invalid",
        [](C c) {
            return (isReply(c, 501) && c.phase == Phase::Mail)
                || (isPermanentReply(c) && hasEnhanced(c, 1, 7));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server finds the sender address malformed"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "%1 did not accept the form of the sender (From) address."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the account's email address for typing mistakes, stray spaces or unusual "
            "characters.") },

    // "501 5.1.3 Bad recipient address syntax", "553 5.1.3 mailbox name not allowed"
    { "recipient.address-invalid",
        [](C c) {
            return ((isReply(c, 501) || isReply(c, 553)) && c.phase == Phase::Rcpt)
                || (isPermanentReply(c) && hasEnhanced(c, 1, 3));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server finds a recipient address malformed"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "%1 did not accept the form of a recipient's address."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the recipient addresses for typing mistakes, stray spaces or unusual "
            "characters.") },

    // Postfix: "553 5.7.1 <a@b>: Sender address rejected: not owned by user c@b"
    // (reject_sender_login_mismatch); Exim/others: "not permitted to send as".
    { "sender.not-owned",
        [](C c) {
            return isReply(c, 553)
                || (isPermanentReply(c)
                    && textHasAny(c, { "not owned", "not permitted to send as", "sender login mismatch" }));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "You may not send from this address"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 refused the sender (From) address because it does not belong to the account you "
            "signed in with: this server lets a login send only as its own address."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Add the address as an alias or verified sender at your provider; or send with the "
            "account's own address as the envelope sender (an account added with --envelope-sender "
            "account); or send through the account that owns the address (--account NAME with "
            "this address as --from)."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Add the address as an alias or verified sender at your provider; or, in the account's "
            "settings, on the Identity tab, set \"Envelope sender\" to the account's own "
            "address; or edit the identity and choose the account that owns the address under "
            "\"Send through\".") },

    // "551 User not local; please try <forward-path>"
    { "recipient.not-local", [](C c) { return isReply(c, 551); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server does not handle this recipient"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 does not deliver mail for this recipient; its reply may name another address."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the recipient's address; if the server's reply in the session log names a "
            "new one, use that.") },

    // --- commands the server did not take ------------------------------------
    { "command.unrecognized", [](C c) { return isReply(c, 500); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server did not understand a command"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 did not recognise a command Stamp sent %2. It may not be a mail sending server, "
            "or something on the network changed the command."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the host and port (587 or 465 for sending). If they are right, send the "
            "session log to the server's administrator or to Stamp's developers.") },

    { "command.syntax-error", [](C c) { return isReply(c, 501); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server rejected a command's details"),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "%1 said that a command Stamp sent %2 had invalid arguments."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the account settings (user name, sign-in method). If they look right, send "
            "the session log to Stamp's developers.") },

    { "command.not-implemented", [](C c) { return isReply(c, 502); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server lacks a needed command"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "%1 does not implement a command Stamp needed %2."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check that the host and port belong to a mail sending server (port 587 or 465). If "
            "they do, send the session log to the server's administrator.") },

    // "503 5.5.1 Error: need MAIL command"
    { "command.bad-sequence", [](C c) { return isReply(c, 503); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server expected commands in another order"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "%1 did not expect the command Stamp sent %2."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again. If it happens every time, send the session log to Stamp's developers.") },

    // "504 5.5.4 ..." and "555 5.5.4 Unsupported option: ..."
    { "command.parameter-not-implemented", [](C c) { return isReply(c, 504) || isReply(c, 555); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server does not support an option Stamp used"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 rejected an option Stamp sent %2, such as the message size or a delivery "
            "notification request."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Turn off delivery notifications for this message and try again; if that does not "
            "help, send the session log to Stamp's developers.") },

    // --- refusals by policy and per phase -------------------------------------
    // "550 5.7.1 Message rejected as spam", "554 5.7.1 Rejected by content policy"
    { "message.policy-rejected",
        [](C c) {
            return isPermanentReply(c)
                && (textHasAny(c, { "spam", "virus", "malware", "phishing" })
                    || (isMessagePhase(c)
                        && (hasEnhanced(c, 7, 1) || textHasAny(c, { "policy", "content", "blocked" }))));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The message was refused by a content rule"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 refused the message because of a rule, for example a spam or virus check, or a "
            "restriction on content or attachments."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Read the server's reply in the session log for the rule. Remove suspicious links "
            "or attachments (such as programs or archives of them) and try again, or ask the "
            "server's administrator.") },

    { "sender.rejected", [](C c) { return isPermanentReply(c) && c.phase == Phase::Mail; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server refused the sender address"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "%1 will not accept mail from this sender (From) address."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check that the From address is spelled right and belongs to this account; the "
            "server's reply in the session log gives the reason.") },

    // "550 5.7.1 <bob@example.org>: Recipient address rejected: Access denied"
    { "recipient.rejected", [](C c) { return isPermanentReply(c) && c.phase == Phase::Rcpt; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server refused a recipient"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "%1 will not take mail for this recipient."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the address. The server's reply in the session log gives the reason; if the "
            "address is right, reach the recipient another way.") },

    // "554 5.0.0 Transaction failed"
    { "message.rejected", [](C c) { return isPermanentReply(c) && isMessagePhase(c); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server refused the message"),
        QT_TRANSLATE_NOOP(
            "DiagnosticsCatalog", "%1 reported that the transaction failed and did not accept the message."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Read the server's reply in the session log for the reason; sending it again "
            "unchanged will fail the same way. Ask the server's administrator if the reason is "
            "unclear.") },

    // --- one fallback per reply class ---------------------------------------
    { "reply.transient-failure", [](C c) { return isTransientReply(c); }, Transient,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server reported a temporary problem"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Stamp got a temporary error from %1 %2: the server cannot go on right now."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Try again later; nothing needs to change. If it lasts, the server's reply in the "
            "session log says more.") },

    { "reply.permanent-failure", [](C c) { return isPermanentReply(c); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server refused the request"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Stamp got a permanent error from %1 %2, so trying again unchanged will fail the "
            "same way."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Read the server's reply in the session log for the reason and correct the account "
            "or the message, or ask the server's administrator.") },

    // A success or intermediate code, or no valid code, where Stamp needed another.
    { "reply.unexpected", [](C c) { return c.fault == NetworkFault::None && c.replyCode != 0; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server gave an unexpected answer"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Stamp got a reply from %1 %2 that does not fit at that point, so it stopped to be "
            "safe."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check that the host and port belong to a mail sending server. If they do, send the "
            "session log to Stamp's developers.") },
};

} // namespace

EntryTable replyEntries()
{
    return { kEntries, std::size(kEntries) };
}

} // namespace stamp::catalog
