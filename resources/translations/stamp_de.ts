<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Account</name>
    <message>
        <source>The account name "%1" is not usable: use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Der Kontoname "%1" ist nicht verwendbar: Verwenden Sie bis zu 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The account has no id.</source>
        <translation>Das Konto hat keine ID.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>"%1" ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The account has no server host name.</source>
        <translation>Das Konto hat keinen Server-Hostnamen.</translation>
    </message>
    <message>
        <source>The account logs in but has no user name.</source>
        <translation>Das Konto meldet sich an, hat aber keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>The account names an OAuth sign-in but logs in with %1, not xoauth2 or oauthbearer.</source>
        <translation>Das Konto gibt eine OAuth-Anmeldung an, meldet sich aber mit %1 an, nicht mit xoauth2 oder oauthbearer.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits.</source>
        <translation>Der hinterlegte Zertifikat-Fingerabdruck besteht nicht aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>account "%1": the port is not a number from 0 to 65535</source>
        <translation>Konto "%1": der Port ist keine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>account "%1": unknown security mode "%2"</source>
        <translation>Konto "%1": unbekannter Sicherheitsmodus "%2"</translation>
    </message>
    <message>
        <source>account "%1": unknown login method "%2"</source>
        <translation>Konto "%1": unbekannte Anmeldemethode "%2"</translation>
    </message>
    <message>
        <source>account "%1": unknown envelope sender "%2"</source>
        <translation>Konto "%1": unbekannter Umschlag-Absender "%2"</translation>
    </message>
    <message>
        <source>The copy to the Sent folder is on but names no IMAP server.</source>
        <translation>Die Kopie in den Ordner „Gesendet“ ist eingeschaltet, nennt aber keinen IMAP-Server.</translation>
    </message>
    <message>
        <source>The IMAP server's pinned certificate fingerprint is not 64 hexadecimal digits.</source>
        <translation>Der hinterlegte Zertifikat-Fingerabdruck des IMAP-Servers besteht nicht aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>account "%1": the IMAP port is not a number from 0 to 65535</source>
        <translation>Konto "%1": der IMAP-Port ist keine Zahl von 0 bis 65535</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Run 'stamp account %1 --help' for the options.</source>
        <translation>Die Optionen zeigt 'stamp account %1 --help'.</translation>
    </message>
    <message>
        <source>give exactly one account NAME.</source>
        <translation>geben Sie genau einen Kontonamen (NAME) an.</translation>
    </message>
    <message>
        <source>unexpected argument.</source>
        <translation>unerwartetes Argument.</translation>
    </message>
    <message>
        <source>there is no account "%1".</source>
        <translation>es gibt kein Konto "%1".</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>Password saved in the keychain.</source>
        <translation>Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Give it for each run instead: stamp send --account %1 --password-stdin ...</source>
        <translation>Geben Sie es stattdessen bei jedem Aufruf an: stamp send --account %1 --password-stdin ...</translation>
    </message>
    <message>
        <source>Signed in. The sign-in is saved in the keychain; Stamp renews its access tokens as needed.</source>
        <translation>Angemeldet. Die Anmeldung ist im Schlüsselbund gespeichert; Stamp erneuert seine Zugriffstoken bei Bedarf.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: %1</source>
        <translation>Die Anmeldung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>stamp account: unknown sub-command "%1"</source>
        <translation>stamp account: unbekannter Unterbefehl "%1"</translation>
    </message>
    <message>
        <source>Usage: stamp account SUB-COMMAND [options]</source>
        <translation>Aufruf: stamp account SUB-COMMAND [Optionen]</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Run 'stamp account SUB-COMMAND --help' for its options.</source>
        <translation>Die Optionen eines Unterbefehls zeigt 'stamp account SUB-COMMAND --help'.</translation>
    </message>
    <message>
        <source>Save an account. Settings not given are found from the address (provider presets, the domain's autoconfig file, MX and SRV records, probing). The password goes only to the keychain. With --auth oauth you sign in with the provider in your browser instead, and only the sign-in's refresh token is kept, in the keychain.</source>
        <translation>Speichert ein Konto. Nicht angegebene Einstellungen werden anhand der Adresse ermittelt (Voreinstellungen der Anbieter, Autoconfig-Datei der Domain, MX- und SRV-Einträge, Abfragen). Das Passwort kommt nur in den Schlüsselbund. Mit --auth oauth melden Sie sich stattdessen im Browser beim Anbieter an, und nur das Aktualisierungstoken der Anmeldung wird aufbewahrt, im Schlüsselbund.</translation>
    </message>
    <message>
        <source>What to call the account (letters, digits, . _ -).</source>
        <translation>Wie das Konto heißen soll (Buchstaben, Ziffern, . _ -).</translation>
    </message>
    <message>
        <source>The account's address (required).</source>
        <translation>Die Adresse des Kontos (erforderlich).</translation>
    </message>
    <message>
        <source>Your name, as shown in From.</source>
        <translation>Ihr Name, wie er in From angezeigt wird.</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>Hostname des SMTP-Servers.</translation>
    </message>
    <message>
        <source>Server port.</source>
        <translation>Server-Port.</translation>
    </message>
    <message>
        <source>starttls, tls or none.</source>
        <translation>starttls, tls oder none.</translation>
    </message>
    <message>
        <source>Login user name (default: from the provider, else the address).</source>
        <translation>Benutzername für die Anmeldung (Standard: vom Anbieter, sonst die Adresse).</translation>
    </message>
    <message>
        <source>auto (default), none, plain, login, cram-md5, scram-sha-1, scram-sha-256, or oauth: sign in with the provider in the browser.</source>
        <translation>auto (Standard), none, plain, login, cram-md5, scram-sha-1, scram-sha-256 oder oauth: im Browser beim Anbieter anmelden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Trust exactly this server certificate.</source>
        <translation>Genau diesem Server-Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input and save it in the keychain.</source>
        <translation>Das Passwort (erste Zeile) von der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Print the saved account as JSON.</source>
        <translation>Das gespeicherte Konto als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Use the provider preset ID (gmail, outlook.com, microsoft365, ...) for the OAuth sign-in, also when --host is given.</source>
        <translation>Die Anbieter-Voreinstellung mit dieser ID (gmail, outlook.com, microsoft365, ...) für die OAuth-Anmeldung verwenden, auch wenn --host angegeben ist.</translation>
    </message>
    <message>
        <source>With --auth oauth: xoauth2 or oauthbearer (default: what the provider's preset says).</source>
        <translation>Mit --auth oauth: xoauth2 oder oauthbearer (Standard: was die Voreinstellung des Anbieters angibt).</translation>
    </message>
    <message>
        <source>--auth oauth signs in with the provider in the browser; it takes no --password-stdin.</source>
        <translation>--auth oauth meldet sich im Browser beim Anbieter an; es nimmt kein --password-stdin.</translation>
    </message>
    <message>
        <source>--oauth-mechanism needs --auth oauth.</source>
        <translation>--oauth-mechanism erfordert --auth oauth.</translation>
    </message>
    <message>
        <source>"%1" is not a usable account name: use letters, digits, dots, dashes or underscores.</source>
        <translation>"%1" ist kein verwendbarer Kontoname: Verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>--email is required.</source>
        <translation>--email ist erforderlich.</translation>
    </message>
    <message>
        <source>there is already an account named "%1".</source>
        <translation>es gibt bereits ein Konto namens "%1".</translation>
    </message>
    <message>
        <source>the password is empty.</source>
        <translation>das Passwort ist leer.</translation>
    </message>
    <message>
        <source>no settings were found for %1; give them with --host, --port and --security.</source>
        <translation>für %1 wurden keine Einstellungen gefunden; geben Sie sie mit --host, --port und --security an.</translation>
    </message>
    <message>
        <source>Found: %1 port %2 (%3), from %4.</source>
        <translation>Gefunden: %1 Port %2 (%3), Quelle: %4.</translation>
    </message>
    <message>
        <source>Note: %1 accepts only OAuth2 sign-in: add the account with --auth oauth to sign in in the browser.</source>
        <translation>Hinweis: %1 akzeptiert nur die OAuth2-Anmeldung: Fügen Sie das Konto mit --auth oauth hinzu, um sich im Browser anzumelden.</translation>
    </message>
    <message>
        <source>App password: %1</source>
        <translation>App-Passwort: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none.</source>
        <translation>--security muss starttls, tls oder none sein.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>there is no provider preset "%1".</source>
        <translation>es gibt keine Anbieter-Voreinstellung "%1".</translation>
    </message>
    <message>
        <source>no OAuth sign-in is known for %1; name the provider with --provider (gmail, outlook.com, microsoft365, yahoo, aol, fastmail, comcast).</source>
        <translation>für %1 ist keine OAuth-Anmeldung bekannt; nennen Sie den Anbieter mit --provider (gmail, outlook.com, microsoft365, yahoo, aol, fastmail, comcast).</translation>
    </message>
    <message>
        <source>To use an app password: stamp account add %1 --email %2 --password-stdin</source>
        <translation>Um ein App-Passwort zu verwenden: stamp account add %1 --email %2 --password-stdin</translation>
    </message>
    <message>
        <source>--oauth-mechanism must be xoauth2 or oauthbearer.</source>
        <translation>--oauth-mechanism muss xoauth2 oder oauthbearer sein.</translation>
    </message>
    <message>
        <source>unknown --auth "%1".</source>
        <translation>unbekanntes --auth "%1".</translation>
    </message>
    <message>
        <source>--ca-file: the file "%1" does not exist.</source>
        <translation>--ca-file: Die Datei "%1" existiert nicht.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be 64 hexadecimal digits.</source>
        <translation>--pin-sha256 muss aus 64 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>Account "%1" saved: %2 via %3 port %4 (%5).</source>
        <translation>Konto "%1" gespeichert: %2 über %3 Port %4 (%5).</translation>
    </message>
    <message>
        <source>No password saved yet: stamp account set-password %1 --password-stdin</source>
        <translation>Noch kein Passwort gespeichert: stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>Print the accounts as JSON.</source>
        <translation>Die Konten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with: stamp account add NAME --email ADDR --password-stdin</source>
        <translation>Noch keine Konten. Fügen Sie eines hinzu mit: stamp account add NAME --email ADDR --password-stdin</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>Print the account as JSON.</source>
        <translation>Das Konto als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Account:      %1</source>
        <translation>Konto:          %1</translation>
    </message>
    <message>
        <source>Address:      %1</source>
        <translation>Adresse:        %1</translation>
    </message>
    <message>
        <source>Name:         %1</source>
        <translation>Name:           %1</translation>
    </message>
    <message>
        <source>Server:       %1 port %2 (%3)</source>
        <translation>Server:         %1 Port %2 (%3)</translation>
    </message>
    <message>
        <source>Login:        none</source>
        <translation>Anmeldung:      keine</translation>
    </message>
    <message>
        <source>Login:        %1 (%2)</source>
        <translation>Anmeldung:      %1 (%2)</translation>
    </message>
    <message>
        <source>Signs in:     with OAuth at %1</source>
        <translation>Anmeldung über: OAuth bei %1</translation>
    </message>
    <message>
        <source>Sign-in:      %1</source>
        <translation>Anmeldedaten:   %1</translation>
    </message>
    <message>
        <source>              sign in with: stamp account sign-in %1</source>
        <translation>                anmelden mit: stamp account sign-in %1</translation>
    </message>
    <message>
        <source>Password:     %1</source>
        <translation>Passwort:       %1</translation>
    </message>
    <message>
        <source>Extra CAs:    %1</source>
        <translation>Weitere CAs:    %1</translation>
    </message>
    <message>
        <source>Pinned cert:  %1</source>
        <translation>Zertifikat-Pin: %1</translation>
    </message>
    <message>
        <source>Provider:     %1</source>
        <translation>Anbieter:       %1</translation>
    </message>
    <message>
        <source>Account "%1" removed.</source>
        <translation>Konto "%1" entfernt.</translation>
    </message>
    <message>
        <source>Its password could not be removed from the keychain: %1</source>
        <translation>Sein Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Its sign-in could not be removed from the keychain: %1</source>
        <translation>Seine Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input.</source>
        <translation>Das Passwort (erste Zeile) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--password-stdin is required (a password is never taken from the command line).</source>
        <translation>--password-stdin ist erforderlich (ein Passwort wird nie von der Befehlszeile übernommen).</translation>
    </message>
    <message>
        <source>Sign in again to an account that uses OAuth, in the browser: after the provider revoked the sign-in, or to switch the person signed in.</source>
        <translation>Bei einem Konto, das OAuth verwendet, erneut im Browser anmelden: nachdem der Anbieter die Anmeldung widerrufen hat oder um die angemeldete Person zu wechseln.</translation>
    </message>
    <message>
        <source>the account "%1" logs in with a password, not an OAuth sign-in; use set-password, or add it again with --auth oauth.</source>
        <translation>das Konto "%1" meldet sich mit einem Passwort an, nicht mit einer OAuth-Anmeldung; verwenden Sie set-password oder fügen Sie es mit --auth oauth neu hinzu.</translation>
    </message>
    <message>
        <source>the account %1</source>
        <translation>das Konto %1</translation>
    </message>
    <message>
        <source>an account that no longer exists</source>
        <translation>ein Konto, das nicht mehr existiert</translation>
    </message>
    <message>
        <source>MAIL FROM for the account's other identities: from (the message's From address, the default) or account (the account's own address, for servers that refuse other senders).</source>
        <translation>MAIL FROM für die weiteren Identitäten des Kontos: from (die From-Adresse der Nachricht, Standard) oder account (die eigene Adresse des Kontos, für Server, die andere Absender ablehnen).</translation>
    </message>
    <message>
        <source>--envelope-sender must be from or account.</source>
        <translation>--envelope-sender muss from oder account sein.</translation>
    </message>
    <message>
        <source>  %1 sends through %2</source>
        <translation>  %1 sendet über %2</translation>
    </message>
    <message>
        <source>Proxy:        %1</source>
        <translation>Proxy:          %1</translation>
    </message>
    <message>
        <source>Identity:     %1</source>
        <translation>Identität:      %1</translation>
    </message>
    <message>
        <source> (sends through %1)</source>
        <translation> (sendet über %1)</translation>
    </message>
    <message>
        <source>Envelope:     %1</source>
        <translation>Umschlag:       %1</translation>
    </message>
    <message>
        <source>MAIL FROM is this account's address for every identity</source>
        <translation>MAIL FROM ist für jede Identität die Adresse dieses Kontos</translation>
    </message>
    <message>
        <source>MAIL FROM is the message's From address</source>
        <translation>MAIL FROM ist die From-Adresse der Nachricht</translation>
    </message>
    <message>
        <source>signs in with %1</source>
        <translation>Anmeldung über %1</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>ohne Anmeldung</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>Anmeldung als %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>%1: %2 via %3 port %4 (%5), %6</source>
        <translation>%1: %2 über %3 Port %4 (%5), %6</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[Standard]</translation>
    </message>
    <message>
        <source>also sends as %1</source>
        <translation>sendet auch als %1</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>Create %n account(s)? [y/N] </source>
        <translation>
            <numerusform>%n Konto anlegen? [y/N] </numerusform>
            <numerusform>%n Konten anlegen? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1: sign in with: stamp account sign-in %1</source>
        <translation>%1: anmelden mit: stamp account sign-in %1</translation>
    </message>
    <message>
        <source>%1: give its password with: stamp account set-password %1 --password-stdin</source>
        <translation>%1: Passwort angeben mit: stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>Password for %1 (%2 at %3), or Enter to give it later: </source>
        <translation>Passwort für %1 (%2 bei %3), oder Eingabetaste, um es später anzugeben: </translation>
    </message>
    <message>
        <source>%1: give its password later with: stamp account set-password %1 --password-stdin</source>
        <translation>%1: Passwort später angeben mit: stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>%1: password saved in the keychain.</source>
        <translation>%1: Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>%1: the password was not saved: %2</source>
        <translation>%1: Das Passwort wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird (a profile's outgoing servers and identities) or msmtp (its accounts, with defaults and inheritance). Shows what would be created first; nothing changes until you confirm. Saved passwords are never read: you give each password once, for the keychain.</source>
        <translation>Übernimmt Konten aus Thunderbird (die Postausgangs-Server und Identitäten eines Profils) oder msmtp (seine Konten, mit Standardeinstellungen und Vererbung). Zeigt zuerst, was angelegt würde; nichts ändert sich, bevor Sie bestätigen. Gespeicherte Passwörter werden nie gelesen: Sie geben jedes Passwort einmal ein, für den Schlüsselbund.</translation>
    </message>
    <message>
        <source>thunderbird or msmtp.</source>
        <translation>thunderbird oder msmtp.</translation>
    </message>
    <message>
        <source>A Thunderbird profile folder or its prefs.js, or an msmtp configuration file (default: where the program keeps it).</source>
        <translation>Ein Thunderbird-Profilordner oder seine prefs.js oder eine msmtp-Konfigurationsdatei (Standard: wo das Programm sie ablegt).</translation>
    </message>
    <message>
        <source>Only show what would be created; change nothing.</source>
        <translation>Nur anzeigen, was angelegt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Print the preview as JSON.</source>
        <translation>Die Vorschau als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Create the accounts without asking (needed without a terminal).</source>
        <translation>Die Konten ohne Nachfrage anlegen (ohne Terminal erforderlich).</translation>
    </message>
    <message>
        <source>name the source (thunderbird or msmtp) and, if you like, a PATH.</source>
        <translation>nennen Sie die Quelle (thunderbird oder msmtp) und, wenn Sie möchten, einen PATH.</translation>
    </message>
    <message>
        <source>the source must be thunderbird or msmtp, not "%1".</source>
        <translation>die Quelle muss thunderbird oder msmtp sein, nicht "%1".</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Es wurde nichts geändert (--dry-run).</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>confirm with --yes, or run it in a terminal to be asked.</source>
        <translation>bestätigen Sie mit --yes, oder führen Sie den Befehl in einem Terminal aus, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created.</source>
        <translation>
            <numerusform>%n Konto angelegt.</numerusform>
            <numerusform>%n Konten angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an account's settings for another program. msmtp gets an account block that fetches the password from the keychain with secret-tool (Linux); the password is never written.</source>
        <translation>Schreibt die Einstellungen eines Kontos für ein anderes Programm. msmtp erhält einen Kontoblock, der das Passwort mit secret-tool (Linux) aus dem Schlüsselbund holt; das Passwort selbst wird nie geschrieben.</translation>
    </message>
    <message>
        <source>What to write: msmtp (required).</source>
        <translation>Was geschrieben wird: msmtp (erforderlich).</translation>
    </message>
    <message>
        <source>Write to this new file (readable by you only) instead of standard output.</source>
        <translation>In diese neue Datei schreiben (nur für Sie lesbar) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>--format msmtp is required (the only format so far).</source>
        <translation>--format msmtp ist erforderlich (bisher das einzige Format).</translation>
    </message>
    <message>
        <source>Note: passwordeval uses secret-tool, which is Linux's; replace it with a command that prints the password from this system's keychain.</source>
        <translation>Hinweis: passwordeval verwendet secret-tool, das es unter Linux gibt; ersetzen Sie es durch einen Befehl, der das Passwort aus dem Schlüsselbund dieses Systems ausgibt.</translation>
    </message>
    <message>
        <source>Note: no password is saved for "%1" yet, so msmtp will find none. Save it with: stamp account set-password %1 --password-stdin</source>
        <translation>Hinweis: Für "%1" ist noch kein Passwort gespeichert, daher findet msmtp keines. Speichern Sie es mit: stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file and copy the block into your configuration.</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei und kopieren Sie den Block in Ihre Konfiguration.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Account "%1" written to %2 for msmtp.</source>
        <translation>Konto "%1" für msmtp in %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>AccountSignIn</name>
    <message>
        <source>Give up the browser sign-in after this many seconds (default 300).</source>
        <translation>Die Anmeldung im Browser nach so vielen Sekunden aufgeben (Standard 300).</translation>
    </message>
    <message>
        <source>Receive the browser's answer on this port of 127.0.0.1 (default: any free port).</source>
        <translation>Die Antwort des Browsers auf diesem Port von 127.0.0.1 empfangen (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>--sign-in-timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--sign-in-timeout muss eine Anzahl Sekunden von 1 bis 3600 sein.</translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 1 to 65535.</source>
        <translation>--redirect-port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>To sign in to %1 as %2, open this address in your browser:</source>
        <translation>Um sich bei %1 als %2 anzumelden, öffnen Sie diese Adresse in Ihrem Browser:</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 (up to %2 s; Ctrl+C cancels)...</source>
        <translation>Warten, bis der Browser zu %1 zurückkehrt (bis zu %2 s; Ctrl+C bricht ab)...</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in with %1...</source>
        <translation>Der Browser ist zurückgekehrt; die Anmeldung bei %1 wird abgeschlossen...</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is already an account named "%1".</source>
        <translation>Es gibt bereits ein Konto namens "%1".</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>Es gibt kein Konto "%1".</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The account file %1 cannot be read: %2.</source>
        <extracomment>%1 is a file path; %2 is the system's error message</extracomment>
        <translation>Die Kontodatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The account file %1 is not valid JSON (line %2: %3).</source>
        <extracomment>%1 is a file path, %2 a line number, %3 the parser's error message</extracomment>
        <translation>Die Kontodatei %1 ist kein gültiges JSON (Zeile %2: %3).</translation>
    </message>
    <message>
        <source>The account file %1 is not a Stamp account list.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Die Kontodatei %1 ist keine Stamp-Kontenliste.</translation>
    </message>
    <message>
        <source>The account file %1 was written by a newer version of Stamp (format %2).</source>
        <extracomment>%1 is a file path, %2 the file's format version number</extracomment>
        <translation>Die Kontodatei %1 wurde von einer neueren Version von Stamp geschrieben (Format %2).</translation>
    </message>
    <message>
        <source>The account file %1 has an unusable entry: %2.</source>
        <extracomment>%1 is a file path; %2 says what is wrong with the entry</extracomment>
        <translation>Die Kontodatei %1 enthält einen unbrauchbaren Eintrag: %2.</translation>
    </message>
    <message>
        <source>It was left as it is; fix or remove it, then try again.</source>
        <translation>Sie wurde unverändert belassen; korrigieren oder entfernen Sie sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A copy was kept as %1; fix or remove the file, then try again.</source>
        <extracomment>%1 is the path of the copy</extracomment>
        <translation>Eine Kopie wurde als %1 aufbewahrt; korrigieren oder entfernen Sie die Datei und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>%1 (character %2)</source>
        <translation>%1 (Zeichen %2)</translation>
    </message>
    <message>
        <source>"%1": %2 (character %3)</source>
        <translation>"%1": %2 (Zeichen %3)</translation>
    </message>
    <message>
        <source>a group needs a name before the colon</source>
        <translation>eine Gruppe braucht einen Namen vor dem Doppelpunkt</translation>
    </message>
    <message>
        <source>a group cannot contain another group</source>
        <translation>eine Gruppe kann keine andere Gruppe enthalten</translation>
    </message>
    <message>
        <source>this is not an address: it has no @ (an address looks like name@example.com)</source>
        <translation>das ist keine Adresse: Es fehlt das @ (eine Adresse sieht aus wie name@example.com)</translation>
    </message>
    <message>
        <source>unexpected "%1"</source>
        <translation>unerwartetes "%1"</translation>
    </message>
    <message>
        <source>there is nothing between &lt; and &gt;</source>
        <translation>zwischen &lt; und &gt; steht nichts</translation>
    </message>
    <message>
        <source>there is no @ between &lt; and &gt; (an address looks like name@example.com)</source>
        <translation>zwischen &lt; und &gt; steht kein @ (eine Adresse sieht aus wie name@example.com)</translation>
    </message>
    <message>
        <source>this &lt; is never closed with &gt;</source>
        <translation>dieses &lt; wird nie mit &gt; geschlossen</translation>
    </message>
    <message>
        <source>unexpected "%1" inside &lt; and &gt;</source>
        <translation>unerwartetes "%1" innerhalb von &lt; und &gt;</translation>
    </message>
    <message>
        <source>there is nothing before the @</source>
        <translation>vor dem @ steht nichts</translation>
    </message>
    <message>
        <source>there is a space before the @</source>
        <translation>vor dem @ steht ein Leerzeichen</translation>
    </message>
    <message>
        <source>the address contains a space</source>
        <translation>die Adresse enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>a name and an address need angle brackets, as in: %1 &lt;%2@%3&gt;</source>
        <translation>Name und Adresse brauchen spitze Klammern, etwa so: %1 &lt;%2@%3&gt;</translation>
    </message>
    <message>
        <source>the part before the @ starts with a dot</source>
        <translation>der Teil vor dem @ beginnt mit einem Punkt</translation>
    </message>
    <message>
        <source>the part before the @ ends with a dot</source>
        <translation>der Teil vor dem @ endet mit einem Punkt</translation>
    </message>
    <message>
        <source>the part before the @ has two dots in a row</source>
        <translation>der Teil vor dem @ enthält zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>unexpected "%1" before the @</source>
        <translation>unerwartetes "%1" vor dem @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 bytes</source>
        <translation>der Teil vor dem @ ist länger als 64 Byte</translation>
    </message>
    <message>
        <source>the address is longer than 254 bytes</source>
        <translation>die Adresse ist länger als 254 Byte</translation>
    </message>
    <message>
        <source>there is nothing after the @</source>
        <translation>nach dem @ steht nichts</translation>
    </message>
    <message>
        <source>there is a space after the @</source>
        <translation>nach dem @ steht ein Leerzeichen</translation>
    </message>
    <message>
        <source>the address has two @</source>
        <translation>die Adresse enthält zwei @</translation>
    </message>
    <message>
        <source>the domain starts with a dot</source>
        <translation>die Domain beginnt mit einem Punkt</translation>
    </message>
    <message>
        <source>"[%1]" is not an IP address literal</source>
        <translation>"[%1]" ist kein IP-Adressliteral</translation>
    </message>
    <message>
        <source>unexpected "%1" after the @</source>
        <translation>unerwartetes "%1" nach dem @</translation>
    </message>
    <message>
        <source>the domain has two dots in a row</source>
        <translation>die Domain enthält zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>the domain ends with a dot</source>
        <translation>die Domain endet mit einem Punkt</translation>
    </message>
    <message>
        <source>a comma is missing before "%1"</source>
        <translation>vor "%1" fehlt ein Komma</translation>
    </message>
    <message>
        <source>unexpected "%1" after the address</source>
        <translation>unerwartetes "%1" nach der Adresse</translation>
    </message>
    <message>
        <source>the domain is empty</source>
        <translation>die Domain ist leer</translation>
    </message>
    <message>
        <source>"%1" is not a valid internationalised domain name</source>
        <translation>"%1" ist kein gültiger internationalisierter Domainname</translation>
    </message>
    <message>
        <source>the domain is longer than 253 characters</source>
        <translation>die Domain ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>the domain part "%1" is longer than 63 characters</source>
        <translation>der Domainteil "%1" ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>the domain contains "%1", which a domain name cannot have</source>
        <translation>die Domain enthält "%1", was in einem Domainnamen nicht vorkommen darf</translation>
    </message>
    <message>
        <source>the domain part "%1" starts or ends with a hyphen</source>
        <translation>der Domainteil "%1" beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>the address needs the form name@domain</source>
        <translation>die Adresse braucht die Form name@domain</translation>
    </message>
    <message>
        <source>unexpected "("</source>
        <translation>unerwartetes "("</translation>
    </message>
    <message>
        <source>only one address is allowed here</source>
        <translation>hier ist nur eine Adresse erlaubt</translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in an address</source>
        <translation>das Steuerzeichen U+%1 ist in einer Adresse nicht erlaubt</translation>
    </message>
    <message>
        <source>a line break is not allowed in an address</source>
        <translation>ein Zeilenumbruch ist in einer Adresse nicht erlaubt</translation>
    </message>
    <message>
        <source>this quotation mark is never closed</source>
        <translation>dieses Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>this "%1" is never closed with "%2"</source>
        <translation>dieses "%1" wird nie mit "%2" geschlossen</translation>
    </message>
</context>
<context>
    <name>AuthExchange</name>
    <message>
        <source>Refusing to send the password without encryption to %1.</source>
        <translation>Das Passwort wird nicht unverschlüsselt an %1 gesendet.</translation>
    </message>
    <message>
        <source>The server does not offer a password mechanism; it offers no authentication at all.</source>
        <translation>Der Server bietet kein Passwortverfahren an; er bietet überhaupt keine Authentifizierung an.</translation>
    </message>
    <message>
        <source>The server does not offer a password mechanism; it offers %1.</source>
        <extracomment>%1 lists the SASL mechanism names the server offers, e.g. "XOAUTH2 OAUTHBEARER"</extracomment>
        <translation>Der Server bietet kein Passwortverfahren an; er bietet %1 an.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers no authentication at all.</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN or XOAUTH2</extracomment>
        <translation>Der Server bietet %1 nicht an; er bietet überhaupt keine Authentifizierung an.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers %2.</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN; %2 lists the names the server offers</extracomment>
        <translation>Der Server bietet %1 nicht an; er bietet %2 an.</translation>
    </message>
    <message>
        <source>The server sent another authentication challenge after the last answer.</source>
        <translation>Der Server hat nach der letzten Antwort eine weitere Authentifizierungs-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server sent an authentication challenge that is not valid base64.</source>
        <translation>Der Server hat eine Authentifizierungs-Challenge gesendet, die kein gültiges base64 ist.</translation>
    </message>
    <message>
        <source>Authentication stopped: %1</source>
        <translation>Authentifizierung abgebrochen: %1</translation>
    </message>
    <message>
        <source>The server accepted the login but did not prove its identity: %1</source>
        <translation>Der Server hat die Anmeldung angenommen, aber seine Identität nicht nachgewiesen: %1</translation>
    </message>
    <message>
        <source>Authenticated with %1</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN or XOAUTH2</extracomment>
        <translation>Authentifiziert mit %1</translation>
    </message>
    <message>
        <source>The server refused the user name on the AUTH line; asking again without it.</source>
        <translation>Der Server hat den Benutzernamen in der AUTH-Zeile abgelehnt; neuer Versuch ohne ihn.</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1 (server detail: %2)</source>
        <extracomment>%1 is the server's reply; %2 is the server's explanation of a refused token</extracomment>
        <translation>Authentifizierung fehlgeschlagen: %1 (Angabe des Servers: %2)</translation>
    </message>
    <message>
        <source>The login was refused; the server's replies to the message's commands, sent with the login, decide what happened to it.</source>
        <translation>Die Anmeldung wurde abgelehnt; was mit der Nachricht geschehen ist, entscheiden die Antworten des Servers auf ihre Befehle, die zusammen mit der Anmeldung gesendet wurden.</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>an outgoingServer has no hostname</source>
        <translation>ein outgoingServer hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>outgoingServer %1 has no valid port</source>
        <translation>outgoingServer %1 hat keinen gültigen Port</translation>
    </message>
    <message>
        <source>outgoingServer %1 has an unknown socketType "%2"</source>
        <translation>outgoingServer %1 hat einen unbekannten socketType "%2"</translation>
    </message>
    <message>
        <source>stamp:oauthMechanism must be xoauth2 or oauthbearer, not "%1"</source>
        <translation>stamp:oauthMechanism muss xoauth2 oder oauthbearer sein, nicht "%1"</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;clientConfig&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;clientConfig&gt;</translation>
    </message>
    <message>
        <source>no &lt;emailProvider&gt; element</source>
        <translation>kein &lt;emailProvider&gt;-Element</translation>
    </message>
    <message>
        <source>no usable &lt;outgoingServer type="smtp"&gt;</source>
        <translation>kein brauchbares &lt;outgoingServer type="smtp"&gt;</translation>
    </message>
    <message>
        <source>stamp:dkimSelector form must be txt or cname, not "%1"</source>
        <translation>das Attribut form von stamp:dkimSelector muss txt oder cname sein, nicht "%1"</translation>
    </message>
    <message>
        <source>a stamp:dkimSelector has no selector name</source>
        <translation>ein stamp:dkimSelector hat keinen Selektornamen</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>HELO only (no ESMTP extensions)</source>
        <translation>Nur HELO (keine ESMTP-Erweiterungen)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Connect to an SMTP server, negotiate TLS, read its capabilities and optionally log in. Sends no mail.</source>
        <translation>Verbindet sich mit einem SMTP-Server, handelt TLS aus, liest seine Fähigkeiten und meldet sich optional an. Sendet keine Nachricht.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>With --account: also send a test message to the account's own address.</source>
        <translation>Mit --account: zusätzlich eine Testnachricht an die eigene Adresse des Kontos senden.</translation>
    </message>
    <message>
        <source>Run 'stamp check --help' for the options.</source>
        <translation>Die Optionen zeigt 'stamp check --help'.</translation>
    </message>
    <message>
        <source>--send-test needs --account.</source>
        <translation>--send-test erfordert --account.</translation>
    </message>
    <message>
        <source>Server:       %1 port %2 (%3)</source>
        <translation>Server:         %1 Port %2 (%3)</translation>
    </message>
    <message>
        <source>Login:        accepted (%1)</source>
        <translation>Anmeldung:      angenommen (%1)</translation>
    </message>
    <message>
        <source>Login:        not tried (no --user)</source>
        <translation>Anmeldung:      nicht versucht (kein --user)</translation>
    </message>
    <message>
        <source>stamp check: failed</source>
        <translation>stamp check: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation>Prüfung bestanden.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system's.</source>
        <translation>Diesen DNS-Server (eine IP-Adresse) statt des DNS-Servers des Systems abfragen.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>"%1" ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>--nameserver needs --account.</source>
        <translation>--nameserver erfordert --account.</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Connection check for %1: %2 port %3 (%4)</source>
        <translation>Verbindungsprüfung für %1: %2 Port %3 (%4)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was Sie tun können: %1</translation>
    </message>
    <message>
        <source>Result: all checks passed</source>
        <translation>Ergebnis: alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Result: the check failed</source>
        <translation>Ergebnis: Die Prüfung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Add, list, show or remove saved accounts; set a password or sign in</source>
        <translation>Gespeicherte Konten hinzufügen, auflisten, anzeigen oder entfernen; ein Passwort festlegen oder anmelden</translation>
    </message>
    <message>
        <source>Save an account</source>
        <translation>Ein Konto speichern</translation>
    </message>
    <message>
        <source>List the saved accounts</source>
        <translation>Die gespeicherten Konten auflisten</translation>
    </message>
    <message>
        <source>Show an account's settings</source>
        <translation>Die Einstellungen eines Kontos anzeigen</translation>
    </message>
    <message>
        <source>Remove an account and its keychain secrets</source>
        <translation>Ein Konto und seine Geheimnisse im Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Save an account's password in the keychain</source>
        <translation>Das Passwort eines Kontos im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Sign in again in the browser (OAuth accounts)</source>
        <translation>Erneut im Browser anmelden (OAuth-Konten)</translation>
    </message>
    <message>
        <source>Connect, negotiate TLS, read the capabilities, optionally log in; sends no mail</source>
        <translation>Verbinden, TLS aushandeln, die Fähigkeiten lesen, optional anmelden; sendet keine Nachricht</translation>
    </message>
    <message>
        <source>Stamp sends mail through your provider's SMTP submission server and explains every failure.

Commands:
</source>
        <translation>Stamp sendet Nachrichten über den SMTP-Postausgangs-Server Ihres Anbieters und erklärt jeden Fehler.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run 'stamp COMMAND --help' for a command's options.

Exit status: 0 sent to every recipient (or check passed), 1 some recipients refused,
2 usage error, 3 not sent (the reason is printed on standard error).</source>
        <translation>
Mit 'stamp COMMAND --help' sehen Sie die Optionen eines Befehls.

Exit-Status: 0 an alle Empfänger gesendet (oder Prüfung bestanden), 1 einige Empfänger abgelehnt,
2 Aufruffehler, 3 nicht gesendet (der Grund steht in der Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>the command to run (see below)</source>
        <translation>der auszuführende Befehl (siehe unten)</translation>
    </message>
    <message>
        <source>Copyright 2026 The Stamp developers.
License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://gnu.org/licenses/gpl.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
</source>
        <translation>Copyright 2026 The Stamp developers.
Lizenz GPL-3.0-or-later: GNU GPL Version 3 oder neuer &lt;https://gnu.org/licenses/gpl.html&gt;.
Dies ist freie Software: Sie dürfen sie ändern und weitergeben.
Es gibt KEINE GARANTIE, soweit gesetzlich zulässig.
</translation>
    </message>
    <message>
        <source>stamp: unknown command "%1"
</source>
        <translation>stamp: unbekannter Befehl "%1"
</translation>
    </message>
    <message>
        <source>Run 'stamp --help' for the list of commands.
</source>
        <translation>Mit 'stamp --help' erhalten Sie die Liste der Befehle.
</translation>
    </message>
    <message>
        <source>Print the shell completion script for bash, zsh or fish</source>
        <translation>Das Shell-Vervollständigungsskript für bash, zsh oder fish ausgeben</translation>
    </message>
    <message>
        <source>For bash: load it with 'source &lt;(stamp completion bash)' in ~/.bashrc</source>
        <translation>Für bash: mit 'source &lt;(stamp completion bash)' in ~/.bashrc laden</translation>
    </message>
    <message>
        <source>For zsh: save it as _stamp in a directory on $fpath</source>
        <translation>Für zsh: als _stamp in einem Verzeichnis aus $fpath speichern</translation>
    </message>
    <message>
        <source>For fish: save it as ~/.config/fish/completions/stamp.fish</source>
        <translation>Für fish: als ~/.config/fish/completions/stamp.fish speichern</translation>
    </message>
    <message>
        <source>Open the window with a new message, from a mailto: link if given</source>
        <translation>Das Fenster mit einer neuen Nachricht öffnen, aus einem mailto:-Link, falls angegeben</translation>
    </message>
    <message>
        <source>Find the submission server for an address (no login)</source>
        <translation>Den Postausgangs-Server für eine Adresse ermitteln (ohne Anmeldung)</translation>
    </message>
    <message>
        <source>The outbox: list, flush (send what is due), retry ID, remove ID, sent, transcript ID</source>
        <translation>Der Postausgang: list, flush (Fälliges senden), retry ID, remove ID, sent, transcript ID</translation>
    </message>
    <message>
        <source>every message: state, reason, next try, per-recipient results</source>
        <translation>jede Nachricht: Status, Grund, nächster Versuch, Ergebnis je Empfänger</translation>
    </message>
    <message>
        <source>send every due message now and return when done</source>
        <translation>jede fällige Nachricht jetzt senden und danach zurückkehren</translation>
    </message>
    <message>
        <source>queue a failed, deferred or uncertain message again (refused recipients only)</source>
        <translation>eine fehlgeschlagene, zurückgestellte oder ungewisse Nachricht erneut in die Warteschlange stellen (nur für abgelehnte Empfänger)</translation>
    </message>
    <message>
        <source>delete a message from the outbox</source>
        <translation>eine Nachricht aus dem Postausgang löschen</translation>
    </message>
    <message>
        <source>sent messages kept, and each account's count for the last 24 hours</source>
        <translation>aufbewahrte gesendete Nachrichten und die Anzahl je Konto in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>the session transcript kept with a sent message</source>
        <translation>das Sitzungsprotokoll, das mit einer gesendeten Nachricht aufbewahrt wird</translation>
    </message>
    <message>
        <source>Write the message 'send' would send, without sending it</source>
        <translation>Die Nachricht ausgeben, die 'send' senden würde, ohne sie zu senden</translation>
    </message>
    <message>
        <source>Send a message (from --eml FILE, or --subject and --body)</source>
        <translation>Eine Nachricht senden (aus --eml FILE oder mit --subject und --body)</translation>
    </message>
    <message>
        <source>Check that a sending domain's DNS lets its mail arrive (SPF, DKIM, DMARC)</source>
        <translation>Prüfen, ob das DNS einer Absenderdomain die Zustellung ihrer Mail ermöglicht (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>Check MX, SPF, DKIM, DMARC, MTA-STS and TLS-RPT, with the records to publish</source>
        <translation>MX, SPF, DKIM, DMARC, MTA-STS und TLS-RPT prüfen, mit den zu veröffentlichenden Einträgen</translation>
    </message>
    <message>
        <source>Run the sandbox mail server on this computer, optionally misbehaving</source>
        <translation>Den Sandbox-Mailserver auf diesem Computer ausführen, auf Wunsch mit Fehlverhalten</translation>
    </message>
    <message>
        <source>Message templates: list, show NAME, delete NAME</source>
        <translation>Nachrichtenvorlagen: list, show NAME, delete NAME</translation>
    </message>
    <message>
        <source>every template: name, subject, recipients</source>
        <translation>jede Vorlage: Name, Betreff, Empfänger</translation>
    </message>
    <message>
        <source>a template's fields, attachments and text</source>
        <translation>Felder, Anhänge und Text einer Vorlage</translation>
    </message>
    <message>
        <source>delete a template</source>
        <translation>eine Vorlage löschen</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird or msmtp (shows them first)</source>
        <translation>Konten aus Thunderbird oder msmtp übernehmen (zeigt sie zuerst an)</translation>
    </message>
    <message>
        <source>Write an account as an msmtp configuration, without its password</source>
        <translation>Ein Konto als msmtp-Konfiguration ausgeben, ohne sein Passwort</translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <source>Print the script that lets SHELL complete stamp's commands, options and their values. Packages install it already; this is for a copy installed by hand.</source>
        <translation>Gibt das Skript aus, mit dem SHELL die Befehle, Optionen und Werte von stamp vervollständigt. Pakete installieren es bereits; dies ist für eine von Hand installierte Kopie.</translation>
    </message>
    <message>
        <source>bash, zsh or fish</source>
        <translation>bash, zsh oder fish</translation>
    </message>
    <message>
        <source>name one shell: bash, zsh or fish.</source>
        <translation>nennen Sie eine Shell: bash, zsh oder fish.</translation>
    </message>
    <message>
        <source>Run 'stamp completion --help' for more.</source>
        <translation>Mehr dazu zeigt 'stamp completion --help'.</translation>
    </message>
</context>
<context>
    <name>ComposeCommand</name>
    <message>
        <source>Open Stamp's window with a new message. Each mailto: link (RFC 6068) fills in a message's To, Cc, Bcc, subject and text; nothing is sent until you send it. Other fields a link carries (attachments, the sender, other headers) are left out and named in the window. When Stamp is already open, the message opens there. 'stamp mailto:...' does the same.</source>
        <translation>Öffnet das Fenster von Stamp mit einer neuen Nachricht. Jeder mailto:-Link (RFC 6068) füllt An, Cc, Bcc, Betreff und Text einer Nachricht aus; gesendet wird erst, wenn Sie senden. Andere Felder eines Links (Anhänge, Absender, weitere Kopfzeilen) werden weggelassen und im Fenster genannt. Ist Stamp bereits geöffnet, erscheint die Nachricht dort. 'stamp mailto:...' bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>mailto: links, one message each.</source>
        <translation>mailto:-Links, je eine Nachricht.</translation>
    </message>
    <message>
        <source>"%1" is not a mailto: link.</source>
        <translation>"%1" ist kein mailto:-Link.</translation>
    </message>
    <message>
        <source>Run 'stamp compose --help' for the usage.</source>
        <translation>Die Verwendung zeigt 'stamp compose --help'.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ConnectionSetup</name>
    <message>
        <source>No server host name was given.</source>
        <translation>Es wurde kein Hostname für den Server angegeben.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).</source>
        <translation>Der hinterlegte Zertifikat-Fingerabdruck besteht nicht aus 64 Hexadezimalziffern (SHA-256).</translation>
    </message>
    <message>
        <source>The CA file "%1" cannot be read: %2.</source>
        <translation>Die CA-Datei "%1" kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The CA file "%1" holds no PEM certificate.</source>
        <translation>Die CA-Datei "%1" enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <extracomment>%1 is a host name, %2 a port number, %3 the security mode (starttls, tls or none)</extracomment>
        <translation>Verbindungsaufbau zu %1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <extracomment>%1 is an IP address, %2 a port number</extracomment>
        <translation>Verbunden mit %1, Port %2</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Der Server hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Certificate not verified (%1), but it is the pinned certificate %2</source>
        <extracomment>%1 lists the certificate errors; %2 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Zertifikat nicht verifiziert (%1), aber es ist das hinterlegte Zertifikat %2</translation>
    </message>
    <message>
        <source>Certificate verification failed: %1</source>
        <extracomment>%1 lists the certificate errors</extracomment>
        <translation>Zertifikatsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server's certificate (SHA-256 %1) is not the pinned one.</source>
        <extracomment>%1 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Das Zertifikat des Servers (SHA-256 %1) ist nicht das hinterlegte.</translation>
    </message>
    <message>
        <source>The certificate does not name %1 among its DNS names (%2); its common name does not count when it lists any (RFC 6125).</source>
        <extracomment>%1 is a host name; %2 lists the DNS names in the certificate</extracomment>
        <translation>Das Zertifikat nennt %1 nicht unter seinen DNS-Namen (%2); sein Common Name zählt nicht, wenn es DNS-Namen aufführt (RFC 6125).</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4, valid until %5; %6</source>
        <extracomment>TLS summary in the log: %1 is the TLS version, %2 the cipher, %3 and %4 the certificate's subject and issuer, %5 its expiry date, %6 "trusted by pin" or "verified"</extracomment>
        <translation>%1, %2; Zertifikat %3, ausgestellt von %4, gültig bis %5; %6</translation>
    </message>
    <message>
        <source>trusted by pin</source>
        <translation>über Pin vertraut</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>Server offers: %1</source>
        <extracomment>%1 lists the SMTP extensions the server announced</extracomment>
        <translation>Server bietet an: %1</translation>
    </message>
    <message>
        <source>EHLO refused; trying HELO</source>
        <translation>EHLO abgelehnt; HELO wird versucht</translation>
    </message>
    <message>
        <source>The server refused EHLO: %1</source>
        <translation>Der Server hat EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused HELO: %1</source>
        <translation>Der Server hat HELO abgelehnt: %1</translation>
    </message>
    <message>
        <source>Server speaks plain SMTP (no extensions)</source>
        <translation>Server spricht einfaches SMTP (keine Erweiterungen)</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, which this account requires.</source>
        <translation>Der Server bietet kein STARTTLS an, das dieses Konto jedoch verlangt.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sent after the 220, before TLS (discarded): "%1"</source>
        <extracomment>%1 is the data the server sent</extracomment>
        <translation>Nach der 220 und vor TLS gesendet (verworfen): "%1"</translation>
    </message>
    <message>
        <source>The server sent unexpected data right after agreeing to STARTTLS.</source>
        <translation>Der Server hat direkt nach der Zustimmung zu STARTTLS unerwartete Daten gesendet.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 through %3</source>
        <extracomment>%1 is a host name, %2 a port number, %3 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>Verbindungsaufbau zu %1:%2 über %3</translation>
    </message>
    <message>
        <source>The host name of %1 could not be found.</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy proxy.example:1080"</extracomment>
        <translation>Der Hostname wurde nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is it running?</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>%1 hat die Verbindung abgelehnt: Läuft er?</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password.</source>
        <extracomment>%1 names the proxy</extracomment>
        <translation>%1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>%1 refused the login of %2.</source>
        <extracomment>%1 names the proxy, %2 is a user name</extracomment>
        <translation>%1 hat die Anmeldung von %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 does not allow connections to %2 port %3.</source>
        <extracomment>%1 names the proxy, %2 a host name, %3 a port number</extracomment>
        <translation>%1 erlaubt keine Verbindungen zu %2, Port %3.</translation>
    </message>
    <message>
        <source>%1 could not reach %2 port %3: %4</source>
        <extracomment>%1 names the proxy, %2 a host name, %3 a port number, %4 what the proxy reported</extracomment>
        <translation>%1 konnte %2, Port %3 nicht erreichen: %4</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 names the proxy, %2 is the network library's error message</extracomment>
        <translation>Fehler bei %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleReport</name>
    <message numerus="yes">
        <source>Sent to %n recipient(s): %1</source>
        <translation>
            <numerusform>An %n Empfänger gesendet: %1</numerusform>
            <numerusform>An %n Empfänger gesendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>stamp: outcome unknown</source>
        <translation>stamp: Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>stamp: not sent</source>
        <translation>stamp: nicht gesendet</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was Sie tun können: %1</translation>
    </message>
    <message>
        <source>The whole message had been sent before the connection failed, so the server may have accepted it. Check the recipients' mailboxes or the Sent folder before sending it again.</source>
        <translation>Die ganze Nachricht war gesendet, bevor die Verbindung abbrach, daher hat der Server sie möglicherweise angenommen. Prüfen Sie die Postfächer der Empfänger oder den Ordner „Gesendet“, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Refused: %1 - %2</source>
        <translation>Abgelehnt: %1 - %2</translation>
    </message>
    <message>
        <source>TLS:          not used</source>
        <translation>TLS:            nicht verwendet</translation>
    </message>
    <message>
        <source>TLS:          %1, %2</source>
        <translation>TLS:            %1, %2</translation>
    </message>
    <message>
        <source>TLS:          handshake not completed</source>
        <translation>TLS:            Handshake nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Certificate:  %1</source>
        <translation>Zertifikat:     %1</translation>
    </message>
    <message>
        <source>Issuer:       %1</source>
        <translation>Aussteller:     %1</translation>
    </message>
    <message>
        <source>Names:        %1</source>
        <translation>Namen:          %1</translation>
    </message>
    <message>
        <source>Valid:        %1 to %2</source>
        <translation>Gültig:         %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256:      %1</source>
        <translation>SHA-256:        %1</translation>
    </message>
    <message>
        <source>Trust:        pinned certificate (%1)</source>
        <translation>Vertrauen:      hinterlegtes Zertifikat (%1)</translation>
    </message>
    <message>
        <source>Trust:        verified</source>
        <translation>Vertrauen:      verifiziert</translation>
    </message>
    <message>
        <source>Trust:        NOT verified: %1</source>
        <translation>Vertrauen:      NICHT verifiziert: %1</translation>
    </message>
    <message>
        <source>The server presented this certificate:</source>
        <translation>Der Server hat dieses Zertifikat vorgelegt:</translation>
    </message>
    <message>
        <source>Only if you have confirmed this fingerprint with the server's administrator, you can trust exactly this certificate with:</source>
        <translation>Nur wenn Sie diesen Fingerabdruck mit dem Administrator des Servers abgeglichen haben, können Sie genau diesem Zertifikat so vertrauen:</translation>
    </message>
    <message>
        <source>Extensions:   %1</source>
        <translation>Erweiterungen:  %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCatalog</name>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Either it is misspelled, or this computer is not connected to the internet.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Entweder ist er falsch geschrieben, oder dieser Computer ist nicht mit dem Internet verbunden.</translation>
    </message>
    <message>
        <source>Check the server name in the account (for example smtp.gmail.com, not gmail.com) and your internet connection.</source>
        <translation>Prüfen Sie den Servernamen im Konto (zum Beispiel smtp.gmail.com, nicht gmail.com) und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The mail server is not answering right now</source>
        <translation>Der Mailserver antwortet gerade nicht</translation>
    </message>
    <message>
        <source>%1 has accepted connections from Stamp before but cannot be reached now: it is probably restarting or down for maintenance.</source>
        <translation>%1 hat schon früher Verbindungen von Stamp angenommen, ist aber jetzt nicht erreichbar: Wahrscheinlich wird er neu gestartet oder gewartet.</translation>
    </message>
    <message>
        <source>Nothing to change: the message waits in the Outbox, Stamp tries again every minute and sends it as soon as the server answers. If this lasts for hours, ask your provider whether the service is down.</source>
        <translation>Sie müssen nichts ändern: Die Nachricht wartet im Postausgang, Stamp versucht es jede Minute erneut und sendet sie, sobald der Server antwortet. Dauert das Stunden, fragen Sie Ihren Anbieter, ob der Dienst gestört ist.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>%1 refused the connection on this port: no mail service is listening there, or a firewall rejects it.</source>
        <translation>%1 hat die Verbindung auf diesem Port abgelehnt: Dort lauscht kein Maildienst, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <source>Check the port in the account: 587 with STARTTLS or 465 with SSL/TLS are the usual ones for sending. If they are right, the server may be down; try again later.</source>
        <translation>Prüfen Sie den Port im Konto: Zum Senden üblich sind 587 mit STARTTLS oder 465 mit SSL/TLS. Stimmt er, ist der Server vielleicht ausgefallen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No network route to the server</source>
        <translation>Keine Netzwerkroute zum Server</translation>
    </message>
    <message>
        <source>This computer has no way to reach %1: it is offline, or the network (a VPN or firewall) blocks the way.</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar: Der Computer ist offline, oder das Netzwerk (ein VPN oder eine Firewall) versperrt den Weg.</translation>
    </message>
    <message>
        <source>Check your internet connection; the message can go once you are back online.</source>
        <translation>Prüfen Sie Ihre Internetverbindung; die Nachricht kann gesendet werden, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt in time. The server may be down, or a firewall may silently drop connections to this port.</source>
        <translation>%1 hat nicht rechtzeitig auf den Verbindungsversuch geantwortet. Der Server ist vielleicht ausgefallen, oder eine Firewall verwirft Verbindungen zu diesem Port stillschweigend.</translation>
    </message>
    <message>
        <source>Check the server name and port. Some public and hotel networks block mail ports; try another network, or try again later.</source>
        <translation>Prüfen Sie Servername und Port. Manche öffentlichen Netze und Hotelnetze sperren Mail-Ports; versuchen Sie es über ein anderes Netz oder später erneut.</translation>
    </message>
    <message>
        <source>The server never said hello</source>
        <translation>Der Server hat sich nie gemeldet</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting. Usually the port expects encryption from the start (SSL/TLS, typically port 465) while the account is set to STARTTLS or no encryption.</source>
        <translation>%1 hat die Verbindung angenommen, aber keine Begrüßung gesendet. Meist erwartet der Port Verschlüsselung von Anfang an (SSL/TLS, typischerweise Port 465), während das Konto auf STARTTLS oder keine Verschlüsselung eingestellt ist.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS for port 465, or STARTTLS for port 587. If the settings are right, the server may be overloaded; try again later.</source>
        <translation>Stellen Sie die Verbindungssicherheit für Port 465 auf SSL/TLS oder für Port 587 auf STARTTLS. Stimmen die Einstellungen, ist der Server vielleicht überlastet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No confirmation: the message may have been sent</source>
        <translation>Keine Bestätigung: Die Nachricht wurde möglicherweise gesendet</translation>
    </message>
    <message>
        <source>No reply came from %1 %2, so it is not known whether the server accepted the message: it may have been delivered.</source>
        <translation>%1 hat %2 nicht geantwortet, daher ist nicht bekannt, ob die Nachricht angenommen wurde: Sie wurde möglicherweise zugestellt.</translation>
    </message>
    <message>
        <source>Before sending again, ask a recipient or look in your webmail's Sent folder whether it arrived, so that it is not delivered twice.</source>
        <translation>Bevor Sie erneut senden, fragen Sie einen Empfänger oder sehen Sie im Ordner „Gesendet“ Ihres Webmails nach, ob sie angekommen ist, damit sie nicht doppelt zugestellt wird.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>The time limit ran out %2 without a response from %1. The message was not sent.</source>
        <translation>%1 hat %2 nicht rechtzeitig geantwortet. Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Try again later. If it stops at the same step every time, send the session log to the server's administrator.</source>
        <translation>Versuchen Sie es später erneut. Bricht es jedes Mal an derselben Stelle ab, senden Sie das Sitzungsprotokoll an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>Connection lost: the message may have been sent</source>
        <translation>Verbindung abgebrochen: Die Nachricht wurde möglicherweise gesendet</translation>
    </message>
    <message>
        <source>The connection to %1 was lost %2, so it is not known whether the server accepted the message: it may have been delivered.</source>
        <translation>Die Verbindung ist %2 abgebrochen, daher ist nicht bekannt, ob %1 die Nachricht angenommen hat: Sie wurde möglicherweise zugestellt.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The connection to %1 ended unexpectedly %2, without a reason given. The message was not sent.</source>
        <translation>%1 hat die Verbindung %2 unerwartet und ohne Angabe von Gründen beendet. Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Try again later. If it happens every time, check that the security setting matches the port and look at the session log.</source>
        <translation>Versuchen Sie es später erneut. Passiert es jedes Mal, prüfen Sie, ob die Verbindungssicherheit zum Port passt, und sehen Sie sich das Sitzungsprotokoll an.</translation>
    </message>
    <message>
        <source>The server's answer was not valid SMTP</source>
        <translation>Die Antwort des Servers war kein gültiges SMTP</translation>
    </message>
    <message>
        <source>Stamp received an answer from %1 %2 that does not follow the mail protocol, so it stopped. The port may belong to another service, or something on the network is interfering.</source>
        <translation>%1 hat %2 eine Antwort gesendet, die nicht dem Mailprotokoll entspricht, daher hat Stamp abgebrochen. Der Port gehört vielleicht zu einem anderen Dienst, oder etwas im Netzwerk stört.</translation>
    </message>
    <message>
        <source>Check that the host and port are your provider's mail sending server (port 587 or 465). If they are, try another network and send the session log to the server's administrator.</source>
        <translation>Prüfen Sie, ob Host und Port zum Postausgangs-Server Ihres Anbieters gehören (Port 587 oder 465). Ist das der Fall, versuchen Sie es über ein anderes Netz und senden Sie das Sitzungsprotokoll an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending failed %2, for a reason Stamp cannot pin down further.</source>
        <translation>Das Senden ist %2 fehlgeschlagen, aus einem Grund, den Stamp nicht näher bestimmen kann.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, look at the session log, or send it to Stamp's developers.</source>
        <translation>Versuchen Sie es erneut. Schlägt es weiterhin fehl, sehen Sie sich das Sitzungsprotokoll an oder senden Sie es an die Entwickler von Stamp.</translation>
    </message>
    <message>
        <source>Google needs an app password</source>
        <translation>Google verlangt ein App-Passwort</translation>
    </message>
    <message>
        <source>Your Google account uses 2-Step Verification, so Gmail does not accept your normal password from a mail program.</source>
        <translation>Ihr Google-Konto verwendet die Bestätigung in zwei Schritten, daher akzeptiert Gmail Ihr normales Passwort nicht aus einem Mailprogramm.</translation>
    </message>
    <message>
        <source>Create an app password in your Google Account (Security, 2-Step Verification, App passwords; myaccount.google.com/apppasswords) and enter it as this account's password. Or switch the account to OAuth sign-in with Google.</source>
        <translation>Erstellen Sie in Ihrem Google-Konto ein App-Passwort (Sicherheit, Bestätigung in zwei Schritten, App-Passwörter; myaccount.google.com/apppasswords) und geben Sie es als Passwort dieses Kontos ein. Oder stellen Sie das Konto auf OAuth-Anmeldung bei Google um.</translation>
    </message>
    <message>
        <source>Google wants you to confirm this sign-in</source>
        <translation>Google möchte, dass Sie diese Anmeldung bestätigen</translation>
    </message>
    <message>
        <source>Google found this sign-in unusual and blocked it until you confirm it in a web browser.</source>
        <translation>Google hält diese Anmeldung für ungewöhnlich und hat sie blockiert, bis Sie sie in einem Webbrowser bestätigen.</translation>
    </message>
    <message>
        <source>Sign in to Gmail in a web browser on this computer, answer any security prompt, then send again. An app password or OAuth sign-in avoids this check.</source>
        <translation>Melden Sie sich auf diesem Computer in einem Webbrowser bei Gmail an, beantworten Sie etwaige Sicherheitsabfragen und senden Sie dann erneut. Mit einem App-Passwort oder der OAuth-Anmeldung entfällt diese Prüfung.</translation>
    </message>
    <message>
        <source>Gmail did not accept the user name or password</source>
        <translation>Gmail hat Benutzername oder Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>Google refused the sign-in. Gmail does not accept your normal Google password from mail programs: it needs an app password (or OAuth), and the user name must be your full address.</source>
        <translation>Google hat die Anmeldung abgelehnt. Gmail akzeptiert Ihr normales Google-Passwort nicht aus Mailprogrammen: Es verlangt ein App-Passwort (oder OAuth), und der Benutzername muss Ihre vollständige Adresse sein.</translation>
    </message>
    <message>
        <source>Use your full Gmail address as the user name. Turn on 2-Step Verification, create an app password at myaccount.google.com/apppasswords and enter it as the password; or switch the account to OAuth sign-in with Google.</source>
        <translation>Verwenden Sie Ihre vollständige Gmail-Adresse als Benutzernamen. Aktivieren Sie die Bestätigung in zwei Schritten, erstellen Sie unter myaccount.google.com/apppasswords ein App-Passwort und geben Sie es als Passwort ein; oder stellen Sie das Konto auf OAuth-Anmeldung bei Google um.</translation>
    </message>
    <message>
        <source>Daily sending limit reached</source>
        <translation>Tageslimit für das Senden erreicht</translation>
    </message>
    <message>
        <source>Your account has sent as many messages or recipients as the provider allows in a day (Gmail allows about 500), so this message was not sent.</source>
        <translation>Ihr Konto hat bereits so viele Nachrichten gesendet oder Empfänger angeschrieben, wie der Anbieter an einem Tag erlaubt (Gmail erlaubt etwa 500), daher wurde diese Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>Wait up to 24 hours before sending again, and send to fewer recipients at a time. For regular mass mailings use a bulk-mail service.</source>
        <translation>Warten Sie bis zu 24 Stunden, bevor Sie erneut senden, und senden Sie an weniger Empfänger auf einmal. Für regelmäßige Massensendungen nutzen Sie einen Dienst für Massenversand.</translation>
    </message>
    <message>
        <source>Microsoft does not let this mailbox send through SMTP</source>
        <translation>Microsoft lässt dieses Postfach nicht über SMTP senden</translation>
    </message>
    <message>
        <source>You signed in with Microsoft and the sign-in worked, but your organisation (its Microsoft 365 tenant) has sending through SMTP switched off for this mailbox. Signing in again does not change that.</source>
        <translation>Sie haben sich bei Microsoft angemeldet, und die Anmeldung hat funktioniert, aber Ihre Organisation (ihr Microsoft 365-Mandant) hat das Senden über SMTP für dieses Postfach ausgeschaltet. Eine erneute Anmeldung ändert daran nichts.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to turn on Authenticated SMTP for this mailbox (in the Microsoft 365 admin center: Users, the mailbox, Mail, Manage email apps) or for the organisation. Nothing in Stamp needs to change; send again once it is on.</source>
        <translation>Bitten Sie Ihren Microsoft 365-Administrator, „Authentifiziertes SMTP“ für dieses Postfach (im Microsoft 365 Admin Center: Benutzer, das Postfach, E-Mail, E-Mail-Apps verwalten) oder für die Organisation einzuschalten. In Stamp muss nichts geändert werden; senden Sie erneut, sobald es eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Microsoft has password sign-in for sending switched off</source>
        <translation>Microsoft hat die Anmeldung mit Passwort zum Senden ausgeschaltet</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in because sending with a password (SMTP AUTH) is disabled for your organisation or mailbox. Your password may well be correct.</source>
        <translation>Microsoft hat die Anmeldung abgelehnt, weil das Senden mit Passwort (SMTP AUTH) für Ihre Organisation oder Ihr Postfach deaktiviert ist. Ihr Passwort kann durchaus richtig sein.</translation>
    </message>
    <message>
        <source>Switch the account to OAuth sign-in, which Microsoft supports. For a work account your administrator can instead enable SMTP AUTH for your mailbox in the Microsoft 365 admin center (see aka.ms/smtp_auth_disabled).</source>
        <translation>Stellen Sie das Konto auf OAuth-Anmeldung um, die Microsoft unterstützt. Bei einem Arbeitskonto kann stattdessen Ihr Administrator SMTP AUTH für Ihr Postfach im Microsoft 365 Admin Center aktivieren (siehe aka.ms/smtp_auth_disabled).</translation>
    </message>
    <message>
        <source>Microsoft did not accept the user name or password</source>
        <translation>Microsoft hat Benutzername oder Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>Microsoft says the user name or the password is wrong.</source>
        <translation>Microsoft meldet, dass der Benutzername oder das Passwort falsch ist.</translation>
    </message>
    <message>
        <source>Use your full email address as the user name and check the password. If your account uses multi-factor sign-in, a normal password does not work here: switch the account to OAuth sign-in.</source>
        <translation>Verwenden Sie Ihre vollständige E-Mail-Adresse als Benutzernamen und prüfen Sie das Passwort. Verwendet Ihr Konto die mehrstufige Authentifizierung, funktioniert ein normales Passwort hier nicht: Stellen Sie das Konto auf OAuth-Anmeldung um.</translation>
    </message>
    <message>
        <source>Microsoft blocked this sign-in</source>
        <translation>Microsoft hat diese Anmeldung blockiert</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in because of a rule on the account, such as security defaults, conditional access or a locked account.</source>
        <translation>Microsoft hat die Anmeldung wegen einer Regel für das Konto abgelehnt, etwa Sicherheitsstandards, bedingter Zugriff oder ein gesperrtes Konto.</translation>
    </message>
    <message>
        <source>Sign in at outlook.office.com to check the account, then ask your administrator. OAuth sign-in usually works where password sign-in is blocked.</source>
        <translation>Melden Sie sich bei outlook.office.com an, um das Konto zu prüfen, und fragen Sie dann Ihren Administrator. Die OAuth-Anmeldung funktioniert meist auch dort, wo die Anmeldung mit Passwort blockiert ist.</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in</source>
        <translation>Microsoft hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Microsoft reported the sign-in as unsuccessful: either the user name or password is wrong, or sending with a password (SMTP AUTH) is off for this mailbox.</source>
        <translation>Microsoft meldet die Anmeldung als nicht erfolgreich: Entweder ist der Benutzername oder das Passwort falsch, oder das Senden mit Passwort (SMTP AUTH) ist für dieses Postfach ausgeschaltet.</translation>
    </message>
    <message>
        <source>Check that the user name is your full address and the password is current. If they are, switch the account to OAuth sign-in, or ask your administrator to enable Authenticated SMTP for your mailbox.</source>
        <translation>Prüfen Sie, ob der Benutzername Ihre vollständige Adresse ist und das Passwort aktuell ist. Ist beides der Fall, stellen Sie das Konto auf OAuth-Anmeldung um oder bitten Sie Ihren Administrator, „Authentifiziertes SMTP“ für Ihr Postfach zu aktivieren.</translation>
    </message>
    <message>
        <source>Microsoft requires you to sign in</source>
        <translation>Microsoft verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>Microsoft 365 accepts mail only after the sender has signed in, and this session did not sign in.</source>
        <translation>Microsoft 365 nimmt Nachrichten erst an, nachdem sich der Absender angemeldet hat, und in dieser Sitzung hat keine Anmeldung stattgefunden.</translation>
    </message>
    <message>
        <source>Enter your full address as the user name and choose OAuth sign-in (or a password if your organisation allows it), with STARTTLS on port 587 of smtp.office365.com.</source>
        <translation>Geben Sie Ihre vollständige Adresse als Benutzernamen ein und wählen Sie die OAuth-Anmeldung (oder ein Passwort, falls Ihre Organisation es erlaubt), mit STARTTLS auf Port 587 von smtp.office365.com.</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts password sign-in</source>
        <translation>Microsoft akzeptiert keine Anmeldung mit Passwort mehr</translation>
    </message>
    <message>
        <source>Microsoft has switched off sending with a user name and password (basic authentication) for this account.</source>
        <translation>Microsoft hat das Senden mit Benutzername und Passwort (Standardauthentifizierung) für dieses Konto ausgeschaltet.</translation>
    </message>
    <message>
        <source>Switch the account to OAuth sign-in. Outlook.com and Hotmail accounts have no app-password alternative; for a work account, only your administrator can re-enable password sign-in.</source>
        <translation>Stellen Sie das Konto auf OAuth-Anmeldung um. Für Outlook.com- und Hotmail-Konten gibt es keine Alternative mit App-Passwort; bei einem Arbeitskonto kann nur Ihr Administrator die Anmeldung mit Passwort wieder aktivieren.</translation>
    </message>
    <message>
        <source>Not allowed to send as this address</source>
        <translation>Senden mit dieser Adresse nicht erlaubt</translation>
    </message>
    <message>
        <source>The account you signed in with is not allowed to send with this message's From address.</source>
        <translation>Das Konto, mit dem Sie angemeldet sind, darf nicht mit der Absenderadresse (From) dieser Nachricht senden.</translation>
    </message>
    <message>
        <source>Send from the address that belongs to the account you signed in with, or ask your administrator to give this account "Send As" permission for that address.</source>
        <translation>Senden Sie von der Adresse, die zu dem Konto gehört, mit dem Sie angemeldet sind, oder bitten Sie Ihren Administrator, diesem Konto die Berechtigung "Send As" für diese Adresse zu erteilen.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable</source>
        <translation>Der Server ist vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The connection to %1 was closed %2: the server cannot serve you right now (it may be busy, under maintenance, or limiting how often you connect). The message was not sent.</source>
        <translation>%1 hat die Verbindung %2 geschlossen: Der Server kann Sie gerade nicht bedienen (er ist vielleicht ausgelastet, wird gewartet oder begrenzt, wie oft Sie sich verbinden). Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it keeps happening, leave more time between sends.</source>
        <translation>Versuchen Sie es später erneut; Sie müssen nichts ändern. Passiert es immer wieder, lassen Sie mehr Zeit zwischen den Sendevorgängen.</translation>
    </message>
    <message>
        <source>The server refused your connection</source>
        <translation>Der Server hat Ihre Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>%1 turned the connection away, usually because your network address is on a block list or the server does not take mail from your network.</source>
        <translation>%1 hat die Verbindung abgewiesen, meist weil Ihre Netzwerkadresse auf einer Sperrliste steht oder der Server keine Nachrichten aus Ihrem Netzwerk annimmt.</translation>
    </message>
    <message>
        <source>Make sure you use your provider's sending server on port 587 or 465 (not port 25), try another network (for example without a VPN), or ask the administrator to unblock your address.</source>
        <translation>Verwenden Sie den Postausgangs-Server Ihres Anbieters auf Port 587 oder 465 (nicht Port 25), versuchen Sie es über ein anderes Netz (zum Beispiel ohne VPN) oder bitten Sie den Administrator, Ihre Adresse freizugeben.</translation>
    </message>
    <message>
        <source>The server requires encryption</source>
        <translation>Der Server verlangt Verschlüsselung</translation>
    </message>
    <message>
        <source>%1 refuses to go on until the connection is encrypted, and this account is set to connect without encryption.</source>
        <translation>%1 macht erst weiter, wenn die Verbindung verschlüsselt ist, und dieses Konto ist auf Verbindungen ohne Verschlüsselung eingestellt.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>Stellen Sie die Verbindungssicherheit auf STARTTLS (Port 587) oder SSL/TLS (Port 465).</translation>
    </message>
    <message>
        <source>Too many sign-in attempts</source>
        <translation>Zu viele Anmeldeversuche</translation>
    </message>
    <message>
        <source>%1 is refusing sign-ins for a while because there were too many recently, from this program or others using the same account.</source>
        <translation>%1 lehnt Anmeldungen eine Zeit lang ab, weil es zuletzt zu viele gab, von diesem Programm oder von anderen, die dasselbe Konto verwenden.</translation>
    </message>
    <message>
        <source>Wait a few minutes to an hour, then try again. If another device or program still uses an old password for this account, update or stop it first.</source>
        <translation>Warten Sie einige Minuten bis zu einer Stunde und versuchen Sie es dann erneut. Verwendet ein anderes Gerät oder Programm noch ein altes Passwort für dieses Konto, aktualisieren oder beenden Sie es zuerst.</translation>
    </message>
    <message>
        <source>Your password needs to be changed</source>
        <translation>Ihr Passwort muss geändert werden</translation>
    </message>
    <message>
        <source>%1 wants you to change your password (for example after a move to a new sign-in system) before it accepts this sign-in.</source>
        <translation>%1 verlangt, dass Sie Ihr Passwort ändern (zum Beispiel nach dem Umstieg auf ein neues Anmeldesystem), bevor diese Anmeldung akzeptiert wird.</translation>
    </message>
    <message>
        <source>Sign in once on your provider's web page and follow its instructions, then enter the new password in Stamp.</source>
        <translation>Melden Sie sich einmal auf der Webseite Ihres Anbieters an und folgen Sie den Anweisungen; geben Sie dann das neue Passwort in Stamp ein.</translation>
    </message>
    <message>
        <source>Sign-in failed temporarily</source>
        <translation>Anmeldung vorübergehend fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not check your credentials because of a temporary problem on its side.</source>
        <translation>%1 konnte Ihre Zugangsdaten wegen eines vorübergehenden Problems auf seiner Seite nicht prüfen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; nothing needs to change.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; Sie müssen nichts ändern.</translation>
    </message>
    <message>
        <source>This sign-in needs encryption</source>
        <translation>Diese Anmeldung erfordert Verschlüsselung</translation>
    </message>
    <message>
        <source>%1 accepts this sign-in method only over an encrypted connection.</source>
        <translation>%1 akzeptiert diese Anmeldemethode nur über eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS (port 465) or STARTTLS (port 587).</source>
        <translation>Stellen Sie die Verbindungssicherheit auf SSL/TLS (Port 465) oder STARTTLS (Port 587).</translation>
    </message>
    <message>
        <source>The server requires you to sign in</source>
        <translation>Der Server verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>%1 accepts mail only from people who have signed in, and this session did not sign in.</source>
        <translation>%1 nimmt Nachrichten nur von angemeldeten Benutzern an, und in dieser Sitzung hat keine Anmeldung stattgefunden.</translation>
    </message>
    <message>
        <source>Enter your user name and password (or choose OAuth) in the account settings. Check also that this is your provider's sending server (port 587 or 465), not its server for incoming mail.</source>
        <translation>Geben Sie in den Kontoeinstellungen Ihren Benutzernamen und Ihr Passwort ein (oder wählen Sie OAuth). Prüfen Sie auch, ob dies der Postausgangs-Server Ihres Anbieters ist (Port 587 oder 465) und nicht sein Server für eingehende Nachrichten.</translation>
    </message>
    <message>
        <source>The server wants a stronger sign-in method</source>
        <translation>Der Server verlangt eine sicherere Anmeldemethode</translation>
    </message>
    <message>
        <source>%1 refused the sign-in method Stamp used as too weak for this account.</source>
        <translation>%1 hat die von Stamp verwendete Anmeldemethode für dieses Konto als zu schwach abgelehnt.</translation>
    </message>
    <message>
        <source>Choose a stronger sign-in method in the account settings (SCRAM-SHA-256 or OAuth), or, if your provider uses app passwords, create one and use it as the password.</source>
        <translation>Wählen Sie in den Kontoeinstellungen eine sicherere Anmeldemethode (SCRAM-SHA-256 oder OAuth) oder, falls Ihr Anbieter App-Passwörter verwendet, erstellen Sie eines und verwenden Sie es als Passwort.</translation>
    </message>
    <message>
        <source>The server does not support this sign-in method</source>
        <translation>Der Server unterstützt diese Anmeldemethode nicht</translation>
    </message>
    <message>
        <source>%1 does not accept the sign-in method this account is set to use.</source>
        <translation>%1 akzeptiert die Anmeldemethode nicht, auf die dieses Konto eingestellt ist.</translation>
    </message>
    <message>
        <source>Set the sign-in method to Automatic so Stamp picks one the server offers, or choose one listed in the session log.</source>
        <translation>Stellen Sie die Anmeldemethode auf „Automatisch“, damit Stamp eine wählt, die der Server anbietet, oder wählen Sie eine, die im Sitzungsprotokoll aufgeführt ist.</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <translation>Benutzername oder Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>%1 rejected the sign-in: the user name or password is wrong, or the account does not let mail programs sign in with its normal password.</source>
        <translation>%1 hat die Anmeldung abgewiesen: Benutzername oder Passwort ist falsch, oder das Konto erlaubt Mailprogrammen keine Anmeldung mit dem normalen Passwort.</translation>
    </message>
    <message>
        <source>Check the user name (often your full address) and the password. Many providers (Yahoo, iCloud, AOL, Fastmail, Zoho, Yandex, QQ, 163.com) need an app password or authorization code created in the account's security settings instead.</source>
        <translation>Prüfen Sie den Benutzernamen (oft Ihre vollständige Adresse) und das Passwort. Viele Anbieter (Yahoo, iCloud, AOL, Fastmail, Zoho, Yandex, QQ, 163.com) verlangen stattdessen ein App-Passwort oder einen Autorisierungscode, den Sie in den Sicherheitseinstellungen des Kontos erstellen.</translation>
    </message>
    <message>
        <source>The server will not pass mail on to this recipient</source>
        <translation>Der Server leitet keine Nachrichten an diesen Empfänger weiter</translation>
    </message>
    <message>
        <source>%1 delivers to outside addresses only for people who have signed in, so it refused this recipient (relay denied).</source>
        <translation>%1 stellt an externe Adressen nur für angemeldete Benutzer zu, daher wurde dieser Empfänger abgelehnt (Relaying verweigert).</translation>
    </message>
    <message>
        <source>Enter your user name and password in the account settings, and make sure you use your own provider's sending server on port 587 or 465, not the recipient's server.</source>
        <translation>Geben Sie in den Kontoeinstellungen Ihren Benutzernamen und Ihr Passwort ein und stellen Sie sicher, dass Sie den Postausgangs-Server Ihres eigenen Anbieters auf Port 587 oder 465 verwenden, nicht den Server des Empfängers.</translation>
    </message>
    <message>
        <source>The recipient's address does not exist</source>
        <translation>Die Adresse des Empfängers existiert nicht</translation>
    </message>
    <message>
        <source>The server says there is no mailbox with this recipient address.</source>
        <translation>Der Server meldet, dass es kein Postfach mit dieser Empfängeradresse gibt.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or ask the recipient for their current address.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler oder fragen Sie den Empfänger nach seiner aktuellen Adresse.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>Das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>The recipient's mailbox has no room for new messages.</source>
        <translation>Im Postfach des Empfängers ist kein Platz für neue Nachrichten.</translation>
    </message>
    <message>
        <source>Try again later, or tell the recipient another way so that they can free up space.</source>
        <translation>Versuchen Sie es später erneut, oder benachrichtigen Sie den Empfänger auf anderem Weg, damit er Platz schaffen kann.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>%1 accepts only a limited number of recipients per message, and this message has more.</source>
        <translation>%1 akzeptiert nur eine begrenzte Anzahl von Empfängern pro Nachricht, und diese Nachricht hat mehr.</translation>
    </message>
    <message>
        <source>Split the recipients into smaller groups and send one message per group (Google Workspace, for example, takes 100 per message).</source>
        <translation>Teilen Sie die Empfänger in kleinere Gruppen auf und senden Sie eine Nachricht pro Gruppe (Google Workspace zum Beispiel nimmt 100 pro Nachricht an).</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>%1 refused the message because it is larger than the server accepts. Attachments grow by about a third when encoded for mail, so files that look small enough can still be too large.</source>
        <translation>%1 hat die Nachricht abgelehnt, weil sie größer ist, als der Server annimmt. Anhänge wachsen bei der Kodierung für den Mailversand um etwa ein Drittel, daher können Dateien, die klein genug aussehen, trotzdem zu groß sein.</translation>
    </message>
    <message>
        <source>Remove or compress attachments, or share large files as links, then send again.</source>
        <translation>Entfernen oder komprimieren Sie Anhänge oder teilen Sie große Dateien als Links und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server is short of space</source>
        <translation>Der Server hat zu wenig Speicherplatz</translation>
    </message>
    <message>
        <source>%1 does not have the storage to accept this message right now.</source>
        <translation>%1 hat gerade nicht genug Speicherplatz, um diese Nachricht anzunehmen.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it lasts, tell the server's administrator.</source>
        <translation>Versuchen Sie es später erneut; Sie müssen nichts ändern. Hält es an, informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The mailbox is temporarily unavailable</source>
        <translation>Das Postfach ist vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 cannot use this mailbox right now: it may be busy, or the server delays first attempts on purpose (greylisting).</source>
        <translation>%1 kann dieses Postfach gerade nicht verwenden: Es ist vielleicht belegt, oder der Server verzögert erste Zustellversuche absichtlich (Greylisting).</translation>
    </message>
    <message>
        <source>The server had a temporary problem</source>
        <translation>Der Server hatte ein vorübergehendes Problem</translation>
    </message>
    <message>
        <source>%1 reported a temporary problem on its side %2; the message was not accepted.</source>
        <translation>%1 hat %2 ein vorübergehendes Problem auf seiner Seite gemeldet; die Nachricht wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it goes on for hours, send the session log to the server's administrator.</source>
        <translation>Versuchen Sie es später erneut; Sie müssen nichts ändern. Dauert es Stunden an, senden Sie das Sitzungsprotokoll an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server finds the sender address malformed</source>
        <translation>Der Server hält die Absenderadresse für fehlerhaft</translation>
    </message>
    <message>
        <source>%1 did not accept the form of the sender (From) address.</source>
        <translation>%1 hat die Form der Absenderadresse (From) nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the account's email address for typing mistakes, stray spaces or unusual characters.</source>
        <translation>Prüfen Sie die E-Mail-Adresse des Kontos auf Tippfehler, überzählige Leerzeichen oder ungewöhnliche Zeichen.</translation>
    </message>
    <message>
        <source>The server finds a recipient address malformed</source>
        <translation>Der Server hält eine Empfängeradresse für fehlerhaft</translation>
    </message>
    <message>
        <source>%1 did not accept the form of a recipient's address.</source>
        <translation>%1 hat die Form einer Empfängeradresse nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the recipient addresses for typing mistakes, stray spaces or unusual characters.</source>
        <translation>Prüfen Sie die Empfängeradressen auf Tippfehler, überzählige Leerzeichen oder ungewöhnliche Zeichen.</translation>
    </message>
    <message>
        <source>You may not send from this address</source>
        <translation>Sie dürfen nicht von dieser Adresse senden</translation>
    </message>
    <message>
        <source>The server does not handle this recipient</source>
        <translation>Der Server ist für diesen Empfänger nicht zuständig</translation>
    </message>
    <message>
        <source>%1 does not deliver mail for this recipient; its reply may name another address.</source>
        <translation>%1 stellt keine Nachrichten für diesen Empfänger zu; seine Antwort nennt vielleicht eine andere Adresse.</translation>
    </message>
    <message>
        <source>Check the recipient's address; if the server's reply in the session log names a new one, use that.</source>
        <translation>Prüfen Sie die Adresse des Empfängers; nennt die Antwort des Servers im Sitzungsprotokoll eine neue, verwenden Sie diese.</translation>
    </message>
    <message>
        <source>The server did not understand a command</source>
        <translation>Der Server hat einen Befehl nicht verstanden</translation>
    </message>
    <message>
        <source>%1 did not recognise a command Stamp sent %2. It may not be a mail sending server, or something on the network changed the command.</source>
        <translation>%1 hat einen Befehl, den Stamp %2 gesendet hat, nicht erkannt. Vielleicht ist es kein Postausgangs-Server, oder etwas im Netzwerk hat den Befehl verändert.</translation>
    </message>
    <message>
        <source>Check the host and port (587 or 465 for sending). If they are right, send the session log to the server's administrator or to Stamp's developers.</source>
        <translation>Prüfen Sie Host und Port (587 oder 465 zum Senden). Stimmen sie, senden Sie das Sitzungsprotokoll an den Administrator des Servers oder an die Entwickler von Stamp.</translation>
    </message>
    <message>
        <source>The server rejected a command's details</source>
        <translation>Der Server hat die Angaben eines Befehls abgelehnt</translation>
    </message>
    <message>
        <source>%1 said that a command Stamp sent %2 had invalid arguments.</source>
        <translation>%1 meldet, dass ein Befehl, den Stamp %2 gesendet hat, ungültige Argumente hatte.</translation>
    </message>
    <message>
        <source>Check the account settings (user name, sign-in method). If they look right, send the session log to Stamp's developers.</source>
        <translation>Prüfen Sie die Kontoeinstellungen (Benutzername, Anmeldemethode). Sehen sie richtig aus, senden Sie das Sitzungsprotokoll an die Entwickler von Stamp.</translation>
    </message>
    <message>
        <source>The server lacks a needed command</source>
        <translation>Dem Server fehlt ein benötigter Befehl</translation>
    </message>
    <message>
        <source>%1 does not implement a command Stamp needed %2.</source>
        <translation>%1 unterstützt einen Befehl nicht, den Stamp %2 benötigte.</translation>
    </message>
    <message>
        <source>Check that the host and port belong to a mail sending server (port 587 or 465). If they do, send the session log to the server's administrator.</source>
        <translation>Prüfen Sie, ob Host und Port zu einem Postausgangs-Server gehören (Port 587 oder 465). Ist das der Fall, senden Sie das Sitzungsprotokoll an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server expected commands in another order</source>
        <translation>Der Server erwartete Befehle in anderer Reihenfolge</translation>
    </message>
    <message>
        <source>%1 did not expect the command Stamp sent %2.</source>
        <translation>%1 hat den Befehl nicht erwartet, den Stamp %2 gesendet hat.</translation>
    </message>
    <message>
        <source>Try again. If it happens every time, send the session log to Stamp's developers.</source>
        <translation>Versuchen Sie es erneut. Passiert es jedes Mal, senden Sie das Sitzungsprotokoll an die Entwickler von Stamp.</translation>
    </message>
    <message>
        <source>The server does not support an option Stamp used</source>
        <translation>Der Server unterstützt eine von Stamp verwendete Option nicht</translation>
    </message>
    <message>
        <source>%1 rejected an option Stamp sent %2, such as the message size or a delivery notification request.</source>
        <translation>%1 hat eine Option abgelehnt, die Stamp %2 gesendet hat, etwa die Nachrichtengröße oder die Anforderung einer Zustellbenachrichtigung.</translation>
    </message>
    <message>
        <source>Turn off delivery notifications for this message and try again; if that does not help, send the session log to Stamp's developers.</source>
        <translation>Schalten Sie Zustellbenachrichtigungen für diese Nachricht aus und versuchen Sie es erneut; hilft das nicht, senden Sie das Sitzungsprotokoll an die Entwickler von Stamp.</translation>
    </message>
    <message>
        <source>The message was refused by a content rule</source>
        <translation>Die Nachricht wurde von einer Inhaltsregel abgelehnt</translation>
    </message>
    <message>
        <source>%1 refused the message because of a rule, for example a spam or virus check, or a restriction on content or attachments.</source>
        <translation>%1 hat die Nachricht wegen einer Regel abgelehnt, zum Beispiel einer Spam- oder Virenprüfung oder einer Beschränkung für Inhalte oder Anhänge.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the rule. Remove suspicious links or attachments (such as programs or archives of them) and try again, or ask the server's administrator.</source>
        <translation>Lesen Sie in der Antwort des Servers im Sitzungsprotokoll nach, welche Regel greift. Entfernen Sie verdächtige Links oder Anhänge (etwa Programme oder Archive mit Programmen) und versuchen Sie es erneut, oder fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation>Der Server hat die Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <source>%1 will not accept mail from this sender (From) address.</source>
        <translation>%1 nimmt keine Nachrichten von dieser Absenderadresse (From) an.</translation>
    </message>
    <message>
        <source>Check that the From address is spelled right and belongs to this account; the server's reply in the session log gives the reason.</source>
        <translation>Prüfen Sie, ob die From-Adresse richtig geschrieben ist und zu diesem Konto gehört; die Antwort des Servers im Sitzungsprotokoll nennt den Grund.</translation>
    </message>
    <message>
        <source>The server refused a recipient</source>
        <translation>Der Server hat einen Empfänger abgelehnt</translation>
    </message>
    <message>
        <source>%1 will not take mail for this recipient.</source>
        <translation>%1 nimmt keine Nachrichten für diesen Empfänger an.</translation>
    </message>
    <message>
        <source>Check the address. The server's reply in the session log gives the reason; if the address is right, reach the recipient another way.</source>
        <translation>Prüfen Sie die Adresse. Die Antwort des Servers im Sitzungsprotokoll nennt den Grund; ist die Adresse richtig, erreichen Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Der Server hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>%1 reported that the transaction failed and did not accept the message.</source>
        <translation>%1 meldet, dass die Transaktion fehlgeschlagen ist, und hat die Nachricht nicht angenommen.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the reason; sending it again unchanged will fail the same way. Ask the server's administrator if the reason is unclear.</source>
        <translation>Lesen Sie in der Antwort des Servers im Sitzungsprotokoll den Grund nach; unverändert erneut gesendet, scheitert die Nachricht auf dieselbe Weise. Fragen Sie den Administrator des Servers, wenn der Grund unklar ist.</translation>
    </message>
    <message>
        <source>The server reported a temporary problem</source>
        <translation>Der Server hat ein vorübergehendes Problem gemeldet</translation>
    </message>
    <message>
        <source>Stamp got a temporary error from %1 %2: the server cannot go on right now.</source>
        <translation>%1 hat %2 einen vorübergehenden Fehler gemeldet: Der Server kann gerade nicht weitermachen.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it lasts, the server's reply in the session log says more.</source>
        <translation>Versuchen Sie es später erneut; Sie müssen nichts ändern. Hält es an, sagt die Antwort des Servers im Sitzungsprotokoll mehr.</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Stamp got a permanent error from %1 %2, so trying again unchanged will fail the same way.</source>
        <translation>%1 hat %2 einen dauerhaften Fehler gemeldet, daher scheitert ein unveränderter neuer Versuch auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the reason and correct the account or the message, or ask the server's administrator.</source>
        <translation>Lesen Sie in der Antwort des Servers im Sitzungsprotokoll den Grund nach und korrigieren Sie das Konto oder die Nachricht, oder fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer</source>
        <translation>Der Server hat unerwartet geantwortet</translation>
    </message>
    <message>
        <source>Stamp got a reply from %1 %2 that does not fit at that point, so it stopped to be safe.</source>
        <translation>%1 hat %2 eine Antwort gegeben, die an dieser Stelle nicht passt, daher hat Stamp sicherheitshalber abgebrochen.</translation>
    </message>
    <message>
        <source>Check that the host and port belong to a mail sending server. If they do, send the session log to Stamp's developers.</source>
        <translation>Prüfen Sie, ob Host und Port zu einem Postausgangs-Server gehören. Ist das der Fall, senden Sie das Sitzungsprotokoll an die Entwickler von Stamp.</translation>
    </message>
    <message>
        <source>Cancelled: the message may have been sent</source>
        <translation>Abgebrochen: Die Nachricht wurde möglicherweise gesendet</translation>
    </message>
    <message>
        <source>Sending was cancelled after the whole message had gone to %1 but before the server confirmed it, so the server may or may not have accepted it.</source>
        <translation>Das Senden wurde abgebrochen, nachdem die ganze Nachricht übertragen war, aber bevor %1 sie bestätigt hat; der Server hat sie also vielleicht angenommen, vielleicht auch nicht.</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>Das Senden wurde abgebrochen</translation>
    </message>
    <message>
        <source>You cancelled %2, before the message was handed over, so it was not sent.</source>
        <translation>Sie haben %2 abgebrochen, bevor die Nachricht übergeben war, daher wurde sie nicht gesendet.</translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation>Senden Sie sie erneut, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>The server did not offer encryption</source>
        <translation>Der Server hat keine Verschlüsselung angeboten</translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS, so Stamp stopped before sending your password or message. Either the server does not support encryption on this port, or someone on the network removed the offer to make Stamp talk in plain text (a downgrade attack).</source>
        <translation>%1 hat kein STARTTLS angeboten, daher hat Stamp abgebrochen, bevor Ihr Passwort oder Ihre Nachricht gesendet wurde. Entweder unterstützt der Server auf diesem Port keine Verschlüsselung, oder jemand im Netzwerk hat das Angebot entfernt, damit Stamp im Klartext kommuniziert (ein Downgrade-Angriff).</translation>
    </message>
    <message>
        <source>Do not turn encryption off to get past this. Try SSL/TLS on port 465 instead, or ask the server's administrator whether STARTTLS is enabled. If this account normally works, try again from another network.</source>
        <translation>Schalten Sie die Verschlüsselung nicht aus, um das zu umgehen. Versuchen Sie stattdessen SSL/TLS auf Port 465, oder fragen Sie den Administrator des Servers, ob STARTTLS aktiviert ist. Funktioniert dieses Konto sonst, versuchen Sie es über ein anderes Netz erneut.</translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation>Der Server hat den Start der Verschlüsselung abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered the request to start encryption (STARTTLS) with something other than agreement, so Stamp stopped without sending anything else.</source>
        <translation>%1 hat auf die Aufforderung, die Verschlüsselung zu starten (STARTTLS), nicht mit Zustimmung geantwortet, daher hat Stamp abgebrochen, ohne noch etwas zu senden.</translation>
    </message>
    <message>
        <source>If the server called the problem temporary, try again later. Otherwise ask the server's administrator to fix STARTTLS, or use SSL/TLS on port 465 if the server offers it.</source>
        <translation>Hat der Server das Problem als vorübergehend bezeichnet, versuchen Sie es später erneut. Andernfalls bitten Sie den Administrator des Servers, STARTTLS zu reparieren, oder verwenden Sie SSL/TLS auf Port 465, falls der Server es anbietet.</translation>
    </message>
    <message>
        <source>Someone may be tampering with the connection</source>
        <translation>Möglicherweise manipuliert jemand die Verbindung</translation>
    </message>
    <message>
        <source>Right after %1 agreed to start encryption, more unencrypted data arrived, so Stamp stopped before sending anything. A correct server never does that: it is a sign of a man-in-the-middle on the network.</source>
        <translation>Direkt nachdem %1 dem Start der Verschlüsselung zugestimmt hatte, kamen weitere unverschlüsselte Daten an, daher hat Stamp abgebrochen, bevor etwas gesendet wurde. Ein korrekter Server tut das nie: Es ist ein Zeichen für einen Man-in-the-Middle im Netzwerk.</translation>
    </message>
    <message>
        <source>Do not send from this network. Try again from a network you trust, prefer SSL/TLS on port 465, and tell the server's administrator.</source>
        <translation>Senden Sie nicht aus diesem Netzwerk. Versuchen Sie es aus einem Netzwerk, dem Sie vertrauen, bevorzugen Sie SSL/TLS auf Port 465 und informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server's certificate has changed</source>
        <translation>Das Zertifikat des Servers hat sich geändert</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not the one you chose to trust (its SHA-256 fingerprint differs). The server may have renewed its certificate, or someone may be intercepting the connection.</source>
        <translation>Das Zertifikat, das %1 vorgelegt hat, ist nicht das, dem Sie vertrauen wollten (sein SHA-256-Fingerabdruck weicht ab). Vielleicht hat der Server sein Zertifikat erneuert, oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>Do not send until you know why. Compare the new SHA-256 fingerprint with the one your provider or administrator publishes; only if they match, pin the new fingerprint (--pin-sha256) in place of the old one.</source>
        <translation>Senden Sie nicht, bevor Sie den Grund kennen. Vergleichen Sie den neuen SHA-256-Fingerabdruck mit dem, den Ihr Anbieter oder Administrator veröffentlicht; nur wenn sie übereinstimmen, hinterlegen Sie den neuen Fingerabdruck (--pin-sha256) anstelle des alten.</translation>
    </message>
    <message>
        <source>Do not send until you know why. Compare the new SHA-256 fingerprint with the one your provider or administrator publishes; only if they match, use Review certificate... and Trust this certificate for this account, in place of the old one.</source>
        <translation>Senden Sie nicht, bevor Sie den Grund kennen. Vergleichen Sie den neuen SHA-256-Fingerabdruck mit dem, den Ihr Anbieter oder Administrator veröffentlicht; nur wenn sie übereinstimmen, verwenden Sie „Zertifikat prüfen...“ und „Diesem Zertifikat für dieses Konto vertrauen“, um das neue anstelle des alten zu übernehmen.</translation>
    </message>
    <message>
        <source>The server's certificate was revoked</source>
        <translation>Das Zertifikat des Servers wurde widerrufen</translation>
    </message>
    <message>
        <source>The certificate presented by %1 has been withdrawn or blocked, so it no longer proves that the server is who it claims to be.</source>
        <translation>Das Zertifikat, das %1 vorgelegt hat, wurde zurückgezogen oder gesperrt, daher beweist es nicht mehr, dass der Server der ist, der er zu sein behauptet.</translation>
    </message>
    <message>
        <source>Tell the server's administrator: the server needs a new certificate. Do not send until it has one.</source>
        <translation>Informieren Sie den Administrator des Servers: Der Server braucht ein neues Zertifikat. Senden Sie nicht, bevor er eines hat.</translation>
    </message>
    <message>
        <source>The certificate is for a different server name</source>
        <translation>Das Zertifikat gilt für einen anderen Servernamen</translation>
    </message>
    <message>
        <source>The certificate presented by %1 does not include that name, so Stamp cannot tell that it reached the server you asked for. Often the account uses an alias or an IP address instead of the server's own name.</source>
        <translation>Das Zertifikat, das %1 vorgelegt hat, enthält diesen Namen nicht, daher kann Stamp nicht feststellen, ob es den angefragten Server erreicht hat. Oft verwendet das Konto einen Alias oder eine IP-Adresse statt des eigentlichen Servernamens.</translation>
    </message>
    <message>
        <source>Use the exact host name your provider documents for sending (for example smtp.gmail.com rather than mail.yourdomain.com), or ask the administrator to add this name to the certificate. If you have checked the certificate yourself, you can trust exactly this certificate by its SHA-256 fingerprint (--pin-sha256).</source>
        <translation>Verwenden Sie genau den Hostnamen, den Ihr Anbieter für das Senden angibt (zum Beispiel smtp.gmail.com statt mail.yourdomain.com), oder bitten Sie den Administrator, diesen Namen in das Zertifikat aufzunehmen. Haben Sie das Zertifikat selbst geprüft, können Sie genau diesem Zertifikat über seinen SHA-256-Fingerabdruck vertrauen (--pin-sha256).</translation>
    </message>
    <message>
        <source>Use the exact host name your provider documents for sending (for example smtp.gmail.com rather than mail.yourdomain.com), or ask the administrator to add this name to the certificate. If you have checked the certificate yourself, use Review certificate... to compare its SHA-256 fingerprint, then Trust this certificate for this account.</source>
        <translation>Verwenden Sie genau den Hostnamen, den Ihr Anbieter für das Senden angibt (zum Beispiel smtp.gmail.com statt mail.yourdomain.com), oder bitten Sie den Administrator, diesen Namen in das Zertifikat aufzunehmen. Haben Sie das Zertifikat selbst geprüft, vergleichen Sie über „Zertifikat prüfen...“ seinen SHA-256-Fingerabdruck und wählen Sie dann „Diesem Zertifikat für dieses Konto vertrauen“.</translation>
    </message>
    <message>
        <source>The server's certificate has expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is past its expiry date, so it no longer proves the server's identity. A wrong date on this computer causes the same error.</source>
        <translation>Das Zertifikat, das %1 vorgelegt hat, ist abgelaufen, daher beweist es die Identität des Servers nicht mehr. Ein falsches Datum auf diesem Computer verursacht denselben Fehler.</translation>
    </message>
    <message>
        <source>Check that this computer's date and time are correct. If they are, ask the server's administrator to renew the certificate.</source>
        <translation>Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen. Ist das der Fall, bitten Sie den Administrator des Servers, das Zertifikat zu erneuern.</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate presented by %1 only becomes valid at a later date. Usually this computer's clock is wrong; sometimes the server installed a certificate too early.</source>
        <translation>Das Zertifikat, das %1 vorgelegt hat, wird erst zu einem späteren Zeitpunkt gültig. Meist geht die Uhr dieses Computers falsch; manchmal wurde auf dem Server ein Zertifikat zu früh installiert.</translation>
    </message>
    <message>
        <source>Check this computer's date, time and time zone, then try again. If they are right, tell the server's administrator.</source>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers und versuchen Sie es dann erneut. Stimmen sie, informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server's certificate is self-signed</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert</translation>
    </message>
    <message>
        <source>%1 presented a certificate it signed itself, so no authority this computer trusts vouches for it. Local bridges (such as Proton Mail Bridge) and private servers do this, but an attacker intercepting the connection would look the same.</source>
        <translation>%1 hat ein selbstsigniertes Zertifikat vorgelegt, daher bürgt keine Zertifizierungsstelle, der dieser Computer vertraut, dafür. Lokale Bridges (etwa Proton Mail Bridge) und private Server tun das, aber ein Angreifer, der die Verbindung abfängt, sähe genauso aus.</translation>
    </message>
    <message>
        <source>Compare the certificate's SHA-256 fingerprint with the one shown by the bridge or given by your administrator; if it matches, trust exactly this certificate by its fingerprint (--pin-sha256). If the server has its own CA, add it with --ca-file instead.</source>
        <translation>Vergleichen Sie den SHA-256-Fingerabdruck des Zertifikats mit dem, den die Bridge anzeigt oder Ihr Administrator nennt; stimmt er überein, vertrauen Sie genau diesem Zertifikat über seinen Fingerabdruck (--pin-sha256). Hat der Server eine eigene CA, fügen Sie diese stattdessen mit --ca-file hinzu.</translation>
    </message>
    <message>
        <source>Use Review certificate... to compare its SHA-256 fingerprint with the one shown by the bridge or given by your administrator; if it matches, choose Trust this certificate for this account. If the server has its own CA, choose that CA certificate as the Trust CA file on the Server tab of the account's settings instead.</source>
        <translation>Vergleichen Sie über „Zertifikat prüfen...“ seinen SHA-256-Fingerabdruck mit dem, den die Bridge anzeigt oder Ihr Administrator nennt; stimmt er überein, wählen Sie „Diesem Zertifikat für dieses Konto vertrauen“. Hat der Server eine eigene CA, wählen Sie stattdessen deren CA-Zertifikat als „Vertrauenswürdige CA-Datei“ auf der Registerkarte „Server“ der Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an authority this computer does not trust, or the server did not send the intermediate certificates needed to check it. Company and private servers often use their own authority.</source>
        <translation>%1 verwendet ein Zertifikat, das von einer Zertifizierungsstelle ausgestellt wurde, der dieser Computer nicht vertraut, oder der Server hat die Zwischenzertifikate nicht gesendet, die zur Prüfung nötig sind. Firmen- und private Server verwenden oft eine eigene Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, add that CA certificate with --ca-file. If the chain is incomplete, ask the administrator to send the full chain. Or, after checking its SHA-256 fingerprint with the administrator, trust exactly this certificate (--pin-sha256).</source>
        <translation>Verwendet der Server eine private Zertifizierungsstelle, fügen Sie deren CA-Zertifikat mit --ca-file hinzu. Ist die Kette unvollständig, bitten Sie den Administrator, die vollständige Kette zu senden. Oder vertrauen Sie genau diesem Zertifikat (--pin-sha256), nachdem Sie seinen SHA-256-Fingerabdruck mit dem Administrator abgeglichen haben.</translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, choose that CA certificate as the Trust CA file on the Server tab of the account's settings. If the chain is incomplete, ask the administrator to send the full chain. Or use Review certificate..., check its SHA-256 fingerprint with the administrator, and Trust this certificate for this account.</source>
        <translation>Verwendet der Server eine private Zertifizierungsstelle, wählen Sie deren CA-Zertifikat als „Vertrauenswürdige CA-Datei“ auf der Registerkarte „Server“ der Kontoeinstellungen. Ist die Kette unvollständig, bitten Sie den Administrator, die vollständige Kette zu senden. Oder öffnen Sie „Zertifikat prüfen...“, gleichen Sie den SHA-256-Fingerabdruck mit dem Administrator ab und wählen Sie „Diesem Zertifikat für dieses Konto vertrauen“.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>The certificate presented by %1 failed verification, so Stamp cannot confirm it reached the right server. Nothing was sent.</source>
        <translation>Das Zertifikat, das %1 vorgelegt hat, hat die Prüfung nicht bestanden, daher kann Stamp nicht bestätigen, dass es den richtigen Server erreicht hat. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Check the host name in the account, then ask the server's administrator to fix the certificate. If you have verified it yourself, you can trust exactly this certificate by its SHA-256 fingerprint (--pin-sha256).</source>
        <translation>Prüfen Sie den Hostnamen im Konto und bitten Sie dann den Administrator des Servers, das Zertifikat zu korrigieren. Haben Sie es selbst überprüft, können Sie genau diesem Zertifikat über seinen SHA-256-Fingerabdruck vertrauen (--pin-sha256).</translation>
    </message>
    <message>
        <source>Check the host name in the account, then ask the server's administrator to fix the certificate. If you have verified it yourself, use Review certificate... to check its SHA-256 fingerprint and Trust this certificate for this account.</source>
        <translation>Prüfen Sie den Hostnamen im Konto und bitten Sie dann den Administrator des Servers, das Zertifikat zu korrigieren. Haben Sie es selbst überprüft, kontrollieren Sie über „Zertifikat prüfen...“ seinen SHA-256-Fingerabdruck und wählen Sie „Diesem Zertifikat für dieses Konto vertrauen“.</translation>
    </message>
    <message>
        <source>The server answered without encryption</source>
        <translation>Der Server hat ohne Verschlüsselung geantwortet</translation>
    </message>
    <message>
        <source>Stamp started an encrypted (SSL/TLS) connection, but %1 answered in plain text: this port expects STARTTLS. Port 587 normally uses STARTTLS, port 465 SSL/TLS.</source>
        <translation>Stamp hat eine verschlüsselte Verbindung (SSL/TLS) begonnen, aber %1 hat im Klartext geantwortet: Dieser Port erwartet STARTTLS. Port 587 verwendet normalerweise STARTTLS, Port 465 SSL/TLS.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS for port 587, or change the port to 465 to keep SSL/TLS.</source>
        <translation>Stellen Sie die Verbindungssicherheit für Port 587 auf STARTTLS, oder ändern Sie den Port auf 465, um SSL/TLS zu behalten.</translation>
    </message>
    <message>
        <source>The server uses an outdated encryption version</source>
        <translation>Der Server verwendet eine veraltete Verschlüsselungsversion</translation>
    </message>
    <message>
        <source>%1 offers only TLS 1.0 or 1.1, which are no longer safe (RFC 8996); Stamp requires TLS 1.2 or newer.</source>
        <translation>%1 bietet nur TLS 1.0 oder 1.1 an, die nicht mehr sicher sind (RFC 8996); Stamp verlangt TLS 1.2 oder neuer.</translation>
    </message>
    <message>
        <source>Ask the server's administrator to enable TLS 1.2 or 1.3, or use a provider that supports them.</source>
        <translation>Bitten Sie den Administrator des Servers, TLS 1.2 oder 1.3 zu aktivieren, oder verwenden Sie einen Anbieter, der diese Versionen unterstützt.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <translation>Die verschlüsselte Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>Stamp and %1 could not agree on a secure connection, so nothing was sent.</source>
        <translation>Stamp und %1 konnten sich nicht auf eine sichere Verbindung einigen, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Check that the security setting matches the port (SSL/TLS for 465, STARTTLS for 587). If it does, send the session log to the server's administrator.</source>
        <translation>Prüfen Sie, ob die Verbindungssicherheit zum Port passt (SSL/TLS für 465, STARTTLS für 587). Ist das der Fall, senden Sie das Sitzungsprotokoll an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>Your password would travel unencrypted</source>
        <translation>Ihr Passwort würde unverschlüsselt übertragen</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted, so your user name and password would cross the network readable by anyone on the way. Stamp did not send them.</source>
        <translation>Die Verbindung, über die %1 erreicht wird, ist nicht verschlüsselt, daher wären Ihr Benutzername und Ihr Passwort auf dem Weg durchs Netzwerk für jeden lesbar. Stamp hat sie nicht gesendet.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS (port 465) or STARTTLS (port 587). Signing in without encryption is only allowed to a server on this computer.</source>
        <translation>Stellen Sie die Verbindungssicherheit auf SSL/TLS (Port 465) oder STARTTLS (Port 587). Eine Anmeldung ohne Verschlüsselung ist nur bei einem Server auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>No usable sign-in method</source>
        <translation>Keine nutzbare Anmeldemethode</translation>
    </message>
    <message>
        <source>%1 did not offer a sign-in method Stamp can use with this account's credentials. Some providers, such as Outlook.com and Microsoft 365, accept only OAuth.</source>
        <translation>%1 hat keine Anmeldemethode angeboten, die Stamp mit den Zugangsdaten dieses Kontos verwenden kann. Manche Anbieter, etwa Outlook.com und Microsoft 365, akzeptieren nur OAuth.</translation>
    </message>
    <message>
        <source>If your provider requires OAuth, switch the account to OAuth sign-in; otherwise choose a method the server lists in the session log, or Automatic. If this server needs no sign-in (a relay on your own network), remove the user name.</source>
        <translation>Verlangt Ihr Anbieter OAuth, stellen Sie das Konto auf OAuth-Anmeldung um; andernfalls wählen Sie eine Methode, die der Server im Sitzungsprotokoll aufführt, oder „Automatisch“. Braucht dieser Server keine Anmeldung (ein Relay in Ihrem eigenen Netzwerk), entfernen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>The server could not prove its identity</source>
        <translation>Der Server konnte seine Identität nicht nachweisen</translation>
    </message>
    <message>
        <source>During the SCRAM sign-in %1 failed to prove that it knows your password. It may be an impostor, or its stored copy of your credentials may be out of date.</source>
        <translation>Bei der SCRAM-Anmeldung konnte %1 nicht nachweisen, Ihr Passwort zu kennen. Vielleicht ist es ein Betrüger, oder die dort gespeicherte Kopie Ihrer Zugangsdaten ist veraltet.</translation>
    </message>
    <message>
        <source>Do not send through this connection. Check the host name and the certificate, then ask the administrator whether your password or account was recently changed or migrated.</source>
        <translation>Senden Sie nicht über diese Verbindung. Prüfen Sie den Hostnamen und das Zertifikat und fragen Sie dann den Administrator, ob Ihr Passwort oder Konto kürzlich geändert oder migriert wurde.</translation>
    </message>
    <message>
        <source>The server cannot handle this address</source>
        <translation>Der Server kann diese Adresse nicht verarbeiten</translation>
    </message>
    <message>
        <source>An address in this message has non-ASCII characters (such as accents or non-Latin letters) before the @, and %1 does not support such addresses (SMTPUTF8).</source>
        <translation>Eine Adresse in dieser Nachricht enthält vor dem @ Nicht-ASCII-Zeichen (etwa Akzente oder nicht-lateinische Buchstaben), und %1 unterstützt solche Adressen nicht (SMTPUTF8).</translation>
    </message>
    <message>
        <source>Use an ASCII-only address for that person if they have one, or send through a server that supports SMTPUTF8.</source>
        <translation>Verwenden Sie für diese Person eine reine ASCII-Adresse, falls sie eine hat, oder senden Sie über einen Server, der SMTPUTF8 unterstützt.</translation>
    </message>
    <message>
        <source>The message is too large for this server</source>
        <translation>Die Nachricht ist zu groß für diesen Server</translation>
    </message>
    <message>
        <source>The message is larger than the size %1 says it accepts, so Stamp did not upload it. Attachments grow by about a third when they are encoded for mail.</source>
        <translation>Die Nachricht ist größer, als %1 nach eigener Angabe annimmt, daher hat Stamp sie nicht hochgeladen. Anhänge wachsen bei der Kodierung für den Mailversand um etwa ein Drittel.</translation>
    </message>
    <message>
        <source>Remove or shrink attachments, or share large files as links, then send again.</source>
        <translation>Entfernen oder verkleinern Sie Anhänge oder teilen Sie große Dateien als Links und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Mail from %1 may be junked or refused</source>
        <translation>Mail von %1 wird möglicherweise als Spam eingestuft oder abgelehnt</translation>
    </message>
    <message>
        <source>Receiving servers check what %1 publishes in DNS (SPF, DKIM, DMARC), and it does not publish all they look for. Gmail, Yahoo, Microsoft and others may put its mail in the junk folder or refuse it, even though your server sends it.</source>
        <translation>Empfangsserver prüfen, was %1 im DNS veröffentlicht (SPF, DKIM, DMARC), und dort fehlt etwas, das sie erwarten. Gmail, Yahoo, Microsoft und andere verschieben Mail von dieser Domain möglicherweise in den Spam-Ordner oder lehnen sie ab, obwohl Ihr Server sie sendet.</translation>
    </message>
    <message>
        <source>Publish the records listed under this step where the DNS of %1 is managed (the domain registrar or DNS host), or ask whoever manages it.</source>
        <translation>Veröffentlichen Sie die unter diesem Schritt aufgeführten Einträge dort, wo das DNS von %1 verwaltet wird (beim Domain-Registrar oder DNS-Hoster), oder wenden Sie sich an die Person, die es verwaltet.</translation>
    </message>
    <message>
        <source>Fix what is listed under this step where the DNS of %1 is managed (the domain registrar or DNS host), or ask whoever manages it.</source>
        <translation>Beheben Sie das unter diesem Schritt Aufgeführte dort, wo das DNS von %1 verwaltet wird (beim Domain-Registrar oder DNS-Hoster), oder wenden Sie sich an die Person, die es verwaltet.</translation>
    </message>
    <message>
        <source>The Deliverability tab of the account's settings shows every check and explains it.</source>
        <translation>Die Registerkarte „Zustellbarkeit“ der Kontoeinstellungen zeigt jede Prüfung und erklärt sie.</translation>
    </message>
    <message>
        <source>Run 'stamp domain check %1' to see every check and explain it.</source>
        <translation>Jede Prüfung mit Erklärung zeigt 'stamp domain check %1'.</translation>
    </message>
    <message>
        <source>Proxy not found</source>
        <translation>Proxy nicht gefunden</translation>
    </message>
    <message>
        <source>The name of the proxy this account connects through could not be found, so Stamp never got as far as %1.</source>
        <translation>Der Name des Proxys, über den sich dieses Konto verbindet, wurde nicht gefunden; Stamp ist daher gar nicht bis %1 gekommen.</translation>
    </message>
    <message>
        <source>Check the proxy's host name in the account (or --proxy) and your internet connection.</source>
        <translation>Prüfen Sie den Hostnamen des Proxys im Konto (oder --proxy) und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>Check the proxy's host name in the account settings (Server, Proxy) and your internet connection.</source>
        <translation>Prüfen Sie den Hostnamen des Proxys in den Kontoeinstellungen (Server, Proxy) und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>Der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing answers at the proxy's address and port: the proxy is not running, or the port is wrong. %1 was not contacted.</source>
        <translation>Unter der Adresse und dem Port des Proxys antwortet nichts: Der Proxy läuft nicht, oder der Port ist falsch. %1 wurde nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Start the proxy (or the SSH tunnel or VPN client that provides it), or correct its port in the account (or --proxy). The message waits and goes once the proxy answers.</source>
        <translation>Starten Sie den Proxy (oder den SSH-Tunnel oder VPN-Client, der ihn bereitstellt), oder korrigieren Sie seinen Port im Konto (oder --proxy). Die Nachricht wartet und wird gesendet, sobald der Proxy antwortet.</translation>
    </message>
    <message>
        <source>Start the proxy (or the SSH tunnel or VPN client that provides it), or correct its port in the account settings (Server, Proxy). The message waits and goes once the proxy answers.</source>
        <translation>Starten Sie den Proxy (oder den SSH-Tunnel oder VPN-Client, der ihn bereitstellt), oder korrigieren Sie seinen Port in den Kontoeinstellungen (Server, Proxy). Die Nachricht wartet und wird gesendet, sobald der Proxy antwortet.</translation>
    </message>
    <message>
        <source>The proxy refused the login</source>
        <translation>Der Proxy hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password and did not accept the ones given (or none were saved). This is the proxy's login, not the mail account's.</source>
        <translation>Der Proxy verlangt einen Benutzernamen und ein Passwort und hat die angegebenen nicht akzeptiert (oder es war nichts gespeichert). Dies ist die Anmeldung am Proxy, nicht die des Mailkontos.</translation>
    </message>
    <message>
        <source>Check the proxy user in the account (or --proxy) and its password: saved in the keychain, or given in STAMP_PROXY_PASSWORD for one run.</source>
        <translation>Prüfen Sie den Proxy-Benutzer im Konto (oder --proxy) und sein Passwort: im Schlüsselbund gespeichert oder für einen Aufruf in STAMP_PROXY_PASSWORD angegeben.</translation>
    </message>
    <message>
        <source>Check the proxy's user name and password in the account settings (Server, Proxy).</source>
        <translation>Prüfen Sie Benutzername und Passwort des Proxys in den Kontoeinstellungen (Server, Proxy).</translation>
    </message>
    <message>
        <source>The proxy does not allow this connection</source>
        <translation>Der Proxy erlaubt diese Verbindung nicht</translation>
    </message>
    <message>
        <source>The proxy's rules forbid connecting to %1 on this port. Web proxies often allow only the HTTPS port 443.</source>
        <translation>Die Regeln des Proxys verbieten Verbindungen zu %1 auf diesem Port. Web-Proxys erlauben oft nur den HTTPS-Port 443.</translation>
    </message>
    <message>
        <source>Ask whoever runs the proxy to allow the mail port, use a SOCKS5 proxy, or connect without a proxy (--proxy none).</source>
        <translation>Bitten Sie den Betreiber des Proxys, den Mail-Port freizugeben, verwenden Sie einen SOCKS5-Proxy, oder verbinden Sie sich ohne Proxy (--proxy none).</translation>
    </message>
    <message>
        <source>Ask whoever runs the proxy to allow the mail port, use a SOCKS5 proxy, or choose "No proxy" in the account settings (Server, Proxy).</source>
        <translation>Bitten Sie den Betreiber des Proxys, den Mail-Port freizugeben, verwenden Sie einen SOCKS5-Proxy, oder wählen Sie in den Kontoeinstellungen (Server, Proxy) „Kein Proxy“.</translation>
    </message>
    <message>
        <source>The proxy could not reach the server</source>
        <translation>Der Proxy konnte den Server nicht erreichen</translation>
    </message>
    <message>
        <source>The proxy answered but could not connect to %1: the name does not resolve on the proxy's side, the server refuses the proxy, or the port is wrong.</source>
        <translation>Der Proxy hat geantwortet, konnte aber keine Verbindung zu %1 herstellen: Der Name lässt sich auf der Seite des Proxys nicht auflösen, der Server lehnt den Proxy ab, oder der Port ist falsch.</translation>
    </message>
    <message>
        <source>Check the server's name and port in the account. If they are right, the server may be down, or the proxy's network cannot reach it.</source>
        <translation>Prüfen Sie Namen und Port des Servers im Konto. Stimmen sie, ist der Server vielleicht ausgefallen, oder das Netz des Proxys kann ihn nicht erreichen.</translation>
    </message>
    <message>
        <source>The proxy failed</source>
        <translation>Proxy-Fehler</translation>
    </message>
    <message>
        <source>The proxy closed the connection, stopped answering or answered in a way Stamp does not understand before the way to %1 was open.</source>
        <translation>Der Proxy hat die Verbindung geschlossen, nicht mehr geantwortet oder auf eine für Stamp unverständliche Weise geantwortet, bevor der Weg zu %1 offen war.</translation>
    </message>
    <message>
        <source>Check that the proxy's type (SOCKS5 or HTTP), port, user name and password are right in the account, and that the proxy is working.</source>
        <translation>Prüfen Sie, ob Typ (SOCKS5 oder HTTP), Port, Benutzername und Passwort des Proxys im Konto stimmen und ob der Proxy funktioniert.</translation>
    </message>
    <message>
        <source>%1 refused the sender (From) address because it does not belong to the account you signed in with: this server lets a login send only as its own address.</source>
        <translation>%1 hat die Absenderadresse (From) abgelehnt, weil sie nicht zu dem Konto gehört, mit dem Sie angemeldet sind: Dieser Server lässt eine Anmeldung nur mit ihrer eigenen Adresse senden.</translation>
    </message>
    <message>
        <source>Add the address as an alias or verified sender at your provider; or send with the account's own address as the envelope sender (an account added with --envelope-sender account); or send through the account that owns the address (--account NAME with this address as --from).</source>
        <translation>Fügen Sie die Adresse bei Ihrem Anbieter als Alias oder verifizierten Absender hinzu; oder senden Sie mit der eigenen Adresse des Kontos als Umschlag-Absender (ein mit --envelope-sender account hinzugefügtes Konto); oder senden Sie über das Konto, dem die Adresse gehört (--account NAME mit dieser Adresse als --from).</translation>
    </message>
    <message>
        <source>Add the address as an alias or verified sender at your provider; or, in the account's settings, on the Identity tab, set "Envelope sender" to the account's own address; or edit the identity and choose the account that owns the address under "Send through".</source>
        <translation>Fügen Sie die Adresse bei Ihrem Anbieter als Alias oder verifizierten Absender hinzu; oder stellen Sie in den Kontoeinstellungen auf der Registerkarte „Identität“ den „Umschlag-Absender“ auf die eigene Adresse des Kontos; oder bearbeiten Sie die Identität und wählen Sie unter „Versand über“ das Konto, dem die Adresse gehört.</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>Find how to send mail for ADDRESS: provider presets, the domain's autoconfig file, its MX and SRV records, and an EHLO to likely hosts. Nothing is logged in to.</source>
        <translation>Ermittelt, wie für ADDRESS Mail gesendet wird: Anbieter-Voreinstellungen, die Autoconfig-Datei der Domain, ihre MX- und SRV-Einträge und ein EHLO an wahrscheinliche Hosts. Es findet keine Anmeldung statt.</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Keep looking after a preset matched.</source>
        <translation>Nach einer passenden Voreinstellung weitersuchen.</translation>
    </message>
    <message>
        <source>Give up on the whole search after SECS (default 15).</source>
        <translation>Die gesamte Suche nach SECS Sekunden aufgeben (Standard 15).</translation>
    </message>
    <message>
        <source>give one email address.</source>
        <translation>geben Sie eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds up to 600.</source>
        <translation>--timeout muss eine Anzahl Sekunden bis 600 sein.</translation>
    </message>
    <message>
        <source>Nothing found for %1 (%2 ms). Enter the server settings by hand: stamp account add NAME --email ADDRESS --host HOST --port N --security MODE</source>
        <translation>Nichts gefunden für %1 (%2 ms). Geben Sie die Server-Einstellungen von Hand ein: stamp account add NAME --email ADDRESS --host HOST --port N --security MODE</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
</context>
<context>
    <name>DkimKeyRecord</name>
    <message>
        <source>"%1" is not a tag=value pair</source>
        <translation>"%1" ist kein Paar der Form Tag=Wert</translation>
    </message>
    <message>
        <source>the tag "%1" appears more than once</source>
        <translation>das Tag "%1" kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>"v=" must come first and be "DKIM1"</source>
        <translation>"v=" muss am Anfang stehen und "DKIM1" lauten</translation>
    </message>
    <message>
        <source>the required tag "p=" (the public key) is missing</source>
        <translation>das erforderliche Tag "p=" (der öffentliche Schlüssel) fehlt</translation>
    </message>
    <message>
        <source>the public key (p=) is not valid base64</source>
        <translation>der öffentliche Schlüssel (p=) ist kein gültiges base64</translation>
    </message>
    <message>
        <source>the public key (p=) is not an RSA key</source>
        <translation>der öffentliche Schlüssel (p=) ist kein RSA-Schlüssel</translation>
    </message>
    <message>
        <source>an ed25519 key must be 32 bytes, this one has %1</source>
        <translation>ein ed25519-Schlüssel muss 32 Bytes lang sein, dieser hat %1</translation>
    </message>
    <message>
        <source>the key type (k=) is neither rsa nor ed25519</source>
        <translation>der Schlüsseltyp (k=) ist weder rsa noch ed25519</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>the record does not start with "v=DMARC1"</source>
        <translation>der Eintrag beginnt nicht mit "v=DMARC1"</translation>
    </message>
    <message>
        <source>"%1" is not a tag=value pair</source>
        <translation>"%1" ist kein Paar der Form Tag=Wert</translation>
    </message>
    <message>
        <source>the tag "%1" appears more than once</source>
        <translation>das Tag "%1" kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>"%1=%2" must be none, quarantine or reject</source>
        <translation>"%1=%2" muss none, quarantine oder reject sein</translation>
    </message>
    <message>
        <source>"pct=%1" must be a number from 0 to 100</source>
        <translation>"pct=%1" muss eine Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>"%1=%2" must be r (relaxed) or s (strict)</source>
        <translation>"%1=%2" muss r (relaxed, locker) oder s (strict, streng) sein</translation>
    </message>
    <message>
        <source>"%1" in %2= is not a URI (mailto:...)</source>
        <translation>"%1" in %2= ist keine URI (mailto:...)</translation>
    </message>
    <message>
        <source>the tag "%1" is unknown and ignored</source>
        <translation>das Tag "%1" ist unbekannt und wird ignoriert</translation>
    </message>
    <message>
        <source>the required tag "p=" (the policy) is missing</source>
        <translation>das erforderliche Tag "p=" (die Richtlinie) fehlt</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>Run 'stamp domain check --help' for the options.</source>
        <translation>Die Optionen zeigt 'stamp domain check --help'.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>stamp domain: unknown sub-command "%1"</source>
        <translation>stamp domain: unbekannter Unterbefehl "%1"</translation>
    </message>
    <message>
        <source>Usage: stamp domain SUB-COMMAND [options]</source>
        <translation>Aufruf: stamp domain SUB-COMMAND [Optionen]</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Run 'stamp domain SUB-COMMAND --help' for its options.</source>
        <translation>Die Optionen eines Unterbefehls zeigt 'stamp domain SUB-COMMAND --help'.</translation>
    </message>
    <message>
        <source>Check what a sending domain publishes in DNS for its mail to arrive: MX, SPF, DKIM, DMARC, and (for information) MTA-STS and TLS-RPT. Where a record is missing or wrong for the provider you send through, the record to publish is shown. Only DNS is asked; nothing is sent.

Exit status: 0 when no check fails, 1 when one fails, 2 for a wrong command line, 3 when DNS could not be asked.</source>
        <translation>Prüft, was eine Absenderdomain im DNS veröffentlicht, damit ihre Mail ankommt: MX, SPF, DKIM, DMARC und (zur Information) MTA-STS und TLS-RPT. Wo ein Eintrag fehlt oder für den Anbieter, über den Sie senden, falsch ist, wird der zu veröffentlichende Eintrag angezeigt. Es wird nur DNS abgefragt; nichts wird gesendet.

Exit-Status: 0, wenn keine Prüfung fehlschlägt, 1, wenn eine fehlschlägt, 2 bei einer falschen Befehlszeile, 3, wenn DNS nicht abgefragt werden konnte.</translation>
    </message>
    <message>
        <source>The address you send from, or its domain.</source>
        <translation>Die Adresse, von der Sie senden, oder ihre Domain.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The provider you send through (a preset id); default: found from the domain's MX records.</source>
        <translation>Der Anbieter, über den Sie senden (eine Voreinstellungs-ID); Standard: anhand der MX-Einträge der Domain ermittelt.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system's.</source>
        <translation>Diesen DNS-Server (eine IP-Adresse) statt des DNS-Servers des Systems abfragen.</translation>
    </message>
    <message>
        <source>Also look for a DKIM key at this selector (the s= of a DKIM-Signature you sent); repeatable.</source>
        <translation>Auch an diesem Selektor nach einem DKIM-Schlüssel suchen (das s= einer von Ihnen gesendeten DKIM-Signature); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>give one address or domain.</source>
        <translation>geben Sie eine Adresse oder Domain an.</translation>
    </message>
    <message>
        <source>"%1" is not an address or a domain.</source>
        <translation>"%1" ist weder eine Adresse noch eine Domain.</translation>
    </message>
    <message>
        <source>there is no provider "%1".</source>
        <translation>es gibt keinen Anbieter "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a DKIM selector.</source>
        <translation>"%1" ist kein DKIM-Selektor.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>"%1" ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Domain %1 (provider unknown)</source>
        <translation>Domain %1 (Anbieter unbekannt)</translation>
    </message>
    <message>
        <source>Domain %1, sending through %2</source>
        <translation>Domain %1, Versand über %2</translation>
    </message>
    <message>
        <source>DNS could not be asked: no question was answered. Check the network or the name server, then try again.</source>
        <translation>DNS konnte nicht abgefragt werden: Keine Anfrage wurde beantwortet. Prüfen Sie das Netzwerk oder den Nameserver und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Seen: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
    <message>
        <source>Publish:</source>
        <translation>Veröffentlichen:</translation>
    </message>
</context>
<context>
    <name>DomainFinding</name>
    <message>
        <source>Mail servers (MX)</source>
        <translation>Mailserver (MX)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT)</source>
        <translation>TLS-Reporting (TLS-RPT)</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>DsnOptions</name>
    <message>
        <source>Ask for delivery reports (RFC 3461): "never", or a comma list of success, failure and delay. Default: the account's setting (success,failure when it asks for reports).</source>
        <translation>Zustellbenachrichtigungen anfordern (RFC 3461): "never" oder eine durch Kommas getrennte Liste aus success, failure und delay. Standard: die Einstellung des Kontos (success,failure, wenn es Benachrichtigungen anfordert).</translation>
    </message>
    <message>
        <source>What a delivery report returns of the message: full or hdrs (headers only).</source>
        <translation>Was eine Zustellbenachrichtigung von der Nachricht zurückgibt: full oder hdrs (nur Kopfzeilen).</translation>
    </message>
    <message>
        <source>The envelope ID reports quote (printable ASCII, at most 100 characters). Default: a random one when reports are asked for.</source>
        <translation>Die Umschlag-ID, die Benachrichtigungen angeben (druckbares ASCII, höchstens 100 Zeichen). Standard: eine zufällige, wenn Benachrichtigungen angefordert werden.</translation>
    </message>
    <message>
        <source>--dsn-ret must be full or hdrs, not "%1".</source>
        <translation>--dsn-ret muss full oder hdrs sein, nicht "%1".</translation>
    </message>
    <message>
        <source>--dsn-envid must not be empty.</source>
        <translation>--dsn-envid darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>DsnRequest</name>
    <message>
        <source>A delivery report cannot be both "never" and asked for on success, failure or delay.</source>
        <translation>Eine Zustellbenachrichtigung kann nicht zugleich "never" sein und bei success, failure oder delay angefordert werden.</translation>
    </message>
    <message>
        <source>"%1" is not a delivery report condition: use "never", or one or more of "success", "failure" and "delay" separated by commas.</source>
        <extracomment>%1 is what was given; the words in quotes are fixed keywords</extracomment>
        <translation>"%1" ist keine Bedingung für Zustellbenachrichtigungen: Verwenden Sie "never" oder eines oder mehrere von "success", "failure" und "delay", durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>"never" cannot be combined with "success", "failure" or "delay".</source>
        <translation>"never" kann nicht mit "success", "failure" oder "delay" kombiniert werden.</translation>
    </message>
    <message>
        <source>The envelope ID is longer than %1 characters.</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Die Umschlag-ID ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The envelope ID may hold only printable ASCII characters (no line breaks, no accented letters).</source>
        <translation>Die Umschlag-ID darf nur druckbare ASCII-Zeichen enthalten (keine Zeilenumbrüche, keine Buchstaben mit Akzent).</translation>
    </message>
</context>
<context>
    <name>ImapResponseReader</name>
    <message>
        <source>expected "%1"</source>
        <translation>"%1" erwartet</translation>
    </message>
    <message>
        <source>control characters in the response text</source>
        <translation>Steuerzeichen im Antworttext</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>the response ends early</source>
        <translation>die Antwort endet vorzeitig</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <extracomment>%1 says what is wrong, %2 is a character position</extracomment>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>invalid escape in a quoted string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>control character in a quoted string</source>
        <translation>Steuerzeichen in einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>malformed literal</source>
        <translation>fehlerhaftes Literal</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Der Server hat eine Zeile gesendet, die länger als %1 Byte ist.</translation>
    </message>
    <message>
        <source>The server ended a line with a bare line feed.</source>
        <translation>Der Server hat eine Zeile mit einem Zeilenvorschub ohne vorangehenden Wagenrücklauf beendet.</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes, more than the %2 allowed.</source>
        <translation>Der Server hat ein Literal von %1 Byte angekündigt, mehr als die erlaubten %2.</translation>
    </message>
    <message>
        <source>The server sent a malformed response: %1</source>
        <extracomment>%1 says what is wrong with the response</extracomment>
        <translation>Der Server hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>no line end</source>
        <translation>kein Zeilenende</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <source>no response name</source>
        <translation>kein Antwortname</translation>
    </message>
    <message>
        <source>a tagged response must be OK, NO or BAD</source>
        <translation>eine Antwort mit Tag muss OK, NO oder BAD sein</translation>
    </message>
    <message>
        <source>unterminated response code</source>
        <translation>nicht abgeschlossener Antwortcode</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 accepts only its own sign-in page: sign in once after the import.</source>
        <translation>%1 akzeptiert nur seine eigene Anmeldeseite: Melden Sie sich nach dem Import einmal an.</translation>
    </message>
    <message>
        <source>Stamp knows no OAuth sign-in for %1: it will log in with a password (an app password, where the provider offers them).</source>
        <translation>Stamp kennt keine OAuth-Anmeldung für %1: Es meldet sich mit einem Passwort an (einem App-Passwort, wo der Anbieter welche anbietet).</translation>
    </message>
    <message>
        <source>The account signed in with OAuth, which Stamp offers only for the providers it knows; it will log in with a password instead.</source>
        <translation>Das Konto hat sich mit OAuth angemeldet, das Stamp nur für die Anbieter anbietet, die es kennt; Stamp meldet sich stattdessen mit einem Passwort an.</translation>
    </message>
    <message>
        <source>Not imported: the account "%1" already uses this server with this user name.</source>
        <translation>Nicht importiert: Das Konto "%1" verwendet diesen Server bereits mit diesem Benutzernamen.</translation>
    </message>
    <message>
        <source>Not imported: same server and user name as %1; its address is added to that account as an identity.</source>
        <translation>Nicht importiert: derselbe Server und Benutzername wie %1; seine Adresse wird diesem Konto als Identität hinzugefügt.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MailTransaction</name>
    <message>
        <source>The sender address "%1" cannot be used: %2.</source>
        <extracomment>%1 is an email address; %2 says what is wrong with it</extracomment>
        <translation>Die Absenderadresse "%1" kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <source>The recipient address "%1" cannot be used: %2.</source>
        <extracomment>%1 is an email address; %2 says what is wrong with it</extracomment>
        <translation>Die Empfängeradresse "%1" kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The message content cannot be read.</source>
        <translation>Der Inhalt der Nachricht kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The message content must come from a file, not a stream.</source>
        <translation>Der Inhalt der Nachricht muss aus einer Datei stammen, nicht aus einem Datenstrom.</translation>
    </message>
    <message>
        <source>The message content could not be read: %1.</source>
        <extracomment>%1 is the system's error message</extracomment>
        <translation>Der Inhalt der Nachricht konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and the server does not support SMTPUTF8.</source>
        <translation>Eine Adresse enthält vor dem @ Nicht-ASCII-Zeichen, und der Server unterstützt kein SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message is %L1 bytes; the server accepts at most %L2 bytes.</source>
        <extracomment>%1 and %2 are sizes in bytes</extracomment>
        <translation>Die Nachricht ist %L1 Byte groß; der Server nimmt höchstens %L2 Byte an.</translation>
    </message>
    <message>
        <source>The message has 8-bit content but the server does not announce 8BITMIME; sending it unchanged.</source>
        <translation>Die Nachricht hat 8-Bit-Inhalt, aber der Server kündigt kein 8BITMIME an; sie wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>Der Server hat den Absender abgelehnt: %1</translation>
    </message>
    <message>
        <source>Recipient %1 refused: %2</source>
        <extracomment>%1 is an email address; %2 is the server's reply</extracomment>
        <translation>Empfänger %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation>Der Server hat alle Empfänger abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused DATA: %1</source>
        <translation>Der Server hat DATA abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Der Server hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused RSET: %1</source>
        <translation>Der Server hat RSET abgelehnt: %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when this happened: the server may have accepted it. It must not be sent again without checking.</source>
        <translation>Die Nachricht war bereits vollständig gesendet, als dies geschah: Der Server hat sie möglicherweise angenommen. Sie darf nicht ohne Prüfung erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports (DSN); the message is sent without asking for one.</source>
        <translation>Der Server bietet keine Zustellbenachrichtigungen (DSN) an; die Nachricht wird gesendet, ohne eine anzufordern.</translation>
    </message>
</context>
<context>
    <name>MailboxName</name>
    <message>
        <source>The mailbox name holds a byte that modified UTF-7 does not allow.</source>
        <translation>Der Ordnername enthält ein Byte, das modifiziertes UTF-7 nicht erlaubt.</translation>
    </message>
    <message>
        <source>The mailbox name has an unterminated "&amp;" sequence.</source>
        <translation>Der Ordnername enthält eine nicht abgeschlossene "&amp;"-Sequenz.</translation>
    </message>
    <message>
        <source>The mailbox name is not in modified UTF-7.</source>
        <translation>Der Ordnername ist nicht in modifiziertem UTF-7 kodiert.</translation>
    </message>
</context>
<context>
    <name>MailtoLink</name>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopie (Cc)</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Blindkopie (Bcc)</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>In-Reply-To</source>
        <translation>In-Reply-To</translation>
    </message>
    <message>
        <source>The link's %1 has a malformed escape "%2" (a % must be followed by two hexadecimal digits); it was left out.</source>
        <translation>Das Feld „%1“ des Links enthält eine fehlerhafte Escape-Sequenz "%2" (auf ein % müssen zwei Hexadezimalziffern folgen); es wurde weggelassen.</translation>
    </message>
    <message>
        <source>The link's %1 is not UTF-8 text; it was left out.</source>
        <translation>Das Feld „%1“ des Links ist kein UTF-8-Text; es wurde weggelassen.</translation>
    </message>
    <message>
        <source>This is not a mailto: link.</source>
        <translation>Dies ist kein mailto:-Link.</translation>
    </message>
    <message>
        <source>The link is longer than %1 characters; it was not used.</source>
        <translation>Der Link ist länger als %1 Zeichen; er wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>The link's %1 contains a line break or control character; it was left out.</source>
        <translation>Das Feld „%1“ des Links enthält einen Zeilenumbruch oder ein Steuerzeichen; es wurde weggelassen.</translation>
    </message>
    <message>
        <source>The link names more than %1 recipients; the %2 addresses for %3 were left out.</source>
        <translation>Der Link nennt mehr als %1 Empfänger; die %2 Adressen für „%3“ wurden weggelassen.</translation>
    </message>
    <message>
        <source>Address in %1: %2.</source>
        <translation>Adresse in „%1“: %2.</translation>
    </message>
    <message>
        <source>The link gives more than one %1; the first was used.</source>
        <translation>Der Link gibt „%1“ mehr als einmal an; der erste Wert wurde verwendet.</translation>
    </message>
    <message>
        <source>The link's %1 contains a line break, which could add hidden header fields; it was left out.</source>
        <translation>Das Feld „%1“ des Links enthält einen Zeilenumbruch, der versteckte Kopfzeilen hinzufügen könnte; es wurde weggelassen.</translation>
    </message>
    <message>
        <source>The link's %1 contains control characters; it was left out.</source>
        <translation>Das Feld „%1“ des Links enthält Steuerzeichen; es wurde weggelassen.</translation>
    </message>
    <message>
        <source>The link's %1 is longer than %2 characters; it was left out.</source>
        <translation>Das Feld „%1“ des Links ist länger als %2 Zeichen; es wurde weggelassen.</translation>
    </message>
    <message>
        <source>The link's In-Reply-To "%1" is not a message identifier; it was left out.</source>
        <translation>Das In-Reply-To "%1" im Link ist keine Nachrichtenkennung; es wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>The message was sent to every recipient, the check passed, or the command did what was asked.</source>
        <translation>Die Nachricht wurde an alle Empfänger gesendet, die Prüfung war erfolgreich, oder der Befehl hat getan, was verlangt war.</translation>
    </message>
    <message>
        <source>Some recipients were refused (the others accepted the message), or some outbox entries could not be read.</source>
        <translation>Einige Empfänger wurden abgelehnt (die anderen haben die Nachricht angenommen), oder einige Einträge im Postausgang konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The command line is wrong: an unknown option, a missing or malformed value.</source>
        <translation>Die Befehlszeile ist falsch: eine unbekannte Option, ein fehlender oder fehlerhafter Wert.</translation>
    </message>
    <message>
        <source>Nothing was sent, or the check failed; the reason is printed on standard error.</source>
        <translation>Es wurde nichts gesendet, oder die Prüfung ist fehlgeschlagen; der Grund steht in der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Where the configuration goes (default: ~/.config).</source>
        <translation>Wo die Konfiguration gespeichert wird (Standard: ~/.config).</translation>
    </message>
    <message>
        <source>Where the outbox, Sent items and drafts go (default: ~/.local/share).</source>
        <translation>Wo Postausgang, gesendete Nachrichten und Entwürfe gespeichert werden (Standard: ~/.local/share).</translation>
    </message>
    <message>
        <source>Use this directory for the outbox instead.</source>
        <translation>Stattdessen dieses Verzeichnis für den Postausgang verwenden.</translation>
    </message>
    <message>
        <source>Use this directory for Sent items instead.</source>
        <translation>Stattdessen dieses Verzeichnis für gesendete Nachrichten verwenden.</translation>
    </message>
    <message>
        <source>Read OAuth client registrations from this file instead.</source>
        <translation>OAuth-Client-Registrierungen stattdessen aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Benutzerbefehle</translation>
    </message>
    <message>
        <source>send mail through an SMTP submission server and explain every failure</source>
        <translation>Mail über einen SMTP-Postausgangs-Server senden und jeden Fehler erklären</translation>
    </message>
    <message>
        <source>Stamp sends mail through your provider's SMTP submission server and explains every failure. Started without arguments it opens its window; with a command it works on the command line, without a display, for scripts.</source>
        <translation>Stamp sendet Mail über den SMTP-Postausgangs-Server Ihres Anbieters und erklärt jeden Fehler. Ohne Argumente gestartet, öffnet es sein Fenster; mit einem Befehl arbeitet es auf der Befehlszeile, ohne grafische Oberfläche, für Skripte.</translation>
    </message>
    <message>
        <source>Every command prints its options with --help. Shell completion for bash, zsh and fish is installed with Stamp, and printed by 'stamp completion SHELL'.</source>
        <translation>Jeder Befehl gibt mit --help seine Optionen aus. Die Shell-Vervollständigung für bash, zsh und fish wird mit Stamp installiert und von 'stamp completion SHELL' ausgegeben.</translation>
    </message>
    <message>
        <source>The saved accounts (no passwords).</source>
        <translation>Die gespeicherten Konten (ohne Passwörter).</translation>
    </message>
    <message>
        <source>OAuth client registrations, if any.</source>
        <translation>OAuth-Client-Registrierungen, falls vorhanden.</translation>
    </message>
    <message>
        <source>The outbox: queued messages and their state.</source>
        <translation>Der Postausgang: Nachrichten in der Warteschlange und ihr Zustand.</translation>
    </message>
    <message>
        <source>Sent items and their session transcripts.</source>
        <translation>Gesendete Nachrichten und ihre Sitzungsprotokolle.</translation>
    </message>
    <message>
        <source>Drafts saved by the window.</source>
        <translation>Vom Fenster gespeicherte Entwürfe.</translation>
    </message>
    <message>
        <source>Passwords and OAuth sign-ins are kept only in the system keychain (the Secret Service on Linux), never in Stamp's files. A password is never taken from an argument, which other users could read in the process list: it comes from standard input or from an environment variable named on the command line, for one run. Session transcripts show the password redacted. An unencrypted connection is only ever a choice made with --security none, never a fallback, and a password is sent without TLS only to this machine unless --allow-plaintext-auth says otherwise.</source>
        <translation>Passwörter und OAuth-Anmeldungen werden nur im Schlüsselbund des Systems aufbewahrt (unter Linux im Secret Service), nie in den Dateien von Stamp. Ein Passwort wird nie aus einem Argument übernommen, das andere Benutzer in der Prozessliste lesen könnten: Es kommt von der Standardeingabe oder aus einer auf der Befehlszeile genannten Umgebungsvariablen, für einen Aufruf. Sitzungsprotokolle zeigen das Passwort unkenntlich gemacht. Eine unverschlüsselte Verbindung ist immer nur eine ausdrückliche Wahl mit --security none, nie ein Rückfall, und ein Passwort wird ohne TLS nur an diesen Rechner gesendet, sofern --allow-plaintext-auth nichts anderes bestimmt.</translation>
    </message>
    <message>
        <source>Message templates (stamp template, send --template).</source>
        <translation>Nachrichtenvorlagen (stamp template, send --template).</translation>
    </message>
    <message>
        <source>The password for the login of the proxy given with --proxy or saved with the account, for one run; it wins over the keychain.</source>
        <translation>Das Passwort für die Anmeldung beim Proxy, der mit --proxy angegeben oder mit dem Konto gespeichert ist, für einen Aufruf; es hat Vorrang vor dem Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>ManPageCommand</name>
    <message>
        <source>takes no arguments.</source>
        <translation>erwartet keine Argumente.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>The sender: %1.</source>
        <translation>Absender: %1.</translation>
    </message>
    <message>
        <source>%1 contains a line break; it must be a single line.</source>
        <translation>%1 enthält einen Zeilenumbruch, darf aber nur eine Zeile sein.</translation>
    </message>
    <message>
        <source>%1 contains the control character %2.</source>
        <translation>%1 enthält das Steuerzeichen %2.</translation>
    </message>
    <message>
        <source>%1 has no file name.</source>
        <translation>%1 hat keinen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist.</source>
        <translation>%1 "%2" existiert nicht.</translation>
    </message>
    <message>
        <source>%1 "%2" is a folder, not a file.</source>
        <translation>%1 "%2" ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 "%2" is not a regular file.</source>
        <translation>%1 "%2" ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 "%2" cannot be read: %3.</source>
        <translation>%1 "%2" kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>A name in %1</source>
        <translation>Ein Name im Feld %1</translation>
    </message>
    <message>
        <source>The sender (From) is missing.</source>
        <translation>Der Absender (From) fehlt.</translation>
    </message>
    <message>
        <source>The sender's name</source>
        <translation>Der Name des Absenders</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Der Betreff</translation>
    </message>
    <message>
        <source>The header "%1" is written by Stamp itself and cannot be given as an extra header.</source>
        <translation>Die Kopfzeile "%1" schreibt Stamp selbst; sie kann nicht als zusätzliche Kopfzeile angegeben werden.</translation>
    </message>
    <message>
        <source>The value of the header "%1"</source>
        <translation>Der Wert der Kopfzeile "%1"</translation>
    </message>
    <message>
        <source>In-Reply-To "%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>In-Reply-To "%1" ist keine Message-ID wie &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>The reference "%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>Der Verweis "%1" ist keine Message-ID wie &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>Der Anhang</translation>
    </message>
    <message>
        <source>"%1" is not a content type such as text/plain.</source>
        <translation>"%1" ist kein Inhaltstyp wie text/plain.</translation>
    </message>
    <message>
        <source>Inline images are shown by the HTML part, but the message has no HTML body.</source>
        <translation>Eingebettete Bilder werden im HTML-Teil angezeigt, aber die Nachricht hat keinen HTML-Text.</translation>
    </message>
    <message>
        <source>The inline image</source>
        <translation>Das eingebettete Bild</translation>
    </message>
    <message>
        <source>"%1" is not a content type such as image/png.</source>
        <translation>"%1" ist kein Inhaltstyp wie image/png.</translation>
    </message>
    <message>
        <source>The content ID "%1" of the inline image "%2" is not of the form name@domain.</source>
        <translation>Die Content-ID "%1" des eingebetteten Bildes "%2" hat nicht die Form name@domain.</translation>
    </message>
    <message>
        <source>A header name is empty.</source>
        <translation>Ein Kopfzeilenname ist leer.</translation>
    </message>
    <message>
        <source>The header name "%1" may only contain printable ASCII characters other than a colon.</source>
        <translation>Der Kopfzeilenname "%1" darf nur druckbare ASCII-Zeichen außer dem Doppelpunkt enthalten.</translation>
    </message>
    <message>
        <source>The header name "%1" is longer than 76 characters.</source>
        <translation>Der Kopfzeilenname "%1" ist länger als 76 Zeichen.</translation>
    </message>
</context>
<context>
    <name>MessageOptions</name>
    <message>
        <source>Sender: an address, or "Name &lt;address&gt;".</source>
        <translation>Absender: eine Adresse oder "Name &lt;address&gt;".</translation>
    </message>
    <message>
        <source>The sender's name, shown by mail readers.</source>
        <translation>Der Name des Absenders, von Mailprogrammen angezeigt.</translation>
    </message>
    <message>
        <source>Recipients (repeatable; several separated by commas or semicolons; "Name &lt;address&gt;" and groups such as "Team: a@x, b@y;" are understood).</source>
        <translation>Empfänger (wiederholbar; mehrere durch Kommas oder Semikolons getrennt; "Name &lt;address&gt;" und Gruppen wie "Team: a@x, b@y;" werden verstanden).</translation>
    </message>
    <message>
        <source>Copy recipients (repeatable, like --to).</source>
        <translation>Kopie-Empfänger (wiederholbar, wie --to).</translation>
    </message>
    <message>
        <source>Blind copy recipients: envelope only, never written into the message.</source>
        <translation>Blindkopie-Empfänger: nur im Umschlag, nie in die Nachricht geschrieben.</translation>
    </message>
    <message>
        <source>Where replies should go (repeatable, like --to).</source>
        <translation>Wohin Antworten gehen sollen (wiederholbar, wie --to).</translation>
    </message>
    <message>
        <source>The subject line.</source>
        <translation>Die Betreffzeile.</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>Der Nachrichtentext.</translation>
    </message>
    <message>
        <source>Read the message text (UTF-8) from a file.</source>
        <translation>Den Nachrichtentext (UTF-8) aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>Read an HTML version of the message (UTF-8) from a file; readers show it instead of the text.</source>
        <translation>Eine HTML-Fassung der Nachricht (UTF-8) aus einer Datei lesen; Mailprogramme zeigen sie anstelle des Texts an.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable). Its type is found from its name and content.</source>
        <translation>Eine Datei anhängen (wiederholbar). Ihr Typ wird aus Name und Inhalt ermittelt.</translation>
    </message>
    <message>
        <source>Add a header field, given as "Name: value" (repeatable).</source>
        <translation>Eine Kopfzeile hinzufügen, angegeben als "Name: Wert" (wiederholbar).</translation>
    </message>
    <message>
        <source>high, normal (default) or low.</source>
        <translation>high, normal (Standard) oder low.</translation>
    </message>
    <message>
        <source>The Message-ID of the message this one answers.</source>
        <translation>Die Message-ID der Nachricht, auf die diese antwortet.</translation>
    </message>
    <message>
        <source>Message-IDs of the conversation so far, oldest first (repeatable).</source>
        <translation>Message-IDs der bisherigen Unterhaltung, älteste zuerst (wiederholbar).</translation>
    </message>
    <message>
        <source>A mailto: link (RFC 6068) to start from. --to, --cc and --bcc add to its recipients; --subject, --body or --body-file, and --in-reply-to replace its subject, text and In-Reply-To. Other fields in the link (attach, from, other headers) are ignored, with a warning.</source>
        <translation>Ein mailto:-Link (RFC 6068) als Ausgangspunkt. --to, --cc und --bcc ergänzen seine Empfänger; --subject, --body oder --body-file und --in-reply-to ersetzen seinen Betreff, Text und In-Reply-To. Andere Felder im Link (attach, from, weitere Kopfzeilen) werden mit einer Warnung ignoriert.</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (only one mailto: link may be given).</source>
        <translation>unerwartetes Argument "%1" (es darf nur ein mailto:-Link angegeben werden).</translation>
    </message>
    <message>
        <source>the link's "%1" field is ignored (RFC 6068 §7).</source>
        <translation>das Feld "%1" des Links wird ignoriert (RFC 6068 §7).</translation>
    </message>
    <message>
        <source>cannot read %1 "%2": %3.</source>
        <translation>%1 "%2" kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 "%2" is larger than 64 MiB; send it with --attach instead.</source>
        <translation>%1 "%2" ist größer als 64 MiB; senden Sie die Datei stattdessen mit --attach.</translation>
    </message>
    <message>
        <source>%1 "%2" is not UTF-8 text; convert it, or send it with --attach instead.</source>
        <translation>%1 "%2" ist kein UTF-8-Text; konvertieren Sie die Datei oder senden Sie sie stattdessen mit --attach.</translation>
    </message>
    <message>
        <source>--from is required.</source>
        <translation>--from ist erforderlich.</translation>
    </message>
    <message>
        <source>--from: %1.</source>
        <translation>--from: %1.</translation>
    </message>
    <message>
        <source>use either --body or --body-file, not both.</source>
        <translation>verwenden Sie entweder --body oder --body-file, nicht beides.</translation>
    </message>
    <message>
        <source>--header "%1" needs the form "Name: value".</source>
        <translation>--header "%1" braucht die Form "Name: Wert".</translation>
    </message>
    <message>
        <source>--priority must be high, normal or low, not "%1".</source>
        <translation>--priority muss high, normal oder low sein, nicht "%1".</translation>
    </message>
    <message>
        <source>Write a Sender field: the address that sends the message for its author (RFC 5322 §3.6.2). With a saved account Stamp writes one itself when the server needs it.</source>
        <translation>Ein Sender-Feld schreiben: die Adresse, die die Nachricht im Auftrag ihres Autors sendet (RFC 5322 §3.6.2). Bei einem gespeicherten Konto schreibt Stamp selbst eines, wenn der Server es verlangt.</translation>
    </message>
    <message>
        <source>Start from this saved template (see 'stamp template list'). --from, --to, --cc, --bcc, --subject, --body or --body-file and --html-file replace its fields; --attach adds files to its attachments.</source>
        <translation>Mit dieser gespeicherten Vorlage beginnen (siehe 'stamp template list'). --from, --to, --cc, --bcc, --subject, --body oder --body-file und --html-file ersetzen ihre Felder; --attach fügt ihren Anhängen Dateien hinzu.</translation>
    </message>
    <message>
        <source>--template and a mailto: link both start a message; give one of them.</source>
        <translation>--template und ein mailto:-Link beginnen beide eine Nachricht; geben Sie nur eines davon an.</translation>
    </message>
    <message>
        <source>--template: there is no template named "%1" ('stamp template list' shows them).</source>
        <translation>--template: Es gibt keine Vorlage namens "%1" ('stamp template list' zeigt die Vorlagen an).</translation>
    </message>
    <message>
        <source>--template: "%1" attaches "%2", which cannot be read (any more).</source>
        <translation>--template: "%1" hängt "%2" an, aber die Datei kann nicht (mehr) gelesen werden.</translation>
    </message>
    <message>
        <source>--sender: %1.</source>
        <translation>--sender: %1.</translation>
    </message>
    <message>
        <source>Ask the recipients' mail readers for a read receipt to the sender (RFC 8098); they may ignore it.</source>
        <translation>Die Mailprogramme der Empfänger um eine Lesebestätigung an den Absender bitten (RFC 8098); sie können dies ignorieren.</translation>
    </message>
</context>
<context>
    <name>MessageUpload</name>
    <message>
        <source>[sending the message: %L1 bytes]</source>
        <extracomment>Shown in the session log; %1 is a size in bytes</extracomment>
        <translation>[Nachricht wird gesendet: %L1 Byte]</translation>
    </message>
    <message>
        <source>[sending the message]</source>
        <translation>[Nachricht wird gesendet]</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <extracomment>%1 is the system's error message</extracomment>
        <translation>Lesen der Nachricht fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>[message sent: %L1 bytes]</source>
        <extracomment>Shown in the session log; %1 is a size in bytes</extracomment>
        <translation>[Nachricht gesendet: %L1 Byte]</translation>
    </message>
    <message>
        <source>The server refused part of the message: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Der Server hat einen Teil der Nachricht abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>The attachment "%1" cannot be read: %2.</source>
        <translation>Der Anhang "%1" kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @; the message can only be written with UTF-8 headers, for a server that offers SMTPUTF8.</source>
        <translation>Eine Adresse enthält vor dem @ Nicht-ASCII-Zeichen; die Nachricht kann nur mit UTF-8-Kopfzeilen geschrieben werden, für einen Server, der SMTPUTF8 anbietet.</translation>
    </message>
    <message>
        <source>"%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>"%1" ist keine Message-ID wie &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>Cannot write the message: %1.</source>
        <translation>Die Nachricht kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot read the attachment "%1": %2.</source>
        <translation>Der Anhang "%1" kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The attachment "%1" changed while the message was being written.</source>
        <translation>Der Anhang "%1" hat sich geändert, während die Nachricht geschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>MsmtpConfig</name>
    <message>
        <source>line %1: an account without a name</source>
        <translation>Zeile %1: ein Konto ohne Namen</translation>
    </message>
    <message>
        <source>line %1: the account "%2" is defined a second time; the first one is used</source>
        <translation>Zeile %1: das Konto "%2" wird ein zweites Mal definiert; das erste wird verwendet</translation>
    </message>
    <message>
        <source>it inherits from "%1", which is not defined</source>
        <translation>es erbt von "%1", das nicht definiert ist</translation>
    </message>
    <message>
        <source>its settings inherit in a circle (%1)</source>
        <translation>die Vererbung seiner Einstellungen bildet einen Kreis (%1)</translation>
    </message>
</context>
<context>
    <name>MsmtpExport</name>
    <message>
        <source>The account "%1" signs in with %2 instead of a password. msmtp could only use a short-lived access token that something renews for it, and Stamp keeps only the sign-in itself, so no working msmtp configuration can be written. Use an app password with msmtp, where the provider offers one.</source>
        <translation>Das Konto "%1" meldet sich mit %2 statt mit einem Passwort an. msmtp könnte nur ein kurzlebiges Zugriffstoken verwenden, das etwas anderes für es erneuert, und Stamp bewahrt nur die Anmeldung selbst auf, daher lässt sich keine funktionierende msmtp-Konfiguration schreiben. Verwenden Sie mit msmtp ein App-Passwort, wo der Anbieter eines anbietet.</translation>
    </message>
</context>
<context>
    <name>MsmtpImport</name>
    <message>
        <source>No msmtp configuration was found (~/.msmtprc or ~/.config/msmtp/config). Name the file.</source>
        <translation>Es wurde keine msmtp-Konfiguration gefunden (~/.msmtprc oder ~/.config/msmtp/config). Geben Sie die Datei an.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A line of the file was not understood and was left out (%1).</source>
        <translation>Eine Zeile der Datei wurde nicht verstanden und weggelassen (%1).</translation>
    </message>
    <message>
        <source>The default setting "%1" has no counterpart in Stamp and was left out.</source>
        <translation>Die Standardeinstellung "%1" hat keine Entsprechung in Stamp und wurde weggelassen.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <source>msmtp sent through this server without encryption. Stamp will too, but refuses to log in that way; choose STARTTLS or TLS in the account's settings if the server offers it.</source>
        <translation>msmtp hat über diesen Server ohne Verschlüsselung gesendet. Stamp tut das auch, meldet sich so aber nicht an; wählen Sie in den Kontoeinstellungen STARTTLS oder TLS, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <source>The port "%1" is not a port number; the usual one is used.</source>
        <translation>Der Port "%1" ist keine Portnummer; der übliche wird verwendet.</translation>
    </message>
    <message>
        <source>Stamp does not offer the login method "%1"; it will choose the strongest password method the server offers.</source>
        <translation>Stamp bietet die Anmeldemethode "%1" nicht an; es wählt die stärkste Passwortmethode, die der Server anbietet.</translation>
    </message>
    <message>
        <source>The From pattern "%1" cannot be an address to send from.</source>
        <translation>Das From-Muster "%1" kann nicht als Absenderadresse dienen.</translation>
    </message>
    <message>
        <source>No From address is set; the user name is used as the address.</source>
        <translation>Es ist keine From-Adresse gesetzt; der Benutzername wird als Adresse verwendet.</translation>
    </message>
    <message>
        <source>Not imported: the account has no From address.</source>
        <translation>Nicht importiert: Das Konto hat keine From-Adresse.</translation>
    </message>
    <message>
        <source>Not imported: the account has no host.</source>
        <translation>Nicht importiert: Das Konto hat keinen Host.</translation>
    </message>
    <message>
        <source>The certificate fingerprint is not a SHA-256 one, the only kind Stamp pins by; the certificate will be verified as usual.</source>
        <translation>Der Zertifikat-Fingerabdruck ist kein SHA-256-Fingerabdruck, die einzige Art, über die Stamp Zertifikate hinterlegt; das Zertifikat wird wie üblich geprüft.</translation>
    </message>
    <message>
        <source>msmtp did not check the server's certificate. Stamp always does: if the check fails, Stamp shows the certificate and you can trust exactly that one.</source>
        <translation>msmtp hat das Zertifikat des Servers nicht geprüft. Stamp tut das immer: Schlägt die Prüfung fehl, zeigt Stamp das Zertifikat an, und Sie können genau diesem vertrauen.</translation>
    </message>
    <message>
        <source>The password (or the command that gives it) is not imported: Stamp asks for it once, for the keychain.</source>
        <translation>Das Passwort (oder der Befehl, der es liefert) wird nicht importiert: Stamp fragt einmal danach, für den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The setting "%1" has no counterpart in Stamp and was left out.</source>
        <translation>Die Einstellung "%1" hat in Stamp keine Entsprechung und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The file defines no account.</source>
        <translation>Die Datei legt kein Konto fest.</translation>
    </message>
</context>
<context>
    <name>OAuthClientConfig</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at offset %3).</source>
        <translation>%1 ist kein JSON-Objekt (%2 an Position %3).</translation>
    </message>
    <message>
        <source>%1 offers no OAuth sign-in that Stamp knows of.</source>
        <translation>%1 bietet keine OAuth-Anmeldung an, die Stamp kennt.</translation>
    </message>
    <message>
        <source>The OAuth client settings cannot be read: %1</source>
        <translation>Die OAuth-Client-Einstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Stamp has no OAuth client ID for %1 (issuer %2), so it cannot sign in there.</source>
        <translation>Stamp hat keine OAuth-Client-ID für %1 (Aussteller %2) und kann sich dort daher nicht anmelden.</translation>
    </message>
    <message>
        <source>A packager sets one when building Stamp with the CMake variable %1%2; anyone can set one in %3 as {"%4": {"clientId": "..."%5}}.</source>
        <translation>Paketbetreuer legen sie beim Bauen von Stamp mit der CMake-Variablen %1%2 fest; jeder kann sie in %3 als {"%4": {"clientId": "..."%5}} festlegen.</translation>
    </message>
    <message>
        <source> (and %1, which this provider requires)</source>
        <translation> (und %1, die dieser Anbieter verlangt)</translation>
    </message>
    <message>
        <source>Set one in %1 as {"%2": {"clientId": "..."}}.</source>
        <translation>Legen Sie sie in %1 als {"%2": {"clientId": "..."}} fest.</translation>
    </message>
    <message>
        <source>%1 also accepts an app password: use that instead of signing in.</source>
        <translation>%1 akzeptiert auch ein App-Passwort: Verwenden Sie dieses, statt sich anzumelden.</translation>
    </message>
    <message>
        <source>%1 requires a client secret with its client ID; set STAMP_OAUTH_%2_CLIENT_SECRET when building, or "clientSecret" for "%3" in %4.</source>
        <translation>%1 verlangt zur Client-ID ein Client-Secret; setzen Sie beim Bauen STAMP_OAUTH_%2_CLIENT_SECRET oder "clientSecret" für "%3" in %4.</translation>
    </message>
    <message>
        <source>No sign-in endpoints are known for %1: set "authUrl" and "tokenUrl" for "%1" in %2.</source>
        <translation>Für %1 sind keine Anmelde-Endpunkte bekannt: Setzen Sie "authUrl" und "tokenUrl" für "%1" in %2.</translation>
    </message>
    <message>
        <source>The sign-in endpoint %1 is not usable: it must be an https address (plain http only on this computer).</source>
        <translation>Der Anmelde-Endpunkt %1 ist nicht verwendbar: Er muss eine https-Adresse sein (einfaches http nur auf diesem Computer).</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>ungewiss</translation>
    </message>
    <message>
        <source>Cannot create the outbox folder "%1".</source>
        <translation>Der Postausgangsordner "%1" kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the message to the outbox: %1</source>
        <translation>Die Nachricht kann nicht in den Postausgang geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the outbox record %1: %2</source>
        <translation>Der Postausgangseintrag %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no message "%1" in the outbox.</source>
        <translation>Im Postausgang gibt es keine Nachricht "%1".</translation>
    </message>
    <message>
        <source>"%1" matches %2 messages; give more of the id.</source>
        <translation>"%1" passt auf %2 Nachrichten; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>Stamp stopped while this message was being sent, after its content had started to go out. The server may have accepted it: check with a recipient, then retry or remove it.</source>
        <translation>Stamp wurde beim Senden dieser Nachricht beendet, nachdem die Übertragung ihres Inhalts schon begonnen hatte. Der Server hat sie möglicherweise angenommen: Fragen Sie bei einem Empfänger nach und versuchen Sie es dann erneut oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Stamp stopped before this message was sent; it will be sent at the next try.</source>
        <translation>Stamp wurde beendet, bevor diese Nachricht gesendet wurde; sie wird beim nächsten Versuch gesendet.</translation>
    </message>
    <message>
        <source>The message %1 is being sent right now; try again when that has finished.</source>
        <translation>Die Nachricht %1 wird gerade gesendet; versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The message %1 is being sent right now.</source>
        <translation>Die Nachricht %1 wird gerade gesendet.</translation>
    </message>
    <message>
        <source>The outbox record %1 cannot be read.</source>
        <translation>Der Postausgangseintrag %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The message %1 was sent already.</source>
        <translation>Die Nachricht %1 wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>Retry requested.</source>
        <translation>Erneuter Versuch angefordert.</translation>
    </message>
    <message>
        <source>The message %1 is being sent; it can no longer be taken back.</source>
        <translation>Die Nachricht %1 wird gesendet; sie kann nicht mehr zurückgeholt werden.</translation>
    </message>
    <message>
        <source>Too late: the message %1 is no longer held for undo.</source>
        <translation>Zu spät: Die Nachricht %1 wird nicht mehr zum Rückgängigmachen zurückgehalten.</translation>
    </message>
    <message>
        <source>Cannot read the message %1: %2</source>
        <translation>Die Nachricht %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The message %1 may have been delivered already; check, then retry it.</source>
        <translation>Die Nachricht %1 wurde möglicherweise bereits zugestellt; prüfen Sie das und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The message %1 failed; retry it to send it again.</source>
        <translation>Die Nachricht %1 ist fehlgeschlagen; versuchen Sie es erneut, um sie noch einmal zu senden.</translation>
    </message>
    <message>
        <source>Cannot remove the outbox record %1.</source>
        <translation>Der Postausgangseintrag %1 kann nicht entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) over several days. Last problem: %1</source>
        <translation>
            <numerusform>Nach %n Versuch(en) über mehrere Tage aufgegeben. Letztes Problem: %1</numerusform>
            <numerusform>Nach %n Versuch(en) über mehrere Tage aufgegeben. Letztes Problem: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). It has worked before, so Stamp tries again every minute and sends the message as soon as it answers.</source>
        <translation>%1 ist nicht erreichbar (%2). Es hat früher funktioniert, daher versucht Stamp es jede Minute erneut und sendet die Nachricht, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2) and has never answered Stamp: check the server name and port in the account's settings. Stamp keeps trying meanwhile.</source>
        <translation>%1 ist nicht erreichbar (%2) und hat Stamp noch nie geantwortet: Prüfen Sie Servername und Port in den Einstellungen des Kontos. Stamp versucht es währenddessen weiter.</translation>
    </message>
    <message>
        <source>Offline: waiting for the network (%1).</source>
        <translation>Offline: Warten auf das Netzwerk (%1).</translation>
    </message>
    <message>
        <source>The connection ended after the whole message was sent, before the server confirmed it. It may have been delivered: check with a recipient, then retry or remove it.</source>
        <translation>Die Verbindung endete, nachdem die ganze Nachricht gesendet war, aber bevor der Server sie bestätigte. Sie wurde möglicherweise zugestellt: Fragen Sie bei einem Empfänger nach und versuchen Sie es dann erneut oder entfernen Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) refused: %1</source>
        <translation>
            <numerusform>%n Empfänger abgelehnt: %1</numerusform>
            <numerusform>%n Empfänger abgelehnt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The others have it; 'retry' sends to the refused recipients only.</source>
        <translation>Die anderen haben sie erhalten; 'retry' sendet nur an die abgelehnten Empfänger.</translation>
    </message>
    <message>
        <source>Not sent; no reason was reported.</source>
        <translation>Nicht gesendet; es wurde kein Grund gemeldet.</translation>
    </message>
    <message>
        <source>Sending was cancelled before this message went out.</source>
        <translation>Das Senden wurde abgebrochen, bevor diese Nachricht hinausging.</translation>
    </message>
    <message>
        <source>Not sent: the connection broke while an earlier message was being sent.</source>
        <translation>Nicht gesendet: Die Verbindung brach ab, während eine frühere Nachricht gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>held (undo until %1)</source>
        <translation>zurückgehalten (rückgängig bis %1)</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>nicht vor %1</translation>
    </message>
    <message>
        <source>from %1, subject "%2", %3 bytes, %4 attempt(s)</source>
        <translation>von %1, Betreff "%2", %3 Bytes, %4 Versuch(e)</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was Sie tun können: %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet am %1</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation>Server-ID %1</translation>
    </message>
    <message>
        <source>from %1, subject "%2", %3 bytes, via %4</source>
        <translation>von %1, Betreff "%2", %3 Bytes, über %4</translation>
    </message>
    <message>
        <source>there is no account "%1".</source>
        <translation>es gibt kein Konto "%1".</translation>
    </message>
    <message>
        <source>No sent messages are kept.</source>
        <translation>Es werden keine gesendeten Nachrichten aufbewahrt.</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <source>The outbox: messages queued with 'stamp send --queue' or '--at', their state and reason.</source>
        <translation>Der Postausgang: mit 'stamp send --queue' oder '--at' eingereihte Nachrichten, ihr Zustand und Grund.</translation>
    </message>
    <message>
        <source>list, flush, retry, remove, sent or transcript</source>
        <translation>list, flush, retry, remove, sent oder transcript</translation>
    </message>
    <message>
        <source>list, sent: print JSON.</source>
        <translation>list, sent: JSON ausgeben.</translation>
    </message>
    <message>
        <source>sent: only this account's messages.</source>
        <translation>sent: nur die Nachrichten dieses Kontos.</translation>
    </message>
    <message>
        <source>Run 'stamp outbox --help' for the actions.</source>
        <translation>Die Aktionen zeigt 'stamp outbox --help'.</translation>
    </message>
    <message>
        <source>name an action: list, flush, retry, remove, sent or transcript.</source>
        <translation>nennen Sie eine Aktion: list, flush, retry, remove, sent oder transcript.</translation>
    </message>
    <message>
        <source>list takes no argument.</source>
        <translation>list nimmt kein Argument.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>stamp outbox: cannot read %1 (left as it is).</source>
        <translation>stamp outbox: %1 kann nicht gelesen werden (unverändert gelassen).</translation>
    </message>
    <message>
        <source>sent takes no argument.</source>
        <translation>sent nimmt kein Argument.</translation>
    </message>
    <message>
        <source>transcript needs the id of a sent message.</source>
        <translation>transcript braucht die ID einer gesendeten Nachricht.</translation>
    </message>
    <message>
        <source>no single sent message matches "%1".</source>
        <translation>keine einzelne gesendete Nachricht passt auf "%1".</translation>
    </message>
    <message>
        <source>flush takes no argument.</source>
        <translation>flush nimmt kein Argument.</translation>
    </message>
    <message>
        <source>%1 needs the message id (or a unique start of it).</source>
        <translation>%1 braucht die Nachrichten-ID (oder einen eindeutigen Anfang davon).</translation>
    </message>
    <message>
        <source>%1 queued again; 'stamp outbox flush' sends it now.</source>
        <translation>%1 erneut in die Warteschlange gestellt; 'stamp outbox flush' sendet die Nachricht jetzt.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>unknown action "%1".</source>
        <translation>unbekannte Aktion "%1".</translation>
    </message>
    <message>
        <source>Next try %1; 'stamp outbox flush' tries now.</source>
        <translation>Nächster Versuch %1; 'stamp outbox flush' versucht es sofort.</translation>
    </message>
    <message>
        <source>Once that is mended, 'stamp outbox flush' tries again.</source>
        <translation>Sobald das behoben ist, versucht 'stamp outbox flush' es erneut.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>while looking up the server's address</source>
        <translation>beim Nachschlagen der Serveradresse</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>while waiting for the server's greeting</source>
        <translation>beim Warten auf die Begrüßung</translation>
    </message>
    <message>
        <source>while greeting the server (EHLO)</source>
        <translation>bei der Begrüßung des Servers (EHLO)</translation>
    </message>
    <message>
        <source>while asking the server to start encryption (STARTTLS)</source>
        <translation>bei der Aufforderung zum Start der Verschlüsselung (STARTTLS)</translation>
    </message>
    <message>
        <source>while setting up the encrypted connection</source>
        <translation>beim Aufbau der verschlüsselten Verbindung</translation>
    </message>
    <message>
        <source>while signing in</source>
        <translation>bei der Anmeldung</translation>
    </message>
    <message>
        <source>while sending the sender's address (MAIL FROM)</source>
        <translation>beim Senden der Absenderadresse (MAIL FROM)</translation>
    </message>
    <message>
        <source>while sending a recipient's address (RCPT TO)</source>
        <translation>beim Senden einer Empfängeradresse (RCPT TO)</translation>
    </message>
    <message>
        <source>while sending the message</source>
        <translation>beim Senden der Nachricht</translation>
    </message>
    <message>
        <source>while waiting for the server to accept the message</source>
        <translation>beim Warten auf die Annahme der Nachricht</translation>
    </message>
    <message>
        <source>before connecting to the server</source>
        <translation>vor dem Verbindungsaufbau zum Server</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Use the client authorization code; the login password is refused with 535.</source>
        <translation>Verwenden Sie den Client-Autorisierungscode; das Anmeldepasswort wird mit 535 abgelehnt.</translation>
    </message>
    <message>
        <source>Use SES SMTP credentials (not AWS access keys); they are per region. Change the region in the host name: email-smtp.REGION.amazonaws.com, not the email.REGION API host.</source>
        <translation>Verwenden Sie SES-SMTP-Zugangsdaten (keine AWS-Zugriffsschlüssel); sie gelten pro Region. Ändern Sie die Region im Hostnamen: email-smtp.REGION.amazonaws.com, nicht den API-Host email.REGION.</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Use an app password: "Generate app password" in the account security settings.</source>
        <translation>Verwenden Sie ein App-Passwort: "App-Passwort generieren" in den Sicherheitseinstellungen des Kontos.</translation>
    </message>
    <message>
        <source>The password is an SMTP key (not an API key); the user name is the SMTP login shown on the SMTP tab.</source>
        <translation>Das Passwort ist ein SMTP-Schlüssel (kein API-Schlüssel); der Benutzername ist die SMTP-Anmeldung, die auf der Registerkarte SMTP angezeigt wird.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Third-party access must be enabled in the Xfinity email settings.</source>
        <translation>Der Zugriff durch Drittanbieter muss in den E-Mail-Einstellungen von Xfinity aktiviert sein.</translation>
    </message>
    <message>
        <source>Every third-party app needs its own app password: Settings, Privacy &amp; Security, Integrations.</source>
        <translation>Jede Drittanbieter-App braucht ein eigenes App-Passwort: Einstellungen, Datenschutz &amp; Sicherheit, Integrationen.</translation>
    </message>
    <message>
        <source>Use an app password: it needs 2-Step Verification on the Google account. Work accounts with Advanced Protection or security-key-only 2-Step Verification cannot create one.</source>
        <translation>Verwenden Sie ein App-Passwort: Dafür ist die Bestätigung in zwei Schritten im Google-Konto nötig. Arbeitskonten mit dem Erweiterten Sicherheitsprogramm oder einer Bestätigung in zwei Schritten nur per Sicherheitsschlüssel können keines erstellen.</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>With two-factor authentication on, use an app-specific password.</source>
        <translation>Verwenden Sie bei aktivierter Zwei-Faktor-Authentifizierung ein app-spezifisches Passwort.</translation>
    </message>
    <message>
        <source>Enable POP3/IMAP access once in the GMX settings.</source>
        <translation>Aktivieren Sie einmalig den POP3/IMAP-Zugriff in den GMX-Einstellungen.</translation>
    </message>
    <message>
        <source>Other apps always need an app-specific password (two-factor authentication must be on): account.apple.com, Sign-In and Security.</source>
        <translation>Andere Apps brauchen immer ein app-spezifisches Passwort (die Zwei-Faktor-Authentifizierung muss aktiviert sein): account.apple.com, Anmeldung und Sicherheit.</translation>
    </message>
    <message>
        <source>Use a "password for external application".</source>
        <translation>Verwenden Sie ein "Passwort für externe Anwendungen".</translation>
    </message>
    <message>
        <source>Use the per-domain SMTP credentials from the Mailgun control panel (user e.g. postmaster@mg.example.com).</source>
        <translation>Verwenden Sie die domainspezifischen SMTP-Zugangsdaten aus dem Mailgun-Control-Panel (Benutzer z. B. postmaster@mg.example.com).</translation>
    </message>
    <message>
        <source>The user name is the API key and the password is the secret key.</source>
        <translation>Der Benutzername ist der API-Schlüssel und das Passwort der geheime Schlüssel.</translation>
    </message>
    <message>
        <source>Microsoft 365 uses OAuth2 sign-in. Basic SMTP AUTH is off by default from the end of December 2026 (notice MC786329); a tenant admin may re-enable it.</source>
        <translation>Microsoft 365 verwendet die OAuth2-Anmeldung. SMTP AUTH mit Standardauthentifizierung ist ab Ende Dezember 2026 standardmäßig ausgeschaltet (Mitteilung MC786329); ein Mandantenadministrator kann es wieder einschalten.</translation>
    </message>
    <message>
        <source>Outlook.com accepts only OAuth2 sign-in: password and app-password login for personal accounts ended on 2024-09-16.</source>
        <translation>Outlook.com akzeptiert nur die OAuth2-Anmeldung: Die Anmeldung mit Passwort oder App-Passwort für private Konten endete am 16.09.2024.</translation>
    </message>
    <message>
        <source>Use the Server API token as both the user name and the password. Broadcast streams use smtp-broadcasts.postmarkapp.com.</source>
        <translation>Verwenden Sie das Server-API-Token sowohl als Benutzernamen als auch als Passwort. Broadcast-Streams verwenden smtp-broadcasts.postmarkapp.com.</translation>
    </message>
    <message>
        <source>Use the Bridge password from the mailbox details in Proton Mail Bridge, not the Proton account password.</source>
        <translation>Verwenden Sie das Bridge-Passwort aus den Postfachdetails in Proton Mail Bridge, nicht das Passwort des Proton-Kontos.</translation>
    </message>
    <message>
        <source>Needs Proton Mail Bridge running on this computer (paid plans only). Bridge uses a self-signed certificate: pin it with --pin-sha256. Its port can differ from 1025.</source>
        <translation>Proton Mail Bridge muss auf diesem Computer laufen (nur in kostenpflichtigen Tarifen). Bridge verwendet ein selbstsigniertes Zertifikat: Hinterlegen Sie es mit --pin-sha256. Der Port kann von 1025 abweichen.</translation>
    </message>
    <message>
        <source>Only the 16-character authorization code works (since 2022-11), not the QQ password.</source>
        <translation>Nur der 16-stellige Autorisierungscode funktioniert (seit November 2022), nicht das QQ-Passwort.</translation>
    </message>
    <message>
        <source>The password is an API key with the Mail Send permission; the user name is the literal word apikey.</source>
        <translation>Das Passwort ist ein API-Schlüssel mit der Berechtigung Mail Send; der Benutzername ist wörtlich apikey.</translation>
    </message>
    <message>
        <source>Needs the separate "E-Mail-Passwort" set in the Telekom customer centre, not the login password.</source>
        <translation>Erfordert das separate "E-Mail-Passwort", das im Telekom Kundencenter festgelegt wird, nicht das Login-Passwort.</translation>
    </message>
    <message>
        <source>Enable POP3/IMAP access once in the WEB.DE settings.</source>
        <translation>Aktivieren Sie einmalig den POP3/IMAP-Zugriff in den WEB.DE-Einstellungen.</translation>
    </message>
    <message>
        <source>Use an app password: Yahoo account security, "Generate app password".</source>
        <translation>Verwenden Sie ein App-Passwort: Yahoo-Kontosicherheit, "App-Passwort generieren".</translation>
    </message>
    <message>
        <source>Create an app password for each mail client; it is mandatory with two-factor authentication.</source>
        <translation>Erstellen Sie für jedes Mailprogramm ein App-Passwort; bei Zwei-Faktor-Authentifizierung ist es Pflicht.</translation>
    </message>
    <message>
        <source>With multi-factor authentication on, an app password is mandatory.</source>
        <translation>Bei aktivierter Multi-Faktor-Authentifizierung ist ein App-Passwort Pflicht.</translation>
    </message>
    <message>
        <source>IMAP/SMTP access must be enabled in the Zoho Mail settings first.</source>
        <translation>Der IMAP/SMTP-Zugriff muss zuerst in den Einstellungen von Zoho Mail aktiviert werden.</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>The proxy has no host name.</source>
        <translation>Der Proxy hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The proxy has no port.</source>
        <translation>Der Proxy hat keinen Port.</translation>
    </message>
    <message>
        <source>A proxy address must not hold a password; it belongs in the keychain.</source>
        <translation>Eine Proxy-Adresse darf kein Passwort enthalten; es gehört in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>"%1" is not a proxy address: use socks5://host:port, socks5h://host:port, http://host:port, system or none.</source>
        <translation>"%1" ist keine Proxy-Adresse: Verwenden Sie socks5://host:port, socks5h://host:port, http://host:port, system oder none.</translation>
    </message>
    <message>
        <source>The proxy type "%1" is not supported: use socks5, socks5h or http.</source>
        <extracomment>%1 is what the person wrote before "://"</extracomment>
        <translation>Der Proxy-Typ "%1" wird nicht unterstützt: Verwenden Sie socks5, socks5h oder http.</translation>
    </message>
    <message>
        <source>"%1" is not a proxy address: it has a path.</source>
        <translation>"%1" ist keine Proxy-Adresse: Sie enthält einen Pfad.</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1</source>
        <extracomment>%1 is host:port of a proxy</extracomment>
        <translation>SOCKS5-Proxy %1</translation>
    </message>
    <message>
        <source>the HTTP proxy %1</source>
        <extracomment>%1 is host:port of a proxy</extracomment>
        <translation>HTTP-Proxy %1</translation>
    </message>
</context>
<context>
    <name>QueueFlush</name>
    <message>
        <source>flush: the password for messages queued for an ad-hoc server, from standard input.</source>
        <translation>flush: das Passwort für Nachrichten an einen Ad-hoc-Server, von der Standardeingabe.</translation>
    </message>
    <message>
        <source>flush: the password for messages queued for an ad-hoc server, from this variable.</source>
        <translation>flush: das Passwort für Nachrichten an einen Ad-hoc-Server, aus dieser Variablen.</translation>
    </message>
    <message>
        <source>flush: write the live transcript to FILE, or to standard error with -.</source>
        <translation>flush: das Live-Protokoll in FILE schreiben oder mit - auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>use either --password-stdin or --password-env, not both.</source>
        <translation>verwenden Sie entweder --password-stdin oder --password-env, nicht beides.</translation>
    </message>
    <message>
        <source>Sign in again with: stamp account sign-in %1</source>
        <translation>Erneut anmelden mit: stamp account sign-in %1</translation>
    </message>
    <message>
        <source>%1 message(s) skipped: another process is sending them.</source>
        <translation>%1 Nachricht(en) übersprungen: Ein anderer Prozess sendet sie.</translation>
    </message>
    <message>
        <source>Nothing is due in the outbox.</source>
        <translation>Im Postausgang ist nichts fällig.</translation>
    </message>
    <message>
        <source>messages queued for a server outside your accounts take their password with --password-env VAR or --password-stdin.</source>
        <translation>für Nachrichten an einen Server außerhalb Ihrer Konten geben Sie das Passwort mit --password-env VAR oder --password-stdin an.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>Der Server bietet keine Zustellbenachrichtigungen an; die Nachricht wurde gesendet, ohne eine anzufordern.</translation>
    </message>
</context>
<context>
    <name>QueueOptions</name>
    <message>
        <source>Put the message into the outbox and return at once; 'stamp outbox flush' sends it.</source>
        <translation>Die Nachricht in den Postausgang stellen und sofort zurückkehren; 'stamp outbox flush' sendet sie.</translation>
    </message>
    <message>
        <source>Put the message into the outbox to be sent at TIME (2030-01-02T09:30, 09:30, +10m, +2h).</source>
        <translation>Die Nachricht in den Postausgang stellen, um sie zum Zeitpunkt TIME zu senden (2030-01-02T09:30, 09:30, +10m, +2h).</translation>
    </message>
    <message>
        <source>--at: cannot read the time "%1".</source>
        <translation>--at: Die Zeit "%1" ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1 queued, to be sent at %2.</source>
        <translation>%1 in die Warteschlange gestellt, Versand: %2.</translation>
    </message>
    <message>
        <source>%1 queued.</source>
        <translation>%1 in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>The password was not stored: give it again to 'stamp outbox flush' with --password-env or --password-stdin.</source>
        <translation>Das Passwort wurde nicht gespeichert: Übergeben Sie es 'stamp outbox flush' erneut mit --password-env oder --password-stdin.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>(Sent directly with 'stamp send'; its transcript is where --log put it.)</source>
        <translation>(Direkt mit 'stamp send' gesendet; das Protokoll liegt dort, wohin --log es geschrieben hat.)</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Write the RFC 5322 message that 'stamp send' would send with the same options, to standard output or a file. Nothing is sent.</source>
        <translation>Schreibt die RFC-5322-Nachricht, die 'stamp send' mit denselben Optionen senden würde, auf die Standardausgabe oder in eine Datei. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Write text as 8bit UTF-8 where it can, as for a server that offers 8BITMIME.</source>
        <translation>Text wo möglich als 8-Bit-UTF-8 schreiben, wie für einen Server, der 8BITMIME anbietet.</translation>
    </message>
    <message>
        <source>Write header text as UTF-8 instead of encoded-words, as for a server that offers SMTPUTF8 (automatic when an address needs it).</source>
        <translation>Kopfzeilentext als UTF-8 statt als Encoded-Words schreiben, wie für einen Server, der SMTPUTF8 anbietet (automatisch, wenn eine Adresse es erfordert).</translation>
    </message>
    <message>
        <source>Run 'stamp render --help' for the options.</source>
        <translation>Die Optionen zeigt 'stamp render --help'.</translation>
    </message>
    <message>
        <source>stamp render: cannot write "%1": %2</source>
        <translation>stamp render: "%1" kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 bytes, Message-ID %3.</source>
        <translation>%1 geschrieben: %2 Bytes, Message-ID %3.</translation>
    </message>
    <message>
        <source>Envelope: from &lt;%1&gt; to %2.</source>
        <translation>Umschlag: von &lt;%1&gt; an %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Der Server hat eine Antwortzeile gesendet, die länger als %1 Byte ist.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply line (no three-digit code): "%1".</source>
        <translation>Der Server hat eine fehlerhafte Antwortzeile gesendet (kein dreistelliger Code): "%1".</translation>
    </message>
    <message>
        <source>The server sent a reply code outside 2xx-5xx: %1.</source>
        <extracomment>%1 is the reply code the server sent</extracomment>
        <translation>Der Server hat einen Antwortcode außerhalb von 2xx-5xx gesendet: %1.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply line: "%1".</source>
        <translation>Der Server hat eine fehlerhafte Antwortzeile gesendet: "%1".</translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 within one reply.</source>
        <extracomment>%1 and %2 are three-digit SMTP reply codes</extracomment>
        <translation>Der Server hat innerhalb einer Antwort den Antwortcode von %1 auf %2 geändert.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Der Server hat eine Antwort mit mehr als %1 Zeilen gesendet.</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Sandbox (on this computer)</source>
        <translation>Sandbox (auf diesem Computer)</translation>
    </message>
    <message>
        <source>"%1" is not a SHA-256 fingerprint.</source>
        <translation>"%1" ist kein SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SandboxBehaviour</name>
    <message>
        <source>Accept every message</source>
        <translation>Jede Nachricht annehmen</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Busy server</source>
        <translation>Ausgelasteter Server</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Unbekannter Empfänger</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Langsamer Server</translation>
    </message>
    <message>
        <source>Connection lost after the message</source>
        <translation>Verbindungsabbruch nach der Nachricht</translation>
    </message>
    <message>
        <source>Keeps every message it is sent, as a healthy server would.</source>
        <translation>Behält jede Nachricht, die ihm gesendet wird, wie es ein funktionierender Server tut.</translation>
    </message>
    <message>
        <source>Turns each new sender and recipient away once for a while (450), then accepts the retry.</source>
        <translation>Weist jeden neuen Absender und Empfänger zunächst eine Weile ab (450) und nimmt dann den erneuten Versuch an.</translation>
    </message>
    <message>
        <source>Says it is too busy right now (421) and hangs up before anything is sent.</source>
        <translation>Meldet, dass er gerade zu ausgelastet ist (421), und beendet die Verbindung, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Accepts only a few recipients per message and asks for the others later (452).</source>
        <translation>Nimmt nur wenige Empfänger je Nachricht an und verlangt die übrigen später (452).</translation>
    </message>
    <message>
        <source>Refuses every login as a wrong user name or password (535).</source>
        <translation>Lehnt jede Anmeldung ab, als wären Benutzername oder Passwort falsch (535).</translation>
    </message>
    <message>
        <source>Says no such mailbox exists for the recipients (550).</source>
        <translation>Meldet, dass es für die Empfänger kein solches Postfach gibt (550).</translation>
    </message>
    <message>
        <source>Takes only small messages and refuses larger ones (552).</source>
        <translation>Nimmt nur kleine Nachrichten an und lehnt größere ab (552).</translation>
    </message>
    <message>
        <source>Takes a long time over every answer, but keeps the message.</source>
        <translation>Lässt sich mit jeder Antwort viel Zeit, behält die Nachricht aber.</translation>
    </message>
    <message>
        <source>Reads the whole message, then hangs up without saying whether it was kept.</source>
        <translation>Liest die ganze Nachricht und beendet dann die Verbindung, ohne zu sagen, ob er sie behalten hat.</translation>
    </message>
    <message>
        <source>450 greylisted</source>
        <translation>450 Greylisting</translation>
    </message>
    <message>
        <source>421 busy</source>
        <translation>421 ausgelastet</translation>
    </message>
    <message>
        <source>452 too many recipients</source>
        <translation>452 zu viele Empfänger</translation>
    </message>
    <message>
        <source>535 wrong password</source>
        <translation>535 falsches Passwort</translation>
    </message>
    <message>
        <source>550 unknown recipient</source>
        <translation>550 unbekannter Empfänger</translation>
    </message>
    <message>
        <source>552 too large</source>
        <translation>552 zu groß</translation>
    </message>
    <message>
        <source>slow replies</source>
        <translation>langsame Antworten</translation>
    </message>
    <message>
        <source>no reply after the message</source>
        <translation>keine Antwort nach der Nachricht</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS</source>
        <translation>Verschlüsselung mit STARTTLS</translation>
    </message>
    <message>
        <source>Encryption from the start (TLS)</source>
        <translation>Verschlüsselung von Anfang an (TLS)</translation>
    </message>
    <message>
        <source>Asks for encryption with STARTTLS before any message (530 without it), using a certificate made on this computer that no authority vouches for.</source>
        <translation>Verlangt vor jeder Nachricht Verschlüsselung mit STARTTLS (ohne sie 530) und verwendet ein auf diesem Computer erstelltes Zertifikat, für das keine Zertifizierungsstelle bürgt.</translation>
    </message>
    <message>
        <source>Encrypts the connection from the first byte, as on port 465, using a certificate made on this computer that no authority vouches for.</source>
        <translation>Verschlüsselt die Verbindung ab dem ersten Byte, wie auf Port 465, und verwendet ein auf diesem Computer erstelltes Zertifikat, für das keine Zertifizierungsstelle bürgt.</translation>
    </message>
    <message>
        <source>STARTTLS with its own certificate</source>
        <translation>STARTTLS mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>TLS with its own certificate</source>
        <translation>TLS mit eigenem Zertifikat</translation>
    </message>
</context>
<context>
    <name>SandboxCertificate</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The sandbox's certificate could not be made (%1): %2</source>
        <translation>Das Zertifikat der Sandbox konnte nicht erstellt werden (%1): %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>How to answer: normal (default), or a misbehaviour (--list-modes).</source>
        <translation>Wie geantwortet wird: normal (Standard) oder ein Fehlverhalten (--list-modes).</translation>
    </message>
    <message>
        <source>List the modes and exit.</source>
        <translation>Die Modi auflisten und beenden.</translation>
    </message>
    <message>
        <source>Listen on this port (default: any free port).</source>
        <translation>Auf diesem Port lauschen (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Keep the messages in this folder (default: the app's sandbox folder).</source>
        <translation>Die Nachrichten in diesem Ordner aufbewahren (Standard: der Sandbox-Ordner der App).</translation>
    </message>
    <message>
        <source>Keep the messages in memory only, for this run.</source>
        <translation>Die Nachrichten nur im Arbeitsspeicher aufbewahren, für diesen Aufruf.</translation>
    </message>
    <message>
        <source>greylisting: accept a retry after this many seconds (default 60).</source>
        <translation>greylisting: einen erneuten Versuch nach so vielen Sekunden annehmen (Standard 60).</translation>
    </message>
    <message>
        <source>too-many-recipients: accept this many per message (default 2).</source>
        <translation>too-many-recipients: so viele Empfänger je Nachricht annehmen (Standard 2).</translation>
    </message>
    <message>
        <source>unknown-user: refuse only this address (default: every recipient).</source>
        <translation>unknown-user: nur diese Adresse ablehnen (Standard: jeden Empfänger).</translation>
    </message>
    <message>
        <source>too-large: the largest message taken, in bytes (default 16384).</source>
        <translation>too-large: die größte angenommene Nachricht, in Bytes (Standard 16384).</translation>
    </message>
    <message>
        <source>slow: milliseconds before each reply (default 2000).</source>
        <translation>slow: Millisekunden vor jeder Antwort (Standard 2000).</translation>
    </message>
    <message>
        <source>Run 'stamp sandbox --help' for the options.</source>
        <translation>Die Optionen zeigt 'stamp sandbox --help'.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>There is no mode "%1". The modes are: %2.</source>
        <translation>Es gibt keinen Modus "%1". Die Modi sind: %2.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>--storage and --memory cannot be used together.</source>
        <translation>--storage und --memory können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Auf 127.0.0.1 kann nicht gelauscht werden: %1</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP, no TLS).</source>
        <translation>Die Sandbox lauscht auf 127.0.0.1, Port %1 (SMTP, ohne TLS).</translation>
    </message>
    <message>
        <source>Mode: %1 - %2</source>
        <translation>Modus: %1 - %2</translation>
    </message>
    <message>
        <source>Messages are kept in memory only.</source>
        <translation>Nachrichten werden nur im Arbeitsspeicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Messages are kept in %1.</source>
        <translation>Nachrichten werden in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Ctrl+C drücken.</translation>
    </message>
    <message numerus="yes">
        <source>%1 received message %2 from &lt;%3&gt; to %4, %n byte(s)</source>
        <translation>
            <numerusform>%1 Nachricht %2 von &lt;%3&gt; an %4 empfangen, %n Byte</numerusform>
            <numerusform>%1 Nachricht %2 von &lt;%3&gt; an %4 empfangen, %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sandbox stopped; it kept %n message(s) in this run.</source>
        <translation>
            <numerusform>Die Sandbox wurde beendet; sie hat in diesem Lauf %n Nachricht aufbewahrt.</numerusform>
            <numerusform>Die Sandbox wurde beendet; sie hat in diesem Lauf %n Nachrichten aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the sandbox, a mail server on 127.0.0.1 that keeps every message it accepts and delivers nothing, until Ctrl+C. With --mode it misbehaves the way a real server sometimes does, so you can see what Stamp does about it. The starttls and tls modes use a self-signed certificate made on first use; its SHA-256 is printed for --pin-sha256.</source>
        <translation>Führt bis Ctrl+C die Sandbox aus, einen Mailserver auf 127.0.0.1, der jede angenommene Nachricht aufbewahrt und nichts zustellt. Mit --mode verhält sie sich fehlerhaft, wie es ein echter Server manchmal tut, damit Sie sehen, wie Stamp damit umgeht. Die Modi starttls und tls verwenden ein selbstsigniertes Zertifikat, das bei der ersten Verwendung erstellt wird; sein SHA-256 wird für --pin-sha256 ausgegeben.</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP with STARTTLS).</source>
        <translation>Die Sandbox lauscht auf 127.0.0.1, Port %1 (SMTP mit STARTTLS).</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP over TLS).</source>
        <translation>Die Sandbox lauscht auf 127.0.0.1, Port %1 (SMTP über TLS).</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 des Zertifikats: %1</translation>
    </message>
    <message>
        <source>The certificate was made for this run only.</source>
        <translation>Das Zertifikat wurde nur für diesen Lauf erstellt.</translation>
    </message>
    <message>
        <source>The certificate and its key are in %1.</source>
        <translation>Das Zertifikat und sein Schlüssel liegen in %1.</translation>
    </message>
    <message>
        <source>To send to it: stamp send --host 127.0.0.1 --port %1 --security %2 --pin-sha256 %3 ...</source>
        <translation>Um an sie zu senden: stamp send --host 127.0.0.1 --port %1 --security %2 --pin-sha256 %3 ...</translation>
    </message>
</context>
<context>
    <name>SaslMechanism</name>
    <message>
        <source>server sent a second CRAM-MD5 challenge</source>
        <translation>der Server hat eine zweite CRAM-MD5-Challenge gesendet</translation>
    </message>
    <message>
        <source>server sent an empty CRAM-MD5 challenge</source>
        <translation>der Server hat eine leere CRAM-MD5-Challenge gesendet</translation>
    </message>
    <message>
        <source>server sent a third LOGIN challenge after the password</source>
        <translation>der Server hat nach dem Passwort eine dritte LOGIN-Challenge gesendet</translation>
    </message>
    <message>
        <source>no OAuth access token was given</source>
        <translation>es wurde kein OAuth-Zugriffstoken angegeben</translation>
    </message>
    <message>
        <source>the OAuth access token contains spaces, control or non-ASCII characters</source>
        <translation>das OAuth-Zugriffstoken enthält Leerzeichen, Steuerzeichen oder Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>the user name contains control characters</source>
        <translation>der Benutzername enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>server sent another %1 challenge after its error</source>
        <translation>der Server hat nach seinem Fehler eine weitere %1-Challenge gesendet</translation>
    </message>
    <message>
        <source>server sent an empty %1 challenge twice</source>
        <translation>der Server hat zweimal eine leere %1-Challenge gesendet</translation>
    </message>
    <message>
        <source>PLAIN cannot send a user name or password containing a NUL character</source>
        <translation>PLAIN kann keinen Benutzernamen und kein Passwort mit einem NUL-Zeichen senden</translation>
    </message>
    <message>
        <source>server sent an unexpected PLAIN challenge</source>
        <translation>der Server hat eine unerwartete PLAIN-Challenge gesendet</translation>
    </message>
    <message>
        <source>server reported SCRAM error "%1"</source>
        <translation>der Server hat den SCRAM-Fehler "%1" gemeldet</translation>
    </message>
    <message>
        <source>server sent an empty SCRAM challenge twice</source>
        <translation>der Server hat zweimal eine leere SCRAM-Challenge gesendet</translation>
    </message>
    <message>
        <source>server sent a challenge after the SCRAM server-final message</source>
        <translation>der Server hat nach der SCRAM-Nachricht server-final eine Challenge gesendet</translation>
    </message>
    <message>
        <source>the SCRAM exchange has already failed</source>
        <translation>der SCRAM-Austausch ist bereits fehlgeschlagen</translation>
    </message>
    <message>
        <source>malformed SCRAM server-first message</source>
        <translation>fehlerhafte SCRAM-Nachricht server-first</translation>
    </message>
    <message>
        <source>server requires a SCRAM extension this client does not support</source>
        <translation>der Server verlangt eine SCRAM-Erweiterung, die dieser Client nicht unterstützt</translation>
    </message>
    <message>
        <source>SCRAM server-first message lacks the nonce, salt or iteration count</source>
        <translation>der SCRAM-Nachricht server-first fehlt die Nonce, das Salt oder die Iterationszahl</translation>
    </message>
    <message>
        <source>SCRAM server nonce does not extend the client nonce</source>
        <translation>die SCRAM-Server-Nonce setzt die Client-Nonce nicht fort</translation>
    </message>
    <message>
        <source>SCRAM salt is not valid base64</source>
        <translation>das SCRAM-Salt ist kein gültiges base64</translation>
    </message>
    <message>
        <source>SCRAM iteration count %1 is out of range (1 to %2)</source>
        <translation>die SCRAM-Iterationszahl %1 liegt außerhalb des zulässigen Bereichs (1 bis %2)</translation>
    </message>
    <message>
        <source>could not derive the SCRAM key</source>
        <translation>der SCRAM-Schlüssel konnte nicht abgeleitet werden</translation>
    </message>
    <message>
        <source>malformed SCRAM server-final message</source>
        <translation>fehlerhafte SCRAM-Nachricht server-final</translation>
    </message>
    <message>
        <source>SCRAM server signature does not match: the server did not prove it knows the password</source>
        <translation>die SCRAM-Serversignatur stimmt nicht überein: Der Server hat nicht nachgewiesen, dass er das Passwort kennt</translation>
    </message>
    <message>
        <source>server accepted the login without a valid SCRAM server signature, so it did not prove it knows the password</source>
        <translation>der Server hat die Anmeldung ohne gültige SCRAM-Serversignatur angenommen und damit nicht nachgewiesen, dass er das Passwort kennt</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send a message through an SMTP submission server.</source>
        <translation>Eine Nachricht über einen SMTP-Postausgangs-Server senden.</translation>
    </message>
    <message>
        <source>Send this prepared RFC 5322 message file as it is. Repeat to send several messages, each to the same recipients, over one connection.</source>
        <translation>Diese vorbereitete RFC-5322-Nachrichtendatei unverändert senden. Wiederholen, um mehrere Nachrichten über eine Verbindung zu senden, jede an dieselben Empfänger.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Run 'stamp send --help' for the options.</source>
        <translation>Die Optionen zeigt 'stamp send --help'.</translation>
    </message>
    <message>
        <source>at least one --to, --cc or --bcc is required.</source>
        <translation>mindestens ein --to, --cc oder --bcc ist erforderlich.</translation>
    </message>
    <message>
        <source>--eml sends a complete message; it cannot be combined with the options that compose one (--subject, --body, --attach, --header...).</source>
        <translation>--eml sendet eine vollständige Nachricht; es lässt sich nicht mit den Optionen kombinieren, die eine Nachricht zusammenstellen (--subject, --body, --attach, --header...).</translation>
    </message>
    <message>
        <source>cannot read --eml "%1": %2</source>
        <translation>--eml "%1" kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>stamp send: cannot write the message to a temporary file: %1</source>
        <translation>stamp send: Die Nachricht kann nicht in eine temporäre Datei geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>Der Server bietet keine Zustellbenachrichtigungen an; die Nachricht wurde gesendet, ohne eine anzufordern.</translation>
    </message>
</context>
<context>
    <name>SenderPolicy</name>
    <message>
        <source>The identity %1 sends through an account that no longer exists: choose another in its settings.</source>
        <translation>Die Identität %1 sendet über ein Konto, das nicht mehr existiert: Wählen Sie in ihren Einstellungen ein anderes.</translation>
    </message>
</context>
<context>
    <name>SendingHygiene</name>
    <message>
        <source>The From address is at %1, a %2 address, but this message goes through another provider: %2 lets only its own servers send mail from %1, so the message will likely land in spam or be refused. Choose a From address of this account, or send it from your %2 account.</source>
        <translation>Die Absenderadresse (From) liegt bei %1 und ist damit eine Adresse von %2, aber diese Nachricht wird über einen anderen Anbieter gesendet: %2 lässt nur die eigenen Server Mail von %1 senden, daher landet die Nachricht wahrscheinlich im Spam oder wird abgelehnt. Wählen Sie eine Absenderadresse dieses Kontos, oder senden Sie die Nachricht über Ihr Konto bei %2.</translation>
    </message>
    <message>
        <source>The From address is at %1, but this account's address is at %2. Receivers check that the From domain authorises the server a message comes from: unless %1 lists this provider in its SPF record or lets it sign with DKIM for %1, the message may land in spam or be refused.</source>
        <translation>Die Absenderadresse (From) liegt bei %1, die Adresse dieses Kontos aber bei %2. Empfangsserver prüfen, ob die From-Domain den Server autorisiert, von dem eine Nachricht kommt: Sofern %1 diesen Anbieter nicht im eigenen SPF-Eintrag nennt oder ihn nicht mit DKIM für %1 signieren lässt, landet die Nachricht möglicherweise im Spam oder wird abgelehnt.</translation>
    </message>
    <message>
        <source>Run 'stamp domain check %1' to see what %1 must publish.</source>
        <translation>Was %1 veröffentlichen muss, zeigt 'stamp domain check %1'.</translation>
    </message>
    <message>
        <source>The Deliverability tab of the account's settings shows what %1 must publish.</source>
        <translation>Was %1 veröffentlichen muss, zeigt die Registerkarte „Zustellbarkeit“ der Kontoeinstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n recipients at once, and its unsubscribe field offers no one-click unsubscribe: Gmail and Yahoo expect an https link in List-Unsubscribe plus "List-Unsubscribe-Post: List-Unsubscribe=One-Click", or they may treat the message as spam. A mailing-list service sets this up and is the right tool for mailings.</source>
        <translation>
            <numerusform>Diese Nachricht geht gleichzeitig an %n Empfänger, und ihr Abmeldefeld bietet keine Abmeldung mit einem Klick: Gmail und Yahoo erwarten einen https-Link in List-Unsubscribe sowie "List-Unsubscribe-Post: List-Unsubscribe=One-Click", andernfalls behandeln sie die Nachricht möglicherweise als Spam. Ein Mailinglisten-Dienst richtet das ein und ist das richtige Werkzeug für Rundmails.</numerusform>
            <numerusform>Diese Nachricht geht gleichzeitig an %n Empfänger, und ihr Abmeldefeld bietet keine Abmeldung mit einem Klick: Gmail und Yahoo erwarten einen https-Link in List-Unsubscribe sowie "List-Unsubscribe-Post: List-Unsubscribe=One-Click", andernfalls behandeln sie die Nachricht möglicherweise als Spam. Ein Mailinglisten-Dienst richtet das ein und ist das richtige Werkzeug für Rundmails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n recipients at once without a way to unsubscribe: Gmail and Yahoo expect mail to many people to offer one-click unsubscribe, or they may treat it as spam. A mailing-list service adds it and is the right tool for mailings.</source>
        <translation>
            <numerusform>Diese Nachricht geht gleichzeitig an %n Empfänger, ohne eine Möglichkeit zur Abmeldung: Gmail und Yahoo erwarten, dass Mail an viele Empfänger eine Abmeldung mit einem Klick anbietet, andernfalls behandeln sie sie möglicherweise als Spam. Ein Mailinglisten-Dienst fügt diese hinzu und ist das richtige Werkzeug für Rundmails.</numerusform>
            <numerusform>Diese Nachricht geht gleichzeitig an %n Empfänger, ohne eine Möglichkeit zur Abmeldung: Gmail und Yahoo erwarten, dass Mail an viele Empfänger eine Abmeldung mit einem Klick anbietet, andernfalls behandeln sie sie möglicherweise als Spam. Ein Mailinglisten-Dienst fügt diese hinzu und ist das richtige Werkzeug für Rundmails.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingQuota</name>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1 (Kontotyp %2)</translation>
    </message>
    <message>
        <source>This message has %1 recipients, and %2 accepts at most %3 per message: it will probably be refused. Send it in smaller groups.</source>
        <translation>Diese Nachricht hat %1 Empfänger, und %2 akzeptiert höchstens %3 pro Nachricht: Sie wird wahrscheinlich abgelehnt. Senden Sie sie in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in the last 24 hours; %2 allows about %3 a day. This one may be refused, and the account may be blocked from sending for a day.</source>
        <translation>Sie haben in den letzten 24 Stunden %1 Nachrichten gesendet; %2 erlaubt etwa %3 pro Tag. Diese Nachricht könnte abgelehnt und das Konto für einen Tag vom Senden ausgeschlossen werden.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in the last 24 hours; %2 allows about %3 a day, so %4 remain.</source>
        <translation>Sie haben in den letzten 24 Stunden %1 Nachrichten gesendet; %2 erlaubt etwa %3 pro Tag, es bleiben also %4.</translation>
    </message>
    <message>
        <source>%1, %2 accounts</source>
        <translation>%1, Kontotyp %2</translation>
    </message>
    <message>
        <source>%1 of %2 messages (%3 recipients) in the last 24 hours (%4)</source>
        <translation>%1 von %2 Nachrichten (%3 Empfänger) in den letzten 24 Stunden (%4)</translation>
    </message>
    <message>
        <source>%1 messages (%2 recipients) in the last 24 hours; no published limit</source>
        <translation>%1 Nachrichten (%2 Empfänger) in den letzten 24 Stunden; kein veröffentlichtes Limit</translation>
    </message>
</context>
<context>
    <name>SentCopier</name>
    <message>
        <source>The account this message was sent from no longer exists.</source>
        <translation>Das Konto, von dem diese Nachricht gesendet wurde, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The copy to the Sent folder was switched off for the account "%1".</source>
        <translation>Die Kopie in den Ordner „Gesendet“ wurde für das Konto "%1" ausgeschaltet.</translation>
    </message>
    <message>
        <source>No login is available yet.</source>
        <translation>Es ist noch keine Anmeldung verfügbar.</translation>
    </message>
    <message>
        <source>The sent message's file cannot be read: %1</source>
        <translation>Die Datei der gesendeten Nachricht kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SentStore</name>
    <message>
        <source>Cannot create the Sent items folder "%1".</source>
        <translation>Der Ordner "%1" für gesendete Nachrichten kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot save the transcript of %1: %2</source>
        <translation>Das Protokoll zu %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the Sent record %1: %2</source>
        <translation>Der Eintrag %1 in „Gesendet“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the sent message %1: %2</source>
        <translation>Die gesendete Nachricht %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy the sent message %1: %2</source>
        <translation>Die gesendete Nachricht %1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>The message %1 is not sent.</source>
        <translation>Die Nachricht %1 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>(The transcript of this send was not kept: Stamp stopped before it was saved.)</source>
        <translation>(Das Protokoll dieses Sendevorgangs wurde nicht aufbewahrt: Stamp wurde beendet, bevor es gespeichert war.)</translation>
    </message>
    <message>
        <source>The server did not offer delivery reports: the message was sent without asking for one.</source>
        <translation>Der Server hat keine Zustellbenachrichtigungen angeboten: Die Nachricht wurde gesendet, ohne eine anzufordern.</translation>
    </message>
    <message>
        <source>Delivery report requested.</source>
        <translation>Zustellbenachrichtigung angefordert.</translation>
    </message>
    <message>
        <source>Delivery report requested (envelope ID %1).</source>
        <extracomment>%1 is the envelope ID the delivery reports will quote</extracomment>
        <translation>Zustellbenachrichtigung angefordert (Umschlag-ID %1).</translation>
    </message>
    <message>
        <source>the IMAP server</source>
        <translation>dem IMAP-Server</translation>
    </message>
    <message>
        <source>Copy to Sent on %1 pending.</source>
        <extracomment>%1 is the IMAP server's host name</extracomment>
        <translation>Kopie in den Ordner „Gesendet“ auf %1 steht aus.</translation>
    </message>
    <message>
        <source>Copy to Sent waiting: %1</source>
        <extracomment>%1 is why the last try did not work</extracomment>
        <translation>Kopie in den Ordner „Gesendet“ wartet: %1</translation>
    </message>
    <message>
        <source>Copied to %1 on %2.</source>
        <extracomment>%1 is the folder's name, %2 the IMAP server's host name</extracomment>
        <translation>In %1 auf %2 kopiert.</translation>
    </message>
    <message>
        <source>Copied to Sent on %1.</source>
        <extracomment>%1 is the IMAP server's host name</extracomment>
        <translation>In den Ordner „Gesendet“ auf %1 kopiert.</translation>
    </message>
    <message>
        <source>Copy to Sent stopped: %1</source>
        <extracomment>%1 is what stopped the copy and what would help</extracomment>
        <translation>Kopie in den Ordner „Gesendet“ angehalten: %1</translation>
    </message>
    <message>
        <source>The Sent item %1 is gone.</source>
        <translation>Der gesendete Eintrag %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ServerCandidate</name>
    <message>
        <source>the %1 preset</source>
        <translation>Voreinstellung für %1</translation>
    </message>
    <message>
        <source>the domain's autoconfig file (%1)</source>
        <translation>Autoconfig-Datei der Domain (%1)</translation>
    </message>
    <message>
        <source>the domain's MX record (%1, the %2 preset)</source>
        <translation>MX-Eintrag der Domain (%1, Voreinstellung für %2)</translation>
    </message>
    <message>
        <source>the domain's SRV record %1 (check it before you log in: DNS answers can be forged)</source>
        <translation>SRV-Eintrag %1 der Domain (prüfen Sie ihn vor der Anmeldung: DNS-Antworten können gefälscht sein)</translation>
    </message>
    <message>
        <source>probing %1 (%2)</source>
        <translation>Abfrage von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <source>Use the saved account NAME (see 'stamp account'): its server, login and the password in the keychain.</source>
        <translation>Das gespeicherte Konto NAME verwenden (siehe 'stamp account'): seinen Server, seine Anmeldung und das Passwort im Schlüsselbund.</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>Hostname des SMTP-Servers.</translation>
    </message>
    <message>
        <source>Server port (default: 587 starttls, 465 tls, 25 none).</source>
        <translation>Server-Port (Standard: 587 starttls, 465 tls, 25 none).</translation>
    </message>
    <message>
        <source>starttls (default), tls (implicit, port 465) or none.</source>
        <translation>starttls (Standard), tls (implizit, Port 465) oder none.</translation>
    </message>
    <message>
        <source>Log in as this user name.</source>
        <translation>Mit diesem Benutzernamen anmelden.</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input.</source>
        <translation>Das Passwort (erste Zeile) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Das Passwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>auto (default), plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 or oauthbearer. For the OAuth mechanisms the secret is the access token.</source>
        <translation>auto (Standard), plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 oder oauthbearer. Bei den OAuth-Verfahren ist das Geheimnis das Zugriffstoken.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 fingerprint, and no other.</source>
        <translation>Genau das Server-Zertifikat mit diesem SHA-256-Fingerabdruck akzeptieren und kein anderes.</translation>
    </message>
    <message>
        <source>Name to announce in EHLO (default: our address literal).</source>
        <translation>Name, der im EHLO genannt wird (Standard: unser Adressliteral).</translation>
    </message>
    <message>
        <source>Give up when the server is silent this long, and when it is not ready for the message in one and a half times that, counting every connection (default: 60 s and 90 s; RFC 5321's times once the message is on its way).</source>
        <translation>Aufgeben, wenn der Server so lange schweigt und wenn er nicht innerhalb des Anderthalbfachen dieser Zeit für die Nachricht bereit ist, über alle Verbindungen gezählt (Standard: 60 s und 90 s; die Zeiten aus RFC 5321, sobald die Nachricht unterwegs ist).</translation>
    </message>
    <message>
        <source>Allow logging in without TLS to a host that is not this machine.</source>
        <translation>Anmeldung ohne TLS bei einem Host erlauben, der nicht dieser Rechner ist.</translation>
    </message>
    <message>
        <source>Write the live transcript (passwords redacted) to FILE, or to standard error with -.</source>
        <translation>Das Live-Protokoll (Passwörter unkenntlich gemacht) in FILE schreiben oder mit - auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 3600 sein.</translation>
    </message>
    <message>
        <source>The server refused the access token; trying once more with a renewed one.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt; neuer Versuch mit einem erneuerten Token.</translation>
    </message>
    <message>
        <source>The account does not sign in with OAuth.</source>
        <translation>Das Konto meldet sich nicht mit OAuth an.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1". Save one with 'stamp account set-password %1 --password-stdin', or give it for this run with --password-stdin.</source>
        <translation>Für das Konto "%1" ist kein Passwort gespeichert. Speichern Sie eines mit 'stamp account set-password %1 --password-stdin' oder geben Sie es für diesen Aufruf mit --password-stdin an.</translation>
    </message>
    <message>
        <source>Sign in again with: stamp account sign-in %1</source>
        <translation>Erneut anmelden mit: stamp account sign-in %1</translation>
    </message>
    <message>
        <source>Give an access token for this run with --password-stdin or --password-env.</source>
        <translation>Geben Sie ein Zugriffstoken für diesen Aufruf mit --password-stdin oder --password-env an.</translation>
    </message>
    <message>
        <source>Give the password for this run with --password-stdin or --password-env.</source>
        <translation>Geben Sie das Passwort für diesen Aufruf mit --password-stdin oder --password-env an.</translation>
    </message>
    <message>
        <source>--password-env: the environment variable %1 is not set.</source>
        <translation>--password-env: Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>--account already gives the server and login; --%1 cannot be combined with it (change the account with 'stamp account' instead).</source>
        <translation>--account legt Server und Anmeldung bereits fest; --%1 lässt sich nicht damit kombinieren (ändern Sie stattdessen das Konto mit 'stamp account').</translation>
    </message>
    <message>
        <source>use either --password-stdin or --password-env, not both.</source>
        <translation>verwenden Sie entweder --password-stdin oder --password-env, nicht beides.</translation>
    </message>
    <message>
        <source>There is no account named "%1". 'stamp account list' shows the saved ones.</source>
        <translation>Es gibt kein Konto namens "%1". 'stamp account list' zeigt die gespeicherten Konten.</translation>
    </message>
    <message>
        <source>--ca-file: the file "%1" does not exist.</source>
        <translation>--ca-file: Die Datei "%1" existiert nicht.</translation>
    </message>
    <message>
        <source>--host (or --account) is required.</source>
        <translation>--host (oder --account) ist erforderlich.</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none.</source>
        <translation>--security muss starttls, tls oder none sein.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>--pin-sha256 muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt.</translation>
    </message>
    <message>
        <source>--auth must be one of auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>--auth muss eines von auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer sein.</translation>
    </message>
    <message>
        <source>--password-stdin and --password-env need --user.</source>
        <translation>--password-stdin und --password-env erfordern --user.</translation>
    </message>
    <message>
        <source>--auth needs --user.</source>
        <translation>--auth erfordert --user.</translation>
    </message>
    <message>
        <source>--user needs exactly one of --password-stdin or --password-env.</source>
        <translation>--user erfordert genau eines von --password-stdin oder --password-env.</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://[user@]host:port, socks5h://... (the proxy resolves the server's name), http://[user@]host:port (HTTP CONNECT), system (default) or none. The proxy's password comes from the environment variable STAMP_PROXY_PASSWORD or the keychain.</source>
        <translation>Über diesen Proxy verbinden: socks5://[user@]host:port, socks5h://... (der Proxy löst den Namen des Servers auf), http://[user@]host:port (HTTP CONNECT), system (Standard) oder none. Das Passwort für den Proxy kommt aus der Umgebungsvariablen STAMP_PROXY_PASSWORD oder aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The proxy login %1 needs a password: set the environment variable STAMP_PROXY_PASSWORD (or save it with the account in the desktop app).</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>Der Proxy-Benutzer %1 braucht ein Passwort: Setzen Sie die Umgebungsvariable STAMP_PROXY_PASSWORD (oder speichern Sie es mit dem Konto in der Desktop-App).</translation>
    </message>
</context>
<context>
    <name>SignInTrouble</name>
    <message>
        <source>You last signed in about a week ago, and Google ends every sign-in after 7 days while the app registration Stamp signs in with has the publishing status "Testing". Sign in to %1 again; to stop this happening every week, the administrator of that app registration should set its publishing status to "In production" in the Google Cloud console.</source>
        <translation>Ihre letzte Anmeldung liegt etwa eine Woche zurück, und Google beendet jede Anmeldung nach 7 Tagen, solange die App-Registrierung, mit der sich Stamp anmeldet, den Veröffentlichungsstatus "Testing" hat. Melden Sie sich erneut bei %1 an; damit das nicht jede Woche passiert, sollte der Administrator dieser App-Registrierung ihren Veröffentlichungsstatus in der Google Cloud Console auf "In production" setzen.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so Google has most likely withdrawn it: the Google account's password was changed, Stamp's access was removed on the Google Account's Security page (under third-party apps and services), or the organisation's administrator requires signing in again at set times. Sign in to %1 again; if it is refused again, check that page or ask the administrator.</source>
        <translation>Die Anmeldung wurde innerhalb eines Tages nach dem Anmelden abgelehnt, daher hat Google sie höchstwahrscheinlich widerrufen: Das Passwort des Google-Kontos wurde geändert, der Zugriff von Stamp wurde auf der Sicherheitsseite des Google-Kontos entfernt (unter Drittanbieter-Apps und -Dienste), oder der Administrator der Organisation verlangt in festen Abständen eine erneute Anmeldung. Melden Sie sich erneut bei %1 an; wird sie wieder abgelehnt, prüfen Sie diese Seite oder fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so Microsoft has most likely revoked it: Microsoft revokes saved sign-ins when the account's password is changed, and when the organisation administrator's policy says so (for example a required sign-in frequency, or sessions revoked by an administrator). Sign in to %1 again; if it is refused again, ask the administrator.</source>
        <translation>Die Anmeldung wurde innerhalb eines Tages nach dem Anmelden abgelehnt, daher hat Microsoft sie höchstwahrscheinlich widerrufen: Microsoft widerruft gespeicherte Anmeldungen, wenn das Passwort des Kontos geändert wird und wenn die Richtlinie des Administrators der Organisation es vorsieht (zum Beispiel eine vorgeschriebene Anmeldehäufigkeit oder von einem Administrator widerrufene Sitzungen). Melden Sie sich erneut bei %1 an; wird sie wieder abgelehnt, fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so the provider has most likely withdrawn it: the password was changed, or Stamp's access was removed in the account's security settings. Sign in to %1 again; if it is refused again, check those settings.</source>
        <translation>Die Anmeldung wurde innerhalb eines Tages nach dem Anmelden abgelehnt, daher hat der Anbieter sie höchstwahrscheinlich widerrufen: Das Passwort wurde geändert, oder der Zugriff von Stamp wurde in den Sicherheitseinstellungen des Kontos entfernt. Melden Sie sich erneut bei %1 an; wird sie wieder abgelehnt, prüfen Sie diese Einstellungen.</translation>
    </message>
    <message>
        <source>Google withdraws a saved sign-in when the Google account's password is changed, when Stamp's access is removed on the Google Account's Security page (under third-party apps and services), or when the organisation's administrator requires signing in again. Sign in to %1 again.</source>
        <translation>Google widerruft eine gespeicherte Anmeldung, wenn das Passwort des Google-Kontos geändert wird, wenn der Zugriff von Stamp auf der Sicherheitsseite des Google-Kontos entfernt wird (unter Drittanbieter-Apps und -Dienste) oder wenn der Administrator der Organisation eine erneute Anmeldung verlangt. Melden Sie sich erneut bei %1 an.</translation>
    </message>
    <message>
        <source>Microsoft revokes saved sign-ins when the account's password is changed, when the organisation administrator's policy says so (for example a required sign-in frequency, or sessions revoked by an administrator), and after 90 days without use. Sign in to %1 again.</source>
        <translation>Microsoft widerruft gespeicherte Anmeldungen, wenn das Passwort des Kontos geändert wird, wenn die Richtlinie des Administrators der Organisation es vorsieht (zum Beispiel eine vorgeschriebene Anmeldehäufigkeit oder von einem Administrator widerrufene Sitzungen) und nach 90 Tagen ohne Nutzung. Melden Sie sich erneut bei %1 an.</translation>
    </message>
    <message>
        <source>Providers withdraw a saved sign-in when the password is changed, when Stamp's access is removed in the account's security settings, or after a long time without use. Sign in to %1 again.</source>
        <translation>Anbieter widerrufen eine gespeicherte Anmeldung, wenn das Passwort geändert wird, wenn der Zugriff von Stamp in den Sicherheitseinstellungen des Kontos entfernt wird oder nach langer Zeit ohne Nutzung. Melden Sie sich erneut bei %1 an.</translation>
    </message>
    <message>
        <source>Google withdraws a saved sign-in when the Google account's password is changed or Stamp's access is removed on the Google Account's Security page, and ends every sign-in after 7 days while the app registration Stamp signs in with has the publishing status "Testing". Sign in to %1 again; if this happens every week, the administrator of that app registration should set its publishing status to "In production".</source>
        <translation>Google widerruft eine gespeicherte Anmeldung, wenn das Passwort des Google-Kontos geändert oder der Zugriff von Stamp auf der Sicherheitsseite des Google-Kontos entfernt wird, und beendet jede Anmeldung nach 7 Tagen, solange die App-Registrierung, mit der sich Stamp anmeldet, den Veröffentlichungsstatus "Testing" hat. Melden Sie sich erneut bei %1 an; passiert das jede Woche, sollte der Administrator dieser App-Registrierung ihren Veröffentlichungsstatus auf "In production" setzen.</translation>
    </message>
</context>
<context>
    <name>SpfCheck</name>
    <message>
        <source>SPF could not be checked</source>
        <translation>SPF konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>DNS gave no answer for the domain's TXT records.</source>
        <translation>DNS hat für die TXT-Einträge der Domain keine Antwort geliefert.</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>Kein SPF-Eintrag</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send mail for %1, and Gmail, Yahoo and Microsoft reject or junk mail without SPF or DKIM.</source>
        <translation>Empfangsserver können nicht erkennen, welche Server Mail für %1 senden dürfen, und Gmail, Yahoo und Microsoft lehnen Mail ohne SPF oder DKIM ab oder stufen sie als Spam ein.</translation>
    </message>
    <message>
        <source>The SPF record is run together</source>
        <translation>Der SPF-Eintrag ist zusammengeschrieben</translation>
    </message>
    <message>
        <source>The record starts "v=spf1" without a space after it, so receivers do not take it for SPF. A record split into several strings is joined without spaces: end each string but the last with a space.</source>
        <translation>Der Eintrag beginnt mit "v=spf1" ohne folgendes Leerzeichen, daher erkennen Empfangsserver ihn nicht als SPF. Ein in mehrere Zeichenketten aufgeteilter Eintrag wird ohne Leerzeichen zusammengefügt: Beenden Sie jede Zeichenkette außer der letzten mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>More than one SPF record</source>
        <translation>Mehr als ein SPF-Eintrag</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records. Receivers then ignore all of them (a permanent error): merge them into one record and delete the others.</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge. Empfangsserver ignorieren dann alle (ein permanenter Fehler): Führen Sie sie zu einem Eintrag zusammen und löschen Sie die anderen.</translation>
    </message>
    <message>
        <source>The SPF record has an error</source>
        <translation>Der SPF-Eintrag enthält einen Fehler</translation>
    </message>
    <message>
        <source>Receivers ignore a record with an error, as if there were none: %1.</source>
        <translation>Empfangsserver ignorieren einen fehlerhaften Eintrag, als gäbe es keinen: %1.</translation>
    </message>
    <message>
        <source>If the record is split into several strings, they are joined without spaces: end each string but the last with a space.</source>
        <translation>Ist der Eintrag in mehrere Zeichenketten aufgeteilt, werden sie ohne Leerzeichen zusammengefügt: Beenden Sie jede Zeichenkette außer der letzten mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>SPF includes a domain without SPF</source>
        <translation>SPF bindet eine Domain ohne SPF ein</translation>
    </message>
    <message>
        <source>%1 is named in include: or redirect= but has no SPF record, which is a permanent error for receivers.</source>
        <translation>%1 wird in include: oder redirect= genannt, hat aber keinen SPF-Eintrag; für Empfangsserver ist das ein permanenter Fehler.</translation>
    </message>
    <message>
        <source>SPF includes a domain with two SPF records</source>
        <translation>SPF bindet eine Domain mit zwei SPF-Einträgen ein</translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record, which is a permanent error for receivers.</source>
        <translation>%1 veröffentlicht mehr als einen SPF-Eintrag; für Empfangsserver ist das ein permanenter Fehler.</translation>
    </message>
    <message>
        <source>SPF includes a record with an error</source>
        <translation>SPF bindet einen fehlerhaften Eintrag ein</translation>
    </message>
    <message>
        <source>The record of %1 has an error: %2.</source>
        <translation>Der Eintrag von %1 enthält einen Fehler: %2.</translation>
    </message>
    <message>
        <source>Part of SPF could not be checked</source>
        <translation>Ein Teil von SPF konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>DNS gave no answer for %1.</source>
        <translation>DNS hat für %1 keine Antwort geliefert.</translation>
    </message>
    <message>
        <source>SPF includes itself</source>
        <translation>SPF bindet sich selbst ein</translation>
    </message>
    <message>
        <source>The includes form a loop, which receivers stop at the lookup limit as a permanent error.</source>
        <translation>Die Einbindungen (include:) bilden eine Schleife, die Empfangsserver beim Abfragelimit als permanenten Fehler abbrechen.</translation>
    </message>
    <message>
        <source>SPF needs too many DNS lookups</source>
        <translation>SPF braucht zu viele DNS-Abfragen</translation>
    </message>
    <message>
        <source>Checking the record takes %1 DNS lookups; receivers stop at 10 and treat the record as broken. Remove includes you no longer send through.</source>
        <translation>Die Prüfung des Eintrags erfordert %1 DNS-Abfragen; Empfangsserver brechen bei 10 ab und behandeln den Eintrag als defekt. Entfernen Sie Einbindungen (include:) von Diensten, über die Sie nicht mehr senden.</translation>
    </message>
    <message>
        <source>SPF names domains that do not exist</source>
        <translation>SPF nennt Domains, die nicht existieren</translation>
    </message>
    <message>
        <source>%1 names in the record have no records at all; receivers give up after 2.</source>
        <translation>%1 im Eintrag genannte Namen haben überhaupt keine Einträge; Empfangsserver geben nach 2 auf.</translation>
    </message>
    <message>
        <source>SPF lets anyone send</source>
        <translation>SPF lässt jeden senden</translation>
    </message>
    <message>
        <source>"%1" passes mail from every server on the Internet, so the record protects nothing. End it with ~all or -all.</source>
        <translation>"%1" lässt Mail von jedem Server im Internet durch, daher schützt der Eintrag nichts. Beenden Sie ihn mit ~all oder -all.</translation>
    </message>
    <message>
        <source>Unknown whether SPF authorises %1</source>
        <translation>Unbekannt, ob SPF %1 autorisiert</translation>
    </message>
    <message>
        <source>The record lists server addresses instead of naming %1's include:%2, so whether %1's servers are among them cannot be told. If %1 changes its servers, mail fails SPF.</source>
        <translation>Der Eintrag listet Serveradressen auf, statt include:%2 von %1 zu nennen, daher lässt sich nicht feststellen, ob die Server von %1 darunter sind. Ändert %1 seine Server, scheitert die Mail an SPF.</translation>
    </message>
    <message>
        <source>SPF does not authorise %1</source>
        <translation>SPF autorisiert %1 nicht</translation>
    </message>
    <message>
        <source>Mail you send through %1 fails SPF, because the record does not include %2 before its "all". Publish the record below instead of the current one.</source>
        <translation>Mail, die Sie über %1 senden, scheitert an SPF, weil der Eintrag %2 nicht vor seinem "all" einbindet. Veröffentlichen Sie statt des aktuellen Eintrags den Eintrag unten.</translation>
    </message>
    <message>
        <source>SPF uses "ptr"</source>
        <translation>SPF verwendet "ptr"</translation>
    </message>
    <message>
        <source>"ptr" is slow and unreliable, and RFC 7208 says not to use it; some receivers ignore it. Name the servers with ip4:, ip6:, a or include: instead.</source>
        <translation>"ptr" ist langsam und unzuverlässig, und RFC 7208 rät davon ab; manche Empfangsserver ignorieren es. Nennen Sie die Server stattdessen mit ip4:, ip6:, a oder include:.</translation>
    </message>
    <message>
        <source>SPF ends with ?all</source>
        <translation>SPF endet mit ?all</translation>
    </message>
    <message>
        <source>"?all" says nothing about other servers, so forged mail is not marked. End it with ~all or -all.</source>
        <translation>"?all" sagt nichts über andere Server aus, daher wird gefälschte Mail nicht markiert. Beenden Sie den Eintrag mit ~all oder -all.</translation>
    </message>
    <message>
        <source>SPF record is valid</source>
        <translation>SPF-Eintrag ist gültig</translation>
    </message>
    <message>
        <source>SPF authorises %1</source>
        <translation>SPF autorisiert %1</translation>
    </message>
    <message>
        <source>One valid record, %1 of 10 DNS lookups.</source>
        <translation>Ein gültiger Eintrag, %1 von 10 DNS-Abfragen.</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>the record does not start with "v=spf1"</source>
        <translation>der Eintrag beginnt nicht mit "v=spf1"</translation>
    </message>
    <message>
        <source>"redirect=" appears more than once</source>
        <translation>"redirect=" kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>"%1" does not name a domain</source>
        <translation>"%1" nennt keine Domain</translation>
    </message>
    <message>
        <source>"exp=" appears more than once</source>
        <translation>"exp=" kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>"%1" is not a valid modifier</source>
        <translation>"%1" ist kein gültiger Modifikator</translation>
    </message>
    <message>
        <source>"%1": "all" takes no value</source>
        <translation>"%1": "all" nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>"%1" must be followed by ":" and a domain</source>
        <translation>auf "%1" müssen ":" und eine Domain folgen</translation>
    </message>
    <message>
        <source>"%1" is not a valid "%2" mechanism</source>
        <translation>"%1" ist kein gültiger "%2"-Mechanismus</translation>
    </message>
    <message>
        <source>"%1" is not a valid "ptr" mechanism</source>
        <translation>"%1" ist kein gültiger "ptr"-Mechanismus</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv%2 address or network</source>
        <translation>"%1" ist weder eine gültige IPv%2-Adresse noch ein gültiges Netz</translation>
    </message>
    <message>
        <source>"%1" is not an SPF mechanism</source>
        <translation>"%1" ist kein SPF-Mechanismus</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Message templates saved in the window ("Save as template"). 'stamp send --template NAME' sends a message started from one.</source>
        <translation>Nachrichtenvorlagen, im Fenster gespeichert ("Als Vorlage speichern"). 'stamp send --template NAME' sendet eine Nachricht, die mit einer davon beginnt.</translation>
    </message>
    <message>
        <source>list, show or delete</source>
        <translation>list, show oder delete</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Run 'stamp template --help' for the actions.</source>
        <translation>Die Aktionen zeigt 'stamp template --help'.</translation>
    </message>
    <message>
        <source>name an action: list, show or delete.</source>
        <translation>nennen Sie eine Aktion: list, show oder delete.</translation>
    </message>
    <message>
        <source>list takes no argument.</source>
        <translation>list nimmt kein Argument.</translation>
    </message>
    <message>
        <source>There are no templates.</source>
        <translation>Es gibt keine Vorlagen.</translation>
    </message>
    <message>
        <source>subject "%1", to %2</source>
        <translation>Betreff "%1", an %2</translation>
    </message>
    <message>
        <source>cannot read %1 (left as it is).</source>
        <translation>%1 kann nicht gelesen werden (unverändert gelassen).</translation>
    </message>
    <message>
        <source>%1 needs the template's name.</source>
        <translation>%1 braucht den Namen der Vorlage.</translation>
    </message>
    <message>
        <source>Template "%1" deleted.</source>
        <translation>Vorlage "%1" gelöscht.</translation>
    </message>
    <message>
        <source>There is no template named "%1".</source>
        <translation>Es gibt keine Vorlage namens "%1".</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Kopie (Cc): %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>Blindkopie (Bcc): %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (missing)</source>
        <translation>Anhang: %1 (fehlt)</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Anhang: %1</translation>
    </message>
    <message>
        <source>unknown action "%1".</source>
        <translation>unbekannte Aktion "%1".</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>A template's name can have at most %n characters.</source>
        <translation>
            <numerusform>Der Name einer Vorlage darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Der Name einer Vorlage darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template's name cannot contain line breaks or tabs.</source>
        <translation>Der Name einer Vorlage darf keine Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>A template named "%1" exists already.</source>
        <translation>Es gibt bereits eine Vorlage namens "%1".</translation>
    </message>
    <message>
        <source>There is no template named "%1".</source>
        <translation>Es gibt keine Vorlage namens "%1".</translation>
    </message>
    <message>
        <source>The template "%1" could not be deleted from %2.</source>
        <translation>Die Vorlage "%1" konnte nicht aus %2 gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdImport</name>
    <message>
        <source>%1 is neither a prefs.js file, a Thunderbird profile folder nor a folder with profiles.ini.</source>
        <translation>%1 ist weder eine prefs.js-Datei noch ein Thunderbird-Profilordner noch ein Ordner mit profiles.ini.</translation>
    </message>
    <message>
        <source>No Thunderbird profile was found. Name the profile folder or its prefs.js file.</source>
        <translation>Es wurde kein Thunderbird-Profil gefunden. Geben Sie den Profilordner oder seine prefs.js-Datei an.</translation>
    </message>
    <message>
        <source>Another Thunderbird profile was not read: "%1" in %2. Name its folder to import it.</source>
        <translation>Ein weiteres Thunderbird-Profil wurde nicht gelesen: "%1" in %2. Geben Sie seinen Ordner an, um es zu importieren.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A line of prefs.js was not understood and was left out (%1).</source>
        <translation>Eine Zeile von prefs.js wurde nicht verstanden und weggelassen (%1).</translation>
    </message>
    <message>
        <source>%1 sends through an outgoing server the profile does not describe; it is left out.</source>
        <translation>%1 sendet über einen Postausgangs-Server, den das Profil nicht beschreibt, und wird weggelassen.</translation>
    </message>
    <message>
        <source>Not imported: the outgoing server has no host name.</source>
        <translation>Nicht importiert: Der Postausgangs-Server hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Thunderbird sent through this server without encryption. Stamp will too, but refuses to log in that way; choose STARTTLS or TLS in the account's settings if the server offers it.</source>
        <translation>Thunderbird hat über diesen Server ohne Verschlüsselung gesendet. Stamp tut das auch, meldet sich so aber nicht an; wählen Sie in den Kontoeinstellungen STARTTLS oder TLS, falls der Server es anbietet.</translation>
    </message>
    <message>
        <source>The connection security setting was not understood; STARTTLS is used.</source>
        <translation>Die Einstellung für die Verbindungssicherheit wurde nicht verstanden; STARTTLS wird verwendet.</translation>
    </message>
    <message>
        <source>Thunderbird logged in with Kerberos, NTLM or a certificate, which Stamp does not offer; it will log in with a password.</source>
        <translation>Thunderbird hat sich mit Kerberos, NTLM oder einem Zertifikat angemeldet, was Stamp nicht anbietet; Stamp meldet sich mit einem Passwort an.</translation>
    </message>
    <message>
        <source>No identity sends through this server; its user name is used as the address.</source>
        <translation>Keine Identität sendet über diesen Server; sein Benutzername wird als Adresse verwendet.</translation>
    </message>
    <message>
        <source>Not imported: no identity sends through this server, so there is no address to send from.</source>
        <translation>Nicht importiert: Keine Identität sendet über diesen Server, daher gibt es keine Absenderadresse.</translation>
    </message>
    <message>
        <source>The signature of %1 was written in HTML; check how it looks.</source>
        <translation>Die Signatur von %1 wurde in HTML geschrieben; prüfen Sie, wie sie aussieht.</translation>
    </message>
    <message>
        <source>The profile has no outgoing (SMTP) server.</source>
        <translation>Das Profil hat keinen Postausgangs-Server (SMTP).</translation>
    </message>
    <message>
        <source>Passwords saved in Thunderbird are not read: Stamp asks for each account's password once, for the keychain.</source>
        <translation>In Thunderbird gespeicherte Passwörter werden nicht gelesen: Stamp fragt einmal nach dem Passwort jedes Kontos, für den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The provider said: "%1" (%2).</source>
        <translation>Der Anbieter meldet: "%1" (%2).</translation>
    </message>
    <message>
        <source>(Error code: %1.)</source>
        <translation>(Fehlercode: %1.)</translation>
    </message>
    <message>
        <source>Access was not granted: the sign-in was declined or cancelled in the browser.</source>
        <translation>Der Zugriff wurde nicht gewährt: Die Anmeldung wurde im Browser abgelehnt oder abgebrochen.</translation>
    </message>
    <message>
        <source>The provider rejected the sign-in request as malformed.</source>
        <translation>Der Anbieter hat die Anmeldeanfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The provider does not allow this client ID to sign in this way; check the client ID configured for Stamp.</source>
        <translation>Der Anbieter erlaubt dieser Client-ID nicht, sich auf diese Weise anzumelden; prüfen Sie die für Stamp konfigurierte Client-ID.</translation>
    </message>
    <message>
        <source>The provider does not support the authorization-code sign-in Stamp uses.</source>
        <translation>Der Anbieter unterstützt die Anmeldung per Autorisierungscode nicht, die Stamp verwendet.</translation>
    </message>
    <message>
        <source>The provider does not know the access Stamp asked for (the scope); the provider settings may be out of date.</source>
        <translation>Der Anbieter kennt den Zugriff nicht, den Stamp angefordert hat (den Scope); die Anbietereinstellungen sind vielleicht veraltet.</translation>
    </message>
    <message>
        <source>The provider had an internal error; try again later.</source>
        <translation>Beim Anbieter ist ein interner Fehler aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider's sign-in service is overloaded or down for maintenance; try again later.</source>
        <translation>Der Anmeldedienst des Anbieters ist überlastet oder wird gerade gewartet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in.</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The provider no longer accepts this sign-in: it was revoked, has expired, or the password was changed. Sign in again.</source>
        <translation>Der Anbieter akzeptiert diese Anmeldung nicht mehr: Sie wurde widerrufen, ist abgelaufen, oder das Passwort wurde geändert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider does not recognise Stamp's client ID or client secret; check the OAuth client configuration.</source>
        <translation>Der Anbieter erkennt die Client-ID oder das Client-Secret von Stamp nicht; prüfen Sie die OAuth-Client-Konfiguration.</translation>
    </message>
    <message>
        <source>The provider does not allow this client ID to use this kind of sign-in.</source>
        <translation>Der Anbieter erlaubt dieser Client-ID diese Art der Anmeldung nicht.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of token request.</source>
        <translation>Der Anbieter unterstützt diese Art von Token-Anfrage nicht.</translation>
    </message>
    <message>
        <source>The provider refused the access Stamp asked for (the scope).</source>
        <translation>Der Anbieter hat den Zugriff verweigert, den Stamp angefordert hat (den Scope).</translation>
    </message>
    <message>
        <source>The provider rejected the token request as malformed.</source>
        <translation>Der Anbieter hat die Token-Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The provider refused to issue a token.</source>
        <translation>Der Anbieter hat sich geweigert, ein Token auszustellen.</translation>
    </message>
    <message>
        <source>The provider's token service answered with HTTP status %1 and no explanation.</source>
        <translation>Der Token-Dienst des Anbieters hat mit HTTP-Status %1 und ohne Erklärung geantwortet.</translation>
    </message>
    <message>
        <source>The provider's token service sent something that is not JSON.</source>
        <translation>Der Token-Dienst des Anbieters hat etwas gesendet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>The provider's token service sent no access token.</source>
        <translation>Der Token-Dienst des Anbieters hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>The provider issued a "%1" token; Stamp can only use bearer tokens.</source>
        <translation>Der Anbieter hat ein "%1"-Token ausgestellt; Stamp kann nur Bearer-Tokens verwenden.</translation>
    </message>
</context>
<context>
    <name>TranscriptArchive</name>
    <message>
        <source>cannot create %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>TranscriptWriter</name>
    <message>
        <source>Cannot write the log to "%1": %2</source>
        <translation>Das Protokoll kann nicht nach "%1" geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>stamp::Autodetect</name>
    <message>
        <source>accepts only OAuth2 sign-in</source>
        <translation>akzeptiert nur OAuth2-Anmeldung</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>no preset for %1</source>
        <translation>keine Voreinstellung für %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>skipped: not HTTPS</source>
        <translation>übersprungen: kein HTTPS</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>no MX record</source>
        <translation>kein MX-Eintrag</translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 gehört zu %2</translation>
    </message>
    <message>
        <source>%1 matches no preset</source>
        <translation>%1 passt zu keiner Voreinstellung</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>kein SRV-Eintrag</translation>
    </message>
    <message>
        <source>skipped: a better source answered</source>
        <translation>übersprungen: Eine bessere Quelle hat geantwortet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>TLS on connect</source>
        <translation>TLS ab Verbindungsbeginn</translation>
    </message>
    <message>
        <source>offers STARTTLS</source>
        <translation>bietet STARTTLS an</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>kein STARTTLS</translation>
    </message>
    <message>
        <source>no encryption offered: a password would travel in the clear</source>
        <translation>keine Verschlüsselung angeboten: Ein Passwort würde im Klartext übertragen</translation>
    </message>
    <message>
        <source>its certificate is not trusted: %1</source>
        <translation>sein Zertifikat ist nicht vertrauenswürdig: %1</translation>
    </message>
</context>
<context>
    <name>stamp::ConnectionCheck</name>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>%1 nachschlagen</translation>
    </message>
    <message>
        <source>an address literal: nothing to look up</source>
        <translation>ein Adressliteral: nichts nachzuschlagen</translation>
    </message>
    <message>
        <source>Connect to %1 port %2</source>
        <translation>Mit %1, Port %2 verbinden</translation>
    </message>
    <message>
        <source>STARTTLS offered before TLS, AUTH only after</source>
        <translation>STARTTLS vor TLS angeboten, AUTH erst danach</translation>
    </message>
    <message>
        <source>TLS from the first byte: there is no plaintext part to strip</source>
        <translation>TLS ab dem ersten Byte: Es gibt keinen Klartextteil, der entfernt werden könnte</translation>
    </message>
    <message>
        <source>this account uses no TLS</source>
        <translation>dieses Konto verwendet kein TLS</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no EHLO reply</source>
        <translation>keine EHLO-Antwort</translation>
    </message>
    <message>
        <source>the plaintext EHLO reply does not offer STARTTLS: %1</source>
        <translation>die EHLO-Antwort im Klartext bietet kein STARTTLS an: %1</translation>
    </message>
    <message>
        <source>STARTTLS offered: yes</source>
        <translation>STARTTLS angeboten: ja</translation>
    </message>
    <message>
        <source>AUTH offered before TLS: yes (Stamp never uses it there, but the server would accept a password in the clear)</source>
        <translation>AUTH vor TLS angeboten: ja (Stamp verwendet es dort nie, aber der Server würde ein Passwort im Klartext annehmen)</translation>
    </message>
    <message>
        <source>AUTH offered before TLS: no</source>
        <translation>AUTH vor TLS angeboten: nein</translation>
    </message>
    <message>
        <source>Stamp connection check</source>
        <translation>Stamp-Verbindungsprüfung</translation>
    </message>
    <message>
        <source>This message was sent by Stamp's connection check for the account "%1". It arrived, so sending works.</source>
        <translation>Diese Nachricht wurde von der Verbindungsprüfung von Stamp für das Konto "%1" gesendet. Sie ist angekommen, das Senden funktioniert also.</translation>
    </message>
    <message>
        <source>TLS from the first byte (implicit TLS)</source>
        <translation>TLS ab dem ersten Byte (implizites TLS)</translation>
    </message>
    <message>
        <source>TLS after STARTTLS</source>
        <translation>TLS nach STARTTLS</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>issued by: %1</source>
        <translation>ausgestellt von: %1</translation>
    </message>
    <message>
        <source>covers: %1</source>
        <translation>gilt für: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>this account uses no TLS: everything, the password included, travels in the clear</source>
        <translation>dieses Konto verwendet kein TLS: Alles, auch das Passwort, wird im Klartext übertragen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>version: %1, cipher: %2</source>
        <translation>Version: %1, Verschlüsselungsverfahren: %2</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>Kette: %1</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>gültig bis %1 (noch %n Tag)</numerusform>
            <numerusform>gültig bis %1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate expires soon; once it has, every connection will fail</source>
        <translation>das Zertifikat läuft bald ab; danach schlägt jede Verbindung fehl</translation>
    </message>
    <message>
        <source>host name: not checked, the certificate is the pinned one</source>
        <translation>Hostname: nicht geprüft, das Zertifikat ist das hinterlegte</translation>
    </message>
    <message>
        <source>host name: %1 matches the certificate</source>
        <translation>Hostname: %1 passt zum Zertifikat</translation>
    </message>
    <message>
        <source>Capabilities (EHLO)</source>
        <translation>Fähigkeiten (EHLO)</translation>
    </message>
    <message>
        <source>Capabilities (EHLO after TLS)</source>
        <translation>Fähigkeiten (EHLO nach TLS)</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Servername: %1</translation>
    </message>
    <message>
        <source>SIZE: yes, limit %1</source>
        <translation>SIZE: ja, Limit %1</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>keines angegeben</translation>
    </message>
    <message>
        <source>SIZE: no</source>
        <translation>SIZE: nein</translation>
    </message>
    <message>
        <source>PIPELINING: %1</source>
        <translation>PIPELINING: %1</translation>
    </message>
    <message>
        <source>CHUNKING: %1</source>
        <translation>CHUNKING: %1</translation>
    </message>
    <message>
        <source>SMTPUTF8: %1</source>
        <translation>SMTPUTF8: %1</translation>
    </message>
    <message>
        <source>AUTH: %1</source>
        <translation>AUTH: %1</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>keine angeboten</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>this account does not log in</source>
        <translation>dieses Konto meldet sich nicht an</translation>
    </message>
    <message>
        <source>accepted (%1)</source>
        <translation>akzeptiert (%1)</translation>
    </message>
    <message>
        <source>Send a test message to %1</source>
        <translation>Testnachricht an %1 senden</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>angenommen: %1</translation>
    </message>
    <message>
        <source>Check what the sending domain publishes for mail to arrive</source>
        <translation>Prüfen, was die Absenderdomain veröffentlicht, damit Mail ankommt</translation>
    </message>
    <message>
        <source>Check what %1 publishes for mail to arrive</source>
        <translation>Prüfen, was %1 veröffentlicht, damit Mail ankommt</translation>
    </message>
    <message>
        <source>the account has no email address whose domain could be checked</source>
        <translation>das Konto hat keine E-Mail-Adresse, deren Domain geprüft werden könnte</translation>
    </message>
    <message>
        <source>%1 has no domain that DNS could be asked about</source>
        <translation>%1 enthält keine Domain, die im DNS abgefragt werden könnte</translation>
    </message>
    <message>
        <source>DNS could not be asked: no question about %1 was answered. This does not affect sending; try again when the network or the name server answers.</source>
        <translation>DNS konnte nicht abgefragt werden: Keine Anfrage zu %1 wurde beantwortet. Das Senden ist davon nicht betroffen; versuchen Sie es erneut, sobald das Netzwerk oder der Nameserver antwortet.</translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation>Veröffentlichen: %1</translation>
    </message>
    <message>
        <source>%1 looks up the name</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>%1 löst den Namen auf</translation>
    </message>
    <message>
        <source>Connect to %1 port %2 through %3</source>
        <extracomment>%1 is a host name or address, %2 a port, %3 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>Mit %1, Port %2 über %3 verbinden</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>stamp::CredentialSource</name>
    <message>
        <source>%1 no longer accepts the saved sign-in of the account "%2", so Stamp cannot log in to send.</source>
        <translation>%1 akzeptiert die gespeicherte Anmeldung des Kontos "%2" nicht mehr, daher kann sich Stamp zum Senden nicht anmelden.</translation>
    </message>
    <message>
        <source>(%1 said: "%2")</source>
        <translation>(%1 meldet: "%2")</translation>
    </message>
    <message>
        <source>The account "%1" does not sign in with OAuth.</source>
        <translation>Das Konto "%1" meldet sich nicht mit OAuth an.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1".</source>
        <translation>Für das Konto "%1" ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The account "%1" is not signed in to %2: no sign-in is saved in the keychain. Sign in to %2 again.</source>
        <translation>Das Konto "%1" ist nicht bei %2 angemeldet: Im Schlüsselbund ist keine Anmeldung gespeichert. Melden Sie sich erneut bei %2 an.</translation>
    </message>
    <message>
        <source>Stamp could not renew the sign-in of the account "%1" with %2: %3</source>
        <translation>Stamp konnte die Anmeldung des Kontos "%1" bei %2 nicht erneuern: %3</translation>
    </message>
</context>
<context>
    <name>stamp::Dispatcher</name>
    <message>
        <source>The message file is missing from the outbox: %1</source>
        <translation>Die Nachrichtendatei fehlt im Postausgang: %1</translation>
    </message>
</context>
<context>
    <name>stamp::MailClient</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The account "%1" these messages were written for no longer exists.</source>
        <translation>Das Konto "%1", für das diese Nachrichten geschrieben wurden, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The messages queued for %1 (user %2) need the password again, which Stamp never stores for a server outside your accounts: flush them again on the command line with the password, or remove them in the Outbox.</source>
        <translation>Die Nachrichten, die für %1 (Benutzer %2) in der Warteschlange stehen, brauchen das Passwort erneut, das Stamp für einen Server außerhalb Ihrer Konten nie speichert: Senden Sie sie auf der Befehlszeile mit dem Passwort erneut (flush) oder entfernen Sie sie im Postausgang.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1".</source>
        <translation>Für das Konto "%1" ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the sign-in for "%1" even with a renewed token.</source>
        <translation>Der Server hat die Anmeldung für "%1" auch mit einem erneuerten Token abgelehnt.</translation>
    </message>
    <message>
        <source>The message is no longer in the Outbox.</source>
        <translation>Die Nachricht ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>This message is not waiting for a password.</source>
        <translation>Diese Nachricht wartet nicht auf ein Passwort.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain, so Stamp keeps it only until it quits. %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden, daher behält Stamp es nur bis zum Beenden. %1</translation>
    </message>
    <message>
        <source>The account "%1" this message was written for no longer exists.</source>
        <translation>Das Konto "%1", für das diese Nachricht geschrieben wurde, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>Es gibt kein Konto "%1".</translation>
    </message>
    <message>
        <source>The account this message is written in no longer exists.</source>
        <translation>Das Konto, in dem diese Nachricht geschrieben wurde, existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>stamp::OutboxService</name>
    <message>
        <source>The account "%1" these messages were queued for no longer exists.</source>
        <translation>Das Konto "%1", für das diese Nachrichten in die Warteschlange gestellt wurden, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No credentials are available to send these messages.</source>
        <translation>Für diese Nachrichten sind keine Anmeldedaten verfügbar.</translation>
    </message>
    <message>
        <source>No credentials for these messages.</source>
        <translation>Keine Anmeldedaten für diese Nachrichten.</translation>
    </message>
</context>
<context>
    <name>stamp::RunningInstance</name>
    <message>
        <source>another Stamp window receives the links</source>
        <translation>ein anderes Stamp-Fenster empfängt die Links</translation>
    </message>
</context>
<context>
    <name>stamp::SandboxServer</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>stamp::SecretStore</name>
    <message>
        <source>No keychain is available on this computer, so Stamp cannot save the password. It can keep the password in memory until Stamp quits; it will be asked again next time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Stamp das Passwort nicht speichern. Stamp kann es bis zum Beenden im Speicher behalten; beim nächsten Mal wird es erneut abgefragt.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Der Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>stamp::SentCopyCheck</name>
    <message>
        <source>Enter the IMAP server's host name first.</source>
        <translation>Geben Sie zuerst den Hostnamen des IMAP-Servers ein.</translation>
    </message>
</context>
<context>
    <name>stamp::SubmissionBatch</name>
    <message numerus="yes">
        <source>Opening a new connection for %n more message(s) (%2 s left to get the server ready)</source>
        <extracomment>%2 is a number of seconds with one decimal</extracomment>
        <translation>
            <numerusform>Neue Verbindung für %n weitere Nachricht wird geöffnet (noch %2 s, bis der Server bereit sein muss)</numerusform>
            <numerusform>Neue Verbindung für %n weitere Nachrichten wird geöffnet (noch %2 s, bis der Server bereit sein muss)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening a new connection for %n more message(s)</source>
        <translation>
            <numerusform>Neue Verbindung für %n weitere Nachricht wird geöffnet</numerusform>
            <numerusform>Neue Verbindung für %n weitere Nachrichten wird geöffnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stamp::SubmissionSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Replies not read: "%1%2"</source>
        <extracomment>%1%2 are the first bytes of the replies the server sent ahead</extracomment>
        <translation>Nicht gelesene Antworten: "%1%2"</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n more replies than commands: it answered commands before they were sent.</source>
        <translation>
            <numerusform>Der Server hat %n überzählige Antwort gesendet: Er hat Befehle beantwortet, bevor sie gesendet wurden.</numerusform>
            <numerusform>Der Server hat %n überzählige Antworten gesendet: Er hat Befehle beantwortet, bevor sie gesendet wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server interrupted the upload: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Der Server hat die Übertragung unterbrochen: %1</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Der Server schließt die Verbindung: %1</translation>
    </message>
    <message>
        <source>The host name %1 could not be found: %2</source>
        <extracomment>%1 is a host name; %2 is the system's error message</extracomment>
        <translation>Der Hostname %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <extracomment>%1 is a host name, %2 a port number</extracomment>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <extracomment>%1 describes the step, e.g. "while signing in"</extracomment>
        <translation>Der Server hat die Verbindung %1 geschlossen.</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <extracomment>%1 is the TLS library's error message</extracomment>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server was still not ready for the message after %1 s (the most Stamp waits, counting every connection of this attempt); it stopped %2.</source>
        <extracomment>%1 is a number of seconds; %2 describes the step, e.g. "while signing in"</extracomment>
        <translation>Der Server war nach %1 s noch immer nicht bereit für die Nachricht (so lange wartet Stamp höchstens, über alle Verbindungen dieses Versuchs gerechnet); der Vorgang blieb %2 stehen.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2 within %3 s.</source>
        <extracomment>%1 is a host name, %2 a port number, %3 a number of seconds</extracomment>
        <translation>Die Verbindung zu %1, Port %2 konnte nicht innerhalb von %3 s hergestellt werden.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>The server accepted no message data for %1 s.</source>
        <translation>Der Server hat %1 s lang keine Nachrichtendaten angenommen.</translation>
    </message>
    <message>
        <source>No reply from the server within %1 s %2.</source>
        <extracomment>%1 is a number of seconds; %2 describes the step, e.g. "while signing in"</extracomment>
        <translation>Der Server hat %2 nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The session stalled %1.</source>
        <extracomment>%1 describes the step, e.g. "while signing in"</extracomment>
        <translation>Die Sitzung blieb %1 hängen.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>stamp::domain::DnsQueryCache</name>
    <message>
        <source>more than %1 CNAME records in a row</source>
        <translation>mehr als %1 CNAME-Einträge hintereinander</translation>
    </message>
</context>
<context>
    <name>stamp::domain::DomainCheck</name>
    <message>
        <source>%1 belongs to %2, which publishes its SPF, DKIM and DMARC records itself. There is nothing for you to publish: mail you send through %2 is authenticated by %2.</source>
        <translation>%1 gehört zu %2; dieser Anbieter veröffentlicht seine SPF-, DKIM- und DMARC-Einträge selbst. Sie müssen nichts veröffentlichen: Mail, die Sie über %2 senden, wird von %2 authentifiziert.</translation>
    </message>
    <message>
        <source>The domain does not exist</source>
        <translation>Die Domain existiert nicht</translation>
    </message>
    <message>
        <source>DNS says there is no domain %1. Check the spelling, or whether the domain's registration has lapsed.</source>
        <translation>Laut DNS gibt es keine Domain %1. Prüfen Sie die Schreibweise oder ob die Registrierung der Domain abgelaufen ist.</translation>
    </message>
    <message>
        <source>The domain says it receives no mail</source>
        <translation>Die Domain gibt an, keine Mail zu empfangen</translation>
    </message>
    <message>
        <source>%1 publishes a "null MX" (MX 0 .), which says it takes no mail. Receivers may refuse mail from it, because replies could not reach you. Replace it with your provider's MX records.</source>
        <translation>%1 veröffentlicht ein "null MX" (MX 0 .), das besagt, dass sie keine Mail annimmt. Empfangsserver lehnen Mail von ihr möglicherweise ab, weil Antworten Sie nicht erreichen könnten. Ersetzen Sie es durch die MX-Einträge Ihres Anbieters.</translation>
    </message>
    <message>
        <source>The domain receives mail</source>
        <translation>Die Domain empfängt Mail</translation>
    </message>
    <message numerus="yes">
        <source>%n MX record(s) name the servers that take mail for the domain.</source>
        <translation>
            <numerusform>%n MX-Eintrag nennt die Server, die Mail für die Domain annehmen.</numerusform>
            <numerusform>%n MX-Einträge nennen die Server, die Mail für die Domain annehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The domain has no mail servers</source>
        <translation>Die Domain hat keine Mailserver</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address, so replies and bounces cannot reach it; receivers may refuse its mail. Publish your provider's MX records.</source>
        <translation>%1 hat keinen MX-Eintrag und keine Adresse, daher können Antworten und Unzustellbarkeitsnachrichten sie nicht erreichen; Empfangsserver lehnen ihre Mail möglicherweise ab. Veröffentlichen Sie die MX-Einträge Ihres Anbieters.</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Kein MX-Eintrag</translation>
    </message>
    <message>
        <source>Mail to you falls back to the domain's address record. Publish MX records so mail to the domain reaches the right servers.</source>
        <translation>Mail an Sie wird ersatzweise an die Adresse aus dem Adresseintrag der Domain zugestellt. Veröffentlichen Sie MX-Einträge, damit Mail an die Domain die richtigen Server erreicht.</translation>
    </message>
    <message>
        <source>DKIM selectors unknown</source>
        <translation>DKIM-Selektoren unbekannt</translation>
    </message>
    <message>
        <source>DNS cannot list DKIM keys; they are found by their selector name. The selector is the s= value in the DKIM-Signature header of a message you sent.</source>
        <translation>DNS kann DKIM-Schlüssel nicht auflisten; sie werden über ihren Selektornamen gefunden. Der Selektor ist der Wert s= im Header DKIM-Signature einer von Ihnen gesendeten Nachricht.</translation>
    </message>
    <message>
        <source>The DKIM key has an error</source>
        <translation>Der DKIM-Schlüssel enthält einen Fehler</translation>
    </message>
    <message>
        <source>The key at selector "%1" cannot be used: %2.</source>
        <translation>Der Schlüssel am Selektor "%1" ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>The DKIM key is revoked</source>
        <translation>Der DKIM-Schlüssel ist widerrufen</translation>
    </message>
    <message>
        <source>The key at selector "%1" is empty (p=), which revokes it: mail signed with it fails DKIM.</source>
        <translation>Der Schlüssel am Selektor "%1" ist leer (p=) und damit widerrufen: Damit signierte Mail besteht DKIM nicht.</translation>
    </message>
    <message>
        <source>The DKIM key is too short</source>
        <translation>Der DKIM-Schlüssel ist zu kurz</translation>
    </message>
    <message>
        <source>The key at selector "%1" has %2 bits; receivers must refuse keys under 1024 bits (RFC 8301). Create a 2048-bit key.</source>
        <translation>Der Schlüssel am Selektor "%1" hat %2 Bit; Empfangsserver müssen Schlüssel unter 1024 Bit ablehnen (RFC 8301). Erstellen Sie einen 2048-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>The DKIM key is short</source>
        <translation>Der DKIM-Schlüssel ist kurz</translation>
    </message>
    <message>
        <source>The key at selector "%1" has %2 bits. It works, but Gmail and Yahoo recommend 2048 bits: create a longer key when you can.</source>
        <translation>Der Schlüssel am Selektor "%1" hat %2 Bit. Er funktioniert, aber Gmail und Yahoo empfehlen 2048 Bit: Erstellen Sie bei Gelegenheit einen längeren Schlüssel.</translation>
    </message>
    <message>
        <source>DKIM is still in test mode</source>
        <translation>DKIM ist noch im Testmodus</translation>
    </message>
    <message>
        <source>The key at selector "%1" has t=y, which asks receivers to treat failures as unsigned. Remove t=y once signing works.</source>
        <translation>Der Schlüssel am Selektor "%1" hat t=y; damit werden Empfangsserver gebeten, Fehlschläge wie unsignierte Mail zu behandeln. Entfernen Sie t=y, sobald das Signieren funktioniert.</translation>
    </message>
    <message>
        <source>%1-bit RSA</source>
        <translation>RSA, %1 Bit</translation>
    </message>
    <message>
        <source>DKIM key found</source>
        <translation>DKIM-Schlüssel gefunden</translation>
    </message>
    <message>
        <source>Selector "%1" publishes a valid %2 key.</source>
        <translation>Der Selektor "%1" veröffentlicht einen gültigen Schlüssel (%2).</translation>
    </message>
    <message>
        <source>No DKIM key found</source>
        <translation>Kein DKIM-Schlüssel gefunden</translation>
    </message>
    <message>
        <source>No key at the selectors %1, so your mail is not signed in a way receivers can check.</source>
        <translation>Kein Schlüssel an den Selektoren %1, daher ist Ihre Mail nicht so signiert, dass Empfangsserver die Signatur prüfen können.</translation>
    </message>
    <message>
        <source>Publish the record below (and the provider's other selectors the same way); if the provider's settings page shows a different value, use that one.</source>
        <translation>Veröffentlichen Sie den Eintrag unten (und die übrigen Selektoren des Anbieters ebenso); zeigt die Einstellungsseite des Anbieters einen anderen Wert, verwenden Sie diesen.</translation>
    </message>
    <message>
        <source>Turn on DKIM in %1's settings and publish the key it shows.</source>
        <translation>Aktivieren Sie DKIM in den Einstellungen von %1 und veröffentlichen Sie den dort angezeigten Schlüssel.</translation>
    </message>
    <message>
        <source>More than one DMARC record</source>
        <translation>Mehr als ein DMARC-Eintrag</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then apply none of them. Keep one.</source>
        <translation>%1 hat %2 DMARC-Einträge; Empfangsserver wenden dann keinen davon an. Behalten Sie einen.</translation>
    </message>
    <message>
        <source>The DMARC record does not start with v=DMARC1</source>
        <translation>Der DMARC-Eintrag beginnt nicht mit v=DMARC1</translation>
    </message>
    <message>
        <source>Receivers ignore a record at %1 unless it starts exactly with "v=DMARC1;".</source>
        <translation>Empfangsserver ignorieren einen Eintrag unter %1, wenn er nicht genau mit "v=DMARC1;" beginnt.</translation>
    </message>
    <message>
        <source>The DMARC record has an error</source>
        <translation>Der DMARC-Eintrag enthält einen Fehler</translation>
    </message>
    <message>
        <source>Found at %1, which covers %2 as a subdomain.</source>
        <translation>Gefunden unter %1; dieser Eintrag gilt auch für %2 als Subdomain.</translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none)</source>
        <translation>DMARC überwacht nur (p=none)</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Microsoft accept p=none from bulk senders, but it asks receivers to do nothing with forged mail. Move to p=quarantine once reports show your own mail passes.</source>
        <translation>Gmail, Yahoo und Microsoft akzeptieren p=none von Massenversendern, aber damit werden Empfangsserver gebeten, mit gefälschter Mail nichts zu unternehmen. Wechseln Sie zu p=quarantine, sobald die Berichte zeigen, dass Ihre eigene Mail die Prüfung besteht.</translation>
    </message>
    <message>
        <source>DMARC applies to part of the mail (pct=%1)</source>
        <translation>DMARC gilt für einen Teil der Mail (pct=%1)</translation>
    </message>
    <message>
        <source>The policy covers only %1% of failing mail; the rest is treated as p=none.</source>
        <translation>Die Richtlinie erfasst nur %1 % der durchfallenden Mail; der Rest wird wie p=none behandelt.</translation>
    </message>
    <message>
        <source>DMARC policy: %1</source>
        <translation>DMARC-Richtlinie: %1</translation>
    </message>
    <message>
        <source>Receivers are asked to %1 mail that fails SPF and DKIM alignment.</source>
        <translation>Empfangsserver werden gebeten, Mail, die weder die SPF- noch die DKIM-Ausrichtung besteht, %1.</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>abzulehnen</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>in Quarantäne zu stellen</translation>
    </message>
    <message>
        <source>The DMARC record is at the wrong name</source>
        <translation>Der DMARC-Eintrag steht unter dem falschen Namen</translation>
    </message>
    <message>
        <source>A DMARC record sits at %1, where receivers never look. It must be at %2: publish it there and delete the other one. (DNS panels often add the domain to the name you type: enter just "_dmarc".)</source>
        <translation>Ein DMARC-Eintrag steht unter %1, wo Empfangsserver nie nachsehen. Er muss unter %2 stehen: Veröffentlichen Sie ihn dort und löschen Sie den anderen. (DNS-Verwaltungsoberflächen hängen oft die Domain an den eingegebenen Namen an: Geben Sie nur "_dmarc" ein.)</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>Kein DMARC-Eintrag</translation>
    </message>
    <message>
        <source>Without DMARC, receivers have no policy for forged mail, and Gmail, Yahoo and Microsoft require it from bulk senders. Publish the record below; replace dmarc-reports@%1 with a mailbox of yours that may receive daily reports.</source>
        <translation>Ohne DMARC haben Empfangsserver keine Richtlinie für gefälschte Mail, und Gmail, Yahoo und Microsoft verlangen es von Massenversendern. Veröffentlichen Sie den Eintrag unten; ersetzen Sie dmarc-reports@%1 durch ein eigenes Postfach, das tägliche Berichte empfangen darf.</translation>
    </message>
    <message>
        <source>MTA-STS is published</source>
        <translation>MTA-STS ist veröffentlicht</translation>
    </message>
    <message>
        <source>No MTA-STS</source>
        <translation>Kein MTA-STS</translation>
    </message>
    <message>
        <source>MTA-STS asks senders to use TLS for mail to you; it does not affect mail you send. Optional.</source>
        <translation>MTA-STS fordert sendende Server auf, für Mail an Sie TLS zu verwenden; auf Mail, die Sie senden, hat es keinen Einfluss. Optional.</translation>
    </message>
    <message>
        <source>TLS reporting is published</source>
        <translation>TLS-Reporting ist veröffentlicht</translation>
    </message>
    <message>
        <source>No TLS reporting</source>
        <translation>Kein TLS-Reporting</translation>
    </message>
    <message>
        <source>TLS-RPT asks senders to report failed encrypted deliveries to you; it does not affect mail you send. Optional.</source>
        <translation>TLS-RPT fordert sendende Server auf, Ihnen fehlgeschlagene verschlüsselte Zustellungen zu melden; auf Mail, die Sie senden, hat es keinen Einfluss. Optional.</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>DNS did not answer in time. Try again later, or check the network.</source>
        <translation>DNS hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut oder prüfen Sie das Netzwerk.</translation>
    </message>
</context>
<context>
    <name>stamp::imap::ImapSession</name>
    <message>
        <source>No IMAP server host name was given.</source>
        <translation>Es wurde kein Hostname für den IMAP-Server angegeben.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).</source>
        <translation>Der hinterlegte Zertifikat-Fingerabdruck besteht nicht aus 64 Hexadezimalziffern (SHA-256).</translation>
    </message>
    <message>
        <source>Connecting to IMAP server %1 port %2 (%3)</source>
        <extracomment>%1 is a host name, %2 a port number, %3 the security mode (starttls, tls or none)</extracomment>
        <translation>Verbindungsaufbau zum IMAP-Server %1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <extracomment>%1 is an IP address, %2 a port number</extracomment>
        <translation>Verbunden mit %1, Port %2</translation>
    </message>
    <message>
        <source>Certificate not verified (%1), but it is the pinned certificate %2</source>
        <extracomment>%1 lists the certificate errors; %2 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Zertifikat nicht verifiziert (%1), aber es ist das hinterlegte Zertifikat %2</translation>
    </message>
    <message>
        <source>Certificate verification failed: %1</source>
        <extracomment>%1 lists the certificate errors</extracomment>
        <translation>Zertifikatsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server's certificate (SHA-256 %1) is not the pinned one.</source>
        <extracomment>%1 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Das Zertifikat des Servers (SHA-256 %1) ist nicht das hinterlegte.</translation>
    </message>
    <message>
        <source>The certificate does not name %1 among its DNS names.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Das Zertifikat nennt %1 nicht unter seinen DNS-Namen.</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4; %5</source>
        <extracomment>TLS summary in the log: %1 is the TLS version, %2 the cipher, %3 and %4 the certificate's subject and issuer, %5 "trusted by pin" or "verified"</extracomment>
        <translation>%1, %2; Zertifikat %3, ausgestellt von %4; %5</translation>
    </message>
    <message>
        <source>trusted by pin</source>
        <translation>über Pin vertraut</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>The server asked for more data where none was due.</source>
        <translation>Der Server hat weitere Daten angefordert, obwohl keine fällig waren.</translation>
    </message>
    <message>
        <source>The server closed the session.</source>
        <translation>Der Server hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent (tag %1).</source>
        <extracomment>%1 is an IMAP command tag such as A001</extracomment>
        <translation>Der Server hat auf einen Befehl geantwortet, der nicht gesendet wurde (Tag %1).</translation>
    </message>
    <message>
        <source>The server's greeting is not an IMAP greeting.</source>
        <translation>Die Begrüßung des Servers ist keine IMAP-Begrüßung.</translation>
    </message>
    <message>
        <source>The server refused the session.</source>
        <translation>Der Server hat die Sitzung abgelehnt.</translation>
    </message>
    <message>
        <source>The server logged the session in before STARTTLS, so it cannot be protected.</source>
        <translation>Der Server hat die Sitzung schon vor STARTTLS angemeldet, daher kann sie nicht geschützt werden.</translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation>Der Server hat seine Fähigkeiten nicht aufgeführt.</translation>
    </message>
    <message>
        <source>The IMAP server does not offer STARTTLS, which this account requires.</source>
        <translation>Der IMAP-Server bietet kein STARTTLS an, das dieses Konto jedoch verlangt.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS.</source>
        <translation>Der Server hat STARTTLS abgelehnt.</translation>
    </message>
    <message>
        <source>Sent after the STARTTLS reply, before TLS (discarded): "%1"</source>
        <extracomment>%1 is the data the server sent</extracomment>
        <translation>Nach der Antwort auf STARTTLS und vor TLS gesendet (verworfen): "%1"</translation>
    </message>
    <message>
        <source>The server sent unexpected data right after agreeing to STARTTLS.</source>
        <translation>Der Server hat direkt nach der Zustimmung zu STARTTLS unerwartete Daten gesendet.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password is not sent.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher wird das Passwort nicht gesendet.</translation>
    </message>
    <message>
        <source>No login was given for the IMAP server.</source>
        <translation>Für den IMAP-Server wurde keine Anmeldung angegeben.</translation>
    </message>
    <message>
        <source>The IMAP server offers no way to log in with a password here.</source>
        <translation>Der IMAP-Server bietet hier keine Möglichkeit, sich mit einem Passwort anzumelden.</translation>
    </message>
    <message>
        <source>The IMAP server does not offer the %1 login.</source>
        <extracomment>%1 is a login mechanism such as XOAUTH2</extracomment>
        <translation>Der IMAP-Server bietet die Anmeldung mit %1 nicht an.</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>unkenntlich gemacht</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The user name or password holds a line break.</source>
        <translation>Der Benutzername oder das Passwort enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>password redacted</source>
        <translation>Passwort unkenntlich gemacht</translation>
    </message>
    <message>
        <source>[%1 bytes of message]</source>
        <extracomment>%1 is a number of bytes</extracomment>
        <translation>[%1 Byte der Nachricht]</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <extracomment>%1 is a login mechanism such as PLAIN</extracomment>
        <translation>Angemeldet mit %1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Keine Antwort vom Server innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>stamp::imap::SentCopyJob</name>
    <message>
        <source>The copy to the Sent folder was cancelled; it will be tried again later.</source>
        <translation>Die Kopie in den Ordner „Gesendet“ wurde abgebrochen; sie wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Sent folder: "%1"</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>Ordner „Gesendet“: "%1"</translation>
    </message>
    <message>
        <source>The message is already in the folder "%1".</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>Die Nachricht ist bereits im Ordner "%1".</translation>
    </message>
    <message>
        <source>A copy was saved in the folder "%1".</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>Eine Kopie wurde im Ordner "%1" gespeichert.</translation>
    </message>
    <message>
        <source>The mailbox on %1 is full. Delete some mail there; the copy to the Sent folder will be tried again later.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Das Postfach auf %1 ist voll. Löschen Sie dort einige Nachrichten; die Kopie in den Ordner „Gesendet“ wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The IMAP server %1 is busy or unavailable right now; the copy to the Sent folder will be tried again later.</source>
        <translation>Der IMAP-Server %1 ist gerade ausgelastet oder nicht verfügbar; die Kopie in den Ordner „Gesendet“ wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist on %2. Choose the Sent folder in the account's settings.</source>
        <extracomment>%1 is a folder name, %2 a host name</extracomment>
        <translation>Der Ordner "%1" existiert auf %2 nicht. Wählen Sie in den Kontoeinstellungen den Ordner „Gesendet“ aus.</translation>
    </message>
    <message>
        <source>The IMAP server %1 could not be reached; the copy to the Sent folder will be tried again later.</source>
        <translation>Der IMAP-Server %1 war nicht erreichbar; die Kopie in den Ordner „Gesendet“ wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not answer in time; the copy to the Sent folder will be tried again later.</source>
        <translation>Der IMAP-Server %1 hat nicht rechtzeitig geantwortet; die Kopie in den Ordner „Gesendet“ wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The IMAP server %1 ended the connection early; the copy to the Sent folder will be tried again later.</source>
        <translation>Der IMAP-Server %1 hat die Verbindung vorzeitig beendet; die Kopie in den Ordner „Gesendet“ wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The certificate of the IMAP server %1 is not trusted, so no copy was saved. Check the certificate in the account's settings and trust it only if it is the right one.</source>
        <translation>Das Zertifikat des IMAP-Servers %1 ist nicht vertrauenswürdig, daher wurde keine Kopie gespeichert. Prüfen Sie das Zertifikat in den Kontoeinstellungen und vertrauen Sie ihm nur, wenn es das richtige ist.</translation>
    </message>
    <message>
        <source>The IMAP server %1 presented a different certificate from the trusted one, so no copy was saved. Check the certificate in the account's settings.</source>
        <translation>Der IMAP-Server %1 hat ein anderes Zertifikat als das vertrauenswürdige vorgelegt, daher wurde keine Kopie gespeichert. Prüfen Sie das Zertifikat in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not set up a protected connection (STARTTLS), so no copy was saved. Choose encryption from the start (port 993) in the account's settings, or ask the provider.</source>
        <translation>Der IMAP-Server %1 hat keine geschützte Verbindung (STARTTLS) aufgebaut, daher wurde keine Kopie gespeichert. Wählen Sie in den Kontoeinstellungen Verschlüsselung von Anfang an (Port 993), oder fragen Sie den Anbieter.</translation>
    </message>
    <message>
        <source>A protected connection to the IMAP server %1 could not be set up. Check the port and the encryption in the account's settings.</source>
        <translation>Eine geschützte Verbindung zum IMAP-Server %1 konnte nicht aufgebaut werden. Prüfen Sie den Port und die Verschlüsselung in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The IMAP server %1 offers no login this account can use. Check the encryption and the login method in the account's settings.</source>
        <translation>Der IMAP-Server %1 bietet keine Anmeldung an, die dieses Konto verwenden kann. Prüfen Sie die Verschlüsselung und die Anmeldemethode in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The IMAP server %1 ended the session; the copy to the Sent folder will be tried again later.</source>
        <translation>Der IMAP-Server %1 hat die Sitzung beendet; die Kopie in den Ordner „Gesendet“ wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the sign-in of %2. Sign in again from the account's settings.</source>
        <extracomment>%1 is a host name, %2 a user name</extracomment>
        <translation>Der IMAP-Server %1 hat die Anmeldung von %2 abgelehnt. Melden Sie sich in den Kontoeinstellungen erneut an.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the login of %2. Check the password (or app password) in the account's settings.</source>
        <translation>Der IMAP-Server %1 hat die Anmeldung von %2 abgelehnt. Prüfen Sie das Passwort (oder App-Passwort) in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>No Sent folder was found on %1. Choose one in the account's settings.</source>
        <translation>Auf %1 wurde kein Ordner „Gesendet“ gefunden. Wählen Sie in den Kontoeinstellungen einen aus.</translation>
    </message>
    <message>
        <source>There is no folder "%1" on %2. Choose the Sent folder in the account's settings.</source>
        <translation>Auf %2 gibt es keinen Ordner "%1". Wählen Sie in den Kontoeinstellungen den Ordner „Gesendet“ aus.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the copy to the Sent folder: %2</source>
        <extracomment>%1 is a host name, %2 what the server said</extracomment>
        <translation>Der IMAP-Server %1 hat die Kopie in den Ordner „Gesendet“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Found the Sent folder "%1" on %2.</source>
        <extracomment>%1 is the name of a mail folder, %2 a host name</extracomment>
        <translation>Ordner „Gesendet“ auf %2 gefunden: "%1".</translation>
    </message>
</context>
<context>
    <name>stamp::oauth::LoopbackReceiver</name>
    <message>
        <source>Port %1 on 127.0.0.1 cannot be used for the sign-in: %2</source>
        <translation>Port %1 auf 127.0.0.1 kann nicht für die Anmeldung verwendet werden: %2</translation>
    </message>
    <message>
        <source>No port on 127.0.0.1 could be opened for the sign-in: %1</source>
        <translation>Auf 127.0.0.1 konnte kein Port für die Anmeldung geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Not a sign-in</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>Diese Adresse empfängt nur die Antwort einer Anmeldung.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Stamp has already received an answer for this sign-in. You can close this window.</source>
        <translation>Stamp hat für diese Anmeldung bereits eine Antwort erhalten. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Stamp: %1</source>
        <extracomment>The browser tab's title after signing in; %1 is the page's heading, e.g. "Signed in"</extracomment>
        <translation>Stamp: %1</translation>
    </message>
</context>
<context>
    <name>stamp::oauth::OAuthSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n second(s), so the sign-in was stopped. Start it again and finish it in the browser.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde kam keine Antwort vom Browser, daher wurde die Anmeldung abgebrochen. Starten Sie sie erneut und schließen Sie sie im Browser ab.</numerusform>
            <numerusform>Innerhalb von %n Sekunden kam keine Antwort vom Browser, daher wurde die Anmeldung abgebrochen. Starten Sie sie erneut und schließen Sie sie im Browser ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in stopped</source>
        <translation>Anmeldung beendet</translation>
    </message>
    <message>
        <source>Stamp is no longer waiting for this sign-in.</source>
        <translation>Stamp wartet nicht mehr auf diese Anmeldung.</translation>
    </message>
    <message>
        <source>The answer that came back to Stamp does not belong to the sign-in it started (the "state" did not match), so it was ignored. Start the sign-in again.</source>
        <translation>Die Antwort, die bei Stamp ankam, gehört nicht zu der Anmeldung, die Stamp gestartet hat (der "state" stimmte nicht überein), daher wurde sie ignoriert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>%1 did not sign you in. %2</source>
        <translation>%1 hat Sie nicht angemeldet. %2</translation>
    </message>
    <message>
        <source>The answer from %1 carried no authorization code.</source>
        <translation>Die Antwort von %1 enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>%1 signed you in but issued no refresh token, so Stamp could not stay signed in.</source>
        <translation>%1 hat Sie angemeldet, aber kein Aktualisierungstoken ausgestellt, daher konnte Stamp nicht angemeldet bleiben.</translation>
    </message>
    <message>
        <source>%1 did not complete the sign-in. %2</source>
        <translation>%1 hat die Anmeldung nicht abgeschlossen. %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to Stamp.</source>
        <translation>Sie können dieses Fenster schließen und zu Stamp zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>stamp::oauth::TokenClient</name>
    <message>
        <source>Stamp could not reach the sign-in service of %1 (%2): %3</source>
        <translation>Stamp konnte den Anmeldedienst von %1 nicht erreichen (%2): %3</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountSettingsDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Account "%1"</source>
        <translation>Konto "%1"</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Optional: where replies should go instead</source>
        <translation>Optional: wohin Antworten stattdessen gehen sollen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Antworten an:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Optional: added under "-- " at the end of new messages</source>
        <translation>Optional: wird unter "-- " am Ende neuer Nachrichten eingefügt</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Other identities</source>
        <translation>Weitere Identitäten</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>Add an identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Other &amp;identities:</source>
        <translation>Weitere Identi&amp;täten:</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identität</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Sign-&amp;in</source>
        <translation>Anmel&amp;dung</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>C&amp;heck connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>The password lives in your system's keychain. Type a new one here to replace it when you save.</source>
        <translation>Das Passwort liegt im Schlüsselbund Ihres Systems. Geben Sie hier ein neues ein, um es beim Speichern zu ersetzen.</translation>
    </message>
    <message>
        <source>Stamp logs in to %1 as %2 with a sign-in at %3 (%4), not with a password. The sign-in lives in your system's keychain; Stamp asks %3 for short-lived access tokens with it and keeps those in memory only.</source>
        <translation>Stamp meldet sich bei %1 als %2 mit einer Anmeldung bei %3 (%4) an, nicht mit einem Passwort. Die Anmeldung liegt im Schlüsselbund Ihres Systems; Stamp holt damit bei %3 kurzlebige Zugriffstoken und behält diese nur im Speicher.</translation>
    </message>
    <message>
        <source>Sign in &amp;again with %1</source>
        <translation>Mit %1 &amp;erneut anmelden</translation>
    </message>
    <message>
        <source>Looking in the keychain for a saved sign-in...</source>
        <translation>Gespeicherte Anmeldung wird im Schlüsselbund gesucht...</translation>
    </message>
    <message>
        <source>A sign-in is kept in memory until you quit Stamp (no keychain).</source>
        <translation>Eine Anmeldung wird bis zum Beenden von Stamp im Speicher behalten (kein Schlüsselbund).</translation>
    </message>
    <message>
        <source>A sign-in is saved in your system's keychain.</source>
        <translation>Eine Anmeldung ist im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>No sign-in is saved: Stamp cannot send from this account until you sign in again.</source>
        <translation>Keine Anmeldung gespeichert: Stamp kann von diesem Konto erst senden, wenn Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Saving the new sign-in in the keychain...</source>
        <translation>Die neue Anmeldung wird im Schlüsselbund gespeichert...</translation>
    </message>
    <message>
        <source>The new sign-in is kept in memory until you quit Stamp, never in a file.</source>
        <translation>Die neue Anmeldung wird bis zum Beenden von Stamp im Speicher behalten, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The new sign-in was not saved: %1</source>
        <translation>Die neue Anmeldung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Signed in again. The new sign-in is saved in your system's keychain, in place of the old one.</source>
        <translation>Erneut angemeldet. Die neue Anmeldung ist im Schlüsselbund Ihres Systems gespeichert und ersetzt die alte.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>None: messages are sent as the address above</source>
        <translation>Keine: Nachrichten werden von der Adresse oben gesendet</translation>
    </message>
    <message>
        <source>The account cannot be saved</source>
        <translation>Das Konto kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>The new password is kept in memory until you quit Stamp, never in a file.</source>
        <translation>Das neue Passwort wird bis zum Beenden von Stamp im Speicher behalten, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The password was not saved</source>
        <translation>Das Passwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Delivera&amp;bility</source>
        <translation>Z&amp;ustellbarkeit</translation>
    </message>
    <message>
        <source>Receivers such as Gmail and Outlook trust mail from your domain when its DNS records allow the server you send through. This asks DNS what the domain publishes; nothing is sent.</source>
        <translation>Empfangsserver wie Gmail und Outlook vertrauen Mail von Ihrer Domain, wenn die DNS-Einträge der Domain den Server zulassen, über den Sie senden. Hier wird DNS abgefragt, was die Domain veröffentlicht; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Zu prüfende Domain</translation>
    </message>
    <message>
        <source>Envelope sender</source>
        <translation>Umschlag-Absender</translation>
    </message>
    <message>
        <source>The message's From address</source>
        <translation>Die From-Adresse der Nachricht</translation>
    </message>
    <message>
        <source>This account's own address</source>
        <translation>Die eigene Adresse dieses Kontos</translation>
    </message>
    <message>
        <source>Where bounces go, and what the server checks against the login. Choose the account's own address for a server that refuses other senders.</source>
        <translation>Wohin Unzustellbarkeitsnachrichten gehen und was der Server mit der Anmeldung abgleicht. Wählen Sie die eigene Adresse des Kontos für einen Server, der andere Absender ablehnt.</translation>
    </message>
    <message>
        <source>En&amp;velope sender:</source>
        <translation>U&amp;mschlag-Absender:</translation>
    </message>
    <message>
        <source>The proxy password is kept in memory until you quit Stamp, never in a file.</source>
        <translation>Das Proxy-Passwort wird bis zum Beenden von Stamp im Speicher behalten, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The proxy password was not saved</source>
        <translation>Das Proxy-Passwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>New messages ask the receiving servers to report delivery or failure, where this server offers it</source>
        <translation>Neue Nachrichten bitten die empfangenden Server, die Zustellung oder einen Fehlschlag zu melden, sofern dieser Server das anbietet</translation>
    </message>
    <message>
        <source>&amp;Ask for delivery reports by default</source>
        <translation>Standardmäßig &amp;Zustellbenachrichtigungen anfordern</translation>
    </message>
    <message>
        <source>No proxy password is saved for this account.</source>
        <translation>Für dieses Konto ist kein Proxy-Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Sent &amp;folder</source>
        <translation>Ordner „&amp;Gesendet“</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountSettingsServerForm</name>
    <message>
        <source>Server host name</source>
        <translation>Hostname des Servers</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <source>None: no encryption</source>
        <translation>Keine: keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Automatic (strongest the server offers)</source>
        <translation>Automatisch (die stärkste, die der Server anbietet)</translation>
    </message>
    <message>
        <source>SCRAM-SHA-256</source>
        <translation>SCRAM-SHA-256</translation>
    </message>
    <message>
        <source>SCRAM-SHA-1</source>
        <translation>SCRAM-SHA-1</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Zusätzliche vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>Optional: a PEM file, for a server signed by your own CA</source>
        <translation>Optional: eine PEM-Datei, für einen Server, der von Ihrer eigenen CA signiert ist</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted for this account, in addition to the system's. Use it for a company or test CA; it never turns checking off.</source>
        <translation>Zertifikaten in dieser Datei wird für dieses Konto zusätzlich zu denen des Systems vertraut. Verwenden Sie sie für eine Firmen- oder Test-CA; die Prüfung wird dadurch nie abgeschaltet.</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Stop trusting this certificate</source>
        <translation>Diesem Zertifikat nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Postausgangs-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Server-&amp;Port:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation>&amp;Anmeldemethode:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Trust &amp;CA file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>Sign-in with OAuth (XOAUTH2)</source>
        <translation>Anmeldung mit OAuth (XOAUTH2)</translation>
    </message>
    <message>
        <source>Sign-in with OAuth (OAUTHBEARER)</source>
        <translation>Anmeldung mit OAuth (OAUTHBEARER)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Enter the server's host name, for example smtp.example.com.</source>
        <translation>Geben Sie den Hostnamen des Servers ein, zum Beispiel smtp.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not a host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" ist kein Hostname: Lassen Sie Leerzeichen, "/", "@" und den Port weg.</translation>
    </message>
    <message>
        <source>Enter the user name to log in with (often your email address).</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein (oft Ihre E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>The CA file "%1" does not exist.</source>
        <translation>Die CA-Datei "%1" existiert nicht.</translation>
    </message>
    <message>
        <source>Without encryption your password would cross the network readable by anyone on the way, so Stamp will not log in like that. Choose STARTTLS or TLS.</source>
        <translation>Ohne Verschlüsselung ginge Ihr Passwort für jeden auf dem Weg lesbar durchs Netz, daher meldet sich Stamp so nicht an. Wählen Sie STARTTLS oder TLS.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>STARTTLS and TLS from the start both encrypt the connection, password included; they differ in the port the server expects. None sends everything readable on the way.</source>
        <translation>STARTTLS und TLS von Anfang an verschlüsseln beide die Verbindung, samt Passwort; sie unterscheiden sich im Port, den der Server erwartet. Keine sendet alles lesbar über den Weg.</translation>
    </message>
    <message>
        <source>The account forgets the certificate it was told to trust; a server certificate that cannot be verified is then refused again.</source>
        <translation>Das Konto vergisst das Zertifikat, dem es vertrauen sollte; ein Serverzertifikat, das sich nicht prüfen lässt, wird dann wieder abgelehnt.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountWizard</name>
    <message>
        <source>Add your account</source>
        <translation>Ihr Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Not signed in: go back and sign in first.</source>
        <translation>Nicht angemeldet: Gehen Sie zurück und melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The account cannot be saved</source>
        <translation>Das Konto kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The password was not saved</source>
        <translation>Das Passwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The account is saved, but its password is not: %1
Set it later in the account's settings.</source>
        <translation>Das Konto ist gespeichert, sein Passwort aber nicht: %1
Legen Sie es später in den Einstellungen des Kontos fest.</translation>
    </message>
    <message>
        <source>The sign-in was not saved</source>
        <translation>Die Anmeldung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The account is saved, but its sign-in is not: %1
Sign in again in the account's settings.</source>
        <translation>Das Konto ist gespeichert, seine Anmeldung aber nicht: %1
Melden Sie sich in den Einstellungen des Kontos erneut an.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Stamp can keep the sign-in in memory until you quit it; it is never written to a file. You will be asked to sign in again next time.</source>
        <translation>Stamp kann die Anmeldung bis zum Beenden im Speicher behalten; sie wird nie in eine Datei geschrieben. Beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Stamp can keep the password in memory until you quit it; it is never written to a file. You will be asked for it again next time.</source>
        <translation>Stamp kann das Passwort bis zum Beenden im Speicher behalten; es wird nie in eine Datei geschrieben. Beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>&amp;Keep until I quit</source>
        <translation>&amp;Bis zum Beenden behalten</translation>
    </message>
    <message>
        <source>&amp;Don't keep it</source>
        <translation>&amp;Nicht behalten</translation>
    </message>
    <message>
        <source>Preset for %1</source>
        <translation>Voreinstellung für %1</translation>
    </message>
    <message>
        <source>Published by %1 (autoconfig)</source>
        <translation>Veröffentlicht von %1 (Autoconfig)</translation>
    </message>
    <message>
        <source>Found through the MX record (%1, %2)</source>
        <translation>Über den MX-Eintrag gefunden (%1, %2)</translation>
    </message>
    <message>
        <source>Found through the SRV record %1: check it, DNS answers can be forged</source>
        <translation>Über den SRV-Eintrag %1 gefunden: Prüfen Sie ihn, DNS-Antworten können gefälscht sein</translation>
    </message>
    <message>
        <source>Probed %1:%2</source>
        <translation>%1:%2 abgefragt</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AddressField</name>
    <message>
        <source>name@example.com, Another Person &lt;another@example.org&gt;</source>
        <translation>name@example.com, Andere Person &lt;another@example.org&gt;</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AddressPage</name>
    <message>
        <source>Your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <source>Stamp looks up how to send for this address. Nothing is sent with your password until you have checked the server.</source>
        <translation>Stamp ermittelt, wie für diese Adresse gesendet wird. Mit Ihrem Passwort wird nichts gesendet, bevor Sie den Server geprüft haben.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>As people should see it, e.g. Ann Example</source>
        <translation>So, wie andere ihn sehen sollen, z. B. Erika Mustermann</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>A short name for this account: it appears in the main window's From list and in the Account column of Sent</source>
        <translation>Ein kurzer Name für dieses Konto: Er erscheint in der Von-Liste des Hauptfensters und in der Spalte „Konto“ unter „Gesendet“</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Account &amp;called:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Enter an address like ann@example.com.</source>
        <translation>Geben Sie eine Adresse wie ann@example.com ein.</translation>
    </message>
    <message>
        <source>The part after @ is not a domain name.</source>
        <translation>Der Teil nach dem @ ist kein Domainname.</translation>
    </message>
    <message>
        <source>Call the account with letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Benennen Sie das Konto mit Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>There is already an account called "%1".</source>
        <translation>Es gibt bereits ein Konto namens "%1".</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AttachmentList</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>An&amp;hängen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Attach files (you can also drop or paste them)</source>
        <translation>Dateien anhängen (Sie können sie auch hineinziehen oder einfügen)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 once encoded, over the %2 that %3 accepts: remove some files or share them by a link</source>
        <translation>kodiert etwa %1, mehr als die %2, die %3 annimmt: Entfernen Sie einige Dateien oder teilen Sie sie per Link</translation>
    </message>
    <message>
        <source>about %1 once encoded, of the %2 that %3 accepts</source>
        <translation>kodiert etwa %1 von den %2, die %3 annimmt</translation>
    </message>
    <message>
        <source>about %1 once encoded; many providers refuse messages over 25 MB</source>
        <translation>kodiert etwa %1; viele Anbieter lehnen Nachrichten über 25 MB ab</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>stamp::ui::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>Diesem Zertifikat für dieses Konto &amp;vertrauen</translation>
    </message>
    <message>
        <source>Certificate not trusted: %1</source>
        <translation>Zertifikat nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>Stamp cannot confirm that this server is %1.</source>
        <translation>Stamp kann nicht bestätigen, dass dieser Server %1 ist.</translation>
    </message>
    <message>
        <source>The connection was stopped before your password or any message was sent. The server presented a certificate that this computer does not trust, so someone could be intercepting the connection.</source>
        <translation>Die Verbindung wurde beendet, bevor Ihr Passwort oder eine Nachricht gesendet wurde. Der Server hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut, daher könnte jemand die Verbindung abfangen.</translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation>Was fehlgeschlagen ist:</translation>
    </message>
    <message>
        <source>The server's certificate</source>
        <translation>Das Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid for names:</source>
        <translation>Gültig für Namen:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Issued by: %1
SHA-256: %2</source>
        <translation>Ausgestellt von: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Trust it only if you know why it cannot be verified (for example a company server with its own certificate authority, or a device with a self-made certificate) and the fingerprint matches the one your administrator gave you. Stamp will then accept exactly this certificate for "%1" and refuse any other, including a renewed one.</source>
        <translation>Vertrauen Sie ihm nur, wenn Sie wissen, warum es nicht verifiziert werden kann (zum Beispiel ein Firmenserver mit eigener Zertifizierungsstelle oder ein Gerät mit selbst erstelltem Zertifikat), und wenn der Fingerabdruck mit dem übereinstimmt, den Ihr Administrator Ihnen genannt hat. Stamp akzeptiert dann für "%1" genau dieses Zertifikat und lehnt jedes andere ab, auch ein erneuertes.</translation>
    </message>
    <message>
        <source>Trust this certificate for this account</source>
        <translation>Diesem Zertifikat für dieses Konto vertrauen</translation>
    </message>
    <message>
        <source>A revoked certificate cannot be trusted.</source>
        <translation>Einem widerrufenen Zertifikat kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Keeps this certificate's SHA-256 fingerprint with the account: this exact certificate is accepted from now on, any other one is still refused.</source>
        <translation>Bewahrt den SHA-256-Fingerabdruck dieses Zertifikats beim Konto auf: Genau dieses Zertifikat wird von nun an angenommen, jedes andere weiterhin abgelehnt.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ComposeWindow</name>
    <message>
        <source>"%1"</source>
        <translation>"%1"</translation>
    </message>
    <message>
        <source>The link also asked for %1. Stamp never takes those from a link: nothing is attached, and the sender and headers stay as you set them.</source>
        <translation>Der Link hat außerdem %1 verlangt. Stamp übernimmt so etwas nie aus einem Link: Nichts wird angehängt, und Absender und Kopfzeilen bleiben, wie Sie sie eingestellt haben.</translation>
    </message>
    <message>
        <source>About the link</source>
        <translation>Über den Link</translation>
    </message>
    <message>
        <source>The sender address cannot be used</source>
        <translation>Die Absenderadresse kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>This message cannot be sent yet</source>
        <translation>Diese Nachricht kann noch nicht gesendet werden</translation>
    </message>
    <message>
        <source>There is nowhere to send this message</source>
        <translation>Es gibt keinen Weg, diese Nachricht zu senden</translation>
    </message>
    <message>
        <source>Choose an account in the From list of the main window, or use the sandbox.</source>
        <translation>Wählen Sie ein Konto in der Von-Liste des Hauptfensters oder verwenden Sie die Sandbox.</translation>
    </message>
    <message>
        <source>The message is too large for %1</source>
        <translation>Die Nachricht ist zu groß für %1</translation>
    </message>
    <message>
        <source>It is %1 as sent (attachments grow by a third when encoded), and %2 accepts at most %3. Remove some attachments, or share large files by a link.</source>
        <translation>Beim Senden ist sie %1 groß (Anhänge wachsen beim Kodieren um ein Drittel), und %2 nimmt höchstens %3 an. Entfernen Sie einige Anhänge oder teilen Sie große Dateien per Link.</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>Das Senden wurde abgebrochen</translation>
    </message>
    <message>
        <source>The message was not sent. It is as you wrote it.</source>
        <translation>Die Nachricht wurde nicht gesendet. Sie ist noch so, wie Sie sie geschrieben haben.</translation>
    </message>
    <message>
        <source>The message could not be put in the Outbox</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gestellt werden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Senden in %n Sekunde…</numerusform>
            <numerusform>Senden in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late to take it back</source>
        <translation>Zu spät zum Zurückholen</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was Sie tun können: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>There is no network right now. Stamp sends it as soon as the network is back; it waits in the Outbox, so you can close this window.</source>
        <translation>Gerade gibt es kein Netzwerk. Stamp sendet die Nachricht, sobald das Netzwerk zurück ist; sie wartet im Postausgang, Sie können dieses Fenster also schließen.</translation>
    </message>
    <message>
        <source>Stamp tries again at %1; it waits in the Outbox, so you can close this window.</source>
        <translation>Nächster Versuch: %1; die Nachricht wartet im Postausgang, Sie können dieses Fenster also schließen.</translation>
    </message>
    <message>
        <source>Not sent yet: %1</source>
        <translation>Noch nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when the connection failed; the server may have it. It stays in the Outbox: check with a recipient, then Retry or Remove it there.</source>
        <translation>Die ganze Nachricht war gesendet, als die Verbindung abbrach; der Server hat sie möglicherweise. Sie bleibt im Postausgang: Fragen Sie bei einem Empfänger nach und wählen Sie dort dann „Erneut versuchen“ oder „Entfernen“.</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Some recipients have it; the others can be retried from the Outbox.</source>
        <translation>Einige Empfänger haben sie erhalten; für die anderen kann der Versand im Postausgang erneut versucht werden.</translation>
    </message>
    <message>
        <source>Sent, but not to everyone</source>
        <translation>Gesendet, aber nicht an alle</translation>
    </message>
    <message>
        <source>It waits in the Outbox: enter the password and it is sent.</source>
        <translation>Sie wartet im Postausgang: Geben Sie das Passwort ein, dann wird sie gesendet.</translation>
    </message>
    <message>
        <source>It waits in the Outbox: sign in again and it is sent.</source>
        <translation>Sie wartet im Postausgang: Melden Sie sich erneut an, dann wird sie gesendet.</translation>
    </message>
    <message>
        <source>&amp;Enter password…</source>
        <translation>&amp;Passwort eingeben…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Enter the password and send the message</source>
        <translation>Passwort eingeben und die Nachricht senden</translation>
    </message>
    <message>
        <source>Sign in again and send the message</source>
        <translation>Erneut anmelden und die Nachricht senden</translation>
    </message>
    <message>
        <source>The server refused the saved password. Type the password and the message is sent.</source>
        <translation>Der Server hat das gespeicherte Passwort abgelehnt. Geben Sie das Passwort ein, dann wird die Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation>&amp;Formatierter Text</translation>
    </message>
    <message>
        <source>Re&amp;view certificate...</source>
        <translation>&amp;Zertifikat prüfen...</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Sending through %1</source>
        <translation>Senden über %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopie (Cc)</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Blindkopie (Bcc)</translation>
    </message>
    <message>
        <source>Problem in %1</source>
        <translation>Problem im Feld %1</translation>
    </message>
    <message>
        <source>Bcc recipients get the message without anyone seeing their address</source>
        <translation>Bcc-Empfänger erhalten die Nachricht, ohne dass jemand ihre Adresse sieht</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Message text (formatted)</source>
        <translation>Nachrichtentext (formatiert)</translation>
    </message>
    <message>
        <source>Send formatted text (HTML) with a plain-text copy for readers that want one</source>
        <translation>Formatierten Text (HTML) senden, mit einer Klartext-Kopie für Mailprogramme, die eine wünschen</translation>
    </message>
    <message>
        <source>Some files could not be attached</source>
        <translation>Einige Dateien konnten nicht angehängt werden</translation>
    </message>
    <message>
        <source>Review the server's certificate</source>
        <translation>Das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Nachricht senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>U&amp;ndo send</source>
        <translation>Senden &amp;rückgängig</translation>
    </message>
    <message>
        <source>Take the message back before it leaves (Ctrl+Z)</source>
        <translation>Die Nachricht zurückholen, bevor sie hinausgeht (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Why the message cannot be sent yet</source>
        <translation>Warum die Nachricht noch nicht gesendet werden kann</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Kopie (Cc):</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Blindkopie (Bcc):</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Send &amp;later...</source>
        <translation>S&amp;päter senden...</translation>
    </message>
    <message>
        <source>Choose when the message leaves; it waits in the Outbox until then</source>
        <translation>Wählen Sie, wann die Nachricht hinausgeht; bis dahin wartet sie im Postausgang</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Der Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Fix the address in %1</source>
        <translation>Korrigieren Sie die Adresse im Feld %1</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Fügen Sie einen Empfänger hinzu</translation>
    </message>
    <message>
        <source>Still sending</source>
        <translation>Wird noch gesendet</translation>
    </message>
    <message>
        <source>The message is being sent. Wait for it to finish, or press Cancel sending.</source>
        <translation>Die Nachricht wird gerade gesendet. Warten Sie, bis das abgeschlossen ist, oder klicken Sie auf „Senden abbrechen“.</translation>
    </message>
    <message>
        <source>Keep this message as a draft?</source>
        <translation>Diese Nachricht als Entwurf behalten?</translation>
    </message>
    <message>
        <source>The message has not been sent. Keep it as a draft to finish later, or discard it?</source>
        <translation>Die Nachricht wurde nicht gesendet. Als Entwurf behalten, um sie später fertigzustellen, oder verwerfen?</translation>
    </message>
    <message>
        <source>The message has not been sent. Close it and lose what you wrote?</source>
        <translation>Die Nachricht wurde nicht gesendet. Schließen und das Geschriebene verlieren?</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s); Undo send (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>Wird in %n Sekunde gesendet; „Senden rückgängig“ (Strg+Z) holt sie zurück.</numerusform>
            <numerusform>Wird in %n Sekunden gesendet; „Senden rückgängig“ (Strg+Z) holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends the message (Ctrl+Enter). For a few seconds Undo send (Ctrl+Z) takes it back.</source>
        <translation>Sendet die Nachricht (Strg+Eingabe). Einige Sekunden lang holt „Senden rückgängig“ (Strg+Z) sie zurück.</translation>
    </message>
    <message>
        <source>Asks for a date and time; the message waits in the Outbox until then and can be removed there.</source>
        <translation>Fragt nach Datum und Uhrzeit; die Nachricht wartet bis dahin im Postausgang und kann dort entfernt werden.</translation>
    </message>
    <message>
        <source>Sent through the account “%1”.</source>
        <translation>Wird über das Konto „%1“ gesendet.</translation>
    </message>
    <message>
        <source>Tem&amp;plates</source>
        <translation>V&amp;orlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Keep this message as a template to start new messages from</source>
        <translation>Diese Nachricht als Vorlage für neue Nachrichten aufbewahren</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Name der Vorlage:</translation>
    </message>
    <message>
        <source>Replace the template?</source>
        <translation>Vorlage ersetzen?</translation>
    </message>
    <message>
        <source>A template named "%1" exists already. Replace it with this message?</source>
        <translation>Es gibt bereits eine Vorlage namens "%1". Durch diese Nachricht ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The template could not be saved</source>
        <translation>Die Vorlage konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as the template "%1".</source>
        <translation>Als Vorlage "%1" gespeichert.</translation>
    </message>
    <message>
        <source>The template attaches files that are not there any more; they are not attached: %1</source>
        <translation>Die Vorlage hängt Dateien an, die es nicht mehr gibt; sie werden nicht angehängt: %1</translation>
    </message>
    <message>
        <source>About the template</source>
        <translation>Über die Vorlage</translation>
    </message>
    <message>
        <source>New message from "%1"</source>
        <translation>Neue Nachricht aus Vorlage "%1"</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>Opt&amp;ionen</translation>
    </message>
    <message>
        <source>Message options</source>
        <translation>Nachrichtenoptionen</translation>
    </message>
    <message>
        <source>Ask for a delivery report or a read receipt for this message</source>
        <translation>Eine Zustellbenachrichtigung oder eine Lesebestätigung für diese Nachricht anfordern</translation>
    </message>
    <message>
        <source>Ask for a &amp;delivery report</source>
        <translation>&amp;Zustellbenachrichtigung anfordern</translation>
    </message>
    <message>
        <source>The receiving servers report back when the message is delivered or cannot be; only where the sending server offers it</source>
        <translation>Die empfangenden Server melden, wenn die Nachricht zugestellt wurde oder nicht zugestellt werden kann; nur wenn der sendende Server das anbietet</translation>
    </message>
    <message>
        <source>Ask for a &amp;read receipt</source>
        <translation>&amp;Lesebestätigung anfordern</translation>
    </message>
    <message>
        <source>The recipients' mail readers are asked to confirm it was read; many ignore it or ask the recipient first</source>
        <translation>Die Mailprogramme der Empfänger werden gebeten, das Lesen zu bestätigen; viele ignorieren das oder fragen zuerst den Empfänger</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ConnectionCheckPanel</name>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Bestanden</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Übersprungen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>C&amp;opy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Review certificate...</source>
        <translation>&amp;Zertifikat prüfen...</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect, check the encryption and log in with your password, step by step</source>
        <translation>Verbinden, die Verschlüsselung prüfen und sich mit Ihrem Passwort anmelden, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Copy the check report</source>
        <translation>Prüfbericht kopieren</translation>
    </message>
    <message>
        <source>Copy the whole report as text, to paste into a support request. It holds no password.</source>
        <translation>Den ganzen Bericht als Text kopieren, um ihn in eine Supportanfrage einzufügen. Er enthält kein Passwort.</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Press Test to connect to the server and log in.</source>
        <translation>Noch wurde nichts gesendet. Klicken Sie auf „Testen“, um sich mit dem Server zu verbinden und anzumelden.</translation>
    </message>
    <message>
        <source>Check steps</source>
        <translation>Prüfschritte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Review the server's certificate</source>
        <translation>Das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>See the certificate, what failed and its fingerprint, and decide whether to trust it</source>
        <translation>Zertifikat, Fehlergrund und Fingerabdruck ansehen und entscheiden, ob Sie ihm vertrauen</translation>
    </message>
    <message>
        <source>Session log of the check</source>
        <translation>Sitzungsprotokoll der Prüfung</translation>
    </message>
    <message>
        <source>Getting an access token from your sign-in...</source>
        <translation>Zugriffstoken wird über Ihre Anmeldung geholt...</translation>
    </message>
    <message>
        <source>Reading the password...</source>
        <translation>Passwort wird gelesen...</translation>
    </message>
    <message>
        <source>Checking %1 port %2...</source>
        <translation>%1 Port %2 wird geprüft...</translation>
    </message>
    <message>
        <source>The server refused the access token; getting a new one...</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt; ein neues wird geholt...</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>%1 nachschlagen</translation>
    </message>
    <message>
        <source>Connect to port %1</source>
        <translation>Mit Port %1 verbinden</translation>
    </message>
    <message>
        <source>STARTTLS offered before TLS</source>
        <translation>STARTTLS vor TLS angeboten</translation>
    </message>
    <message>
        <source>TLS and the server's certificate</source>
        <translation>TLS und das Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Capabilities (EHLO)</source>
        <translation>Fähigkeiten (EHLO)</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>… Waiting</source>
        <translation>… Wartet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Everything works: Stamp reached %1 and logged in (%2 ms).</source>
        <translation>Alles funktioniert: Stamp hat %1 erreicht und sich angemeldet (%2 ms).</translation>
    </message>
    <message>
        <source>Everything works: Stamp reached %1 (%2 ms).</source>
        <translation>Alles funktioniert: Stamp hat %1 erreicht (%2 ms).</translation>
    </message>
    <message>
        <source>The check found a problem.</source>
        <translation>Die Prüfung hat ein Problem gefunden.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Check what %1 publishes for mail to arrive</source>
        <translation>Prüfen, was %1 veröffentlicht, damit Mail ankommt</translation>
    </message>
    <message>
        <source>Your domain's DNS needs attention, or receivers may junk your mail: see below.</source>
        <translation>Das DNS Ihrer Domain erfordert Ihre Aufmerksamkeit, sonst stufen Empfangsserver Ihre Mail möglicherweise als Spam ein: siehe unten.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DeliverabilityPage</name>
    <message>
        <source>Will your mail arrive?</source>
        <translation>Kommt Ihre Mail an?</translation>
    </message>
    <message>
        <source>Nothing here stops you from sending: press Next to go on. You can check again at any time in the account's settings, on the Deliverability tab.</source>
        <translation>Nichts hiervon hindert Sie am Senden: Klicken Sie auf „Weiter“, um fortzufahren. Sie können jederzeit in den Kontoeinstellungen auf der Registerkarte „Zustellbarkeit“ erneut prüfen.</translation>
    </message>
    <message>
        <source>Gmail, Outlook and other receivers check that %1 allows %2 to send its mail, in records published in DNS. Stamp asks DNS what %1 publishes; nothing is sent and your password is not used.</source>
        <translation>Gmail, Outlook und andere Empfangsserver prüfen anhand von im DNS veröffentlichten Einträgen, ob %1 dem Anbieter %2 erlaubt, Mail für die Domain zu senden. Stamp fragt im DNS ab, was %1 veröffentlicht; es wird nichts gesendet und Ihr Passwort wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Gmail, Outlook and other receivers check that %1 allows your mail server to send its mail, in records published in DNS. Stamp asks DNS what %1 publishes; nothing is sent and your password is not used.</source>
        <translation>Gmail, Outlook und andere Empfangsserver prüfen anhand von im DNS veröffentlichten Einträgen, ob %1 Ihrem Mailserver erlaubt, Mail für die Domain zu senden. Stamp fragt im DNS ab, was %1 veröffentlicht; es wird nichts gesendet und Ihr Passwort wird nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DeliverabilityPanel</name>
    <message>
        <source>✔ Good</source>
        <translation>✔ Gut</translation>
    </message>
    <message>
        <source>⚠ Could be better</source>
        <translation>⚠ Verbesserungsfähig</translation>
    </message>
    <message>
        <source>✘ To fix</source>
        <translation>✘ Zu beheben</translation>
    </message>
    <message>
        <source>ℹ For information</source>
        <translation>ℹ Zur Information</translation>
    </message>
    <message>
        <source>&amp;Check the domain</source>
        <translation>Domain prü&amp;fen</translation>
    </message>
    <message>
        <source>Copy &amp;records to publish</source>
        <translation>Zu veröffentlichende &amp;Einträge kopieren</translation>
    </message>
    <message>
        <source>Check what the domain publishes in DNS</source>
        <translation>Prüfen, was die Domain im DNS veröffentlicht</translation>
    </message>
    <message>
        <source>Ask DNS again what the domain publishes. Nothing is sent to a mail server.</source>
        <translation>Erneut im DNS abfragen, was die Domain veröffentlicht. Es wird nichts an einen Mailserver gesendet.</translation>
    </message>
    <message>
        <source>Copy every record to publish, as zone-file lines</source>
        <translation>Alle zu veröffentlichenden Einträge als Zeilen einer Zonendatei kopieren</translation>
    </message>
    <message>
        <source>Copy every record to publish as zone-file lines, for a DNS administrator</source>
        <translation>Alle zu veröffentlichenden Einträge als Zeilen einer Zonendatei kopieren, für einen DNS-Administrator</translation>
    </message>
    <message>
        <source>What the domain publishes</source>
        <translation>Was die Domain veröffentlicht</translation>
    </message>
    <message>
        <source>Press Check the domain to see what it publishes in DNS for mail to arrive.</source>
        <translation>Klicken Sie auf „Domain prüfen“, um zu sehen, was sie im DNS veröffentlicht, damit Mail ankommt.</translation>
    </message>
    <message>
        <source>Records copied as zone-file lines.</source>
        <translation>Einträge als Zeilen einer Zonendatei kopiert.</translation>
    </message>
    <message>
        <source>Press Check the domain to see what %1 publishes in DNS for mail to arrive.</source>
        <translation>Klicken Sie auf „Domain prüfen“, um zu sehen, was %1 im DNS veröffentlicht, damit Mail ankommt.</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>die Domain</translation>
    </message>
    <message>
        <source>%1's instructions</source>
        <translation>Anleitung von %1</translation>
    </message>
    <message>
        <source>There is no address to check: fill in the email address first.</source>
        <translation>Es gibt keine Adresse zum Prüfen: Geben Sie zuerst die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut prü&amp;fen</translation>
    </message>
    <message>
        <source>Asking DNS what %1 publishes…</source>
        <translation>Im DNS wird abgefragt, was %1 veröffentlicht…</translation>
    </message>
    <message>
        <source>The check stopped before DNS answered. Press Check again to run it.</source>
        <translation>Die Prüfung wurde beendet, bevor DNS geantwortet hat. Klicken Sie auf „Erneut prüfen“, um sie auszuführen.</translation>
    </message>
    <message>
        <source>DNS could not be asked, so nothing about %1 was checked. Check the network connection and press Check again.</source>
        <translation>DNS konnte nicht abgefragt werden, daher wurde für %1 nichts geprüft. Prüfen Sie die Netzwerkverbindung und klicken Sie auf „Erneut prüfen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix: until then, receivers such as Gmail and Outlook may put mail from %1 in spam or refuse it.</source>
        <translation>
            <numerusform>%n Punkt zu beheben: Bis dahin verschieben Empfangsserver wie Gmail und Outlook Mail von %1 möglicherweise in den Spam-Ordner oder lehnen sie ab.</numerusform>
            <numerusform>%n Punkte zu beheben: Bis dahin verschieben Empfangsserver wie Gmail und Outlook Mail von %1 möglicherweise in den Spam-Ordner oder lehnen sie ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail from %1 should arrive; %n thing(s) could be better.</source>
        <translation>
            <numerusform>Mail von %1 sollte ankommen; %n Punkt ist verbesserungsfähig.</numerusform>
            <numerusform>Mail von %1 sollte ankommen; %n Punkte sind verbesserungsfähig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 publishes what receivers check for mail sent through %2.</source>
        <translation>%1 veröffentlicht, was Empfangsserver bei Mail prüfen, die über %2 gesendet wird.</translation>
    </message>
    <message>
        <source>%1 publishes what receivers check.</source>
        <translation>%1 veröffentlicht, was Empfangsserver prüfen.</translation>
    </message>
    <message>
        <source>A record you publish can take from minutes to a day to be seen everywhere. Press Check again once it is in place.</source>
        <translation>Bis ein veröffentlichter Eintrag überall sichtbar ist, kann es zwischen einigen Minuten und einem Tag dauern. Klicken Sie auf „Erneut prüfen“, sobald er eingerichtet ist.</translation>
    </message>
    <message>
        <source>Published now:</source>
        <translation>Derzeit veröffentlicht:</translation>
    </message>
    <message>
        <source>Publish this record:</source>
        <translation>Diesen Eintrag veröffentlichen:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 record name</source>
        <translation>%1: Name des Eintrags</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>%1 record type</source>
        <translation>%1: Typ des Eintrags</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>%1 record value</source>
        <translation>%1: Wert des Eintrags</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 record's value</source>
        <translation>%1: Wert des Eintrags kopieren</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Name kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 record's name</source>
        <translation>%1: Name des Eintrags kopieren</translation>
    </message>
    <message>
        <source>Value copied.</source>
        <translation>Wert kopiert.</translation>
    </message>
    <message>
        <source>Name copied.</source>
        <translation>Name kopiert.</translation>
    </message>
    <message>
        <source>The same record as a zone-file line</source>
        <translation>Derselbe Eintrag als Zeile einer Zonendatei</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DiscoveryPage</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>S&amp;top looking</source>
        <translation>Suche &amp;beenden</translation>
    </message>
    <message>
        <source>Finding your server</source>
        <translation>Ihr Server wird gesucht</translation>
    </message>
    <message>
        <source>Stamp checks its provider presets, your domain's published settings, its DNS records, and asks likely servers what they offer, without logging in.</source>
        <translation>Stamp prüft seine Anbieter-Voreinstellungen, die veröffentlichten Einstellungen Ihrer Domain und ihre DNS-Einträge und fragt wahrscheinliche Server, was sie anbieten, ohne sich anzumelden.</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <source>Stop looking for the server</source>
        <translation>Die Suche nach dem Server beenden</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Gefundene Server</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwenden:</translation>
    </message>
    <message>
        <source>Looking up settings for %1... (%2 s)</source>
        <translation>Einstellungen für %1 werden gesucht... (%2 s)</translation>
    </message>
    <message>
        <source>%1 port %2, %3</source>
        <translation>%1 Port %2, %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>None of these: I will enter the settings myself</source>
        <translation>Nichts davon: Ich gebe die Einstellungen selbst ein</translation>
    </message>
    <message>
        <source>Stopped. Choose what was found so far, or enter the settings yourself.</source>
        <translation>Angehalten. Wählen Sie etwas aus den bisherigen Funden oder geben Sie die Einstellungen selbst ein.</translation>
    </message>
    <message>
        <source>Nothing was found for %1. Your provider's help pages name the SMTP server; enter it on the next page.</source>
        <translation>Für %1 wurde nichts gefunden. Die Hilfeseiten Ihres Anbieters nennen den SMTP-Server; geben Sie ihn auf der nächsten Seite ein.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n way(s) to send, best first. Pick one; you can still change every setting on the next page.</source>
        <translation>
            <numerusform>%n Weg zum Senden gefunden. Wählen Sie ihn aus; auf der nächsten Seite können Sie noch jede Einstellung ändern.</numerusform>
            <numerusform>%n Wege zum Senden gefunden, der beste zuerst. Wählen Sie einen aus; auf der nächsten Seite können Sie noch jede Einstellung ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>What was checked: %1</source>
        <translation>Was geprüft wurde: %1</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DraftsView</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>no recipient yet</source>
        <translation>noch kein Empfänger</translation>
    </message>
    <message>
        <source>%1  %2 — to %3</source>
        <translation>%1  %2 — An: %3</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Diesen Entwurf löschen?</translation>
    </message>
    <message>
        <source>The draft will be gone for good.</source>
        <translation>Der Entwurf ist dann endgültig weg.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::IdentityDialog</name>
    <message>
        <source>Add an identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>Identität bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Optional: where replies should go instead</source>
        <translation>Optional: wohin Antworten stattdessen gehen sollen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Optional: added under "-- " at the end of new messages</source>
        <translation>Optional: wird unter "-- " am Ende neuer Nachrichten eingefügt</translation>
    </message>
    <message>
        <source>Many servers only accept From addresses that belong to the account; add aliases the provider knows about.</source>
        <translation>Viele Server akzeptieren nur Absenderadressen, die zum Konto gehören; fügen Sie Aliasse hinzu, die der Anbieter kennt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Antworten an:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Enter the email address to send from.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, von der gesendet werden soll.</translation>
    </message>
    <message>
        <source>The email address cannot be used: %1</source>
        <translation>Die E-Mail-Adresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks.</source>
        <translation>Der Name darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The Reply-To address cannot be used: %1</source>
        <translation>Die Antwortadresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Versand über</translation>
    </message>
    <message>
        <source>Whose server and login send messages from this address, for an address another account's provider lets you send as.</source>
        <translation>Über wessen Server und Anmeldung Nachrichten von dieser Adresse gesendet werden – für eine Adresse, mit der Sie beim Anbieter eines anderen Kontos senden dürfen.</translation>
    </message>
    <message>
        <source>Send &amp;through:</source>
        <translation>&amp;Versand über:</translation>
    </message>
    <message>
        <source>This account's server</source>
        <translation>Server dieses Kontos</translation>
    </message>
    <message>
        <source>The account “%1” (%2)</source>
        <translation>Das Konto „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ImportAccountsDialog</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>signs in with %1 in the browser</source>
        <translation>meldet sich mit %1 im Browser an</translation>
    </message>
    <message>
        <source>asks for its password once, for the keychain</source>
        <translation>fragt einmal nach seinem Passwort, für den Schlüsselbund</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>ohne Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Thunderbird</source>
        <translation>&amp;Thunderbird</translation>
    </message>
    <message>
        <source>&amp;msmtp</source>
        <translation>&amp;msmtp</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>&amp;What will happen:</source>
        <translation>&amp;Was geschehen wird:</translation>
    </message>
    <message>
        <source>Import accounts from another app</source>
        <translation>Konten aus einem anderen Programm importieren</translation>
    </message>
    <message>
        <source>Stamp reads the outgoing servers and addresses another mail program uses, and shows what it would create. Nothing changes until you press the import button. Saved passwords are never read: you give each one once, for the keychain.</source>
        <translation>Stamp liest die Postausgangs-Server und Adressen, die ein anderes Mailprogramm verwendet, und zeigt, was es anlegen würde. Nichts ändert sich, bevor Sie auf die Schaltfläche zum Importieren klicken. Gespeicherte Passwörter werden nie gelesen: Sie geben jedes einmal an, für den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>Importieren aus:</translation>
    </message>
    <message>
        <source>Import from Thunderbird</source>
        <translation>Aus Thunderbird importieren</translation>
    </message>
    <message>
        <source>Import from msmtp</source>
        <translation>Aus msmtp importieren</translation>
    </message>
    <message>
        <source>Choose another folder or file</source>
        <translation>Einen anderen Ordner oder eine andere Datei auswählen</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Thunderbird profile found: %1</source>
        <translation>Thunderbird-Profil gefunden: %1</translation>
    </message>
    <message>
        <source>msmtp configuration found: %1</source>
        <translation>msmtp-Konfiguration gefunden: %1</translation>
    </message>
    <message>
        <source>No Thunderbird profile was read.</source>
        <translation>Es wurde kein Thunderbird-Profil gelesen.</translation>
    </message>
    <message>
        <source>No msmtp configuration was read.</source>
        <translation>Es wurde keine msmtp-Konfiguration gelesen.</translation>
    </message>
    <message>
        <source>%1 If Thunderbird keeps its profile somewhere else, press Choose... and pick the profile folder.</source>
        <translation>%1 Wenn Thunderbird sein Profil an einem anderen Ort ablegt, klicken Sie auf Auswählen... und wählen Sie den Profilordner aus.</translation>
    </message>
    <message>
        <source>%1 If your msmtp configuration is somewhere else, press Choose... and pick the file.</source>
        <translation>%1 Wenn Ihre msmtp-Konfiguration an einem anderen Ort liegt, klicken Sie auf Auswählen... und wählen Sie die Datei aus.</translation>
    </message>
    <message>
        <source>There is nothing to import: no outgoing server was found there.</source>
        <translation>Es gibt nichts zu importieren: Dort wurde kein Postausgangs-Server gefunden.</translation>
    </message>
    <message>
        <source>There is nothing to import: every account there is already in Stamp or cannot be used (see below).</source>
        <translation>Es gibt nichts zu importieren: Jedes Konto dort ist bereits in Stamp vorhanden oder kann nicht verwendet werden (siehe unten).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>%n Konto &amp;importieren</numerusform>
            <numerusform>%n Konten &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 &lt;%3&gt;</source>
        <translation>%1, %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>%1 (the default in Thunderbird)</source>
        <translation>%1 (die Standardeinstellung in Thunderbird)</translation>
    </message>
    <message>
        <source>%1 (the default in msmtp)</source>
        <translation>%1 (die Standardeinstellung in msmtp)</translation>
    </message>
    <message numerus="yes">
        <source>Server %1:%2, %3; sends as %n address(es); %4.</source>
        <translation>
            <numerusform>Server %1:%2, %3; sendet als %n Adresse; %4.</numerusform>
            <numerusform>Server %1:%2, %3; sendet als %n Adressen; %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New accounts (%n):</source>
        <translation>
            <numerusform>Neue Konten (%n):</numerusform>
            <numerusform>Neue Konten (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n):</source>
        <translation>
            <numerusform>Übersprungen (%n):</numerusform>
            <numerusform>Übersprungen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Also worth knowing:</source>
        <translation>Außerdem gut zu wissen:</translation>
    </message>
    <message>
        <source>Choose a Thunderbird profile folder</source>
        <translation>Thunderbird-Profilordner auswählen</translation>
    </message>
    <message>
        <source>Choose an msmtp configuration file</source>
        <translation>msmtp-Konfigurationsdatei auswählen</translation>
    </message>
    <message>
        <source>The password for the new account "%1" at %2. Cancel to give it later in the account's settings.</source>
        <translation>Das Passwort für das neue Konto "%1" bei %2. Brechen Sie ab, um es später in den Kontoeinstellungen anzugeben.</translation>
    </message>
    <message>
        <source>The password for %1 was not saved: %2</source>
        <translation>Das Passwort für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>No account was created.</source>
        <translation>Es wurde kein Konto angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created: %1.</source>
        <translation>
            <numerusform>%n Konto angelegt: %1.</numerusform>
            <numerusform>%n Konten angelegt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Passwords saved in the keychain for %1.</source>
        <translation>Passwörter im Schlüsselbund gespeichert für %1.</translation>
    </message>
    <message>
        <source>Passwords kept until Stamp quits for %1.</source>
        <translation>Passwörter bis zum Beenden von Stamp behalten für %1.</translation>
    </message>
    <message>
        <source>Give the password for %1 later: Account menu, Settings, Password tab.</source>
        <translation>Geben Sie das Passwort für %1 später an: Menü Konto, Einstellungen, Registerkarte Passwort.</translation>
    </message>
    <message>
        <source>Signing in with the provider, in the browser: %1. Press the button below, or later use the Account menu, Settings, Sign-in tab.</source>
        <translation>Anmeldung beim Anbieter im Browser: %1. Klicken Sie auf die Schaltfläche unten oder verwenden Sie später das Menü Konto, Einstellungen, Registerkarte Anmeldung.</translation>
    </message>
    <message>
        <source>&amp;Sign in to %1...</source>
        <translation>Bei %1 &amp;anmelden...</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
</context>
<context>
    <name>stamp::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>%1 is the name of the system's language in that language, e.g. "Deutsch"</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Stamp will use %1 the next time it starts.</source>
        <translation>Stamp verwendet %1 beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::MainWindow</name>
    <message>
        <source>Session log</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Frühere Sitzungen</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Senden von</translation>
    </message>
    <message>
        <source>The account new messages are sent from</source>
        <translation>Das Konto, von dem neue Nachrichten gesendet werden</translation>
    </message>
    <message>
        <source>Your accounts could not be read</source>
        <translation>Ihre Konten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The outbox cannot be used</source>
        <translation>Der Postausgang kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Sent items cannot be kept: %1</source>
        <translation>Gesendete Nachrichten können nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <source>New message in the &amp;sandbox</source>
        <translation>Neue Nachricht in der &amp;Sandbox</translation>
    </message>
    <message>
        <source>Write a message to the sandbox, a mail server on this computer that keeps what you send</source>
        <translation>Eine Nachricht an die Sandbox schreiben, einen Mailserver auf diesem Computer, der behält, was Sie senden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>Konto &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Check connection...</source>
        <translation>&amp;Verbindung prüfen...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Entfernen...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Session &amp;log</source>
        <translation>Sitzungs&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Stamp</source>
        <translation>&amp;Über Stamp</translation>
    </message>
    <message>
        <source>About Stamp</source>
        <translation>Über Stamp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Sends mail through your SMTP account and shows exactly what the server said.&lt;/p&gt;&lt;p&gt;Passwords and sign-in tokens are kept in your system's keychain, never in a file.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;br&gt;Stamp is free software under the GNU General Public License, version 3 or (at your option) any later version: you may share and change it, and it comes with no warranty. Built with Qt %2 (LGPL 3) and QtKeychain (BSD licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Sendet Mail über Ihr SMTP-Konto und zeigt genau, was der Server geantwortet hat.&lt;/p&gt;&lt;p&gt;Passwörter und Anmelde-Token werden im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;br&gt;Stamp ist freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version: Sie dürfen es weitergeben und verändern, und es wird ohne jede Gewährleistung bereitgestellt. Erstellt mit Qt %2 (LGPL 3) und QtKeychain (BSD-Lizenz).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Stamp could not open a port on this computer for its sandbox: %1</source>
        <translation>Stamp konnte auf diesem Computer keinen Port für seine Sandbox öffnen: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Die Sandbox konnte nicht starten</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Sandbox-Posteingang</translation>
    </message>
    <message>
        <source>There is nowhere to send from yet: add your account, or try the sandbox to write a message that stays on this computer.</source>
        <translation>Es gibt noch nichts, von dem aus gesendet werden kann: Fügen Sie Ihr Konto hinzu oder probieren Sie die Sandbox aus, um eine Nachricht zu schreiben, die auf diesem Computer bleibt.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Checking the login for %1...</source>
        <translation>Anmeldung für %1 wird geprüft...</translation>
    </message>
    <message>
        <source>No password is saved for "%1".</source>
        <translation>Für "%1" ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>%1
Password for %2 (kept in memory until Stamp quits, never in a file):</source>
        <translation>%1
Passwort für %2 (bis zum Beenden von Stamp im Speicher behalten, nie in einer Datei):</translation>
    </message>
    <message>
        <source>Sending as %1 needs attention</source>
        <translation>Senden als %1 erfordert Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>"%1" waits in the Outbox until %2.</source>
        <translation>"%1" wartet bis %2 im Postausgang.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Account "%1" saved.</source>
        <translation>Konto "%1" gespeichert.</translation>
    </message>
    <message>
        <source>The certificate was not saved</source>
        <translation>Das Zertifikat wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>"%1" now trusts the certificate with SHA-256 %2.</source>
        <translation>"%1" vertraut jetzt dem Zertifikat mit SHA-256 %2.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account "%1" (%2) and its saved password?</source>
        <translation>Das Konto "%1" (%2) und sein gespeichertes Passwort entfernen?</translation>
    </message>
    <message>
        <source>Messages already sent stay in the Sent list.</source>
        <translation>Bereits gesendete Nachrichten bleiben in der Liste „Gesendet“.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1</source>
        <translation>Das gespeicherte Passwort konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The account was not removed</source>
        <translation>Das Konto wurde nicht entfernt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending through: %1</source>
        <translation>Senden über: %1</translation>
    </message>
    <message>
        <source>A new message is waiting. Add your account or try the sandbox first: it opens right after, with everything from the link.</source>
        <translation>Eine neue Nachricht wartet. Fügen Sie zuerst Ihr Konto hinzu oder probieren Sie die Sandbox aus: Danach öffnet sie sich sofort, mit allem aus dem Link.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being sent right now: sending stops, and each goes back to the Outbox (one whose end had already gone out is marked "not confirmed" rather than sent twice).</source>
        <translation>
            <numerusform>%n Nachricht wird gerade gesendet: Das Senden wird beendet, und sie kommt zurück in den Postausgang (war ihr Ende schon hinausgegangen, wird sie als „nicht bestätigt“ markiert, statt doppelt gesendet zu werden).</numerusform>
            <numerusform>%n Nachrichten werden gerade gesendet: Das Senden wird beendet, und jede kommt zurück in den Postausgang (eine, deren Ende schon hinausgegangen war, wird als „nicht bestätigt“ markiert, statt doppelt gesendet zu werden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still in the undo period: they are sent the next time you open Stamp.</source>
        <translation>
            <numerusform>%n Nachricht ist noch in der Frist zum Rückgängigmachen: Sie wird gesendet, wenn Sie Stamp das nächste Mal öffnen.</numerusform>
            <numerusform>%n Nachrichten sind noch in der Frist zum Rückgängigmachen: Sie werden gesendet, wenn Sie Stamp das nächste Mal öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) scheduled for later: they are sent when Stamp is open at or after their time.</source>
        <translation>
            <numerusform>%n Nachricht ist für später geplant: Sie wird gesendet, wenn Stamp zu oder nach ihrem Zeitpunkt geöffnet ist.</numerusform>
            <numerusform>%n Nachrichten sind für später geplant: Sie werden gesendet, wenn Stamp zu oder nach ihrem Zeitpunkt geöffnet ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent or retried: they wait in the Outbox until you open Stamp again.</source>
        <translation>
            <numerusform>%n Nachricht wartet auf das Senden oder einen erneuten Versuch: Sie bleibt im Postausgang, bis Sie Stamp wieder öffnen.</numerusform>
            <numerusform>%n Nachrichten warten auf das Senden oder einen erneuten Versuch: Sie bleiben im Postausgang, bis Sie Stamp wieder öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Stamp?</source>
        <translation>Stamp beenden?</translation>
    </message>
    <message>
        <source>Messages are still on their way. Nothing is lost if you quit, but nothing is sent while Stamp is closed.</source>
        <translation>Nachrichten sind noch unterwegs. Beim Beenden geht nichts verloren, aber solange Stamp geschlossen ist, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Trotzdem beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Stamp open</source>
        <translation>Stamp &amp;geöffnet lassen</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
    <message>
        <source>Some messages in the Outbox need a look</source>
        <translation>Einige Nachrichten im Postausgang brauchen Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n sent</source>
        <translation>
            <numerusform>Postausgang: %n gesendet</numerusform>
            <numerusform>Postausgang: %n gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: not sent</source>
        <translation>Postausgang: nicht gesendet</translation>
    </message>
    <message>
        <source>The session could not be kept: %1</source>
        <translation>Die Sitzung konnte nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>"%1" is waiting: %2 cannot be reached. Stamp keeps trying and sends it when the server answers.</source>
        <translation>"%1" wartet: %2 ist nicht erreichbar. Stamp versucht es weiter und sendet die Nachricht, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Waiting for the mail server</source>
        <translation>Warten auf den Mailserver</translation>
    </message>
    <message>
        <source>Messages are waiting in the Outbox</source>
        <translation>Nachrichten warten im Postausgang</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>Sign in again to %1</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>Messages from "%1" wait in the Outbox until you sign in again.</source>
        <translation>Nachrichten von "%1" warten im Postausgang, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>&amp;Sign in...</source>
        <translation>&amp;Anmelden...</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent yet: %1. It is sent when the network is back.</source>
        <translation>Noch nicht gesendet: %1. Sie wird gesendet, sobald das Netzwerk zurück ist.</translation>
    </message>
    <message>
        <source>Not sent yet: %1. Stamp tries again at %2.</source>
        <translation>Noch nicht gesendet: %1. Stamp versucht es um %2 erneut.</translation>
    </message>
    <message>
        <source>Sand&amp;box</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>The sandbox accepts every message again.</source>
        <translation>Die Sandbox nimmt wieder jede Nachricht an.</translation>
    </message>
    <message>
        <source>The sandbox now answers: %1</source>
        <translation>Die Sandbox antwortet jetzt: %1</translation>
    </message>
    <message>
        <source>The template is saved: File, New from template.</source>
        <translation>Die Vorlage ist gespeichert: Datei &gt; Neu aus Vorlage.</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>Vorlagen &amp;verwalten…</translation>
    </message>
    <message>
        <source>There is no template named "%1" any more.</source>
        <translation>Es gibt keine Vorlage namens "%1" mehr.</translation>
    </message>
    <message>
        <source>The account this template was saved with is not set up any more; the message is sent through %1.</source>
        <translation>Das Konto, mit dem diese Vorlage gespeichert wurde, ist nicht mehr eingerichtet; die Nachricht wird über %1 gesendet.</translation>
    </message>
    <message>
        <source>%1: the server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>%1: Der Server bietet keine Zustellbenachrichtigungen an; die Nachricht wurde gesendet, ohne eine anzufordern.</translation>
    </message>
    <message>
        <source>The sandbox has no certificate</source>
        <translation>Die Sandbox hat kein Zertifikat</translation>
    </message>
    <message>
        <source>The sandbox's certificate is trusted now (SHA-256 %1). Send the message again.</source>
        <translation>Dem Zertifikat der Sandbox wird jetzt vertraut (SHA-256 %1). Senden Sie die Nachricht erneut.</translation>
    </message>
    <message>
        <source>&amp;Import accounts...</source>
        <translation>Konten &amp;importieren...</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird or msmtp</source>
        <translation>Konten aus Thunderbird oder msmtp übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n Konto importiert.</numerusform>
            <numerusform>%n Konten importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stamp::ui::Notifier</name>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
</context>
<context>
    <name>stamp::ui::OAuthSignInPanel</name>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung &amp;abbrechen</translation>
    </message>
    <message>
        <source>No browser window? Open this address in your browser:</source>
        <translation>Kein Browserfenster? Öffnen Sie diese Adresse in Ihrem Browser:</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Use another app &amp;registration…</source>
        <translation>Andere App-&amp;Registrierung verwenden…</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>&amp;Use this registration</source>
        <translation>Diese &amp;Registrierung verwenden</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Nicht mehr auf den Browser warten</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Enter your own app registration</source>
        <translation>Eigene App-Registrierung eingeben</translation>
    </message>
    <message>
        <source>Client ID of the app registration</source>
        <translation>Client-ID der App-Registrierung</translation>
    </message>
    <message>
        <source>Client secret of the app registration</source>
        <translation>Client-Secret der App-Registrierung</translation>
    </message>
    <message>
        <source>Redirect address to register</source>
        <translation>Zu registrierende Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>Use this app registration</source>
        <translation>Diese App-Registrierung verwenden</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Redirect address:</source>
        <translation>Weiterleitungsadresse:</translation>
    </message>
    <message>
        <source>Stamp cannot sign in to %1 for you.</source>
        <translation>Stamp kann Sie nicht bei %1 anmelden.</translation>
    </message>
    <message>
        <source>The sign-in settings for %1 on this computer cannot be used. Whoever set them up can repair them; until then, Stamp cannot sign in there.</source>
        <translation>Die Anmeldeeinstellungen für %1 auf diesem Computer sind nicht verwendbar. Wer sie eingerichtet hat, kann sie reparieren; bis dahin kann Stamp sich dort nicht anmelden.</translation>
    </message>
    <message>
        <source>To sign in with %1, Stamp needs an app registration</source>
        <translation>Um sich bei %1 anzumelden, braucht Stamp eine App-Registrierung</translation>
    </message>
    <message>
        <source>%1 wants to know which app is asking before it lets you sign in. An app tells it with an app registration, and this copy of Stamp came without one for %1. Your administrator, or you, can create one in %1's developer console: register a desktop app and allow the redirect address %2. Then enter the client ID it gives you here; Stamp remembers it on this computer.</source>
        <translation>%1 möchte wissen, welche App anfragt, bevor Sie sich anmelden können. Eine App teilt das über eine App-Registrierung mit, und diese Kopie von Stamp kam ohne eine für %1. Ihr Administrator oder Sie selbst können in der Entwicklerkonsole von %1 eine erstellen: Registrieren Sie eine Desktop-App und erlauben Sie die Weiterleitungsadresse %2. Geben Sie dann hier die Client-ID ein, die Sie erhalten; Stamp merkt sie sich auf diesem Computer.</translation>
    </message>
    <message>
        <source>Stamp tells %1 which app is asking with an app registration. To use one of your own (a desktop app in %1's developer console, with the redirect address %2), enter its client ID here. A sign-in made with one registration does not carry over to another: sign in again after changing it.</source>
        <translation>Stamp teilt %1 über eine App-Registrierung mit, welche App anfragt. Um eine eigene zu verwenden (eine Desktop-App in der Entwicklerkonsole von %1, mit der Weiterleitungsadresse %2), geben Sie hier ihre Client-ID ein. Eine Anmeldung mit einer Registrierung gilt nicht für eine andere: Melden Sie sich nach einem Wechsel erneut an.</translation>
    </message>
    <message>
        <source>%1 also gives desktop apps a client secret: enter it too. It identifies the app, not you.</source>
        <translation>%1 gibt Desktop-Apps außerdem ein Client-Secret: Geben Sie es ebenfalls ein. Es identifiziert die App, nicht Sie.</translation>
    </message>
    <message>
        <source>Open %1's sign-in page again</source>
        <translation>Anmeldeseite von %1 erneut öffnen</translation>
    </message>
    <message>
        <source>Open %1's sign-in page in the browser again</source>
        <translation>Anmeldeseite von %1 erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>Stamp opens %1's sign-in page in your browser. You sign in there: Stamp never sees your password. It keeps only the permission to send mail as %2, in your system's keychain.</source>
        <translation>Stamp öffnet die Anmeldeseite von %1 in Ihrem Browser. Dort melden Sie sich an: Stamp sieht Ihr Passwort nie. Es behält nur die Erlaubnis, als %2 Mail zu senden, im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation>Warten, bis Sie die Anmeldung in Ihrem Browser abgeschlossen haben…</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in with %1…</source>
        <translation>Der Browser ist zurückgekehrt; die Anmeldung bei %1 wird abgeschlossen…</translation>
    </message>
    <message>
        <source>✔ Signed in as %1 with %2.</source>
        <translation>✔ Als %1 bei %2 angemeldet.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 again</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try signing in to %1 again</source>
        <translation>Erneut versuchen, sich bei %1 anzumelden</translation>
    </message>
</context>
<context>
    <name>stamp::ui::OutboxView</name>
    <message>
        <source>Held for %1 s</source>
        <translation>Noch %1 s zurückgehalten</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>Waiting to retry at %1</source>
        <translation>Wartet auf erneuten Versuch (%1)</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Enter password…</source>
        <translation>&amp;Passwort eingeben…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>Absenderkonto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Send it now, without waiting for its time, its undo period or the next try</source>
        <translation>Jetzt senden, ohne auf den geplanten Zeitpunkt, die Frist zum Rückgängigmachen oder den nächsten Versuch zu warten</translation>
    </message>
    <message>
        <source>Queue it again; recipients who already have it are not sent to again</source>
        <translation>Erneut einreihen; Empfänger, die sie schon erhalten haben, bekommen sie nicht noch einmal</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Not sent now</source>
        <translation>Nicht sofort gesendet</translation>
    </message>
    <message>
        <source>can be taken back until %1</source>
        <translation>kann bis %1 zurückgeholt werden</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Nothing is waiting. Messages you send later (Send later in the message window), and any that could not be sent yet, appear here with the reason.</source>
        <translation>Nichts wartet. Nachrichten, die Sie später senden („Später senden“ im Nachrichtenfenster), und alle, die noch nicht gesendet werden konnten, erscheinen hier mit dem Grund.</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in again and send the message</source>
        <translation>Erneut anmelden und die Nachricht senden</translation>
    </message>
    <message>
        <source>Enter the password and send the message</source>
        <translation>Passwort eingeben und die Nachricht senden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>sent at %1 unless taken back (Undo send in its window) or sent now</source>
        <translation>wird um %1 gesendet, sofern sie nicht zurückgeholt („Senden rückgängig“ in ihrem Fenster) oder sofort gesendet wird</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>wartet, bis sie an der Reihe ist</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was Sie tun können: %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when the connection failed, so it may have arrived. Check with a recipient before choosing Retry.</source>
        <translation>Die ganze Nachricht war gesendet, als die Verbindung abbrach, daher ist sie möglicherweise angekommen. Fragen Sie bei einem Empfänger nach, bevor Sie „Erneut versuchen“ wählen.</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Could not retry</source>
        <translation>Erneuter Versuch nicht möglich</translation>
    </message>
    <message>
        <source>The server refused the saved password. Type the password and the message is sent.</source>
        <translation>Der Server hat das gespeicherte Passwort abgelehnt. Geben Sie das Passwort ein, dann wird die Nachricht gesendet.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>Hinweis zum Passwort</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>Nicht erneut gesendet</translation>
    </message>
    <message>
        <source>Remove this message from the outbox?</source>
        <translation>Diese Nachricht aus dem Postausgang entfernen?</translation>
    </message>
    <message>
        <source>It will not be sent, and its copy in the outbox is deleted.</source>
        <translation>Sie wird nicht gesendet, und ihre Kopie im Postausgang wird gelöscht.</translation>
    </message>
    <message>
        <source>Could not remove it</source>
        <translation>Entfernen nicht möglich</translation>
    </message>
</context>
<context>
    <name>stamp::ui::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Off: Stamp keeps the password in memory until it quits, never in a file</source>
        <translation>Aus: Stamp behält das Passwort bis zum Beenden im Speicher, nie in einer Datei</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>stamp::ui::PasswordPage</name>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>It is kept in your system's keychain, never in a file, and sent only to the server you checked.</source>
        <translation>Es wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei, und nur an den Server gesendet, den Sie geprüft haben.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password for %1 on %2.</source>
        <translation>Das Passwort für %1 auf %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>Use your mail account's password. If your provider offers app passwords, an app password is safer: it works only for mail and can be withdrawn on its own.</source>
        <translation>Verwenden Sie das Passwort Ihres Mailkontos. Wenn Ihr Anbieter App-Passwörter anbietet, ist ein App-Passwort sicherer: Es funktioniert nur für Mail und kann einzeln widerrufen werden.</translation>
    </message>
    <message>
        <source>Create an app password</source>
        <translation>App-Passwort erstellen</translation>
    </message>
    <message>
        <source>Create an app password (opens %1 in your browser)</source>
        <translation>App-Passwort erstellen (öffnet %1 in Ihrem Browser)</translation>
    </message>
    <message>
        <source>Sending must be switched on first: &lt;a href="%1"&gt;open the setting&lt;/a&gt;.</source>
        <translation>Das Senden muss zuerst eingeschaltet werden: &lt;a href="%1"&gt;Einstellung öffnen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2), not a password: logging in with a password will fail. Go back and set the login method to Automatic to sign in in your browser.</source>
        <translation>%1 akzeptiert nur seine eigene Anmeldung (OAuth2), kein Passwort: Eine Anmeldung mit Passwort schlägt fehl. Gehen Sie zurück und stellen Sie die Anmeldemethode auf „Automatisch“, um sich in Ihrem Browser anzumelden.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ProxySettingsGroup</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Resolve &amp;names through the proxy</source>
        <translation>&amp;Namen über den Proxy auflösen</translation>
    </message>
    <message>
        <source>How Stamp reaches the mail server: through the proxy the system is set up with, directly, or through a SOCKS5 or HTTP proxy of your choice.</source>
        <translation>Wie Stamp den Mailserver erreicht: über den im System eingerichteten Proxy, direkt oder über einen SOCKS5- oder HTTP-Proxy Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Use the system's proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>HTTP (CONNECT)</source>
        <translation>HTTP (CONNECT)</translation>
    </message>
    <message>
        <source>Proxy host name</source>
        <translation>Hostname des Proxys</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Benutzername für den Proxy</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>The proxy looks up the server's name, so this computer's DNS never sees it. Needed when only the proxy's network knows the name.</source>
        <translation>Der Proxy löst den Namen des Servers auf, daher sieht das DNS dieses Computers ihn nie. Nötig, wenn nur das Netz des Proxys den Namen kennt.</translation>
    </message>
    <message>
        <source>Pr&amp;oxy:</source>
        <translation>Pr&amp;oxy:</translation>
    </message>
    <message>
        <source>Pro&amp;xy host:</source>
        <translation>Pro&amp;xy-Host:</translation>
    </message>
    <message>
        <source>Proxy por&amp;t:</source>
        <translation>Proxy-Por&amp;t:</translation>
    </message>
    <message>
        <source>Prox&amp;y user:</source>
        <translation>Prox&amp;y-Benutzer:</translation>
    </message>
    <message>
        <source>Proxy passwor&amp;d:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Enter the proxy's host name, or choose "No proxy".</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder wählen Sie „Kein Proxy“.</translation>
    </message>
    <message>
        <source>"%1" is not a proxy host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" ist kein Proxy-Hostname: Lassen Sie Leerzeichen, "/", "@" und den Port weg.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SandboxBehaviourMenu</name>
    <message>
        <source>Server &amp;behaviour</source>
        <translation>Server&amp;verhalten</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SandboxInboxView</name>
    <message>
        <source>Messages the sandbox received</source>
        <translation>Nachrichten, die die Sandbox empfangen hat</translation>
    </message>
    <message>
        <source>The message exactly as received</source>
        <translation>Die Nachricht genau so, wie sie empfangen wurde</translation>
    </message>
    <message>
        <source>Send a message to the sandbox and it appears here, byte for byte.</source>
        <translation>Senden Sie eine Nachricht an die Sandbox, dann erscheint sie hier, Byte für Byte.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Envelope: from %1 to %2 - %n byte(s)</source>
        <translation>
            <numerusform>Umschlag: von %1 an %2 - %n Byte</numerusform>
            <numerusform>Umschlag: von %1 an %2 - %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;&gt;</source>
        <translation>&lt;&gt;</translation>
    </message>
    <message>
        <source>[... %1 more bytes not shown]</source>
        <translation>[... %1 weitere Bytes nicht angezeigt]</translation>
    </message>
    <message>
        <source>The sandbox accepts every message.</source>
        <translation>Die Sandbox nimmt jede Nachricht an.</translation>
    </message>
    <message>
        <source>The sandbox is answering: %1. %2</source>
        <translation>Die Sandbox antwortet gerade: %1. %2</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation>Wann senden</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>&amp;Senden um:</translation>
    </message>
    <message>
        <source>The message waits in the Outbox until then and leaves on its own while Stamp is open, even if you close this window. To send it sooner, select it in the Outbox and choose Send now; to cancel it, choose Remove.</source>
        <translation>Die Nachricht wartet bis dahin im Postausgang und geht von selbst hinaus, solange Stamp geöffnet ist, auch wenn Sie dieses Fenster schließen. Um sie früher zu senden, wählen Sie sie im Postausgang aus und klicken auf „Jetzt senden“; um sie abzubrechen, auf „Entfernen“.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SentCopySettingsGroup</name>
    <message>
        <source>Put a &amp;copy of each sent message in the Sent folder on the server</source>
        <translation>Eine &amp;Kopie jeder gesendeten Nachricht im Ordner „Gesendet“ auf dem Server ablegen</translation>
    </message>
    <message>
        <source>Forge&amp;t</source>
        <translation>Ve&amp;rgessen</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>&amp;Review certificate...</source>
        <translation>&amp;Zertifikat prüfen...</translation>
    </message>
    <message>
        <source>Put a copy of each sent message in the Sent folder on the server</source>
        <translation>Eine Kopie jeder gesendeten Nachricht im Ordner „Gesendet“ auf dem Server ablegen</translation>
    </message>
    <message>
        <source>IMAP server host name</source>
        <translation>Hostname des IMAP-Servers</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>IMAP server port</source>
        <translation>Port des IMAP-Servers</translation>
    </message>
    <message>
        <source>IMAP connection security</source>
        <translation>Sicherheit der IMAP-Verbindung</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 993)</source>
        <translation>TLS von Anfang an (meist Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (meist Port 143)</translation>
    </message>
    <message>
        <source>None: no encryption</source>
        <translation>Keine: keine Verschlüsselung</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>IMAP-Benutzername</translation>
    </message>
    <message>
        <source>Same as for sending</source>
        <translation>Wie beim Senden</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Ordner „Gesendet“</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Automatisch ermittelt</translation>
    </message>
    <message>
        <source>Leave empty to use the folder the server marks as Sent, or one usually named so. A folder named here must exist.</source>
        <translation>Leer lassen, um den Ordner zu verwenden, den der Server als „Gesendet“ kennzeichnet, oder einen, der üblicherweise so heißt. Ein hier angegebener Ordner muss existieren.</translation>
    </message>
    <message>
        <source>Stop trusting this IMAP server certificate</source>
        <translation>Diesem Zertifikat des IMAP-Servers nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>The copy to the Sent folder forgets the certificate it was told to trust; a certificate that cannot be verified is then refused again.</source>
        <translation>Die Kopie in den Ordner „Gesendet“ vergisst das Zertifikat, dem sie vertrauen sollte; ein Zertifikat, das sich nicht prüfen lässt, wird dann wieder abgelehnt.</translation>
    </message>
    <message>
        <source>Check the copy to the Sent folder</source>
        <translation>Kopie in den Ordner „Gesendet“ prüfen</translation>
    </message>
    <message>
        <source>Log in to the IMAP server and look for the Sent folder. Nothing is put in it.</source>
        <translation>Sich beim IMAP-Server anmelden und den Ordner „Gesendet“ suchen. Es wird nichts darin abgelegt.</translation>
    </message>
    <message>
        <source>Review the IMAP server's certificate</source>
        <translation>Das Zertifikat des IMAP-Servers prüfen</translation>
    </message>
    <message>
        <source>See the certificate, what failed and its fingerprint, and decide whether to trust it</source>
        <translation>Zertifikat, Fehlergrund und Fingerabdruck ansehen und entscheiden, ob Sie ihm vertrauen</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP-S&amp;erver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sicher&amp;heit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>Some providers, such as Gmail and Outlook, put a copy of each message sent through them in the Sent folder themselves; a copy from Stamp would be a second one.</source>
        <translation>Manche Anbieter, etwa Gmail und Outlook, legen selbst eine Kopie jeder über sie gesendeten Nachricht im Ordner „Gesendet“ ab; eine Kopie von Stamp wäre dann eine zweite.</translation>
    </message>
    <message>
        <source>%1 does, so its preset leaves this off.</source>
        <extracomment>%1 is a mail provider such as Gmail</extracomment>
        <translation>%1 tut das, daher ist dies in der Voreinstellung ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 does not: switch this on to keep a copy there.</source>
        <extracomment>%1 is a mail provider such as Fastmail</extracomment>
        <translation>%1 tut das nicht: Schalten Sie dies ein, um dort eine Kopie aufzubewahren.</translation>
    </message>
    <message>
        <source>Enter the IMAP server's host name, for example imap.example.com.</source>
        <translation>Geben Sie den Hostnamen des IMAP-Servers ein, zum Beispiel imap.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not a host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" ist kein Hostname: Lassen Sie Leerzeichen, "/", "@" und den Port weg.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, or empty for the usual one.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein oder leer bleiben, damit der übliche verwendet wird.</translation>
    </message>
    <message>
        <source>Without encryption your password would cross the network readable by anyone on the way, so Stamp will not log in like that. Choose STARTTLS or TLS.</source>
        <translation>Ohne Verschlüsselung ginge Ihr Passwort für jeden auf dem Weg lesbar durchs Netz, daher meldet sich Stamp so nicht an. Wählen Sie STARTTLS oder TLS.</translation>
    </message>
    <message>
        <source>Usual port (%1)</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Üblicher Port (%1)</translation>
    </message>
    <message>
        <source>Logging in to %1 and looking for the Sent folder...</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Anmeldung bei %1 und Suche nach dem Ordner „Gesendet“...</translation>
    </message>
    <message>
        <source>No password is available for the check.</source>
        <translation>Für die Prüfung ist kein Passwort verfügbar.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SentView</name>
    <message>
        <source>Show &amp;transcript</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;message</source>
        <translation>&amp;Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Messages you send appear here, with what the server answered for each recipient.</source>
        <translation>Nachrichten, die Sie senden, erscheinen hier, mit der Antwort des Servers für jeden Empfänger.</translation>
    </message>
    <message>
        <source>The conversation with the server that carried this message (no password in it)</source>
        <translation>Die Unterhaltung mit dem Server, die diese Nachricht übertragen hat (ohne Passwort)</translation>
    </message>
    <message>
        <source>The message exactly as it was sent</source>
        <translation>Die Nachricht genau so, wie sie gesendet wurde</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sent to everyone</source>
        <translation>An alle gesendet</translation>
    </message>
    <message>
        <source>Sent to %1 of %2</source>
        <translation>An %1 von %2 gesendet</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The server's id for it: %1 (what its administrator asks for when a message has gone missing)</source>
        <translation>Die ID des Servers dafür: %1 (danach fragt sein Administrator, wenn eine Nachricht verloren gegangen ist)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>No transcript was kept for this message.</source>
        <translation>Für diese Nachricht wurde kein Protokoll aufbewahrt.</translation>
    </message>
    <message>
        <source>[%1 more bytes not shown]</source>
        <translation>[%1 weitere Bytes nicht angezeigt]</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <source>Copy pending</source>
        <translation>Kopie steht aus</translation>
    </message>
    <message>
        <source>Copy waiting</source>
        <translation>Kopie wartet</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy stopped</source>
        <translation>Kopie angehalten</translation>
    </message>
    <message>
        <source>Try the cop&amp;y again</source>
        <translation>Kopie &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Ordner „Gesendet“</translation>
    </message>
    <message>
        <source>Put this message in the Sent folder on the server now, after a change of password or settings</source>
        <translation>Diese Nachricht jetzt im Ordner „Gesendet“ auf dem Server ablegen, nach einer Änderung des Passworts oder der Einstellungen</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Nächster Versuch um %1.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ServerPage</name>
    <message>
        <source>Check the server</source>
        <translation>Server prüfen</translation>
    </message>
    <message>
        <source>These settings decide where your login goes. Change anything that does not match your provider's instructions.</source>
        <translation>Diese Einstellungen bestimmen, wohin Ihre Anmeldedaten gehen. Ändern Sie alles, was nicht den Anweisungen Ihres Anbieters entspricht.</translation>
    </message>
    <message>
        <source>Enter the settings your provider gives for sending mail (SMTP).</source>
        <translation>Geben Sie die Einstellungen ein, die Ihr Anbieter für das Senden von Mail (SMTP) angibt.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SessionLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SessionLogView</name>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search the session log</source>
        <translation>Sitzungsprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Which lines to show</source>
        <translation>Welche Zeilen angezeigt werden</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Commands and replies</source>
        <translation>Befehle und Antworten</translation>
    </message>
    <message>
        <source>TLS and connection</source>
        <translation>TLS und Verbindung</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log when none is selected</source>
        <translation>Die ausgewählten Zeilen kopieren oder das ganze Protokoll, wenn keine ausgewählt ist</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the log to a text file (passwords are never in it)</source>
        <translation>Das Protokoll in einer Textdatei speichern (Passwörter sind nie darin enthalten)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s)</source>
        <translation>
            <numerusform>%1 von %n Zeile</numerusform>
            <numerusform>%1 von %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the session log</source>
        <translation>Sitzungsprotokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt)</source>
        <translation>Textdateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>Could not save the log</source>
        <translation>Das Protokoll konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SignInPage</name>
    <message>
        <source>Use an &amp;app password instead</source>
        <translation>Stattdessen ein &amp;App-Passwort verwenden</translation>
    </message>
    <message>
        <source>Use an app password instead of signing in</source>
        <translation>Ein App-Passwort verwenden, statt sich anzumelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>You sign in at %1, in your browser; %1 then lets Stamp send as %2 through %3. Your password stays with %1.</source>
        <translation>Sie melden sich in Ihrem Browser bei %1 an; %1 erlaubt Stamp dann, als %2 über %3 zu senden. Ihr Passwort bleibt bei %1.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Rather not sign in through the browser? %1 also accepts an app password.</source>
        <translation>Lieber nicht über den Browser anmelden? %1 akzeptiert auch ein App-Passwort.</translation>
    </message>
    <message>
        <source>No app registration at hand? You can use an app password instead: it works only for mail and can be withdrawn on its own.</source>
        <translation>Keine App-Registrierung zur Hand? Sie können stattdessen ein App-Passwort verwenden: Es funktioniert nur für Mail und kann einzeln widerrufen werden.</translation>
    </message>
    <message>
        <source>%1 accepts no password: signing in is the only way, so the account can be added once an app registration is entered.</source>
        <translation>%1 akzeptiert kein Passwort: Die Anmeldung ist der einzige Weg, daher kann das Konto hinzugefügt werden, sobald eine App-Registrierung eingegeben ist.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TemplatesDialog</name>
    <message>
        <source>There are no templates yet. In a new message, choose Templates, then Save as template.</source>
        <translation>Es gibt noch keine Vorlagen. Wählen Sie in einer neuen Nachricht „Vorlagen“ und dann „Als Vorlage speichern“.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name for "%1":</source>
        <translation>Neuer &amp;Name für "%1":</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Delete the template "%1"? Messages started from it stay as they are.</source>
        <translation>Die Vorlage "%1" löschen? Nachrichten, die mit ihr begonnen wurden, bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TestPage</name>
    <message>
        <source>Save an&amp;yway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Testen und speichern</translation>
    </message>
    <message>
        <source>The test failed, so Save is off. You can save the account anyway: messages you send from it then wait in the Outbox until its settings work, and you can fix them later in the account's settings.</source>
        <translation>Der Test ist fehlgeschlagen, daher ist „Speichern“ deaktiviert. Sie können das Konto trotzdem speichern: Nachrichten, die Sie davon senden, warten dann im Postausgang, bis seine Einstellungen funktionieren, und Sie können diese später in den Einstellungen des Kontos korrigieren.</translation>
    </message>
    <message>
        <source>Save the account although its test failed</source>
        <translation>Das Konto speichern, obwohl sein Test fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2 and checks it, without logging in. Save keeps the account once a test passes.</source>
        <translation>„Testen“ verbindet sich mit %1 Port %2 und prüft den Server, ohne sich anzumelden. „Speichern“ behält das Konto, sobald ein Test bestanden ist.</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2, checks its encryption and logs in with your sign-in at %3 (a short-lived access token, not your password). Save keeps the account and the sign-in once a test passes.</source>
        <translation>„Testen“ verbindet sich mit %1 Port %2, prüft die Verschlüsselung und meldet sich mit Ihrer Anmeldung bei %3 an (ein kurzlebiges Zugriffstoken, nicht Ihr Passwort). „Speichern“ behält das Konto und die Anmeldung, sobald ein Test bestanden ist.</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2, checks its encryption and logs in: your password goes there and nowhere else. Save keeps the account once a test passes.</source>
        <translation>„Testen“ verbindet sich mit %1 Port %2, prüft die Verschlüsselung und meldet sich an: Ihr Passwort geht dorthin und nirgendwo sonst. „Speichern“ behält das Konto, sobald ein Test bestanden ist.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TranscriptHistoryView</name>
    <message>
        <source>Past sends</source>
        <translation>Frühere Sendevorgänge</translation>
    </message>
    <message>
        <source>The conversation of the selected send</source>
        <translation>Die Unterhaltung des ausgewählten Sendevorgangs</translation>
    </message>
    <message>
        <source>Every send keeps its conversation with the server here (passwords are never recorded).</source>
        <translation>Jeder Sendevorgang bewahrt hier seine Unterhaltung mit dem Server auf (Passwörter werden nie aufgezeichnet).</translation>
    </message>
</context>
<context>
    <name>stamp::ui::WelcomePage</name>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to Stamp</source>
        <translation>Willkommen bei Stamp</translation>
    </message>
    <message>
        <source>Send mail through your provider's server, see every step of the conversation, and get a plain explanation whenever something goes wrong.</source>
        <translation>Senden Sie Mail über den Server Ihres Anbieters, verfolgen Sie jeden Schritt der Unterhaltung und erhalten Sie eine verständliche Erklärung, wenn etwas schiefgeht.</translation>
    </message>
    <message>
        <source>Set up Gmail, Outlook, iCloud, Fastmail or any other SMTP server</source>
        <translation>Gmail, Outlook, iCloud, Fastmail oder einen anderen SMTP-Server einrichten</translation>
    </message>
    <message>
        <source>Send to a practice server on this computer: nothing leaves it, and you can read exactly what was sent</source>
        <translation>An einen Übungsserver auf diesem Computer senden: Nichts verlässt ihn, und Sie können genau lesen, was gesendet wurde</translation>
    </message>
    <message>
        <source>The sandbox is a mail server inside Stamp. It accepts every message and keeps it here, so you can try composing and watch the session log without an account.</source>
        <translation>Die Sandbox ist ein Mailserver in Stamp. Sie nimmt jede Nachricht an und behält sie hier, sodass Sie das Verfassen ausprobieren und das Sitzungsprotokoll ohne Konto verfolgen können.</translation>
    </message>
    <message>
        <source>A&amp;dd your account</source>
        <translation>Ihr Konto hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Import from another app...</source>
        <translation>Aus anderem Programm &amp;importieren...</translation>
    </message>
    <message>
        <source>Bring the accounts you use in Thunderbird or msmtp, without typing their servers again</source>
        <translation>Übernehmen Sie die Konten, die Sie in Thunderbird oder msmtp verwenden, ohne ihre Server erneut einzugeben</translation>
    </message>
</context>
</TS>
