<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccountCommand</name>
        <message numerus="yes">
            <source>Create %n account(s)? [y/N] </source>
            <translation>
                <numerusform>Create %n account? [y/N] </numerusform>
                <numerusform>Create %n accounts? [y/N] </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) created.</source>
            <translation>
                <numerusform>%n account created.</numerusform>
                <numerusform>%n accounts created.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsoleReport</name>
        <message numerus="yes">
            <source>Sent to %n recipient(s): %1</source>
            <translation>
                <numerusform>Sent to %n recipient: %1</numerusform>
                <numerusform>Sent to %n recipients: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message numerus="yes">
            <source>Gave up after %n attempt(s) over several days. Last problem: %1</source>
            <translation>
                <numerusform>Gave up after %n attempt over several days. Last problem: %1</numerusform>
                <numerusform>Gave up after %n attempts over several days. Last problem: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) refused: %1</source>
            <translation>
                <numerusform>%n recipient refused: %1</numerusform>
                <numerusform>%n recipients refused: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SandboxCommand</name>
        <message numerus="yes">
            <source>%1 received message %2 from &lt;%3&gt; to %4, %n byte(s)</source>
            <translation>
                <numerusform>%1 received message %2 from &lt;%3&gt; to %4, %n byte</numerusform>
                <numerusform>%1 received message %2 from &lt;%3&gt; to %4, %n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The sandbox stopped; it kept %n message(s) in this run.</source>
            <translation>
                <numerusform>The sandbox stopped; it kept %n message in this run.</numerusform>
                <numerusform>The sandbox stopped; it kept %n messages in this run.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendingHygiene</name>
        <message numerus="yes">
            <source>This message goes to %n recipients at once, and its unsubscribe field offers no one-click unsubscribe: Gmail and Yahoo expect an https link in List-Unsubscribe plus "List-Unsubscribe-Post: List-Unsubscribe=One-Click", or they may treat the message as spam. A mailing-list service sets this up and is the right tool for mailings.</source>
            <translation>
                <numerusform>This message goes to %n recipients at once, and its unsubscribe field offers no one-click unsubscribe: Gmail and Yahoo expect an https link in List-Unsubscribe plus "List-Unsubscribe-Post: List-Unsubscribe=One-Click", or they may treat the message as spam. A mailing-list service sets this up and is the right tool for mailings.</numerusform>
                <numerusform>This message goes to %n recipients at once, and its unsubscribe field offers no one-click unsubscribe: Gmail and Yahoo expect an https link in List-Unsubscribe plus "List-Unsubscribe-Post: List-Unsubscribe=One-Click", or they may treat the message as spam. A mailing-list service sets this up and is the right tool for mailings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This message goes to %n recipients at once without a way to unsubscribe: Gmail and Yahoo expect mail to many people to offer one-click unsubscribe, or they may treat it as spam. A mailing-list service adds it and is the right tool for mailings.</source>
            <translation>
                <numerusform>This message goes to %n recipients at once without a way to unsubscribe: Gmail and Yahoo expect mail to many people to offer one-click unsubscribe, or they may treat it as spam. A mailing-list service adds it and is the right tool for mailings.</numerusform>
                <numerusform>This message goes to %n recipients at once without a way to unsubscribe: Gmail and Yahoo expect mail to many people to offer one-click unsubscribe, or they may treat it as spam. A mailing-list service adds it and is the right tool for mailings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplateStore</name>
        <message numerus="yes">
            <source>A template's name can have at most %n characters.</source>
            <translation>
                <numerusform>A template's name can have at most %n characters.</numerusform>
                <numerusform>A template's name can have at most %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::Autodetect</name>
        <message numerus="yes">
            <source>%n server(s)</source>
            <translation>
                <numerusform>%n server</numerusform>
                <numerusform>%n servers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ConnectionCheck</name>
        <message numerus="yes">
            <source>valid until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>valid until %1 (%n day left)</numerusform>
                <numerusform>valid until %1 (%n days left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::SubmissionBatch</name>
        <message numerus="yes">
            <source>Opening a new connection for %n more message(s) (%2 s left to get the server ready)</source>
            <extracomment>%2 is a number of seconds with one decimal</extracomment>
            <translation>
                <numerusform>Opening a new connection for %n more message (%2 s left to get the server ready)</numerusform>
                <numerusform>Opening a new connection for %n more messages (%2 s left to get the server ready)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Opening a new connection for %n more message(s)</source>
            <translation>
                <numerusform>Opening a new connection for %n more message</numerusform>
                <numerusform>Opening a new connection for %n more messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::SubmissionSession</name>
        <message numerus="yes">
            <source>The server sent %n more replies than commands: it answered commands before they were sent.</source>
            <translation>
                <numerusform>The server sent %n more replies than commands: it answered commands before they were sent.</numerusform>
                <numerusform>The server sent %n more replies than commands: it answered commands before they were sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::domain::DomainCheck</name>
        <message numerus="yes">
            <source>%n MX record(s) name the servers that take mail for the domain.</source>
            <translation>
                <numerusform>%n MX record name the servers that take mail for the domain.</numerusform>
                <numerusform>%n MX records name the servers that take mail for the domain.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::oauth::OAuthSignIn</name>
        <message numerus="yes">
            <source>No answer came back from the browser within %n second(s), so the sign-in was stopped. Start it again and finish it in the browser.</source>
            <translation>
                <numerusform>No answer came back from the browser within %n second, so the sign-in was stopped. Start it again and finish it in the browser.</numerusform>
                <numerusform>No answer came back from the browser within %n seconds, so the sign-in was stopped. Start it again and finish it in the browser.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ui::AttachmentList</name>
        <message numerus="yes">
            <source>%n file(s), %1</source>
            <translation>
                <numerusform>%n file, %1</numerusform>
                <numerusform>%n files, %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ui::ComposeWindow</name>
        <message numerus="yes">
            <source>Sending in %n second(s)…</source>
            <translation>
                <numerusform>Sending in %n second…</numerusform>
                <numerusform>Sending in %n seconds…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending in %n second(s); Undo send (Ctrl+Z) takes it back.</source>
            <translation>
                <numerusform>Sending in %n second; Undo send (Ctrl+Z) takes it back.</numerusform>
                <numerusform>Sending in %n seconds; Undo send (Ctrl+Z) takes it back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ui::DeliverabilityPanel</name>
        <message numerus="yes">
            <source>%n thing(s) to fix: until then, receivers such as Gmail and Outlook may put mail from %1 in spam or refuse it.</source>
            <translation>
                <numerusform>%n thing to fix: until then, receivers such as Gmail and Outlook may put mail from %1 in spam or refuse it.</numerusform>
                <numerusform>%n things to fix: until then, receivers such as Gmail and Outlook may put mail from %1 in spam or refuse it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mail from %1 should arrive; %n thing(s) could be better.</source>
            <translation>
                <numerusform>Mail from %1 should arrive; %n thing could be better.</numerusform>
                <numerusform>Mail from %1 should arrive; %n things could be better.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ui::DiscoveryPage</name>
        <message numerus="yes">
            <source>Found %n way(s) to send, best first. Pick one; you can still change every setting on the next page.</source>
            <translation>
                <numerusform>Found %n way to send, best first. Pick one; you can still change every setting on the next page.</numerusform>
                <numerusform>Found %n ways to send, best first. Pick one; you can still change every setting on the next page.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ui::ImportAccountsDialog</name>
        <message numerus="yes">
            <source>&amp;Import %n account(s)</source>
            <translation>
                <numerusform>&amp;Import %n account</numerusform>
                <numerusform>&amp;Import %n accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Server %1:%2, %3; sends as %n address(es); %4.</source>
            <translation>
                <numerusform>Server %1:%2, %3; sends as %n address; %4.</numerusform>
                <numerusform>Server %1:%2, %3; sends as %n addresses; %4.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New accounts (%n):</source>
            <translation>
                <numerusform>New accounts (%n):</numerusform>
                <numerusform>New accounts (%n):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped (%n):</source>
            <translation>
                <numerusform>Skipped (%n):</numerusform>
                <numerusform>Skipped (%n):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) created: %1.</source>
            <translation>
                <numerusform>%n account created: %1.</numerusform>
                <numerusform>%n accounts created: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ui::MainWindow</name>
        <message numerus="yes">
            <source>Outbox: %n sent</source>
            <translation>
                <numerusform>Outbox: %n sent</numerusform>
                <numerusform>Outbox: %n sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) being sent right now: sending stops, and each goes back to the Outbox (one whose end had already gone out is marked "not confirmed" rather than sent twice).</source>
            <translation>
                <numerusform>%n message being sent right now: sending stops, and each goes back to the Outbox (one whose end had already gone out is marked "not confirmed" rather than sent twice).</numerusform>
                <numerusform>%n messages being sent right now: sending stops, and each goes back to the Outbox (one whose end had already gone out is marked "not confirmed" rather than sent twice).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) still in the undo period: they are sent the next time you open Stamp.</source>
            <translation>
                <numerusform>%n message still in the undo period: they are sent the next time you open Stamp.</numerusform>
                <numerusform>%n messages still in the undo period: they are sent the next time you open Stamp.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) scheduled for later: they are sent when Stamp is open at or after their time.</source>
            <translation>
                <numerusform>%n message scheduled for later: they are sent when Stamp is open at or after their time.</numerusform>
                <numerusform>%n messages scheduled for later: they are sent when Stamp is open at or after their time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) waiting to be sent or retried: they wait in the Outbox until you open Stamp again.</source>
            <translation>
                <numerusform>%n message waiting to be sent or retried: they wait in the Outbox until you open Stamp again.</numerusform>
                <numerusform>%n messages waiting to be sent or retried: they wait in the Outbox until you open Stamp again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) imported.</source>
            <translation>
                <numerusform>%n account imported.</numerusform>
                <numerusform>%n accounts imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ui::SandboxInboxView</name>
        <message numerus="yes">
            <source>Envelope: from %1 to %2 - %n byte(s)</source>
            <translation>
                <numerusform>Envelope: from %1 to %2 - %n byte</numerusform>
                <numerusform>Envelope: from %1 to %2 - %n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stamp::ui::SessionLogView</name>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n line(s)</source>
            <translation>
                <numerusform>%1 of %n line</numerusform>
                <numerusform>%1 of %n lines</numerusform>
            </translation>
        </message>
    </context>
</TS>
