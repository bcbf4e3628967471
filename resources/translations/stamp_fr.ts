<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Account</name>
    <message>
        <source>The account name "%1" is not usable: use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Le nom de compte "%1" est inutilisable : utilisez au plus 64 lettres, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The account has no id.</source>
        <translation>Le compte n'a pas d'identifiant.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>"%1" n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The account has no server host name.</source>
        <translation>Le compte n'a pas de nom d'hôte de serveur.</translation>
    </message>
    <message>
        <source>The account logs in but has no user name.</source>
        <translation>Le compte s'authentifie mais n'a pas de nom d'utilisateur.</translation>
    </message>
    <message>
        <source>The account names an OAuth sign-in but logs in with %1, not xoauth2 or oauthbearer.</source>
        <translation>Le compte indique une connexion OAuth mais s'authentifie avec %1, et non xoauth2 ou oauthbearer.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits.</source>
        <translation>L'empreinte du certificat épinglé ne comporte pas 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>account "%1": the port is not a number from 0 to 65535</source>
        <translation>compte "%1" : le port n'est pas un nombre entre 0 et 65535</translation>
    </message>
    <message>
        <source>account "%1": unknown security mode "%2"</source>
        <translation>compte "%1" : mode de sécurité inconnu "%2"</translation>
    </message>
    <message>
        <source>account "%1": unknown login method "%2"</source>
        <translation>compte "%1" : méthode d'authentification inconnue "%2"</translation>
    </message>
    <message>
        <source>account "%1": unknown envelope sender "%2"</source>
        <translation>compte "%1" : expéditeur d'enveloppe inconnu "%2"</translation>
    </message>
    <message>
        <source>The copy to the Sent folder is on but names no IMAP server.</source>
        <translation>La copie dans le dossier Envoyés est activée mais n'indique aucun serveur IMAP.</translation>
    </message>
    <message>
        <source>The IMAP server's pinned certificate fingerprint is not 64 hexadecimal digits.</source>
        <translation>L'empreinte du certificat épinglé du serveur IMAP ne comporte pas 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>account "%1": the IMAP port is not a number from 0 to 65535</source>
        <translation>compte "%1" : le port IMAP n'est pas un nombre entre 0 et 65535</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Run 'stamp account %1 --help' for the options.</source>
        <translation>Lancez 'stamp account %1 --help' pour voir les options.</translation>
    </message>
    <message>
        <source>give exactly one account NAME.</source>
        <translation>indiquez exactement un nom de compte (NAME).</translation>
    </message>
    <message>
        <source>unexpected argument.</source>
        <translation>argument inattendu.</translation>
    </message>
    <message>
        <source>there is no account "%1".</source>
        <translation>il n'y a pas de compte "%1".</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>pas dans le trousseau</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>Password saved in the keychain.</source>
        <translation>Mot de passe enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Le mot de passe n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Give it for each run instead: stamp send --account %1 --password-stdin ...</source>
        <translation>Donnez-le plutôt à chaque exécution : stamp send --account %1 --password-stdin ...</translation>
    </message>
    <message>
        <source>Signed in. The sign-in is saved in the keychain; Stamp renews its access tokens as needed.</source>
        <translation>Connecté. La connexion est enregistrée dans le trousseau ; Stamp renouvelle ses jetons d'accès si nécessaire.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: %1</source>
        <translation>La connexion n'a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>stamp account: unknown sub-command "%1"</source>
        <translation>stamp account : sous-commande inconnue "%1"</translation>
    </message>
    <message>
        <source>Usage: stamp account SUB-COMMAND [options]</source>
        <translation>Utilisation : stamp account SUB-COMMAND [options]</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>Sous-commandes :</translation>
    </message>
    <message>
        <source>Run 'stamp account SUB-COMMAND --help' for its options.</source>
        <translation>Lancez 'stamp account SUB-COMMAND --help' pour voir ses options.</translation>
    </message>
    <message>
        <source>Save an account. Settings not given are found from the address (provider presets, the domain's autoconfig file, MX and SRV records, probing). The password goes only to the keychain. With --auth oauth you sign in with the provider in your browser instead, and only the sign-in's refresh token is kept, in the keychain.</source>
        <translation>Enregistrer un compte. Les paramètres non indiqués sont déterminés à partir de l'adresse (préréglages des fournisseurs, fichier autoconfig du domaine, enregistrements MX et SRV, interrogation directe). Le mot de passe va uniquement dans le trousseau. Avec --auth oauth, vous vous connectez plutôt auprès du fournisseur dans votre navigateur, et seul le jeton d'actualisation de la connexion est conservé, dans le trousseau.</translation>
    </message>
    <message>
        <source>What to call the account (letters, digits, . _ -).</source>
        <translation>Nom à donner au compte (lettres, chiffres, . _ -).</translation>
    </message>
    <message>
        <source>The account's address (required).</source>
        <translation>L'adresse du compte (obligatoire).</translation>
    </message>
    <message>
        <source>Your name, as shown in From.</source>
        <translation>Votre nom, tel qu'il apparaît dans From.</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>Nom d'hôte du serveur SMTP.</translation>
    </message>
    <message>
        <source>Server port.</source>
        <translation>Port du serveur.</translation>
    </message>
    <message>
        <source>starttls, tls or none.</source>
        <translation>starttls, tls ou none.</translation>
    </message>
    <message>
        <source>Login user name (default: from the provider, else the address).</source>
        <translation>Nom d'utilisateur pour l'authentification (par défaut : celui du fournisseur, sinon l'adresse).</translation>
    </message>
    <message>
        <source>auto (default), none, plain, login, cram-md5, scram-sha-1, scram-sha-256, or oauth: sign in with the provider in the browser.</source>
        <translation>auto (par défaut), none, plain, login, cram-md5, scram-sha-1, scram-sha-256, ou oauth : connexion auprès du fournisseur dans le navigateur.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats CA de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Trust exactly this server certificate.</source>
        <translation>Faire confiance exactement à ce certificat de serveur.</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input and save it in the keychain.</source>
        <translation>Lire le mot de passe (première ligne) sur l'entrée standard et l'enregistrer dans le trousseau.</translation>
    </message>
    <message>
        <source>Print the saved account as JSON.</source>
        <translation>Afficher le compte enregistré au format JSON.</translation>
    </message>
    <message>
        <source>Use the provider preset ID (gmail, outlook.com, microsoft365, ...) for the OAuth sign-in, also when --host is given.</source>
        <translation>Utiliser le préréglage de fournisseur ID (gmail, outlook.com, microsoft365, ...) pour la connexion OAuth, même si --host est indiqué.</translation>
    </message>
    <message>
        <source>With --auth oauth: xoauth2 or oauthbearer (default: what the provider's preset says).</source>
        <translation>Avec --auth oauth : xoauth2 ou oauthbearer (par défaut : ce qu'indique le préréglage du fournisseur).</translation>
    </message>
    <message>
        <source>--auth oauth signs in with the provider in the browser; it takes no --password-stdin.</source>
        <translation>--auth oauth se connecte auprès du fournisseur dans le navigateur ; il n'accepte pas --password-stdin.</translation>
    </message>
    <message>
        <source>--oauth-mechanism needs --auth oauth.</source>
        <translation>--oauth-mechanism nécessite --auth oauth.</translation>
    </message>
    <message>
        <source>"%1" is not a usable account name: use letters, digits, dots, dashes or underscores.</source>
        <translation>"%1" n'est pas un nom de compte utilisable : utilisez des lettres, des chiffres, des points, des tirets ou des traits de soulignement.</translation>
    </message>
    <message>
        <source>--email is required.</source>
        <translation>--email est obligatoire.</translation>
    </message>
    <message>
        <source>there is already an account named "%1".</source>
        <translation>il existe déjà un compte nommé "%1".</translation>
    </message>
    <message>
        <source>the password is empty.</source>
        <translation>le mot de passe est vide.</translation>
    </message>
    <message>
        <source>no settings were found for %1; give them with --host, --port and --security.</source>
        <translation>aucun paramètre trouvé pour %1 ; indiquez-les avec --host, --port et --security.</translation>
    </message>
    <message>
        <source>Found: %1 port %2 (%3), from %4.</source>
        <translation>Trouvé : %1 port %2 (%3), d'après %4.</translation>
    </message>
    <message>
        <source>Note: %1 accepts only OAuth2 sign-in: add the account with --auth oauth to sign in in the browser.</source>
        <translation>Remarque : %1 n'accepte que la connexion OAuth2 : ajoutez le compte avec --auth oauth pour vous connecter dans le navigateur.</translation>
    </message>
    <message>
        <source>App password: %1</source>
        <translation>Mot de passe d'application : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none.</source>
        <translation>--security doit valoir starttls, tls ou none.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>there is no provider preset "%1".</source>
        <translation>il n'y a pas de préréglage de fournisseur "%1".</translation>
    </message>
    <message>
        <source>no OAuth sign-in is known for %1; name the provider with --provider (gmail, outlook.com, microsoft365, yahoo, aol, fastmail, comcast).</source>
        <translation>aucune connexion OAuth n'est connue pour %1 ; indiquez le fournisseur avec --provider (gmail, outlook.com, microsoft365, yahoo, aol, fastmail, comcast).</translation>
    </message>
    <message>
        <source>To use an app password: stamp account add %1 --email %2 --password-stdin</source>
        <translation>Pour utiliser un mot de passe d'application : stamp account add %1 --email %2 --password-stdin</translation>
    </message>
    <message>
        <source>--oauth-mechanism must be xoauth2 or oauthbearer.</source>
        <translation>--oauth-mechanism doit valoir xoauth2 ou oauthbearer.</translation>
    </message>
    <message>
        <source>unknown --auth "%1".</source>
        <translation>valeur inconnue pour --auth : "%1".</translation>
    </message>
    <message>
        <source>--ca-file: the file "%1" does not exist.</source>
        <translation>--ca-file : le fichier "%1" n'existe pas.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be 64 hexadecimal digits.</source>
        <translation>--pin-sha256 doit comporter 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Account "%1" saved: %2 via %3 port %4 (%5).</source>
        <translation>Compte "%1" enregistré : %2 via %3 port %4 (%5).</translation>
    </message>
    <message>
        <source>No password saved yet: stamp account set-password %1 --password-stdin</source>
        <translation>Aucun mot de passe enregistré pour l'instant : stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>Print the accounts as JSON.</source>
        <translation>Afficher les comptes au format JSON.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with: stamp account add NAME --email ADDR --password-stdin</source>
        <translation>Aucun compte pour l'instant. Ajoutez-en un avec : stamp account add NAME --email ADDR --password-stdin</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>Print the account as JSON.</source>
        <translation>Afficher le compte au format JSON.</translation>
    </message>
    <message>
        <source>Account:      %1</source>
        <translation>Compte :           %1</translation>
    </message>
    <message>
        <source>Address:      %1</source>
        <translation>Adresse :          %1</translation>
    </message>
    <message>
        <source>Name:         %1</source>
        <translation>Nom :              %1</translation>
    </message>
    <message>
        <source>Server:       %1 port %2 (%3)</source>
        <translation>Serveur :          %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>Login:        none</source>
        <translation>Authentification : aucune</translation>
    </message>
    <message>
        <source>Login:        %1 (%2)</source>
        <translation>Authentification : %1 (%2)</translation>
    </message>
    <message>
        <source>Signs in:     with OAuth at %1</source>
        <translation>Se connecte :      avec OAuth auprès de %1</translation>
    </message>
    <message>
        <source>Sign-in:      %1</source>
        <translation>Connexion OAuth :  %1</translation>
    </message>
    <message>
        <source>              sign in with: stamp account sign-in %1</source>
        <translation>                   pour vous connecter : stamp account sign-in %1</translation>
    </message>
    <message>
        <source>Password:     %1</source>
        <translation>Mot de passe :     %1</translation>
    </message>
    <message>
        <source>Extra CAs:    %1</source>
        <translation>Autres CA :        %1</translation>
    </message>
    <message>
        <source>Pinned cert:  %1</source>
        <translation>Certif. épinglé :  %1</translation>
    </message>
    <message>
        <source>Provider:     %1</source>
        <translation>Fournisseur :      %1</translation>
    </message>
    <message>
        <source>Account "%1" removed.</source>
        <translation>Compte "%1" supprimé.</translation>
    </message>
    <message>
        <source>Its password could not be removed from the keychain: %1</source>
        <translation>Son mot de passe n'a pas pu être supprimé du trousseau : %1</translation>
    </message>
    <message>
        <source>Its sign-in could not be removed from the keychain: %1</source>
        <translation>Sa connexion n'a pas pu être supprimée du trousseau : %1</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input.</source>
        <translation>Lire le mot de passe (première ligne) sur l'entrée standard.</translation>
    </message>
    <message>
        <source>--password-stdin is required (a password is never taken from the command line).</source>
        <translation>--password-stdin est obligatoire (un mot de passe n'est jamais accepté sur la ligne de commande).</translation>
    </message>
    <message>
        <source>Sign in again to an account that uses OAuth, in the browser: after the provider revoked the sign-in, or to switch the person signed in.</source>
        <translation>Se reconnecter dans le navigateur à un compte qui utilise OAuth : après que le fournisseur a révoqué la connexion, ou pour changer de personne connectée.</translation>
    </message>
    <message>
        <source>the account "%1" logs in with a password, not an OAuth sign-in; use set-password, or add it again with --auth oauth.</source>
        <translation>le compte "%1" s'authentifie avec un mot de passe, pas avec une connexion OAuth ; utilisez set-password, ou ajoutez-le de nouveau avec --auth oauth.</translation>
    </message>
    <message>
        <source>the account %1</source>
        <translation>le compte %1</translation>
    </message>
    <message>
        <source>an account that no longer exists</source>
        <translation>un compte qui n'existe plus</translation>
    </message>
    <message>
        <source>MAIL FROM for the account's other identities: from (the message's From address, the default) or account (the account's own address, for servers that refuse other senders).</source>
        <translation>MAIL FROM pour les autres identités du compte : from (l'adresse From du message, par défaut) ou account (l'adresse propre du compte, pour les serveurs qui refusent les autres expéditeurs).</translation>
    </message>
    <message>
        <source>--envelope-sender must be from or account.</source>
        <translation>--envelope-sender doit valoir from ou account.</translation>
    </message>
    <message>
        <source>  %1 sends through %2</source>
        <translation>  %1 envoie via %2</translation>
    </message>
    <message>
        <source>Proxy:        %1</source>
        <translation>Proxy :            %1</translation>
    </message>
    <message>
        <source>Identity:     %1</source>
        <translation>Identité :         %1</translation>
    </message>
    <message>
        <source> (sends through %1)</source>
        <translation> (envoie via %1)</translation>
    </message>
    <message>
        <source>Envelope:     %1</source>
        <translation>Enveloppe :        %1</translation>
    </message>
    <message>
        <source>MAIL FROM is this account's address for every identity</source>
        <translation>MAIL FROM est l'adresse de ce compte pour toutes les identités</translation>
    </message>
    <message>
        <source>MAIL FROM is the message's From address</source>
        <translation>MAIL FROM est l'adresse From du message</translation>
    </message>
    <message>
        <source>signs in with %1</source>
        <translation>se connecte avec %1</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sans authentification</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>%1: %2 via %3 port %4 (%5), %6</source>
        <translation>%1 : %2 via %3 port %4 (%5), %6</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[par défaut]</translation>
    </message>
    <message>
        <source>also sends as %1</source>
        <translation>envoie aussi en tant que %1</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1 : ignoré</translation>
    </message>
    <message numerus="yes">
        <source>Create %n account(s)? [y/N] </source>
        <translation>
            <numerusform>Créer %n compte ? [y/N] </numerusform>
            <numerusform>Créer %n comptes ? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>%1: sign in with: stamp account sign-in %1</source>
        <translation>%1 : connectez-vous avec : stamp account sign-in %1</translation>
    </message>
    <message>
        <source>%1: give its password with: stamp account set-password %1 --password-stdin</source>
        <translation>%1 : donnez son mot de passe avec : stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>Password for %1 (%2 at %3), or Enter to give it later: </source>
        <translation>Mot de passe pour %1 (%2 sur %3), ou Entrée pour le donner plus tard : </translation>
    </message>
    <message>
        <source>%1: give its password later with: stamp account set-password %1 --password-stdin</source>
        <translation>%1 : donnez son mot de passe plus tard avec : stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>%1: password saved in the keychain.</source>
        <translation>%1 : mot de passe enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>%1: the password was not saved: %2</source>
        <translation>%1 : le mot de passe n'a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird (a profile's outgoing servers and identities) or msmtp (its accounts, with defaults and inheritance). Shows what would be created first; nothing changes until you confirm. Saved passwords are never read: you give each password once, for the keychain.</source>
        <translation>Importer des comptes depuis Thunderbird (les serveurs sortants et les identités d'un profil) ou msmtp (ses comptes, avec les valeurs par défaut et l'héritage). Affiche d'abord ce qui serait créé ; rien ne change tant que vous ne confirmez pas. Les mots de passe enregistrés ne sont jamais lus : vous donnez chaque mot de passe une seule fois, pour le trousseau.</translation>
    </message>
    <message>
        <source>thunderbird or msmtp.</source>
        <translation>thunderbird ou msmtp.</translation>
    </message>
    <message>
        <source>A Thunderbird profile folder or its prefs.js, or an msmtp configuration file (default: where the program keeps it).</source>
        <translation>Un dossier de profil Thunderbird ou son prefs.js, ou un fichier de configuration msmtp (par défaut : là où le programme le conserve).</translation>
    </message>
    <message>
        <source>Only show what would be created; change nothing.</source>
        <translation>Afficher seulement ce qui serait créé ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Print the preview as JSON.</source>
        <translation>Afficher l'aperçu au format JSON.</translation>
    </message>
    <message>
        <source>Create the accounts without asking (needed without a terminal).</source>
        <translation>Créer les comptes sans demander de confirmation (nécessaire sans terminal).</translation>
    </message>
    <message>
        <source>name the source (thunderbird or msmtp) and, if you like, a PATH.</source>
        <translation>indiquez la source (thunderbird ou msmtp) et, si vous le souhaitez, un chemin (PATH).</translation>
    </message>
    <message>
        <source>the source must be thunderbird or msmtp, not "%1".</source>
        <translation>la source doit être thunderbird ou msmtp, et non "%1".</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Rien n'a été modifié (--dry-run).</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Il n'y a rien à importer.</translation>
    </message>
    <message>
        <source>confirm with --yes, or run it in a terminal to be asked.</source>
        <translation>confirmez avec --yes, ou lancez la commande dans un terminal pour que la question vous soit posée.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created.</source>
        <translation>
            <numerusform>%n compte créé.</numerusform>
            <numerusform>%n comptes créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an account's settings for another program. msmtp gets an account block that fetches the password from the keychain with secret-tool (Linux); the password is never written.</source>
        <translation>Écrire les paramètres d'un compte pour un autre programme. msmtp reçoit un bloc de compte qui récupère le mot de passe dans le trousseau avec secret-tool (Linux) ; le mot de passe n'est jamais écrit.</translation>
    </message>
    <message>
        <source>What to write: msmtp (required).</source>
        <translation>Ce qu'il faut écrire : msmtp (obligatoire).</translation>
    </message>
    <message>
        <source>Write to this new file (readable by you only) instead of standard output.</source>
        <translation>Écrire dans ce nouveau fichier (lisible par vous seul) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>--format msmtp is required (the only format so far).</source>
        <translation>--format msmtp est obligatoire (le seul format disponible pour l'instant).</translation>
    </message>
    <message>
        <source>Note: passwordeval uses secret-tool, which is Linux's; replace it with a command that prints the password from this system's keychain.</source>
        <translation>Remarque : passwordeval utilise secret-tool, propre à Linux ; remplacez-le par une commande qui affiche le mot de passe depuis le trousseau de ce système.</translation>
    </message>
    <message>
        <source>Note: no password is saved for "%1" yet, so msmtp will find none. Save it with: stamp account set-password %1 --password-stdin</source>
        <translation>Remarque : aucun mot de passe n'est encore enregistré pour "%1", msmtp n'en trouvera donc aucun. Enregistrez-le avec : stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file and copy the block into your configuration.</source>
        <translation>%1 existe déjà ; choisissez un nouveau fichier et copiez le bloc dans votre configuration.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Account "%1" written to %2 for msmtp.</source>
        <translation>Compte "%1" écrit dans %2 pour msmtp.</translation>
    </message>
</context>
<context>
    <name>AccountSignIn</name>
    <message>
        <source>Give up the browser sign-in after this many seconds (default 300).</source>
        <translation>Abandonner la connexion dans le navigateur après ce nombre de secondes (300 par défaut).</translation>
    </message>
    <message>
        <source>Receive the browser's answer on this port of 127.0.0.1 (default: any free port).</source>
        <translation>Recevoir la réponse du navigateur sur ce port de 127.0.0.1 (par défaut : n'importe quel port libre).</translation>
    </message>
    <message>
        <source>--sign-in-timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--sign-in-timeout doit être un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 1 to 65535.</source>
        <translation>--redirect-port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>To sign in to %1 as %2, open this address in your browser:</source>
        <translation>Pour vous connecter à %1 en tant que %2, ouvrez cette adresse dans votre navigateur :</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 (up to %2 s; Ctrl+C cancels)...</source>
        <translation>En attente du retour du navigateur vers %1 (jusqu'à %2 s ; Ctrl+C pour annuler)...</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in with %1...</source>
        <translation>Le navigateur est revenu ; finalisation de la connexion avec %1...</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is already an account named "%1".</source>
        <translation>Il existe déjà un compte nommé "%1".</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>Il n'existe aucun compte "%1".</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier pour %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>The account file %1 cannot be read: %2.</source>
        <extracomment>%1 is a file path; %2 is the system's error message</extracomment>
        <translation>Le fichier de comptes %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The account file %1 is not valid JSON (line %2: %3).</source>
        <extracomment>%1 is a file path, %2 a line number, %3 the parser's error message</extracomment>
        <translation>Le fichier de comptes %1 n'est pas un JSON valide (ligne %2 : %3).</translation>
    </message>
    <message>
        <source>The account file %1 is not a Stamp account list.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Le fichier de comptes %1 n'est pas une liste de comptes Stamp.</translation>
    </message>
    <message>
        <source>The account file %1 was written by a newer version of Stamp (format %2).</source>
        <extracomment>%1 is a file path, %2 the file's format version number</extracomment>
        <translation>Le fichier de comptes %1 a été écrit par une version plus récente de Stamp (format %2).</translation>
    </message>
    <message>
        <source>The account file %1 has an unusable entry: %2.</source>
        <extracomment>%1 is a file path; %2 says what is wrong with the entry</extracomment>
        <translation>Le fichier de comptes %1 contient une entrée inutilisable : %2.</translation>
    </message>
    <message>
        <source>It was left as it is; fix or remove it, then try again.</source>
        <translation>Il a été laissé tel quel ; corrigez-le ou supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>A copy was kept as %1; fix or remove the file, then try again.</source>
        <extracomment>%1 is the path of the copy</extracomment>
        <translation>Une copie a été conservée sous %1 ; corrigez ou supprimez le fichier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>%1 (character %2)</source>
        <translation>%1 (caractère %2)</translation>
    </message>
    <message>
        <source>"%1": %2 (character %3)</source>
        <translation>"%1" : %2 (caractère %3)</translation>
    </message>
    <message>
        <source>a group needs a name before the colon</source>
        <translation>un groupe doit avoir un nom avant les deux-points</translation>
    </message>
    <message>
        <source>a group cannot contain another group</source>
        <translation>un groupe ne peut pas contenir un autre groupe</translation>
    </message>
    <message>
        <source>this is not an address: it has no @ (an address looks like name@example.com)</source>
        <translation>ce n'est pas une adresse : il n'y a pas de @ (une adresse ressemble à nom@exemple.com)</translation>
    </message>
    <message>
        <source>unexpected "%1"</source>
        <translation>"%1" inattendu</translation>
    </message>
    <message>
        <source>there is nothing between &lt; and &gt;</source>
        <translation>il n'y a rien entre &lt; et &gt;</translation>
    </message>
    <message>
        <source>there is no @ between &lt; and &gt; (an address looks like name@example.com)</source>
        <translation>il n'y a pas de @ entre &lt; et &gt; (une adresse ressemble à nom@exemple.com)</translation>
    </message>
    <message>
        <source>this &lt; is never closed with &gt;</source>
        <translation>ce &lt; n'est jamais fermé par &gt;</translation>
    </message>
    <message>
        <source>unexpected "%1" inside &lt; and &gt;</source>
        <translation>"%1" inattendu entre &lt; et &gt;</translation>
    </message>
    <message>
        <source>there is nothing before the @</source>
        <translation>il n'y a rien avant le @</translation>
    </message>
    <message>
        <source>there is a space before the @</source>
        <translation>il y a une espace avant le @</translation>
    </message>
    <message>
        <source>the address contains a space</source>
        <translation>l'adresse contient une espace</translation>
    </message>
    <message>
        <source>a name and an address need angle brackets, as in: %1 &lt;%2@%3&gt;</source>
        <translation>un nom et une adresse nécessitent des chevrons, comme dans : %1 &lt;%2@%3&gt;</translation>
    </message>
    <message>
        <source>the part before the @ starts with a dot</source>
        <translation>la partie avant le @ commence par un point</translation>
    </message>
    <message>
        <source>the part before the @ ends with a dot</source>
        <translation>la partie avant le @ se termine par un point</translation>
    </message>
    <message>
        <source>the part before the @ has two dots in a row</source>
        <translation>la partie avant le @ contient deux points consécutifs</translation>
    </message>
    <message>
        <source>unexpected "%1" before the @</source>
        <translation>"%1" inattendu avant le @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 bytes</source>
        <translation>la partie avant le @ dépasse 64 octets</translation>
    </message>
    <message>
        <source>the address is longer than 254 bytes</source>
        <translation>l'adresse dépasse 254 octets</translation>
    </message>
    <message>
        <source>there is nothing after the @</source>
        <translation>il n'y a rien après le @</translation>
    </message>
    <message>
        <source>there is a space after the @</source>
        <translation>il y a une espace après le @</translation>
    </message>
    <message>
        <source>the address has two @</source>
        <translation>l'adresse contient deux @</translation>
    </message>
    <message>
        <source>the domain starts with a dot</source>
        <translation>le domaine commence par un point</translation>
    </message>
    <message>
        <source>"[%1]" is not an IP address literal</source>
        <translation>"[%1]" n'est pas une adresse IP littérale</translation>
    </message>
    <message>
        <source>unexpected "%1" after the @</source>
        <translation>"%1" inattendu après le @</translation>
    </message>
    <message>
        <source>the domain has two dots in a row</source>
        <translation>le domaine contient deux points consécutifs</translation>
    </message>
    <message>
        <source>the domain ends with a dot</source>
        <translation>le domaine se termine par un point</translation>
    </message>
    <message>
        <source>a comma is missing before "%1"</source>
        <translation>il manque une virgule avant "%1"</translation>
    </message>
    <message>
        <source>unexpected "%1" after the address</source>
        <translation>"%1" inattendu après l'adresse</translation>
    </message>
    <message>
        <source>the domain is empty</source>
        <translation>le domaine est vide</translation>
    </message>
    <message>
        <source>"%1" is not a valid internationalised domain name</source>
        <translation>"%1" n'est pas un nom de domaine internationalisé valide</translation>
    </message>
    <message>
        <source>the domain is longer than 253 characters</source>
        <translation>le domaine dépasse 253 caractères</translation>
    </message>
    <message>
        <source>the domain part "%1" is longer than 63 characters</source>
        <translation>la partie de domaine "%1" dépasse 63 caractères</translation>
    </message>
    <message>
        <source>the domain contains "%1", which a domain name cannot have</source>
        <translation>le domaine contient "%1", qu'un nom de domaine ne peut pas contenir</translation>
    </message>
    <message>
        <source>the domain part "%1" starts or ends with a hyphen</source>
        <translation>la partie de domaine "%1" commence ou se termine par un trait d'union</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>l'adresse est vide</translation>
    </message>
    <message>
        <source>the address needs the form name@domain</source>
        <translation>l'adresse doit avoir la forme nom@domaine</translation>
    </message>
    <message>
        <source>unexpected "("</source>
        <translation>"(" inattendu</translation>
    </message>
    <message>
        <source>only one address is allowed here</source>
        <translation>une seule adresse est autorisée ici</translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in an address</source>
        <translation>le caractère de contrôle U+%1 n'est pas autorisé dans une adresse</translation>
    </message>
    <message>
        <source>a line break is not allowed in an address</source>
        <translation>un saut de ligne n'est pas autorisé dans une adresse</translation>
    </message>
    <message>
        <source>this quotation mark is never closed</source>
        <translation>ces guillemets ne sont jamais fermés</translation>
    </message>
    <message>
        <source>this "%1" is never closed with "%2"</source>
        <translation>ce "%1" n'est jamais fermé par "%2"</translation>
    </message>
</context>
<context>
    <name>AuthExchange</name>
    <message>
        <source>Refusing to send the password without encryption to %1.</source>
        <translation>Refus d'envoyer le mot de passe sans chiffrement à %1.</translation>
    </message>
    <message>
        <source>The server does not offer a password mechanism; it offers no authentication at all.</source>
        <translation>Le serveur ne propose aucun mécanisme par mot de passe ; il ne propose aucune authentification.</translation>
    </message>
    <message>
        <source>The server does not offer a password mechanism; it offers %1.</source>
        <extracomment>%1 lists the SASL mechanism names the server offers, e.g. "XOAUTH2 OAUTHBEARER"</extracomment>
        <translation>Le serveur ne propose aucun mécanisme par mot de passe ; il propose %1.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers no authentication at all.</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN or XOAUTH2</extracomment>
        <translation>Le serveur ne propose pas %1 ; il ne propose aucune authentification.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers %2.</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN; %2 lists the names the server offers</extracomment>
        <translation>Le serveur ne propose pas %1 ; il propose %2.</translation>
    </message>
    <message>
        <source>The server sent another authentication challenge after the last answer.</source>
        <translation>Le serveur a envoyé un autre défi d'authentification après la dernière réponse.</translation>
    </message>
    <message>
        <source>The server sent an authentication challenge that is not valid base64.</source>
        <translation>Le serveur a envoyé un défi d'authentification qui n'est pas du base64 valide.</translation>
    </message>
    <message>
        <source>Authentication stopped: %1</source>
        <translation>Authentification interrompue : %1</translation>
    </message>
    <message>
        <source>The server accepted the login but did not prove its identity: %1</source>
        <translation>Le serveur a accepté l'authentification mais n'a pas prouvé son identité : %1</translation>
    </message>
    <message>
        <source>Authenticated with %1</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN or XOAUTH2</extracomment>
        <translation>Authentifié avec %1</translation>
    </message>
    <message>
        <source>The server refused the user name on the AUTH line; asking again without it.</source>
        <translation>Le serveur a refusé le nom d'utilisateur sur la ligne AUTH ; nouvelle demande sans celui-ci.</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Échec de l'authentification : %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1 (server detail: %2)</source>
        <extracomment>%1 is the server's reply; %2 is the server's explanation of a refused token</extracomment>
        <translation>Échec de l'authentification : %1 (détail du serveur : %2)</translation>
    </message>
    <message>
        <source>The login was refused; the server's replies to the message's commands, sent with the login, decide what happened to it.</source>
        <translation>L'authentification a été refusée ; ce sont les réponses du serveur aux commandes du message, envoyées avec l'authentification, qui indiquent ce qu'il en est advenu.</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>an outgoingServer has no hostname</source>
        <translation>un outgoingServer n'a pas de nom d'hôte</translation>
    </message>
    <message>
        <source>outgoingServer %1 has no valid port</source>
        <translation>l'outgoingServer %1 n'a pas de port valide</translation>
    </message>
    <message>
        <source>outgoingServer %1 has an unknown socketType "%2"</source>
        <translation>l'outgoingServer %1 a un socketType inconnu "%2"</translation>
    </message>
    <message>
        <source>stamp:oauthMechanism must be xoauth2 or oauthbearer, not "%1"</source>
        <translation>stamp:oauthMechanism doit valoir xoauth2 ou oauthbearer, et non "%1"</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;clientConfig&gt;</source>
        <translation>l'élément racine est &lt;%1&gt;, et non &lt;clientConfig&gt;</translation>
    </message>
    <message>
        <source>no &lt;emailProvider&gt; element</source>
        <translation>aucun élément &lt;emailProvider&gt;</translation>
    </message>
    <message>
        <source>no usable &lt;outgoingServer type="smtp"&gt;</source>
        <translation>aucun &lt;outgoingServer type="smtp"&gt; utilisable</translation>
    </message>
    <message>
        <source>stamp:dkimSelector form must be txt or cname, not "%1"</source>
        <translation>la forme d'un stamp:dkimSelector doit être txt ou cname, pas "%1"</translation>
    </message>
    <message>
        <source>a stamp:dkimSelector has no selector name</source>
        <translation>un stamp:dkimSelector n'a pas de nom de sélecteur</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>HELO only (no ESMTP extensions)</source>
        <translation>HELO uniquement (pas d'extensions ESMTP)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Connect to an SMTP server, negotiate TLS, read its capabilities and optionally log in. Sends no mail.</source>
        <translation>Se connecter à un serveur SMTP, négocier TLS, lire ses capacités et, si demandé, s'authentifier. N'envoie aucun message.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous forme d'un seul objet JSON.</translation>
    </message>
    <message>
        <source>With --account: also send a test message to the account's own address.</source>
        <translation>Avec --account : envoyer aussi un message de test à l'adresse du compte lui-même.</translation>
    </message>
    <message>
        <source>Run 'stamp check --help' for the options.</source>
        <translation>Lancez 'stamp check --help' pour voir les options.</translation>
    </message>
    <message>
        <source>--send-test needs --account.</source>
        <translation>--send-test nécessite --account.</translation>
    </message>
    <message>
        <source>Server:       %1 port %2 (%3)</source>
        <translation>Serveur :          %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>Login:        accepted (%1)</source>
        <translation>Authentification : acceptée (%1)</translation>
    </message>
    <message>
        <source>Login:        not tried (no --user)</source>
        <translation>Authentification : non tentée (pas de --user)</translation>
    </message>
    <message>
        <source>stamp check: failed</source>
        <translation>stamp check : échec</translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation>Vérification réussie.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system's.</source>
        <translation>Interroger ce serveur DNS (une adresse IP) au lieu de celui du système.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>"%1" n'est pas une adresse IP.</translation>
    </message>
    <message>
        <source>--nameserver needs --account.</source>
        <translation>--nameserver nécessite --account.</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Connection check for %1: %2 port %3 (%4)</source>
        <translation>Vérification de la connexion pour %1 : %2 port %3 (%4)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Result: all checks passed</source>
        <translation>Résultat : toutes les vérifications ont réussi</translation>
    </message>
    <message>
        <source>Result: the check failed</source>
        <translation>Résultat : la vérification a échoué</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Add, list, show or remove saved accounts; set a password or sign in</source>
        <translation>Ajouter, lister, afficher ou supprimer les comptes enregistrés ; définir un mot de passe ou se connecter</translation>
    </message>
    <message>
        <source>Save an account</source>
        <translation>Enregistrer un compte</translation>
    </message>
    <message>
        <source>List the saved accounts</source>
        <translation>Lister les comptes enregistrés</translation>
    </message>
    <message>
        <source>Show an account's settings</source>
        <translation>Afficher les paramètres d'un compte</translation>
    </message>
    <message>
        <source>Remove an account and its keychain secrets</source>
        <translation>Supprimer un compte et ses secrets du trousseau</translation>
    </message>
    <message>
        <source>Save an account's password in the keychain</source>
        <translation>Enregistrer le mot de passe d'un compte dans le trousseau</translation>
    </message>
    <message>
        <source>Sign in again in the browser (OAuth accounts)</source>
        <translation>Se reconnecter dans le navigateur (comptes OAuth)</translation>
    </message>
    <message>
        <source>Connect, negotiate TLS, read the capabilities, optionally log in; sends no mail</source>
        <translation>Se connecter au serveur, négocier TLS, lire les capacités, éventuellement s'authentifier ; n'envoie aucun message</translation>
    </message>
    <message>
        <source>Stamp sends mail through your provider's SMTP submission server and explains every failure.

Commands:
</source>
        <translation>Stamp envoie du courrier via le serveur de soumission SMTP de votre fournisseur et explique chaque échec.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run 'stamp COMMAND --help' for a command's options.

Exit status: 0 sent to every recipient (or check passed), 1 some recipients refused,
2 usage error, 3 not sent (the reason is printed on standard error).</source>
        <translation>
Lancez 'stamp COMMAND --help' pour les options d'une commande.

Code de sortie : 0 envoyé à tous les destinataires (ou vérification réussie), 1 certains destinataires refusés,
2 erreur d'utilisation, 3 non envoyé (la raison est affichée sur la sortie d'erreur standard).</translation>
    </message>
    <message>
        <source>the command to run (see below)</source>
        <translation>la commande à exécuter (voir ci-dessous)</translation>
    </message>
    <message>
        <source>Copyright 2026 The Stamp developers.
License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://gnu.org/licenses/gpl.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
</source>
        <translation>Copyright 2026 Les développeurs de Stamp.
Licence GPL-3.0-or-later : GNU GPL version 3 ou ultérieure &lt;https://gnu.org/licenses/gpl.html&gt;.
Ceci est un logiciel libre : vous êtes libre de le modifier et de le redistribuer.
Il n'y a AUCUNE GARANTIE, dans les limites permises par la loi.
</translation>
    </message>
    <message>
        <source>stamp: unknown command "%1"
</source>
        <translation>stamp: commande inconnue "%1"
</translation>
    </message>
    <message>
        <source>Run 'stamp --help' for the list of commands.
</source>
        <translation>Lancez 'stamp --help' pour la liste des commandes.
</translation>
    </message>
    <message>
        <source>Print the shell completion script for bash, zsh or fish</source>
        <translation>Afficher le script de complétion du shell pour bash, zsh ou fish</translation>
    </message>
    <message>
        <source>For bash: load it with 'source &lt;(stamp completion bash)' in ~/.bashrc</source>
        <translation>Pour bash : chargez-le avec 'source &lt;(stamp completion bash)' dans ~/.bashrc</translation>
    </message>
    <message>
        <source>For zsh: save it as _stamp in a directory on $fpath</source>
        <translation>Pour zsh : enregistrez-le sous le nom _stamp dans un répertoire de $fpath</translation>
    </message>
    <message>
        <source>For fish: save it as ~/.config/fish/completions/stamp.fish</source>
        <translation>Pour fish : enregistrez-le sous ~/.config/fish/completions/stamp.fish</translation>
    </message>
    <message>
        <source>Open the window with a new message, from a mailto: link if given</source>
        <translation>Ouvrir la fenêtre avec un nouveau message, à partir d'un lien mailto: s'il est fourni</translation>
    </message>
    <message>
        <source>Find the submission server for an address (no login)</source>
        <translation>Trouver le serveur de soumission d'une adresse (sans authentification)</translation>
    </message>
    <message>
        <source>The outbox: list, flush (send what is due), retry ID, remove ID, sent, transcript ID</source>
        <translation>La boîte d'envoi : list, flush (envoyer ce qui est prévu), retry ID, remove ID, sent, transcript ID</translation>
    </message>
    <message>
        <source>every message: state, reason, next try, per-recipient results</source>
        <translation>chaque message : état, raison, prochain essai, résultat par destinataire</translation>
    </message>
    <message>
        <source>send every due message now and return when done</source>
        <translation>envoyer maintenant chaque message prévu et rendre la main une fois terminé</translation>
    </message>
    <message>
        <source>queue a failed, deferred or uncertain message again (refused recipients only)</source>
        <translation>remettre en attente un message en échec, différé ou incertain (seulement les destinataires refusés)</translation>
    </message>
    <message>
        <source>delete a message from the outbox</source>
        <translation>supprimer un message de la boîte d'envoi</translation>
    </message>
    <message>
        <source>sent messages kept, and each account's count for the last 24 hours</source>
        <translation>les messages envoyés conservés et, pour chaque compte, le nombre d'envois des dernières 24 heures</translation>
    </message>
    <message>
        <source>the session transcript kept with a sent message</source>
        <translation>la transcription de la session conservée avec un message envoyé</translation>
    </message>
    <message>
        <source>Write the message 'send' would send, without sending it</source>
        <translation>Écrire le message que 'send' enverrait, sans l'envoyer</translation>
    </message>
    <message>
        <source>Send a message (from --eml FILE, or --subject and --body)</source>
        <translation>Envoyer un message (depuis --eml FILE, ou --subject et --body)</translation>
    </message>
    <message>
        <source>Check that a sending domain's DNS lets its mail arrive (SPF, DKIM, DMARC)</source>
        <translation>Vérifier que le DNS d'un domaine d'envoi permet à ses messages d'arriver (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>Check MX, SPF, DKIM, DMARC, MTA-STS and TLS-RPT, with the records to publish</source>
        <translation>Vérifier MX, SPF, DKIM, DMARC, MTA-STS et TLS-RPT, avec les enregistrements à publier</translation>
    </message>
    <message>
        <source>Run the sandbox mail server on this computer, optionally misbehaving</source>
        <translation>Lancer le serveur de messagerie du bac à sable sur cet ordinateur, éventuellement en simulant des pannes</translation>
    </message>
    <message>
        <source>Message templates: list, show NAME, delete NAME</source>
        <translation>Modèles de message : list, show NAME, delete NAME</translation>
    </message>
    <message>
        <source>every template: name, subject, recipients</source>
        <translation>chaque modèle : nom, objet, destinataires</translation>
    </message>
    <message>
        <source>a template's fields, attachments and text</source>
        <translation>les champs, les pièces jointes et le texte d'un modèle</translation>
    </message>
    <message>
        <source>delete a template</source>
        <translation>supprimer un modèle</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird or msmtp (shows them first)</source>
        <translation>Importer des comptes depuis Thunderbird ou msmtp (en les affichant d'abord)</translation>
    </message>
    <message>
        <source>Write an account as an msmtp configuration, without its password</source>
        <translation>Écrire un compte sous forme de configuration msmtp, sans son mot de passe</translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <source>Print the script that lets SHELL complete stamp's commands, options and their values. Packages install it already; this is for a copy installed by hand.</source>
        <translation>Afficher le script qui permet à SHELL de compléter les commandes de stamp, leurs options et leurs valeurs. Les paquets l'installent déjà ; ceci sert pour une copie installée à la main.</translation>
    </message>
    <message>
        <source>bash, zsh or fish</source>
        <translation>bash, zsh ou fish</translation>
    </message>
    <message>
        <source>name one shell: bash, zsh or fish.</source>
        <translation>indiquez un seul shell : bash, zsh ou fish.</translation>
    </message>
    <message>
        <source>Run 'stamp completion --help' for more.</source>
        <translation>Lancez 'stamp completion --help' pour en savoir plus.</translation>
    </message>
</context>
<context>
    <name>ComposeCommand</name>
    <message>
        <source>Open Stamp's window with a new message. Each mailto: link (RFC 6068) fills in a message's To, Cc, Bcc, subject and text; nothing is sent until you send it. Other fields a link carries (attachments, the sender, other headers) are left out and named in the window. When Stamp is already open, the message opens there. 'stamp mailto:...' does the same.</source>
        <translation>Ouvrir la fenêtre de Stamp avec un nouveau message. Chaque lien mailto: (RFC 6068) remplit les champs À, Cc et Cci, l'objet et le texte d'un message ; rien ne part tant que vous ne l'envoyez pas. Les autres champs qu'un lien contient (pièces jointes, expéditeur, autres en-têtes) sont ignorés et signalés dans la fenêtre. Si Stamp est déjà ouvert, le message s'y ouvre. 'stamp mailto:...' fait la même chose.</translation>
    </message>
    <message>
        <source>mailto: links, one message each.</source>
        <translation>Liens mailto:, un message par lien.</translation>
    </message>
    <message>
        <source>"%1" is not a mailto: link.</source>
        <translation>"%1" n'est pas un lien mailto:.</translation>
    </message>
    <message>
        <source>Run 'stamp compose --help' for the usage.</source>
        <translation>Lancez 'stamp compose --help' pour voir l'utilisation.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ConnectionSetup</name>
    <message>
        <source>No server host name was given.</source>
        <translation>Aucun nom d'hôte de serveur n'a été indiqué.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).</source>
        <translation>L'empreinte du certificat épinglé ne comporte pas 64 chiffres hexadécimaux (SHA-256).</translation>
    </message>
    <message>
        <source>The CA file "%1" cannot be read: %2.</source>
        <translation>Le fichier CA "%1" ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The CA file "%1" holds no PEM certificate.</source>
        <translation>Le fichier CA "%1" ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <extracomment>%1 is a host name, %2 a port number, %3 the security mode (starttls, tls or none)</extracomment>
        <translation>Connexion à %1, port %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <extracomment>%1 is an IP address, %2 a port number</extracomment>
        <translation>Connecté à %1, port %2</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Le serveur a refusé la session : %1</translation>
    </message>
    <message>
        <source>Certificate not verified (%1), but it is the pinned certificate %2</source>
        <extracomment>%1 lists the certificate errors; %2 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Certificat non vérifié (%1), mais c'est le certificat épinglé %2</translation>
    </message>
    <message>
        <source>Certificate verification failed: %1</source>
        <extracomment>%1 lists the certificate errors</extracomment>
        <translation>Échec de la vérification du certificat : %1</translation>
    </message>
    <message>
        <source>The server's certificate (SHA-256 %1) is not the pinned one.</source>
        <extracomment>%1 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Le certificat du serveur (SHA-256 %1) n'est pas celui qui a été épinglé.</translation>
    </message>
    <message>
        <source>The certificate does not name %1 among its DNS names (%2); its common name does not count when it lists any (RFC 6125).</source>
        <extracomment>%1 is a host name; %2 lists the DNS names in the certificate</extracomment>
        <translation>Le certificat ne mentionne pas %1 parmi ses noms DNS (%2) ; son nom commun (CN) ne compte pas lorsqu'il en indique (RFC 6125).</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4, valid until %5; %6</source>
        <extracomment>TLS summary in the log: %1 is the TLS version, %2 the cipher, %3 and %4 the certificate's subject and issuer, %5 its expiry date, %6 "trusted by pin" or "verified"</extracomment>
        <translation>%1, %2 ; certificat %3, émis par %4, valide jusqu'à %5 ; %6</translation>
    </message>
    <message>
        <source>trusted by pin</source>
        <translation>de confiance car épinglé</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>Server offers: %1</source>
        <extracomment>%1 lists the SMTP extensions the server announced</extracomment>
        <translation>Le serveur propose : %1</translation>
    </message>
    <message>
        <source>EHLO refused; trying HELO</source>
        <translation>EHLO refusé ; essai avec HELO</translation>
    </message>
    <message>
        <source>The server refused EHLO: %1</source>
        <translation>Le serveur a refusé EHLO : %1</translation>
    </message>
    <message>
        <source>The server refused HELO: %1</source>
        <translation>Le serveur a refusé HELO : %1</translation>
    </message>
    <message>
        <source>Server speaks plain SMTP (no extensions)</source>
        <translation>Le serveur utilise SMTP simple (sans extensions)</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, which this account requires.</source>
        <translation>Le serveur ne propose pas STARTTLS, que ce compte exige.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Le serveur a refusé STARTTLS : %1</translation>
    </message>
    <message>
        <source>Sent after the 220, before TLS (discarded): "%1"</source>
        <extracomment>%1 is the data the server sent</extracomment>
        <translation>Envoyé après le 220, avant TLS (ignoré) : "%1"</translation>
    </message>
    <message>
        <source>The server sent unexpected data right after agreeing to STARTTLS.</source>
        <translation>Le serveur a envoyé des données inattendues juste après avoir accepté STARTTLS.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 through %3</source>
        <extracomment>%1 is a host name, %2 a port number, %3 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>Connexion à %1:%2 via %3</translation>
    </message>
    <message>
        <source>The host name of %1 could not be found.</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy proxy.example:1080"</extracomment>
        <translation>Nom d'hôte introuvable pour %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is it running?</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>Connexion refusée par %1 : est-il bien démarré ?</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password.</source>
        <extracomment>%1 names the proxy</extracomment>
        <translation>Un nom d'utilisateur et un mot de passe sont demandés par %1.</translation>
    </message>
    <message>
        <source>%1 refused the login of %2.</source>
        <extracomment>%1 names the proxy, %2 is a user name</extracomment>
        <translation>Authentification de %2 refusée par %1.</translation>
    </message>
    <message>
        <source>%1 does not allow connections to %2 port %3.</source>
        <extracomment>%1 names the proxy, %2 a host name, %3 a port number</extracomment>
        <translation>Les connexions à %2 port %3 ne sont pas autorisées par %1.</translation>
    </message>
    <message>
        <source>%1 could not reach %2 port %3: %4</source>
        <extracomment>%1 names the proxy, %2 a host name, %3 a port number, %4 what the proxy reported</extracomment>
        <translation>Impossible pour %1 de joindre %2 port %3 : %4</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 names the proxy, %2 is the network library's error message</extracomment>
        <translation>Échec du passage par %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConsoleReport</name>
    <message numerus="yes">
        <source>Sent to %n recipient(s): %1</source>
        <translation>
            <numerusform>Envoyé à %n destinataire : %1</numerusform>
            <numerusform>Envoyé à %n destinataires : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>stamp: outcome unknown</source>
        <translation>stamp : résultat inconnu</translation>
    </message>
    <message>
        <source>stamp: not sent</source>
        <translation>stamp : non envoyé</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>The whole message had been sent before the connection failed, so the server may have accepted it. Check the recipients' mailboxes or the Sent folder before sending it again.</source>
        <translation>Le message complet avait été envoyé avant l'échec de la connexion, le serveur l'a donc peut-être accepté. Vérifiez les boîtes aux lettres des destinataires ou le dossier Envoyés avant de le renvoyer.</translation>
    </message>
    <message>
        <source>Refused: %1 - %2</source>
        <translation>Refusé : %1 - %2</translation>
    </message>
    <message>
        <source>TLS:          not used</source>
        <translation>TLS :              non utilisé</translation>
    </message>
    <message>
        <source>TLS:          %1, %2</source>
        <translation>TLS :              %1, %2</translation>
    </message>
    <message>
        <source>TLS:          handshake not completed</source>
        <translation>TLS :              négociation non terminée</translation>
    </message>
    <message>
        <source>Certificate:  %1</source>
        <translation>Certificat :       %1</translation>
    </message>
    <message>
        <source>Issuer:       %1</source>
        <translation>Émetteur :         %1</translation>
    </message>
    <message>
        <source>Names:        %1</source>
        <translation>Noms :             %1</translation>
    </message>
    <message>
        <source>Valid:        %1 to %2</source>
        <translation>Valide :           du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256:      %1</source>
        <translation>SHA-256 :          %1</translation>
    </message>
    <message>
        <source>Trust:        pinned certificate (%1)</source>
        <translation>Confiance :        certificat épinglé (%1)</translation>
    </message>
    <message>
        <source>Trust:        verified</source>
        <translation>Confiance :        vérifié</translation>
    </message>
    <message>
        <source>Trust:        NOT verified: %1</source>
        <translation>Confiance :        NON vérifié : %1</translation>
    </message>
    <message>
        <source>The server presented this certificate:</source>
        <translation>Le serveur a présenté ce certificat :</translation>
    </message>
    <message>
        <source>Only if you have confirmed this fingerprint with the server's administrator, you can trust exactly this certificate with:</source>
        <translation>Uniquement si vous avez confirmé cette empreinte auprès de l'administrateur du serveur, vous pouvez faire confiance à ce certificat précis avec :</translation>
    </message>
    <message>
        <source>Extensions:   %1</source>
        <translation>Extensions :       %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCatalog</name>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Serveur introuvable</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Either it is misspelled, or this computer is not connected to the internet.</source>
        <translation>Le nom de serveur %1 est introuvable. Soit il est mal orthographié, soit cet ordinateur n'est pas connecté à Internet.</translation>
    </message>
    <message>
        <source>Check the server name in the account (for example smtp.gmail.com, not gmail.com) and your internet connection.</source>
        <translation>Vérifiez le nom du serveur dans le compte (par exemple smtp.gmail.com, et non gmail.com) et votre connexion Internet.</translation>
    </message>
    <message>
        <source>The mail server is not answering right now</source>
        <translation>Le serveur de messagerie ne répond pas pour le moment</translation>
    </message>
    <message>
        <source>%1 has accepted connections from Stamp before but cannot be reached now: it is probably restarting or down for maintenance.</source>
        <translation>%1 a déjà accepté des connexions de Stamp mais est injoignable pour l'instant : il est probablement en cours de redémarrage ou en maintenance.</translation>
    </message>
    <message>
        <source>Nothing to change: the message waits in the Outbox, Stamp tries again every minute and sends it as soon as the server answers. If this lasts for hours, ask your provider whether the service is down.</source>
        <translation>Rien à modifier : le message attend dans la Boîte d'envoi, Stamp réessaie chaque minute et l'envoie dès que le serveur répond. Si cela dure des heures, demandez à votre fournisseur si le service est en panne.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>%1 refused the connection on this port: no mail service is listening there, or a firewall rejects it.</source>
        <translation>%1 a refusé la connexion sur ce port : aucun service de messagerie n'y écoute, ou un pare-feu la rejette.</translation>
    </message>
    <message>
        <source>Check the port in the account: 587 with STARTTLS or 465 with SSL/TLS are the usual ones for sending. If they are right, the server may be down; try again later.</source>
        <translation>Vérifiez le port dans le compte : 587 avec STARTTLS ou 465 avec SSL/TLS sont les ports habituels pour l'envoi. S'ils sont corrects, le serveur est peut-être en panne ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>No network route to the server</source>
        <translation>Aucune route réseau vers le serveur</translation>
    </message>
    <message>
        <source>This computer has no way to reach %1: it is offline, or the network (a VPN or firewall) blocks the way.</source>
        <translation>Cet ordinateur n'a aucun moyen d'atteindre %1 : il est hors ligne, ou le réseau (un VPN ou un pare-feu) bloque le chemin.</translation>
    </message>
    <message>
        <source>Check your internet connection; the message can go once you are back online.</source>
        <translation>Vérifiez votre connexion Internet ; le message pourra partir dès que vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>Le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt in time. The server may be down, or a firewall may silently drop connections to this port.</source>
        <translation>%1 n'a pas répondu à temps à la tentative de connexion. Le serveur est peut-être en panne, ou un pare-feu ignore silencieusement les connexions vers ce port.</translation>
    </message>
    <message>
        <source>Check the server name and port. Some public and hotel networks block mail ports; try another network, or try again later.</source>
        <translation>Vérifiez le nom du serveur et le port. Certains réseaux publics et d'hôtels bloquent les ports de messagerie ; essayez un autre réseau, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server never said hello</source>
        <translation>Le serveur n'a jamais envoyé de message d'accueil</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting. Usually the port expects encryption from the start (SSL/TLS, typically port 465) while the account is set to STARTTLS or no encryption.</source>
        <translation>%1 a accepté la connexion mais n'a envoyé aucun message d'accueil. En général, le port attend un chiffrement dès le début (SSL/TLS, habituellement le port 465) alors que le compte est réglé sur STARTTLS ou sans chiffrement.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS for port 465, or STARTTLS for port 587. If the settings are right, the server may be overloaded; try again later.</source>
        <translation>Réglez la sécurité sur SSL/TLS pour le port 465, ou sur STARTTLS pour le port 587. Si les paramètres sont corrects, le serveur est peut-être surchargé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>No confirmation: the message may have been sent</source>
        <translation>Aucune confirmation : le message a peut-être été envoyé</translation>
    </message>
    <message>
        <source>No reply came from %1 %2, so it is not known whether the server accepted the message: it may have been delivered.</source>
        <translation>%1 n'a pas répondu %2 : on ne sait donc pas si le serveur a accepté le message. Il a peut-être été distribué.</translation>
    </message>
    <message>
        <source>Before sending again, ask a recipient or look in your webmail's Sent folder whether it arrived, so that it is not delivered twice.</source>
        <translation>Avant de renvoyer le message, demandez à un destinataire ou regardez dans le dossier Envoyés de votre webmail s'il est arrivé, afin qu'il ne soit pas distribué deux fois.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Le serveur a cessé de répondre</translation>
    </message>
    <message>
        <source>The time limit ran out %2 without a response from %1. The message was not sent.</source>
        <translation>Le délai a expiré %2 sans que %1 réponde. Le message n'a pas été envoyé.</translation>
    </message>
    <message>
        <source>Try again later. If it stops at the same step every time, send the session log to the server's administrator.</source>
        <translation>Réessayez plus tard. Si l'envoi s'arrête chaque fois à la même étape, envoyez le journal de session à l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>Connection lost: the message may have been sent</source>
        <translation>Connexion perdue : le message a peut-être été envoyé</translation>
    </message>
    <message>
        <source>The connection to %1 was lost %2, so it is not known whether the server accepted the message: it may have been delivered.</source>
        <translation>La connexion avec %1 a été perdue %2 : on ne sait donc pas si le serveur a accepté le message. Il a peut-être été distribué.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>The connection to %1 ended unexpectedly %2, without a reason given. The message was not sent.</source>
        <translation>La connexion avec %1 s'est interrompue de façon inattendue %2, sans raison indiquée. Le message n'a pas été envoyé.</translation>
    </message>
    <message>
        <source>Try again later. If it happens every time, check that the security setting matches the port and look at the session log.</source>
        <translation>Réessayez plus tard. Si cela se produit chaque fois, vérifiez que le paramètre de sécurité correspond au port et consultez le journal de session.</translation>
    </message>
    <message>
        <source>The server's answer was not valid SMTP</source>
        <translation>La réponse du serveur n'était pas du SMTP valide</translation>
    </message>
    <message>
        <source>Stamp received an answer from %1 %2 that does not follow the mail protocol, so it stopped. The port may belong to another service, or something on the network is interfering.</source>
        <translation>%1 a envoyé %2 une réponse qui ne respecte pas le protocole de messagerie ; Stamp s'est donc arrêté. Le port appartient peut-être à un autre service, ou un élément du réseau interfère.</translation>
    </message>
    <message>
        <source>Check that the host and port are your provider's mail sending server (port 587 or 465). If they are, try another network and send the session log to the server's administrator.</source>
        <translation>Vérifiez que l'hôte et le port sont ceux du serveur sortant de votre fournisseur (port 587 ou 465). Si c'est le cas, essayez un autre réseau et envoyez le journal de session à l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Échec de l'envoi</translation>
    </message>
    <message>
        <source>Sending failed %2, for a reason Stamp cannot pin down further.</source>
        <translation>L'envoi a échoué %2, pour une raison que Stamp ne peut pas préciser davantage.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, look at the session log, or send it to Stamp's developers.</source>
        <translation>Réessayez. Si l'échec persiste, consultez le journal de session ou envoyez-le aux développeurs de Stamp.</translation>
    </message>
    <message>
        <source>Google needs an app password</source>
        <translation>Google exige un mot de passe d'application</translation>
    </message>
    <message>
        <source>Your Google account uses 2-Step Verification, so Gmail does not accept your normal password from a mail program.</source>
        <translation>Votre compte Google utilise la validation en deux étapes : Gmail n'accepte donc pas votre mot de passe habituel depuis un logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Create an app password in your Google Account (Security, 2-Step Verification, App passwords; myaccount.google.com/apppasswords) and enter it as this account's password. Or switch the account to OAuth sign-in with Google.</source>
        <translation>Créez un mot de passe d'application dans votre compte Google (Sécurité, Validation en deux étapes, Mots de passe des applications ; myaccount.google.com/apppasswords) et saisissez-le comme mot de passe de ce compte. Ou passez le compte à la connexion OAuth avec Google.</translation>
    </message>
    <message>
        <source>Google wants you to confirm this sign-in</source>
        <translation>Google vous demande de confirmer cette connexion</translation>
    </message>
    <message>
        <source>Google found this sign-in unusual and blocked it until you confirm it in a web browser.</source>
        <translation>Google a jugé cette connexion inhabituelle et l'a bloquée jusqu'à ce que vous la confirmiez dans un navigateur web.</translation>
    </message>
    <message>
        <source>Sign in to Gmail in a web browser on this computer, answer any security prompt, then send again. An app password or OAuth sign-in avoids this check.</source>
        <translation>Connectez-vous à Gmail dans un navigateur web sur cet ordinateur, répondez aux éventuelles questions de sécurité, puis renvoyez le message. Un mot de passe d'application ou la connexion OAuth évite cette vérification.</translation>
    </message>
    <message>
        <source>Gmail did not accept the user name or password</source>
        <translation>Gmail n'a pas accepté le nom d'utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>Google refused the sign-in. Gmail does not accept your normal Google password from mail programs: it needs an app password (or OAuth), and the user name must be your full address.</source>
        <translation>Google a refusé la connexion. Gmail n'accepte pas votre mot de passe Google habituel depuis un logiciel de messagerie : il faut un mot de passe d'application (ou OAuth), et le nom d'utilisateur doit être votre adresse complète.</translation>
    </message>
    <message>
        <source>Use your full Gmail address as the user name. Turn on 2-Step Verification, create an app password at myaccount.google.com/apppasswords and enter it as the password; or switch the account to OAuth sign-in with Google.</source>
        <translation>Utilisez votre adresse Gmail complète comme nom d'utilisateur. Activez la validation en deux étapes, créez un mot de passe d'application sur myaccount.google.com/apppasswords et saisissez-le comme mot de passe ; ou passez le compte à la connexion OAuth avec Google.</translation>
    </message>
    <message>
        <source>Daily sending limit reached</source>
        <translation>Limite quotidienne d'envoi atteinte</translation>
    </message>
    <message>
        <source>Your account has sent as many messages or recipients as the provider allows in a day (Gmail allows about 500), so this message was not sent.</source>
        <translation>Votre compte a envoyé autant de messages ou de destinataires que le fournisseur en autorise par jour (Gmail en autorise environ 500) : ce message n'a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>Wait up to 24 hours before sending again, and send to fewer recipients at a time. For regular mass mailings use a bulk-mail service.</source>
        <translation>Attendez jusqu'à 24 heures avant de renvoyer, et envoyez à moins de destinataires à la fois. Pour des envois en masse réguliers, utilisez un service d'envoi en masse.</translation>
    </message>
    <message>
        <source>Microsoft does not let this mailbox send through SMTP</source>
        <translation>Microsoft n'autorise pas cette boîte aux lettres à envoyer par SMTP</translation>
    </message>
    <message>
        <source>You signed in with Microsoft and the sign-in worked, but your organisation (its Microsoft 365 tenant) has sending through SMTP switched off for this mailbox. Signing in again does not change that.</source>
        <translation>Vous vous êtes connecté avec Microsoft et la connexion a fonctionné, mais votre organisation (son locataire Microsoft 365) a désactivé l'envoi par SMTP pour cette boîte aux lettres. Se reconnecter n'y change rien.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to turn on Authenticated SMTP for this mailbox (in the Microsoft 365 admin center: Users, the mailbox, Mail, Manage email apps) or for the organisation. Nothing in Stamp needs to change; send again once it is on.</source>
        <translation>Demandez à votre administrateur Microsoft 365 d'activer le SMTP authentifié pour cette boîte aux lettres (dans le Centre d'administration Microsoft 365 : Utilisateurs, la boîte aux lettres, Courrier, Gérer les applications de messagerie) ou pour l'organisation. Rien n'est à modifier dans Stamp ; renvoyez le message une fois l'option activée.</translation>
    </message>
    <message>
        <source>Microsoft has password sign-in for sending switched off</source>
        <translation>Microsoft a désactivé la connexion par mot de passe pour l'envoi</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in because sending with a password (SMTP AUTH) is disabled for your organisation or mailbox. Your password may well be correct.</source>
        <translation>Microsoft a refusé la connexion parce que l'envoi avec un mot de passe (SMTP AUTH) est désactivé pour votre organisation ou votre boîte aux lettres. Votre mot de passe est peut-être tout à fait correct.</translation>
    </message>
    <message>
        <source>Switch the account to OAuth sign-in, which Microsoft supports. For a work account your administrator can instead enable SMTP AUTH for your mailbox in the Microsoft 365 admin center (see aka.ms/smtp_auth_disabled).</source>
        <translation>Passez le compte à la connexion OAuth, que Microsoft prend en charge. Pour un compte professionnel, votre administrateur peut aussi activer SMTP AUTH pour votre boîte aux lettres dans le Centre d'administration Microsoft 365 (voir aka.ms/smtp_auth_disabled).</translation>
    </message>
    <message>
        <source>Microsoft did not accept the user name or password</source>
        <translation>Microsoft n'a pas accepté le nom d'utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>Microsoft says the user name or the password is wrong.</source>
        <translation>Microsoft indique que le nom d'utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Use your full email address as the user name and check the password. If your account uses multi-factor sign-in, a normal password does not work here: switch the account to OAuth sign-in.</source>
        <translation>Utilisez votre adresse e-mail complète comme nom d'utilisateur et vérifiez le mot de passe. Si votre compte utilise l'authentification multifacteur, un mot de passe normal ne fonctionne pas ici : passez le compte à la connexion OAuth.</translation>
    </message>
    <message>
        <source>Microsoft blocked this sign-in</source>
        <translation>Microsoft a bloqué cette connexion</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in because of a rule on the account, such as security defaults, conditional access or a locked account.</source>
        <translation>Microsoft a refusé la connexion en raison d'une règle appliquée au compte, comme les paramètres de sécurité par défaut, l'accès conditionnel ou un compte verrouillé.</translation>
    </message>
    <message>
        <source>Sign in at outlook.office.com to check the account, then ask your administrator. OAuth sign-in usually works where password sign-in is blocked.</source>
        <translation>Connectez-vous sur outlook.office.com pour vérifier le compte, puis contactez votre administrateur. La connexion OAuth fonctionne généralement là où la connexion par mot de passe est bloquée.</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in</source>
        <translation>Microsoft a refusé la connexion</translation>
    </message>
    <message>
        <source>Microsoft reported the sign-in as unsuccessful: either the user name or password is wrong, or sending with a password (SMTP AUTH) is off for this mailbox.</source>
        <translation>Microsoft a signalé l'échec de la connexion : soit le nom d'utilisateur ou le mot de passe est incorrect, soit l'envoi avec un mot de passe (SMTP AUTH) est désactivé pour cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Check that the user name is your full address and the password is current. If they are, switch the account to OAuth sign-in, or ask your administrator to enable Authenticated SMTP for your mailbox.</source>
        <translation>Vérifiez que le nom d'utilisateur est votre adresse complète et que le mot de passe est à jour. Si c'est le cas, passez le compte à la connexion OAuth, ou demandez à votre administrateur d'activer le SMTP authentifié pour votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>Microsoft requires you to sign in</source>
        <translation>Microsoft exige que vous vous connectiez</translation>
    </message>
    <message>
        <source>Microsoft 365 accepts mail only after the sender has signed in, and this session did not sign in.</source>
        <translation>Microsoft 365 n'accepte les messages qu'une fois l'expéditeur connecté, et cette session ne s'est pas connectée.</translation>
    </message>
    <message>
        <source>Enter your full address as the user name and choose OAuth sign-in (or a password if your organisation allows it), with STARTTLS on port 587 of smtp.office365.com.</source>
        <translation>Saisissez votre adresse complète comme nom d'utilisateur et choisissez la connexion OAuth (ou un mot de passe si votre organisation l'autorise), avec STARTTLS sur le port 587 de smtp.office365.com.</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts password sign-in</source>
        <translation>Microsoft n'accepte plus la connexion par mot de passe</translation>
    </message>
    <message>
        <source>Microsoft has switched off sending with a user name and password (basic authentication) for this account.</source>
        <translation>Microsoft a désactivé l'envoi avec un nom d'utilisateur et un mot de passe (authentification de base) pour ce compte.</translation>
    </message>
    <message>
        <source>Switch the account to OAuth sign-in. Outlook.com and Hotmail accounts have no app-password alternative; for a work account, only your administrator can re-enable password sign-in.</source>
        <translation>Passez le compte à la connexion OAuth. Les comptes Outlook.com et Hotmail n'offrent pas de mot de passe d'application comme alternative ; pour un compte professionnel, seul votre administrateur peut réactiver la connexion par mot de passe.</translation>
    </message>
    <message>
        <source>Not allowed to send as this address</source>
        <translation>Envoi non autorisé avec cette adresse</translation>
    </message>
    <message>
        <source>The account you signed in with is not allowed to send with this message's From address.</source>
        <translation>Le compte avec lequel vous êtes connecté n'est pas autorisé à envoyer avec l'adresse From de ce message.</translation>
    </message>
    <message>
        <source>Send from the address that belongs to the account you signed in with, or ask your administrator to give this account "Send As" permission for that address.</source>
        <translation>Envoyez depuis l'adresse qui appartient au compte avec lequel vous êtes connecté, ou demandez à votre administrateur d'accorder à ce compte l'autorisation "Send As" (Envoyer en tant que) pour cette adresse.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable</source>
        <translation>Le serveur est temporairement indisponible</translation>
    </message>
    <message>
        <source>The connection to %1 was closed %2: the server cannot serve you right now (it may be busy, under maintenance, or limiting how often you connect). The message was not sent.</source>
        <translation>La connexion avec %1 a été fermée %2 : le serveur ne peut pas vous servir pour le moment (il est peut-être occupé, en maintenance, ou limite la fréquence de vos connexions). Le message n'a pas été envoyé.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it keeps happening, leave more time between sends.</source>
        <translation>Réessayez plus tard ; rien n'est à modifier. Si cela se reproduit, espacez davantage vos envois.</translation>
    </message>
    <message>
        <source>The server refused your connection</source>
        <translation>Le serveur a refusé votre connexion</translation>
    </message>
    <message>
        <source>%1 turned the connection away, usually because your network address is on a block list or the server does not take mail from your network.</source>
        <translation>%1 a rejeté la connexion, généralement parce que l'adresse de votre réseau figure sur une liste de blocage ou que le serveur n'accepte pas les messages provenant de votre réseau.</translation>
    </message>
    <message>
        <source>Make sure you use your provider's sending server on port 587 or 465 (not port 25), try another network (for example without a VPN), or ask the administrator to unblock your address.</source>
        <translation>Assurez-vous d'utiliser le serveur sortant de votre fournisseur sur le port 587 ou 465 (et non le port 25), essayez un autre réseau (par exemple sans VPN), ou demandez à l'administrateur de débloquer votre adresse.</translation>
    </message>
    <message>
        <source>The server requires encryption</source>
        <translation>Le serveur exige le chiffrement</translation>
    </message>
    <message>
        <source>%1 refuses to go on until the connection is encrypted, and this account is set to connect without encryption.</source>
        <translation>%1 refuse de continuer tant que la connexion n'est pas chiffrée, et ce compte est réglé pour se connecter sans chiffrement.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>Réglez la sécurité sur STARTTLS (port 587) ou SSL/TLS (port 465).</translation>
    </message>
    <message>
        <source>Too many sign-in attempts</source>
        <translation>Trop de tentatives de connexion</translation>
    </message>
    <message>
        <source>%1 is refusing sign-ins for a while because there were too many recently, from this program or others using the same account.</source>
        <translation>%1 refuse les connexions pendant un moment parce qu'il y en a eu trop récemment, depuis ce programme ou d'autres utilisant le même compte.</translation>
    </message>
    <message>
        <source>Wait a few minutes to an hour, then try again. If another device or program still uses an old password for this account, update or stop it first.</source>
        <translation>Attendez de quelques minutes à une heure, puis réessayez. Si un autre appareil ou programme utilise encore un ancien mot de passe pour ce compte, mettez-le à jour ou arrêtez-le d'abord.</translation>
    </message>
    <message>
        <source>Your password needs to be changed</source>
        <translation>Votre mot de passe doit être changé</translation>
    </message>
    <message>
        <source>%1 wants you to change your password (for example after a move to a new sign-in system) before it accepts this sign-in.</source>
        <translation>%1 vous demande de changer votre mot de passe (par exemple après le passage à un nouveau système de connexion) avant d'accepter cette connexion.</translation>
    </message>
    <message>
        <source>Sign in once on your provider's web page and follow its instructions, then enter the new password in Stamp.</source>
        <translation>Connectez-vous une fois sur la page web de votre fournisseur et suivez ses instructions, puis saisissez le nouveau mot de passe dans Stamp.</translation>
    </message>
    <message>
        <source>Sign-in failed temporarily</source>
        <translation>Échec temporaire de la connexion</translation>
    </message>
    <message>
        <source>%1 could not check your credentials because of a temporary problem on its side.</source>
        <translation>%1 n'a pas pu vérifier vos identifiants à cause d'un problème temporaire de son côté.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; nothing needs to change.</source>
        <translation>Réessayez dans quelques minutes ; rien n'est à modifier.</translation>
    </message>
    <message>
        <source>This sign-in needs encryption</source>
        <translation>Cette connexion exige le chiffrement</translation>
    </message>
    <message>
        <source>%1 accepts this sign-in method only over an encrypted connection.</source>
        <translation>%1 n'accepte cette méthode de connexion que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS (port 465) or STARTTLS (port 587).</source>
        <translation>Réglez la sécurité sur SSL/TLS (port 465) ou STARTTLS (port 587).</translation>
    </message>
    <message>
        <source>The server requires you to sign in</source>
        <translation>Le serveur exige que vous vous connectiez</translation>
    </message>
    <message>
        <source>%1 accepts mail only from people who have signed in, and this session did not sign in.</source>
        <translation>%1 n'accepte les messages que des personnes connectées, et cette session ne s'est pas connectée.</translation>
    </message>
    <message>
        <source>Enter your user name and password (or choose OAuth) in the account settings. Check also that this is your provider's sending server (port 587 or 465), not its server for incoming mail.</source>
        <translation>Saisissez votre nom d'utilisateur et votre mot de passe (ou choisissez OAuth) dans les paramètres du compte. Vérifiez aussi qu'il s'agit bien du serveur sortant de votre fournisseur (port 587 ou 465), et non de son serveur de courrier entrant.</translation>
    </message>
    <message>
        <source>The server wants a stronger sign-in method</source>
        <translation>Le serveur exige une méthode de connexion plus forte</translation>
    </message>
    <message>
        <source>%1 refused the sign-in method Stamp used as too weak for this account.</source>
        <translation>%1 a jugé trop faible pour ce compte la méthode de connexion utilisée par Stamp et l'a refusée.</translation>
    </message>
    <message>
        <source>Choose a stronger sign-in method in the account settings (SCRAM-SHA-256 or OAuth), or, if your provider uses app passwords, create one and use it as the password.</source>
        <translation>Choisissez une méthode de connexion plus forte dans les paramètres du compte (SCRAM-SHA-256 ou OAuth) ou, si votre fournisseur utilise des mots de passe d'application, créez-en un et utilisez-le comme mot de passe.</translation>
    </message>
    <message>
        <source>The server does not support this sign-in method</source>
        <translation>Le serveur ne prend pas en charge cette méthode de connexion</translation>
    </message>
    <message>
        <source>%1 does not accept the sign-in method this account is set to use.</source>
        <translation>%1 n'accepte pas la méthode de connexion que ce compte est réglé pour utiliser.</translation>
    </message>
    <message>
        <source>Set the sign-in method to Automatic so Stamp picks one the server offers, or choose one listed in the session log.</source>
        <translation>Réglez la méthode de connexion sur Automatique pour que Stamp en choisisse une que le serveur propose, ou choisissez-en une parmi celles indiquées dans le journal de session.</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <translation>Nom d'utilisateur ou mot de passe refusé</translation>
    </message>
    <message>
        <source>%1 rejected the sign-in: the user name or password is wrong, or the account does not let mail programs sign in with its normal password.</source>
        <translation>%1 a rejeté la connexion : le nom d'utilisateur ou le mot de passe est incorrect, ou le compte ne permet pas aux logiciels de messagerie de se connecter avec son mot de passe habituel.</translation>
    </message>
    <message>
        <source>Check the user name (often your full address) and the password. Many providers (Yahoo, iCloud, AOL, Fastmail, Zoho, Yandex, QQ, 163.com) need an app password or authorization code created in the account's security settings instead.</source>
        <translation>Vérifiez le nom d'utilisateur (souvent votre adresse complète) et le mot de passe. Beaucoup de fournisseurs (Yahoo, iCloud, AOL, Fastmail, Zoho, Yandex, QQ, 163.com) exigent à la place un mot de passe d'application ou un code d'autorisation créé dans les paramètres de sécurité du compte.</translation>
    </message>
    <message>
        <source>The server will not pass mail on to this recipient</source>
        <translation>Le serveur ne transmettra pas le message à ce destinataire</translation>
    </message>
    <message>
        <source>%1 delivers to outside addresses only for people who have signed in, so it refused this recipient (relay denied).</source>
        <translation>%1 ne distribue vers des adresses extérieures que pour les personnes connectées : il a donc refusé ce destinataire (relais refusé).</translation>
    </message>
    <message>
        <source>Enter your user name and password in the account settings, and make sure you use your own provider's sending server on port 587 or 465, not the recipient's server.</source>
        <translation>Saisissez votre nom d'utilisateur et votre mot de passe dans les paramètres du compte, et assurez-vous d'utiliser le serveur sortant de votre propre fournisseur sur le port 587 ou 465, et non le serveur du destinataire.</translation>
    </message>
    <message>
        <source>The recipient's address does not exist</source>
        <translation>L'adresse du destinataire n'existe pas</translation>
    </message>
    <message>
        <source>The server says there is no mailbox with this recipient address.</source>
        <translation>Le serveur indique qu'il n'existe aucune boîte aux lettres pour cette adresse de destinataire.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or ask the recipient for their current address.</source>
        <translation>Vérifiez que l'adresse ne contient pas de faute de frappe, ou demandez au destinataire son adresse actuelle.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>La boîte aux lettres du destinataire est pleine</translation>
    </message>
    <message>
        <source>The recipient's mailbox has no room for new messages.</source>
        <translation>La boîte aux lettres du destinataire n'a plus de place pour de nouveaux messages.</translation>
    </message>
    <message>
        <source>Try again later, or tell the recipient another way so that they can free up space.</source>
        <translation>Réessayez plus tard, ou prévenez le destinataire par un autre moyen pour qu'il libère de l'espace.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>%1 accepts only a limited number of recipients per message, and this message has more.</source>
        <translation>%1 n'accepte qu'un nombre limité de destinataires par message, et ce message en compte davantage.</translation>
    </message>
    <message>
        <source>Split the recipients into smaller groups and send one message per group (Google Workspace, for example, takes 100 per message).</source>
        <translation>Répartissez les destinataires en groupes plus petits et envoyez un message par groupe (Google Workspace, par exemple, en accepte 100 par message).</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Le message est trop volumineux</translation>
    </message>
    <message>
        <source>%1 refused the message because it is larger than the server accepts. Attachments grow by about a third when encoded for mail, so files that look small enough can still be too large.</source>
        <translation>%1 a refusé le message parce qu'il dépasse la taille acceptée par le serveur. Les pièces jointes grossissent d'environ un tiers une fois encodées pour l'envoi : des fichiers qui semblent assez petits peuvent donc quand même être trop volumineux.</translation>
    </message>
    <message>
        <source>Remove or compress attachments, or share large files as links, then send again.</source>
        <translation>Supprimez ou compressez les pièces jointes, ou partagez les gros fichiers sous forme de liens, puis renvoyez le message.</translation>
    </message>
    <message>
        <source>The server is short of space</source>
        <translation>Le serveur manque d'espace</translation>
    </message>
    <message>
        <source>%1 does not have the storage to accept this message right now.</source>
        <translation>%1 n'a pas l'espace de stockage nécessaire pour accepter ce message pour le moment.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it lasts, tell the server's administrator.</source>
        <translation>Réessayez plus tard ; rien n'est à modifier. Si cela dure, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The mailbox is temporarily unavailable</source>
        <translation>La boîte aux lettres est temporairement indisponible</translation>
    </message>
    <message>
        <source>%1 cannot use this mailbox right now: it may be busy, or the server delays first attempts on purpose (greylisting).</source>
        <translation>%1 ne peut pas utiliser cette boîte aux lettres pour le moment : elle est peut-être occupée, ou le serveur retarde volontairement les premières tentatives (liste grise, ou greylisting).</translation>
    </message>
    <message>
        <source>The server had a temporary problem</source>
        <translation>Le serveur a eu un problème temporaire</translation>
    </message>
    <message>
        <source>%1 reported a temporary problem on its side %2; the message was not accepted.</source>
        <translation>%1 a signalé un problème temporaire de son côté %2 ; le message n'a pas été accepté.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it goes on for hours, send the session log to the server's administrator.</source>
        <translation>Réessayez plus tard ; rien n'est à modifier. Si cela dure des heures, envoyez le journal de session à l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server finds the sender address malformed</source>
        <translation>Le serveur juge l'adresse de l'expéditeur mal formée</translation>
    </message>
    <message>
        <source>%1 did not accept the form of the sender (From) address.</source>
        <translation>%1 n'a pas accepté la forme de l'adresse de l'expéditeur (From).</translation>
    </message>
    <message>
        <source>Check the account's email address for typing mistakes, stray spaces or unusual characters.</source>
        <translation>Vérifiez que l'adresse e-mail du compte ne contient pas de faute de frappe, d'espace en trop ou de caractère inhabituel.</translation>
    </message>
    <message>
        <source>The server finds a recipient address malformed</source>
        <translation>Le serveur juge une adresse de destinataire mal formée</translation>
    </message>
    <message>
        <source>%1 did not accept the form of a recipient's address.</source>
        <translation>%1 n'a pas accepté la forme de l'adresse d'un destinataire.</translation>
    </message>
    <message>
        <source>Check the recipient addresses for typing mistakes, stray spaces or unusual characters.</source>
        <translation>Vérifiez que les adresses des destinataires ne contiennent pas de faute de frappe, d'espace en trop ou de caractère inhabituel.</translation>
    </message>
    <message>
        <source>You may not send from this address</source>
        <translation>Vous ne pouvez pas envoyer depuis cette adresse</translation>
    </message>
    <message>
        <source>The server does not handle this recipient</source>
        <translation>Le serveur ne gère pas ce destinataire</translation>
    </message>
    <message>
        <source>%1 does not deliver mail for this recipient; its reply may name another address.</source>
        <translation>%1 ne distribue pas de messages pour ce destinataire ; sa réponse indique peut-être une autre adresse.</translation>
    </message>
    <message>
        <source>Check the recipient's address; if the server's reply in the session log names a new one, use that.</source>
        <translation>Vérifiez l'adresse du destinataire ; si la réponse du serveur dans le journal de session en indique une nouvelle, utilisez-la.</translation>
    </message>
    <message>
        <source>The server did not understand a command</source>
        <translation>Le serveur n'a pas compris une commande</translation>
    </message>
    <message>
        <source>%1 did not recognise a command Stamp sent %2. It may not be a mail sending server, or something on the network changed the command.</source>
        <translation>%1 n'a pas reconnu une commande envoyée par Stamp %2. Ce n'est peut-être pas un serveur sortant, ou un élément du réseau a modifié la commande.</translation>
    </message>
    <message>
        <source>Check the host and port (587 or 465 for sending). If they are right, send the session log to the server's administrator or to Stamp's developers.</source>
        <translation>Vérifiez l'hôte et le port (587 ou 465 pour l'envoi). S'ils sont corrects, envoyez le journal de session à l'administrateur du serveur ou aux développeurs de Stamp.</translation>
    </message>
    <message>
        <source>The server rejected a command's details</source>
        <translation>Le serveur a rejeté les détails d'une commande</translation>
    </message>
    <message>
        <source>%1 said that a command Stamp sent %2 had invalid arguments.</source>
        <translation>%1 a indiqué qu'une commande envoyée par Stamp %2 avait des arguments non valides.</translation>
    </message>
    <message>
        <source>Check the account settings (user name, sign-in method). If they look right, send the session log to Stamp's developers.</source>
        <translation>Vérifiez les paramètres du compte (nom d'utilisateur, méthode de connexion). S'ils semblent corrects, envoyez le journal de session aux développeurs de Stamp.</translation>
    </message>
    <message>
        <source>The server lacks a needed command</source>
        <translation>Il manque au serveur une commande nécessaire</translation>
    </message>
    <message>
        <source>%1 does not implement a command Stamp needed %2.</source>
        <translation>%1 n'implémente pas une commande dont Stamp avait besoin %2.</translation>
    </message>
    <message>
        <source>Check that the host and port belong to a mail sending server (port 587 or 465). If they do, send the session log to the server's administrator.</source>
        <translation>Vérifiez que l'hôte et le port correspondent à un serveur sortant (port 587 ou 465). Si c'est le cas, envoyez le journal de session à l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server expected commands in another order</source>
        <translation>Le serveur attendait les commandes dans un autre ordre</translation>
    </message>
    <message>
        <source>%1 did not expect the command Stamp sent %2.</source>
        <translation>%1 ne s'attendait pas à la commande envoyée par Stamp %2.</translation>
    </message>
    <message>
        <source>Try again. If it happens every time, send the session log to Stamp's developers.</source>
        <translation>Réessayez. Si cela se produit chaque fois, envoyez le journal de session aux développeurs de Stamp.</translation>
    </message>
    <message>
        <source>The server does not support an option Stamp used</source>
        <translation>Le serveur ne prend pas en charge une option utilisée par Stamp</translation>
    </message>
    <message>
        <source>%1 rejected an option Stamp sent %2, such as the message size or a delivery notification request.</source>
        <translation>%1 a rejeté une option envoyée par Stamp %2, comme la taille du message ou une demande d'accusé de remise.</translation>
    </message>
    <message>
        <source>Turn off delivery notifications for this message and try again; if that does not help, send the session log to Stamp's developers.</source>
        <translation>Désactivez les accusés de remise pour ce message et réessayez ; si cela ne suffit pas, envoyez le journal de session aux développeurs de Stamp.</translation>
    </message>
    <message>
        <source>The message was refused by a content rule</source>
        <translation>Le message a été refusé par une règle de contenu</translation>
    </message>
    <message>
        <source>%1 refused the message because of a rule, for example a spam or virus check, or a restriction on content or attachments.</source>
        <translation>%1 a refusé le message à cause d'une règle, par exemple un contrôle antispam ou antivirus, ou une restriction sur le contenu ou les pièces jointes.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the rule. Remove suspicious links or attachments (such as programs or archives of them) and try again, or ask the server's administrator.</source>
        <translation>Lisez la réponse du serveur dans le journal de session pour connaître la règle. Retirez les liens ou pièces jointes suspects (comme des programmes ou des archives en contenant) et réessayez, ou contactez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation>Le serveur a refusé l'adresse de l'expéditeur</translation>
    </message>
    <message>
        <source>%1 will not accept mail from this sender (From) address.</source>
        <translation>%1 n'accepte pas de messages de cette adresse d'expéditeur (From).</translation>
    </message>
    <message>
        <source>Check that the From address is spelled right and belongs to this account; the server's reply in the session log gives the reason.</source>
        <translation>Vérifiez que l'adresse From est bien orthographiée et appartient à ce compte ; la réponse du serveur dans le journal de session en donne la raison.</translation>
    </message>
    <message>
        <source>The server refused a recipient</source>
        <translation>Le serveur a refusé un destinataire</translation>
    </message>
    <message>
        <source>%1 will not take mail for this recipient.</source>
        <translation>%1 n'accepte pas de messages pour ce destinataire.</translation>
    </message>
    <message>
        <source>Check the address. The server's reply in the session log gives the reason; if the address is right, reach the recipient another way.</source>
        <translation>Vérifiez l'adresse. La réponse du serveur dans le journal de session en donne la raison ; si l'adresse est correcte, contactez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Le serveur a refusé le message</translation>
    </message>
    <message>
        <source>%1 reported that the transaction failed and did not accept the message.</source>
        <translation>%1 a signalé l'échec de la transaction et n'a pas accepté le message.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the reason; sending it again unchanged will fail the same way. Ask the server's administrator if the reason is unclear.</source>
        <translation>Lisez la réponse du serveur dans le journal de session pour en connaître la raison ; renvoyer le message sans modification échouera de la même façon. Contactez l'administrateur du serveur si la raison n'est pas claire.</translation>
    </message>
    <message>
        <source>The server reported a temporary problem</source>
        <translation>Le serveur a signalé un problème temporaire</translation>
    </message>
    <message>
        <source>Stamp got a temporary error from %1 %2: the server cannot go on right now.</source>
        <translation>%1 a renvoyé une erreur temporaire à Stamp %2 : le serveur ne peut pas continuer pour le moment.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it lasts, the server's reply in the session log says more.</source>
        <translation>Réessayez plus tard ; rien n'est à modifier. Si cela dure, la réponse du serveur dans le journal de session en dit plus.</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Le serveur a refusé la demande</translation>
    </message>
    <message>
        <source>Stamp got a permanent error from %1 %2, so trying again unchanged will fail the same way.</source>
        <translation>%1 a renvoyé une erreur permanente à Stamp %2 : réessayer sans rien modifier échouera donc de la même façon.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the reason and correct the account or the message, or ask the server's administrator.</source>
        <translation>Lisez la réponse du serveur dans le journal de session pour en connaître la raison et corrigez le compte ou le message, ou contactez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer</source>
        <translation>Le serveur a donné une réponse inattendue</translation>
    </message>
    <message>
        <source>Stamp got a reply from %1 %2 that does not fit at that point, so it stopped to be safe.</source>
        <translation>%1 a envoyé à Stamp %2 une réponse qui ne convenait pas à ce stade : Stamp s'est donc arrêté par sécurité.</translation>
    </message>
    <message>
        <source>Check that the host and port belong to a mail sending server. If they do, send the session log to Stamp's developers.</source>
        <translation>Vérifiez que l'hôte et le port correspondent à un serveur sortant. Si c'est le cas, envoyez le journal de session aux développeurs de Stamp.</translation>
    </message>
    <message>
        <source>Cancelled: the message may have been sent</source>
        <translation>Annulé : le message a peut-être été envoyé</translation>
    </message>
    <message>
        <source>Sending was cancelled after the whole message had gone to %1 but before the server confirmed it, so the server may or may not have accepted it.</source>
        <translation>L'envoi a été annulé après que %1 a reçu le message entier, mais avant qu'il ne le confirme : le serveur l'a donc peut-être accepté, ou peut-être pas.</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>L'envoi a été annulé</translation>
    </message>
    <message>
        <source>You cancelled %2, before the message was handed over, so it was not sent.</source>
        <translation>Vous avez annulé %2, avant que le message ne soit remis : il n'a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation>Renvoyez-le quand vous serez prêt.</translation>
    </message>
    <message>
        <source>The server did not offer encryption</source>
        <translation>Le serveur n'a pas proposé de chiffrement</translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS, so Stamp stopped before sending your password or message. Either the server does not support encryption on this port, or someone on the network removed the offer to make Stamp talk in plain text (a downgrade attack).</source>
        <translation>%1 n'a pas proposé STARTTLS : Stamp s'est donc arrêté avant d'envoyer votre mot de passe ou votre message. Soit le serveur ne prend pas en charge le chiffrement sur ce port, soit quelqu'un sur le réseau a supprimé cette proposition pour obliger Stamp à communiquer en clair (une attaque par rétrogradation).</translation>
    </message>
    <message>
        <source>Do not turn encryption off to get past this. Try SSL/TLS on port 465 instead, or ask the server's administrator whether STARTTLS is enabled. If this account normally works, try again from another network.</source>
        <translation>Ne désactivez pas le chiffrement pour contourner ce problème. Essayez plutôt SSL/TLS sur le port 465, ou demandez à l'administrateur du serveur si STARTTLS est activé. Si ce compte fonctionne habituellement, réessayez depuis un autre réseau.</translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation>Le serveur a refusé d'activer le chiffrement</translation>
    </message>
    <message>
        <source>%1 answered the request to start encryption (STARTTLS) with something other than agreement, so Stamp stopped without sending anything else.</source>
        <translation>%1 a répondu à la demande d'activation du chiffrement (STARTTLS) par autre chose qu'un accord : Stamp s'est donc arrêté sans rien envoyer d'autre.</translation>
    </message>
    <message>
        <source>If the server called the problem temporary, try again later. Otherwise ask the server's administrator to fix STARTTLS, or use SSL/TLS on port 465 if the server offers it.</source>
        <translation>Si le serveur a qualifié le problème de temporaire, réessayez plus tard. Sinon, demandez à l'administrateur du serveur de corriger STARTTLS, ou utilisez SSL/TLS sur le port 465 si le serveur le propose.</translation>
    </message>
    <message>
        <source>Someone may be tampering with the connection</source>
        <translation>Quelqu'un manipule peut-être la connexion</translation>
    </message>
    <message>
        <source>Right after %1 agreed to start encryption, more unencrypted data arrived, so Stamp stopped before sending anything. A correct server never does that: it is a sign of a man-in-the-middle on the network.</source>
        <translation>Juste après que %1 a accepté d'activer le chiffrement, d'autres données non chiffrées sont arrivées : Stamp s'est donc arrêté avant d'envoyer quoi que ce soit. Un serveur correct ne fait jamais cela : c'est le signe d'une attaque de l'homme du milieu sur le réseau.</translation>
    </message>
    <message>
        <source>Do not send from this network. Try again from a network you trust, prefer SSL/TLS on port 465, and tell the server's administrator.</source>
        <translation>N'envoyez rien depuis ce réseau. Réessayez depuis un réseau de confiance, préférez SSL/TLS sur le port 465, et prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server's certificate has changed</source>
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not the one you chose to trust (its SHA-256 fingerprint differs). The server may have renewed its certificate, or someone may be intercepting the connection.</source>
        <translation>Le certificat présenté par %1 n'est pas celui auquel vous avez choisi de faire confiance (son empreinte SHA-256 est différente). Le serveur a peut-être renouvelé son certificat, ou quelqu'un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>Do not send until you know why. Compare the new SHA-256 fingerprint with the one your provider or administrator publishes; only if they match, pin the new fingerprint (--pin-sha256) in place of the old one.</source>
        <translation>N'envoyez rien tant que vous ne savez pas pourquoi. Comparez la nouvelle empreinte SHA-256 avec celle que publie votre fournisseur ou votre administrateur ; seulement si elles correspondent, épinglez la nouvelle empreinte (--pin-sha256) à la place de l'ancienne.</translation>
    </message>
    <message>
        <source>Do not send until you know why. Compare the new SHA-256 fingerprint with the one your provider or administrator publishes; only if they match, use Review certificate... and Trust this certificate for this account, in place of the old one.</source>
        <translation>N'envoyez rien tant que vous ne savez pas pourquoi. Comparez la nouvelle empreinte SHA-256 avec celle que publie votre fournisseur ou votre administrateur ; seulement si elles correspondent, utilisez Examiner le certificat... puis Faire confiance à ce certificat pour ce compte, à la place de l'ancien.</translation>
    </message>
    <message>
        <source>The server's certificate was revoked</source>
        <translation>Le certificat du serveur a été révoqué</translation>
    </message>
    <message>
        <source>The certificate presented by %1 has been withdrawn or blocked, so it no longer proves that the server is who it claims to be.</source>
        <translation>Le certificat présenté par %1 a été retiré ou bloqué : il ne prouve donc plus que le serveur est bien celui qu'il prétend être.</translation>
    </message>
    <message>
        <source>Tell the server's administrator: the server needs a new certificate. Do not send until it has one.</source>
        <translation>Prévenez l'administrateur du serveur : le serveur a besoin d'un nouveau certificat. N'envoyez rien tant qu'il n'en a pas.</translation>
    </message>
    <message>
        <source>The certificate is for a different server name</source>
        <translation>Le certificat est destiné à un autre nom de serveur</translation>
    </message>
    <message>
        <source>The certificate presented by %1 does not include that name, so Stamp cannot tell that it reached the server you asked for. Often the account uses an alias or an IP address instead of the server's own name.</source>
        <translation>Le certificat présenté par %1 ne contient pas ce nom : Stamp ne peut donc pas savoir s'il a atteint le serveur demandé. Souvent, le compte utilise un alias ou une adresse IP au lieu du nom propre du serveur.</translation>
    </message>
    <message>
        <source>Use the exact host name your provider documents for sending (for example smtp.gmail.com rather than mail.yourdomain.com), or ask the administrator to add this name to the certificate. If you have checked the certificate yourself, you can trust exactly this certificate by its SHA-256 fingerprint (--pin-sha256).</source>
        <translation>Utilisez le nom d'hôte exact que votre fournisseur indique pour l'envoi (par exemple smtp.gmail.com plutôt que mail.votredomaine.com), ou demandez à l'administrateur d'ajouter ce nom au certificat. Si vous avez vérifié le certificat vous-même, vous pouvez faire confiance à ce certificat précis par son empreinte SHA-256 (--pin-sha256).</translation>
    </message>
    <message>
        <source>Use the exact host name your provider documents for sending (for example smtp.gmail.com rather than mail.yourdomain.com), or ask the administrator to add this name to the certificate. If you have checked the certificate yourself, use Review certificate... to compare its SHA-256 fingerprint, then Trust this certificate for this account.</source>
        <translation>Utilisez le nom d'hôte exact que votre fournisseur indique pour l'envoi (par exemple smtp.gmail.com plutôt que mail.votredomaine.com), ou demandez à l'administrateur d'ajouter ce nom au certificat. Si vous avez vérifié le certificat vous-même, utilisez Examiner le certificat... pour comparer son empreinte SHA-256, puis Faire confiance à ce certificat pour ce compte.</translation>
    </message>
    <message>
        <source>The server's certificate has expired</source>
        <translation>Le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is past its expiry date, so it no longer proves the server's identity. A wrong date on this computer causes the same error.</source>
        <translation>Le certificat présenté par %1 a dépassé sa date d'expiration : il ne prouve donc plus l'identité du serveur. Une date incorrecte sur cet ordinateur provoque la même erreur.</translation>
    </message>
    <message>
        <source>Check that this computer's date and time are correct. If they are, ask the server's administrator to renew the certificate.</source>
        <translation>Vérifiez que la date et l'heure de cet ordinateur sont correctes. Si c'est le cas, demandez à l'administrateur du serveur de renouveler le certificat.</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet</source>
        <translation>Le certificat du serveur n'est pas encore valide</translation>
    </message>
    <message>
        <source>The certificate presented by %1 only becomes valid at a later date. Usually this computer's clock is wrong; sometimes the server installed a certificate too early.</source>
        <translation>Le certificat présenté par %1 ne devient valide qu'à une date ultérieure. En général, l'horloge de cet ordinateur est incorrecte ; parfois, le serveur a installé un certificat trop tôt.</translation>
    </message>
    <message>
        <source>Check this computer's date, time and time zone, then try again. If they are right, tell the server's administrator.</source>
        <translation>Vérifiez la date, l'heure et le fuseau horaire de cet ordinateur, puis réessayez. S'ils sont corrects, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server's certificate is self-signed</source>
        <translation>Le certificat du serveur est auto-signé</translation>
    </message>
    <message>
        <source>%1 presented a certificate it signed itself, so no authority this computer trusts vouches for it. Local bridges (such as Proton Mail Bridge) and private servers do this, but an attacker intercepting the connection would look the same.</source>
        <translation>%1 a présenté un certificat qu'il a signé lui-même : aucune autorité à laquelle cet ordinateur fait confiance ne s'en porte garante. Les passerelles locales (comme Proton Mail Bridge) et les serveurs privés procèdent ainsi, mais un attaquant interceptant la connexion présenterait le même aspect.</translation>
    </message>
    <message>
        <source>Compare the certificate's SHA-256 fingerprint with the one shown by the bridge or given by your administrator; if it matches, trust exactly this certificate by its fingerprint (--pin-sha256). If the server has its own CA, add it with --ca-file instead.</source>
        <translation>Comparez l'empreinte SHA-256 du certificat avec celle affichée par la passerelle ou fournie par votre administrateur ; si elle correspond, faites confiance à ce certificat précis par son empreinte (--pin-sha256). Si le serveur a sa propre autorité de certification (CA), ajoutez-la plutôt avec --ca-file.</translation>
    </message>
    <message>
        <source>Use Review certificate... to compare its SHA-256 fingerprint with the one shown by the bridge or given by your administrator; if it matches, choose Trust this certificate for this account. If the server has its own CA, choose that CA certificate as the Trust CA file on the Server tab of the account's settings instead.</source>
        <translation>Utilisez Examiner le certificat... pour comparer son empreinte SHA-256 avec celle affichée par la passerelle ou fournie par votre administrateur ; si elle correspond, choisissez Faire confiance à ce certificat pour ce compte. Si le serveur a sa propre autorité de certification (CA), choisissez plutôt ce certificat de CA comme fichier CA de confiance dans l'onglet Serveur des paramètres du compte.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted</source>
        <translation>Le certificat du serveur n'est pas approuvé</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an authority this computer does not trust, or the server did not send the intermediate certificates needed to check it. Company and private servers often use their own authority.</source>
        <translation>Le certificat présenté par %1 a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance, ou le serveur n'a pas envoyé les certificats intermédiaires nécessaires pour le vérifier. Les serveurs d'entreprise et les serveurs privés utilisent souvent leur propre autorité.</translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, add that CA certificate with --ca-file. If the chain is incomplete, ask the administrator to send the full chain. Or, after checking its SHA-256 fingerprint with the administrator, trust exactly this certificate (--pin-sha256).</source>
        <translation>Si le serveur utilise une autorité de certification privée, ajoutez ce certificat de CA avec --ca-file. Si la chaîne est incomplète, demandez à l'administrateur d'envoyer la chaîne complète. Ou bien, après avoir vérifié son empreinte SHA-256 avec l'administrateur, faites confiance à ce certificat précis (--pin-sha256).</translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, choose that CA certificate as the Trust CA file on the Server tab of the account's settings. If the chain is incomplete, ask the administrator to send the full chain. Or use Review certificate..., check its SHA-256 fingerprint with the administrator, and Trust this certificate for this account.</source>
        <translation>Si le serveur utilise une autorité de certification privée, choisissez ce certificat de CA comme fichier CA de confiance dans l'onglet Serveur des paramètres du compte. Si la chaîne est incomplète, demandez à l'administrateur d'envoyer la chaîne complète. Ou bien utilisez Examiner le certificat..., vérifiez son empreinte SHA-256 avec l'administrateur, puis Faire confiance à ce certificat pour ce compte.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified</source>
        <translation>Le certificat du serveur n'a pas pu être vérifié</translation>
    </message>
    <message>
        <source>The certificate presented by %1 failed verification, so Stamp cannot confirm it reached the right server. Nothing was sent.</source>
        <translation>La vérification du certificat présenté par %1 a échoué : Stamp ne peut donc pas confirmer qu'il a atteint le bon serveur. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>Check the host name in the account, then ask the server's administrator to fix the certificate. If you have verified it yourself, you can trust exactly this certificate by its SHA-256 fingerprint (--pin-sha256).</source>
        <translation>Vérifiez le nom d'hôte dans le compte, puis demandez à l'administrateur du serveur de corriger le certificat. Si vous l'avez vérifié vous-même, vous pouvez faire confiance à ce certificat précis par son empreinte SHA-256 (--pin-sha256).</translation>
    </message>
    <message>
        <source>Check the host name in the account, then ask the server's administrator to fix the certificate. If you have verified it yourself, use Review certificate... to check its SHA-256 fingerprint and Trust this certificate for this account.</source>
        <translation>Vérifiez le nom d'hôte dans le compte, puis demandez à l'administrateur du serveur de corriger le certificat. Si vous l'avez vérifié vous-même, utilisez Examiner le certificat... pour contrôler son empreinte SHA-256, puis Faire confiance à ce certificat pour ce compte.</translation>
    </message>
    <message>
        <source>The server answered without encryption</source>
        <translation>Le serveur a répondu sans chiffrement</translation>
    </message>
    <message>
        <source>Stamp started an encrypted (SSL/TLS) connection, but %1 answered in plain text: this port expects STARTTLS. Port 587 normally uses STARTTLS, port 465 SSL/TLS.</source>
        <translation>Stamp a ouvert une connexion chiffrée (SSL/TLS), mais %1 a répondu en clair : ce port attend STARTTLS. Le port 587 utilise normalement STARTTLS, le port 465 SSL/TLS.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS for port 587, or change the port to 465 to keep SSL/TLS.</source>
        <translation>Réglez la sécurité sur STARTTLS pour le port 587, ou passez au port 465 pour conserver SSL/TLS.</translation>
    </message>
    <message>
        <source>The server uses an outdated encryption version</source>
        <translation>Le serveur utilise une version de chiffrement obsolète</translation>
    </message>
    <message>
        <source>%1 offers only TLS 1.0 or 1.1, which are no longer safe (RFC 8996); Stamp requires TLS 1.2 or newer.</source>
        <translation>%1 ne propose que TLS 1.0 ou 1.1, qui ne sont plus sûrs (RFC 8996) ; Stamp exige TLS 1.2 ou plus récent.</translation>
    </message>
    <message>
        <source>Ask the server's administrator to enable TLS 1.2 or 1.3, or use a provider that supports them.</source>
        <translation>Demandez à l'administrateur du serveur d'activer TLS 1.2 ou 1.3, ou utilisez un fournisseur qui les prend en charge.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <translation>La connexion chiffrée n'a pas pu être établie</translation>
    </message>
    <message>
        <source>Stamp and %1 could not agree on a secure connection, so nothing was sent.</source>
        <translation>Stamp et %1 n'ont pas pu s'accorder sur une connexion sécurisée : rien n'a donc été envoyé.</translation>
    </message>
    <message>
        <source>Check that the security setting matches the port (SSL/TLS for 465, STARTTLS for 587). If it does, send the session log to the server's administrator.</source>
        <translation>Vérifiez que le paramètre de sécurité correspond au port (SSL/TLS pour 465, STARTTLS pour 587). Si c'est le cas, envoyez le journal de session à l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>Your password would travel unencrypted</source>
        <translation>Votre mot de passe circulerait sans chiffrement</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted, so your user name and password would cross the network readable by anyone on the way. Stamp did not send them.</source>
        <translation>La connexion avec %1 n'est pas chiffrée : votre nom d'utilisateur et votre mot de passe traverseraient le réseau lisibles par quiconque sur le trajet. Stamp ne les a pas envoyés.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS (port 465) or STARTTLS (port 587). Signing in without encryption is only allowed to a server on this computer.</source>
        <translation>Réglez la sécurité sur SSL/TLS (port 465) ou STARTTLS (port 587). La connexion sans chiffrement n'est autorisée que vers un serveur situé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No usable sign-in method</source>
        <translation>Aucune méthode de connexion utilisable</translation>
    </message>
    <message>
        <source>%1 did not offer a sign-in method Stamp can use with this account's credentials. Some providers, such as Outlook.com and Microsoft 365, accept only OAuth.</source>
        <translation>%1 n'a proposé aucune méthode de connexion que Stamp puisse utiliser avec les identifiants de ce compte. Certains fournisseurs, comme Outlook.com et Microsoft 365, n'acceptent qu'OAuth.</translation>
    </message>
    <message>
        <source>If your provider requires OAuth, switch the account to OAuth sign-in; otherwise choose a method the server lists in the session log, or Automatic. If this server needs no sign-in (a relay on your own network), remove the user name.</source>
        <translation>Si votre fournisseur exige OAuth, passez le compte à la connexion OAuth ; sinon, choisissez une méthode que le serveur indique dans le journal de session, ou Automatique. Si ce serveur ne demande aucune connexion (un relais sur votre propre réseau), supprimez le nom d'utilisateur.</translation>
    </message>
    <message>
        <source>The server could not prove its identity</source>
        <translation>Le serveur n'a pas pu prouver son identité</translation>
    </message>
    <message>
        <source>During the SCRAM sign-in %1 failed to prove that it knows your password. It may be an impostor, or its stored copy of your credentials may be out of date.</source>
        <translation>Pendant la connexion SCRAM, %1 n'a pas réussi à prouver qu'il connaît votre mot de passe. Il s'agit peut-être d'un imposteur, ou sa copie de vos identifiants n'est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Do not send through this connection. Check the host name and the certificate, then ask the administrator whether your password or account was recently changed or migrated.</source>
        <translation>N'envoyez rien par cette connexion. Vérifiez le nom d'hôte et le certificat, puis demandez à l'administrateur si votre mot de passe ou votre compte a récemment été modifié ou migré.</translation>
    </message>
    <message>
        <source>The server cannot handle this address</source>
        <translation>Le serveur ne peut pas gérer cette adresse</translation>
    </message>
    <message>
        <source>An address in this message has non-ASCII characters (such as accents or non-Latin letters) before the @, and %1 does not support such addresses (SMTPUTF8).</source>
        <translation>Une adresse de ce message contient des caractères non ASCII (comme des accents ou des lettres non latines) avant le @, et %1 ne prend pas en charge ce type d'adresse (SMTPUTF8).</translation>
    </message>
    <message>
        <source>Use an ASCII-only address for that person if they have one, or send through a server that supports SMTPUTF8.</source>
        <translation>Utilisez une adresse uniquement ASCII pour cette personne si elle en a une, ou envoyez par un serveur qui prend en charge SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message is too large for this server</source>
        <translation>Le message est trop volumineux pour ce serveur</translation>
    </message>
    <message>
        <source>The message is larger than the size %1 says it accepts, so Stamp did not upload it. Attachments grow by about a third when they are encoded for mail.</source>
        <translation>Le message dépasse la taille que %1 déclare accepter : Stamp ne l'a donc pas transmis. Les pièces jointes grossissent d'environ un tiers une fois encodées pour l'envoi.</translation>
    </message>
    <message>
        <source>Remove or shrink attachments, or share large files as links, then send again.</source>
        <translation>Supprimez ou réduisez les pièces jointes, ou partagez les gros fichiers sous forme de liens, puis renvoyez le message.</translation>
    </message>
    <message>
        <source>Mail from %1 may be junked or refused</source>
        <translation>Le courrier de %1 risque d'être classé comme indésirable ou refusé</translation>
    </message>
    <message>
        <source>Receiving servers check what %1 publishes in DNS (SPF, DKIM, DMARC), and it does not publish all they look for. Gmail, Yahoo, Microsoft and others may put its mail in the junk folder or refuse it, even though your server sends it.</source>
        <translation>Les serveurs de réception vérifient ce que %1 publie dans le DNS (SPF, DKIM, DMARC), et il ne publie pas tout ce qu'ils recherchent. Gmail, Yahoo, Microsoft et d'autres peuvent placer son courrier dans le dossier du courrier indésirable ou le refuser, même si votre serveur l'envoie bien.</translation>
    </message>
    <message>
        <source>Publish the records listed under this step where the DNS of %1 is managed (the domain registrar or DNS host), or ask whoever manages it.</source>
        <translation>Publiez les enregistrements indiqués sous cette étape là où le DNS de %1 est géré (le bureau d'enregistrement du domaine ou l'hébergeur DNS), ou demandez-le à la personne qui le gère.</translation>
    </message>
    <message>
        <source>Fix what is listed under this step where the DNS of %1 is managed (the domain registrar or DNS host), or ask whoever manages it.</source>
        <translation>Corrigez ce qui est indiqué sous cette étape là où le DNS de %1 est géré (le bureau d'enregistrement du domaine ou l'hébergeur DNS), ou demandez-le à la personne qui le gère.</translation>
    </message>
    <message>
        <source>The Deliverability tab of the account's settings shows every check and explains it.</source>
        <translation>L'onglet Délivrabilité des paramètres du compte présente chaque vérification et l'explique.</translation>
    </message>
    <message>
        <source>Run 'stamp domain check %1' to see every check and explain it.</source>
        <translation>Lancez 'stamp domain check %1' pour voir chaque vérification et son explication.</translation>
    </message>
    <message>
        <source>Proxy not found</source>
        <translation>Proxy introuvable</translation>
    </message>
    <message>
        <source>The name of the proxy this account connects through could not be found, so Stamp never got as far as %1.</source>
        <translation>Le nom du proxy par lequel ce compte se connecte est introuvable : Stamp n'est donc jamais arrivé jusqu'à %1.</translation>
    </message>
    <message>
        <source>Check the proxy's host name in the account (or --proxy) and your internet connection.</source>
        <translation>Vérifiez le nom d'hôte du proxy dans le compte (ou --proxy) et votre connexion Internet.</translation>
    </message>
    <message>
        <source>Check the proxy's host name in the account settings (Server, Proxy) and your internet connection.</source>
        <translation>Vérifiez le nom d'hôte du proxy dans les paramètres du compte (Serveur, Proxy) et votre connexion Internet.</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>Le proxy a refusé la connexion</translation>
    </message>
    <message>
        <source>Nothing answers at the proxy's address and port: the proxy is not running, or the port is wrong. %1 was not contacted.</source>
        <translation>Rien ne répond à l'adresse et au port du proxy : le proxy n'est pas démarré, ou le port est incorrect. %1 n'a pas été contacté.</translation>
    </message>
    <message>
        <source>Start the proxy (or the SSH tunnel or VPN client that provides it), or correct its port in the account (or --proxy). The message waits and goes once the proxy answers.</source>
        <translation>Démarrez le proxy (ou le tunnel SSH ou le client VPN qui le fournit), ou corrigez son port dans le compte (ou --proxy). Le message attend et partira dès que le proxy répondra.</translation>
    </message>
    <message>
        <source>Start the proxy (or the SSH tunnel or VPN client that provides it), or correct its port in the account settings (Server, Proxy). The message waits and goes once the proxy answers.</source>
        <translation>Démarrez le proxy (ou le tunnel SSH ou le client VPN qui le fournit), ou corrigez son port dans les paramètres du compte (Serveur, Proxy). Le message attend et partira dès que le proxy répondra.</translation>
    </message>
    <message>
        <source>The proxy refused the login</source>
        <translation>Le proxy a refusé l'authentification</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password and did not accept the ones given (or none were saved). This is the proxy's login, not the mail account's.</source>
        <translation>Le proxy demande un nom d'utilisateur et un mot de passe et n'a pas accepté ceux fournis (ou aucun n'était enregistré). Il s'agit de l'authentification auprès du proxy, pas de celle du compte de messagerie.</translation>
    </message>
    <message>
        <source>Check the proxy user in the account (or --proxy) and its password: saved in the keychain, or given in STAMP_PROXY_PASSWORD for one run.</source>
        <translation>Vérifiez l'utilisateur du proxy dans le compte (ou --proxy) et son mot de passe : enregistré dans le trousseau, ou fourni dans STAMP_PROXY_PASSWORD pour une seule exécution.</translation>
    </message>
    <message>
        <source>Check the proxy's user name and password in the account settings (Server, Proxy).</source>
        <translation>Vérifiez le nom d'utilisateur et le mot de passe du proxy dans les paramètres du compte (Serveur, Proxy).</translation>
    </message>
    <message>
        <source>The proxy does not allow this connection</source>
        <translation>Le proxy n'autorise pas cette connexion</translation>
    </message>
    <message>
        <source>The proxy's rules forbid connecting to %1 on this port. Web proxies often allow only the HTTPS port 443.</source>
        <translation>Les règles du proxy interdisent de se connecter à %1 sur ce port. Les proxys web n'autorisent souvent que le port HTTPS 443.</translation>
    </message>
    <message>
        <source>Ask whoever runs the proxy to allow the mail port, use a SOCKS5 proxy, or connect without a proxy (--proxy none).</source>
        <translation>Demandez au responsable du proxy d'autoriser le port de messagerie, utilisez un proxy SOCKS5, ou connectez-vous sans proxy (--proxy none).</translation>
    </message>
    <message>
        <source>Ask whoever runs the proxy to allow the mail port, use a SOCKS5 proxy, or choose "No proxy" in the account settings (Server, Proxy).</source>
        <translation>Demandez au responsable du proxy d'autoriser le port de messagerie, utilisez un proxy SOCKS5, ou choisissez "Pas de proxy" dans les paramètres du compte (Serveur, Proxy).</translation>
    </message>
    <message>
        <source>The proxy could not reach the server</source>
        <translation>Le proxy n'a pas pu joindre le serveur</translation>
    </message>
    <message>
        <source>The proxy answered but could not connect to %1: the name does not resolve on the proxy's side, the server refuses the proxy, or the port is wrong.</source>
        <translation>Le proxy a répondu mais n'a pas pu se connecter à %1 : le nom n'est pas résolu du côté du proxy, le serveur refuse le proxy, ou le port est incorrect.</translation>
    </message>
    <message>
        <source>Check the server's name and port in the account. If they are right, the server may be down, or the proxy's network cannot reach it.</source>
        <translation>Vérifiez le nom et le port du serveur dans le compte. S'ils sont corrects, le serveur est peut-être en panne, ou le réseau du proxy ne peut pas le joindre.</translation>
    </message>
    <message>
        <source>The proxy failed</source>
        <translation>Le proxy a échoué</translation>
    </message>
    <message>
        <source>The proxy closed the connection, stopped answering or answered in a way Stamp does not understand before the way to %1 was open.</source>
        <translation>Le proxy a fermé la connexion, a cessé de répondre ou a répondu d'une façon que Stamp ne comprend pas, avant que le chemin vers %1 ne soit ouvert.</translation>
    </message>
    <message>
        <source>Check that the proxy's type (SOCKS5 or HTTP), port, user name and password are right in the account, and that the proxy is working.</source>
        <translation>Vérifiez que le type du proxy (SOCKS5 ou HTTP), son port, son nom d'utilisateur et son mot de passe sont corrects dans le compte, et que le proxy fonctionne.</translation>
    </message>
    <message>
        <source>%1 refused the sender (From) address because it does not belong to the account you signed in with: this server lets a login send only as its own address.</source>
        <translation>%1 a refusé l'adresse d'expéditeur (From) car elle n'appartient pas au compte avec lequel vous êtes connecté : ce serveur n'autorise chaque compte authentifié à envoyer que depuis sa propre adresse.</translation>
    </message>
    <message>
        <source>Add the address as an alias or verified sender at your provider; or send with the account's own address as the envelope sender (an account added with --envelope-sender account); or send through the account that owns the address (--account NAME with this address as --from).</source>
        <translation>Ajoutez l'adresse comme alias ou expéditeur vérifié chez votre fournisseur ; ou envoyez avec l'adresse propre du compte comme expéditeur de l'enveloppe (un compte ajouté avec --envelope-sender account) ; ou envoyez via le compte auquel appartient l'adresse (--account NAME avec cette adresse comme --from).</translation>
    </message>
    <message>
        <source>Add the address as an alias or verified sender at your provider; or, in the account's settings, on the Identity tab, set "Envelope sender" to the account's own address; or edit the identity and choose the account that owns the address under "Send through".</source>
        <translation>Ajoutez l'adresse comme alias ou expéditeur vérifié chez votre fournisseur ; ou, dans les paramètres du compte, onglet Identité, réglez "Expéditeur de l'enveloppe" sur l'adresse de ce compte ; ou modifiez l'identité et choisissez, sous "Envoyer via", le compte auquel appartient l'adresse.</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>Find how to send mail for ADDRESS: provider presets, the domain's autoconfig file, its MX and SRV records, and an EHLO to likely hosts. Nothing is logged in to.</source>
        <translation>Trouver comment envoyer du courrier pour ADDRESS : préréglages des fournisseurs, fichier autoconfig du domaine, ses enregistrements MX et SRV, et un EHLO vers les hôtes probables. Aucune authentification n'est effectuée.</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>L'adresse e-mail.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous forme d'un seul objet JSON.</translation>
    </message>
    <message>
        <source>Keep looking after a preset matched.</source>
        <translation>Continuer à chercher après qu'un préréglage a correspondu.</translation>
    </message>
    <message>
        <source>Give up on the whole search after SECS (default 15).</source>
        <translation>Abandonner toute la recherche au bout de SECS secondes (15 par défaut).</translation>
    </message>
    <message>
        <source>give one email address.</source>
        <translation>indiquez une adresse e-mail.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds up to 600.</source>
        <translation>--timeout doit être un nombre de secondes ne dépassant pas 600.</translation>
    </message>
    <message>
        <source>Nothing found for %1 (%2 ms). Enter the server settings by hand: stamp account add NAME --email ADDRESS --host HOST --port N --security MODE</source>
        <translation>Rien trouvé pour %1 (%2 ms). Saisissez les paramètres du serveur à la main : stamp account add NAME --email ADDRESS --host HOST --port N --security MODE</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>d'après %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
</context>
<context>
    <name>DkimKeyRecord</name>
    <message>
        <source>"%1" is not a tag=value pair</source>
        <translation>"%1" n'est pas une paire balise=valeur</translation>
    </message>
    <message>
        <source>the tag "%1" appears more than once</source>
        <translation>la balise "%1" apparaît plus d'une fois</translation>
    </message>
    <message>
        <source>"v=" must come first and be "DKIM1"</source>
        <translation>"v=" doit venir en premier et valoir "DKIM1"</translation>
    </message>
    <message>
        <source>the required tag "p=" (the public key) is missing</source>
        <translation>la balise obligatoire "p=" (la clé publique) est absente</translation>
    </message>
    <message>
        <source>the public key (p=) is not valid base64</source>
        <translation>la clé publique (p=) n'est pas du base64 valide</translation>
    </message>
    <message>
        <source>the public key (p=) is not an RSA key</source>
        <translation>la clé publique (p=) n'est pas une clé RSA</translation>
    </message>
    <message>
        <source>an ed25519 key must be 32 bytes, this one has %1</source>
        <translation>une clé ed25519 doit faire 32 octets, celle-ci en fait %1</translation>
    </message>
    <message>
        <source>the key type (k=) is neither rsa nor ed25519</source>
        <translation>le type de clé (k=) n'est ni rsa ni ed25519</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>the record does not start with "v=DMARC1"</source>
        <translation>l'enregistrement ne commence pas par "v=DMARC1"</translation>
    </message>
    <message>
        <source>"%1" is not a tag=value pair</source>
        <translation>"%1" n'est pas une paire balise=valeur</translation>
    </message>
    <message>
        <source>the tag "%1" appears more than once</source>
        <translation>la balise "%1" apparaît plus d'une fois</translation>
    </message>
    <message>
        <source>"%1=%2" must be none, quarantine or reject</source>
        <translation>"%1=%2" doit valoir none, quarantine ou reject</translation>
    </message>
    <message>
        <source>"pct=%1" must be a number from 0 to 100</source>
        <translation>"pct=%1" doit être un nombre de 0 à 100</translation>
    </message>
    <message>
        <source>"%1=%2" must be r (relaxed) or s (strict)</source>
        <translation>"%1=%2" doit valoir r (relaxed, souple) ou s (strict)</translation>
    </message>
    <message>
        <source>"%1" in %2= is not a URI (mailto:...)</source>
        <translation>"%1" dans %2= n'est pas un URI (mailto:...)</translation>
    </message>
    <message>
        <source>the tag "%1" is unknown and ignored</source>
        <translation>la balise "%1" est inconnue et ignorée</translation>
    </message>
    <message>
        <source>the required tag "p=" (the policy) is missing</source>
        <translation>la balise obligatoire "p=" (la politique) est absente</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>Run 'stamp domain check --help' for the options.</source>
        <translation>Lancez 'stamp domain check --help' pour voir les options.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>stamp domain: unknown sub-command "%1"</source>
        <translation>stamp domain : sous-commande inconnue "%1"</translation>
    </message>
    <message>
        <source>Usage: stamp domain SUB-COMMAND [options]</source>
        <translation>Utilisation : stamp domain SUB-COMMAND [options]</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>Sous-commandes :</translation>
    </message>
    <message>
        <source>Run 'stamp domain SUB-COMMAND --help' for its options.</source>
        <translation>Lancez 'stamp domain SUB-COMMAND --help' pour voir ses options.</translation>
    </message>
    <message>
        <source>Check what a sending domain publishes in DNS for its mail to arrive: MX, SPF, DKIM, DMARC, and (for information) MTA-STS and TLS-RPT. Where a record is missing or wrong for the provider you send through, the record to publish is shown. Only DNS is asked; nothing is sent.

Exit status: 0 when no check fails, 1 when one fails, 2 for a wrong command line, 3 when DNS could not be asked.</source>
        <translation>Vérifier ce qu'un domaine d'envoi publie dans le DNS pour que ses messages arrivent : MX, SPF, DKIM, DMARC et (à titre d'information) MTA-STS et TLS-RPT. Lorsqu'un enregistrement manque ou ne convient pas au fournisseur par lequel vous envoyez, l'enregistrement à publier est affiché. Seul le DNS est interrogé ; rien n'est envoyé.

Code de sortie : 0 si aucune vérification n'échoue, 1 si l'une d'elles échoue, 2 pour une ligne de commande incorrecte, 3 si le DNS n'a pas pu être interrogé.</translation>
    </message>
    <message>
        <source>The address you send from, or its domain.</source>
        <translation>L'adresse à partir de laquelle vous envoyez, ou son domaine.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous forme d'un seul objet JSON.</translation>
    </message>
    <message>
        <source>The provider you send through (a preset id); default: found from the domain's MX records.</source>
        <translation>Le fournisseur par lequel vous envoyez (un identifiant de préréglage) ; par défaut : déterminé d'après les enregistrements MX du domaine.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system's.</source>
        <translation>Interroger ce serveur DNS (une adresse IP) au lieu de celui du système.</translation>
    </message>
    <message>
        <source>Also look for a DKIM key at this selector (the s= of a DKIM-Signature you sent); repeatable.</source>
        <translation>Chercher aussi une clé DKIM à ce sélecteur (le s= d'une DKIM-Signature que vous avez envoyée) ; répétable.</translation>
    </message>
    <message>
        <source>give one address or domain.</source>
        <translation>indiquez une adresse ou un domaine.</translation>
    </message>
    <message>
        <source>"%1" is not an address or a domain.</source>
        <translation>"%1" n'est ni une adresse ni un domaine.</translation>
    </message>
    <message>
        <source>there is no provider "%1".</source>
        <translation>il n'y a pas de fournisseur "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a DKIM selector.</source>
        <translation>"%1" n'est pas un sélecteur DKIM.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>"%1" n'est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Domain %1 (provider unknown)</source>
        <translation>Domaine %1 (fournisseur inconnu)</translation>
    </message>
    <message>
        <source>Domain %1, sending through %2</source>
        <translation>Domaine %1, envoi via %2</translation>
    </message>
    <message>
        <source>DNS could not be asked: no question was answered. Check the network or the name server, then try again.</source>
        <translation>Le DNS n'a pas pu être interrogé : aucune requête n'a obtenu de réponse. Vérifiez le réseau ou le serveur de noms, puis réessayez.</translation>
    </message>
    <message>
        <source>Seen: %1</source>
        <translation>Trouvé : %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Publish:</source>
        <translation>À publier :</translation>
    </message>
</context>
<context>
    <name>DomainFinding</name>
    <message>
        <source>Mail servers (MX)</source>
        <translation>Serveurs de messagerie (MX)</translation>
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
        <translation>Rapports TLS (TLS-RPT)</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>DsnOptions</name>
    <message>
        <source>Ask for delivery reports (RFC 3461): "never", or a comma list of success, failure and delay. Default: the account's setting (success,failure when it asks for reports).</source>
        <translation>Demander des accusés de remise (RFC 3461) : "never", ou une liste de success, failure et delay séparés par des virgules. Par défaut : le réglage du compte (success,failure s'il demande des accusés).</translation>
    </message>
    <message>
        <source>What a delivery report returns of the message: full or hdrs (headers only).</source>
        <translation>Ce qu'un accusé de remise renvoie du message : full (message complet) ou hdrs (en-têtes seulement).</translation>
    </message>
    <message>
        <source>The envelope ID reports quote (printable ASCII, at most 100 characters). Default: a random one when reports are asked for.</source>
        <translation>L'identifiant d'enveloppe que citent les accusés (ASCII imprimable, 100 caractères au plus). Par défaut : un identifiant aléatoire lorsque des accusés sont demandés.</translation>
    </message>
    <message>
        <source>--dsn-ret must be full or hdrs, not "%1".</source>
        <translation>--dsn-ret doit valoir full ou hdrs, et non "%1".</translation>
    </message>
    <message>
        <source>--dsn-envid must not be empty.</source>
        <translation>--dsn-envid ne doit pas être vide.</translation>
    </message>
</context>
<context>
    <name>DsnRequest</name>
    <message>
        <source>A delivery report cannot be both "never" and asked for on success, failure or delay.</source>
        <translation>Un accusé de remise ne peut pas être à la fois "never" et demandé pour success, failure ou delay.</translation>
    </message>
    <message>
        <source>"%1" is not a delivery report condition: use "never", or one or more of "success", "failure" and "delay" separated by commas.</source>
        <extracomment>%1 is what was given; the words in quotes are fixed keywords</extracomment>
        <translation>"%1" n'est pas une condition d'accusé de remise : utilisez "never", ou un ou plusieurs de "success", "failure" et "delay" séparés par des virgules.</translation>
    </message>
    <message>
        <source>"never" cannot be combined with "success", "failure" or "delay".</source>
        <translation>"never" ne peut pas être combiné avec "success", "failure" ou "delay".</translation>
    </message>
    <message>
        <source>The envelope ID is longer than %1 characters.</source>
        <extracomment>%1 is a number</extracomment>
        <translation>L'identifiant d'enveloppe dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The envelope ID may hold only printable ASCII characters (no line breaks, no accented letters).</source>
        <translation>L'identifiant d'enveloppe ne peut contenir que des caractères ASCII imprimables (pas de saut de ligne, pas de lettres accentuées).</translation>
    </message>
</context>
<context>
    <name>ImapResponseReader</name>
    <message>
        <source>expected "%1"</source>
        <translation>"%1" attendu</translation>
    </message>
    <message>
        <source>control characters in the response text</source>
        <translation>caractères de contrôle dans le texte de la réponse</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>the response ends early</source>
        <translation>la réponse se termine prématurément</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <extracomment>%1 says what is wrong, %2 is a character position</extracomment>
        <translation>%1 à la position %2</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>chaîne entre guillemets non terminée</translation>
    </message>
    <message>
        <source>invalid escape in a quoted string</source>
        <translation>séquence d'échappement non valide dans une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>control character in a quoted string</source>
        <translation>caractère de contrôle dans une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>malformed literal</source>
        <translation>littéral mal formé</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server ended a line with a bare line feed.</source>
        <translation>Le serveur a terminé une ligne par un simple saut de ligne (sans retour chariot).</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes, more than the %2 allowed.</source>
        <translation>Le serveur a annoncé un littéral de %1 octets, plus que les %2 autorisés.</translation>
    </message>
    <message>
        <source>The server sent a malformed response: %1</source>
        <extracomment>%1 says what is wrong with the response</extracomment>
        <translation>Le serveur a envoyé une réponse mal formée : %1</translation>
    </message>
    <message>
        <source>no line end</source>
        <translation>pas de fin de ligne</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>pas d'étiquette</translation>
    </message>
    <message>
        <source>no response name</source>
        <translation>pas de nom de réponse</translation>
    </message>
    <message>
        <source>a tagged response must be OK, NO or BAD</source>
        <translation>une réponse étiquetée doit être OK, NO ou BAD</translation>
    </message>
    <message>
        <source>unterminated response code</source>
        <translation>code de réponse non terminé</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 accepts only its own sign-in page: sign in once after the import.</source>
        <translation>%1 n'accepte que sa propre page de connexion : connectez-vous une fois après l'importation.</translation>
    </message>
    <message>
        <source>Stamp knows no OAuth sign-in for %1: it will log in with a password (an app password, where the provider offers them).</source>
        <translation>Stamp ne connaît aucune connexion OAuth pour %1 : il s'authentifiera avec un mot de passe (un mot de passe d'application, si le fournisseur en propose).</translation>
    </message>
    <message>
        <source>The account signed in with OAuth, which Stamp offers only for the providers it knows; it will log in with a password instead.</source>
        <translation>Le compte se connectait avec OAuth, que Stamp ne propose que pour les fournisseurs qu'il connaît ; il s'authentifiera plutôt avec un mot de passe.</translation>
    </message>
    <message>
        <source>Not imported: the account "%1" already uses this server with this user name.</source>
        <translation>Non importé : le compte "%1" utilise déjà ce serveur avec ce nom d'utilisateur.</translation>
    </message>
    <message>
        <source>Not imported: same server and user name as %1; its address is added to that account as an identity.</source>
        <translation>Non importé : même serveur et même nom d'utilisateur que %1 ; son adresse est ajoutée à ce compte comme identité.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MailTransaction</name>
    <message>
        <source>The sender address "%1" cannot be used: %2.</source>
        <extracomment>%1 is an email address; %2 says what is wrong with it</extracomment>
        <translation>L'adresse de l'expéditeur "%1" est inutilisable : %2.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Le message n'a aucun destinataire.</translation>
    </message>
    <message>
        <source>The recipient address "%1" cannot be used: %2.</source>
        <extracomment>%1 is an email address; %2 says what is wrong with it</extracomment>
        <translation>L'adresse du destinataire "%1" est inutilisable : %2.</translation>
    </message>
    <message>
        <source>The message content cannot be read.</source>
        <translation>Le contenu du message ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The message content must come from a file, not a stream.</source>
        <translation>Le contenu du message doit provenir d'un fichier, pas d'un flux.</translation>
    </message>
    <message>
        <source>The message content could not be read: %1.</source>
        <extracomment>%1 is the system's error message</extracomment>
        <translation>Le contenu du message n'a pas pu être lu : %1.</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and the server does not support SMTPUTF8.</source>
        <translation>Une adresse contient des caractères non ASCII avant le @, et le serveur ne prend pas en charge SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message is %L1 bytes; the server accepts at most %L2 bytes.</source>
        <extracomment>%1 and %2 are sizes in bytes</extracomment>
        <translation>Le message fait %L1 octets ; le serveur accepte au maximum %L2 octets.</translation>
    </message>
    <message>
        <source>The message has 8-bit content but the server does not announce 8BITMIME; sending it unchanged.</source>
        <translation>Le message a un contenu 8 bits mais le serveur n'annonce pas 8BITMIME ; envoi sans modification.</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>Le serveur a refusé l'expéditeur : %1</translation>
    </message>
    <message>
        <source>Recipient %1 refused: %2</source>
        <extracomment>%1 is an email address; %2 is the server's reply</extracomment>
        <translation>Destinataire %1 refusé : %2</translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation>Le serveur a refusé tous les destinataires.</translation>
    </message>
    <message>
        <source>The server refused DATA: %1</source>
        <translation>Le serveur a refusé DATA : %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Le serveur a refusé le message : %1</translation>
    </message>
    <message>
        <source>The server refused RSET: %1</source>
        <translation>Le serveur a refusé RSET : %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when this happened: the server may have accepted it. It must not be sent again without checking.</source>
        <translation>Le message avait été envoyé en entier quand cela s'est produit : le serveur l'a peut-être accepté. Il ne doit pas être renvoyé sans vérification.</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports (DSN); the message is sent without asking for one.</source>
        <translation>Le serveur ne propose pas les accusés de remise (DSN) ; le message est envoyé sans en demander.</translation>
    </message>
</context>
<context>
    <name>MailboxName</name>
    <message>
        <source>The mailbox name holds a byte that modified UTF-7 does not allow.</source>
        <translation>Le nom de la boîte aux lettres contient un octet que l'UTF-7 modifié n'autorise pas.</translation>
    </message>
    <message>
        <source>The mailbox name has an unterminated "&amp;" sequence.</source>
        <translation>Le nom de la boîte aux lettres contient une séquence "&amp;" non terminée.</translation>
    </message>
    <message>
        <source>The mailbox name is not in modified UTF-7.</source>
        <translation>Le nom de la boîte aux lettres n'est pas en UTF-7 modifié.</translation>
    </message>
</context>
<context>
    <name>MailtoLink</name>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>In-Reply-To</source>
        <translation>In-Reply-To</translation>
    </message>
    <message>
        <source>The link's %1 has a malformed escape "%2" (a % must be followed by two hexadecimal digits); it was left out.</source>
        <translation>Le champ %1 du lien contient une séquence d'échappement mal formée "%2" (un % doit être suivi de deux chiffres hexadécimaux) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The link's %1 is not UTF-8 text; it was left out.</source>
        <translation>Le champ %1 du lien n'est pas du texte UTF-8 ; il a été ignoré.</translation>
    </message>
    <message>
        <source>This is not a mailto: link.</source>
        <translation>Ce n'est pas un lien mailto:.</translation>
    </message>
    <message>
        <source>The link is longer than %1 characters; it was not used.</source>
        <translation>Le lien dépasse %1 caractères ; il n'a pas été utilisé.</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>nom de champ</translation>
    </message>
    <message>
        <source>The link's %1 contains a line break or control character; it was left out.</source>
        <translation>Le champ %1 du lien contient un saut de ligne ou un caractère de contrôle ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The link names more than %1 recipients; the %2 addresses for %3 were left out.</source>
        <translation>Le lien indique plus de %1 destinataires ; les %2 adresses du champ %3 ont été ignorées.</translation>
    </message>
    <message>
        <source>Address in %1: %2.</source>
        <translation>Adresse dans le champ %1 : %2.</translation>
    </message>
    <message>
        <source>The link gives more than one %1; the first was used.</source>
        <translation>Le lien indique plus d'un champ %1 ; le premier a été utilisé.</translation>
    </message>
    <message>
        <source>The link's %1 contains a line break, which could add hidden header fields; it was left out.</source>
        <translation>Le champ %1 du lien contient un saut de ligne, qui pourrait ajouter des champs d'en-tête cachés ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The link's %1 contains control characters; it was left out.</source>
        <translation>Le champ %1 du lien contient des caractères de contrôle ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The link's %1 is longer than %2 characters; it was left out.</source>
        <translation>Le champ %1 du lien dépasse %2 caractères ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The link's In-Reply-To "%1" is not a message identifier; it was left out.</source>
        <translation>Le champ In-Reply-To "%1" du lien n'est pas un identifiant de message ; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>The message was sent to every recipient, the check passed, or the command did what was asked.</source>
        <translation>Le message a été envoyé à tous les destinataires, la vérification a réussi, ou la commande a fait ce qui était demandé.</translation>
    </message>
    <message>
        <source>Some recipients were refused (the others accepted the message), or some outbox entries could not be read.</source>
        <translation>Certains destinataires ont été refusés (les autres ont accepté le message), ou certaines entrées de la boîte d'envoi n'ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The command line is wrong: an unknown option, a missing or malformed value.</source>
        <translation>La ligne de commande est incorrecte : option inconnue, valeur manquante ou mal formée.</translation>
    </message>
    <message>
        <source>Nothing was sent, or the check failed; the reason is printed on standard error.</source>
        <translation>Rien n'a été envoyé, ou la vérification a échoué ; la raison est affichée sur la sortie d'erreur standard.</translation>
    </message>
    <message>
        <source>Where the configuration goes (default: ~/.config).</source>
        <translation>Emplacement de la configuration (par défaut : ~/.config).</translation>
    </message>
    <message>
        <source>Where the outbox, Sent items and drafts go (default: ~/.local/share).</source>
        <translation>Emplacement de la boîte d'envoi, des éléments envoyés et des brouillons (par défaut : ~/.local/share).</translation>
    </message>
    <message>
        <source>Use this directory for the outbox instead.</source>
        <translation>Utiliser plutôt ce répertoire pour la boîte d'envoi.</translation>
    </message>
    <message>
        <source>Use this directory for Sent items instead.</source>
        <translation>Utiliser plutôt ce répertoire pour les éléments envoyés.</translation>
    </message>
    <message>
        <source>Read OAuth client registrations from this file instead.</source>
        <translation>Lire plutôt les enregistrements de clients OAuth depuis ce fichier.</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Commandes utilisateur</translation>
    </message>
    <message>
        <source>send mail through an SMTP submission server and explain every failure</source>
        <translation>envoyer du courrier via un serveur de soumission SMTP et expliquer chaque échec</translation>
    </message>
    <message>
        <source>Stamp sends mail through your provider's SMTP submission server and explains every failure. Started without arguments it opens its window; with a command it works on the command line, without a display, for scripts.</source>
        <translation>Stamp envoie du courrier via le serveur de soumission SMTP de votre fournisseur et explique chaque échec. Lancé sans arguments, il ouvre sa fenêtre ; avec une commande, il fonctionne en ligne de commande, sans affichage, pour les scripts.</translation>
    </message>
    <message>
        <source>Every command prints its options with --help. Shell completion for bash, zsh and fish is installed with Stamp, and printed by 'stamp completion SHELL'.</source>
        <translation>Chaque commande affiche ses options avec --help. La complétion pour bash, zsh et fish est installée avec Stamp, et affichée par 'stamp completion SHELL'.</translation>
    </message>
    <message>
        <source>The saved accounts (no passwords).</source>
        <translation>Les comptes enregistrés (sans mots de passe).</translation>
    </message>
    <message>
        <source>OAuth client registrations, if any.</source>
        <translation>Les enregistrements d'applications OAuth, s'il y en a.</translation>
    </message>
    <message>
        <source>The outbox: queued messages and their state.</source>
        <translation>La boîte d'envoi : les messages en attente et leur état.</translation>
    </message>
    <message>
        <source>Sent items and their session transcripts.</source>
        <translation>Les éléments envoyés et les transcriptions de leurs sessions.</translation>
    </message>
    <message>
        <source>Drafts saved by the window.</source>
        <translation>Les brouillons enregistrés par la fenêtre.</translation>
    </message>
    <message>
        <source>Passwords and OAuth sign-ins are kept only in the system keychain (the Secret Service on Linux), never in Stamp's files. A password is never taken from an argument, which other users could read in the process list: it comes from standard input or from an environment variable named on the command line, for one run. Session transcripts show the password redacted. An unencrypted connection is only ever a choice made with --security none, never a fallback, and a password is sent without TLS only to this machine unless --allow-plaintext-auth says otherwise.</source>
        <translation>Les mots de passe et les connexions OAuth sont conservés uniquement dans le trousseau du système (le Secret Service sous Linux), jamais dans les fichiers de Stamp. Un mot de passe n'est jamais accepté en argument, que d'autres utilisateurs pourraient lire dans la liste des processus : il provient de l'entrée standard ou d'une variable d'environnement nommée sur la ligne de commande, pour une seule exécution. Les transcriptions de session montrent le mot de passe masqué. Une connexion non chiffrée n'est jamais qu'un choix fait avec --security none, jamais une solution de repli, et un mot de passe n'est envoyé sans TLS qu'à cette machine, sauf si --allow-plaintext-auth en décide autrement.</translation>
    </message>
    <message>
        <source>Message templates (stamp template, send --template).</source>
        <translation>Les modèles de message (stamp template, send --template).</translation>
    </message>
    <message>
        <source>The password for the login of the proxy given with --proxy or saved with the account, for one run; it wins over the keychain.</source>
        <translation>Le mot de passe de l'utilisateur du proxy indiqué avec --proxy ou enregistré avec le compte, pour une seule exécution ; il prime sur le trousseau.</translation>
    </message>
</context>
<context>
    <name>ManPageCommand</name>
    <message>
        <source>takes no arguments.</source>
        <translation>n'accepte aucun argument.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>The sender: %1.</source>
        <translation>L'expéditeur : %1.</translation>
    </message>
    <message>
        <source>%1 contains a line break; it must be a single line.</source>
        <translation>%1 contient un saut de ligne ; une seule ligne est autorisée.</translation>
    </message>
    <message>
        <source>%1 contains the control character %2.</source>
        <translation>%1 contient le caractère de contrôle %2.</translation>
    </message>
    <message>
        <source>%1 has no file name.</source>
        <translation>%1 n'a pas de nom de fichier.</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist.</source>
        <translation>%1 "%2" n'existe pas.</translation>
    </message>
    <message>
        <source>%1 "%2" is a folder, not a file.</source>
        <translation>%1 "%2" est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <source>%1 "%2" is not a regular file.</source>
        <translation>%1 "%2" n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 "%2" cannot be read: %3.</source>
        <translation>%1 "%2" est illisible : %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>A name in %1</source>
        <translation>Un nom dans le champ %1</translation>
    </message>
    <message>
        <source>The sender (From) is missing.</source>
        <translation>L'expéditeur (From) est absent.</translation>
    </message>
    <message>
        <source>The sender's name</source>
        <translation>Le nom de l'expéditeur</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L'objet</translation>
    </message>
    <message>
        <source>The header "%1" is written by Stamp itself and cannot be given as an extra header.</source>
        <translation>L'en-tête "%1" est écrit par Stamp lui-même et ne peut pas être ajouté comme en-tête supplémentaire.</translation>
    </message>
    <message>
        <source>The value of the header "%1"</source>
        <translation>La valeur de l'en-tête "%1"</translation>
    </message>
    <message>
        <source>In-Reply-To "%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>In-Reply-To "%1" n'est pas un identifiant de message tel que &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>The reference "%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>La référence "%1" n'est pas un identifiant de message tel que &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>La pièce jointe</translation>
    </message>
    <message>
        <source>"%1" is not a content type such as text/plain.</source>
        <translation>"%1" n'est pas un type de contenu tel que text/plain.</translation>
    </message>
    <message>
        <source>Inline images are shown by the HTML part, but the message has no HTML body.</source>
        <translation>Les images intégrées sont affichées par la partie HTML, mais le message n'a pas de corps HTML.</translation>
    </message>
    <message>
        <source>The inline image</source>
        <translation>L'image intégrée</translation>
    </message>
    <message>
        <source>"%1" is not a content type such as image/png.</source>
        <translation>"%1" n'est pas un type de contenu tel que image/png.</translation>
    </message>
    <message>
        <source>The content ID "%1" of the inline image "%2" is not of the form name@domain.</source>
        <translation>L'identifiant de contenu "%1" de l'image intégrée "%2" n'est pas de la forme nom@domaine.</translation>
    </message>
    <message>
        <source>A header name is empty.</source>
        <translation>Un nom d'en-tête est vide.</translation>
    </message>
    <message>
        <source>The header name "%1" may only contain printable ASCII characters other than a colon.</source>
        <translation>Le nom d'en-tête "%1" ne peut contenir que des caractères ASCII imprimables, à l'exception du deux-points.</translation>
    </message>
    <message>
        <source>The header name "%1" is longer than 76 characters.</source>
        <translation>Le nom d'en-tête "%1" dépasse 76 caractères.</translation>
    </message>
</context>
<context>
    <name>MessageOptions</name>
    <message>
        <source>Sender: an address, or "Name &lt;address&gt;".</source>
        <translation>Expéditeur : une adresse, ou "Name &lt;address&gt;".</translation>
    </message>
    <message>
        <source>The sender's name, shown by mail readers.</source>
        <translation>Le nom de l'expéditeur, affiché par les logiciels de messagerie.</translation>
    </message>
    <message>
        <source>Recipients (repeatable; several separated by commas or semicolons; "Name &lt;address&gt;" and groups such as "Team: a@x, b@y;" are understood).</source>
        <translation>Destinataires (répétable ; plusieurs, séparés par des virgules ou des points-virgules ; "Name &lt;address&gt;" et les groupes tels que "Team: a@x, b@y;" sont compris).</translation>
    </message>
    <message>
        <source>Copy recipients (repeatable, like --to).</source>
        <translation>Destinataires en copie (répétable, comme --to).</translation>
    </message>
    <message>
        <source>Blind copy recipients: envelope only, never written into the message.</source>
        <translation>Destinataires en copie cachée : enveloppe uniquement, jamais écrits dans le message.</translation>
    </message>
    <message>
        <source>Where replies should go (repeatable, like --to).</source>
        <translation>Adresse à laquelle envoyer les réponses (répétable, comme --to).</translation>
    </message>
    <message>
        <source>The subject line.</source>
        <translation>La ligne d'objet.</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>Le texte du message.</translation>
    </message>
    <message>
        <source>Read the message text (UTF-8) from a file.</source>
        <translation>Lire le texte du message (UTF-8) depuis un fichier.</translation>
    </message>
    <message>
        <source>Read an HTML version of the message (UTF-8) from a file; readers show it instead of the text.</source>
        <translation>Lire une version HTML du message (UTF-8) depuis un fichier ; les logiciels de messagerie l'affichent à la place du texte.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable). Its type is found from its name and content.</source>
        <translation>Joindre un fichier (répétable). Son type est déterminé d'après son nom et son contenu.</translation>
    </message>
    <message>
        <source>Add a header field, given as "Name: value" (repeatable).</source>
        <translation>Ajouter un champ d'en-tête, donné sous la forme "Name: value" (répétable).</translation>
    </message>
    <message>
        <source>high, normal (default) or low.</source>
        <translation>high, normal (par défaut) ou low.</translation>
    </message>
    <message>
        <source>The Message-ID of the message this one answers.</source>
        <translation>Le Message-ID du message auquel celui-ci répond.</translation>
    </message>
    <message>
        <source>Message-IDs of the conversation so far, oldest first (repeatable).</source>
        <translation>Les Message-ID de la conversation jusqu'ici, du plus ancien au plus récent (répétable).</translation>
    </message>
    <message>
        <source>A mailto: link (RFC 6068) to start from. --to, --cc and --bcc add to its recipients; --subject, --body or --body-file, and --in-reply-to replace its subject, text and In-Reply-To. Other fields in the link (attach, from, other headers) are ignored, with a warning.</source>
        <translation>Un lien mailto: (RFC 6068) comme point de départ. --to, --cc et --bcc s'ajoutent à ses destinataires ; --subject, --body ou --body-file, et --in-reply-to remplacent son objet, son texte et son In-Reply-To. Les autres champs du lien (attach, from, autres en-têtes) sont ignorés, avec un avertissement.</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (only one mailto: link may be given).</source>
        <translation>argument inattendu "%1" (un seul lien mailto: peut être donné).</translation>
    </message>
    <message>
        <source>the link's "%1" field is ignored (RFC 6068 §7).</source>
        <translation>le champ "%1" du lien est ignoré (RFC 6068 §7).</translation>
    </message>
    <message>
        <source>cannot read %1 "%2": %3.</source>
        <translation>impossible de lire %1 "%2" : %3.</translation>
    </message>
    <message>
        <source>%1 "%2" is larger than 64 MiB; send it with --attach instead.</source>
        <translation>%1 "%2" dépasse 64 Mio ; envoyez-le plutôt avec --attach.</translation>
    </message>
    <message>
        <source>%1 "%2" is not UTF-8 text; convert it, or send it with --attach instead.</source>
        <translation>%1 "%2" n'est pas du texte UTF-8 ; convertissez-le, ou envoyez-le plutôt avec --attach.</translation>
    </message>
    <message>
        <source>--from is required.</source>
        <translation>--from est obligatoire.</translation>
    </message>
    <message>
        <source>--from: %1.</source>
        <translation>--from : %1.</translation>
    </message>
    <message>
        <source>use either --body or --body-file, not both.</source>
        <translation>utilisez soit --body, soit --body-file, pas les deux.</translation>
    </message>
    <message>
        <source>--header "%1" needs the form "Name: value".</source>
        <translation>--header "%1" doit avoir la forme "Name: value".</translation>
    </message>
    <message>
        <source>--priority must be high, normal or low, not "%1".</source>
        <translation>--priority doit valoir high, normal ou low, pas "%1".</translation>
    </message>
    <message>
        <source>Write a Sender field: the address that sends the message for its author (RFC 5322 §3.6.2). With a saved account Stamp writes one itself when the server needs it.</source>
        <translation>Écrire un champ Sender : l'adresse qui envoie le message au nom de son auteur (RFC 5322 §3.6.2). Avec un compte enregistré, Stamp l'écrit lui-même quand le serveur l'exige.</translation>
    </message>
    <message>
        <source>Start from this saved template (see 'stamp template list'). --from, --to, --cc, --bcc, --subject, --body or --body-file and --html-file replace its fields; --attach adds files to its attachments.</source>
        <translation>Partir de ce modèle enregistré (voir 'stamp template list'). --from, --to, --cc, --bcc, --subject, --body ou --body-file et --html-file remplacent ses champs ; --attach ajoute des fichiers à ses pièces jointes.</translation>
    </message>
    <message>
        <source>--template and a mailto: link both start a message; give one of them.</source>
        <translation>--template et un lien mailto: servent tous deux de point de départ au message ; n'en indiquez qu'un.</translation>
    </message>
    <message>
        <source>--template: there is no template named "%1" ('stamp template list' shows them).</source>
        <translation>--template : il n'existe pas de modèle nommé "%1" ('stamp template list' les affiche).</translation>
    </message>
    <message>
        <source>--template: "%1" attaches "%2", which cannot be read (any more).</source>
        <translation>--template : "%1" joint "%2", qui ne peut pas (ou plus) être lu.</translation>
    </message>
    <message>
        <source>--sender: %1.</source>
        <translation>--sender : %1.</translation>
    </message>
    <message>
        <source>Ask the recipients' mail readers for a read receipt to the sender (RFC 8098); they may ignore it.</source>
        <translation>Demander aux logiciels de messagerie des destinataires un accusé de lecture adressé à l'expéditeur (RFC 8098) ; ils peuvent l'ignorer.</translation>
    </message>
</context>
<context>
    <name>MessageUpload</name>
    <message>
        <source>[sending the message: %L1 bytes]</source>
        <extracomment>Shown in the session log; %1 is a size in bytes</extracomment>
        <translation>[envoi du message : %L1 octets]</translation>
    </message>
    <message>
        <source>[sending the message]</source>
        <translation>[envoi du message]</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <extracomment>%1 is the system's error message</extracomment>
        <translation>Échec de la lecture du message : %1</translation>
    </message>
    <message>
        <source>[message sent: %L1 bytes]</source>
        <extracomment>Shown in the session log; %1 is a size in bytes</extracomment>
        <translation>[message envoyé : %L1 octets]</translation>
    </message>
    <message>
        <source>The server refused part of the message: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Le serveur a refusé une partie du message : %1</translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>The attachment "%1" cannot be read: %2.</source>
        <translation>La pièce jointe "%1" ne peut pas être lue : %2.</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @; the message can only be written with UTF-8 headers, for a server that offers SMTPUTF8.</source>
        <translation>Une adresse contient des caractères non ASCII avant le @ ; le message ne peut être écrit qu'avec des en-têtes UTF-8, pour un serveur qui propose SMTPUTF8.</translation>
    </message>
    <message>
        <source>"%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>"%1" n'est pas un identifiant de message tel que &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>Cannot write the message: %1.</source>
        <translation>Impossible d'écrire le message : %1.</translation>
    </message>
    <message>
        <source>Cannot read the attachment "%1": %2.</source>
        <translation>Impossible de lire la pièce jointe "%1" : %2.</translation>
    </message>
    <message>
        <source>The attachment "%1" changed while the message was being written.</source>
        <translation>La pièce jointe "%1" a été modifiée pendant l'écriture du message.</translation>
    </message>
</context>
<context>
    <name>MsmtpConfig</name>
    <message>
        <source>line %1: an account without a name</source>
        <translation>ligne %1 : un compte sans nom</translation>
    </message>
    <message>
        <source>line %1: the account "%2" is defined a second time; the first one is used</source>
        <translation>ligne %1 : le compte "%2" est défini une seconde fois ; le premier est utilisé</translation>
    </message>
    <message>
        <source>it inherits from "%1", which is not defined</source>
        <translation>il hérite de "%1", qui n'est pas défini</translation>
    </message>
    <message>
        <source>its settings inherit in a circle (%1)</source>
        <translation>l'héritage de ses paramètres forme une boucle (%1)</translation>
    </message>
</context>
<context>
    <name>MsmtpExport</name>
    <message>
        <source>The account "%1" signs in with %2 instead of a password. msmtp could only use a short-lived access token that something renews for it, and Stamp keeps only the sign-in itself, so no working msmtp configuration can be written. Use an app password with msmtp, where the provider offers one.</source>
        <translation>Le compte "%1" se connecte avec %2 au lieu d'un mot de passe. msmtp ne pourrait utiliser qu'un jeton d'accès de courte durée qu'un autre outil renouvellerait pour lui, et Stamp ne conserve que la connexion elle-même : aucune configuration msmtp fonctionnelle ne peut donc être écrite. Utilisez un mot de passe d'application avec msmtp, si le fournisseur en propose un.</translation>
    </message>
</context>
<context>
    <name>MsmtpImport</name>
    <message>
        <source>No msmtp configuration was found (~/.msmtprc or ~/.config/msmtp/config). Name the file.</source>
        <translation>Aucune configuration msmtp n'a été trouvée (~/.msmtprc ou ~/.config/msmtp/config). Indiquez le fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>A line of the file was not understood and was left out (%1).</source>
        <translation>Une ligne du fichier n'a pas été comprise et a été ignorée (%1).</translation>
    </message>
    <message>
        <source>The default setting "%1" has no counterpart in Stamp and was left out.</source>
        <translation>Le paramètre par défaut "%1" n'a pas d'équivalent dans Stamp et a été ignoré.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Non importé : %1.</translation>
    </message>
    <message>
        <source>msmtp sent through this server without encryption. Stamp will too, but refuses to log in that way; choose STARTTLS or TLS in the account's settings if the server offers it.</source>
        <translation>msmtp envoyait via ce serveur sans chiffrement. Stamp le fera aussi, mais refuse de s'y authentifier ainsi ; choisissez STARTTLS ou TLS dans les paramètres du compte si le serveur le propose.</translation>
    </message>
    <message>
        <source>The port "%1" is not a port number; the usual one is used.</source>
        <translation>Le port "%1" n'est pas un numéro de port ; le port habituel est utilisé.</translation>
    </message>
    <message>
        <source>Stamp does not offer the login method "%1"; it will choose the strongest password method the server offers.</source>
        <translation>Stamp ne propose pas la méthode d'authentification "%1" ; il choisira la méthode par mot de passe la plus forte que propose le serveur.</translation>
    </message>
    <message>
        <source>The From pattern "%1" cannot be an address to send from.</source>
        <translation>Le modèle From "%1" ne peut pas servir d'adresse d'envoi.</translation>
    </message>
    <message>
        <source>No From address is set; the user name is used as the address.</source>
        <translation>Aucune adresse From n'est définie ; le nom d'utilisateur est utilisé comme adresse.</translation>
    </message>
    <message>
        <source>Not imported: the account has no From address.</source>
        <translation>Non importé : le compte n'a pas d'adresse From.</translation>
    </message>
    <message>
        <source>Not imported: the account has no host.</source>
        <translation>Non importé : le compte n'a pas d'hôte.</translation>
    </message>
    <message>
        <source>The certificate fingerprint is not a SHA-256 one, the only kind Stamp pins by; the certificate will be verified as usual.</source>
        <translation>L'empreinte du certificat n'est pas une empreinte SHA-256, le seul type par lequel Stamp épingle ; le certificat sera vérifié normalement.</translation>
    </message>
    <message>
        <source>msmtp did not check the server's certificate. Stamp always does: if the check fails, Stamp shows the certificate and you can trust exactly that one.</source>
        <translation>msmtp ne vérifiait pas le certificat du serveur. Stamp le vérifie toujours : si la vérification échoue, Stamp affiche le certificat et vous pouvez faire confiance à ce certificat précis.</translation>
    </message>
    <message>
        <source>The password (or the command that gives it) is not imported: Stamp asks for it once, for the keychain.</source>
        <translation>Le mot de passe (ou la commande qui le fournit) n'est pas importé : Stamp le demande une seule fois, pour le trousseau.</translation>
    </message>
    <message>
        <source>The setting "%1" has no counterpart in Stamp and was left out.</source>
        <translation>Le paramètre "%1" n'a pas d'équivalent dans Stamp et a été ignoré.</translation>
    </message>
    <message>
        <source>The file defines no account.</source>
        <translation>Le fichier ne définit aucun compte.</translation>
    </message>
</context>
<context>
    <name>OAuthClientConfig</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at offset %3).</source>
        <translation>%1 n'est pas un objet JSON (%2 à la position %3).</translation>
    </message>
    <message>
        <source>%1 offers no OAuth sign-in that Stamp knows of.</source>
        <translation>%1 ne propose aucune connexion OAuth connue de Stamp.</translation>
    </message>
    <message>
        <source>The OAuth client settings cannot be read: %1</source>
        <translation>Les paramètres du client OAuth sont illisibles : %1</translation>
    </message>
    <message>
        <source>Stamp has no OAuth client ID for %1 (issuer %2), so it cannot sign in there.</source>
        <translation>Stamp n'a pas d'ID client OAuth pour %1 (émetteur %2) : il ne peut donc pas s'y connecter.</translation>
    </message>
    <message>
        <source>A packager sets one when building Stamp with the CMake variable %1%2; anyone can set one in %3 as {"%4": {"clientId": "..."%5}}.</source>
        <translation>Un empaqueteur en définit un lors de la compilation de Stamp avec la variable CMake %1%2 ; chacun peut en définir un dans %3 sous la forme {"%4": {"clientId": "..."%5}}.</translation>
    </message>
    <message>
        <source> (and %1, which this provider requires)</source>
        <translation> (ainsi que %1, exigée par ce fournisseur)</translation>
    </message>
    <message>
        <source>Set one in %1 as {"%2": {"clientId": "..."}}.</source>
        <translation>Définissez-en un dans %1 sous la forme {"%2": {"clientId": "..."}}.</translation>
    </message>
    <message>
        <source>%1 also accepts an app password: use that instead of signing in.</source>
        <translation>%1 accepte aussi un mot de passe d'application : utilisez-le plutôt que de vous connecter.</translation>
    </message>
    <message>
        <source>%1 requires a client secret with its client ID; set STAMP_OAUTH_%2_CLIENT_SECRET when building, or "clientSecret" for "%3" in %4.</source>
        <translation>%1 exige un secret client avec son ID client ; définissez STAMP_OAUTH_%2_CLIENT_SECRET lors de la compilation, ou "clientSecret" pour "%3" dans %4.</translation>
    </message>
    <message>
        <source>No sign-in endpoints are known for %1: set "authUrl" and "tokenUrl" for "%1" in %2.</source>
        <translation>Aucun point de terminaison de connexion n'est connu pour %1 : définissez "authUrl" et "tokenUrl" pour "%1" dans %2.</translation>
    </message>
    <message>
        <source>The sign-in endpoint %1 is not usable: it must be an https address (plain http only on this computer).</source>
        <translation>Le point de terminaison de connexion %1 est inutilisable : ce doit être une adresse https (http simple uniquement sur cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>différé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>Cannot create the outbox folder "%1".</source>
        <translation>Impossible de créer le dossier de la boîte d'envoi "%1".</translation>
    </message>
    <message>
        <source>Cannot write the message to the outbox: %1</source>
        <translation>Impossible d'écrire le message dans la boîte d'envoi : %1</translation>
    </message>
    <message>
        <source>Cannot save the outbox record %1: %2</source>
        <translation>Impossible d'enregistrer l'entrée %1 de la boîte d'envoi : %2</translation>
    </message>
    <message>
        <source>There is no message "%1" in the outbox.</source>
        <translation>Il n'y a pas de message "%1" dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>"%1" matches %2 messages; give more of the id.</source>
        <translation>"%1" correspond à %2 messages ; précisez davantage l'identifiant.</translation>
    </message>
    <message>
        <source>Stamp stopped while this message was being sent, after its content had started to go out. The server may have accepted it: check with a recipient, then retry or remove it.</source>
        <translation>Stamp s'est arrêté pendant l'envoi de ce message, alors que son contenu avait commencé à partir. Le serveur l'a peut-être accepté : vérifiez auprès d'un destinataire, puis réessayez ou supprimez-le.</translation>
    </message>
    <message>
        <source>Stamp stopped before this message was sent; it will be sent at the next try.</source>
        <translation>Stamp s'est arrêté avant l'envoi de ce message ; il sera envoyé à la prochaine tentative.</translation>
    </message>
    <message>
        <source>The message %1 is being sent right now; try again when that has finished.</source>
        <translation>Le message %1 est en cours d'envoi ; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
        <source>The message %1 is being sent right now.</source>
        <translation>Le message %1 est en cours d'envoi.</translation>
    </message>
    <message>
        <source>The outbox record %1 cannot be read.</source>
        <translation>L'entrée %1 de la boîte d'envoi ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The message %1 was sent already.</source>
        <translation>Le message %1 a déjà été envoyé.</translation>
    </message>
    <message>
        <source>Retry requested.</source>
        <translation>Nouvelle tentative demandée.</translation>
    </message>
    <message>
        <source>The message %1 is being sent; it can no longer be taken back.</source>
        <translation>Le message %1 est en cours d'envoi ; il est trop tard pour annuler son envoi.</translation>
    </message>
    <message>
        <source>Too late: the message %1 is no longer held for undo.</source>
        <translation>Trop tard : l'envoi du message %1 ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Cannot read the message %1: %2</source>
        <translation>Impossible de lire le message %1 : %2</translation>
    </message>
    <message>
        <source>The message %1 may have been delivered already; check, then retry it.</source>
        <translation>Le message %1 a peut-être déjà été remis ; vérifiez, puis réessayez.</translation>
    </message>
    <message>
        <source>The message %1 failed; retry it to send it again.</source>
        <translation>L'envoi du message %1 a échoué ; réessayez pour l'envoyer de nouveau.</translation>
    </message>
    <message>
        <source>Cannot remove the outbox record %1.</source>
        <translation>Impossible de supprimer l'entrée %1 de la boîte d'envoi.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) over several days. Last problem: %1</source>
        <translation>
            <numerusform>Abandon après %n tentative(s) sur plusieurs jours. Dernier problème : %1</numerusform>
            <numerusform>Abandon après %n tentative(s) sur plusieurs jours. Dernier problème : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). It has worked before, so Stamp tries again every minute and sends the message as soon as it answers.</source>
        <translation>%1 est injoignable (%2). Il a déjà fonctionné, donc Stamp réessaie chaque minute et envoie le message dès qu'il répond.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2) and has never answered Stamp: check the server name and port in the account's settings. Stamp keeps trying meanwhile.</source>
        <translation>%1 est injoignable (%2) et n'a jamais répondu à Stamp : vérifiez le nom du serveur et le port dans les paramètres du compte. Stamp continue d'essayer en attendant.</translation>
    </message>
    <message>
        <source>Offline: waiting for the network (%1).</source>
        <translation>Hors ligne : en attente du réseau (%1).</translation>
    </message>
    <message>
        <source>The connection ended after the whole message was sent, before the server confirmed it. It may have been delivered: check with a recipient, then retry or remove it.</source>
        <translation>La connexion s'est terminée après l'envoi du message complet, avant que le serveur ne le confirme. Il a peut-être été remis : vérifiez auprès d'un destinataire, puis réessayez ou supprimez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) refused: %1</source>
        <translation>
            <numerusform>%n destinataire(s) refusé(s) : %1</numerusform>
            <numerusform>%n destinataire(s) refusé(s) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The others have it; 'retry' sends to the refused recipients only.</source>
        <translation>Les autres l'ont reçu ; 'retry' ne l'envoie qu'aux destinataires refusés.</translation>
    </message>
    <message>
        <source>Not sent; no reason was reported.</source>
        <translation>Non envoyé ; aucune raison n'a été indiquée.</translation>
    </message>
    <message>
        <source>Sending was cancelled before this message went out.</source>
        <translation>L'envoi a été annulé avant le départ de ce message.</translation>
    </message>
    <message>
        <source>Not sent: the connection broke while an earlier message was being sent.</source>
        <translation>Non envoyé : la connexion a été coupée pendant l'envoi d'un message précédent.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>held (undo until %1)</source>
        <translation>retenu (annulation possible jusqu'à %1)</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>prochaine tentative : %1</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>pas avant : %1</translation>
    </message>
    <message>
        <source>from %1, subject "%2", %3 bytes, %4 attempt(s)</source>
        <translation>de %1, objet "%2", %3 octets, %4 tentative(s)</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyé le %1</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation>identifiant serveur : %1</translation>
    </message>
    <message>
        <source>from %1, subject "%2", %3 bytes, via %4</source>
        <translation>de %1, objet "%2", %3 octets, via %4</translation>
    </message>
    <message>
        <source>there is no account "%1".</source>
        <translation>il n'y a pas de compte "%1".</translation>
    </message>
    <message>
        <source>No sent messages are kept.</source>
        <translation>Aucun message envoyé n'est conservé.</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>compte %1 : %2</translation>
    </message>
    <message>
        <source>The outbox: messages queued with 'stamp send --queue' or '--at', their state and reason.</source>
        <translation>La boîte d'envoi : les messages mis en attente avec 'stamp send --queue' ou '--at', leur état et la raison.</translation>
    </message>
    <message>
        <source>list, flush, retry, remove, sent or transcript</source>
        <translation>list, flush, retry, remove, sent ou transcript</translation>
    </message>
    <message>
        <source>list, sent: print JSON.</source>
        <translation>list, sent : afficher en JSON.</translation>
    </message>
    <message>
        <source>sent: only this account's messages.</source>
        <translation>sent : uniquement les messages de ce compte.</translation>
    </message>
    <message>
        <source>Run 'stamp outbox --help' for the actions.</source>
        <translation>Lancez 'stamp outbox --help' pour voir les actions.</translation>
    </message>
    <message>
        <source>name an action: list, flush, retry, remove, sent or transcript.</source>
        <translation>indiquez une action : list, flush, retry, remove, sent ou transcript.</translation>
    </message>
    <message>
        <source>list takes no argument.</source>
        <translation>list n'accepte aucun argument.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d'envoi est vide.</translation>
    </message>
    <message>
        <source>stamp outbox: cannot read %1 (left as it is).</source>
        <translation>stamp outbox : impossible de lire %1 (laissé tel quel).</translation>
    </message>
    <message>
        <source>sent takes no argument.</source>
        <translation>sent n'accepte aucun argument.</translation>
    </message>
    <message>
        <source>transcript needs the id of a sent message.</source>
        <translation>transcript nécessite l'identifiant d'un message envoyé.</translation>
    </message>
    <message>
        <source>no single sent message matches "%1".</source>
        <translation>"%1" ne désigne pas un seul message envoyé.</translation>
    </message>
    <message>
        <source>flush takes no argument.</source>
        <translation>flush n'accepte aucun argument.</translation>
    </message>
    <message>
        <source>%1 needs the message id (or a unique start of it).</source>
        <translation>%1 nécessite l'identifiant du message (ou un début unique de celui-ci).</translation>
    </message>
    <message>
        <source>%1 queued again; 'stamp outbox flush' sends it now.</source>
        <translation>%1 remis en attente ; 'stamp outbox flush' l'envoie maintenant.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>unknown action "%1".</source>
        <translation>action inconnue "%1".</translation>
    </message>
    <message>
        <source>Next try %1; 'stamp outbox flush' tries now.</source>
        <translation>Prochaine tentative : %1 ; 'stamp outbox flush' réessaie tout de suite.</translation>
    </message>
    <message>
        <source>Once that is mended, 'stamp outbox flush' tries again.</source>
        <translation>Une fois le problème réglé, 'stamp outbox flush' réessaie.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>while looking up the server's address</source>
        <translation>lors de la recherche de l'adresse du serveur</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>lors de la connexion au serveur</translation>
    </message>
    <message>
        <source>while waiting for the server's greeting</source>
        <translation>dans l'attente du message d'accueil du serveur</translation>
    </message>
    <message>
        <source>while greeting the server (EHLO)</source>
        <translation>lors de la salutation du serveur (EHLO)</translation>
    </message>
    <message>
        <source>while asking the server to start encryption (STARTTLS)</source>
        <translation>lors de la demande d'activation du chiffrement (STARTTLS)</translation>
    </message>
    <message>
        <source>while setting up the encrypted connection</source>
        <translation>lors de l'établissement de la connexion chiffrée</translation>
    </message>
    <message>
        <source>while signing in</source>
        <translation>lors de la connexion au compte</translation>
    </message>
    <message>
        <source>while sending the sender's address (MAIL FROM)</source>
        <translation>lors de l'envoi de l'adresse de l'expéditeur (MAIL FROM)</translation>
    </message>
    <message>
        <source>while sending a recipient's address (RCPT TO)</source>
        <translation>lors de l'envoi de l'adresse d'un destinataire (RCPT TO)</translation>
    </message>
    <message>
        <source>while sending the message</source>
        <translation>lors de l'envoi du message</translation>
    </message>
    <message>
        <source>while waiting for the server to accept the message</source>
        <translation>dans l'attente de l'acceptation du message par le serveur</translation>
    </message>
    <message>
        <source>before connecting to the server</source>
        <translation>avant la connexion au serveur</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Use the client authorization code; the login password is refused with 535.</source>
        <translation>Utilisez le code d'autorisation client ; le mot de passe de connexion au compte est refusé avec le code 535.</translation>
    </message>
    <message>
        <source>Use SES SMTP credentials (not AWS access keys); they are per region. Change the region in the host name: email-smtp.REGION.amazonaws.com, not the email.REGION API host.</source>
        <translation>Utilisez des identifiants SMTP SES (et non des clés d'accès AWS) ; ils sont propres à chaque région. Changez la région dans le nom d'hôte : email-smtp.REGION.amazonaws.com, et non l'hôte d'API email.REGION.</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>en bac à sable</translation>
    </message>
    <message>
        <source>Use an app password: "Generate app password" in the account security settings.</source>
        <translation>Utilisez un mot de passe d'application : "Generate app password" dans les paramètres de sécurité du compte.</translation>
    </message>
    <message>
        <source>The password is an SMTP key (not an API key); the user name is the SMTP login shown on the SMTP tab.</source>
        <translation>Le mot de passe est une clé SMTP (et non une clé API) ; le nom d'utilisateur est l'identifiant SMTP affiché dans l'onglet SMTP.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuits</translation>
    </message>
    <message>
        <source>Third-party access must be enabled in the Xfinity email settings.</source>
        <translation>L'accès par des applications tierces doit être activé dans les paramètres de messagerie Xfinity.</translation>
    </message>
    <message>
        <source>Every third-party app needs its own app password: Settings, Privacy &amp; Security, Integrations.</source>
        <translation>Chaque application tierce a besoin de son propre mot de passe d'application : Settings, Privacy &amp; Security, Integrations.</translation>
    </message>
    <message>
        <source>Use an app password: it needs 2-Step Verification on the Google account. Work accounts with Advanced Protection or security-key-only 2-Step Verification cannot create one.</source>
        <translation>Utilisez un mot de passe d'application : il nécessite la validation en deux étapes sur le compte Google. Les comptes professionnels avec la Protection avancée ou une validation en deux étapes par clé de sécurité uniquement ne peuvent pas en créer.</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personnels</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>With two-factor authentication on, use an app-specific password.</source>
        <translation>Si l'authentification à deux facteurs est activée, utilisez un mot de passe spécifique à l'application.</translation>
    </message>
    <message>
        <source>Enable POP3/IMAP access once in the GMX settings.</source>
        <translation>Activez une fois l'accès POP3/IMAP dans les paramètres de GMX.</translation>
    </message>
    <message>
        <source>Other apps always need an app-specific password (two-factor authentication must be on): account.apple.com, Sign-In and Security.</source>
        <translation>Les autres applications ont toujours besoin d'un mot de passe spécifique à l'application (l'authentification à deux facteurs doit être activée) : account.apple.com, Connexion et sécurité.</translation>
    </message>
    <message>
        <source>Use a "password for external application".</source>
        <translation>Utilisez un mot de passe pour application externe ("password for external application").</translation>
    </message>
    <message>
        <source>Use the per-domain SMTP credentials from the Mailgun control panel (user e.g. postmaster@mg.example.com).</source>
        <translation>Utilisez les identifiants SMTP propres au domaine, indiqués dans le panneau de configuration Mailgun (utilisateur p. ex. postmaster@mg.example.com).</translation>
    </message>
    <message>
        <source>The user name is the API key and the password is the secret key.</source>
        <translation>Le nom d'utilisateur est la clé API et le mot de passe est la clé secrète.</translation>
    </message>
    <message>
        <source>Microsoft 365 uses OAuth2 sign-in. Basic SMTP AUTH is off by default from the end of December 2026 (notice MC786329); a tenant admin may re-enable it.</source>
        <translation>Microsoft 365 utilise la connexion OAuth2. L'authentification de base SMTP AUTH est désactivée par défaut à partir de fin décembre 2026 (annonce MC786329) ; un administrateur du locataire peut la réactiver.</translation>
    </message>
    <message>
        <source>Outlook.com accepts only OAuth2 sign-in: password and app-password login for personal accounts ended on 2024-09-16.</source>
        <translation>Outlook.com n'accepte que la connexion OAuth2 : l'authentification par mot de passe ou mot de passe d'application pour les comptes personnels a pris fin le 16 septembre 2024.</translation>
    </message>
    <message>
        <source>Use the Server API token as both the user name and the password. Broadcast streams use smtp-broadcasts.postmarkapp.com.</source>
        <translation>Utilisez le jeton d'API du serveur (Server API token) à la fois comme nom d'utilisateur et comme mot de passe. Les flux de diffusion (broadcast) utilisent smtp-broadcasts.postmarkapp.com.</translation>
    </message>
    <message>
        <source>Use the Bridge password from the mailbox details in Proton Mail Bridge, not the Proton account password.</source>
        <translation>Utilisez le mot de passe Bridge indiqué dans les détails de la boîte aux lettres de Proton Mail Bridge, et non le mot de passe du compte Proton.</translation>
    </message>
    <message>
        <source>Needs Proton Mail Bridge running on this computer (paid plans only). Bridge uses a self-signed certificate: pin it with --pin-sha256. Its port can differ from 1025.</source>
        <translation>Nécessite que Proton Mail Bridge fonctionne sur cet ordinateur (offres payantes uniquement). Bridge utilise un certificat auto-signé : épinglez-le avec --pin-sha256. Son port peut différer de 1025.</translation>
    </message>
    <message>
        <source>Only the 16-character authorization code works (since 2022-11), not the QQ password.</source>
        <translation>Seul le code d'autorisation à 16 caractères fonctionne (depuis novembre 2022), pas le mot de passe QQ.</translation>
    </message>
    <message>
        <source>The password is an API key with the Mail Send permission; the user name is the literal word apikey.</source>
        <translation>Le mot de passe est une clé API disposant de l'autorisation Mail Send ; le nom d'utilisateur est littéralement le mot apikey.</translation>
    </message>
    <message>
        <source>Needs the separate "E-Mail-Passwort" set in the Telekom customer centre, not the login password.</source>
        <translation>Nécessite le "E-Mail-Passwort" distinct, défini dans l'espace client Telekom, et non le mot de passe de connexion.</translation>
    </message>
    <message>
        <source>Enable POP3/IMAP access once in the WEB.DE settings.</source>
        <translation>Activez une fois l'accès POP3/IMAP dans les paramètres de WEB.DE.</translation>
    </message>
    <message>
        <source>Use an app password: Yahoo account security, "Generate app password".</source>
        <translation>Utilisez un mot de passe d'application : sécurité du compte Yahoo, "Generate app password".</translation>
    </message>
    <message>
        <source>Create an app password for each mail client; it is mandatory with two-factor authentication.</source>
        <translation>Créez un mot de passe d'application pour chaque client de messagerie ; il est obligatoire avec l'authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>With multi-factor authentication on, an app password is mandatory.</source>
        <translation>Si l'authentification multifacteur est activée, un mot de passe d'application est obligatoire.</translation>
    </message>
    <message>
        <source>IMAP/SMTP access must be enabled in the Zoho Mail settings first.</source>
        <translation>L'accès IMAP/SMTP doit d'abord être activé dans les paramètres de Zoho Mail.</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>The proxy has no host name.</source>
        <translation>Le proxy n'a pas de nom d'hôte.</translation>
    </message>
    <message>
        <source>The proxy has no port.</source>
        <translation>Le proxy n'a pas de port.</translation>
    </message>
    <message>
        <source>A proxy address must not hold a password; it belongs in the keychain.</source>
        <translation>Une adresse de proxy ne doit pas contenir de mot de passe ; celui-ci doit être dans le trousseau.</translation>
    </message>
    <message>
        <source>"%1" is not a proxy address: use socks5://host:port, socks5h://host:port, http://host:port, system or none.</source>
        <translation>"%1" n'est pas une adresse de proxy : utilisez socks5://host:port, socks5h://host:port, http://host:port, system ou none.</translation>
    </message>
    <message>
        <source>The proxy type "%1" is not supported: use socks5, socks5h or http.</source>
        <extracomment>%1 is what the person wrote before "://"</extracomment>
        <translation>Le type de proxy "%1" n'est pas pris en charge : utilisez socks5, socks5h ou http.</translation>
    </message>
    <message>
        <source>"%1" is not a proxy address: it has a path.</source>
        <translation>"%1" n'est pas une adresse de proxy : elle contient un chemin.</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1</source>
        <extracomment>%1 is host:port of a proxy</extracomment>
        <translation>le proxy SOCKS5 %1</translation>
    </message>
    <message>
        <source>the HTTP proxy %1</source>
        <extracomment>%1 is host:port of a proxy</extracomment>
        <translation>le proxy HTTP %1</translation>
    </message>
</context>
<context>
    <name>QueueFlush</name>
    <message>
        <source>flush: the password for messages queued for an ad-hoc server, from standard input.</source>
        <translation>flush : le mot de passe des messages en attente pour un serveur ad hoc, lu sur l'entrée standard.</translation>
    </message>
    <message>
        <source>flush: the password for messages queued for an ad-hoc server, from this variable.</source>
        <translation>flush : le mot de passe des messages en attente pour un serveur ad hoc, lu dans cette variable.</translation>
    </message>
    <message>
        <source>flush: write the live transcript to FILE, or to standard error with -.</source>
        <translation>flush : écrire la transcription en direct dans FILE, ou sur la sortie d'erreur standard avec -.</translation>
    </message>
    <message>
        <source>use either --password-stdin or --password-env, not both.</source>
        <translation>utilisez soit --password-stdin, soit --password-env, pas les deux.</translation>
    </message>
    <message>
        <source>Sign in again with: stamp account sign-in %1</source>
        <translation>Reconnectez-vous avec : stamp account sign-in %1</translation>
    </message>
    <message>
        <source>%1 message(s) skipped: another process is sending them.</source>
        <translation>%1 message(s) ignoré(s) : un autre processus est en train de les envoyer.</translation>
    </message>
    <message>
        <source>Nothing is due in the outbox.</source>
        <translation>Aucun message n'est à envoyer pour l'instant dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>messages queued for a server outside your accounts take their password with --password-env VAR or --password-stdin.</source>
        <translation>les messages en attente pour un serveur extérieur à vos comptes reçoivent leur mot de passe avec --password-env VAR ou --password-stdin.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>Le serveur ne propose pas les accusés de remise ; le message a été envoyé sans en demander.</translation>
    </message>
</context>
<context>
    <name>QueueOptions</name>
    <message>
        <source>Put the message into the outbox and return at once; 'stamp outbox flush' sends it.</source>
        <translation>Placer le message dans la boîte d'envoi et rendre la main aussitôt ; 'stamp outbox flush' l'envoie.</translation>
    </message>
    <message>
        <source>Put the message into the outbox to be sent at TIME (2030-01-02T09:30, 09:30, +10m, +2h).</source>
        <translation>Placer le message dans la boîte d'envoi pour qu'il soit envoyé à TIME (2030-01-02T09:30, 09:30, +10m, +2h).</translation>
    </message>
    <message>
        <source>--at: cannot read the time "%1".</source>
        <translation>--at : impossible de comprendre l'heure "%1".</translation>
    </message>
    <message>
        <source>%1 queued, to be sent at %2.</source>
        <translation>%1 mis en attente, envoi prévu à %2.</translation>
    </message>
    <message>
        <source>%1 queued.</source>
        <translation>%1 mis en attente.</translation>
    </message>
    <message>
        <source>The password was not stored: give it again to 'stamp outbox flush' with --password-env or --password-stdin.</source>
        <translation>Le mot de passe n'a pas été conservé : redonnez-le à 'stamp outbox flush' avec --password-env ou --password-stdin.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>(Sent directly with 'stamp send'; its transcript is where --log put it.)</source>
        <translation>(Envoyé directement avec 'stamp send' ; sa transcription se trouve là où --log l'a placée.)</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Write the RFC 5322 message that 'stamp send' would send with the same options, to standard output or a file. Nothing is sent.</source>
        <translation>Écrire le message RFC 5322 que 'stamp send' enverrait avec les mêmes options, sur la sortie standard ou dans un fichier. Rien n'est envoyé.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Écrire dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Write text as 8bit UTF-8 where it can, as for a server that offers 8BITMIME.</source>
        <translation>Écrire le texte en UTF-8 8 bits lorsque c'est possible, comme pour un serveur qui propose 8BITMIME.</translation>
    </message>
    <message>
        <source>Write header text as UTF-8 instead of encoded-words, as for a server that offers SMTPUTF8 (automatic when an address needs it).</source>
        <translation>Écrire le texte des en-têtes en UTF-8 au lieu de mots encodés (encoded-words), comme pour un serveur qui propose SMTPUTF8 (automatique quand une adresse l'exige).</translation>
    </message>
    <message>
        <source>Run 'stamp render --help' for the options.</source>
        <translation>Lancez 'stamp render --help' pour voir les options.</translation>
    </message>
    <message>
        <source>stamp render: cannot write "%1": %2</source>
        <translation>stamp render : impossible d'écrire "%1" : %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 bytes, Message-ID %3.</source>
        <translation>%1 écrit : %2 octets, Message-ID %3.</translation>
    </message>
    <message>
        <source>Envelope: from &lt;%1&gt; to %2.</source>
        <translation>Enveloppe : de &lt;%1&gt; à %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de réponse de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply line (no three-digit code): "%1".</source>
        <translation>Le serveur a envoyé une ligne de réponse mal formée (sans code à trois chiffres) : "%1".</translation>
    </message>
    <message>
        <source>The server sent a reply code outside 2xx-5xx: %1.</source>
        <extracomment>%1 is the reply code the server sent</extracomment>
        <translation>Le serveur a envoyé un code de réponse hors de la plage 2xx-5xx : %1.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply line: "%1".</source>
        <translation>Le serveur a envoyé une ligne de réponse mal formée : "%1".</translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 within one reply.</source>
        <extracomment>%1 and %2 are three-digit SMTP reply codes</extracomment>
        <translation>Le serveur a changé de code de réponse, de %1 à %2, au sein d'une même réponse.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 lignes.</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Sandbox (on this computer)</source>
        <translation>Bac à sable (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>"%1" is not a SHA-256 fingerprint.</source>
        <translation>"%1" n'est pas une empreinte SHA-256.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Les paramètres n'ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>SandboxBehaviour</name>
    <message>
        <source>Accept every message</source>
        <translation>Accepter tous les messages</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Liste grise (greylisting)</translation>
    </message>
    <message>
        <source>Busy server</source>
        <translation>Serveur occupé</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Destinataire inconnu</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Serveur lent</translation>
    </message>
    <message>
        <source>Connection lost after the message</source>
        <translation>Connexion perdue après le message</translation>
    </message>
    <message>
        <source>Keeps every message it is sent, as a healthy server would.</source>
        <translation>Conserve chaque message qui lui est envoyé, comme le ferait un serveur qui fonctionne bien.</translation>
    </message>
    <message>
        <source>Turns each new sender and recipient away once for a while (450), then accepts the retry.</source>
        <translation>Refuse une première fois chaque nouvel expéditeur et destinataire pendant un moment (450), puis accepte la nouvelle tentative.</translation>
    </message>
    <message>
        <source>Says it is too busy right now (421) and hangs up before anything is sent.</source>
        <translation>Indique qu'il est trop occupé pour le moment (421) et coupe la connexion avant tout envoi.</translation>
    </message>
    <message>
        <source>Accepts only a few recipients per message and asks for the others later (452).</source>
        <translation>N'accepte que quelques destinataires par message et demande les autres plus tard (452).</translation>
    </message>
    <message>
        <source>Refuses every login as a wrong user name or password (535).</source>
        <translation>Refuse toute authentification pour nom d'utilisateur ou mot de passe incorrect (535).</translation>
    </message>
    <message>
        <source>Says no such mailbox exists for the recipients (550).</source>
        <translation>Répond que la boîte aux lettres des destinataires n'existe pas (550).</translation>
    </message>
    <message>
        <source>Takes only small messages and refuses larger ones (552).</source>
        <translation>N'accepte que les petits messages et refuse les plus gros (552).</translation>
    </message>
    <message>
        <source>Takes a long time over every answer, but keeps the message.</source>
        <translation>Met longtemps à donner chaque réponse, mais conserve le message.</translation>
    </message>
    <message>
        <source>Reads the whole message, then hangs up without saying whether it was kept.</source>
        <translation>Lit tout le message, puis coupe la connexion sans dire s'il a été conservé.</translation>
    </message>
    <message>
        <source>450 greylisted</source>
        <translation>450 mis en liste grise</translation>
    </message>
    <message>
        <source>421 busy</source>
        <translation>421 occupé</translation>
    </message>
    <message>
        <source>452 too many recipients</source>
        <translation>452 trop de destinataires</translation>
    </message>
    <message>
        <source>535 wrong password</source>
        <translation>535 mot de passe incorrect</translation>
    </message>
    <message>
        <source>550 unknown recipient</source>
        <translation>550 destinataire inconnu</translation>
    </message>
    <message>
        <source>552 too large</source>
        <translation>552 trop volumineux</translation>
    </message>
    <message>
        <source>slow replies</source>
        <translation>réponses lentes</translation>
    </message>
    <message>
        <source>no reply after the message</source>
        <translation>pas de réponse après le message</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS</source>
        <translation>Chiffrement avec STARTTLS</translation>
    </message>
    <message>
        <source>Encryption from the start (TLS)</source>
        <translation>Chiffrement dès le début (TLS)</translation>
    </message>
    <message>
        <source>Asks for encryption with STARTTLS before any message (530 without it), using a certificate made on this computer that no authority vouches for.</source>
        <translation>Exige le chiffrement avec STARTTLS avant tout message (530 sinon), avec un certificat créé sur cet ordinateur dont aucune autorité ne se porte garante.</translation>
    </message>
    <message>
        <source>Encrypts the connection from the first byte, as on port 465, using a certificate made on this computer that no authority vouches for.</source>
        <translation>Chiffre la connexion dès le premier octet, comme sur le port 465, avec un certificat créé sur cet ordinateur dont aucune autorité ne se porte garante.</translation>
    </message>
    <message>
        <source>STARTTLS with its own certificate</source>
        <translation>STARTTLS avec son propre certificat</translation>
    </message>
    <message>
        <source>TLS with its own certificate</source>
        <translation>TLS avec son propre certificat</translation>
    </message>
</context>
<context>
    <name>SandboxCertificate</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The sandbox's certificate could not be made (%1): %2</source>
        <translation>Le certificat du bac à sable n'a pas pu être créé (%1) : %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>How to answer: normal (default), or a misbehaviour (--list-modes).</source>
        <translation>Comment répondre : normal (par défaut), ou un dysfonctionnement (--list-modes).</translation>
    </message>
    <message>
        <source>List the modes and exit.</source>
        <translation>Lister les modes et quitter.</translation>
    </message>
    <message>
        <source>Listen on this port (default: any free port).</source>
        <translation>Écouter sur ce port (par défaut : n'importe quel port libre).</translation>
    </message>
    <message>
        <source>Keep the messages in this folder (default: the app's sandbox folder).</source>
        <translation>Conserver les messages dans ce dossier (par défaut : le dossier du bac à sable de l'application).</translation>
    </message>
    <message>
        <source>Keep the messages in memory only, for this run.</source>
        <translation>Conserver les messages en mémoire uniquement, pour cette exécution.</translation>
    </message>
    <message>
        <source>greylisting: accept a retry after this many seconds (default 60).</source>
        <translation>greylisting : accepter une nouvelle tentative après ce nombre de secondes (par défaut 60).</translation>
    </message>
    <message>
        <source>too-many-recipients: accept this many per message (default 2).</source>
        <translation>too-many-recipients : accepter ce nombre de destinataires par message (par défaut 2).</translation>
    </message>
    <message>
        <source>unknown-user: refuse only this address (default: every recipient).</source>
        <translation>unknown-user : refuser uniquement cette adresse (par défaut : tous les destinataires).</translation>
    </message>
    <message>
        <source>too-large: the largest message taken, in bytes (default 16384).</source>
        <translation>too-large : la taille maximale d'un message accepté, en octets (par défaut 16384).</translation>
    </message>
    <message>
        <source>slow: milliseconds before each reply (default 2000).</source>
        <translation>slow : millisecondes d'attente avant chaque réponse (par défaut 2000).</translation>
    </message>
    <message>
        <source>Run 'stamp sandbox --help' for the options.</source>
        <translation>Lancez 'stamp sandbox --help' pour les options.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>There is no mode "%1". The modes are: %2.</source>
        <translation>Il n'existe pas de mode "%1". Les modes sont : %2.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>--storage and --memory cannot be used together.</source>
        <translation>--storage et --memory ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Impossible d'écouter sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP, no TLS).</source>
        <translation>Le bac à sable écoute sur 127.0.0.1, port %1 (SMTP, sans TLS).</translation>
    </message>
    <message>
        <source>Mode: %1 - %2</source>
        <translation>Mode : %1 - %2</translation>
    </message>
    <message>
        <source>Messages are kept in memory only.</source>
        <translation>Les messages sont conservés en mémoire uniquement.</translation>
    </message>
    <message>
        <source>Messages are kept in %1.</source>
        <translation>Les messages sont conservés dans %1.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 received message %2 from &lt;%3&gt; to %4, %n byte(s)</source>
        <translation>
            <numerusform>%1 message %2 reçu de &lt;%3&gt; pour %4, %n octet</numerusform>
            <numerusform>%1 message %2 reçu de &lt;%3&gt; pour %4, %n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sandbox stopped; it kept %n message(s) in this run.</source>
        <translation>
            <numerusform>Le bac à sable s'est arrêté ; il a conservé %n message pendant cette exécution.</numerusform>
            <numerusform>Le bac à sable s'est arrêté ; il a conservé %n messages pendant cette exécution.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the sandbox, a mail server on 127.0.0.1 that keeps every message it accepts and delivers nothing, until Ctrl+C. With --mode it misbehaves the way a real server sometimes does, so you can see what Stamp does about it. The starttls and tls modes use a self-signed certificate made on first use; its SHA-256 is printed for --pin-sha256.</source>
        <translation>Lancer le bac à sable, un serveur de messagerie sur 127.0.0.1 qui conserve chaque message qu'il accepte et n'en distribue aucun, jusqu'à Ctrl+C. Avec --mode, il se comporte mal comme le fait parfois un vrai serveur, pour que vous puissiez voir comment Stamp réagit. Les modes starttls et tls utilisent un certificat auto-signé créé à la première utilisation ; son empreinte SHA-256 est affichée pour --pin-sha256.</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP with STARTTLS).</source>
        <translation>Le bac à sable écoute sur 127.0.0.1, port %1 (SMTP avec STARTTLS).</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP over TLS).</source>
        <translation>Le bac à sable écoute sur 127.0.0.1, port %1 (SMTP sur TLS).</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 du certificat : %1</translation>
    </message>
    <message>
        <source>The certificate was made for this run only.</source>
        <translation>Le certificat a été créé pour cette exécution uniquement.</translation>
    </message>
    <message>
        <source>The certificate and its key are in %1.</source>
        <translation>Le certificat et sa clé se trouvent dans %1.</translation>
    </message>
    <message>
        <source>To send to it: stamp send --host 127.0.0.1 --port %1 --security %2 --pin-sha256 %3 ...</source>
        <translation>Pour y envoyer : stamp send --host 127.0.0.1 --port %1 --security %2 --pin-sha256 %3 ...</translation>
    </message>
</context>
<context>
    <name>SaslMechanism</name>
    <message>
        <source>server sent a second CRAM-MD5 challenge</source>
        <translation>le serveur a envoyé un second défi CRAM-MD5</translation>
    </message>
    <message>
        <source>server sent an empty CRAM-MD5 challenge</source>
        <translation>le serveur a envoyé un défi CRAM-MD5 vide</translation>
    </message>
    <message>
        <source>server sent a third LOGIN challenge after the password</source>
        <translation>le serveur a envoyé un troisième défi LOGIN après le mot de passe</translation>
    </message>
    <message>
        <source>no OAuth access token was given</source>
        <translation>aucun jeton d'accès OAuth n'a été fourni</translation>
    </message>
    <message>
        <source>the OAuth access token contains spaces, control or non-ASCII characters</source>
        <translation>le jeton d'accès OAuth contient des espaces, des caractères de contrôle ou des caractères non ASCII</translation>
    </message>
    <message>
        <source>the user name contains control characters</source>
        <translation>le nom d'utilisateur contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>server sent another %1 challenge after its error</source>
        <translation>le serveur a envoyé un autre défi %1 après son erreur</translation>
    </message>
    <message>
        <source>server sent an empty %1 challenge twice</source>
        <translation>le serveur a envoyé deux fois un défi %1 vide</translation>
    </message>
    <message>
        <source>PLAIN cannot send a user name or password containing a NUL character</source>
        <translation>PLAIN ne peut pas envoyer un nom d'utilisateur ou un mot de passe contenant un caractère NUL</translation>
    </message>
    <message>
        <source>server sent an unexpected PLAIN challenge</source>
        <translation>le serveur a envoyé un défi PLAIN inattendu</translation>
    </message>
    <message>
        <source>server reported SCRAM error "%1"</source>
        <translation>le serveur a signalé l'erreur SCRAM "%1"</translation>
    </message>
    <message>
        <source>server sent an empty SCRAM challenge twice</source>
        <translation>le serveur a envoyé deux fois un défi SCRAM vide</translation>
    </message>
    <message>
        <source>server sent a challenge after the SCRAM server-final message</source>
        <translation>le serveur a envoyé un défi après le message SCRAM server-final</translation>
    </message>
    <message>
        <source>the SCRAM exchange has already failed</source>
        <translation>l'échange SCRAM a déjà échoué</translation>
    </message>
    <message>
        <source>malformed SCRAM server-first message</source>
        <translation>message SCRAM server-first mal formé</translation>
    </message>
    <message>
        <source>server requires a SCRAM extension this client does not support</source>
        <translation>le serveur exige une extension SCRAM que ce client ne prend pas en charge</translation>
    </message>
    <message>
        <source>SCRAM server-first message lacks the nonce, salt or iteration count</source>
        <translation>il manque au message SCRAM server-first le nonce, le sel ou le nombre d'itérations</translation>
    </message>
    <message>
        <source>SCRAM server nonce does not extend the client nonce</source>
        <translation>le nonce SCRAM du serveur ne prolonge pas le nonce du client</translation>
    </message>
    <message>
        <source>SCRAM salt is not valid base64</source>
        <translation>le sel SCRAM n'est pas du base64 valide</translation>
    </message>
    <message>
        <source>SCRAM iteration count %1 is out of range (1 to %2)</source>
        <translation>le nombre d'itérations SCRAM %1 est hors limites (1 à %2)</translation>
    </message>
    <message>
        <source>could not derive the SCRAM key</source>
        <translation>impossible de dériver la clé SCRAM</translation>
    </message>
    <message>
        <source>malformed SCRAM server-final message</source>
        <translation>message SCRAM server-final mal formé</translation>
    </message>
    <message>
        <source>SCRAM server signature does not match: the server did not prove it knows the password</source>
        <translation>la signature SCRAM du serveur ne correspond pas : le serveur n'a pas prouvé qu'il connaît le mot de passe</translation>
    </message>
    <message>
        <source>server accepted the login without a valid SCRAM server signature, so it did not prove it knows the password</source>
        <translation>le serveur a accepté l'authentification sans signature SCRAM de serveur valide : il n'a donc pas prouvé qu'il connaît le mot de passe</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send a message through an SMTP submission server.</source>
        <translation>Envoyer un message via un serveur de soumission SMTP.</translation>
    </message>
    <message>
        <source>Send this prepared RFC 5322 message file as it is. Repeat to send several messages, each to the same recipients, over one connection.</source>
        <translation>Envoyer tel quel ce fichier de message RFC 5322 déjà préparé. Répétez l'option pour envoyer plusieurs messages, chacun aux mêmes destinataires, sur une seule connexion.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous forme d'un seul objet JSON.</translation>
    </message>
    <message>
        <source>Run 'stamp send --help' for the options.</source>
        <translation>Lancez 'stamp send --help' pour voir les options.</translation>
    </message>
    <message>
        <source>at least one --to, --cc or --bcc is required.</source>
        <translation>au moins un --to, --cc ou --bcc est obligatoire.</translation>
    </message>
    <message>
        <source>--eml sends a complete message; it cannot be combined with the options that compose one (--subject, --body, --attach, --header...).</source>
        <translation>--eml envoie un message complet ; il ne peut pas être combiné avec les options qui en composent un (--subject, --body, --attach, --header...).</translation>
    </message>
    <message>
        <source>cannot read --eml "%1": %2</source>
        <translation>impossible de lire --eml "%1" : %2</translation>
    </message>
    <message>
        <source>stamp send: cannot write the message to a temporary file: %1</source>
        <translation>stamp send : impossible d'écrire le message dans un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>Le serveur ne propose pas les accusés de remise ; le message a été envoyé sans en demander.</translation>
    </message>
</context>
<context>
    <name>SenderPolicy</name>
    <message>
        <source>The identity %1 sends through an account that no longer exists: choose another in its settings.</source>
        <translation>L'identité %1 envoie via un compte qui n'existe plus : choisissez-en un autre dans ses paramètres.</translation>
    </message>
</context>
<context>
    <name>SendingHygiene</name>
    <message>
        <source>The From address is at %1, a %2 address, but this message goes through another provider: %2 lets only its own servers send mail from %1, so the message will likely land in spam or be refused. Choose a From address of this account, or send it from your %2 account.</source>
        <translation>L'adresse From est une adresse %2 (%1), mais ce message passe par un autre fournisseur : %2 n'autorise que ses propres serveurs à envoyer du courrier depuis %1, le message risque donc fort d'être classé comme spam ou refusé. Choisissez une adresse From de ce compte, ou envoyez-le depuis votre compte %2.</translation>
    </message>
    <message>
        <source>The From address is at %1, but this account's address is at %2. Receivers check that the From domain authorises the server a message comes from: unless %1 lists this provider in its SPF record or lets it sign with DKIM for %1, the message may land in spam or be refused.</source>
        <translation>L'adresse From appartient au domaine %1, mais l'adresse de ce compte appartient au domaine %2. Les serveurs de réception vérifient que le domaine From autorise le serveur d'où provient un message : à moins que %1 ne mentionne ce fournisseur dans son enregistrement SPF ou ne l'autorise à signer avec DKIM pour %1, le message risque d'être classé comme spam ou refusé.</translation>
    </message>
    <message>
        <source>Run 'stamp domain check %1' to see what %1 must publish.</source>
        <translation>Lancez 'stamp domain check %1' pour voir ce que %1 doit publier.</translation>
    </message>
    <message>
        <source>The Deliverability tab of the account's settings shows what %1 must publish.</source>
        <translation>L'onglet Délivrabilité des paramètres du compte indique ce que %1 doit publier.</translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n recipients at once, and its unsubscribe field offers no one-click unsubscribe: Gmail and Yahoo expect an https link in List-Unsubscribe plus "List-Unsubscribe-Post: List-Unsubscribe=One-Click", or they may treat the message as spam. A mailing-list service sets this up and is the right tool for mailings.</source>
        <translation>
            <numerusform>Ce message est adressé à %n destinataire à la fois, et son champ de désabonnement ne propose pas de désabonnement en un clic : Gmail et Yahoo attendent un lien https dans List-Unsubscribe ainsi que "List-Unsubscribe-Post: List-Unsubscribe=One-Click", faute de quoi ils risquent de traiter le message comme du spam. Un service de listes de diffusion met cela en place et constitue l'outil adapté aux envois groupés.</numerusform>
            <numerusform>Ce message est adressé à %n destinataires à la fois, et son champ de désabonnement ne propose pas de désabonnement en un clic : Gmail et Yahoo attendent un lien https dans List-Unsubscribe ainsi que "List-Unsubscribe-Post: List-Unsubscribe=One-Click", faute de quoi ils risquent de traiter le message comme du spam. Un service de listes de diffusion met cela en place et constitue l'outil adapté aux envois groupés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n recipients at once without a way to unsubscribe: Gmail and Yahoo expect mail to many people to offer one-click unsubscribe, or they may treat it as spam. A mailing-list service adds it and is the right tool for mailings.</source>
        <translation>
            <numerusform>Ce message est adressé à %n destinataire à la fois sans aucun moyen de se désabonner : Gmail et Yahoo attendent du courrier adressé à de nombreuses personnes qu'il propose le désabonnement en un clic, faute de quoi ils risquent de le traiter comme du spam. Un service de listes de diffusion l'ajoute et constitue l'outil adapté aux envois groupés.</numerusform>
            <numerusform>Ce message est adressé à %n destinataires à la fois sans aucun moyen de se désabonner : Gmail et Yahoo attendent du courrier adressé à de nombreuses personnes qu'il propose le désabonnement en un clic, faute de quoi ils risquent de le traiter comme du spam. Un service de listes de diffusion l'ajoute et constitue l'outil adapté aux envois groupés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingQuota</name>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1 (comptes %2)</translation>
    </message>
    <message>
        <source>This message has %1 recipients, and %2 accepts at most %3 per message: it will probably be refused. Send it in smaller groups.</source>
        <translation>Ce message a %1 destinataires, et %2 en accepte au plus %3 par message : il sera probablement refusé. Envoyez-le par groupes plus petits.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in the last 24 hours; %2 allows about %3 a day. This one may be refused, and the account may be blocked from sending for a day.</source>
        <translation>Vous avez envoyé %1 messages au cours des dernières 24 heures ; %2 en autorise environ %3 par jour. Celui-ci risque d'être refusé, et l'envoi depuis le compte pourrait être bloqué pendant une journée.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in the last 24 hours; %2 allows about %3 a day, so %4 remain.</source>
        <translation>Vous avez envoyé %1 messages au cours des dernières 24 heures ; %2 en autorise environ %3 par jour : il en reste donc %4.</translation>
    </message>
    <message>
        <source>%1, %2 accounts</source>
        <translation>%1, comptes %2</translation>
    </message>
    <message>
        <source>%1 of %2 messages (%3 recipients) in the last 24 hours (%4)</source>
        <translation>%1 messages sur %2 (%3 destinataires) au cours des dernières 24 heures (%4)</translation>
    </message>
    <message>
        <source>%1 messages (%2 recipients) in the last 24 hours; no published limit</source>
        <translation>%1 messages (%2 destinataires) au cours des dernières 24 heures ; aucune limite publiée</translation>
    </message>
</context>
<context>
    <name>SentCopier</name>
    <message>
        <source>The account this message was sent from no longer exists.</source>
        <translation>Le compte depuis lequel ce message a été envoyé n'existe plus.</translation>
    </message>
    <message>
        <source>The copy to the Sent folder was switched off for the account "%1".</source>
        <translation>La copie dans le dossier Envoyés a été désactivée pour le compte "%1".</translation>
    </message>
    <message>
        <source>No login is available yet.</source>
        <translation>Aucune authentification n'est encore disponible.</translation>
    </message>
    <message>
        <source>The sent message's file cannot be read: %1</source>
        <translation>Le fichier du message envoyé ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>SentStore</name>
    <message>
        <source>Cannot create the Sent items folder "%1".</source>
        <translation>Impossible de créer le dossier des éléments envoyés "%1".</translation>
    </message>
    <message>
        <source>Cannot save the transcript of %1: %2</source>
        <translation>Impossible d'enregistrer la transcription de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save the Sent record %1: %2</source>
        <translation>Impossible d'enregistrer l'entrée Envoyés %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the sent message %1: %2</source>
        <translation>Impossible de lire le message envoyé %1 : %2</translation>
    </message>
    <message>
        <source>Cannot copy the sent message %1: %2</source>
        <translation>Impossible de copier le message envoyé %1 : %2</translation>
    </message>
    <message>
        <source>The message %1 is not sent.</source>
        <translation>Le message %1 n'est pas envoyé.</translation>
    </message>
    <message>
        <source>(The transcript of this send was not kept: Stamp stopped before it was saved.)</source>
        <translation>(La transcription de cet envoi n'a pas été conservée : Stamp s'est arrêté avant de l'enregistrer.)</translation>
    </message>
    <message>
        <source>The server did not offer delivery reports: the message was sent without asking for one.</source>
        <translation>Le serveur ne proposait pas les accusés de remise : le message a été envoyé sans en demander.</translation>
    </message>
    <message>
        <source>Delivery report requested.</source>
        <translation>Accusé de remise demandé.</translation>
    </message>
    <message>
        <source>Delivery report requested (envelope ID %1).</source>
        <extracomment>%1 is the envelope ID the delivery reports will quote</extracomment>
        <translation>Accusé de remise demandé (identifiant d'enveloppe %1).</translation>
    </message>
    <message>
        <source>the IMAP server</source>
        <translation>le serveur IMAP</translation>
    </message>
    <message>
        <source>Copy to Sent on %1 pending.</source>
        <extracomment>%1 is the IMAP server's host name</extracomment>
        <translation>Copie dans Envoyés sur %1 en attente.</translation>
    </message>
    <message>
        <source>Copy to Sent waiting: %1</source>
        <extracomment>%1 is why the last try did not work</extracomment>
        <translation>Copie dans Envoyés en attente : %1</translation>
    </message>
    <message>
        <source>Copied to %1 on %2.</source>
        <extracomment>%1 is the folder's name, %2 the IMAP server's host name</extracomment>
        <translation>Copié dans %1 sur %2.</translation>
    </message>
    <message>
        <source>Copied to Sent on %1.</source>
        <extracomment>%1 is the IMAP server's host name</extracomment>
        <translation>Copié dans Envoyés sur %1.</translation>
    </message>
    <message>
        <source>Copy to Sent stopped: %1</source>
        <extracomment>%1 is what stopped the copy and what would help</extracomment>
        <translation>Copie dans Envoyés arrêtée : %1</translation>
    </message>
    <message>
        <source>The Sent item %1 is gone.</source>
        <translation>L'élément envoyé %1 n'existe plus.</translation>
    </message>
</context>
<context>
    <name>ServerCandidate</name>
    <message>
        <source>the %1 preset</source>
        <translation>le préréglage %1</translation>
    </message>
    <message>
        <source>the domain's autoconfig file (%1)</source>
        <translation>le fichier autoconfig du domaine (%1)</translation>
    </message>
    <message>
        <source>the domain's MX record (%1, the %2 preset)</source>
        <translation>l'enregistrement MX du domaine (%1, préréglage %2)</translation>
    </message>
    <message>
        <source>the domain's SRV record %1 (check it before you log in: DNS answers can be forged)</source>
        <translation>l'enregistrement SRV %1 du domaine (vérifiez-le avant de vous authentifier : les réponses DNS peuvent être falsifiées)</translation>
    </message>
    <message>
        <source>probing %1 (%2)</source>
        <translation>l'interrogation directe de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <source>Use the saved account NAME (see 'stamp account'): its server, login and the password in the keychain.</source>
        <translation>Utiliser le compte enregistré NAME (voir 'stamp account') : son serveur, son authentification et le mot de passe du trousseau.</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>Nom d'hôte du serveur SMTP.</translation>
    </message>
    <message>
        <source>Server port (default: 587 starttls, 465 tls, 25 none).</source>
        <translation>Port du serveur (par défaut : 587 starttls, 465 tls, 25 none).</translation>
    </message>
    <message>
        <source>starttls (default), tls (implicit, port 465) or none.</source>
        <translation>starttls (par défaut), tls (implicite, port 465) ou none.</translation>
    </message>
    <message>
        <source>Log in as this user name.</source>
        <translation>S'authentifier avec ce nom d'utilisateur.</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input.</source>
        <translation>Lire le mot de passe (première ligne) sur l'entrée standard.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Lire le mot de passe dans cette variable d'environnement.</translation>
    </message>
    <message>
        <source>auto (default), plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 or oauthbearer. For the OAuth mechanisms the secret is the access token.</source>
        <translation>auto (par défaut), plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 ou oauthbearer. Pour les mécanismes OAuth, le secret est le jeton d'accès.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats CA de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 fingerprint, and no other.</source>
        <translation>N'accepter que le certificat de serveur ayant cette empreinte SHA-256, et aucun autre.</translation>
    </message>
    <message>
        <source>Name to announce in EHLO (default: our address literal).</source>
        <translation>Nom à annoncer dans EHLO (par défaut : notre adresse IP sous forme littérale).</translation>
    </message>
    <message>
        <source>Give up when the server is silent this long, and when it is not ready for the message in one and a half times that, counting every connection (default: 60 s and 90 s; RFC 5321's times once the message is on its way).</source>
        <translation>Abandonner quand le serveur reste silencieux pendant cette durée, et quand il n'est pas prêt à recevoir le message au bout d'une fois et demie cette durée, toutes connexions comprises (par défaut : 60 s et 90 s ; les délais de la RFC 5321 une fois le message en route).</translation>
    </message>
    <message>
        <source>Allow logging in without TLS to a host that is not this machine.</source>
        <translation>Autoriser l'authentification sans TLS auprès d'un hôte qui n'est pas cette machine.</translation>
    </message>
    <message>
        <source>Write the live transcript (passwords redacted) to FILE, or to standard error with -.</source>
        <translation>Écrire la transcription en direct (mots de passe masqués) dans FILE, ou sur la sortie d'erreur standard avec -.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout doit être un nombre de secondes entre 0 et 3600.</translation>
    </message>
    <message>
        <source>The server refused the access token; trying once more with a renewed one.</source>
        <translation>Le serveur a refusé le jeton d'accès ; nouvel essai avec un jeton renouvelé.</translation>
    </message>
    <message>
        <source>The account does not sign in with OAuth.</source>
        <translation>Le compte ne se connecte pas avec OAuth.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1". Save one with 'stamp account set-password %1 --password-stdin', or give it for this run with --password-stdin.</source>
        <translation>Aucun mot de passe n'est enregistré pour le compte "%1". Enregistrez-en un avec 'stamp account set-password %1 --password-stdin', ou donnez-le pour cette exécution avec --password-stdin.</translation>
    </message>
    <message>
        <source>Sign in again with: stamp account sign-in %1</source>
        <translation>Reconnectez-vous avec : stamp account sign-in %1</translation>
    </message>
    <message>
        <source>Give an access token for this run with --password-stdin or --password-env.</source>
        <translation>Donnez un jeton d'accès pour cette exécution avec --password-stdin ou --password-env.</translation>
    </message>
    <message>
        <source>Give the password for this run with --password-stdin or --password-env.</source>
        <translation>Donnez le mot de passe pour cette exécution avec --password-stdin ou --password-env.</translation>
    </message>
    <message>
        <source>--password-env: the environment variable %1 is not set.</source>
        <translation>--password-env : la variable d'environnement %1 n'est pas définie.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>--account already gives the server and login; --%1 cannot be combined with it (change the account with 'stamp account' instead).</source>
        <translation>--account fournit déjà le serveur et l'authentification ; --%1 ne peut pas s'y ajouter (modifiez plutôt le compte avec 'stamp account').</translation>
    </message>
    <message>
        <source>use either --password-stdin or --password-env, not both.</source>
        <translation>utilisez soit --password-stdin, soit --password-env, pas les deux.</translation>
    </message>
    <message>
        <source>There is no account named "%1". 'stamp account list' shows the saved ones.</source>
        <translation>Il n'y a pas de compte nommé "%1". 'stamp account list' affiche les comptes enregistrés.</translation>
    </message>
    <message>
        <source>--ca-file: the file "%1" does not exist.</source>
        <translation>--ca-file : le fichier "%1" n'existe pas.</translation>
    </message>
    <message>
        <source>--host (or --account) is required.</source>
        <translation>--host (ou --account) est obligatoire.</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none.</source>
        <translation>--security doit valoir starttls, tls ou none.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>--pin-sha256 doit être une empreinte SHA-256 : 64 chiffres hexadécimaux, deux-points autorisés.</translation>
    </message>
    <message>
        <source>--auth must be one of auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>--auth doit valoir auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 ou oauthbearer.</translation>
    </message>
    <message>
        <source>--password-stdin and --password-env need --user.</source>
        <translation>--password-stdin et --password-env nécessitent --user.</translation>
    </message>
    <message>
        <source>--auth needs --user.</source>
        <translation>--auth nécessite --user.</translation>
    </message>
    <message>
        <source>--user needs exactly one of --password-stdin or --password-env.</source>
        <translation>--user nécessite exactement une option parmi --password-stdin et --password-env.</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://[user@]host:port, socks5h://... (the proxy resolves the server's name), http://[user@]host:port (HTTP CONNECT), system (default) or none. The proxy's password comes from the environment variable STAMP_PROXY_PASSWORD or the keychain.</source>
        <translation>Se connecter via ce proxy : socks5://[user@]host:port, socks5h://... (le proxy résout le nom du serveur), http://[user@]host:port (HTTP CONNECT), system (par défaut) ou none. Le mot de passe du proxy provient de la variable d'environnement STAMP_PROXY_PASSWORD ou du trousseau.</translation>
    </message>
    <message>
        <source>The proxy login %1 needs a password: set the environment variable STAMP_PROXY_PASSWORD (or save it with the account in the desktop app).</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>L'utilisateur %1 du proxy a besoin d'un mot de passe : définissez la variable d'environnement STAMP_PROXY_PASSWORD (ou enregistrez-le avec le compte dans l'application de bureau).</translation>
    </message>
</context>
<context>
    <name>SignInTrouble</name>
    <message>
        <source>You last signed in about a week ago, and Google ends every sign-in after 7 days while the app registration Stamp signs in with has the publishing status "Testing". Sign in to %1 again; to stop this happening every week, the administrator of that app registration should set its publishing status to "In production" in the Google Cloud console.</source>
        <translation>Votre dernière connexion date d'environ une semaine, et Google met fin à chaque connexion au bout de 7 jours tant que l'enregistrement d'application utilisé par Stamp pour se connecter a le statut de publication "Testing". Reconnectez-vous à %1 ; pour que cela ne se reproduise plus chaque semaine, l'administrateur de cet enregistrement d'application doit régler son statut de publication sur "In production" dans la console Google Cloud.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so Google has most likely withdrawn it: the Google account's password was changed, Stamp's access was removed on the Google Account's Security page (under third-party apps and services), or the organisation's administrator requires signing in again at set times. Sign in to %1 again; if it is refused again, check that page or ask the administrator.</source>
        <translation>Elle a été refusée moins d'un jour après la connexion : Google l'a donc très probablement retirée. Le mot de passe du compte Google a été changé, l'accès de Stamp a été supprimé sur la page Sécurité du compte Google (sous Applications et services tiers), ou l'administrateur de l'organisation exige de se reconnecter à intervalles fixes. Reconnectez-vous à %1 ; si elle est de nouveau refusée, vérifiez cette page ou contactez l'administrateur.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so Microsoft has most likely revoked it: Microsoft revokes saved sign-ins when the account's password is changed, and when the organisation administrator's policy says so (for example a required sign-in frequency, or sessions revoked by an administrator). Sign in to %1 again; if it is refused again, ask the administrator.</source>
        <translation>Elle a été refusée moins d'un jour après la connexion : Microsoft l'a donc très probablement révoquée. Microsoft révoque les connexions enregistrées quand le mot de passe du compte est changé, et quand la stratégie de l'administrateur de l'organisation le prévoit (par exemple une fréquence de connexion imposée, ou des sessions révoquées par un administrateur). Reconnectez-vous à %1 ; si elle est de nouveau refusée, contactez l'administrateur.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so the provider has most likely withdrawn it: the password was changed, or Stamp's access was removed in the account's security settings. Sign in to %1 again; if it is refused again, check those settings.</source>
        <translation>Elle a été refusée moins d'un jour après la connexion : le fournisseur l'a donc très probablement retirée. Le mot de passe a été changé, ou l'accès de Stamp a été supprimé dans les paramètres de sécurité du compte. Reconnectez-vous à %1 ; si elle est de nouveau refusée, vérifiez ces paramètres.</translation>
    </message>
    <message>
        <source>Google withdraws a saved sign-in when the Google account's password is changed, when Stamp's access is removed on the Google Account's Security page (under third-party apps and services), or when the organisation's administrator requires signing in again. Sign in to %1 again.</source>
        <translation>Google retire une connexion enregistrée quand le mot de passe du compte Google est changé, quand l'accès de Stamp est supprimé sur la page Sécurité du compte Google (sous Applications et services tiers), ou quand l'administrateur de l'organisation exige une nouvelle connexion. Reconnectez-vous à %1.</translation>
    </message>
    <message>
        <source>Microsoft revokes saved sign-ins when the account's password is changed, when the organisation administrator's policy says so (for example a required sign-in frequency, or sessions revoked by an administrator), and after 90 days without use. Sign in to %1 again.</source>
        <translation>Microsoft révoque les connexions enregistrées quand le mot de passe du compte est changé, quand la stratégie de l'administrateur de l'organisation le prévoit (par exemple une fréquence de connexion imposée, ou des sessions révoquées par un administrateur), et après 90 jours sans utilisation. Reconnectez-vous à %1.</translation>
    </message>
    <message>
        <source>Providers withdraw a saved sign-in when the password is changed, when Stamp's access is removed in the account's security settings, or after a long time without use. Sign in to %1 again.</source>
        <translation>Les fournisseurs retirent une connexion enregistrée quand le mot de passe est changé, quand l'accès de Stamp est supprimé dans les paramètres de sécurité du compte, ou après une longue période sans utilisation. Reconnectez-vous à %1.</translation>
    </message>
    <message>
        <source>Google withdraws a saved sign-in when the Google account's password is changed or Stamp's access is removed on the Google Account's Security page, and ends every sign-in after 7 days while the app registration Stamp signs in with has the publishing status "Testing". Sign in to %1 again; if this happens every week, the administrator of that app registration should set its publishing status to "In production".</source>
        <translation>Google retire une connexion enregistrée quand le mot de passe du compte Google est changé ou que l'accès de Stamp est supprimé sur la page Sécurité du compte Google, et met fin à chaque connexion au bout de 7 jours tant que l'enregistrement d'application utilisé par Stamp pour se connecter a le statut de publication "Testing". Reconnectez-vous à %1 ; si cela se produit chaque semaine, l'administrateur de cet enregistrement d'application doit régler son statut de publication sur "In production".</translation>
    </message>
</context>
<context>
    <name>SpfCheck</name>
    <message>
        <source>SPF could not be checked</source>
        <translation>SPF n'a pas pu être vérifié</translation>
    </message>
    <message>
        <source>DNS gave no answer for the domain's TXT records.</source>
        <translation>Le DNS n'a donné aucune réponse pour les enregistrements TXT du domaine.</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>Aucun enregistrement SPF</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send mail for %1, and Gmail, Yahoo and Microsoft reject or junk mail without SPF or DKIM.</source>
        <translation>Les serveurs de réception ne peuvent pas savoir quels serveurs ont le droit d'envoyer du courrier pour %1, et Gmail, Yahoo et Microsoft rejettent le courrier sans SPF ni DKIM ou le classent comme indésirable.</translation>
    </message>
    <message>
        <source>The SPF record is run together</source>
        <translation>L'enregistrement SPF manque d'espaces</translation>
    </message>
    <message>
        <source>The record starts "v=spf1" without a space after it, so receivers do not take it for SPF. A record split into several strings is joined without spaces: end each string but the last with a space.</source>
        <translation>L'enregistrement commence par "v=spf1" sans espace à la suite, si bien que les serveurs de réception ne le considèrent pas comme du SPF. Un enregistrement découpé en plusieurs chaînes est réassemblé sans espaces : terminez chaque chaîne, sauf la dernière, par un espace.</translation>
    </message>
    <message>
        <source>More than one SPF record</source>
        <translation>Plus d'un enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records. Receivers then ignore all of them (a permanent error): merge them into one record and delete the others.</source>
        <translation>%1 publie %2 enregistrements SPF. Les serveurs de réception les ignorent alors tous (erreur permanente) : fusionnez-les en un seul enregistrement et supprimez les autres.</translation>
    </message>
    <message>
        <source>The SPF record has an error</source>
        <translation>L'enregistrement SPF contient une erreur</translation>
    </message>
    <message>
        <source>Receivers ignore a record with an error, as if there were none: %1.</source>
        <translation>Les serveurs de réception ignorent un enregistrement qui contient une erreur, comme s'il n'existait pas : %1.</translation>
    </message>
    <message>
        <source>If the record is split into several strings, they are joined without spaces: end each string but the last with a space.</source>
        <translation>Si l'enregistrement est découpé en plusieurs chaînes, elles sont réassemblées sans espaces : terminez chaque chaîne, sauf la dernière, par un espace.</translation>
    </message>
    <message>
        <source>SPF includes a domain without SPF</source>
        <translation>SPF inclut un domaine sans SPF</translation>
    </message>
    <message>
        <source>%1 is named in include: or redirect= but has no SPF record, which is a permanent error for receivers.</source>
        <translation>%1 est cité dans include: ou redirect= mais n'a pas d'enregistrement SPF, ce qui est une erreur permanente pour les serveurs de réception.</translation>
    </message>
    <message>
        <source>SPF includes a domain with two SPF records</source>
        <translation>SPF inclut un domaine qui a deux enregistrements SPF</translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record, which is a permanent error for receivers.</source>
        <translation>%1 publie plus d'un enregistrement SPF, ce qui est une erreur permanente pour les serveurs de réception.</translation>
    </message>
    <message>
        <source>SPF includes a record with an error</source>
        <translation>SPF inclut un enregistrement qui contient une erreur</translation>
    </message>
    <message>
        <source>The record of %1 has an error: %2.</source>
        <translation>L'enregistrement de %1 contient une erreur : %2.</translation>
    </message>
    <message>
        <source>Part of SPF could not be checked</source>
        <translation>Une partie du SPF n'a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>DNS gave no answer for %1.</source>
        <translation>Le DNS n'a donné aucune réponse pour %1.</translation>
    </message>
    <message>
        <source>SPF includes itself</source>
        <translation>SPF s'inclut lui-même</translation>
    </message>
    <message>
        <source>The includes form a loop, which receivers stop at the lookup limit as a permanent error.</source>
        <translation>Les inclusions forment une boucle, que les serveurs de réception arrêtent à la limite de requêtes DNS, avec une erreur permanente.</translation>
    </message>
    <message>
        <source>SPF needs too many DNS lookups</source>
        <translation>SPF nécessite trop de requêtes DNS</translation>
    </message>
    <message>
        <source>Checking the record takes %1 DNS lookups; receivers stop at 10 and treat the record as broken. Remove includes you no longer send through.</source>
        <translation>La vérification de l'enregistrement demande %1 requêtes DNS ; les serveurs de réception s'arrêtent à 10 et considèrent l'enregistrement comme défectueux. Retirez les include: des services par lesquels vous n'envoyez plus.</translation>
    </message>
    <message>
        <source>SPF names domains that do not exist</source>
        <translation>SPF cite des domaines qui n'existent pas</translation>
    </message>
    <message>
        <source>%1 names in the record have no records at all; receivers give up after 2.</source>
        <translation>%1 noms cités dans l'enregistrement n'ont aucun enregistrement DNS ; les serveurs de réception abandonnent au-delà de 2.</translation>
    </message>
    <message>
        <source>SPF lets anyone send</source>
        <translation>SPF autorise n'importe qui à envoyer</translation>
    </message>
    <message>
        <source>"%1" passes mail from every server on the Internet, so the record protects nothing. End it with ~all or -all.</source>
        <translation>"%1" accepte le courrier de tous les serveurs d'Internet, si bien que l'enregistrement ne protège rien. Terminez-le par ~all ou -all.</translation>
    </message>
    <message>
        <source>Unknown whether SPF authorises %1</source>
        <translation>Impossible de savoir si SPF autorise %1</translation>
    </message>
    <message>
        <source>The record lists server addresses instead of naming %1's include:%2, so whether %1's servers are among them cannot be told. If %1 changes its servers, mail fails SPF.</source>
        <translation>L'enregistrement liste des adresses de serveurs au lieu de citer le include:%2 de %1 ; impossible donc de savoir si les serveurs de %1 en font partie. Si %1 change de serveurs, le courrier échouera à SPF.</translation>
    </message>
    <message>
        <source>SPF does not authorise %1</source>
        <translation>SPF n'autorise pas %1</translation>
    </message>
    <message>
        <source>Mail you send through %1 fails SPF, because the record does not include %2 before its "all". Publish the record below instead of the current one.</source>
        <translation>Le courrier que vous envoyez via %1 échoue à SPF, car l'enregistrement n'inclut pas %2 avant son "all". Publiez l'enregistrement ci-dessous à la place de l'actuel.</translation>
    </message>
    <message>
        <source>SPF uses "ptr"</source>
        <translation>SPF utilise "ptr"</translation>
    </message>
    <message>
        <source>"ptr" is slow and unreliable, and RFC 7208 says not to use it; some receivers ignore it. Name the servers with ip4:, ip6:, a or include: instead.</source>
        <translation>"ptr" est lent et peu fiable, et la RFC 7208 déconseille de l'utiliser ; certains serveurs de réception l'ignorent. Désignez plutôt les serveurs avec ip4:, ip6:, a ou include:.</translation>
    </message>
    <message>
        <source>SPF ends with ?all</source>
        <translation>SPF se termine par ?all</translation>
    </message>
    <message>
        <source>"?all" says nothing about other servers, so forged mail is not marked. End it with ~all or -all.</source>
        <translation>"?all" ne dit rien des autres serveurs, si bien que le courrier falsifié n'est pas signalé. Terminez-le par ~all ou -all.</translation>
    </message>
    <message>
        <source>SPF record is valid</source>
        <translation>L'enregistrement SPF est valide</translation>
    </message>
    <message>
        <source>SPF authorises %1</source>
        <translation>SPF autorise %1</translation>
    </message>
    <message>
        <source>One valid record, %1 of 10 DNS lookups.</source>
        <translation>Un enregistrement valide, %1 requêtes DNS sur 10.</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>the record does not start with "v=spf1"</source>
        <translation>l'enregistrement ne commence pas par "v=spf1"</translation>
    </message>
    <message>
        <source>"redirect=" appears more than once</source>
        <translation>"redirect=" apparaît plus d'une fois</translation>
    </message>
    <message>
        <source>"%1" does not name a domain</source>
        <translation>"%1" ne désigne pas un domaine</translation>
    </message>
    <message>
        <source>"exp=" appears more than once</source>
        <translation>"exp=" apparaît plus d'une fois</translation>
    </message>
    <message>
        <source>"%1" is not a valid modifier</source>
        <translation>"%1" n'est pas un modificateur valide</translation>
    </message>
    <message>
        <source>"%1": "all" takes no value</source>
        <translation>"%1" : "all" ne prend pas de valeur</translation>
    </message>
    <message>
        <source>"%1" must be followed by ":" and a domain</source>
        <translation>"%1" doit être suivi de ":" et d'un domaine</translation>
    </message>
    <message>
        <source>"%1" is not a valid "%2" mechanism</source>
        <translation>"%1" n'est pas un mécanisme "%2" valide</translation>
    </message>
    <message>
        <source>"%1" is not a valid "ptr" mechanism</source>
        <translation>"%1" n'est pas un mécanisme "ptr" valide</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv%2 address or network</source>
        <translation>"%1" n'est pas une adresse ou un réseau IPv%2 valide</translation>
    </message>
    <message>
        <source>"%1" is not an SPF mechanism</source>
        <translation>"%1" n'est pas un mécanisme SPF</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Message templates saved in the window ("Save as template"). 'stamp send --template NAME' sends a message started from one.</source>
        <translation>Modèles de message enregistrés dans la fenêtre ("Enregistrer comme modèle"). 'stamp send --template NAME' envoie un message créé à partir de l'un d'eux.</translation>
    </message>
    <message>
        <source>list, show or delete</source>
        <translation>list, show ou delete</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show : afficher en JSON.</translation>
    </message>
    <message>
        <source>Run 'stamp template --help' for the actions.</source>
        <translation>Lancez 'stamp template --help' pour les actions.</translation>
    </message>
    <message>
        <source>name an action: list, show or delete.</source>
        <translation>indiquez une action : list, show ou delete.</translation>
    </message>
    <message>
        <source>list takes no argument.</source>
        <translation>list n'accepte aucun argument.</translation>
    </message>
    <message>
        <source>There are no templates.</source>
        <translation>Il n'y a aucun modèle.</translation>
    </message>
    <message>
        <source>subject "%1", to %2</source>
        <translation>objet "%1", pour %2</translation>
    </message>
    <message>
        <source>cannot read %1 (left as it is).</source>
        <translation>impossible de lire %1 (laissé tel quel).</translation>
    </message>
    <message>
        <source>%1 needs the template's name.</source>
        <translation>%1 nécessite le nom du modèle.</translation>
    </message>
    <message>
        <source>Template "%1" deleted.</source>
        <translation>Modèle "%1" supprimé.</translation>
    </message>
    <message>
        <source>There is no template named "%1".</source>
        <translation>Il n'existe pas de modèle nommé "%1".</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc : %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>Cci : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (missing)</source>
        <translation>Pièce jointe : %1 (manquante)</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Pièce jointe : %1</translation>
    </message>
    <message>
        <source>unknown action "%1".</source>
        <translation>action inconnue "%1".</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>A template's name can have at most %n characters.</source>
        <translation>
            <numerusform>Le nom d'un modèle ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Le nom d'un modèle ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template's name cannot contain line breaks or tabs.</source>
        <translation>Le nom d'un modèle ne peut contenir ni sauts de ligne ni tabulations.</translation>
    </message>
    <message>
        <source>A template named "%1" exists already.</source>
        <translation>Un modèle nommé "%1" existe déjà.</translation>
    </message>
    <message>
        <source>There is no template named "%1".</source>
        <translation>Il n'existe pas de modèle nommé "%1".</translation>
    </message>
    <message>
        <source>The template "%1" could not be deleted from %2.</source>
        <translation>Le modèle "%1" n'a pas pu être supprimé de %2.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdImport</name>
    <message>
        <source>%1 is neither a prefs.js file, a Thunderbird profile folder nor a folder with profiles.ini.</source>
        <translation>%1 n'est ni un fichier prefs.js, ni un dossier de profil Thunderbird, ni un dossier contenant profiles.ini.</translation>
    </message>
    <message>
        <source>No Thunderbird profile was found. Name the profile folder or its prefs.js file.</source>
        <translation>Aucun profil Thunderbird n'a été trouvé. Indiquez le dossier du profil ou son fichier prefs.js.</translation>
    </message>
    <message>
        <source>Another Thunderbird profile was not read: "%1" in %2. Name its folder to import it.</source>
        <translation>Un autre profil Thunderbird n'a pas été lu : "%1" dans %2. Indiquez son dossier pour l'importer.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>A line of prefs.js was not understood and was left out (%1).</source>
        <translation>Une ligne de prefs.js n'a pas été comprise et a été ignorée (%1).</translation>
    </message>
    <message>
        <source>%1 sends through an outgoing server the profile does not describe; it is left out.</source>
        <translation>%1 envoie via un serveur sortant que le profil ne décrit pas ; cette adresse est ignorée.</translation>
    </message>
    <message>
        <source>Not imported: the outgoing server has no host name.</source>
        <translation>Non importé : le serveur sortant n'a pas de nom d'hôte.</translation>
    </message>
    <message>
        <source>Thunderbird sent through this server without encryption. Stamp will too, but refuses to log in that way; choose STARTTLS or TLS in the account's settings if the server offers it.</source>
        <translation>Thunderbird envoyait via ce serveur sans chiffrement. Stamp le fera aussi, mais refuse de s'authentifier de cette façon ; choisissez STARTTLS ou TLS dans les paramètres du compte si le serveur le propose.</translation>
    </message>
    <message>
        <source>The connection security setting was not understood; STARTTLS is used.</source>
        <translation>Le paramètre de sécurité de la connexion n'a pas été compris ; STARTTLS est utilisé.</translation>
    </message>
    <message>
        <source>Thunderbird logged in with Kerberos, NTLM or a certificate, which Stamp does not offer; it will log in with a password.</source>
        <translation>Thunderbird s'authentifiait avec Kerberos, NTLM ou un certificat, ce que Stamp ne propose pas ; le compte s'authentifiera avec un mot de passe.</translation>
    </message>
    <message>
        <source>No identity sends through this server; its user name is used as the address.</source>
        <translation>Aucune identité n'envoie via ce serveur ; son nom d'utilisateur est utilisé comme adresse.</translation>
    </message>
    <message>
        <source>Not imported: no identity sends through this server, so there is no address to send from.</source>
        <translation>Non importé : aucune identité n'envoie via ce serveur, il n'y a donc aucune adresse d'expédition.</translation>
    </message>
    <message>
        <source>The signature of %1 was written in HTML; check how it looks.</source>
        <translation>La signature de %1 était rédigée en HTML ; vérifiez son apparence.</translation>
    </message>
    <message>
        <source>The profile has no outgoing (SMTP) server.</source>
        <translation>Le profil n'a pas de serveur sortant (SMTP).</translation>
    </message>
    <message>
        <source>Passwords saved in Thunderbird are not read: Stamp asks for each account's password once, for the keychain.</source>
        <translation>Les mots de passe enregistrés dans Thunderbird ne sont pas lus : Stamp demande une seule fois le mot de passe de chaque compte, pour le trousseau.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The provider said: "%1" (%2).</source>
        <translation>Le fournisseur a répondu : "%1" (%2).</translation>
    </message>
    <message>
        <source>(Error code: %1.)</source>
        <translation>(Code d'erreur : %1.)</translation>
    </message>
    <message>
        <source>Access was not granted: the sign-in was declined or cancelled in the browser.</source>
        <translation>L'accès n'a pas été accordé : la connexion a été refusée ou annulée dans le navigateur.</translation>
    </message>
    <message>
        <source>The provider rejected the sign-in request as malformed.</source>
        <translation>Le fournisseur a rejeté la demande de connexion comme mal formée.</translation>
    </message>
    <message>
        <source>The provider does not allow this client ID to sign in this way; check the client ID configured for Stamp.</source>
        <translation>Le fournisseur n'autorise pas cet ID client à se connecter de cette façon ; vérifiez l'ID client configuré pour Stamp.</translation>
    </message>
    <message>
        <source>The provider does not support the authorization-code sign-in Stamp uses.</source>
        <translation>Le fournisseur ne prend pas en charge la connexion par code d'autorisation qu'utilise Stamp.</translation>
    </message>
    <message>
        <source>The provider does not know the access Stamp asked for (the scope); the provider settings may be out of date.</source>
        <translation>Le fournisseur ne connaît pas l'accès demandé par Stamp (la portée, ou scope) ; les paramètres du fournisseur sont peut-être obsolètes.</translation>
    </message>
    <message>
        <source>The provider had an internal error; try again later.</source>
        <translation>Le fournisseur a rencontré une erreur interne ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The provider's sign-in service is overloaded or down for maintenance; try again later.</source>
        <translation>Le service de connexion du fournisseur est surchargé ou en maintenance ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in.</source>
        <translation>Le fournisseur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The provider no longer accepts this sign-in: it was revoked, has expired, or the password was changed. Sign in again.</source>
        <translation>Le fournisseur n'accepte plus cette connexion : elle a été révoquée, a expiré, ou le mot de passe a été changé. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The provider does not recognise Stamp's client ID or client secret; check the OAuth client configuration.</source>
        <translation>Le fournisseur ne reconnaît pas l'ID client ou le secret client de Stamp ; vérifiez la configuration du client OAuth.</translation>
    </message>
    <message>
        <source>The provider does not allow this client ID to use this kind of sign-in.</source>
        <translation>Le fournisseur n'autorise pas cet ID client à utiliser ce type de connexion.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of token request.</source>
        <translation>Le fournisseur ne prend pas en charge ce type de demande de jeton.</translation>
    </message>
    <message>
        <source>The provider refused the access Stamp asked for (the scope).</source>
        <translation>Le fournisseur a refusé l'accès demandé par Stamp (la portée, ou scope).</translation>
    </message>
    <message>
        <source>The provider rejected the token request as malformed.</source>
        <translation>Le fournisseur a rejeté la demande de jeton comme mal formée.</translation>
    </message>
    <message>
        <source>The provider refused to issue a token.</source>
        <translation>Le fournisseur a refusé d'émettre un jeton.</translation>
    </message>
    <message>
        <source>The provider's token service answered with HTTP status %1 and no explanation.</source>
        <translation>Le service de jetons du fournisseur a répondu avec le statut HTTP %1, sans explication.</translation>
    </message>
    <message>
        <source>The provider's token service sent something that is not JSON.</source>
        <translation>Le service de jetons du fournisseur a envoyé quelque chose qui n'est pas du JSON.</translation>
    </message>
    <message>
        <source>The provider's token service sent no access token.</source>
        <translation>Le service de jetons du fournisseur n'a envoyé aucun jeton d'accès.</translation>
    </message>
    <message>
        <source>The provider issued a "%1" token; Stamp can only use bearer tokens.</source>
        <translation>Le fournisseur a émis un jeton "%1" ; Stamp ne peut utiliser que des jetons bearer.</translation>
    </message>
</context>
<context>
    <name>TranscriptArchive</name>
    <message>
        <source>cannot create %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>TranscriptWriter</name>
    <message>
        <source>Cannot write the log to "%1": %2</source>
        <translation>Impossible d'écrire le journal dans "%1" : %2</translation>
    </message>
</context>
<context>
    <name>stamp::Autodetect</name>
    <message>
        <source>accepts only OAuth2 sign-in</source>
        <translation>n'accepte que la connexion OAuth2</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>no preset for %1</source>
        <translation>aucun préréglage pour %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>skipped: not HTTPS</source>
        <translation>ignoré : pas en HTTPS</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>no MX record</source>
        <translation>aucun enregistrement MX</translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 appartient à %2</translation>
    </message>
    <message>
        <source>%1 matches no preset</source>
        <translation>%1 ne correspond à aucun préréglage</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>aucun enregistrement SRV</translation>
    </message>
    <message>
        <source>skipped: a better source answered</source>
        <translation>ignoré : une meilleure source a répondu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>TLS on connect</source>
        <translation>TLS dès la connexion</translation>
    </message>
    <message>
        <source>offers STARTTLS</source>
        <translation>propose STARTTLS</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>pas de STARTTLS</translation>
    </message>
    <message>
        <source>no encryption offered: a password would travel in the clear</source>
        <translation>aucun chiffrement proposé : un mot de passe circulerait en clair</translation>
    </message>
    <message>
        <source>its certificate is not trusted: %1</source>
        <translation>son certificat n'est pas approuvé : %1</translation>
    </message>
</context>
<context>
    <name>stamp::ConnectionCheck</name>
    <message>
        <source>Not reached</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>an address literal: nothing to look up</source>
        <translation>une adresse littérale : rien à rechercher</translation>
    </message>
    <message>
        <source>Connect to %1 port %2</source>
        <translation>Se connecter à %1 port %2</translation>
    </message>
    <message>
        <source>STARTTLS offered before TLS, AUTH only after</source>
        <translation>STARTTLS proposé avant TLS, AUTH seulement après</translation>
    </message>
    <message>
        <source>TLS from the first byte: there is no plaintext part to strip</source>
        <translation>TLS dès le premier octet : aucune partie en clair à supprimer</translation>
    </message>
    <message>
        <source>this account uses no TLS</source>
        <translation>ce compte n'utilise pas TLS</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>no EHLO reply</source>
        <translation>pas de réponse à EHLO</translation>
    </message>
    <message>
        <source>the plaintext EHLO reply does not offer STARTTLS: %1</source>
        <translation>la réponse EHLO en clair ne propose pas STARTTLS : %1</translation>
    </message>
    <message>
        <source>STARTTLS offered: yes</source>
        <translation>STARTTLS proposé : oui</translation>
    </message>
    <message>
        <source>AUTH offered before TLS: yes (Stamp never uses it there, but the server would accept a password in the clear)</source>
        <translation>AUTH proposé avant TLS : oui (Stamp ne l'utilise jamais à ce stade, mais le serveur accepterait un mot de passe en clair)</translation>
    </message>
    <message>
        <source>AUTH offered before TLS: no</source>
        <translation>AUTH proposé avant TLS : non</translation>
    </message>
    <message>
        <source>Stamp connection check</source>
        <translation>Vérification de la connexion Stamp</translation>
    </message>
    <message>
        <source>This message was sent by Stamp's connection check for the account "%1". It arrived, so sending works.</source>
        <translation>Ce message a été envoyé par la vérification de la connexion de Stamp pour le compte "%1". Il est arrivé : l'envoi fonctionne donc.</translation>
    </message>
    <message>
        <source>TLS from the first byte (implicit TLS)</source>
        <translation>TLS dès le premier octet (TLS implicite)</translation>
    </message>
    <message>
        <source>TLS after STARTTLS</source>
        <translation>TLS après STARTTLS</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat : %1</translation>
    </message>
    <message>
        <source>issued by: %1</source>
        <translation>émis par : %1</translation>
    </message>
    <message>
        <source>covers: %1</source>
        <translation>couvre : %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>this account uses no TLS: everything, the password included, travels in the clear</source>
        <translation>ce compte n'utilise pas TLS : tout, y compris le mot de passe, circule en clair</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>version: %1, cipher: %2</source>
        <translation>version : %1, suite de chiffrement : %2</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>chaîne : %1</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>valable jusqu'au %1 (%n jour restant)</numerusform>
            <numerusform>valable jusqu'au %1 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate expires soon; once it has, every connection will fail</source>
        <translation>le certificat expire bientôt ; une fois expiré, toutes les connexions échoueront</translation>
    </message>
    <message>
        <source>host name: not checked, the certificate is the pinned one</source>
        <translation>nom d'hôte : non vérifié, le certificat est celui qui a été épinglé</translation>
    </message>
    <message>
        <source>host name: %1 matches the certificate</source>
        <translation>nom d'hôte : %1 correspond au certificat</translation>
    </message>
    <message>
        <source>Capabilities (EHLO)</source>
        <translation>Capacités (EHLO)</translation>
    </message>
    <message>
        <source>Capabilities (EHLO after TLS)</source>
        <translation>Capacités (EHLO après TLS)</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>serveur : %1</translation>
    </message>
    <message>
        <source>SIZE: yes, limit %1</source>
        <translation>SIZE : oui, limite %1</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>SIZE: no</source>
        <translation>SIZE : non</translation>
    </message>
    <message>
        <source>PIPELINING: %1</source>
        <translation>PIPELINING : %1</translation>
    </message>
    <message>
        <source>CHUNKING: %1</source>
        <translation>CHUNKING : %1</translation>
    </message>
    <message>
        <source>SMTPUTF8: %1</source>
        <translation>SMTPUTF8 : %1</translation>
    </message>
    <message>
        <source>AUTH: %1</source>
        <translation>AUTH : %1</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>aucune méthode proposée</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>S'authentifier en tant que %1</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>S'authentifier</translation>
    </message>
    <message>
        <source>this account does not log in</source>
        <translation>ce compte ne s'authentifie pas</translation>
    </message>
    <message>
        <source>accepted (%1)</source>
        <translation>accepté (%1)</translation>
    </message>
    <message>
        <source>Send a test message to %1</source>
        <translation>Envoyer un message de test à %1</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>accepté : %1</translation>
    </message>
    <message>
        <source>Check what the sending domain publishes for mail to arrive</source>
        <translation>Vérifier ce que le domaine d'envoi publie pour que le courrier arrive</translation>
    </message>
    <message>
        <source>Check what %1 publishes for mail to arrive</source>
        <translation>Vérifier ce que %1 publie pour que le courrier arrive</translation>
    </message>
    <message>
        <source>the account has no email address whose domain could be checked</source>
        <translation>le compte n'a aucune adresse e-mail dont le domaine pourrait être vérifié</translation>
    </message>
    <message>
        <source>%1 has no domain that DNS could be asked about</source>
        <translation>%1 n'a pas de domaine sur lequel le DNS pourrait être interrogé</translation>
    </message>
    <message>
        <source>DNS could not be asked: no question about %1 was answered. This does not affect sending; try again when the network or the name server answers.</source>
        <translation>Le DNS n'a pas pu être interrogé : aucune requête concernant %1 n'a obtenu de réponse. Cela n'affecte pas l'envoi ; réessayez quand le réseau ou le serveur de noms répondra.</translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation>À publier : %1</translation>
    </message>
    <message>
        <source>%1 looks up the name</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>Le nom est résolu par %1</translation>
    </message>
    <message>
        <source>Connect to %1 port %2 through %3</source>
        <extracomment>%1 is a host name or address, %2 a port, %3 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>Se connecter à %1 port %2 via %3</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>via %1</translation>
    </message>
</context>
<context>
    <name>stamp::CredentialSource</name>
    <message>
        <source>%1 no longer accepts the saved sign-in of the account "%2", so Stamp cannot log in to send.</source>
        <translation>%1 n'accepte plus la connexion enregistrée du compte "%2" : Stamp ne peut donc pas s'authentifier pour envoyer.</translation>
    </message>
    <message>
        <source>(%1 said: "%2")</source>
        <translation>(%1 a répondu : "%2")</translation>
    </message>
    <message>
        <source>The account "%1" does not sign in with OAuth.</source>
        <translation>Le compte "%1" ne se connecte pas avec OAuth.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1".</source>
        <translation>Aucun mot de passe n'est enregistré pour le compte "%1".</translation>
    </message>
    <message>
        <source>The account "%1" is not signed in to %2: no sign-in is saved in the keychain. Sign in to %2 again.</source>
        <translation>Le compte "%1" n'est pas connecté à %2 : aucune connexion n'est enregistrée dans le trousseau. Reconnectez-vous à %2.</translation>
    </message>
    <message>
        <source>Stamp could not renew the sign-in of the account "%1" with %2: %3</source>
        <translation>Stamp n'a pas pu renouveler la connexion du compte "%1" auprès de %2 : %3</translation>
    </message>
</context>
<context>
    <name>stamp::Dispatcher</name>
    <message>
        <source>The message file is missing from the outbox: %1</source>
        <translation>Le fichier du message est absent de la boîte d'envoi : %1</translation>
    </message>
</context>
<context>
    <name>stamp::MailClient</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The account "%1" these messages were written for no longer exists.</source>
        <translation>Le compte "%1" pour lequel ces messages ont été rédigés n'existe plus.</translation>
    </message>
    <message>
        <source>The messages queued for %1 (user %2) need the password again, which Stamp never stores for a server outside your accounts: flush them again on the command line with the password, or remove them in the Outbox.</source>
        <translation>Les messages en attente pour %1 (utilisateur %2) ont de nouveau besoin du mot de passe, que Stamp n'enregistre jamais pour un serveur extérieur à vos comptes : renvoyez-les en ligne de commande avec le mot de passe, ou supprimez-les dans la Boîte d'envoi.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1".</source>
        <translation>Aucun mot de passe n'est enregistré pour le compte "%1".</translation>
    </message>
    <message>
        <source>The server refused the sign-in for "%1" even with a renewed token.</source>
        <translation>Le serveur a refusé la connexion pour "%1", même avec un jeton renouvelé.</translation>
    </message>
    <message>
        <source>The message is no longer in the Outbox.</source>
        <translation>Le message n'est plus dans la Boîte d'envoi.</translation>
    </message>
    <message>
        <source>This message is not waiting for a password.</source>
        <translation>Ce message n'attend pas de mot de passe.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain, so Stamp keeps it only until it quits. %1</source>
        <translation>Le mot de passe n'a pas pu être enregistré dans le trousseau : Stamp le conserve donc seulement jusqu'à sa fermeture. %1</translation>
    </message>
    <message>
        <source>The account "%1" this message was written for no longer exists.</source>
        <translation>Le compte "%1" pour lequel ce message a été rédigé n'existe plus.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n'existe plus.</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>Il n'existe aucun compte "%1".</translation>
    </message>
    <message>
        <source>The account this message is written in no longer exists.</source>
        <translation>Le compte dans lequel ce message a été rédigé n'existe plus.</translation>
    </message>
</context>
<context>
    <name>stamp::OutboxService</name>
    <message>
        <source>The account "%1" these messages were queued for no longer exists.</source>
        <translation>Le compte "%1" pour lequel ces messages ont été mis en attente n'existe plus.</translation>
    </message>
    <message>
        <source>No credentials are available to send these messages.</source>
        <translation>Aucun identifiant de connexion n'est disponible pour envoyer ces messages.</translation>
    </message>
    <message>
        <source>No credentials for these messages.</source>
        <translation>Aucun identifiant de connexion pour ces messages.</translation>
    </message>
</context>
<context>
    <name>stamp::RunningInstance</name>
    <message>
        <source>another Stamp window receives the links</source>
        <translation>une autre fenêtre de Stamp reçoit les liens</translation>
    </message>
</context>
<context>
    <name>stamp::SandboxServer</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>stamp::SecretStore</name>
    <message>
        <source>No keychain is available on this computer, so Stamp cannot save the password. It can keep the password in memory until Stamp quits; it will be asked again next time.</source>
        <translation>Aucun trousseau n'est disponible sur cet ordinateur, Stamp ne peut donc pas enregistrer le mot de passe. Il peut le garder en mémoire jusqu'à sa fermeture ; il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Le trousseau a répondu : %1)</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1).</source>
        <translation>L'accès au trousseau a été refusé (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>stamp::SentCopyCheck</name>
    <message>
        <source>Enter the IMAP server's host name first.</source>
        <translation>Saisissez d'abord le nom d'hôte du serveur IMAP.</translation>
    </message>
</context>
<context>
    <name>stamp::SubmissionBatch</name>
    <message numerus="yes">
        <source>Opening a new connection for %n more message(s) (%2 s left to get the server ready)</source>
        <extracomment>%2 is a number of seconds with one decimal</extracomment>
        <translation>
            <numerusform>Ouverture d'une nouvelle connexion pour %n autre message (encore %2 s pour que le serveur soit prêt)</numerusform>
            <numerusform>Ouverture d'une nouvelle connexion pour %n autres messages (encore %2 s pour que le serveur soit prêt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening a new connection for %n more message(s)</source>
        <translation>
            <numerusform>Ouverture d'une nouvelle connexion pour %n autre message</numerusform>
            <numerusform>Ouverture d'une nouvelle connexion pour %n autres messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stamp::SubmissionSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Replies not read: "%1%2"</source>
        <extracomment>%1%2 are the first bytes of the replies the server sent ahead</extracomment>
        <translation>Réponses non lues : "%1%2"</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n more replies than commands: it answered commands before they were sent.</source>
        <translation>
            <numerusform>Le serveur a envoyé %n réponse de plus que de commandes : il a répondu à des commandes avant qu'elles ne soient envoyées.</numerusform>
            <numerusform>Le serveur a envoyé %n réponses de plus que de commandes : il a répondu à des commandes avant qu'elles ne soient envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server interrupted the upload: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Le serveur a interrompu le transfert : %1</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Le serveur a envoyé une réponse non sollicitée : %1</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Le serveur ferme la connexion : %1</translation>
    </message>
    <message>
        <source>The host name %1 could not be found: %2</source>
        <extracomment>%1 is a host name; %2 is the system's error message</extracomment>
        <translation>Le nom d'hôte %1 est introuvable : %2</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <extracomment>%1 is a host name, %2 a port number</extracomment>
        <translation>%1 a refusé la connexion sur le port %2.</translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <extracomment>%1 describes the step, e.g. "while signing in"</extracomment>
        <translation>Le serveur a fermé la connexion %1.</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <extracomment>%1 is the TLS library's error message</extracomment>
        <translation>Échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <source>The server was still not ready for the message after %1 s (the most Stamp waits, counting every connection of this attempt); it stopped %2.</source>
        <extracomment>%1 is a number of seconds; %2 describes the step, e.g. "while signing in"</extracomment>
        <translation>Le serveur n'était toujours pas prêt à recevoir le message après %1 s (l'attente maximale de Stamp, toutes les connexions de cette tentative comprises) ; il s'est arrêté %2.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2 within %3 s.</source>
        <extracomment>%1 is a host name, %2 a port number, %3 a number of seconds</extracomment>
        <translation>Impossible de se connecter à %1, port %2, dans un délai de %3 s.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La négociation TLS ne s'est pas terminée dans un délai de %1 s.</translation>
    </message>
    <message>
        <source>The server accepted no message data for %1 s.</source>
        <translation>Le serveur n'a accepté aucune donnée du message pendant %1 s.</translation>
    </message>
    <message>
        <source>No reply from the server within %1 s %2.</source>
        <extracomment>%1 is a number of seconds; %2 describes the step, e.g. "while signing in"</extracomment>
        <translation>Aucune réponse du serveur dans un délai de %1 s %2.</translation>
    </message>
    <message>
        <source>The session stalled %1.</source>
        <extracomment>%1 describes the step, e.g. "while signing in"</extracomment>
        <translation>La session s'est bloquée %1.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
</context>
<context>
    <name>stamp::domain::DnsQueryCache</name>
    <message>
        <source>more than %1 CNAME records in a row</source>
        <translation>plus de %1 enregistrements CNAME à la suite</translation>
    </message>
</context>
<context>
    <name>stamp::domain::DomainCheck</name>
    <message>
        <source>%1 belongs to %2, which publishes its SPF, DKIM and DMARC records itself. There is nothing for you to publish: mail you send through %2 is authenticated by %2.</source>
        <translation>%1 appartient à %2, qui publie lui-même ses enregistrements SPF, DKIM et DMARC. Vous n'avez rien à publier : le courrier que vous envoyez via %2 est authentifié par %2.</translation>
    </message>
    <message>
        <source>The domain does not exist</source>
        <translation>Le domaine n'existe pas</translation>
    </message>
    <message>
        <source>DNS says there is no domain %1. Check the spelling, or whether the domain's registration has lapsed.</source>
        <translation>Le DNS indique que le domaine %1 n'existe pas. Vérifiez l'orthographe, ou si le domaine n'a pas expiré faute de renouvellement.</translation>
    </message>
    <message>
        <source>The domain says it receives no mail</source>
        <translation>Le domaine indique qu'il ne reçoit pas de courrier</translation>
    </message>
    <message>
        <source>%1 publishes a "null MX" (MX 0 .), which says it takes no mail. Receivers may refuse mail from it, because replies could not reach you. Replace it with your provider's MX records.</source>
        <translation>%1 publie un "null MX" (MX 0 .), qui indique qu'il n'accepte aucun courrier. Les serveurs de réception peuvent refuser le courrier qui en provient, car les réponses ne pourraient pas vous parvenir. Remplacez-le par les enregistrements MX de votre fournisseur.</translation>
    </message>
    <message>
        <source>The domain receives mail</source>
        <translation>Le domaine reçoit du courrier</translation>
    </message>
    <message numerus="yes">
        <source>%n MX record(s) name the servers that take mail for the domain.</source>
        <translation>
            <numerusform>%n enregistrement MX désigne les serveurs qui reçoivent le courrier du domaine.</numerusform>
            <numerusform>%n enregistrements MX désignent les serveurs qui reçoivent le courrier du domaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>The domain has no mail servers</source>
        <translation>Le domaine n'a pas de serveur de messagerie</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address, so replies and bounces cannot reach it; receivers may refuse its mail. Publish your provider's MX records.</source>
        <translation>%1 n'a ni enregistrement MX ni adresse, si bien que les réponses et les messages de non-remise ne peuvent pas l'atteindre ; les serveurs de réception peuvent refuser son courrier. Publiez les enregistrements MX de votre fournisseur.</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Aucun enregistrement MX</translation>
    </message>
    <message>
        <source>Mail to you falls back to the domain's address record. Publish MX records so mail to the domain reaches the right servers.</source>
        <translation>Le courrier qui vous est adressé se rabat sur l'enregistrement d'adresse du domaine. Publiez des enregistrements MX pour que le courrier destiné au domaine atteigne les bons serveurs.</translation>
    </message>
    <message>
        <source>DKIM selectors unknown</source>
        <translation>Sélecteurs DKIM inconnus</translation>
    </message>
    <message>
        <source>DNS cannot list DKIM keys; they are found by their selector name. The selector is the s= value in the DKIM-Signature header of a message you sent.</source>
        <translation>Le DNS ne peut pas lister les clés DKIM ; on les trouve par le nom de leur sélecteur. Le sélecteur est la valeur s= de l'en-tête DKIM-Signature d'un message que vous avez envoyé.</translation>
    </message>
    <message>
        <source>The DKIM key has an error</source>
        <translation>La clé DKIM contient une erreur</translation>
    </message>
    <message>
        <source>The key at selector "%1" cannot be used: %2.</source>
        <translation>La clé du sélecteur "%1" est inutilisable : %2.</translation>
    </message>
    <message>
        <source>The DKIM key is revoked</source>
        <translation>La clé DKIM est révoquée</translation>
    </message>
    <message>
        <source>The key at selector "%1" is empty (p=), which revokes it: mail signed with it fails DKIM.</source>
        <translation>La clé du sélecteur "%1" est vide (p=), ce qui la révoque : le courrier signé avec cette clé échoue à DKIM.</translation>
    </message>
    <message>
        <source>The DKIM key is too short</source>
        <translation>La clé DKIM est trop courte</translation>
    </message>
    <message>
        <source>The key at selector "%1" has %2 bits; receivers must refuse keys under 1024 bits (RFC 8301). Create a 2048-bit key.</source>
        <translation>La clé du sélecteur "%1" fait %2 bits ; les serveurs de réception doivent refuser les clés de moins de 1024 bits (RFC 8301). Créez une clé de 2048 bits.</translation>
    </message>
    <message>
        <source>The DKIM key is short</source>
        <translation>La clé DKIM est courte</translation>
    </message>
    <message>
        <source>The key at selector "%1" has %2 bits. It works, but Gmail and Yahoo recommend 2048 bits: create a longer key when you can.</source>
        <translation>La clé du sélecteur "%1" fait %2 bits. Elle fonctionne, mais Gmail et Yahoo recommandent 2048 bits : créez une clé plus longue dès que possible.</translation>
    </message>
    <message>
        <source>DKIM is still in test mode</source>
        <translation>DKIM est encore en mode test</translation>
    </message>
    <message>
        <source>The key at selector "%1" has t=y, which asks receivers to treat failures as unsigned. Remove t=y once signing works.</source>
        <translation>La clé du sélecteur "%1" contient t=y, qui demande aux serveurs de réception de traiter les échecs comme des messages non signés. Retirez t=y dès que la signature fonctionne.</translation>
    </message>
    <message>
        <source>%1-bit RSA</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source>DKIM key found</source>
        <translation>Clé DKIM trouvée</translation>
    </message>
    <message>
        <source>Selector "%1" publishes a valid %2 key.</source>
        <translation>Le sélecteur "%1" publie une clé %2 valide.</translation>
    </message>
    <message>
        <source>No DKIM key found</source>
        <translation>Aucune clé DKIM trouvée</translation>
    </message>
    <message>
        <source>No key at the selectors %1, so your mail is not signed in a way receivers can check.</source>
        <translation>Aucune clé aux sélecteurs %1 : votre courrier n'est donc pas signé d'une manière que les serveurs de réception peuvent vérifier.</translation>
    </message>
    <message>
        <source>Publish the record below (and the provider's other selectors the same way); if the provider's settings page shows a different value, use that one.</source>
        <translation>Publiez l'enregistrement ci-dessous (et les autres sélecteurs du fournisseur de la même façon) ; si la page de paramètres du fournisseur indique une autre valeur, utilisez celle-ci.</translation>
    </message>
    <message>
        <source>Turn on DKIM in %1's settings and publish the key it shows.</source>
        <translation>Activez DKIM dans les paramètres de %1 et publiez la clé affichée.</translation>
    </message>
    <message>
        <source>More than one DMARC record</source>
        <translation>Plus d'un enregistrement DMARC</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then apply none of them. Keep one.</source>
        <translation>%1 a %2 enregistrements DMARC ; les serveurs de réception n'en appliquent alors aucun. Gardez-en un seul.</translation>
    </message>
    <message>
        <source>The DMARC record does not start with v=DMARC1</source>
        <translation>L'enregistrement DMARC ne commence pas par v=DMARC1</translation>
    </message>
    <message>
        <source>Receivers ignore a record at %1 unless it starts exactly with "v=DMARC1;".</source>
        <translation>Les serveurs de réception ignorent un enregistrement situé à %1 s'il ne commence pas exactement par "v=DMARC1;".</translation>
    </message>
    <message>
        <source>The DMARC record has an error</source>
        <translation>L'enregistrement DMARC contient une erreur</translation>
    </message>
    <message>
        <source>Found at %1, which covers %2 as a subdomain.</source>
        <translation>Trouvé à %1, qui couvre %2 en tant que sous-domaine.</translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none)</source>
        <translation>DMARC se contente de surveiller (p=none)</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Microsoft accept p=none from bulk senders, but it asks receivers to do nothing with forged mail. Move to p=quarantine once reports show your own mail passes.</source>
        <translation>Gmail, Yahoo et Microsoft acceptent p=none de la part des expéditeurs en masse, mais cette politique demande aux serveurs de réception de ne rien faire du courrier falsifié. Passez à p=quarantine dès que les rapports montrent que votre propre courrier passe les contrôles.</translation>
    </message>
    <message>
        <source>DMARC applies to part of the mail (pct=%1)</source>
        <translation>DMARC ne s'applique qu'à une partie du courrier (pct=%1)</translation>
    </message>
    <message>
        <source>The policy covers only %1% of failing mail; the rest is treated as p=none.</source>
        <translation>La politique ne couvre que %1 % du courrier en échec ; le reste est traité comme p=none.</translation>
    </message>
    <message>
        <source>DMARC policy: %1</source>
        <translation>Politique DMARC : %1</translation>
    </message>
    <message>
        <source>Receivers are asked to %1 mail that fails SPF and DKIM alignment.</source>
        <translation>Il est demandé aux serveurs de réception de %1 le courrier qui échoue à l'alignement SPF et DKIM.</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>mettre en quarantaine</translation>
    </message>
    <message>
        <source>The DMARC record is at the wrong name</source>
        <translation>L'enregistrement DMARC n'est pas au bon nom</translation>
    </message>
    <message>
        <source>A DMARC record sits at %1, where receivers never look. It must be at %2: publish it there and delete the other one. (DNS panels often add the domain to the name you type: enter just "_dmarc".)</source>
        <translation>Un enregistrement DMARC se trouve à %1, où les serveurs de réception ne regardent jamais. Il doit se trouver à %2 : publiez-le là et supprimez l'autre. (Les interfaces DNS ajoutent souvent le domaine au nom saisi : saisissez simplement "_dmarc".)</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>Aucun enregistrement DMARC</translation>
    </message>
    <message>
        <source>Without DMARC, receivers have no policy for forged mail, and Gmail, Yahoo and Microsoft require it from bulk senders. Publish the record below; replace dmarc-reports@%1 with a mailbox of yours that may receive daily reports.</source>
        <translation>Sans DMARC, les serveurs de réception n'ont aucune politique pour le courrier falsifié, et Gmail, Yahoo et Microsoft l'exigent des expéditeurs en masse. Publiez l'enregistrement ci-dessous ; remplacez dmarc-reports@%1 par l'une de vos boîtes aux lettres pouvant recevoir des rapports quotidiens.</translation>
    </message>
    <message>
        <source>MTA-STS is published</source>
        <translation>MTA-STS est publié</translation>
    </message>
    <message>
        <source>No MTA-STS</source>
        <translation>Pas de MTA-STS</translation>
    </message>
    <message>
        <source>MTA-STS asks senders to use TLS for mail to you; it does not affect mail you send. Optional.</source>
        <translation>MTA-STS demande aux expéditeurs d'utiliser TLS pour le courrier qui vous est destiné ; cela n'a aucun effet sur le courrier que vous envoyez. Facultatif.</translation>
    </message>
    <message>
        <source>TLS reporting is published</source>
        <translation>L'enregistrement de rapports TLS est publié</translation>
    </message>
    <message>
        <source>No TLS reporting</source>
        <translation>Pas de rapports TLS</translation>
    </message>
    <message>
        <source>TLS-RPT asks senders to report failed encrypted deliveries to you; it does not affect mail you send. Optional.</source>
        <translation>TLS-RPT demande aux expéditeurs de vous signaler les remises chiffrées qui ont échoué ; cela n'a aucun effet sur le courrier que vous envoyez. Facultatif.</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>DNS did not answer in time. Try again later, or check the network.</source>
        <translation>Le DNS n'a pas répondu à temps. Réessayez plus tard, ou vérifiez le réseau.</translation>
    </message>
</context>
<context>
    <name>stamp::imap::ImapSession</name>
    <message>
        <source>No IMAP server host name was given.</source>
        <translation>Aucun nom d'hôte de serveur IMAP n'a été indiqué.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).</source>
        <translation>L'empreinte du certificat épinglé ne comporte pas 64 chiffres hexadécimaux (SHA-256).</translation>
    </message>
    <message>
        <source>Connecting to IMAP server %1 port %2 (%3)</source>
        <extracomment>%1 is a host name, %2 a port number, %3 the security mode (starttls, tls or none)</extracomment>
        <translation>Connexion au serveur IMAP %1, port %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <extracomment>%1 is an IP address, %2 a port number</extracomment>
        <translation>Connecté à %1, port %2</translation>
    </message>
    <message>
        <source>Certificate not verified (%1), but it is the pinned certificate %2</source>
        <extracomment>%1 lists the certificate errors; %2 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Certificat non vérifié (%1), mais c'est le certificat épinglé %2</translation>
    </message>
    <message>
        <source>Certificate verification failed: %1</source>
        <extracomment>%1 lists the certificate errors</extracomment>
        <translation>Échec de la vérification du certificat : %1</translation>
    </message>
    <message>
        <source>The server's certificate (SHA-256 %1) is not the pinned one.</source>
        <extracomment>%1 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Le certificat du serveur (SHA-256 %1) n'est pas celui qui a été épinglé.</translation>
    </message>
    <message>
        <source>The certificate does not name %1 among its DNS names.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Le certificat ne mentionne pas %1 parmi ses noms DNS.</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4; %5</source>
        <extracomment>TLS summary in the log: %1 is the TLS version, %2 the cipher, %3 and %4 the certificate's subject and issuer, %5 "trusted by pin" or "verified"</extracomment>
        <translation>%1, %2 ; certificat %3, émis par %4 ; %5</translation>
    </message>
    <message>
        <source>trusted by pin</source>
        <translation>de confiance car épinglé</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>The server asked for more data where none was due.</source>
        <translation>Le serveur a demandé des données supplémentaires alors qu'aucune n'était attendue.</translation>
    </message>
    <message>
        <source>The server closed the session.</source>
        <translation>Le serveur a fermé la session.</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent (tag %1).</source>
        <extracomment>%1 is an IMAP command tag such as A001</extracomment>
        <translation>Le serveur a répondu à une commande qui n'a pas été envoyée (étiquette %1).</translation>
    </message>
    <message>
        <source>The server's greeting is not an IMAP greeting.</source>
        <translation>Le message d'accueil du serveur n'est pas un message d'accueil IMAP.</translation>
    </message>
    <message>
        <source>The server refused the session.</source>
        <translation>Le serveur a refusé la session.</translation>
    </message>
    <message>
        <source>The server logged the session in before STARTTLS, so it cannot be protected.</source>
        <translation>Le serveur a authentifié la session avant STARTTLS, elle ne peut donc pas être protégée.</translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation>Le serveur n'a pas indiqué ses capacités.</translation>
    </message>
    <message>
        <source>The IMAP server does not offer STARTTLS, which this account requires.</source>
        <translation>Le serveur IMAP ne propose pas STARTTLS, que ce compte exige.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS.</source>
        <translation>Le serveur a refusé STARTTLS.</translation>
    </message>
    <message>
        <source>Sent after the STARTTLS reply, before TLS (discarded): "%1"</source>
        <extracomment>%1 is the data the server sent</extracomment>
        <translation>Envoyé après la réponse à STARTTLS, avant TLS (ignoré) : "%1"</translation>
    </message>
    <message>
        <source>The server sent unexpected data right after agreeing to STARTTLS.</source>
        <translation>Le serveur a envoyé des données inattendues juste après avoir accepté STARTTLS.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password is not sent.</source>
        <translation>La connexion n'est pas chiffrée, le mot de passe n'est donc pas envoyé.</translation>
    </message>
    <message>
        <source>No login was given for the IMAP server.</source>
        <translation>Aucune authentification n'a été indiquée pour le serveur IMAP.</translation>
    </message>
    <message>
        <source>The IMAP server offers no way to log in with a password here.</source>
        <translation>Le serveur IMAP ne propose ici aucun moyen de s'authentifier avec un mot de passe.</translation>
    </message>
    <message>
        <source>The IMAP server does not offer the %1 login.</source>
        <extracomment>%1 is a login mechanism such as XOAUTH2</extracomment>
        <translation>Le serveur IMAP ne propose pas l'authentification %1.</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Le serveur a refusé l'authentification.</translation>
    </message>
    <message>
        <source>The user name or password holds a line break.</source>
        <translation>Le nom d'utilisateur ou le mot de passe contient un saut de ligne.</translation>
    </message>
    <message>
        <source>password redacted</source>
        <translation>mot de passe masqué</translation>
    </message>
    <message>
        <source>[%1 bytes of message]</source>
        <extracomment>%1 is a number of bytes</extracomment>
        <translation>[%1 octets de message]</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <extracomment>%1 is a login mechanism such as PLAIN</extracomment>
        <translation>Authentifié avec %1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Aucune réponse du serveur dans un délai de %1 secondes.</translation>
    </message>
</context>
<context>
    <name>stamp::imap::SentCopyJob</name>
    <message>
        <source>The copy to the Sent folder was cancelled; it will be tried again later.</source>
        <translation>La copie dans le dossier Envoyés a été annulée ; une nouvelle tentative aura lieu plus tard.</translation>
    </message>
    <message>
        <source>Sent folder: "%1"</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>Dossier Envoyés : "%1"</translation>
    </message>
    <message>
        <source>The message is already in the folder "%1".</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>Le message se trouve déjà dans le dossier "%1".</translation>
    </message>
    <message>
        <source>A copy was saved in the folder "%1".</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>Une copie a été enregistrée dans le dossier "%1".</translation>
    </message>
    <message>
        <source>The mailbox on %1 is full. Delete some mail there; the copy to the Sent folder will be tried again later.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>La boîte aux lettres sur %1 est pleine. Supprimez-y quelques messages ; une nouvelle tentative de copie dans le dossier Envoyés aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The IMAP server %1 is busy or unavailable right now; the copy to the Sent folder will be tried again later.</source>
        <translation>Le serveur IMAP %1 est occupé ou indisponible pour le moment ; une nouvelle tentative de copie dans le dossier Envoyés aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist on %2. Choose the Sent folder in the account's settings.</source>
        <extracomment>%1 is a folder name, %2 a host name</extracomment>
        <translation>Le dossier "%1" n'existe pas sur %2. Choisissez le dossier Envoyés dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The IMAP server %1 could not be reached; the copy to the Sent folder will be tried again later.</source>
        <translation>Le serveur IMAP %1 n'a pas pu être joint ; une nouvelle tentative de copie dans le dossier Envoyés aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not answer in time; the copy to the Sent folder will be tried again later.</source>
        <translation>Le serveur IMAP %1 n'a pas répondu à temps ; une nouvelle tentative de copie dans le dossier Envoyés aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The IMAP server %1 ended the connection early; the copy to the Sent folder will be tried again later.</source>
        <translation>Le serveur IMAP %1 a mis fin à la connexion prématurément ; une nouvelle tentative de copie dans le dossier Envoyés aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The certificate of the IMAP server %1 is not trusted, so no copy was saved. Check the certificate in the account's settings and trust it only if it is the right one.</source>
        <translation>Le certificat du serveur IMAP %1 n'est pas approuvé, aucune copie n'a donc été enregistrée. Vérifiez le certificat dans les paramètres du compte et ne lui faites confiance que s'il s'agit du bon.</translation>
    </message>
    <message>
        <source>The IMAP server %1 presented a different certificate from the trusted one, so no copy was saved. Check the certificate in the account's settings.</source>
        <translation>Le serveur IMAP %1 a présenté un certificat différent de celui auquel vous faites confiance, aucune copie n'a donc été enregistrée. Vérifiez le certificat dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not set up a protected connection (STARTTLS), so no copy was saved. Choose encryption from the start (port 993) in the account's settings, or ask the provider.</source>
        <translation>Le serveur IMAP %1 n'a pas établi de connexion protégée (STARTTLS), aucune copie n'a donc été enregistrée. Choisissez le chiffrement dès le début (port 993) dans les paramètres du compte, ou adressez-vous au fournisseur.</translation>
    </message>
    <message>
        <source>A protected connection to the IMAP server %1 could not be set up. Check the port and the encryption in the account's settings.</source>
        <translation>Une connexion protégée avec le serveur IMAP %1 n'a pas pu être établie. Vérifiez le port et le chiffrement dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The IMAP server %1 offers no login this account can use. Check the encryption and the login method in the account's settings.</source>
        <translation>Le serveur IMAP %1 ne propose aucune méthode d'authentification utilisable par ce compte. Vérifiez le chiffrement et la méthode d'authentification dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The IMAP server %1 ended the session; the copy to the Sent folder will be tried again later.</source>
        <translation>Le serveur IMAP %1 a mis fin à la session ; une nouvelle tentative de copie dans le dossier Envoyés aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the sign-in of %2. Sign in again from the account's settings.</source>
        <extracomment>%1 is a host name, %2 a user name</extracomment>
        <translation>Le serveur IMAP %1 a refusé la connexion de %2. Reconnectez-vous depuis les paramètres du compte.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the login of %2. Check the password (or app password) in the account's settings.</source>
        <translation>Le serveur IMAP %1 a refusé l'authentification de %2. Vérifiez le mot de passe (ou le mot de passe d'application) dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>No Sent folder was found on %1. Choose one in the account's settings.</source>
        <translation>Aucun dossier Envoyés n'a été trouvé sur %1. Choisissez-en un dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>There is no folder "%1" on %2. Choose the Sent folder in the account's settings.</source>
        <translation>Il n'y a pas de dossier "%1" sur %2. Choisissez le dossier Envoyés dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the copy to the Sent folder: %2</source>
        <extracomment>%1 is a host name, %2 what the server said</extracomment>
        <translation>Le serveur IMAP %1 a refusé la copie dans le dossier Envoyés : %2</translation>
    </message>
    <message>
        <source>Found the Sent folder "%1" on %2.</source>
        <extracomment>%1 is the name of a mail folder, %2 a host name</extracomment>
        <translation>Dossier Envoyés "%1" trouvé sur %2.</translation>
    </message>
</context>
<context>
    <name>stamp::oauth::LoopbackReceiver</name>
    <message>
        <source>Port %1 on 127.0.0.1 cannot be used for the sign-in: %2</source>
        <translation>Le port %1 de 127.0.0.1 ne peut pas être utilisé pour la connexion : %2</translation>
    </message>
    <message>
        <source>No port on 127.0.0.1 could be opened for the sign-in: %1</source>
        <translation>Aucun port de 127.0.0.1 n'a pu être ouvert pour la connexion : %1</translation>
    </message>
    <message>
        <source>Not a sign-in</source>
        <translation>Ce n'est pas une connexion</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>Cette adresse ne reçoit que la réponse d'une connexion.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Déjà terminé</translation>
    </message>
    <message>
        <source>Stamp has already received an answer for this sign-in. You can close this window.</source>
        <translation>Stamp a déjà reçu une réponse pour cette connexion. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Stamp: %1</source>
        <extracomment>The browser tab's title after signing in; %1 is the page's heading, e.g. "Signed in"</extracomment>
        <translation>Stamp : %1</translation>
    </message>
</context>
<context>
    <name>stamp::oauth::OAuthSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n second(s), so the sign-in was stopped. Start it again and finish it in the browser.</source>
        <translation>
            <numerusform>Aucune réponse n'est revenue du navigateur en %n seconde, la connexion a donc été arrêtée. Relancez-la et terminez-la dans le navigateur.</numerusform>
            <numerusform>Aucune réponse n'est revenue du navigateur en %n secondes, la connexion a donc été arrêtée. Relancez-la et terminez-la dans le navigateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Sign-in stopped</source>
        <translation>Connexion arrêtée</translation>
    </message>
    <message>
        <source>Stamp is no longer waiting for this sign-in.</source>
        <translation>Stamp n'attend plus cette connexion.</translation>
    </message>
    <message>
        <source>The answer that came back to Stamp does not belong to the sign-in it started (the "state" did not match), so it was ignored. Start the sign-in again.</source>
        <translation>La réponse reçue par Stamp n'appartient pas à la connexion qu'il a lancée (le "state" ne correspondait pas) ; elle a donc été ignorée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>%1 did not sign you in. %2</source>
        <translation>%1 ne vous a pas connecté. %2</translation>
    </message>
    <message>
        <source>The answer from %1 carried no authorization code.</source>
        <translation>La réponse de %1 ne contenait aucun code d'autorisation.</translation>
    </message>
    <message>
        <source>%1 signed you in but issued no refresh token, so Stamp could not stay signed in.</source>
        <translation>%1 vous a connecté mais n'a émis aucun jeton d'actualisation, donc Stamp n'a pas pu rester connecté.</translation>
    </message>
    <message>
        <source>%1 did not complete the sign-in. %2</source>
        <translation>%1 n'a pas terminé la connexion. %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You can close this window and return to Stamp.</source>
        <translation>Vous pouvez fermer cette fenêtre et revenir à Stamp.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>stamp::oauth::TokenClient</name>
    <message>
        <source>Stamp could not reach the sign-in service of %1 (%2): %3</source>
        <translation>Stamp n'a pas pu joindre le service de connexion de %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountSettingsDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Account "%1"</source>
        <translation>Compte "%1"</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Adresse de réponse (Reply-To)</translation>
    </message>
    <message>
        <source>Optional: where replies should go instead</source>
        <translation>Facultatif : l'adresse où envoyer les réponses à la place</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Répondre à :</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Optional: added under "-- " at the end of new messages</source>
        <translation>Facultatif : ajoutée sous "-- " à la fin des nouveaux messages</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature :</translation>
    </message>
    <message>
        <source>Other identities</source>
        <translation>Autres identités</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>Add an identity</source>
        <translation>Ajouter une identité</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Other &amp;identities:</source>
        <translation>Au&amp;tres identités :</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;veur</translation>
    </message>
    <message>
        <source>Sign-&amp;in</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>C&amp;heck connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Aucun mot de passe n'est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Laissez vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>The password lives in your system's keychain. Type a new one here to replace it when you save.</source>
        <translation>Le mot de passe est conservé dans le trousseau de votre système. Saisissez-en un nouveau ici pour le remplacer lors de l'enregistrement.</translation>
    </message>
    <message>
        <source>Stamp logs in to %1 as %2 with a sign-in at %3 (%4), not with a password. The sign-in lives in your system's keychain; Stamp asks %3 for short-lived access tokens with it and keeps those in memory only.</source>
        <translation>Stamp s'authentifie auprès de %1 en tant que %2 grâce à une connexion chez %3 (%4), et non avec un mot de passe. La connexion est conservée dans le trousseau de votre système ; Stamp s'en sert pour demander à %3 des jetons d'accès de courte durée, qu'il garde uniquement en mémoire.</translation>
    </message>
    <message>
        <source>Sign in &amp;again with %1</source>
        <translation>Se &amp;reconnecter avec %1</translation>
    </message>
    <message>
        <source>Looking in the keychain for a saved sign-in...</source>
        <translation>Recherche d'une connexion enregistrée dans le trousseau...</translation>
    </message>
    <message>
        <source>A sign-in is kept in memory until you quit Stamp (no keychain).</source>
        <translation>Une connexion est gardée en mémoire jusqu'à ce que vous quittiez Stamp (pas de trousseau).</translation>
    </message>
    <message>
        <source>A sign-in is saved in your system's keychain.</source>
        <translation>Une connexion est enregistrée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>No sign-in is saved: Stamp cannot send from this account until you sign in again.</source>
        <translation>Aucune connexion n'est enregistrée : Stamp ne peut pas envoyer depuis ce compte tant que vous ne vous reconnectez pas.</translation>
    </message>
    <message>
        <source>Saving the new sign-in in the keychain...</source>
        <translation>Enregistrement de la nouvelle connexion dans le trousseau...</translation>
    </message>
    <message>
        <source>The new sign-in is kept in memory until you quit Stamp, never in a file.</source>
        <translation>La nouvelle connexion est gardée en mémoire jusqu'à ce que vous quittiez Stamp, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The new sign-in was not saved: %1</source>
        <translation>La nouvelle connexion n'a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Signed in again. The new sign-in is saved in your system's keychain, in place of the old one.</source>
        <translation>Reconnecté. La nouvelle connexion est enregistrée dans le trousseau de votre système, à la place de l'ancienne.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>None: messages are sent as the address above</source>
        <translation>Aucune : les messages sont envoyés depuis l'adresse ci-dessus</translation>
    </message>
    <message>
        <source>The account cannot be saved</source>
        <translation>Impossible d'enregistrer le compte</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>The new password is kept in memory until you quit Stamp, never in a file.</source>
        <translation>Le nouveau mot de passe est gardé en mémoire jusqu'à ce que vous quittiez Stamp, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The password was not saved</source>
        <translation>Le mot de passe n'a pas été enregistré</translation>
    </message>
    <message>
        <source>Delivera&amp;bility</source>
        <translation>Délivra&amp;bilité</translation>
    </message>
    <message>
        <source>Receivers such as Gmail and Outlook trust mail from your domain when its DNS records allow the server you send through. This asks DNS what the domain publishes; nothing is sent.</source>
        <translation>Les serveurs de réception comme Gmail et Outlook font confiance au courrier de votre domaine quand ses enregistrements DNS autorisent le serveur par lequel vous envoyez. Cette vérification demande au DNS ce que publie le domaine ; rien n'est envoyé.</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine :</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Domaine à vérifier</translation>
    </message>
    <message>
        <source>Envelope sender</source>
        <translation>Expéditeur de l'enveloppe</translation>
    </message>
    <message>
        <source>The message's From address</source>
        <translation>L'adresse From du message</translation>
    </message>
    <message>
        <source>This account's own address</source>
        <translation>L'adresse de ce compte</translation>
    </message>
    <message>
        <source>Where bounces go, and what the server checks against the login. Choose the account's own address for a server that refuses other senders.</source>
        <translation>Où vont les messages de non-remise, et ce que le serveur vérifie par rapport à l'authentification. Choisissez l'adresse de ce compte pour un serveur qui refuse les autres expéditeurs.</translation>
    </message>
    <message>
        <source>En&amp;velope sender:</source>
        <translation>E&amp;xpéditeur de l'enveloppe :</translation>
    </message>
    <message>
        <source>The proxy password is kept in memory until you quit Stamp, never in a file.</source>
        <translation>Le mot de passe du proxy est gardé en mémoire jusqu'à ce que vous quittiez Stamp, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The proxy password was not saved</source>
        <translation>Le mot de passe du proxy n'a pas été enregistré</translation>
    </message>
    <message>
        <source>New messages ask the receiving servers to report delivery or failure, where this server offers it</source>
        <translation>Les nouveaux messages demandent aux serveurs de réception de signaler la remise ou l'échec, lorsque ce serveur le propose</translation>
    </message>
    <message>
        <source>&amp;Ask for delivery reports by default</source>
        <translation>D&amp;emander des accusés de remise par défaut</translation>
    </message>
    <message>
        <source>No proxy password is saved for this account.</source>
        <translation>Aucun mot de passe du proxy n'est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>Sent &amp;folder</source>
        <translation>Dossier E&amp;nvoyés</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountSettingsServerForm</name>
    <message>
        <source>Server host name</source>
        <translation>Nom d'hôte du serveur</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS dès le début (généralement port 465)</translation>
    </message>
    <message>
        <source>None: no encryption</source>
        <translation>Aucune : pas de chiffrement</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Méthode d'authentification</translation>
    </message>
    <message>
        <source>Automatic (strongest the server offers)</source>
        <translation>Automatique (la plus forte que propose le serveur)</translation>
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
        <translation>Pas d'authentification</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Fichier CA de confiance supplémentaire</translation>
    </message>
    <message>
        <source>Optional: a PEM file, for a server signed by your own CA</source>
        <translation>Facultatif : un fichier PEM, pour un serveur signé par votre propre CA</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted for this account, in addition to the system's. Use it for a company or test CA; it never turns checking off.</source>
        <translation>Les certificats de ce fichier sont approuvés pour ce compte, en plus de ceux du système. Utilisez-le pour une CA d'entreprise ou de test ; il ne désactive jamais la vérification.</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier CA</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Stop trusting this certificate</source>
        <translation>Ne plus faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation>&amp;Méthode d'authentification :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Trust &amp;CA file:</source>
        <translation>&amp;Fichier CA de confiance :</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Certificat de confiance :</translation>
    </message>
    <message>
        <source>Sign-in with OAuth (XOAUTH2)</source>
        <translation>Connexion avec OAuth (XOAUTH2)</translation>
    </message>
    <message>
        <source>Sign-in with OAuth (OAUTHBEARER)</source>
        <translation>Connexion avec OAuth (OAUTHBEARER)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Enter the server's host name, for example smtp.example.com.</source>
        <translation>Saisissez le nom d'hôte du serveur, par exemple smtp.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not a host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" n'est pas un nom d'hôte : retirez les espaces, "/", "@" et le port.</translation>
    </message>
    <message>
        <source>Enter the user name to log in with (often your email address).</source>
        <translation>Saisissez le nom d'utilisateur pour l'authentification (souvent votre adresse e-mail).</translation>
    </message>
    <message>
        <source>The CA file "%1" does not exist.</source>
        <translation>Le fichier CA "%1" n'existe pas.</translation>
    </message>
    <message>
        <source>Without encryption your password would cross the network readable by anyone on the way, so Stamp will not log in like that. Choose STARTTLS or TLS.</source>
        <translation>Sans chiffrement, votre mot de passe traverserait le réseau en clair, lisible par n'importe qui en chemin ; Stamp refuse donc de s'authentifier ainsi. Choisissez STARTTLS ou TLS.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>STARTTLS and TLS from the start both encrypt the connection, password included; they differ in the port the server expects. None sends everything readable on the way.</source>
        <translation>STARTTLS et TLS dès le départ chiffrent tous deux la connexion, mot de passe compris ; ils diffèrent par le port qu'attend le serveur. Aucune envoie tout en clair.</translation>
    </message>
    <message>
        <source>The account forgets the certificate it was told to trust; a server certificate that cannot be verified is then refused again.</source>
        <translation>Le compte oublie le certificat auquel il devait faire confiance ; un certificat de serveur impossible à vérifier est alors de nouveau refusé.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountWizard</name>
    <message>
        <source>Add your account</source>
        <translation>Ajouter votre compte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Not signed in: go back and sign in first.</source>
        <translation>Non connecté : revenez en arrière et connectez-vous d'abord.</translation>
    </message>
    <message>
        <source>The account cannot be saved</source>
        <translation>Impossible d'enregistrer le compte</translation>
    </message>
    <message>
        <source>The password was not saved</source>
        <translation>Le mot de passe n'a pas été enregistré</translation>
    </message>
    <message>
        <source>The account is saved, but its password is not: %1
Set it later in the account's settings.</source>
        <translation>Le compte est enregistré, mais pas son mot de passe : %1
Définissez-le plus tard dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The sign-in was not saved</source>
        <translation>La connexion n'a pas été enregistrée</translation>
    </message>
    <message>
        <source>The account is saved, but its sign-in is not: %1
Sign in again in the account's settings.</source>
        <translation>Le compte est enregistré, mais pas sa connexion : %1
Reconnectez-vous dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>Stamp can keep the sign-in in memory until you quit it; it is never written to a file. You will be asked to sign in again next time.</source>
        <translation>Stamp peut garder la connexion en mémoire jusqu'à ce que vous le quittiez ; elle n'est jamais écrite dans un fichier. Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Stamp can keep the password in memory until you quit it; it is never written to a file. You will be asked for it again next time.</source>
        <translation>Stamp peut garder le mot de passe en mémoire jusqu'à ce que vous le quittiez ; il n'est jamais écrit dans un fichier. Il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>&amp;Keep until I quit</source>
        <translation>&amp;Garder jusqu'à ce que je quitte</translation>
    </message>
    <message>
        <source>&amp;Don't keep it</source>
        <translation>&amp;Ne pas le garder</translation>
    </message>
    <message>
        <source>Preset for %1</source>
        <translation>Préréglage pour %1</translation>
    </message>
    <message>
        <source>Published by %1 (autoconfig)</source>
        <translation>Publié par %1 (autoconfig)</translation>
    </message>
    <message>
        <source>Found through the MX record (%1, %2)</source>
        <translation>Trouvé via l'enregistrement MX (%1, %2)</translation>
    </message>
    <message>
        <source>Found through the SRV record %1: check it, DNS answers can be forged</source>
        <translation>Trouvé via l'enregistrement SRV %1 : vérifiez-le, les réponses DNS peuvent être falsifiées</translation>
    </message>
    <message>
        <source>Probed %1:%2</source>
        <translation>%1:%2 interrogé directement</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AddressField</name>
    <message>
        <source>name@example.com, Another Person &lt;another@example.org&gt;</source>
        <translation>nom@example.com, Autre Personne &lt;another@example.org&gt;</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AddressPage</name>
    <message>
        <source>Your address</source>
        <translation>Votre adresse</translation>
    </message>
    <message>
        <source>Stamp looks up how to send for this address. Nothing is sent with your password until you have checked the server.</source>
        <translation>Stamp recherche comment envoyer pour cette adresse. Rien n'est envoyé avec votre mot de passe tant que vous n'avez pas vérifié le serveur.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>As people should see it, e.g. Ann Example</source>
        <translation>Tel que les gens doivent le voir, p. ex. Anne Exemple</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>A short name for this account: it appears in the main window's From list and in the Account column of Sent</source>
        <translation>Un nom court pour ce compte : il apparaît dans la liste De de la fenêtre principale et dans la colonne Compte des Envoyés</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Account &amp;called:</source>
        <translation>Nom du &amp;compte :</translation>
    </message>
    <message>
        <source>Enter an address like ann@example.com.</source>
        <translation>Saisissez une adresse comme anne@example.com.</translation>
    </message>
    <message>
        <source>The part after @ is not a domain name.</source>
        <translation>La partie après @ n'est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>Call the account with letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Nommez le compte avec des lettres, des chiffres, des points, des tirets ou des traits de soulignement, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>There is already an account called "%1".</source>
        <translation>Il existe déjà un compte nommé "%1".</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AttachmentList</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Attach files (you can also drop or paste them)</source>
        <translation>Joindre des fichiers (vous pouvez aussi les déposer ou les coller)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n'est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 ne peut pas être lu (autorisations).</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n fichier, %1</numerusform>
            <numerusform>%n fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 once encoded, over the %2 that %3 accepts: remove some files or share them by a link</source>
        <translation>environ %1 une fois encodé, au-delà des %2 qu'accepte %3 : retirez des fichiers ou partagez-les par un lien</translation>
    </message>
    <message>
        <source>about %1 once encoded, of the %2 that %3 accepts</source>
        <translation>environ %1 une fois encodé, sur les %2 qu'accepte %3</translation>
    </message>
    <message>
        <source>about %1 once encoded; many providers refuse messages over 25 MB</source>
        <translation>environ %1 une fois encodé ; beaucoup de fournisseurs refusent les messages de plus de 25 Mo</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>stamp::ui::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>&amp;Faire confiance à ce certificat pour ce compte</translation>
    </message>
    <message>
        <source>Certificate not trusted: %1</source>
        <translation>Certificat non approuvé : %1</translation>
    </message>
    <message>
        <source>Stamp cannot confirm that this server is %1.</source>
        <translation>Stamp ne peut pas confirmer que ce serveur est bien %1.</translation>
    </message>
    <message>
        <source>The connection was stopped before your password or any message was sent. The server presented a certificate that this computer does not trust, so someone could be intercepting the connection.</source>
        <translation>La connexion a été interrompue avant l'envoi de votre mot de passe ou de tout message. Le serveur a présenté un certificat auquel cet ordinateur ne fait pas confiance : quelqu'un pourrait donc intercepter la connexion.</translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation>Ce qui a échoué :</translation>
    </message>
    <message>
        <source>The server's certificate</source>
        <translation>Le certificat du serveur</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid for names:</source>
        <translation>Valide pour les noms :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>Copier l'empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Issued by: %1
SHA-256: %2</source>
        <translation>Délivré par : %1
SHA-256 : %2</translation>
    </message>
    <message>
        <source>Trust it only if you know why it cannot be verified (for example a company server with its own certificate authority, or a device with a self-made certificate) and the fingerprint matches the one your administrator gave you. Stamp will then accept exactly this certificate for "%1" and refuse any other, including a renewed one.</source>
        <translation>Ne lui faites confiance que si vous savez pourquoi il ne peut pas être vérifié (par exemple un serveur d'entreprise avec sa propre autorité de certification, ou un appareil avec un certificat auto-signé) et si l'empreinte correspond à celle que votre administrateur vous a donnée. Stamp acceptera alors exactement ce certificat pour "%1" et refusera tout autre, y compris un certificat renouvelé.</translation>
    </message>
    <message>
        <source>Trust this certificate for this account</source>
        <translation>Faire confiance à ce certificat pour ce compte</translation>
    </message>
    <message>
        <source>A revoked certificate cannot be trusted.</source>
        <translation>Impossible de faire confiance à un certificat révoqué.</translation>
    </message>
    <message>
        <source>Keeps this certificate's SHA-256 fingerprint with the account: this exact certificate is accepted from now on, any other one is still refused.</source>
        <translation>Garde l'empreinte SHA-256 de ce certificat avec le compte : ce certificat précis est accepté désormais, tout autre reste refusé.</translation>
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
        <translation>Le lien demandait aussi %1. Stamp ne reprend jamais ces éléments d'un lien : rien n'est joint, et l'expéditeur et les en-têtes restent tels que vous les avez définis.</translation>
    </message>
    <message>
        <source>About the link</source>
        <translation>À propos du lien</translation>
    </message>
    <message>
        <source>The sender address cannot be used</source>
        <translation>L'adresse d'expéditeur ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>This message cannot be sent yet</source>
        <translation>Ce message ne peut pas encore être envoyé</translation>
    </message>
    <message>
        <source>There is nowhere to send this message</source>
        <translation>Aucun compte ne permet d'envoyer ce message</translation>
    </message>
    <message>
        <source>Choose an account in the From list of the main window, or use the sandbox.</source>
        <translation>Choisissez un compte dans la liste De de la fenêtre principale, ou utilisez le bac à sable.</translation>
    </message>
    <message>
        <source>The message is too large for %1</source>
        <translation>Le message est trop volumineux pour %1</translation>
    </message>
    <message>
        <source>It is %1 as sent (attachments grow by a third when encoded), and %2 accepts at most %3. Remove some attachments, or share large files by a link.</source>
        <translation>Il pèse %1 à l'envoi (les pièces jointes grossissent d'un tiers une fois encodées), et %2 accepte au maximum %3. Retirez des pièces jointes, ou partagez les gros fichiers par un lien.</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>L'envoi a été annulé</translation>
    </message>
    <message>
        <source>The message was not sent. It is as you wrote it.</source>
        <translation>Le message n'a pas été envoyé. Il est tel que vous l'avez écrit.</translation>
    </message>
    <message>
        <source>The message could not be put in the Outbox</source>
        <translation>Le message n'a pas pu être placé dans la Boîte d'envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Envoi dans %n seconde…</numerusform>
            <numerusform>Envoi dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late to take it back</source>
        <translation>Trop tard pour annuler l'envoi</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>There is no network right now. Stamp sends it as soon as the network is back; it waits in the Outbox, so you can close this window.</source>
        <translation>Il n'y a pas de réseau pour le moment. Stamp l'enverra dès le retour du réseau ; il attend dans la Boîte d'envoi, vous pouvez donc fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Stamp tries again at %1; it waits in the Outbox, so you can close this window.</source>
        <translation>Stamp réessaiera à %1 ; le message attend dans la Boîte d'envoi, vous pouvez donc fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Not sent yet: %1</source>
        <translation>Pas encore envoyé : %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when the connection failed; the server may have it. It stays in the Outbox: check with a recipient, then Retry or Remove it there.</source>
        <translation>Le message complet avait été envoyé quand la connexion a échoué ; le serveur l'a peut-être reçu. Il reste dans la Boîte d'envoi : vérifiez auprès d'un destinataire, puis choisissez-y Réessayer ou Supprimer.</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Non confirmé : %1</translation>
    </message>
    <message>
        <source>Some recipients have it; the others can be retried from the Outbox.</source>
        <translation>Certains destinataires l'ont reçu ; l'envoi aux autres peut être relancé depuis la Boîte d'envoi.</translation>
    </message>
    <message>
        <source>Sent, but not to everyone</source>
        <translation>Envoyé, mais pas à tout le monde</translation>
    </message>
    <message>
        <source>It waits in the Outbox: enter the password and it is sent.</source>
        <translation>Il attend dans la Boîte d'envoi : saisissez le mot de passe et il sera envoyé.</translation>
    </message>
    <message>
        <source>It waits in the Outbox: sign in again and it is sent.</source>
        <translation>Il attend dans la Boîte d'envoi : reconnectez-vous et il sera envoyé.</translation>
    </message>
    <message>
        <source>&amp;Enter password…</source>
        <translation>Saisir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se rec&amp;onnecter…</translation>
    </message>
    <message>
        <source>Enter the password and send the message</source>
        <translation>Saisir le mot de passe et envoyer le message</translation>
    </message>
    <message>
        <source>Sign in again and send the message</source>
        <translation>Se reconnecter et envoyer le message</translation>
    </message>
    <message>
        <source>The server refused the saved password. Type the password and the message is sent.</source>
        <translation>Le serveur a refusé le mot de passe enregistré. Saisissez le mot de passe et le message sera envoyé.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation>Te&amp;xte enrichi</translation>
    </message>
    <message>
        <source>Re&amp;view certificate...</source>
        <translation>&amp;Vérifier le certificat...</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Interrompre l'envoi</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Sending through %1</source>
        <translation>Envoi via %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Problem in %1</source>
        <translation>Problème dans le champ %1</translation>
    </message>
    <message>
        <source>Bcc recipients get the message without anyone seeing their address</source>
        <translation>Les destinataires en Cci reçoivent le message sans que personne ne voie leur adresse</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Message text (formatted)</source>
        <translation>Texte du message (mis en forme)</translation>
    </message>
    <message>
        <source>Send formatted text (HTML) with a plain-text copy for readers that want one</source>
        <translation>Envoyer du texte mis en forme (HTML) avec une copie en texte brut pour les logiciels qui la préfèrent</translation>
    </message>
    <message>
        <source>Some files could not be attached</source>
        <translation>Certains fichiers n'ont pas pu être joints</translation>
    </message>
    <message>
        <source>Review the server's certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progression de l'envoi</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Envoyer le message (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>U&amp;ndo send</source>
        <translation>A&amp;nnuler l'envoi</translation>
    </message>
    <message>
        <source>Take the message back before it leaves (Ctrl+Z)</source>
        <translation>Reprendre le message avant son départ (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Why the message cannot be sent yet</source>
        <translation>Pourquoi le message ne peut pas encore être envoyé</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Send &amp;later...</source>
        <translation>Envoyer p&amp;lus tard...</translation>
    </message>
    <message>
        <source>Choose when the message leaves; it waits in the Outbox until then</source>
        <translation>Choisir quand le message part ; d'ici là, il attend dans la Boîte d'envoi</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Le brouillon n'a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Fix the address in %1</source>
        <translation>Corrigez l'adresse dans le champ %1</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Ajoutez un destinataire</translation>
    </message>
    <message>
        <source>Still sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>The message is being sent. Wait for it to finish, or press Cancel sending.</source>
        <translation>Le message est en cours d'envoi. Attendez la fin, ou cliquez sur Interrompre l'envoi.</translation>
    </message>
    <message>
        <source>Keep this message as a draft?</source>
        <translation>Garder ce message comme brouillon ?</translation>
    </message>
    <message>
        <source>The message has not been sent. Keep it as a draft to finish later, or discard it?</source>
        <translation>Le message n'a pas été envoyé. Le garder comme brouillon pour le terminer plus tard, ou l'abandonner ?</translation>
    </message>
    <message>
        <source>The message has not been sent. Close it and lose what you wrote?</source>
        <translation>Le message n'a pas été envoyé. Le fermer et perdre ce que vous avez écrit ?</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s); Undo send (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>Envoi dans %n seconde ; Annuler l'envoi (Ctrl+Z) le reprend.</numerusform>
            <numerusform>Envoi dans %n secondes ; Annuler l'envoi (Ctrl+Z) le reprend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends the message (Ctrl+Enter). For a few seconds Undo send (Ctrl+Z) takes it back.</source>
        <translation>Envoie le message (Ctrl+Entrée). Pendant quelques secondes, Annuler l'envoi (Ctrl+Z) le reprend.</translation>
    </message>
    <message>
        <source>Asks for a date and time; the message waits in the Outbox until then and can be removed there.</source>
        <translation>Demande une date et une heure ; le message attend jusque-là dans la boîte d'envoi et peut y être supprimé.</translation>
    </message>
    <message>
        <source>Sent through the account “%1”.</source>
        <translation>Envoi via le compte « %1 ».</translation>
    </message>
    <message>
        <source>Tem&amp;plates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Keep this message as a template to start new messages from</source>
        <translation>Garder ce message comme modèle pour commencer de nouveaux messages</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nom du modèle :</translation>
    </message>
    <message>
        <source>Replace the template?</source>
        <translation>Remplacer le modèle ?</translation>
    </message>
    <message>
        <source>A template named "%1" exists already. Replace it with this message?</source>
        <translation>Un modèle nommé "%1" existe déjà. Le remplacer par ce message ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>The template could not be saved</source>
        <translation>Le modèle n'a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Saved as the template "%1".</source>
        <translation>Enregistré en tant que modèle "%1".</translation>
    </message>
    <message>
        <source>The template attaches files that are not there any more; they are not attached: %1</source>
        <translation>Le modèle joint des fichiers qui n'existent plus ; ils ne sont pas joints : %1</translation>
    </message>
    <message>
        <source>About the template</source>
        <translation>À propos du modèle</translation>
    </message>
    <message>
        <source>New message from "%1"</source>
        <translation>Nouveau message à partir de "%1"</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>Op&amp;tions</translation>
    </message>
    <message>
        <source>Message options</source>
        <translation>Options du message</translation>
    </message>
    <message>
        <source>Ask for a delivery report or a read receipt for this message</source>
        <translation>Demander un accusé de remise ou un accusé de lecture pour ce message</translation>
    </message>
    <message>
        <source>Ask for a &amp;delivery report</source>
        <translation>Demander un accusé de &amp;remise</translation>
    </message>
    <message>
        <source>The receiving servers report back when the message is delivered or cannot be; only where the sending server offers it</source>
        <translation>Les serveurs de réception signalent quand le message est remis ou ne peut pas l'être ; uniquement si le serveur sortant le propose</translation>
    </message>
    <message>
        <source>Ask for a &amp;read receipt</source>
        <translation>Demander un accusé de &amp;lecture</translation>
    </message>
    <message>
        <source>The recipients' mail readers are asked to confirm it was read; many ignore it or ask the recipient first</source>
        <translation>Les logiciels de messagerie des destinataires sont invités à confirmer la lecture ; beaucoup l'ignorent ou demandent d'abord l'avis du destinataire</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ConnectionCheckPanel</name>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Réussi</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Avertissement</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Échec</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Ignoré</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>C&amp;opy report</source>
        <translation>C&amp;opier le rapport</translation>
    </message>
    <message>
        <source>&amp;Review certificate...</source>
        <translation>&amp;Vérifier le certificat...</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect, check the encryption and log in with your password, step by step</source>
        <translation>Se connecter, vérifier le chiffrement et s'authentifier avec votre mot de passe, étape par étape</translation>
    </message>
    <message>
        <source>Copy the check report</source>
        <translation>Copier le rapport de vérification</translation>
    </message>
    <message>
        <source>Copy the whole report as text, to paste into a support request. It holds no password.</source>
        <translation>Copier tout le rapport sous forme de texte, pour le coller dans une demande d'assistance. Il ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Press Test to connect to the server and log in.</source>
        <translation>Rien n'a encore été envoyé. Cliquez sur Tester pour vous connecter au serveur et vous authentifier.</translation>
    </message>
    <message>
        <source>Check steps</source>
        <translation>Étapes de la vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Review the server's certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>See the certificate, what failed and its fingerprint, and decide whether to trust it</source>
        <translation>Voir le certificat, ce qui a échoué et son empreinte, et décider de lui faire confiance ou non</translation>
    </message>
    <message>
        <source>Session log of the check</source>
        <translation>Journal de session de la vérification</translation>
    </message>
    <message>
        <source>Getting an access token from your sign-in...</source>
        <translation>Obtention d'un jeton d'accès à partir de votre connexion...</translation>
    </message>
    <message>
        <source>Reading the password...</source>
        <translation>Lecture du mot de passe...</translation>
    </message>
    <message>
        <source>Checking %1 port %2...</source>
        <translation>Vérification de %1, port %2...</translation>
    </message>
    <message>
        <source>The server refused the access token; getting a new one...</source>
        <translation>Le serveur a refusé le jeton d'accès ; obtention d'un nouveau jeton...</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Annuler le test</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>Connect to port %1</source>
        <translation>Connexion au port %1</translation>
    </message>
    <message>
        <source>STARTTLS offered before TLS</source>
        <translation>STARTTLS proposé avant TLS</translation>
    </message>
    <message>
        <source>TLS and the server's certificate</source>
        <translation>TLS et certificat du serveur</translation>
    </message>
    <message>
        <source>Capabilities (EHLO)</source>
        <translation>Capacités (EHLO)</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>S'authentifier en tant que %1</translation>
    </message>
    <message>
        <source>… Waiting</source>
        <translation>… En attente</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Everything works: Stamp reached %1 and logged in (%2 ms).</source>
        <translation>Tout fonctionne : Stamp a joint %1 et s'est authentifié (%2 ms).</translation>
    </message>
    <message>
        <source>Everything works: Stamp reached %1 (%2 ms).</source>
        <translation>Tout fonctionne : Stamp a joint %1 (%2 ms).</translation>
    </message>
    <message>
        <source>The check found a problem.</source>
        <translation>La vérification a détecté un problème.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Check what %1 publishes for mail to arrive</source>
        <translation>Vérifier ce que %1 publie pour que le courrier arrive</translation>
    </message>
    <message>
        <source>Your domain's DNS needs attention, or receivers may junk your mail: see below.</source>
        <translation>Le DNS de votre domaine demande votre attention, sinon les serveurs de réception risquent de classer votre courrier comme indésirable : voir ci-dessous.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DeliverabilityPage</name>
    <message>
        <source>Will your mail arrive?</source>
        <translation>Votre courrier arrivera-t-il ?</translation>
    </message>
    <message>
        <source>Nothing here stops you from sending: press Next to go on. You can check again at any time in the account's settings, on the Deliverability tab.</source>
        <translation>Rien ici ne vous empêche d'envoyer : cliquez sur Suivant pour continuer. Vous pouvez vérifier à nouveau à tout moment dans les paramètres du compte, dans l'onglet Délivrabilité.</translation>
    </message>
    <message>
        <source>Gmail, Outlook and other receivers check that %1 allows %2 to send its mail, in records published in DNS. Stamp asks DNS what %1 publishes; nothing is sent and your password is not used.</source>
        <translation>Gmail, Outlook et d'autres serveurs de réception vérifient que %1 autorise %2 à envoyer son courrier, au moyen d'enregistrements publiés dans le DNS. Stamp demande au DNS ce que publie %1 ; rien n'est envoyé et votre mot de passe n'est pas utilisé.</translation>
    </message>
    <message>
        <source>Gmail, Outlook and other receivers check that %1 allows your mail server to send its mail, in records published in DNS. Stamp asks DNS what %1 publishes; nothing is sent and your password is not used.</source>
        <translation>Gmail, Outlook et d'autres serveurs de réception vérifient que %1 autorise votre serveur de messagerie à envoyer son courrier, au moyen d'enregistrements publiés dans le DNS. Stamp demande au DNS ce que publie %1 ; rien n'est envoyé et votre mot de passe n'est pas utilisé.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DeliverabilityPanel</name>
    <message>
        <source>✔ Good</source>
        <translation>✔ Correct</translation>
    </message>
    <message>
        <source>⚠ Could be better</source>
        <translation>⚠ À améliorer</translation>
    </message>
    <message>
        <source>✘ To fix</source>
        <translation>✘ À corriger</translation>
    </message>
    <message>
        <source>ℹ For information</source>
        <translation>ℹ Pour information</translation>
    </message>
    <message>
        <source>&amp;Check the domain</source>
        <translation>Vérifier le &amp;domaine</translation>
    </message>
    <message>
        <source>Copy &amp;records to publish</source>
        <translation>Copier les enregist&amp;rements à publier</translation>
    </message>
    <message>
        <source>Check what the domain publishes in DNS</source>
        <translation>Vérifier ce que le domaine publie dans le DNS</translation>
    </message>
    <message>
        <source>Ask DNS again what the domain publishes. Nothing is sent to a mail server.</source>
        <translation>Redemander au DNS ce que publie le domaine. Rien n'est envoyé à un serveur de messagerie.</translation>
    </message>
    <message>
        <source>Copy every record to publish, as zone-file lines</source>
        <translation>Copier tous les enregistrements à publier, sous forme de lignes de fichier de zone</translation>
    </message>
    <message>
        <source>Copy every record to publish as zone-file lines, for a DNS administrator</source>
        <translation>Copier tous les enregistrements à publier sous forme de lignes de fichier de zone, pour un administrateur DNS</translation>
    </message>
    <message>
        <source>What the domain publishes</source>
        <translation>Ce que publie le domaine</translation>
    </message>
    <message>
        <source>Press Check the domain to see what it publishes in DNS for mail to arrive.</source>
        <translation>Cliquez sur Vérifier le domaine pour voir ce qu'il publie dans le DNS pour que le courrier arrive.</translation>
    </message>
    <message>
        <source>Records copied as zone-file lines.</source>
        <translation>Enregistrements copiés sous forme de lignes de fichier de zone.</translation>
    </message>
    <message>
        <source>Press Check the domain to see what %1 publishes in DNS for mail to arrive.</source>
        <translation>Cliquez sur Vérifier le domaine pour voir ce que %1 publie dans le DNS pour que le courrier arrive.</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>le domaine</translation>
    </message>
    <message>
        <source>%1's instructions</source>
        <translation>Instructions de %1</translation>
    </message>
    <message>
        <source>There is no address to check: fill in the email address first.</source>
        <translation>Il n'y a aucune adresse à vérifier : saisissez d'abord l'adresse e-mail.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>Asking DNS what %1 publishes…</source>
        <translation>Recherche dans le DNS de ce que publie %1…</translation>
    </message>
    <message>
        <source>The check stopped before DNS answered. Press Check again to run it.</source>
        <translation>La vérification s'est arrêtée avant la réponse du DNS. Cliquez sur Vérifier à nouveau pour la relancer.</translation>
    </message>
    <message>
        <source>DNS could not be asked, so nothing about %1 was checked. Check the network connection and press Check again.</source>
        <translation>Le DNS n'a pas pu être interrogé : rien n'a donc été vérifié pour %1. Vérifiez la connexion réseau et cliquez sur Vérifier à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix: until then, receivers such as Gmail and Outlook may put mail from %1 in spam or refuse it.</source>
        <translation>
            <numerusform>%n point à corriger : d'ici là, les serveurs de réception comme Gmail et Outlook risquent de classer le courrier de %1 comme spam ou de le refuser.</numerusform>
            <numerusform>%n points à corriger : d'ici là, les serveurs de réception comme Gmail et Outlook risquent de classer le courrier de %1 comme spam ou de le refuser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail from %1 should arrive; %n thing(s) could be better.</source>
        <translation>
            <numerusform>Le courrier de %1 devrait arriver ; %n point pourrait être amélioré.</numerusform>
            <numerusform>Le courrier de %1 devrait arriver ; %n points pourraient être améliorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 publishes what receivers check for mail sent through %2.</source>
        <translation>%1 publie ce que vérifient les serveurs de réception pour le courrier envoyé via %2.</translation>
    </message>
    <message>
        <source>%1 publishes what receivers check.</source>
        <translation>%1 publie ce que vérifient les serveurs de réception.</translation>
    </message>
    <message>
        <source>A record you publish can take from minutes to a day to be seen everywhere. Press Check again once it is in place.</source>
        <translation>Un enregistrement que vous publiez peut mettre de quelques minutes à une journée pour être visible partout. Cliquez sur Vérifier à nouveau une fois qu'il est en place.</translation>
    </message>
    <message>
        <source>Published now:</source>
        <translation>Publié actuellement :</translation>
    </message>
    <message>
        <source>Publish this record:</source>
        <translation>Publiez cet enregistrement :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>%1 record name</source>
        <translation>Nom de l'enregistrement %1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>%1 record type</source>
        <translation>Type de l'enregistrement %1</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>%1 record value</source>
        <translation>Valeur de l'enregistrement %1</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy the %1 record's value</source>
        <translation>Copier la valeur de l'enregistrement %1</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <source>Copy the %1 record's name</source>
        <translation>Copier le nom de l'enregistrement %1</translation>
    </message>
    <message>
        <source>Value copied.</source>
        <translation>Valeur copiée.</translation>
    </message>
    <message>
        <source>Name copied.</source>
        <translation>Nom copié.</translation>
    </message>
    <message>
        <source>The same record as a zone-file line</source>
        <translation>Le même enregistrement sous forme de ligne de fichier de zone</translation>
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
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>S&amp;top looking</source>
        <translation>&amp;Arrêter la recherche</translation>
    </message>
    <message>
        <source>Finding your server</source>
        <translation>Recherche de votre serveur</translation>
    </message>
    <message>
        <source>Stamp checks its provider presets, your domain's published settings, its DNS records, and asks likely servers what they offer, without logging in.</source>
        <translation>Stamp consulte ses préréglages de fournisseurs, les paramètres publiés par votre domaine et ses enregistrements DNS, et demande aux serveurs probables ce qu'ils proposent, sans s'authentifier.</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>Progression de la recherche</translation>
    </message>
    <message>
        <source>Stop looking for the server</source>
        <translation>Arrêter la recherche du serveur</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Serveurs trouvés</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Utiliser :</translation>
    </message>
    <message>
        <source>Looking up settings for %1... (%2 s)</source>
        <translation>Recherche des paramètres pour %1... (%2 s)</translation>
    </message>
    <message>
        <source>%1 port %2, %3</source>
        <translation>%1, port %2, %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>D'après %1</translation>
    </message>
    <message>
        <source>None of these: I will enter the settings myself</source>
        <translation>Aucun de ceux-ci : je saisirai les paramètres moi-même</translation>
    </message>
    <message>
        <source>Stopped. Choose what was found so far, or enter the settings yourself.</source>
        <translation>Arrêté. Choisissez parmi ce qui a été trouvé jusqu'ici, ou saisissez les paramètres vous-même.</translation>
    </message>
    <message>
        <source>Nothing was found for %1. Your provider's help pages name the SMTP server; enter it on the next page.</source>
        <translation>Rien n'a été trouvé pour %1. Les pages d'aide de votre fournisseur indiquent le serveur SMTP ; saisissez-le à la page suivante.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n way(s) to send, best first. Pick one; you can still change every setting on the next page.</source>
        <translation>
            <numerusform>%n façon d'envoyer trouvée. Sélectionnez-la ; vous pourrez encore modifier chaque paramètre à la page suivante.</numerusform>
            <numerusform>%n façons d'envoyer trouvées, la meilleure en premier. Choisissez-en une ; vous pourrez encore modifier chaque paramètre à la page suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1 : %2 (%3 ms)</translation>
    </message>
    <message>
        <source>What was checked: %1</source>
        <translation>Ce qui a été vérifié : %1</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DraftsView</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>no recipient yet</source>
        <translation>pas encore de destinataire</translation>
    </message>
    <message>
        <source>%1  %2 — to %3</source>
        <translation>%1  %2 — à %3</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Supprimer ce brouillon ?</translation>
    </message>
    <message>
        <source>The draft will be gone for good.</source>
        <translation>Le brouillon sera supprimé définitivement.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::IdentityDialog</name>
    <message>
        <source>Add an identity</source>
        <translation>Ajouter une identité</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>Modifier l'identité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Adresse de réponse (Reply-To)</translation>
    </message>
    <message>
        <source>Optional: where replies should go instead</source>
        <translation>Facultatif : l'adresse où envoyer les réponses à la place</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Optional: added under "-- " at the end of new messages</source>
        <translation>Facultatif : ajoutée sous "-- " à la fin des nouveaux messages</translation>
    </message>
    <message>
        <source>Many servers only accept From addresses that belong to the account; add aliases the provider knows about.</source>
        <translation>Beaucoup de serveurs n'acceptent que les adresses From qui appartiennent au compte ; ajoutez des alias que le fournisseur connaît.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Répondre à :</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature :</translation>
    </message>
    <message>
        <source>Enter the email address to send from.</source>
        <translation>Saisissez l'adresse e-mail depuis laquelle envoyer.</translation>
    </message>
    <message>
        <source>The email address cannot be used: %1</source>
        <translation>L'adresse e-mail ne peut pas être utilisée : %1</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks.</source>
        <translation>Le nom ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>The Reply-To address cannot be used: %1</source>
        <translation>L'adresse de réponse (Reply-To) ne peut pas être utilisée : %1</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Envoyer via</translation>
    </message>
    <message>
        <source>Whose server and login send messages from this address, for an address another account's provider lets you send as.</source>
        <translation>Le compte dont le serveur et l'authentification envoient les messages de cette adresse, lorsque le fournisseur d'un autre compte vous permet d'envoyer sous cette adresse.</translation>
    </message>
    <message>
        <source>Send &amp;through:</source>
        <translation>Envoyer &amp;via :</translation>
    </message>
    <message>
        <source>This account's server</source>
        <translation>Le serveur de ce compte</translation>
    </message>
    <message>
        <source>The account “%1” (%2)</source>
        <translation>Le compte “%1” (%2)</translation>
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
        <translation>TLS dès le début</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>signs in with %1 in the browser</source>
        <translation>se connecte avec %1 dans le navigateur</translation>
    </message>
    <message>
        <source>asks for its password once, for the keychain</source>
        <translation>demande son mot de passe une seule fois, pour le trousseau</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sans authentification</translation>
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
        <translation>C&amp;hoisir...</translation>
    </message>
    <message>
        <source>&amp;What will happen:</source>
        <translation>&amp;Ce qui va se passer :</translation>
    </message>
    <message>
        <source>Import accounts from another app</source>
        <translation>Importer des comptes depuis une autre application</translation>
    </message>
    <message>
        <source>Stamp reads the outgoing servers and addresses another mail program uses, and shows what it would create. Nothing changes until you press the import button. Saved passwords are never read: you give each one once, for the keychain.</source>
        <translation>Stamp lit les serveurs sortants et les adresses qu'utilise un autre programme de messagerie, et affiche ce qu'il créerait. Rien ne change tant que vous n'appuyez pas sur le bouton d'importation. Les mots de passe enregistrés ne sont jamais lus : vous donnez chacun une seule fois, pour le trousseau.</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>Importer depuis :</translation>
    </message>
    <message>
        <source>Import from Thunderbird</source>
        <translation>Importer depuis Thunderbird</translation>
    </message>
    <message>
        <source>Import from msmtp</source>
        <translation>Importer depuis msmtp</translation>
    </message>
    <message>
        <source>Choose another folder or file</source>
        <translation>Choisir un autre dossier ou fichier</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Thunderbird profile found: %1</source>
        <translation>Profil Thunderbird trouvé : %1</translation>
    </message>
    <message>
        <source>msmtp configuration found: %1</source>
        <translation>Configuration msmtp trouvée : %1</translation>
    </message>
    <message>
        <source>No Thunderbird profile was read.</source>
        <translation>Aucun profil Thunderbird n'a été lu.</translation>
    </message>
    <message>
        <source>No msmtp configuration was read.</source>
        <translation>Aucune configuration msmtp n'a été lue.</translation>
    </message>
    <message>
        <source>%1 If Thunderbird keeps its profile somewhere else, press Choose... and pick the profile folder.</source>
        <translation>%1 Si Thunderbird conserve son profil ailleurs, appuyez sur Choisir... et sélectionnez le dossier du profil.</translation>
    </message>
    <message>
        <source>%1 If your msmtp configuration is somewhere else, press Choose... and pick the file.</source>
        <translation>%1 Si votre configuration msmtp se trouve ailleurs, appuyez sur Choisir... et sélectionnez le fichier.</translation>
    </message>
    <message>
        <source>There is nothing to import: no outgoing server was found there.</source>
        <translation>Il n'y a rien à importer : aucun serveur sortant n'a été trouvé à cet endroit.</translation>
    </message>
    <message>
        <source>There is nothing to import: every account there is already in Stamp or cannot be used (see below).</source>
        <translation>Il n'y a rien à importer : chaque compte qui s'y trouve est déjà dans Stamp ou ne peut pas être utilisé (voir ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>&amp;Importer %n compte</numerusform>
            <numerusform>&amp;Importer %n comptes</numerusform>
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
        <translation>%1 (par défaut dans Thunderbird)</translation>
    </message>
    <message>
        <source>%1 (the default in msmtp)</source>
        <translation>%1 (par défaut dans msmtp)</translation>
    </message>
    <message numerus="yes">
        <source>Server %1:%2, %3; sends as %n address(es); %4.</source>
        <translation>
            <numerusform>Serveur %1:%2, %3 ; envoie depuis %n adresse ; %4.</numerusform>
            <numerusform>Serveur %1:%2, %3 ; envoie depuis %n adresses ; %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New accounts (%n):</source>
        <translation>
            <numerusform>Nouveau compte (%n) :</numerusform>
            <numerusform>Nouveaux comptes (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n):</source>
        <translation>
            <numerusform>Ignoré (%n) :</numerusform>
            <numerusform>Ignorés (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Also worth knowing:</source>
        <translation>À savoir également :</translation>
    </message>
    <message>
        <source>Choose a Thunderbird profile folder</source>
        <translation>Choisir un dossier de profil Thunderbird</translation>
    </message>
    <message>
        <source>Choose an msmtp configuration file</source>
        <translation>Choisir un fichier de configuration msmtp</translation>
    </message>
    <message>
        <source>The password for the new account "%1" at %2. Cancel to give it later in the account's settings.</source>
        <translation>Le mot de passe du nouveau compte "%1" sur %2. Annulez pour le donner plus tard dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The password for %1 was not saved: %2</source>
        <translation>Le mot de passe de %1 n'a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>No account was created.</source>
        <translation>Aucun compte n'a été créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created: %1.</source>
        <translation>
            <numerusform>%n compte créé : %1.</numerusform>
            <numerusform>%n comptes créés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Passwords saved in the keychain for %1.</source>
        <translation>Mots de passe enregistrés dans le trousseau pour %1.</translation>
    </message>
    <message>
        <source>Passwords kept until Stamp quits for %1.</source>
        <translation>Mots de passe conservés jusqu'à la fermeture de Stamp pour %1.</translation>
    </message>
    <message>
        <source>Give the password for %1 later: Account menu, Settings, Password tab.</source>
        <translation>Donnez le mot de passe de %1 plus tard : menu Compte, Paramètres, onglet Mot de passe.</translation>
    </message>
    <message>
        <source>Signing in with the provider, in the browser: %1. Press the button below, or later use the Account menu, Settings, Sign-in tab.</source>
        <translation>Connexion auprès du fournisseur, dans le navigateur : %1. Appuyez sur le bouton ci-dessous, ou utilisez plus tard le menu Compte, Paramètres, onglet Connexion.</translation>
    </message>
    <message>
        <source>&amp;Sign in to %1...</source>
        <translation>Se &amp;connecter à %1...</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
</context>
<context>
    <name>stamp::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>%1 is the name of the system's language in that language, e.g. "Deutsch"</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Stamp will use %1 the next time it starts.</source>
        <translation>Stamp utilisera la langue %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::MainWindow</name>
    <message>
        <source>Session log</source>
        <translation>Journal de session</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d'envoi</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessions passées</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Envoyer depuis</translation>
    </message>
    <message>
        <source>The account new messages are sent from</source>
        <translation>Le compte depuis lequel les nouveaux messages sont envoyés</translation>
    </message>
    <message>
        <source>Your accounts could not be read</source>
        <translation>Vos comptes n'ont pas pu être lus</translation>
    </message>
    <message>
        <source>The outbox cannot be used</source>
        <translation>La boîte d'envoi ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>Sent items cannot be kept: %1</source>
        <translation>Les éléments envoyés ne peuvent pas être conservés : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <source>New message in the &amp;sandbox</source>
        <translation>Nouveau message dans le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Write a message to the sandbox, a mail server on this computer that keeps what you send</source>
        <translation>Écrire un message vers le bac à sable, un serveur de messagerie sur cet ordinateur qui conserve ce que vous envoyez</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>&amp;Ajouter un compte...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>&amp;Check connection...</source>
        <translation>&amp;Vérifier la connexion...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Session &amp;log</source>
        <translation>&amp;Journal de session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Stamp</source>
        <translation>À &amp;propos de Stamp</translation>
    </message>
    <message>
        <source>About Stamp</source>
        <translation>À propos de Stamp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Sends mail through your SMTP account and shows exactly what the server said.&lt;/p&gt;&lt;p&gt;Passwords and sign-in tokens are kept in your system's keychain, never in a file.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;br&gt;Stamp is free software under the GNU General Public License, version 3 or (at your option) any later version: you may share and change it, and it comes with no warranty. Built with Qt %2 (LGPL 3) and QtKeychain (BSD licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Envoie du courrier via votre compte SMTP et montre exactement ce que le serveur a répondu.&lt;/p&gt;&lt;p&gt;Les mots de passe et les jetons de connexion sont conservés dans le trousseau de votre système, jamais dans un fichier.&lt;/p&gt;&lt;p&gt;Copyright 2026 Les développeurs de Stamp.&lt;br&gt;Stamp est un logiciel libre distribué sous la licence GNU General Public License, version 3 ou (à votre choix) toute version ultérieure : vous pouvez le partager et le modifier, et il est fourni sans aucune garantie. Compilé avec Qt %2 (LGPL 3) et QtKeychain (licence BSD).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>Stamp could not open a port on this computer for its sandbox: %1</source>
        <translation>Stamp n'a pas pu ouvrir de port sur cet ordinateur pour son bac à sable : %1</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Le bac à sable n'a pas pu démarrer</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Boîte de réception du bac à sable</translation>
    </message>
    <message>
        <source>There is nowhere to send from yet: add your account, or try the sandbox to write a message that stays on this computer.</source>
        <translation>Aucun compte d'envoi pour l'instant : ajoutez votre compte, ou essayez le bac à sable pour écrire un message qui reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Checking the login for %1...</source>
        <translation>Vérification de l'authentification pour %1...</translation>
    </message>
    <message>
        <source>No password is saved for "%1".</source>
        <translation>Aucun mot de passe n'est enregistré pour "%1".</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>%1
Password for %2 (kept in memory until Stamp quits, never in a file):</source>
        <translation>%1
Mot de passe pour %2 (gardé en mémoire jusqu'à la fermeture de Stamp, jamais dans un fichier) :</translation>
    </message>
    <message>
        <source>Sending as %1 needs attention</source>
        <translation>L'envoi en tant que %1 demande votre attention</translation>
    </message>
    <message>
        <source>"%1" waits in the Outbox until %2.</source>
        <translation>"%1" attend dans la Boîte d'envoi jusqu'à %2.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Account "%1" saved.</source>
        <translation>Compte "%1" enregistré.</translation>
    </message>
    <message>
        <source>The certificate was not saved</source>
        <translation>Le certificat n'a pas été enregistré</translation>
    </message>
    <message>
        <source>"%1" now trusts the certificate with SHA-256 %2.</source>
        <translation>"%1" fait désormais confiance au certificat d'empreinte SHA-256 %2.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account "%1" (%2) and its saved password?</source>
        <translation>Supprimer le compte "%1" (%2) et son mot de passe enregistré ?</translation>
    </message>
    <message>
        <source>Messages already sent stay in the Sent list.</source>
        <translation>Les messages déjà envoyés restent dans la liste Envoyés.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1</source>
        <translation>Le mot de passe enregistré n'a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The account was not removed</source>
        <translation>Le compte n'a pas été supprimé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending through: %1</source>
        <translation>Envoi via : %1</translation>
    </message>
    <message>
        <source>A new message is waiting. Add your account or try the sandbox first: it opens right after, with everything from the link.</source>
        <translation>Un nouveau message attend. Ajoutez d'abord votre compte ou essayez le bac à sable : il s'ouvrira juste après, avec tout le contenu du lien.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being sent right now: sending stops, and each goes back to the Outbox (one whose end had already gone out is marked "not confirmed" rather than sent twice).</source>
        <translation>
            <numerusform>%n message en cours d'envoi : l'envoi s'arrête et il retourne dans la Boîte d'envoi (s'il avait déjà été transmis jusqu'au bout, il est marqué "non confirmé" plutôt qu'envoyé deux fois).</numerusform>
            <numerusform>%n messages en cours d'envoi : l'envoi s'arrête et chacun retourne dans la Boîte d'envoi (celui qui avait déjà été transmis jusqu'au bout est marqué "non confirmé" plutôt qu'envoyé deux fois).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still in the undo period: they are sent the next time you open Stamp.</source>
        <translation>
            <numerusform>%n message encore dans la période d'annulation : il sera envoyé à la prochaine ouverture de Stamp.</numerusform>
            <numerusform>%n messages encore dans la période d'annulation : ils seront envoyés à la prochaine ouverture de Stamp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) scheduled for later: they are sent when Stamp is open at or after their time.</source>
        <translation>
            <numerusform>%n message programmé pour plus tard : il sera envoyé quand Stamp sera ouvert, à l'heure prévue ou après.</numerusform>
            <numerusform>%n messages programmés pour plus tard : ils seront envoyés quand Stamp sera ouvert, à l'heure prévue ou après.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent or retried: they wait in the Outbox until you open Stamp again.</source>
        <translation>
            <numerusform>%n message en attente d'envoi ou de nouvel essai : il reste dans la Boîte d'envoi jusqu'à ce que vous rouvriez Stamp.</numerusform>
            <numerusform>%n messages en attente d'envoi ou de nouvel essai : ils restent dans la Boîte d'envoi jusqu'à ce que vous rouvriez Stamp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Stamp?</source>
        <translation>Quitter Stamp ?</translation>
    </message>
    <message>
        <source>Messages are still on their way. Nothing is lost if you quit, but nothing is sent while Stamp is closed.</source>
        <translation>Des messages sont encore en route. Rien n'est perdu si vous quittez, mais rien n'est envoyé tant que Stamp est fermé.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quitter quand même</translation>
    </message>
    <message>
        <source>&amp;Keep Stamp open</source>
        <translation>&amp;Garder Stamp ouvert</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Boîte d'envoi (%1)</translation>
    </message>
    <message>
        <source>Some messages in the Outbox need a look</source>
        <translation>Certains messages de la Boîte d'envoi demandent votre attention</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (envoyé)</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n sent</source>
        <translation>
            <numerusform>Boîte d'envoi : %n envoyé</numerusform>
            <numerusform>Boîte d'envoi : %n envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: not sent</source>
        <translation>Boîte d'envoi : non envoyé</translation>
    </message>
    <message>
        <source>The session could not be kept: %1</source>
        <translation>La session n'a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Non confirmé : %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>"%1" is waiting: %2 cannot be reached. Stamp keeps trying and sends it when the server answers.</source>
        <translation>"%1" attend : %2 est injoignable. Stamp continue d'essayer et l'enverra dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Waiting for the mail server</source>
        <translation>En attente du serveur de messagerie</translation>
    </message>
    <message>
        <source>Messages are waiting in the Outbox</source>
        <translation>Des messages attendent dans la Boîte d'envoi</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Sign in again to %1</source>
        <translation>Reconnectez-vous à %1</translation>
    </message>
    <message>
        <source>Messages from "%1" wait in the Outbox until you sign in again.</source>
        <translation>Les messages de "%1" attendent dans la Boîte d'envoi jusqu'à ce que vous vous reconnectiez.</translation>
    </message>
    <message>
        <source>&amp;Sign in...</source>
        <translation>Se &amp;connecter...</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Envoi en cours : %1</translation>
    </message>
    <message>
        <source>Not sent yet: %1. It is sent when the network is back.</source>
        <translation>Pas encore envoyé : %1. Il part dès que le réseau revient.</translation>
    </message>
    <message>
        <source>Not sent yet: %1. Stamp tries again at %2.</source>
        <translation>Pas encore envoyé : %1. Stamp réessaie à %2.</translation>
    </message>
    <message>
        <source>Sand&amp;box</source>
        <translation>&amp;Bac à sable</translation>
    </message>
    <message>
        <source>The sandbox accepts every message again.</source>
        <translation>Le bac à sable accepte de nouveau tous les messages.</translation>
    </message>
    <message>
        <source>The sandbox now answers: %1</source>
        <translation>Le bac à sable répond maintenant : %1</translation>
    </message>
    <message>
        <source>The template is saved: File, New from template.</source>
        <translation>Le modèle est enregistré : Fichier, Nouveau à partir d'un modèle.</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Nouveau à partir d'un &amp;modèle</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aucun modèle pour l'instant</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <source>There is no template named "%1" any more.</source>
        <translation>Il n'existe plus de modèle nommé "%1".</translation>
    </message>
    <message>
        <source>The account this template was saved with is not set up any more; the message is sent through %1.</source>
        <translation>Le compte avec lequel ce modèle a été enregistré n'est plus configuré ; le message est envoyé via %1.</translation>
    </message>
    <message>
        <source>%1: the server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>%1 : le serveur ne propose pas les accusés de remise ; le message a été envoyé sans en demander.</translation>
    </message>
    <message>
        <source>The sandbox has no certificate</source>
        <translation>Le bac à sable n'a pas de certificat</translation>
    </message>
    <message>
        <source>The sandbox's certificate is trusted now (SHA-256 %1). Send the message again.</source>
        <translation>Le certificat du bac à sable est désormais approuvé (SHA-256 %1). Renvoyez le message.</translation>
    </message>
    <message>
        <source>&amp;Import accounts...</source>
        <translation>&amp;Importer des comptes...</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird or msmtp</source>
        <translation>Importer des comptes depuis Thunderbird ou msmtp</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n compte importé.</numerusform>
            <numerusform>%n comptes importés.</numerusform>
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
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <source>No browser window? Open this address in your browser:</source>
        <translation>Pas de fenêtre de navigateur ? Ouvrez cette adresse dans votre navigateur :</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Copier l'a&amp;dresse</translation>
    </message>
    <message>
        <source>Use another app &amp;registration…</source>
        <translation>Utiliser un autre &amp;enregistrement d'application…</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>&amp;Use this registration</source>
        <translation>&amp;Utiliser cet enregistrement</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Ne plus attendre le navigateur</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copier l'adresse de connexion</translation>
    </message>
    <message>
        <source>Enter your own app registration</source>
        <translation>Saisir votre propre enregistrement d'application</translation>
    </message>
    <message>
        <source>Client ID of the app registration</source>
        <translation>ID client de l'enregistrement d'application</translation>
    </message>
    <message>
        <source>Client secret of the app registration</source>
        <translation>Secret client de l'enregistrement d'application</translation>
    </message>
    <message>
        <source>Redirect address to register</source>
        <translation>Adresse de redirection à enregistrer</translation>
    </message>
    <message>
        <source>Use this app registration</source>
        <translation>Utiliser cet enregistrement d'application</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Redirect address:</source>
        <translation>Adresse de redirection :</translation>
    </message>
    <message>
        <source>Stamp cannot sign in to %1 for you.</source>
        <translation>Stamp ne peut pas vous connecter à %1.</translation>
    </message>
    <message>
        <source>The sign-in settings for %1 on this computer cannot be used. Whoever set them up can repair them; until then, Stamp cannot sign in there.</source>
        <translation>Les paramètres de connexion pour %1 sur cet ordinateur sont inutilisables. La personne qui les a configurés peut les réparer ; d'ici là, Stamp ne peut pas s'y connecter.</translation>
    </message>
    <message>
        <source>To sign in with %1, Stamp needs an app registration</source>
        <translation>Pour se connecter avec %1, Stamp a besoin d'un enregistrement d'application</translation>
    </message>
    <message>
        <source>%1 wants to know which app is asking before it lets you sign in. An app tells it with an app registration, and this copy of Stamp came without one for %1. Your administrator, or you, can create one in %1's developer console: register a desktop app and allow the redirect address %2. Then enter the client ID it gives you here; Stamp remembers it on this computer.</source>
        <translation>%1 veut savoir quelle application fait la demande avant de vous laisser vous connecter. Une application le lui indique par un enregistrement d'application, et cette copie de Stamp n'en comporte pas pour %1. Votre administrateur, ou vous-même, pouvez en créer un dans la console développeur de %1 : enregistrez une application de bureau et autorisez l'adresse de redirection %2. Saisissez ensuite ici l'ID client qu'elle vous donne ; Stamp le mémorise sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Stamp tells %1 which app is asking with an app registration. To use one of your own (a desktop app in %1's developer console, with the redirect address %2), enter its client ID here. A sign-in made with one registration does not carry over to another: sign in again after changing it.</source>
        <translation>Stamp indique à %1 quelle application fait la demande grâce à un enregistrement d'application. Pour utiliser le vôtre (une application de bureau dans la console développeur de %1, avec l'adresse de redirection %2), saisissez son ID client ici. Une connexion faite avec un enregistrement ne vaut pas pour un autre : reconnectez-vous après l'avoir changé.</translation>
    </message>
    <message>
        <source>%1 also gives desktop apps a client secret: enter it too. It identifies the app, not you.</source>
        <translation>%1 fournit aussi aux applications de bureau un secret client : saisissez-le également. Il identifie l'application, pas vous.</translation>
    </message>
    <message>
        <source>Open %1's sign-in page again</source>
        <translation>Rouvrir la page de connexion de %1</translation>
    </message>
    <message>
        <source>Open %1's sign-in page in the browser again</source>
        <translation>Rouvrir la page de connexion de %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Stamp opens %1's sign-in page in your browser. You sign in there: Stamp never sees your password. It keeps only the permission to send mail as %2, in your system's keychain.</source>
        <translation>Stamp ouvre la page de connexion de %1 dans votre navigateur. Vous vous y connectez : Stamp ne voit jamais votre mot de passe. Il ne conserve que l'autorisation d'envoyer du courrier en tant que %2, dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation>En attente de la fin de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in with %1…</source>
        <translation>Le navigateur est revenu ; finalisation de la connexion avec %1…</translation>
    </message>
    <message>
        <source>✔ Signed in as %1 with %2.</source>
        <translation>✔ Connecté en tant que %1 avec %2.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Se re&amp;connecter</translation>
    </message>
    <message>
        <source>Sign in to %1 again</source>
        <translation>Se reconnecter à %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try signing in to %1 again</source>
        <translation>Réessayer de se connecter à %1</translation>
    </message>
</context>
<context>
    <name>stamp::ui::OutboxView</name>
    <message>
        <source>Held for %1 s</source>
        <translation>Retenu encore %1 s</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programmé pour %1</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d'envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message>
        <source>Waiting to retry at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d'un nouvel essai</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Enter password…</source>
        <translation>Saisir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d'envoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>Compte d'envoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Send it now, without waiting for its time, its undo period or the next try</source>
        <translation>L'envoyer maintenant, sans attendre son heure, sa période d'annulation ou la prochaine tentative</translation>
    </message>
    <message>
        <source>Queue it again; recipients who already have it are not sent to again</source>
        <translation>Le remettre en attente ; les destinataires qui l'ont déjà reçu ne le recevront pas une seconde fois</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Not sent now</source>
        <translation>Envoi immédiat impossible</translation>
    </message>
    <message>
        <source>can be taken back until %1</source>
        <translation>peut être annulé jusqu'à %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Nothing is waiting. Messages you send later (Send later in the message window), and any that could not be sent yet, appear here with the reason.</source>
        <translation>Rien n'est en attente. Les messages que vous envoyez plus tard (Envoyer plus tard dans la fenêtre du message), et ceux qui n'ont pas encore pu être envoyés, apparaissent ici avec la raison.</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se rec&amp;onnecter…</translation>
    </message>
    <message>
        <source>Sign in again and send the message</source>
        <translation>Se reconnecter et envoyer le message</translation>
    </message>
    <message>
        <source>Enter the password and send the message</source>
        <translation>Saisir le mot de passe et envoyer le message</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>sent at %1 unless taken back (Undo send in its window) or sent now</source>
        <translation>envoyé à %1, sauf annulation (Annuler l'envoi dans sa fenêtre) ou envoi immédiat</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>en attente de son tour</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when the connection failed, so it may have arrived. Check with a recipient before choosing Retry.</source>
        <translation>Le message complet avait été envoyé quand la connexion a échoué, il est donc peut-être arrivé. Vérifiez auprès d'un destinataire avant de choisir Réessayer.</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives : %1</translation>
    </message>
    <message>
        <source>Could not retry</source>
        <translation>Impossible de réessayer</translation>
    </message>
    <message>
        <source>The server refused the saved password. Type the password and the message is sent.</source>
        <translation>Le serveur a refusé le mot de passe enregistré. Saisissez le mot de passe et le message sera envoyé.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>À propos du mot de passe</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>Nouvel envoi impossible</translation>
    </message>
    <message>
        <source>Remove this message from the outbox?</source>
        <translation>Supprimer ce message de la boîte d'envoi ?</translation>
    </message>
    <message>
        <source>It will not be sent, and its copy in the outbox is deleted.</source>
        <translation>Il ne sera pas envoyé, et sa copie dans la boîte d'envoi sera supprimée.</translation>
    </message>
    <message>
        <source>Could not remove it</source>
        <translation>Impossible de le supprimer</translation>
    </message>
</context>
<context>
    <name>stamp::ui::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Off: Stamp keeps the password in memory until it quits, never in a file</source>
        <translation>Désactivé : Stamp garde le mot de passe en mémoire jusqu'à sa fermeture, jamais dans un fichier</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
</context>
<context>
    <name>stamp::ui::PasswordPage</name>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>It is kept in your system's keychain, never in a file, and sent only to the server you checked.</source>
        <translation>Il est conservé dans le trousseau de votre système, jamais dans un fichier, et envoyé uniquement au serveur que vous avez vérifié.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>The password for %1 on %2.</source>
        <translation>Le mot de passe de %1 sur %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe d'application</translation>
    </message>
    <message>
        <source>Use your mail account's password. If your provider offers app passwords, an app password is safer: it works only for mail and can be withdrawn on its own.</source>
        <translation>Utilisez le mot de passe de votre compte de messagerie. Si votre fournisseur propose des mots de passe d'application, un mot de passe d'application est plus sûr : il ne fonctionne que pour le courrier et peut être révoqué séparément.</translation>
    </message>
    <message>
        <source>Create an app password</source>
        <translation>Créer un mot de passe d'application</translation>
    </message>
    <message>
        <source>Create an app password (opens %1 in your browser)</source>
        <translation>Créer un mot de passe d'application (ouvre %1 dans votre navigateur)</translation>
    </message>
    <message>
        <source>Sending must be switched on first: &lt;a href="%1"&gt;open the setting&lt;/a&gt;.</source>
        <translation>L'envoi doit d'abord être activé : &lt;a href="%1"&gt;ouvrir le paramètre&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2), not a password: logging in with a password will fail. Go back and set the login method to Automatic to sign in in your browser.</source>
        <translation>%1 n'accepte que sa propre connexion (OAuth2), pas un mot de passe : l'authentification par mot de passe échouera. Revenez en arrière et réglez la méthode d'authentification sur Automatique pour vous connecter dans votre navigateur.</translation>
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
        <translation>Résoudre les &amp;noms via le proxy</translation>
    </message>
    <message>
        <source>How Stamp reaches the mail server: through the proxy the system is set up with, directly, or through a SOCKS5 or HTTP proxy of your choice.</source>
        <translation>Comment Stamp atteint le serveur de messagerie : via le proxy configuré sur le système, directement, ou via un proxy SOCKS5 ou HTTP de votre choix.</translation>
    </message>
    <message>
        <source>Use the system's proxy settings</source>
        <translation>Utiliser les paramètres proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Pas de proxy</translation>
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
        <translation>Nom d'hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d'utilisateur du proxy</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Laissez vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <source>The proxy looks up the server's name, so this computer's DNS never sees it. Needed when only the proxy's network knows the name.</source>
        <translation>Le proxy résout le nom du serveur, si bien que le DNS de cet ordinateur ne le voit jamais. Nécessaire quand seul le réseau du proxy connaît ce nom.</translation>
    </message>
    <message>
        <source>Pr&amp;oxy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>Pro&amp;xy host:</source>
        <translation>&amp;Hôte du proxy :</translation>
    </message>
    <message>
        <source>Proxy por&amp;t:</source>
        <translation>Por&amp;t du proxy :</translation>
    </message>
    <message>
        <source>Prox&amp;y user:</source>
        <translation>Uti&amp;lisateur du proxy :</translation>
    </message>
    <message>
        <source>Proxy passwor&amp;d:</source>
        <translation>Mot &amp;de passe du proxy :</translation>
    </message>
    <message>
        <source>Enter the proxy's host name, or choose "No proxy".</source>
        <translation>Saisissez le nom d'hôte du proxy, ou choisissez "Pas de proxy".</translation>
    </message>
    <message>
        <source>"%1" is not a proxy host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" n'est pas un nom d'hôte de proxy : retirez les espaces, "/", "@" et le port.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SandboxBehaviourMenu</name>
    <message>
        <source>Server &amp;behaviour</source>
        <translation>&amp;Comportement du serveur</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SandboxInboxView</name>
    <message>
        <source>Messages the sandbox received</source>
        <translation>Messages reçus par le bac à sable</translation>
    </message>
    <message>
        <source>The message exactly as received</source>
        <translation>Le message exactement tel que reçu</translation>
    </message>
    <message>
        <source>Send a message to the sandbox and it appears here, byte for byte.</source>
        <translation>Envoyez un message au bac à sable et il apparaîtra ici, octet pour octet.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Envelope: from %1 to %2 - %n byte(s)</source>
        <translation>
            <numerusform>Enveloppe : de %1 à %2 - %n octet</numerusform>
            <numerusform>Enveloppe : de %1 à %2 - %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;&gt;</source>
        <translation>&lt;&gt;</translation>
    </message>
    <message>
        <source>[... %1 more bytes not shown]</source>
        <translation>[... %1 octets de plus non affichés]</translation>
    </message>
    <message>
        <source>The sandbox accepts every message.</source>
        <translation>Le bac à sable accepte tous les messages.</translation>
    </message>
    <message>
        <source>The sandbox is answering: %1. %2</source>
        <translation>Le bac à sable répond : %1. %2</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation>Quand envoyer</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>&amp;Envoyer à :</translation>
    </message>
    <message>
        <source>The message waits in the Outbox until then and leaves on its own while Stamp is open, even if you close this window. To send it sooner, select it in the Outbox and choose Send now; to cancel it, choose Remove.</source>
        <translation>Le message attend dans la Boîte d'envoi jusque-là et part tout seul tant que Stamp est ouvert, même si vous fermez cette fenêtre. Pour l'envoyer plus tôt, sélectionnez-le dans la Boîte d'envoi et choisissez Envoyer maintenant ; pour l'annuler, choisissez Supprimer.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SentCopySettingsGroup</name>
    <message>
        <source>Put a &amp;copy of each sent message in the Sent folder on the server</source>
        <translation>&amp;Enregistrer une copie de chaque message envoyé dans le dossier Envoyés du serveur</translation>
    </message>
    <message>
        <source>Forge&amp;t</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Véri&amp;fier</translation>
    </message>
    <message>
        <source>&amp;Review certificate...</source>
        <translation>E&amp;xaminer le certificat...</translation>
    </message>
    <message>
        <source>Put a copy of each sent message in the Sent folder on the server</source>
        <translation>Enregistrer une copie de chaque message envoyé dans le dossier Envoyés du serveur</translation>
    </message>
    <message>
        <source>IMAP server host name</source>
        <translation>Nom d'hôte du serveur IMAP</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>IMAP server port</source>
        <translation>Port du serveur IMAP</translation>
    </message>
    <message>
        <source>IMAP connection security</source>
        <translation>Sécurité de la connexion IMAP</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 993)</source>
        <translation>TLS dès le début (généralement port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (généralement port 143)</translation>
    </message>
    <message>
        <source>None: no encryption</source>
        <translation>Aucune : pas de chiffrement</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nom d'utilisateur IMAP</translation>
    </message>
    <message>
        <source>Same as for sending</source>
        <translation>Le même que pour l'envoi</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Dossier Envoyés</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Détecté automatiquement</translation>
    </message>
    <message>
        <source>Leave empty to use the folder the server marks as Sent, or one usually named so. A folder named here must exist.</source>
        <translation>Laissez vide pour utiliser le dossier que le serveur signale comme Envoyés, ou un dossier qui porte habituellement ce nom. Un dossier indiqué ici doit exister.</translation>
    </message>
    <message>
        <source>Stop trusting this IMAP server certificate</source>
        <translation>Ne plus faire confiance à ce certificat du serveur IMAP</translation>
    </message>
    <message>
        <source>The copy to the Sent folder forgets the certificate it was told to trust; a certificate that cannot be verified is then refused again.</source>
        <translation>La copie dans le dossier Envoyés oublie le certificat auquel elle devait faire confiance ; un certificat impossible à vérifier est alors de nouveau refusé.</translation>
    </message>
    <message>
        <source>Check the copy to the Sent folder</source>
        <translation>Vérifier la copie dans le dossier Envoyés</translation>
    </message>
    <message>
        <source>Log in to the IMAP server and look for the Sent folder. Nothing is put in it.</source>
        <translation>S'authentifier auprès du serveur IMAP et rechercher le dossier Envoyés. Rien n'y est enregistré.</translation>
    </message>
    <message>
        <source>Review the IMAP server's certificate</source>
        <translation>Examiner le certificat du serveur IMAP</translation>
    </message>
    <message>
        <source>See the certificate, what failed and its fingerprint, and decide whether to trust it</source>
        <translation>Voir le certificat, ce qui a échoué et son empreinte, et décider de lui faire confiance ou non</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>&amp;Serveur IMAP :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sécuri&amp;té :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Certificat de confiance :</translation>
    </message>
    <message>
        <source>Some providers, such as Gmail and Outlook, put a copy of each message sent through them in the Sent folder themselves; a copy from Stamp would be a second one.</source>
        <translation>Certains fournisseurs, comme Gmail et Outlook, placent eux-mêmes dans le dossier Envoyés une copie de chaque message envoyé par leur intermédiaire ; une copie faite par Stamp serait un doublon.</translation>
    </message>
    <message>
        <source>%1 does, so its preset leaves this off.</source>
        <extracomment>%1 is a mail provider such as Gmail</extracomment>
        <translation>C'est le cas de %1 : son préréglage laisse donc cette option désactivée.</translation>
    </message>
    <message>
        <source>%1 does not: switch this on to keep a copy there.</source>
        <extracomment>%1 is a mail provider such as Fastmail</extracomment>
        <translation>Ce n'est pas le cas de %1 : activez cette option pour y conserver une copie.</translation>
    </message>
    <message>
        <source>Enter the IMAP server's host name, for example imap.example.com.</source>
        <translation>Saisissez le nom d'hôte du serveur IMAP, par exemple imap.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not a host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" n'est pas un nom d'hôte : retirez les espaces, "/", "@" et le port.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, or empty for the usual one.</source>
        <translation>Le port doit être un nombre entre 1 et 65535, ou rester vide pour utiliser le port habituel.</translation>
    </message>
    <message>
        <source>Without encryption your password would cross the network readable by anyone on the way, so Stamp will not log in like that. Choose STARTTLS or TLS.</source>
        <translation>Sans chiffrement, votre mot de passe traverserait le réseau en clair, lisible par n'importe qui en chemin ; Stamp refuse donc de s'authentifier ainsi. Choisissez STARTTLS ou TLS.</translation>
    </message>
    <message>
        <source>Usual port (%1)</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Port habituel (%1)</translation>
    </message>
    <message>
        <source>Logging in to %1 and looking for the Sent folder...</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Authentification auprès de %1 et recherche du dossier Envoyés...</translation>
    </message>
    <message>
        <source>No password is available for the check.</source>
        <translation>Aucun mot de passe n'est disponible pour la vérification.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
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
        <translation>Afficher la &amp;transcription</translation>
    </message>
    <message>
        <source>Show &amp;message</source>
        <translation>Afficher le &amp;message</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Messages you send appear here, with what the server answered for each recipient.</source>
        <translation>Les messages que vous envoyez apparaissent ici, avec la réponse du serveur pour chaque destinataire.</translation>
    </message>
    <message>
        <source>The conversation with the server that carried this message (no password in it)</source>
        <translation>La conversation avec le serveur qui a transporté ce message (sans mot de passe)</translation>
    </message>
    <message>
        <source>The message exactly as it was sent</source>
        <translation>Le message exactement tel qu'il a été envoyé</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sent to everyone</source>
        <translation>Envoyé à tous</translation>
    </message>
    <message>
        <source>Sent to %1 of %2</source>
        <translation>Envoyé à %1 sur %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The server's id for it: %1 (what its administrator asks for when a message has gone missing)</source>
        <translation>L'identifiant attribué par le serveur : %1 (ce que son administrateur demande quand un message a disparu)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation>Transcription : %1</translation>
    </message>
    <message>
        <source>No transcript was kept for this message.</source>
        <translation>Aucune transcription n'a été conservée pour ce message.</translation>
    </message>
    <message>
        <source>[%1 more bytes not shown]</source>
        <translation>[%1 octets de plus non affichés]</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <source>Copy pending</source>
        <translation>Copie en attente</translation>
    </message>
    <message>
        <source>Copy waiting</source>
        <translation>Copie différée</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy stopped</source>
        <translation>Copie arrêtée</translation>
    </message>
    <message>
        <source>Try the cop&amp;y again</source>
        <translation>Réessayer la c&amp;opie</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Dossier Envoyés</translation>
    </message>
    <message>
        <source>Put this message in the Sent folder on the server now, after a change of password or settings</source>
        <translation>Enregistrer ce message dans le dossier Envoyés du serveur dès maintenant, après une modification du mot de passe ou des paramètres</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Prochaine tentative à %1.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ServerPage</name>
    <message>
        <source>Check the server</source>
        <translation>Vérifier le serveur</translation>
    </message>
    <message>
        <source>These settings decide where your login goes. Change anything that does not match your provider's instructions.</source>
        <translation>Ces paramètres déterminent où partent vos identifiants d'authentification. Modifiez tout ce qui ne correspond pas aux instructions de votre fournisseur.</translation>
    </message>
    <message>
        <source>Enter the settings your provider gives for sending mail (SMTP).</source>
        <translation>Saisissez les paramètres que votre fournisseur indique pour l'envoi de courrier (SMTP).</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Trouvé : %1.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SessionLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SessionLogView</name>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Search the session log</source>
        <translation>Rechercher dans le journal de session</translation>
    </message>
    <message>
        <source>Which lines to show</source>
        <translation>Lignes à afficher</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Commands and replies</source>
        <translation>Commandes et réponses</translation>
    </message>
    <message>
        <source>TLS and connection</source>
        <translation>TLS et connexion</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes uniquement</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log when none is selected</source>
        <translation>Copier les lignes sélectionnées, ou tout le journal si aucune n'est sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the log to a text file (passwords are never in it)</source>
        <translation>Enregistrer le journal dans un fichier texte (il ne contient jamais de mots de passe)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Journal de session</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s)</source>
        <translation>
            <numerusform>%1 sur %n ligne</numerusform>
            <numerusform>%1 sur %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the session log</source>
        <translation>Enregistrer le journal de session</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt)</source>
        <translation>Fichiers texte (*.log *.txt)</translation>
    </message>
    <message>
        <source>Could not save the log</source>
        <translation>Impossible d'enregistrer le journal</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SignInPage</name>
    <message>
        <source>Use an &amp;app password instead</source>
        <translation>Utiliser plutôt un mot de passe d'&amp;application</translation>
    </message>
    <message>
        <source>Use an app password instead of signing in</source>
        <translation>Utiliser un mot de passe d'application au lieu de se connecter</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>You sign in at %1, in your browser; %1 then lets Stamp send as %2 through %3. Your password stays with %1.</source>
        <translation>Vous vous connectez chez %1, dans votre navigateur ; %1 autorise ensuite Stamp à envoyer en tant que %2 via %3. Votre mot de passe reste chez %1.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>Se &amp;connecter avec %1</translation>
    </message>
    <message>
        <source>Rather not sign in through the browser? %1 also accepts an app password.</source>
        <translation>Vous préférez ne pas vous connecter via le navigateur ? %1 accepte aussi un mot de passe d'application.</translation>
    </message>
    <message>
        <source>No app registration at hand? You can use an app password instead: it works only for mail and can be withdrawn on its own.</source>
        <translation>Pas d'enregistrement d'application sous la main ? Vous pouvez utiliser un mot de passe d'application à la place : il ne fonctionne que pour le courrier et peut être révoqué séparément.</translation>
    </message>
    <message>
        <source>%1 accepts no password: signing in is the only way, so the account can be added once an app registration is entered.</source>
        <translation>%1 n'accepte aucun mot de passe : la connexion est le seul moyen, le compte pourra donc être ajouté une fois un enregistrement d'application saisi.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TemplatesDialog</name>
    <message>
        <source>There are no templates yet. In a new message, choose Templates, then Save as template.</source>
        <translation>Il n'y a pas encore de modèle. Dans un nouveau message, choisissez Modèles, puis Enregistrer comme modèle.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>New &amp;name for "%1":</source>
        <translation>&amp;Nouveau nom pour "%1" :</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Supprimer le modèle ?</translation>
    </message>
    <message>
        <source>Delete the template "%1"? Messages started from it stay as they are.</source>
        <translation>Supprimer le modèle "%1" ? Les messages créés à partir de ce modèle restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TestPage</name>
    <message>
        <source>Save an&amp;yway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Tester et enregistrer</translation>
    </message>
    <message>
        <source>The test failed, so Save is off. You can save the account anyway: messages you send from it then wait in the Outbox until its settings work, and you can fix them later in the account's settings.</source>
        <translation>Le test a échoué, le bouton Enregistrer est donc désactivé. Vous pouvez tout de même enregistrer le compte : les messages que vous enverrez depuis ce compte attendront alors dans la Boîte d'envoi jusqu'à ce que ses paramètres fonctionnent, et vous pourrez les corriger plus tard dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>Save the account although its test failed</source>
        <translation>Enregistrer le compte bien que son test ait échoué</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2 and checks it, without logging in. Save keeps the account once a test passes.</source>
        <translation>Le bouton Tester se connecte à %1, port %2, et le vérifie, sans s'authentifier. Le bouton Enregistrer conserve le compte dès qu'un test réussit.</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2, checks its encryption and logs in with your sign-in at %3 (a short-lived access token, not your password). Save keeps the account and the sign-in once a test passes.</source>
        <translation>Le bouton Tester se connecte à %1, port %2, vérifie son chiffrement et s'authentifie avec votre connexion chez %3 (un jeton d'accès de courte durée, pas votre mot de passe). Le bouton Enregistrer conserve le compte et la connexion dès qu'un test réussit.</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2, checks its encryption and logs in: your password goes there and nowhere else. Save keeps the account once a test passes.</source>
        <translation>Le bouton Tester se connecte à %1, port %2, vérifie son chiffrement et s'authentifie : votre mot de passe est envoyé là et nulle part ailleurs. Le bouton Enregistrer conserve le compte dès qu'un test réussit.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TranscriptHistoryView</name>
    <message>
        <source>Past sends</source>
        <translation>Envois passés</translation>
    </message>
    <message>
        <source>The conversation of the selected send</source>
        <translation>La conversation de l'envoi sélectionné</translation>
    </message>
    <message>
        <source>Every send keeps its conversation with the server here (passwords are never recorded).</source>
        <translation>Chaque envoi conserve ici sa conversation avec le serveur (les mots de passe ne sont jamais enregistrés).</translation>
    </message>
</context>
<context>
    <name>stamp::ui::WelcomePage</name>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Welcome to Stamp</source>
        <translation>Bienvenue dans Stamp</translation>
    </message>
    <message>
        <source>Send mail through your provider's server, see every step of the conversation, and get a plain explanation whenever something goes wrong.</source>
        <translation>Envoyez du courrier via le serveur de votre fournisseur, suivez chaque étape de la conversation et obtenez une explication claire dès que quelque chose ne va pas.</translation>
    </message>
    <message>
        <source>Set up Gmail, Outlook, iCloud, Fastmail or any other SMTP server</source>
        <translation>Configurer Gmail, Outlook, iCloud, Fastmail ou tout autre serveur SMTP</translation>
    </message>
    <message>
        <source>Send to a practice server on this computer: nothing leaves it, and you can read exactly what was sent</source>
        <translation>Envoyer vers un serveur d'entraînement sur cet ordinateur : rien n'en sort, et vous pouvez lire exactement ce qui a été envoyé</translation>
    </message>
    <message>
        <source>The sandbox is a mail server inside Stamp. It accepts every message and keeps it here, so you can try composing and watch the session log without an account.</source>
        <translation>Le bac à sable est un serveur de messagerie intégré à Stamp. Il accepte chaque message et le conserve ici, pour que vous puissiez vous essayer à la rédaction et observer le journal de session sans compte.</translation>
    </message>
    <message>
        <source>A&amp;dd your account</source>
        <translation>&amp;Ajouter votre compte</translation>
    </message>
    <message>
        <source>&amp;Import from another app...</source>
        <translation>&amp;Importer depuis une autre application...</translation>
    </message>
    <message>
        <source>Bring the accounts you use in Thunderbird or msmtp, without typing their servers again</source>
        <translation>Importer les comptes que vous utilisez dans Thunderbird ou msmtp, sans ressaisir leurs serveurs</translation>
    </message>
</context>
</TS>
