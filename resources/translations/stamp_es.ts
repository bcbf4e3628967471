<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Account</name>
    <message>
        <source>The account name "%1" is not usable: use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>El nombre de cuenta "%1" no se puede usar: usa hasta 64 letras, dígitos, puntos, guiones o guiones bajos, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>The account has no id.</source>
        <translation>La cuenta no tiene ID.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>"%1" no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The account has no server host name.</source>
        <translation>La cuenta no tiene nombre de host del servidor.</translation>
    </message>
    <message>
        <source>The account logs in but has no user name.</source>
        <translation>La cuenta inicia sesión pero no tiene nombre de usuario.</translation>
    </message>
    <message>
        <source>The account names an OAuth sign-in but logs in with %1, not xoauth2 or oauthbearer.</source>
        <translation>La cuenta indica un inicio de sesión OAuth pero inicia sesión con %1, no con xoauth2 ni oauthbearer.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits.</source>
        <translation>La huella digital del certificado fijado no tiene 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>account "%1": the port is not a number from 0 to 65535</source>
        <translation>cuenta "%1": el puerto no es un número entre 0 y 65535</translation>
    </message>
    <message>
        <source>account "%1": unknown security mode "%2"</source>
        <translation>cuenta "%1": modo de seguridad desconocido "%2"</translation>
    </message>
    <message>
        <source>account "%1": unknown login method "%2"</source>
        <translation>cuenta "%1": método de inicio de sesión desconocido "%2"</translation>
    </message>
    <message>
        <source>account "%1": unknown envelope sender "%2"</source>
        <translation>cuenta "%1": remitente del sobre desconocido "%2"</translation>
    </message>
    <message>
        <source>The copy to the Sent folder is on but names no IMAP server.</source>
        <translation>La copia en la carpeta Enviados está activada, pero no indica ningún servidor IMAP.</translation>
    </message>
    <message>
        <source>The IMAP server's pinned certificate fingerprint is not 64 hexadecimal digits.</source>
        <translation>La huella digital del certificado fijado del servidor IMAP no tiene 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>account "%1": the IMAP port is not a number from 0 to 65535</source>
        <translation>cuenta "%1": el puerto IMAP no es un número entre 0 y 65535</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Run 'stamp account %1 --help' for the options.</source>
        <translation>Ejecuta 'stamp account %1 --help' para ver las opciones.</translation>
    </message>
    <message>
        <source>give exactly one account NAME.</source>
        <translation>indica exactamente un nombre de cuenta (NAME).</translation>
    </message>
    <message>
        <source>unexpected argument.</source>
        <translation>argumento inesperado.</translation>
    </message>
    <message>
        <source>there is no account "%1".</source>
        <translation>no existe la cuenta "%1".</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>estado desconocido (%1)</translation>
    </message>
    <message>
        <source>Password saved in the keychain.</source>
        <translation>Contraseña guardada en el llavero.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>No se ha guardado la contraseña: %1</translation>
    </message>
    <message>
        <source>Give it for each run instead: stamp send --account %1 --password-stdin ...</source>
        <translation>Indícala en cada ejecución: stamp send --account %1 --password-stdin ...</translation>
    </message>
    <message>
        <source>Signed in. The sign-in is saved in the keychain; Stamp renews its access tokens as needed.</source>
        <translation>Sesión iniciada. El inicio de sesión se guarda en el llavero; Stamp renueva sus tokens de acceso cuando hace falta.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: %1</source>
        <translation>No se ha guardado el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>stamp account: unknown sub-command "%1"</source>
        <translation>stamp account: subcomando desconocido "%1"</translation>
    </message>
    <message>
        <source>Usage: stamp account SUB-COMMAND [options]</source>
        <translation>Uso: stamp account SUB-COMMAND [options]</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>Subcomandos:</translation>
    </message>
    <message>
        <source>Run 'stamp account SUB-COMMAND --help' for its options.</source>
        <translation>Ejecuta 'stamp account SUB-COMMAND --help' para ver sus opciones.</translation>
    </message>
    <message>
        <source>Save an account. Settings not given are found from the address (provider presets, the domain's autoconfig file, MX and SRV records, probing). The password goes only to the keychain. With --auth oauth you sign in with the provider in your browser instead, and only the sign-in's refresh token is kept, in the keychain.</source>
        <translation>Guarda una cuenta. Los ajustes que no se indiquen se averiguan a partir de la dirección (configuraciones predefinidas de proveedores, archivo autoconfig del dominio, registros MX y SRV, sondeo). La contraseña solo va al llavero. Con --auth oauth, en cambio, inicias sesión con el proveedor en tu navegador y solo se conserva el token de actualización del inicio de sesión, en el llavero.</translation>
    </message>
    <message>
        <source>What to call the account (letters, digits, . _ -).</source>
        <translation>Cómo llamar a la cuenta (letras, dígitos, . _ -).</translation>
    </message>
    <message>
        <source>The account's address (required).</source>
        <translation>La dirección de la cuenta (obligatoria).</translation>
    </message>
    <message>
        <source>Your name, as shown in From.</source>
        <translation>Tu nombre, tal como aparece en From.</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>Nombre de host del servidor SMTP.</translation>
    </message>
    <message>
        <source>Server port.</source>
        <translation>Puerto del servidor.</translation>
    </message>
    <message>
        <source>starttls, tls or none.</source>
        <translation>starttls, tls o none.</translation>
    </message>
    <message>
        <source>Login user name (default: from the provider, else the address).</source>
        <translation>Nombre de usuario para iniciar sesión (predeterminado: el del proveedor o, si no, la dirección).</translation>
    </message>
    <message>
        <source>auto (default), none, plain, login, cram-md5, scram-sha-1, scram-sha-256, or oauth: sign in with the provider in the browser.</source>
        <translation>auto (predeterminado), none, plain, login, cram-md5, scram-sha-1, scram-sha-256 u oauth: iniciar sesión con el proveedor en el navegador.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confía también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>Trust exactly this server certificate.</source>
        <translation>Confía exactamente en este certificado del servidor.</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input and save it in the keychain.</source>
        <translation>Lee la contraseña (primera línea) de la entrada estándar y la guarda en el llavero.</translation>
    </message>
    <message>
        <source>Print the saved account as JSON.</source>
        <translation>Muestra la cuenta guardada como JSON.</translation>
    </message>
    <message>
        <source>Use the provider preset ID (gmail, outlook.com, microsoft365, ...) for the OAuth sign-in, also when --host is given.</source>
        <translation>Usa la configuración predefinida del proveedor con este ID (gmail, outlook.com, microsoft365, ...) para el inicio de sesión OAuth, también cuando se indica --host.</translation>
    </message>
    <message>
        <source>With --auth oauth: xoauth2 or oauthbearer (default: what the provider's preset says).</source>
        <translation>Con --auth oauth: xoauth2 u oauthbearer (predeterminado: lo que indique la configuración predefinida del proveedor).</translation>
    </message>
    <message>
        <source>--auth oauth signs in with the provider in the browser; it takes no --password-stdin.</source>
        <translation>--auth oauth inicia sesión con el proveedor en el navegador; no admite --password-stdin.</translation>
    </message>
    <message>
        <source>--oauth-mechanism needs --auth oauth.</source>
        <translation>--oauth-mechanism requiere --auth oauth.</translation>
    </message>
    <message>
        <source>"%1" is not a usable account name: use letters, digits, dots, dashes or underscores.</source>
        <translation>"%1" no es un nombre de cuenta válido: usa letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>--email is required.</source>
        <translation>--email es obligatorio.</translation>
    </message>
    <message>
        <source>there is already an account named "%1".</source>
        <translation>ya existe una cuenta llamada "%1".</translation>
    </message>
    <message>
        <source>the password is empty.</source>
        <translation>la contraseña está vacía.</translation>
    </message>
    <message>
        <source>no settings were found for %1; give them with --host, --port and --security.</source>
        <translation>no se ha encontrado ninguna configuración para %1; indícala con --host, --port y --security.</translation>
    </message>
    <message>
        <source>Found: %1 port %2 (%3), from %4.</source>
        <translation>Encontrado: %1 puerto %2 (%3), origen: %4.</translation>
    </message>
    <message>
        <source>Note: %1 accepts only OAuth2 sign-in: add the account with --auth oauth to sign in in the browser.</source>
        <translation>Nota: %1 solo acepta el inicio de sesión OAuth2: añade la cuenta con --auth oauth para iniciar sesión en el navegador.</translation>
    </message>
    <message>
        <source>App password: %1</source>
        <translation>Contraseña de aplicación: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none.</source>
        <translation>--security debe ser starttls, tls o none.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>there is no provider preset "%1".</source>
        <translation>no existe la configuración predefinida de proveedor "%1".</translation>
    </message>
    <message>
        <source>no OAuth sign-in is known for %1; name the provider with --provider (gmail, outlook.com, microsoft365, yahoo, aol, fastmail, comcast).</source>
        <translation>no se conoce ningún inicio de sesión OAuth para %1; indica el proveedor con --provider (gmail, outlook.com, microsoft365, yahoo, aol, fastmail, comcast).</translation>
    </message>
    <message>
        <source>To use an app password: stamp account add %1 --email %2 --password-stdin</source>
        <translation>Para usar una contraseña de aplicación: stamp account add %1 --email %2 --password-stdin</translation>
    </message>
    <message>
        <source>--oauth-mechanism must be xoauth2 or oauthbearer.</source>
        <translation>--oauth-mechanism debe ser xoauth2 u oauthbearer.</translation>
    </message>
    <message>
        <source>unknown --auth "%1".</source>
        <translation>--auth desconocido: "%1".</translation>
    </message>
    <message>
        <source>--ca-file: the file "%1" does not exist.</source>
        <translation>--ca-file: el archivo "%1" no existe.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be 64 hexadecimal digits.</source>
        <translation>--pin-sha256 debe tener 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Account "%1" saved: %2 via %3 port %4 (%5).</source>
        <translation>Cuenta "%1" guardada: %2 vía %3 puerto %4 (%5).</translation>
    </message>
    <message>
        <source>No password saved yet: stamp account set-password %1 --password-stdin</source>
        <translation>Aún no hay ninguna contraseña guardada: stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>Print the accounts as JSON.</source>
        <translation>Muestra las cuentas como JSON.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with: stamp account add NAME --email ADDR --password-stdin</source>
        <translation>Aún no hay cuentas. Añade una con: stamp account add NAME --email ADDR --password-stdin</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>La cuenta.</translation>
    </message>
    <message>
        <source>Print the account as JSON.</source>
        <translation>Muestra la cuenta como JSON.</translation>
    </message>
    <message>
        <source>Account:      %1</source>
        <translation>Cuenta:            %1</translation>
    </message>
    <message>
        <source>Address:      %1</source>
        <translation>Dirección:         %1</translation>
    </message>
    <message>
        <source>Name:         %1</source>
        <translation>Nombre:            %1</translation>
    </message>
    <message>
        <source>Server:       %1 port %2 (%3)</source>
        <translation>Servidor:          %1 puerto %2 (%3)</translation>
    </message>
    <message>
        <source>Login:        none</source>
        <translation>Inicio de sesión:  ninguno</translation>
    </message>
    <message>
        <source>Login:        %1 (%2)</source>
        <translation>Inicio de sesión:  %1 (%2)</translation>
    </message>
    <message>
        <source>Signs in:     with OAuth at %1</source>
        <translation>Inicia sesión:     con OAuth en %1</translation>
    </message>
    <message>
        <source>Sign-in:      %1</source>
        <translation>Sesión OAuth:      %1</translation>
    </message>
    <message>
        <source>              sign in with: stamp account sign-in %1</source>
        <translation>                   inicia sesión con: stamp account sign-in %1</translation>
    </message>
    <message>
        <source>Password:     %1</source>
        <translation>Contraseña:        %1</translation>
    </message>
    <message>
        <source>Extra CAs:    %1</source>
        <translation>CA adicionales:    %1</translation>
    </message>
    <message>
        <source>Pinned cert:  %1</source>
        <translation>Cert. fijado:      %1</translation>
    </message>
    <message>
        <source>Provider:     %1</source>
        <translation>Proveedor:         %1</translation>
    </message>
    <message>
        <source>Account "%1" removed.</source>
        <translation>Cuenta "%1" eliminada.</translation>
    </message>
    <message>
        <source>Its password could not be removed from the keychain: %1</source>
        <translation>No se ha podido eliminar su contraseña del llavero: %1</translation>
    </message>
    <message>
        <source>Its sign-in could not be removed from the keychain: %1</source>
        <translation>No se ha podido eliminar su inicio de sesión del llavero: %1</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input.</source>
        <translation>Lee la contraseña (primera línea) de la entrada estándar.</translation>
    </message>
    <message>
        <source>--password-stdin is required (a password is never taken from the command line).</source>
        <translation>--password-stdin es obligatorio (nunca se acepta una contraseña en la línea de comandos).</translation>
    </message>
    <message>
        <source>Sign in again to an account that uses OAuth, in the browser: after the provider revoked the sign-in, or to switch the person signed in.</source>
        <translation>Vuelve a iniciar sesión, en el navegador, en una cuenta que usa OAuth: después de que el proveedor haya revocado el inicio de sesión, o para cambiar la persona que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>the account "%1" logs in with a password, not an OAuth sign-in; use set-password, or add it again with --auth oauth.</source>
        <translation>la cuenta "%1" inicia sesión con una contraseña, no con un inicio de sesión OAuth; usa set-password o vuelve a añadirla con --auth oauth.</translation>
    </message>
    <message>
        <source>the account %1</source>
        <translation>la cuenta %1</translation>
    </message>
    <message>
        <source>an account that no longer exists</source>
        <translation>una cuenta que ya no existe</translation>
    </message>
    <message>
        <source>MAIL FROM for the account's other identities: from (the message's From address, the default) or account (the account's own address, for servers that refuse other senders).</source>
        <translation>MAIL FROM para las demás identidades de la cuenta: from (la dirección From del mensaje, predeterminado) o account (la dirección propia de la cuenta, para servidores que rechazan otros remitentes).</translation>
    </message>
    <message>
        <source>--envelope-sender must be from or account.</source>
        <translation>--envelope-sender debe ser from o account.</translation>
    </message>
    <message>
        <source>  %1 sends through %2</source>
        <translation>  %1 envía a través de %2</translation>
    </message>
    <message>
        <source>Proxy:        %1</source>
        <translation>Proxy:             %1</translation>
    </message>
    <message>
        <source>Identity:     %1</source>
        <translation>Identidad:         %1</translation>
    </message>
    <message>
        <source> (sends through %1)</source>
        <translation> (envía a través de %1)</translation>
    </message>
    <message>
        <source>Envelope:     %1</source>
        <translation>Sobre:             %1</translation>
    </message>
    <message>
        <source>MAIL FROM is this account's address for every identity</source>
        <translation>MAIL FROM es la dirección de esta cuenta para todas las identidades</translation>
    </message>
    <message>
        <source>MAIL FROM is the message's From address</source>
        <translation>MAIL FROM es la dirección From del mensaje</translation>
    </message>
    <message>
        <source>signs in with %1</source>
        <translation>inicia sesión con %1</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sin inicio de sesión</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>inicia sesión como %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Leído: %1</translation>
    </message>
    <message>
        <source>%1: %2 via %3 port %4 (%5), %6</source>
        <translation>%1: %2 vía %3 puerto %4 (%5), %6</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[predeterminada]</translation>
    </message>
    <message>
        <source>also sends as %1</source>
        <translation>también envía como %1</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: se omite</translation>
    </message>
    <message numerus="yes">
        <source>Create %n account(s)? [y/N] </source>
        <translation>
            <numerusform>¿Crear %n cuenta? [y/N] </numerusform>
            <numerusform>¿Crear %n cuentas? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>%1: sign in with: stamp account sign-in %1</source>
        <translation>%1: inicia sesión con: stamp account sign-in %1</translation>
    </message>
    <message>
        <source>%1: give its password with: stamp account set-password %1 --password-stdin</source>
        <translation>%1: indica su contraseña con: stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>Password for %1 (%2 at %3), or Enter to give it later: </source>
        <translation>Contraseña de %1 (%2 en %3), o pulsa Intro para indicarla más tarde: </translation>
    </message>
    <message>
        <source>%1: give its password later with: stamp account set-password %1 --password-stdin</source>
        <translation>%1: indica su contraseña más tarde con: stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>%1: password saved in the keychain.</source>
        <translation>%1: contraseña guardada en el llavero.</translation>
    </message>
    <message>
        <source>%1: the password was not saved: %2</source>
        <translation>%1: no se ha guardado la contraseña: %2</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird (a profile's outgoing servers and identities) or msmtp (its accounts, with defaults and inheritance). Shows what would be created first; nothing changes until you confirm. Saved passwords are never read: you give each password once, for the keychain.</source>
        <translation>Importa cuentas de Thunderbird (los servidores de salida y las identidades de un perfil) o de msmtp (sus cuentas, con los valores predeterminados y la herencia). Primero muestra lo que se crearía; no cambia nada hasta que lo confirmes. Nunca se leen las contraseñas guardadas: indicas cada contraseña una vez, para el llavero.</translation>
    </message>
    <message>
        <source>thunderbird or msmtp.</source>
        <translation>thunderbird o msmtp.</translation>
    </message>
    <message>
        <source>A Thunderbird profile folder or its prefs.js, or an msmtp configuration file (default: where the program keeps it).</source>
        <translation>Una carpeta de perfil de Thunderbird o su prefs.js, o un archivo de configuración de msmtp (predeterminado: donde lo guarda el programa).</translation>
    </message>
    <message>
        <source>Only show what would be created; change nothing.</source>
        <translation>Solo muestra lo que se crearía; no cambia nada.</translation>
    </message>
    <message>
        <source>Print the preview as JSON.</source>
        <translation>Muestra la vista previa como JSON.</translation>
    </message>
    <message>
        <source>Create the accounts without asking (needed without a terminal).</source>
        <translation>Crea las cuentas sin preguntar (necesario cuando no hay terminal).</translation>
    </message>
    <message>
        <source>name the source (thunderbird or msmtp) and, if you like, a PATH.</source>
        <translation>indica el origen (thunderbird o msmtp) y, si quieres, una ruta (PATH).</translation>
    </message>
    <message>
        <source>the source must be thunderbird or msmtp, not "%1".</source>
        <translation>el origen debe ser thunderbird o msmtp, no "%1".</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>No se ha cambiado nada (--dry-run).</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>confirm with --yes, or run it in a terminal to be asked.</source>
        <translation>confirma con --yes, o ejecútalo en un terminal para que se te pregunte.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created.</source>
        <translation>
            <numerusform>%n cuenta creada.</numerusform>
            <numerusform>%n cuentas creadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an account's settings for another program. msmtp gets an account block that fetches the password from the keychain with secret-tool (Linux); the password is never written.</source>
        <translation>Escribe la configuración de una cuenta para otro programa. msmtp recibe un bloque de cuenta que obtiene la contraseña del llavero con secret-tool (Linux); la contraseña nunca se escribe.</translation>
    </message>
    <message>
        <source>What to write: msmtp (required).</source>
        <translation>Qué escribir: msmtp (obligatorio).</translation>
    </message>
    <message>
        <source>Write to this new file (readable by you only) instead of standard output.</source>
        <translation>Escribe en este archivo nuevo (que solo tú puedes leer) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>--format msmtp is required (the only format so far).</source>
        <translation>--format msmtp es obligatorio (por ahora es el único formato).</translation>
    </message>
    <message>
        <source>Note: passwordeval uses secret-tool, which is Linux's; replace it with a command that prints the password from this system's keychain.</source>
        <translation>Nota: passwordeval usa secret-tool, que es de Linux; sustitúyelo por un comando que muestre la contraseña guardada en el llavero de este sistema.</translation>
    </message>
    <message>
        <source>Note: no password is saved for "%1" yet, so msmtp will find none. Save it with: stamp account set-password %1 --password-stdin</source>
        <translation>Nota: aún no hay ninguna contraseña guardada para "%1", así que msmtp no encontrará ninguna. Guárdala con: stamp account set-password %1 --password-stdin</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file and copy the block into your configuration.</source>
        <translation>%1 ya existe; elige un archivo nuevo y copia el bloque en tu configuración.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Account "%1" written to %2 for msmtp.</source>
        <translation>Cuenta "%1" escrita en %2 para msmtp.</translation>
    </message>
</context>
<context>
    <name>AccountSignIn</name>
    <message>
        <source>Give up the browser sign-in after this many seconds (default 300).</source>
        <translation>Abandona el inicio de sesión en el navegador tras estos segundos (predeterminado: 300).</translation>
    </message>
    <message>
        <source>Receive the browser's answer on this port of 127.0.0.1 (default: any free port).</source>
        <translation>Recibe la respuesta del navegador en este puerto de 127.0.0.1 (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>--sign-in-timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--sign-in-timeout debe ser un número de segundos del 1 al 3600.</translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 1 to 65535.</source>
        <translation>--redirect-port debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>To sign in to %1 as %2, open this address in your browser:</source>
        <translation>Para iniciar sesión en %1 como %2, abre esta dirección en tu navegador:</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 (up to %2 s; Ctrl+C cancels)...</source>
        <translation>Esperando a que el navegador vuelva a %1 (hasta %2 s; Ctrl+C cancela)...</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in with %1...</source>
        <translation>El navegador ha vuelto; completando el inicio de sesión con %1...</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is already an account named "%1".</source>
        <translation>Ya hay una cuenta llamada "%1".</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>No existe ninguna cuenta "%1".</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The account file %1 cannot be read: %2.</source>
        <extracomment>%1 is a file path; %2 is the system's error message</extracomment>
        <translation>No se puede leer el archivo de cuentas %1: %2.</translation>
    </message>
    <message>
        <source>The account file %1 is not valid JSON (line %2: %3).</source>
        <extracomment>%1 is a file path, %2 a line number, %3 the parser's error message</extracomment>
        <translation>El archivo de cuentas %1 no es un JSON válido (línea %2: %3).</translation>
    </message>
    <message>
        <source>The account file %1 is not a Stamp account list.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>El archivo de cuentas %1 no es una lista de cuentas de Stamp.</translation>
    </message>
    <message>
        <source>The account file %1 was written by a newer version of Stamp (format %2).</source>
        <extracomment>%1 is a file path, %2 the file's format version number</extracomment>
        <translation>El archivo de cuentas %1 lo escribió una versión más reciente de Stamp (formato %2).</translation>
    </message>
    <message>
        <source>The account file %1 has an unusable entry: %2.</source>
        <extracomment>%1 is a file path; %2 says what is wrong with the entry</extracomment>
        <translation>El archivo de cuentas %1 tiene una entrada inutilizable: %2.</translation>
    </message>
    <message>
        <source>It was left as it is; fix or remove it, then try again.</source>
        <translation>Se ha dejado tal cual; corrígelo o elimínalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A copy was kept as %1; fix or remove the file, then try again.</source>
        <extracomment>%1 is the path of the copy</extracomment>
        <translation>Se ha guardado una copia como %1; corrige o elimina el archivo y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>%1 (character %2)</source>
        <translation>%1 (carácter %2)</translation>
    </message>
    <message>
        <source>"%1": %2 (character %3)</source>
        <translation>"%1": %2 (carácter %3)</translation>
    </message>
    <message>
        <source>a group needs a name before the colon</source>
        <translation>un grupo necesita un nombre antes de los dos puntos</translation>
    </message>
    <message>
        <source>a group cannot contain another group</source>
        <translation>un grupo no puede contener otro grupo</translation>
    </message>
    <message>
        <source>this is not an address: it has no @ (an address looks like name@example.com)</source>
        <translation>esto no es una dirección: no tiene @ (una dirección tiene la forma nombre@example.com)</translation>
    </message>
    <message>
        <source>unexpected "%1"</source>
        <translation>"%1" inesperado</translation>
    </message>
    <message>
        <source>there is nothing between &lt; and &gt;</source>
        <translation>no hay nada entre &lt; y &gt;</translation>
    </message>
    <message>
        <source>there is no @ between &lt; and &gt; (an address looks like name@example.com)</source>
        <translation>no hay ninguna @ entre &lt; y &gt; (una dirección tiene la forma nombre@example.com)</translation>
    </message>
    <message>
        <source>this &lt; is never closed with &gt;</source>
        <translation>este &lt; nunca se cierra con &gt;</translation>
    </message>
    <message>
        <source>unexpected "%1" inside &lt; and &gt;</source>
        <translation>"%1" inesperado dentro de &lt; y &gt;</translation>
    </message>
    <message>
        <source>there is nothing before the @</source>
        <translation>no hay nada antes de la @</translation>
    </message>
    <message>
        <source>there is a space before the @</source>
        <translation>hay un espacio antes de la @</translation>
    </message>
    <message>
        <source>the address contains a space</source>
        <translation>la dirección contiene un espacio</translation>
    </message>
    <message>
        <source>a name and an address need angle brackets, as in: %1 &lt;%2@%3&gt;</source>
        <translation>un nombre y una dirección necesitan corchetes angulares, como en: %1 &lt;%2@%3&gt;</translation>
    </message>
    <message>
        <source>the part before the @ starts with a dot</source>
        <translation>la parte anterior a la @ empieza por un punto</translation>
    </message>
    <message>
        <source>the part before the @ ends with a dot</source>
        <translation>la parte anterior a la @ termina en un punto</translation>
    </message>
    <message>
        <source>the part before the @ has two dots in a row</source>
        <translation>la parte anterior a la @ tiene dos puntos seguidos</translation>
    </message>
    <message>
        <source>unexpected "%1" before the @</source>
        <translation>"%1" inesperado antes de la @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 bytes</source>
        <translation>la parte anterior a la @ tiene más de 64 bytes</translation>
    </message>
    <message>
        <source>the address is longer than 254 bytes</source>
        <translation>la dirección tiene más de 254 bytes</translation>
    </message>
    <message>
        <source>there is nothing after the @</source>
        <translation>no hay nada después de la @</translation>
    </message>
    <message>
        <source>there is a space after the @</source>
        <translation>hay un espacio después de la @</translation>
    </message>
    <message>
        <source>the address has two @</source>
        <translation>la dirección tiene dos @</translation>
    </message>
    <message>
        <source>the domain starts with a dot</source>
        <translation>el dominio empieza por un punto</translation>
    </message>
    <message>
        <source>"[%1]" is not an IP address literal</source>
        <translation>"[%1]" no es una dirección IP literal</translation>
    </message>
    <message>
        <source>unexpected "%1" after the @</source>
        <translation>"%1" inesperado después de la @</translation>
    </message>
    <message>
        <source>the domain has two dots in a row</source>
        <translation>el dominio tiene dos puntos seguidos</translation>
    </message>
    <message>
        <source>the domain ends with a dot</source>
        <translation>el dominio termina en un punto</translation>
    </message>
    <message>
        <source>a comma is missing before "%1"</source>
        <translation>falta una coma antes de "%1"</translation>
    </message>
    <message>
        <source>unexpected "%1" after the address</source>
        <translation>"%1" inesperado después de la dirección</translation>
    </message>
    <message>
        <source>the domain is empty</source>
        <translation>el dominio está vacío</translation>
    </message>
    <message>
        <source>"%1" is not a valid internationalised domain name</source>
        <translation>"%1" no es un nombre de dominio internacionalizado válido</translation>
    </message>
    <message>
        <source>the domain is longer than 253 characters</source>
        <translation>el dominio tiene más de 253 caracteres</translation>
    </message>
    <message>
        <source>the domain part "%1" is longer than 63 characters</source>
        <translation>la parte "%1" del dominio tiene más de 63 caracteres</translation>
    </message>
    <message>
        <source>the domain contains "%1", which a domain name cannot have</source>
        <translation>el dominio contiene "%1", que un nombre de dominio no puede tener</translation>
    </message>
    <message>
        <source>the domain part "%1" starts or ends with a hyphen</source>
        <translation>la parte "%1" del dominio empieza o termina con un guion</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>la dirección está vacía</translation>
    </message>
    <message>
        <source>the address needs the form name@domain</source>
        <translation>la dirección debe tener la forma nombre@dominio</translation>
    </message>
    <message>
        <source>unexpected "("</source>
        <translation>"(" inesperado</translation>
    </message>
    <message>
        <source>only one address is allowed here</source>
        <translation>aquí solo se permite una dirección</translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in an address</source>
        <translation>el carácter de control U+%1 no está permitido en una dirección</translation>
    </message>
    <message>
        <source>a line break is not allowed in an address</source>
        <translation>no se permite un salto de línea en una dirección</translation>
    </message>
    <message>
        <source>this quotation mark is never closed</source>
        <translation>estas comillas nunca se cierran</translation>
    </message>
    <message>
        <source>this "%1" is never closed with "%2"</source>
        <translation>este "%1" nunca se cierra con "%2"</translation>
    </message>
</context>
<context>
    <name>AuthExchange</name>
    <message>
        <source>Refusing to send the password without encryption to %1.</source>
        <translation>No se enviará la contraseña sin cifrado a %1.</translation>
    </message>
    <message>
        <source>The server does not offer a password mechanism; it offers no authentication at all.</source>
        <translation>El servidor no ofrece ningún mecanismo de contraseña; no ofrece ninguna autenticación.</translation>
    </message>
    <message>
        <source>The server does not offer a password mechanism; it offers %1.</source>
        <extracomment>%1 lists the SASL mechanism names the server offers, e.g. "XOAUTH2 OAUTHBEARER"</extracomment>
        <translation>El servidor no ofrece ningún mecanismo de contraseña; ofrece %1.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers no authentication at all.</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN or XOAUTH2</extracomment>
        <translation>El servidor no ofrece %1; no ofrece ninguna autenticación.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers %2.</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN; %2 lists the names the server offers</extracomment>
        <translation>El servidor no ofrece %1; ofrece %2.</translation>
    </message>
    <message>
        <source>The server sent another authentication challenge after the last answer.</source>
        <translation>El servidor envió otro desafío de autenticación después de la última respuesta.</translation>
    </message>
    <message>
        <source>The server sent an authentication challenge that is not valid base64.</source>
        <translation>El servidor envió un desafío de autenticación que no es base64 válido.</translation>
    </message>
    <message>
        <source>Authentication stopped: %1</source>
        <translation>Autenticación detenida: %1</translation>
    </message>
    <message>
        <source>The server accepted the login but did not prove its identity: %1</source>
        <translation>El servidor aceptó el inicio de sesión, pero no demostró su identidad: %1</translation>
    </message>
    <message>
        <source>Authenticated with %1</source>
        <extracomment>%1 is a SASL mechanism name such as PLAIN or XOAUTH2</extracomment>
        <translation>Autenticado con %1</translation>
    </message>
    <message>
        <source>The server refused the user name on the AUTH line; asking again without it.</source>
        <translation>El servidor rechazó el nombre de usuario en la línea AUTH; se vuelve a pedir sin él.</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>Error de autenticación: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1 (server detail: %2)</source>
        <extracomment>%1 is the server's reply; %2 is the server's explanation of a refused token</extracomment>
        <translation>Error de autenticación: %1 (detalle del servidor: %2)</translation>
    </message>
    <message>
        <source>The login was refused; the server's replies to the message's commands, sent with the login, decide what happened to it.</source>
        <translation>Se rechazó el inicio de sesión; lo que haya pasado con el mensaje lo deciden las respuestas del servidor a sus comandos, enviados junto con el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>an outgoingServer has no hostname</source>
        <translation>un outgoingServer no tiene nombre de host</translation>
    </message>
    <message>
        <source>outgoingServer %1 has no valid port</source>
        <translation>el outgoingServer %1 no tiene un puerto válido</translation>
    </message>
    <message>
        <source>outgoingServer %1 has an unknown socketType "%2"</source>
        <translation>el outgoingServer %1 tiene un socketType desconocido "%2"</translation>
    </message>
    <message>
        <source>stamp:oauthMechanism must be xoauth2 or oauthbearer, not "%1"</source>
        <translation>stamp:oauthMechanism debe ser xoauth2 u oauthbearer, no "%1"</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;clientConfig&gt;</source>
        <translation>el elemento raíz es &lt;%1&gt;, no &lt;clientConfig&gt;</translation>
    </message>
    <message>
        <source>no &lt;emailProvider&gt; element</source>
        <translation>no hay ningún elemento &lt;emailProvider&gt;</translation>
    </message>
    <message>
        <source>no usable &lt;outgoingServer type="smtp"&gt;</source>
        <translation>no hay ningún &lt;outgoingServer type="smtp"&gt; utilizable</translation>
    </message>
    <message>
        <source>stamp:dkimSelector form must be txt or cname, not "%1"</source>
        <translation>el atributo form de stamp:dkimSelector debe ser txt o cname, no "%1"</translation>
    </message>
    <message>
        <source>a stamp:dkimSelector has no selector name</source>
        <translation>un stamp:dkimSelector no tiene nombre de selector</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>HELO only (no ESMTP extensions)</source>
        <translation>Solo HELO (sin extensiones ESMTP)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Connect to an SMTP server, negotiate TLS, read its capabilities and optionally log in. Sends no mail.</source>
        <translation>Se conecta a un servidor SMTP, negocia TLS, lee sus capacidades y, opcionalmente, inicia sesión. No envía correo.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Muestra el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>With --account: also send a test message to the account's own address.</source>
        <translation>Con --account: envía además un mensaje de prueba a la propia dirección de la cuenta.</translation>
    </message>
    <message>
        <source>Run 'stamp check --help' for the options.</source>
        <translation>Ejecuta 'stamp check --help' para ver las opciones.</translation>
    </message>
    <message>
        <source>--send-test needs --account.</source>
        <translation>--send-test requiere --account.</translation>
    </message>
    <message>
        <source>Server:       %1 port %2 (%3)</source>
        <translation>Servidor:          %1 puerto %2 (%3)</translation>
    </message>
    <message>
        <source>Login:        accepted (%1)</source>
        <translation>Inicio de sesión:  aceptado (%1)</translation>
    </message>
    <message>
        <source>Login:        not tried (no --user)</source>
        <translation>Inicio de sesión:  no intentado (sin --user)</translation>
    </message>
    <message>
        <source>stamp check: failed</source>
        <translation>stamp check: ha fallado</translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation>Comprobación superada.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system's.</source>
        <translation>Consulta este servidor DNS (una dirección IP) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>"%1" no es una dirección IP.</translation>
    </message>
    <message>
        <source>--nameserver needs --account.</source>
        <translation>--nameserver requiere --account.</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Connection check for %1: %2 port %3 (%4)</source>
        <translation>Comprobación de la conexión para %1: %2, puerto %3 (%4)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Result: all checks passed</source>
        <translation>Resultado: se superaron todas las comprobaciones</translation>
    </message>
    <message>
        <source>Result: the check failed</source>
        <translation>Resultado: la comprobación falló</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Add, list, show or remove saved accounts; set a password or sign in</source>
        <translation>Añadir, listar, mostrar o eliminar cuentas guardadas; establecer una contraseña o iniciar sesión</translation>
    </message>
    <message>
        <source>Save an account</source>
        <translation>Guardar una cuenta</translation>
    </message>
    <message>
        <source>List the saved accounts</source>
        <translation>Listar las cuentas guardadas</translation>
    </message>
    <message>
        <source>Show an account's settings</source>
        <translation>Mostrar la configuración de una cuenta</translation>
    </message>
    <message>
        <source>Remove an account and its keychain secrets</source>
        <translation>Eliminar una cuenta y sus secretos del llavero</translation>
    </message>
    <message>
        <source>Save an account's password in the keychain</source>
        <translation>Guardar la contraseña de una cuenta en el llavero</translation>
    </message>
    <message>
        <source>Sign in again in the browser (OAuth accounts)</source>
        <translation>Volver a iniciar sesión en el navegador (cuentas OAuth)</translation>
    </message>
    <message>
        <source>Connect, negotiate TLS, read the capabilities, optionally log in; sends no mail</source>
        <translation>Conectar, negociar TLS, leer las capacidades y, opcionalmente, iniciar sesión; no envía correo</translation>
    </message>
    <message>
        <source>Stamp sends mail through your provider's SMTP submission server and explains every failure.

Commands:
</source>
        <translation>Stamp envía correo a través del servidor de envío SMTP de tu proveedor y explica cada fallo.

Comandos:
</translation>
    </message>
    <message>
        <source>
Run 'stamp COMMAND --help' for a command's options.

Exit status: 0 sent to every recipient (or check passed), 1 some recipients refused,
2 usage error, 3 not sent (the reason is printed on standard error).</source>
        <translation>
Ejecuta 'stamp COMMAND --help' para ver las opciones de un comando.

Estado de salida: 0 enviado a todos los destinatarios (o comprobación superada), 1 algunos destinatarios rechazados,
2 error de uso, 3 no enviado (el motivo se muestra en la salida de error estándar).</translation>
    </message>
    <message>
        <source>the command to run (see below)</source>
        <translation>el comando que se ejecutará (ver más abajo)</translation>
    </message>
    <message>
        <source>Copyright 2026 The Stamp developers.
License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://gnu.org/licenses/gpl.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
</source>
        <translation>Copyright 2026 Los desarrolladores de Stamp.
Licencia GPL-3.0-or-later: GNU GPL versión 3 o posterior &lt;https://gnu.org/licenses/gpl.html&gt;.
Esto es software libre: puedes modificarlo y redistribuirlo.
NO HAY NINGUNA GARANTÍA, en la medida en que lo permita la ley.
</translation>
    </message>
    <message>
        <source>stamp: unknown command "%1"
</source>
        <translation>stamp: comando desconocido "%1"
</translation>
    </message>
    <message>
        <source>Run 'stamp --help' for the list of commands.
</source>
        <translation>Ejecuta 'stamp --help' para ver la lista de comandos.
</translation>
    </message>
    <message>
        <source>Print the shell completion script for bash, zsh or fish</source>
        <translation>Mostrar el script de autocompletado del shell para bash, zsh o fish</translation>
    </message>
    <message>
        <source>For bash: load it with 'source &lt;(stamp completion bash)' in ~/.bashrc</source>
        <translation>Para bash: cárgalo con 'source &lt;(stamp completion bash)' en ~/.bashrc</translation>
    </message>
    <message>
        <source>For zsh: save it as _stamp in a directory on $fpath</source>
        <translation>Para zsh: guárdalo como _stamp en un directorio de $fpath</translation>
    </message>
    <message>
        <source>For fish: save it as ~/.config/fish/completions/stamp.fish</source>
        <translation>Para fish: guárdalo como ~/.config/fish/completions/stamp.fish</translation>
    </message>
    <message>
        <source>Open the window with a new message, from a mailto: link if given</source>
        <translation>Abrir la ventana con un mensaje nuevo, a partir de un enlace mailto: si se indica</translation>
    </message>
    <message>
        <source>Find the submission server for an address (no login)</source>
        <translation>Encontrar el servidor de envío para una dirección (sin iniciar sesión)</translation>
    </message>
    <message>
        <source>The outbox: list, flush (send what is due), retry ID, remove ID, sent, transcript ID</source>
        <translation>La bandeja de salida: list, flush (enviar lo pendiente), retry ID, remove ID, sent, transcript ID</translation>
    </message>
    <message>
        <source>every message: state, reason, next try, per-recipient results</source>
        <translation>todos los mensajes: estado, motivo, próximo intento, resultados por destinatario</translation>
    </message>
    <message>
        <source>send every due message now and return when done</source>
        <translation>enviar ahora todos los mensajes pendientes y terminar al acabar</translation>
    </message>
    <message>
        <source>queue a failed, deferred or uncertain message again (refused recipients only)</source>
        <translation>volver a poner en cola un mensaje fallido, aplazado o incierto (solo los destinatarios rechazados)</translation>
    </message>
    <message>
        <source>delete a message from the outbox</source>
        <translation>eliminar un mensaje de la bandeja de salida</translation>
    </message>
    <message>
        <source>sent messages kept, and each account's count for the last 24 hours</source>
        <translation>los mensajes enviados guardados y el recuento de cada cuenta en las últimas 24 horas</translation>
    </message>
    <message>
        <source>the session transcript kept with a sent message</source>
        <translation>la transcripción de la sesión guardada con un mensaje enviado</translation>
    </message>
    <message>
        <source>Write the message 'send' would send, without sending it</source>
        <translation>Escribir el mensaje que 'send' enviaría, sin enviarlo</translation>
    </message>
    <message>
        <source>Send a message (from --eml FILE, or --subject and --body)</source>
        <translation>Enviar un mensaje (desde --eml FILE, o con --subject y --body)</translation>
    </message>
    <message>
        <source>Check that a sending domain's DNS lets its mail arrive (SPF, DKIM, DMARC)</source>
        <translation>Comprueba que el DNS de un dominio de envío permita que su correo llegue (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>Check MX, SPF, DKIM, DMARC, MTA-STS and TLS-RPT, with the records to publish</source>
        <translation>Comprueba MX, SPF, DKIM, DMARC, MTA-STS y TLS-RPT, con los registros que hay que publicar</translation>
    </message>
    <message>
        <source>Run the sandbox mail server on this computer, optionally misbehaving</source>
        <translation>Ejecutar el servidor de correo del entorno de pruebas en este equipo, opcionalmente con fallos simulados</translation>
    </message>
    <message>
        <source>Message templates: list, show NAME, delete NAME</source>
        <translation>Plantillas de mensaje: list, show NAME, delete NAME</translation>
    </message>
    <message>
        <source>every template: name, subject, recipients</source>
        <translation>todas las plantillas: nombre, asunto, destinatarios</translation>
    </message>
    <message>
        <source>a template's fields, attachments and text</source>
        <translation>los campos, archivos adjuntos y texto de una plantilla</translation>
    </message>
    <message>
        <source>delete a template</source>
        <translation>eliminar una plantilla</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird or msmtp (shows them first)</source>
        <translation>Importar cuentas de Thunderbird o msmtp (primero las muestra)</translation>
    </message>
    <message>
        <source>Write an account as an msmtp configuration, without its password</source>
        <translation>Escribir una cuenta como configuración de msmtp, sin su contraseña</translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <source>Print the script that lets SHELL complete stamp's commands, options and their values. Packages install it already; this is for a copy installed by hand.</source>
        <translation>Muestra el script que permite a SHELL completar los comandos, las opciones y sus valores de stamp. Los paquetes ya lo instalan; esto es para una copia instalada a mano.</translation>
    </message>
    <message>
        <source>bash, zsh or fish</source>
        <translation>bash, zsh o fish</translation>
    </message>
    <message>
        <source>name one shell: bash, zsh or fish.</source>
        <translation>indica un shell: bash, zsh o fish.</translation>
    </message>
    <message>
        <source>Run 'stamp completion --help' for more.</source>
        <translation>Ejecuta 'stamp completion --help' para más información.</translation>
    </message>
</context>
<context>
    <name>ComposeCommand</name>
    <message>
        <source>Open Stamp's window with a new message. Each mailto: link (RFC 6068) fills in a message's To, Cc, Bcc, subject and text; nothing is sent until you send it. Other fields a link carries (attachments, the sender, other headers) are left out and named in the window. When Stamp is already open, the message opens there. 'stamp mailto:...' does the same.</source>
        <translation>Abre la ventana de Stamp con un mensaje nuevo. Cada enlace mailto: (RFC 6068) rellena los campos Para, CC y CCO, el asunto y el texto de un mensaje; no se envía nada hasta que lo envíes tú. Los demás campos que lleve un enlace (archivos adjuntos, el remitente, otros encabezados) se omiten y se indican en la ventana. Si Stamp ya está abierto, el mensaje se abre allí. 'stamp mailto:...' hace lo mismo.</translation>
    </message>
    <message>
        <source>mailto: links, one message each.</source>
        <translation>enlaces mailto:, un mensaje por cada uno.</translation>
    </message>
    <message>
        <source>"%1" is not a mailto: link.</source>
        <translation>"%1" no es un enlace mailto:.</translation>
    </message>
    <message>
        <source>Run 'stamp compose --help' for the usage.</source>
        <translation>Ejecuta 'stamp compose --help' para ver el uso.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ConnectionSetup</name>
    <message>
        <source>No server host name was given.</source>
        <translation>No se indicó ningún nombre de host del servidor.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).</source>
        <translation>La huella digital del certificado fijado no tiene 64 dígitos hexadecimales (SHA-256).</translation>
    </message>
    <message>
        <source>The CA file "%1" cannot be read: %2.</source>
        <translation>No se puede leer el archivo de CA "%1": %2.</translation>
    </message>
    <message>
        <source>The CA file "%1" holds no PEM certificate.</source>
        <translation>El archivo de CA "%1" no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <extracomment>%1 is a host name, %2 a port number, %3 the security mode (starttls, tls or none)</extracomment>
        <translation>Conectando con %1, puerto %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <extracomment>%1 is an IP address, %2 a port number</extracomment>
        <translation>Conectado a %1, puerto %2</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>El servidor rechazó la sesión: %1</translation>
    </message>
    <message>
        <source>Certificate not verified (%1), but it is the pinned certificate %2</source>
        <extracomment>%1 lists the certificate errors; %2 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Certificado no verificado (%1), pero es el certificado fijado %2</translation>
    </message>
    <message>
        <source>Certificate verification failed: %1</source>
        <extracomment>%1 lists the certificate errors</extracomment>
        <translation>Error al verificar el certificado: %1</translation>
    </message>
    <message>
        <source>The server's certificate (SHA-256 %1) is not the pinned one.</source>
        <extracomment>%1 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>El certificado del servidor (SHA-256 %1) no es el fijado.</translation>
    </message>
    <message>
        <source>The certificate does not name %1 among its DNS names (%2); its common name does not count when it lists any (RFC 6125).</source>
        <extracomment>%1 is a host name; %2 lists the DNS names in the certificate</extracomment>
        <translation>El certificado no incluye %1 entre sus nombres DNS (%2); su nombre común no cuenta cuando incluye alguno (RFC 6125).</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4, valid until %5; %6</source>
        <extracomment>TLS summary in the log: %1 is the TLS version, %2 the cipher, %3 and %4 the certificate's subject and issuer, %5 its expiry date, %6 "trusted by pin" or "verified"</extracomment>
        <translation>%1, %2; certificado %3, emitido por %4, válido hasta %5; %6</translation>
    </message>
    <message>
        <source>trusted by pin</source>
        <translation>de confianza por estar fijado</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>Server offers: %1</source>
        <extracomment>%1 lists the SMTP extensions the server announced</extracomment>
        <translation>El servidor ofrece: %1</translation>
    </message>
    <message>
        <source>EHLO refused; trying HELO</source>
        <translation>EHLO rechazado; probando con HELO</translation>
    </message>
    <message>
        <source>The server refused EHLO: %1</source>
        <translation>El servidor rechazó EHLO: %1</translation>
    </message>
    <message>
        <source>The server refused HELO: %1</source>
        <translation>El servidor rechazó HELO: %1</translation>
    </message>
    <message>
        <source>Server speaks plain SMTP (no extensions)</source>
        <translation>El servidor usa SMTP simple (sin extensiones)</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, which this account requires.</source>
        <translation>El servidor no ofrece STARTTLS, que esta cuenta requiere.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>El servidor rechazó STARTTLS: %1</translation>
    </message>
    <message>
        <source>Sent after the 220, before TLS (discarded): "%1"</source>
        <extracomment>%1 is the data the server sent</extracomment>
        <translation>Enviado tras el 220, antes de TLS (descartado): "%1"</translation>
    </message>
    <message>
        <source>The server sent unexpected data right after agreeing to STARTTLS.</source>
        <translation>El servidor envió datos inesperados justo después de aceptar STARTTLS.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 through %3</source>
        <extracomment>%1 is a host name, %2 a port number, %3 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>Conectando con %1:%2 a través del %3</translation>
    </message>
    <message>
        <source>The host name of %1 could not be found.</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy proxy.example:1080"</extracomment>
        <translation>No se pudo encontrar el nombre de host del %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is it running?</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>El %1 rechazó la conexión: ¿está en ejecución?</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password.</source>
        <extracomment>%1 names the proxy</extracomment>
        <translation>El %1 pide un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>%1 refused the login of %2.</source>
        <extracomment>%1 names the proxy, %2 is a user name</extracomment>
        <translation>El %1 rechazó el inicio de sesión de %2.</translation>
    </message>
    <message>
        <source>%1 does not allow connections to %2 port %3.</source>
        <extracomment>%1 names the proxy, %2 a host name, %3 a port number</extracomment>
        <translation>El %1 no permite conexiones a %2, puerto %3.</translation>
    </message>
    <message>
        <source>%1 could not reach %2 port %3: %4</source>
        <extracomment>%1 names the proxy, %2 a host name, %3 a port number, %4 what the proxy reported</extracomment>
        <translation>El %1 no pudo llegar a %2, puerto %3: %4</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 names the proxy, %2 is the network library's error message</extracomment>
        <translation>Error del %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleReport</name>
    <message numerus="yes">
        <source>Sent to %n recipient(s): %1</source>
        <translation>
            <numerusform>Enviado a %n destinatario: %1</numerusform>
            <numerusform>Enviado a %n destinatarios: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>stamp: outcome unknown</source>
        <translation>stamp: resultado desconocido</translation>
    </message>
    <message>
        <source>stamp: not sent</source>
        <translation>stamp: no enviado</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>The whole message had been sent before the connection failed, so the server may have accepted it. Check the recipients' mailboxes or the Sent folder before sending it again.</source>
        <translation>El mensaje completo se había enviado antes de que fallara la conexión, así que puede que el servidor lo haya aceptado. Revisa los buzones de los destinatarios o la carpeta Enviados antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Refused: %1 - %2</source>
        <translation>Rechazado: %1 - %2</translation>
    </message>
    <message>
        <source>TLS:          not used</source>
        <translation>TLS:               no se usa</translation>
    </message>
    <message>
        <source>TLS:          %1, %2</source>
        <translation>TLS:               %1, %2</translation>
    </message>
    <message>
        <source>TLS:          handshake not completed</source>
        <translation>TLS:               negociación (handshake) no completada</translation>
    </message>
    <message>
        <source>Certificate:  %1</source>
        <translation>Certificado:       %1</translation>
    </message>
    <message>
        <source>Issuer:       %1</source>
        <translation>Emisor:            %1</translation>
    </message>
    <message>
        <source>Names:        %1</source>
        <translation>Nombres:           %1</translation>
    </message>
    <message>
        <source>Valid:        %1 to %2</source>
        <translation>Válido:            del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256:      %1</source>
        <translation>SHA-256:           %1</translation>
    </message>
    <message>
        <source>Trust:        pinned certificate (%1)</source>
        <translation>Confianza:         certificado fijado (%1)</translation>
    </message>
    <message>
        <source>Trust:        verified</source>
        <translation>Confianza:         verificado</translation>
    </message>
    <message>
        <source>Trust:        NOT verified: %1</source>
        <translation>Confianza:         NO verificado: %1</translation>
    </message>
    <message>
        <source>The server presented this certificate:</source>
        <translation>El servidor presentó este certificado:</translation>
    </message>
    <message>
        <source>Only if you have confirmed this fingerprint with the server's administrator, you can trust exactly this certificate with:</source>
        <translation>Solo si has confirmado esta huella digital con el administrador del servidor, puedes confiar exactamente en este certificado con:</translation>
    </message>
    <message>
        <source>Extensions:   %1</source>
        <translation>Extensiones:       %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCatalog</name>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Servidor no encontrado</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Either it is misspelled, or this computer is not connected to the internet.</source>
        <translation>No se encontró el nombre de servidor %1. O está mal escrito, o este equipo no está conectado a internet.</translation>
    </message>
    <message>
        <source>Check the server name in the account (for example smtp.gmail.com, not gmail.com) and your internet connection.</source>
        <translation>Comprueba el nombre del servidor en la cuenta (por ejemplo smtp.gmail.com, no gmail.com) y tu conexión a internet.</translation>
    </message>
    <message>
        <source>The mail server is not answering right now</source>
        <translation>El servidor de correo no responde en este momento</translation>
    </message>
    <message>
        <source>%1 has accepted connections from Stamp before but cannot be reached now: it is probably restarting or down for maintenance.</source>
        <translation>%1 ya ha aceptado conexiones de Stamp antes, pero ahora no se puede contactar: probablemente se está reiniciando o está en mantenimiento.</translation>
    </message>
    <message>
        <source>Nothing to change: the message waits in the Outbox, Stamp tries again every minute and sends it as soon as the server answers. If this lasts for hours, ask your provider whether the service is down.</source>
        <translation>No hay nada que cambiar: el mensaje espera en la Bandeja de salida, Stamp lo reintenta cada minuto y lo envía en cuanto el servidor responda. Si esto dura horas, pregunta a tu proveedor si el servicio está caído.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>El servidor rechazó la conexión</translation>
    </message>
    <message>
        <source>%1 refused the connection on this port: no mail service is listening there, or a firewall rejects it.</source>
        <translation>%1 rechazó la conexión en este puerto: ningún servicio de correo escucha ahí, o un cortafuegos la rechaza.</translation>
    </message>
    <message>
        <source>Check the port in the account: 587 with STARTTLS or 465 with SSL/TLS are the usual ones for sending. If they are right, the server may be down; try again later.</source>
        <translation>Comprueba el puerto en la cuenta: 587 con STARTTLS o 465 con SSL/TLS son los habituales para enviar. Si son correctos, puede que el servidor esté caído; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>No network route to the server</source>
        <translation>No hay ruta de red hasta el servidor</translation>
    </message>
    <message>
        <source>This computer has no way to reach %1: it is offline, or the network (a VPN or firewall) blocks the way.</source>
        <translation>Este equipo no tiene forma de llegar hasta %1: no tiene conexión, o la red (una VPN o un cortafuegos) bloquea el camino.</translation>
    </message>
    <message>
        <source>Check your internet connection; the message can go once you are back online.</source>
        <translation>Comprueba tu conexión a internet; el mensaje podrá salir cuando vuelvas a estar conectado.</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>Se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt in time. The server may be down, or a firewall may silently drop connections to this port.</source>
        <translation>%1 no respondió a tiempo al intento de conexión. Puede que el servidor esté caído o que un cortafuegos descarte en silencio las conexiones a este puerto.</translation>
    </message>
    <message>
        <source>Check the server name and port. Some public and hotel networks block mail ports; try another network, or try again later.</source>
        <translation>Comprueba el nombre del servidor y el puerto. Algunas redes públicas y de hoteles bloquean los puertos de correo; prueba con otra red o vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server never said hello</source>
        <translation>El servidor nunca saludó</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting. Usually the port expects encryption from the start (SSL/TLS, typically port 465) while the account is set to STARTTLS or no encryption.</source>
        <translation>%1 aceptó la conexión pero no envió ningún saludo. Por lo general, el puerto espera cifrado desde el principio (SSL/TLS, habitualmente el puerto 465) mientras que la cuenta está configurada con STARTTLS o sin cifrado.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS for port 465, or STARTTLS for port 587. If the settings are right, the server may be overloaded; try again later.</source>
        <translation>Establece la seguridad en SSL/TLS para el puerto 465, o en STARTTLS para el puerto 587. Si la configuración es correcta, puede que el servidor esté sobrecargado; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>No confirmation: the message may have been sent</source>
        <translation>Sin confirmación: puede que el mensaje se haya enviado</translation>
    </message>
    <message>
        <source>No reply came from %1 %2, so it is not known whether the server accepted the message: it may have been delivered.</source>
        <translation>%1 no respondió %2, así que no se sabe si el servidor aceptó el mensaje: puede que se haya entregado.</translation>
    </message>
    <message>
        <source>Before sending again, ask a recipient or look in your webmail's Sent folder whether it arrived, so that it is not delivered twice.</source>
        <translation>Antes de volver a enviarlo, pregunta a un destinatario o mira en la carpeta Enviados de tu correo web si llegó, para que no se entregue dos veces.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>El servidor dejó de responder</translation>
    </message>
    <message>
        <source>The time limit ran out %2 without a response from %1. The message was not sent.</source>
        <translation>Se agotó el tiempo de espera %2 sin que %1 respondiera. El mensaje no se envió.</translation>
    </message>
    <message>
        <source>Try again later. If it stops at the same step every time, send the session log to the server's administrator.</source>
        <translation>Vuelve a intentarlo más tarde. Si se detiene siempre en el mismo paso, envía el registro de sesión al administrador del servidor.</translation>
    </message>
    <message>
        <source>Connection lost: the message may have been sent</source>
        <translation>Conexión perdida: puede que el mensaje se haya enviado</translation>
    </message>
    <message>
        <source>The connection to %1 was lost %2, so it is not known whether the server accepted the message: it may have been delivered.</source>
        <translation>La conexión con %1 se perdió %2, así que no se sabe si el servidor aceptó el mensaje: puede que se haya entregado.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>El servidor cerró la conexión</translation>
    </message>
    <message>
        <source>The connection to %1 ended unexpectedly %2, without a reason given. The message was not sent.</source>
        <translation>La conexión con %1 terminó inesperadamente %2, sin que se indicara ningún motivo. El mensaje no se envió.</translation>
    </message>
    <message>
        <source>Try again later. If it happens every time, check that the security setting matches the port and look at the session log.</source>
        <translation>Vuelve a intentarlo más tarde. Si ocurre siempre, comprueba que la configuración de seguridad coincida con el puerto y revisa el registro de sesión.</translation>
    </message>
    <message>
        <source>The server's answer was not valid SMTP</source>
        <translation>La respuesta del servidor no era SMTP válido</translation>
    </message>
    <message>
        <source>Stamp received an answer from %1 %2 that does not follow the mail protocol, so it stopped. The port may belong to another service, or something on the network is interfering.</source>
        <translation>%1 respondió %2 de una forma que no sigue el protocolo de correo, así que Stamp se detuvo. Puede que el puerto pertenezca a otro servicio o que algo en la red esté interfiriendo.</translation>
    </message>
    <message>
        <source>Check that the host and port are your provider's mail sending server (port 587 or 465). If they are, try another network and send the session log to the server's administrator.</source>
        <translation>Comprueba que el host y el puerto sean los del servidor de envío de correo de tu proveedor (puerto 587 o 465). Si lo son, prueba con otra red y envía el registro de sesión al administrador del servidor.</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>El envío falló</translation>
    </message>
    <message>
        <source>Sending failed %2, for a reason Stamp cannot pin down further.</source>
        <translation>El envío falló %2, por un motivo que Stamp no puede precisar más.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, look at the session log, or send it to Stamp's developers.</source>
        <translation>Vuelve a intentarlo. Si sigue fallando, revisa el registro de sesión o envíalo a los desarrolladores de Stamp.</translation>
    </message>
    <message>
        <source>Google needs an app password</source>
        <translation>Google requiere una contraseña de aplicación</translation>
    </message>
    <message>
        <source>Your Google account uses 2-Step Verification, so Gmail does not accept your normal password from a mail program.</source>
        <translation>Tu cuenta de Google usa la verificación en dos pasos, así que Gmail no acepta tu contraseña normal desde un programa de correo.</translation>
    </message>
    <message>
        <source>Create an app password in your Google Account (Security, 2-Step Verification, App passwords; myaccount.google.com/apppasswords) and enter it as this account's password. Or switch the account to OAuth sign-in with Google.</source>
        <translation>Crea una contraseña de aplicación en tu cuenta de Google (Seguridad, Verificación en dos pasos, Contraseñas de aplicaciones; myaccount.google.com/apppasswords) e introdúcela como contraseña de esta cuenta. O cambia la cuenta al inicio de sesión OAuth con Google.</translation>
    </message>
    <message>
        <source>Google wants you to confirm this sign-in</source>
        <translation>Google quiere que confirmes este inicio de sesión</translation>
    </message>
    <message>
        <source>Google found this sign-in unusual and blocked it until you confirm it in a web browser.</source>
        <translation>Google consideró inusual este inicio de sesión y lo bloqueó hasta que lo confirmes en un navegador web.</translation>
    </message>
    <message>
        <source>Sign in to Gmail in a web browser on this computer, answer any security prompt, then send again. An app password or OAuth sign-in avoids this check.</source>
        <translation>Inicia sesión en Gmail en un navegador web de este equipo, responde a cualquier aviso de seguridad y vuelve a enviar. Una contraseña de aplicación o el inicio de sesión OAuth evitan esta comprobación.</translation>
    </message>
    <message>
        <source>Gmail did not accept the user name or password</source>
        <translation>Gmail no aceptó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>Google refused the sign-in. Gmail does not accept your normal Google password from mail programs: it needs an app password (or OAuth), and the user name must be your full address.</source>
        <translation>Google rechazó el inicio de sesión. Gmail no acepta tu contraseña normal de Google desde programas de correo: necesita una contraseña de aplicación (u OAuth), y el nombre de usuario debe ser tu dirección completa.</translation>
    </message>
    <message>
        <source>Use your full Gmail address as the user name. Turn on 2-Step Verification, create an app password at myaccount.google.com/apppasswords and enter it as the password; or switch the account to OAuth sign-in with Google.</source>
        <translation>Usa tu dirección de Gmail completa como nombre de usuario. Activa la verificación en dos pasos, crea una contraseña de aplicación en myaccount.google.com/apppasswords e introdúcela como contraseña; o cambia la cuenta al inicio de sesión OAuth con Google.</translation>
    </message>
    <message>
        <source>Daily sending limit reached</source>
        <translation>Se alcanzó el límite diario de envío</translation>
    </message>
    <message>
        <source>Your account has sent as many messages or recipients as the provider allows in a day (Gmail allows about 500), so this message was not sent.</source>
        <translation>Tu cuenta ha enviado tantos mensajes, o a tantos destinatarios, como el proveedor permite en un día (Gmail permite unos 500), así que este mensaje no se envió.</translation>
    </message>
    <message>
        <source>Wait up to 24 hours before sending again, and send to fewer recipients at a time. For regular mass mailings use a bulk-mail service.</source>
        <translation>Espera hasta 24 horas antes de volver a enviar y envía a menos destinatarios a la vez. Para envíos masivos habituales, usa un servicio de correo masivo.</translation>
    </message>
    <message>
        <source>Microsoft does not let this mailbox send through SMTP</source>
        <translation>Microsoft no permite que este buzón envíe mediante SMTP</translation>
    </message>
    <message>
        <source>You signed in with Microsoft and the sign-in worked, but your organisation (its Microsoft 365 tenant) has sending through SMTP switched off for this mailbox. Signing in again does not change that.</source>
        <translation>Iniciaste sesión con Microsoft y el inicio de sesión funcionó, pero tu organización (su inquilino de Microsoft 365) tiene desactivado el envío mediante SMTP para este buzón. Volver a iniciar sesión no cambia eso.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to turn on Authenticated SMTP for this mailbox (in the Microsoft 365 admin center: Users, the mailbox, Mail, Manage email apps) or for the organisation. Nothing in Stamp needs to change; send again once it is on.</source>
        <translation>Pide al administrador de Microsoft 365 que active SMTP autenticado para este buzón (en el Centro de administración de Microsoft 365: Usuarios, el buzón, Correo, Administrar aplicaciones de correo electrónico) o para la organización. No hay que cambiar nada en Stamp; vuelve a enviar cuando esté activado.</translation>
    </message>
    <message>
        <source>Microsoft has password sign-in for sending switched off</source>
        <translation>Microsoft tiene desactivado el inicio de sesión con contraseña para enviar</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in because sending with a password (SMTP AUTH) is disabled for your organisation or mailbox. Your password may well be correct.</source>
        <translation>Microsoft rechazó el inicio de sesión porque el envío con contraseña (SMTP AUTH) está desactivado para tu organización o tu buzón. Es muy posible que tu contraseña sea correcta.</translation>
    </message>
    <message>
        <source>Switch the account to OAuth sign-in, which Microsoft supports. For a work account your administrator can instead enable SMTP AUTH for your mailbox in the Microsoft 365 admin center (see aka.ms/smtp_auth_disabled).</source>
        <translation>Cambia la cuenta al inicio de sesión OAuth, que Microsoft admite. En una cuenta profesional, tu administrador puede en su lugar habilitar SMTP AUTH para tu buzón en el Centro de administración de Microsoft 365 (consulta aka.ms/smtp_auth_disabled).</translation>
    </message>
    <message>
        <source>Microsoft did not accept the user name or password</source>
        <translation>Microsoft no aceptó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>Microsoft says the user name or the password is wrong.</source>
        <translation>Microsoft indica que el nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>Use your full email address as the user name and check the password. If your account uses multi-factor sign-in, a normal password does not work here: switch the account to OAuth sign-in.</source>
        <translation>Usa tu dirección de correo electrónico completa como nombre de usuario y comprueba la contraseña. Si tu cuenta usa inicio de sesión multifactor, una contraseña normal no funciona aquí: cambia la cuenta al inicio de sesión OAuth.</translation>
    </message>
    <message>
        <source>Microsoft blocked this sign-in</source>
        <translation>Microsoft bloqueó este inicio de sesión</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in because of a rule on the account, such as security defaults, conditional access or a locked account.</source>
        <translation>Microsoft rechazó el inicio de sesión por una regla de la cuenta, como los valores predeterminados de seguridad, el acceso condicional o una cuenta bloqueada.</translation>
    </message>
    <message>
        <source>Sign in at outlook.office.com to check the account, then ask your administrator. OAuth sign-in usually works where password sign-in is blocked.</source>
        <translation>Inicia sesión en outlook.office.com para comprobar la cuenta y luego consulta a tu administrador. El inicio de sesión OAuth suele funcionar donde el inicio de sesión con contraseña está bloqueado.</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in</source>
        <translation>Microsoft rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>Microsoft reported the sign-in as unsuccessful: either the user name or password is wrong, or sending with a password (SMTP AUTH) is off for this mailbox.</source>
        <translation>Microsoft indicó que el inicio de sesión no se realizó correctamente: o el nombre de usuario o la contraseña son incorrectos, o el envío con contraseña (SMTP AUTH) está desactivado para este buzón.</translation>
    </message>
    <message>
        <source>Check that the user name is your full address and the password is current. If they are, switch the account to OAuth sign-in, or ask your administrator to enable Authenticated SMTP for your mailbox.</source>
        <translation>Comprueba que el nombre de usuario sea tu dirección completa y que la contraseña esté vigente. Si es así, cambia la cuenta al inicio de sesión OAuth o pide a tu administrador que habilite SMTP autenticado para tu buzón.</translation>
    </message>
    <message>
        <source>Microsoft requires you to sign in</source>
        <translation>Microsoft requiere que inicies sesión</translation>
    </message>
    <message>
        <source>Microsoft 365 accepts mail only after the sender has signed in, and this session did not sign in.</source>
        <translation>Microsoft 365 solo acepta correo después de que el remitente haya iniciado sesión, y esta vez no se inició sesión.</translation>
    </message>
    <message>
        <source>Enter your full address as the user name and choose OAuth sign-in (or a password if your organisation allows it), with STARTTLS on port 587 of smtp.office365.com.</source>
        <translation>Introduce tu dirección completa como nombre de usuario y elige el inicio de sesión OAuth (o una contraseña si tu organización lo permite), con STARTTLS en el puerto 587 de smtp.office365.com.</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts password sign-in</source>
        <translation>Microsoft ya no acepta el inicio de sesión con contraseña</translation>
    </message>
    <message>
        <source>Microsoft has switched off sending with a user name and password (basic authentication) for this account.</source>
        <translation>Microsoft ha desactivado el envío con nombre de usuario y contraseña (autenticación básica) para esta cuenta.</translation>
    </message>
    <message>
        <source>Switch the account to OAuth sign-in. Outlook.com and Hotmail accounts have no app-password alternative; for a work account, only your administrator can re-enable password sign-in.</source>
        <translation>Cambia la cuenta al inicio de sesión OAuth. Las cuentas de Outlook.com y Hotmail no tienen la alternativa de la contraseña de aplicación; en una cuenta profesional, solo tu administrador puede volver a habilitar el inicio de sesión con contraseña.</translation>
    </message>
    <message>
        <source>Not allowed to send as this address</source>
        <translation>No tienes permiso para enviar como esta dirección</translation>
    </message>
    <message>
        <source>The account you signed in with is not allowed to send with this message's From address.</source>
        <translation>La cuenta con la que iniciaste sesión no tiene permiso para enviar con la dirección del remitente (From) de este mensaje.</translation>
    </message>
    <message>
        <source>Send from the address that belongs to the account you signed in with, or ask your administrator to give this account "Send As" permission for that address.</source>
        <translation>Envía desde la dirección que pertenece a la cuenta con la que iniciaste sesión, o pide a tu administrador que conceda a esta cuenta el permiso "Send As" (Enviar como) para esa dirección.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable</source>
        <translation>El servidor no está disponible temporalmente</translation>
    </message>
    <message>
        <source>The connection to %1 was closed %2: the server cannot serve you right now (it may be busy, under maintenance, or limiting how often you connect). The message was not sent.</source>
        <translation>La conexión con %1 se cerró %2: el servidor no puede atenderte en este momento (puede estar ocupado, en mantenimiento o limitando la frecuencia con la que te conectas). El mensaje no se envió.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it keeps happening, leave more time between sends.</source>
        <translation>Vuelve a intentarlo más tarde; no hay que cambiar nada. Si sigue ocurriendo, deja más tiempo entre envíos.</translation>
    </message>
    <message>
        <source>The server refused your connection</source>
        <translation>El servidor rechazó tu conexión</translation>
    </message>
    <message>
        <source>%1 turned the connection away, usually because your network address is on a block list or the server does not take mail from your network.</source>
        <translation>%1 rechazó la conexión, normalmente porque tu dirección de red está en una lista de bloqueo o porque el servidor no acepta correo de tu red.</translation>
    </message>
    <message>
        <source>Make sure you use your provider's sending server on port 587 or 465 (not port 25), try another network (for example without a VPN), or ask the administrator to unblock your address.</source>
        <translation>Asegúrate de usar el servidor de envío de tu proveedor en el puerto 587 o 465 (no el puerto 25), prueba con otra red (por ejemplo, sin VPN) o pide al administrador que desbloquee tu dirección.</translation>
    </message>
    <message>
        <source>The server requires encryption</source>
        <translation>El servidor requiere cifrado</translation>
    </message>
    <message>
        <source>%1 refuses to go on until the connection is encrypted, and this account is set to connect without encryption.</source>
        <translation>%1 se niega a continuar hasta que la conexión esté cifrada, y esta cuenta está configurada para conectarse sin cifrado.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>Establece la seguridad en STARTTLS (puerto 587) o SSL/TLS (puerto 465).</translation>
    </message>
    <message>
        <source>Too many sign-in attempts</source>
        <translation>Demasiados intentos de inicio de sesión</translation>
    </message>
    <message>
        <source>%1 is refusing sign-ins for a while because there were too many recently, from this program or others using the same account.</source>
        <translation>%1 rechaza los inicios de sesión durante un tiempo porque ha habido demasiados recientemente, desde este programa u otros que usan la misma cuenta.</translation>
    </message>
    <message>
        <source>Wait a few minutes to an hour, then try again. If another device or program still uses an old password for this account, update or stop it first.</source>
        <translation>Espera entre unos minutos y una hora y vuelve a intentarlo. Si otro dispositivo o programa sigue usando una contraseña antigua para esta cuenta, actualízalo o detenlo primero.</translation>
    </message>
    <message>
        <source>Your password needs to be changed</source>
        <translation>Tienes que cambiar la contraseña</translation>
    </message>
    <message>
        <source>%1 wants you to change your password (for example after a move to a new sign-in system) before it accepts this sign-in.</source>
        <translation>%1 quiere que cambies la contraseña (por ejemplo, tras una migración a un nuevo sistema de inicio de sesión) antes de aceptar este inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in once on your provider's web page and follow its instructions, then enter the new password in Stamp.</source>
        <translation>Inicia sesión una vez en la página web de tu proveedor y sigue sus instrucciones; luego introduce la nueva contraseña en Stamp.</translation>
    </message>
    <message>
        <source>Sign-in failed temporarily</source>
        <translation>El inicio de sesión falló temporalmente</translation>
    </message>
    <message>
        <source>%1 could not check your credentials because of a temporary problem on its side.</source>
        <translation>%1 no pudo comprobar tus credenciales por un problema temporal por su parte.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; nothing needs to change.</source>
        <translation>Vuelve a intentarlo en unos minutos; no hay que cambiar nada.</translation>
    </message>
    <message>
        <source>This sign-in needs encryption</source>
        <translation>Este inicio de sesión requiere cifrado</translation>
    </message>
    <message>
        <source>%1 accepts this sign-in method only over an encrypted connection.</source>
        <translation>%1 solo acepta este método de inicio de sesión a través de una conexión cifrada.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS (port 465) or STARTTLS (port 587).</source>
        <translation>Establece la seguridad en SSL/TLS (puerto 465) o STARTTLS (puerto 587).</translation>
    </message>
    <message>
        <source>The server requires you to sign in</source>
        <translation>El servidor requiere que inicies sesión</translation>
    </message>
    <message>
        <source>%1 accepts mail only from people who have signed in, and this session did not sign in.</source>
        <translation>%1 solo acepta correo de personas que han iniciado sesión, y esta vez no se inició sesión.</translation>
    </message>
    <message>
        <source>Enter your user name and password (or choose OAuth) in the account settings. Check also that this is your provider's sending server (port 587 or 465), not its server for incoming mail.</source>
        <translation>Introduce tu nombre de usuario y tu contraseña (o elige OAuth) en la configuración de la cuenta. Comprueba también que este sea el servidor de envío de tu proveedor (puerto 587 o 465) y no su servidor de correo entrante.</translation>
    </message>
    <message>
        <source>The server wants a stronger sign-in method</source>
        <translation>El servidor quiere un método de inicio de sesión más seguro</translation>
    </message>
    <message>
        <source>%1 refused the sign-in method Stamp used as too weak for this account.</source>
        <translation>%1 rechazó el método de inicio de sesión que usó Stamp por ser demasiado débil para esta cuenta.</translation>
    </message>
    <message>
        <source>Choose a stronger sign-in method in the account settings (SCRAM-SHA-256 or OAuth), or, if your provider uses app passwords, create one and use it as the password.</source>
        <translation>Elige un método de inicio de sesión más seguro en la configuración de la cuenta (SCRAM-SHA-256 u OAuth) o, si tu proveedor usa contraseñas de aplicación, crea una y úsala como contraseña.</translation>
    </message>
    <message>
        <source>The server does not support this sign-in method</source>
        <translation>El servidor no admite este método de inicio de sesión</translation>
    </message>
    <message>
        <source>%1 does not accept the sign-in method this account is set to use.</source>
        <translation>%1 no acepta el método de inicio de sesión que esta cuenta tiene configurado.</translation>
    </message>
    <message>
        <source>Set the sign-in method to Automatic so Stamp picks one the server offers, or choose one listed in the session log.</source>
        <translation>Establece el método de inicio de sesión en Automático para que Stamp elija uno que ofrezca el servidor, o elige uno de los que aparecen en el registro de sesión.</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <translation>Nombre de usuario o contraseña no aceptados</translation>
    </message>
    <message>
        <source>%1 rejected the sign-in: the user name or password is wrong, or the account does not let mail programs sign in with its normal password.</source>
        <translation>%1 rechazó el inicio de sesión: el nombre de usuario o la contraseña son incorrectos, o la cuenta no permite que los programas de correo inicien sesión con su contraseña normal.</translation>
    </message>
    <message>
        <source>Check the user name (often your full address) and the password. Many providers (Yahoo, iCloud, AOL, Fastmail, Zoho, Yandex, QQ, 163.com) need an app password or authorization code created in the account's security settings instead.</source>
        <translation>Comprueba el nombre de usuario (a menudo tu dirección completa) y la contraseña. Muchos proveedores (Yahoo, iCloud, AOL, Fastmail, Zoho, Yandex, QQ, 163.com) requieren en su lugar una contraseña de aplicación o un código de autorización creado en la configuración de seguridad de la cuenta.</translation>
    </message>
    <message>
        <source>The server will not pass mail on to this recipient</source>
        <translation>El servidor no reenviará correo a este destinatario</translation>
    </message>
    <message>
        <source>%1 delivers to outside addresses only for people who have signed in, so it refused this recipient (relay denied).</source>
        <translation>%1 solo entrega a direcciones externas para personas que han iniciado sesión, así que rechazó a este destinatario (retransmisión denegada).</translation>
    </message>
    <message>
        <source>Enter your user name and password in the account settings, and make sure you use your own provider's sending server on port 587 or 465, not the recipient's server.</source>
        <translation>Introduce tu nombre de usuario y tu contraseña en la configuración de la cuenta, y asegúrate de usar el servidor de envío de tu propio proveedor en el puerto 587 o 465, no el servidor del destinatario.</translation>
    </message>
    <message>
        <source>The recipient's address does not exist</source>
        <translation>La dirección del destinatario no existe</translation>
    </message>
    <message>
        <source>The server says there is no mailbox with this recipient address.</source>
        <translation>El servidor indica que no hay ningún buzón con esta dirección de destinatario.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or ask the recipient for their current address.</source>
        <translation>Comprueba si la dirección tiene errores de escritura o pide al destinatario su dirección actual.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>El buzón del destinatario está lleno</translation>
    </message>
    <message>
        <source>The recipient's mailbox has no room for new messages.</source>
        <translation>El buzón del destinatario no tiene espacio para mensajes nuevos.</translation>
    </message>
    <message>
        <source>Try again later, or tell the recipient another way so that they can free up space.</source>
        <translation>Vuelve a intentarlo más tarde, o avisa al destinatario por otra vía para que libere espacio.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Demasiados destinatarios</translation>
    </message>
    <message>
        <source>%1 accepts only a limited number of recipients per message, and this message has more.</source>
        <translation>%1 solo acepta un número limitado de destinatarios por mensaje, y este mensaje tiene más.</translation>
    </message>
    <message>
        <source>Split the recipients into smaller groups and send one message per group (Google Workspace, for example, takes 100 per message).</source>
        <translation>Divide los destinatarios en grupos más pequeños y envía un mensaje por grupo (Google Workspace, por ejemplo, admite 100 por mensaje).</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>El mensaje es demasiado grande</translation>
    </message>
    <message>
        <source>%1 refused the message because it is larger than the server accepts. Attachments grow by about a third when encoded for mail, so files that look small enough can still be too large.</source>
        <translation>%1 rechazó el mensaje porque supera el tamaño que acepta el servidor. Los archivos adjuntos crecen aproximadamente un tercio al codificarse para el correo, así que archivos que parecen lo bastante pequeños pueden seguir siendo demasiado grandes.</translation>
    </message>
    <message>
        <source>Remove or compress attachments, or share large files as links, then send again.</source>
        <translation>Elimina o comprime los archivos adjuntos, o comparte los archivos grandes como enlaces, y vuelve a enviar.</translation>
    </message>
    <message>
        <source>The server is short of space</source>
        <translation>El servidor se ha quedado sin espacio</translation>
    </message>
    <message>
        <source>%1 does not have the storage to accept this message right now.</source>
        <translation>%1 no tiene espacio de almacenamiento para aceptar este mensaje en este momento.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it lasts, tell the server's administrator.</source>
        <translation>Vuelve a intentarlo más tarde; no hay que cambiar nada. Si persiste, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The mailbox is temporarily unavailable</source>
        <translation>El buzón no está disponible temporalmente</translation>
    </message>
    <message>
        <source>%1 cannot use this mailbox right now: it may be busy, or the server delays first attempts on purpose (greylisting).</source>
        <translation>%1 no puede usar este buzón en este momento: puede que esté ocupado o que el servidor retrase a propósito los primeros intentos (listas grises o greylisting).</translation>
    </message>
    <message>
        <source>The server had a temporary problem</source>
        <translation>El servidor tuvo un problema temporal</translation>
    </message>
    <message>
        <source>%1 reported a temporary problem on its side %2; the message was not accepted.</source>
        <translation>%1 informó de un problema temporal por su parte %2; el mensaje no se aceptó.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it goes on for hours, send the session log to the server's administrator.</source>
        <translation>Vuelve a intentarlo más tarde; no hay que cambiar nada. Si dura horas, envía el registro de sesión al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server finds the sender address malformed</source>
        <translation>El servidor considera mal formada la dirección del remitente</translation>
    </message>
    <message>
        <source>%1 did not accept the form of the sender (From) address.</source>
        <translation>%1 no aceptó el formato de la dirección del remitente (From).</translation>
    </message>
    <message>
        <source>Check the account's email address for typing mistakes, stray spaces or unusual characters.</source>
        <translation>Comprueba si la dirección de correo electrónico de la cuenta tiene errores de escritura, espacios sobrantes o caracteres inusuales.</translation>
    </message>
    <message>
        <source>The server finds a recipient address malformed</source>
        <translation>El servidor considera mal formada una dirección de destinatario</translation>
    </message>
    <message>
        <source>%1 did not accept the form of a recipient's address.</source>
        <translation>%1 no aceptó el formato de la dirección de un destinatario.</translation>
    </message>
    <message>
        <source>Check the recipient addresses for typing mistakes, stray spaces or unusual characters.</source>
        <translation>Comprueba si las direcciones de los destinatarios tienen errores de escritura, espacios sobrantes o caracteres inusuales.</translation>
    </message>
    <message>
        <source>You may not send from this address</source>
        <translation>No puedes enviar desde esta dirección</translation>
    </message>
    <message>
        <source>The server does not handle this recipient</source>
        <translation>El servidor no gestiona el correo de este destinatario</translation>
    </message>
    <message>
        <source>%1 does not deliver mail for this recipient; its reply may name another address.</source>
        <translation>%1 no entrega correo para este destinatario; puede que su respuesta indique otra dirección.</translation>
    </message>
    <message>
        <source>Check the recipient's address; if the server's reply in the session log names a new one, use that.</source>
        <translation>Comprueba la dirección del destinatario; si la respuesta del servidor en el registro de sesión indica una nueva, usa esa.</translation>
    </message>
    <message>
        <source>The server did not understand a command</source>
        <translation>El servidor no entendió un comando</translation>
    </message>
    <message>
        <source>%1 did not recognise a command Stamp sent %2. It may not be a mail sending server, or something on the network changed the command.</source>
        <translation>%1 no reconoció un comando que Stamp envió %2. Puede que no sea un servidor de envío de correo, o que algo en la red haya modificado el comando.</translation>
    </message>
    <message>
        <source>Check the host and port (587 or 465 for sending). If they are right, send the session log to the server's administrator or to Stamp's developers.</source>
        <translation>Comprueba el host y el puerto (587 o 465 para enviar). Si son correctos, envía el registro de sesión al administrador del servidor o a los desarrolladores de Stamp.</translation>
    </message>
    <message>
        <source>The server rejected a command's details</source>
        <translation>El servidor rechazó los detalles de un comando</translation>
    </message>
    <message>
        <source>%1 said that a command Stamp sent %2 had invalid arguments.</source>
        <translation>%1 indicó que un comando que Stamp envió %2 tenía argumentos no válidos.</translation>
    </message>
    <message>
        <source>Check the account settings (user name, sign-in method). If they look right, send the session log to Stamp's developers.</source>
        <translation>Comprueba la configuración de la cuenta (nombre de usuario, método de inicio de sesión). Si parece correcta, envía el registro de sesión a los desarrolladores de Stamp.</translation>
    </message>
    <message>
        <source>The server lacks a needed command</source>
        <translation>Al servidor le falta un comando necesario</translation>
    </message>
    <message>
        <source>%1 does not implement a command Stamp needed %2.</source>
        <translation>%1 no implementa un comando que Stamp necesitaba %2.</translation>
    </message>
    <message>
        <source>Check that the host and port belong to a mail sending server (port 587 or 465). If they do, send the session log to the server's administrator.</source>
        <translation>Comprueba que el host y el puerto pertenezcan a un servidor de envío de correo (puerto 587 o 465). Si es así, envía el registro de sesión al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server expected commands in another order</source>
        <translation>El servidor esperaba los comandos en otro orden</translation>
    </message>
    <message>
        <source>%1 did not expect the command Stamp sent %2.</source>
        <translation>%1 no esperaba el comando que Stamp envió %2.</translation>
    </message>
    <message>
        <source>Try again. If it happens every time, send the session log to Stamp's developers.</source>
        <translation>Vuelve a intentarlo. Si ocurre siempre, envía el registro de sesión a los desarrolladores de Stamp.</translation>
    </message>
    <message>
        <source>The server does not support an option Stamp used</source>
        <translation>El servidor no admite una opción que usó Stamp</translation>
    </message>
    <message>
        <source>%1 rejected an option Stamp sent %2, such as the message size or a delivery notification request.</source>
        <translation>%1 rechazó una opción que Stamp envió %2, como el tamaño del mensaje o una solicitud de notificación de entrega.</translation>
    </message>
    <message>
        <source>Turn off delivery notifications for this message and try again; if that does not help, send the session log to Stamp's developers.</source>
        <translation>Desactiva las notificaciones de entrega para este mensaje y vuelve a intentarlo; si no sirve, envía el registro de sesión a los desarrolladores de Stamp.</translation>
    </message>
    <message>
        <source>The message was refused by a content rule</source>
        <translation>Una regla de contenido rechazó el mensaje</translation>
    </message>
    <message>
        <source>%1 refused the message because of a rule, for example a spam or virus check, or a restriction on content or attachments.</source>
        <translation>%1 rechazó el mensaje por una regla, por ejemplo un filtro de spam o de virus, o una restricción sobre el contenido o los archivos adjuntos.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the rule. Remove suspicious links or attachments (such as programs or archives of them) and try again, or ask the server's administrator.</source>
        <translation>Lee la respuesta del servidor en el registro de sesión para conocer la regla. Elimina enlaces o archivos adjuntos sospechosos (como programas o archivos comprimidos que los contengan) y vuelve a intentarlo, o pregunta al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation>El servidor rechazó la dirección del remitente</translation>
    </message>
    <message>
        <source>%1 will not accept mail from this sender (From) address.</source>
        <translation>%1 no acepta correo de esta dirección de remitente (From).</translation>
    </message>
    <message>
        <source>Check that the From address is spelled right and belongs to this account; the server's reply in the session log gives the reason.</source>
        <translation>Comprueba que la dirección del remitente (From) esté bien escrita y pertenezca a esta cuenta; la respuesta del servidor en el registro de sesión indica el motivo.</translation>
    </message>
    <message>
        <source>The server refused a recipient</source>
        <translation>El servidor rechazó a un destinatario</translation>
    </message>
    <message>
        <source>%1 will not take mail for this recipient.</source>
        <translation>%1 no acepta correo para este destinatario.</translation>
    </message>
    <message>
        <source>Check the address. The server's reply in the session log gives the reason; if the address is right, reach the recipient another way.</source>
        <translation>Comprueba la dirección. La respuesta del servidor en el registro de sesión indica el motivo; si la dirección es correcta, contacta con el destinatario por otra vía.</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>El servidor rechazó el mensaje</translation>
    </message>
    <message>
        <source>%1 reported that the transaction failed and did not accept the message.</source>
        <translation>%1 informó de que la transacción falló y no aceptó el mensaje.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the reason; sending it again unchanged will fail the same way. Ask the server's administrator if the reason is unclear.</source>
        <translation>Lee la respuesta del servidor en el registro de sesión para conocer el motivo; volver a enviarlo sin cambios fallará de la misma manera. Pregunta al administrador del servidor si el motivo no está claro.</translation>
    </message>
    <message>
        <source>The server reported a temporary problem</source>
        <translation>El servidor informó de un problema temporal</translation>
    </message>
    <message>
        <source>Stamp got a temporary error from %1 %2: the server cannot go on right now.</source>
        <translation>%1 devolvió un error temporal %2: el servidor no puede continuar en este momento.</translation>
    </message>
    <message>
        <source>Try again later; nothing needs to change. If it lasts, the server's reply in the session log says more.</source>
        <translation>Vuelve a intentarlo más tarde; no hay que cambiar nada. Si persiste, la respuesta del servidor en el registro de sesión da más detalles.</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>El servidor rechazó la solicitud</translation>
    </message>
    <message>
        <source>Stamp got a permanent error from %1 %2, so trying again unchanged will fail the same way.</source>
        <translation>%1 devolvió un error permanente %2, así que volver a intentarlo sin cambios fallará de la misma manera.</translation>
    </message>
    <message>
        <source>Read the server's reply in the session log for the reason and correct the account or the message, or ask the server's administrator.</source>
        <translation>Lee la respuesta del servidor en el registro de sesión para conocer el motivo y corrige la cuenta o el mensaje, o pregunta al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer</source>
        <translation>El servidor dio una respuesta inesperada</translation>
    </message>
    <message>
        <source>Stamp got a reply from %1 %2 that does not fit at that point, so it stopped to be safe.</source>
        <translation>%1 dio %2 una respuesta que no corresponde a ese punto, así que Stamp se detuvo por seguridad.</translation>
    </message>
    <message>
        <source>Check that the host and port belong to a mail sending server. If they do, send the session log to Stamp's developers.</source>
        <translation>Comprueba que el host y el puerto pertenezcan a un servidor de envío de correo. Si es así, envía el registro de sesión a los desarrolladores de Stamp.</translation>
    </message>
    <message>
        <source>Cancelled: the message may have been sent</source>
        <translation>Cancelado: puede que el mensaje se haya enviado</translation>
    </message>
    <message>
        <source>Sending was cancelled after the whole message had gone to %1 but before the server confirmed it, so the server may or may not have accepted it.</source>
        <translation>El envío se canceló después de que %1 recibiera el mensaje completo, pero antes de que el servidor lo confirmara, así que puede que lo haya aceptado o no.</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>Se canceló el envío</translation>
    </message>
    <message>
        <source>You cancelled %2, before the message was handed over, so it was not sent.</source>
        <translation>Cancelaste el envío %2, antes de que se entregara el mensaje, así que no se envió.</translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation>Vuelve a enviarlo cuando estés listo.</translation>
    </message>
    <message>
        <source>The server did not offer encryption</source>
        <translation>El servidor no ofreció cifrado</translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS, so Stamp stopped before sending your password or message. Either the server does not support encryption on this port, or someone on the network removed the offer to make Stamp talk in plain text (a downgrade attack).</source>
        <translation>%1 no ofreció STARTTLS, así que Stamp se detuvo antes de enviar tu contraseña o el mensaje. O el servidor no admite cifrado en este puerto, o alguien en la red eliminó la oferta para que Stamp se comunicara en texto sin cifrar (un ataque de degradación).</translation>
    </message>
    <message>
        <source>Do not turn encryption off to get past this. Try SSL/TLS on port 465 instead, or ask the server's administrator whether STARTTLS is enabled. If this account normally works, try again from another network.</source>
        <translation>No desactives el cifrado para evitar esto. Prueba en su lugar SSL/TLS en el puerto 465, o pregunta al administrador del servidor si STARTTLS está habilitado. Si esta cuenta suele funcionar, vuelve a intentarlo desde otra red.</translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation>El servidor se negó a iniciar el cifrado</translation>
    </message>
    <message>
        <source>%1 answered the request to start encryption (STARTTLS) with something other than agreement, so Stamp stopped without sending anything else.</source>
        <translation>%1 respondió a la solicitud de iniciar el cifrado (STARTTLS) con algo distinto de una aceptación, así que Stamp se detuvo sin enviar nada más.</translation>
    </message>
    <message>
        <source>If the server called the problem temporary, try again later. Otherwise ask the server's administrator to fix STARTTLS, or use SSL/TLS on port 465 if the server offers it.</source>
        <translation>Si el servidor indicó que el problema es temporal, vuelve a intentarlo más tarde. Si no, pide al administrador del servidor que arregle STARTTLS, o usa SSL/TLS en el puerto 465 si el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>Someone may be tampering with the connection</source>
        <translation>Puede que alguien esté manipulando la conexión</translation>
    </message>
    <message>
        <source>Right after %1 agreed to start encryption, more unencrypted data arrived, so Stamp stopped before sending anything. A correct server never does that: it is a sign of a man-in-the-middle on the network.</source>
        <translation>Justo después de que %1 aceptara iniciar el cifrado, llegaron más datos sin cifrar, así que Stamp se detuvo antes de enviar nada. Un servidor correcto nunca hace eso: es señal de un intermediario (man-in-the-middle) en la red.</translation>
    </message>
    <message>
        <source>Do not send from this network. Try again from a network you trust, prefer SSL/TLS on port 465, and tell the server's administrator.</source>
        <translation>No envíes desde esta red. Vuelve a intentarlo desde una red de confianza, da preferencia a SSL/TLS en el puerto 465 y avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server's certificate has changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not the one you chose to trust (its SHA-256 fingerprint differs). The server may have renewed its certificate, or someone may be intercepting the connection.</source>
        <translation>El certificado que presentó %1 no es el que elegiste como de confianza (su huella digital SHA-256 es distinta). Puede que el servidor haya renovado su certificado o que alguien esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>Do not send until you know why. Compare the new SHA-256 fingerprint with the one your provider or administrator publishes; only if they match, pin the new fingerprint (--pin-sha256) in place of the old one.</source>
        <translation>No envíes hasta saber por qué. Compara la nueva huella digital SHA-256 con la que publica tu proveedor o administrador; solo si coinciden, fija la nueva huella digital (--pin-sha256) en lugar de la antigua.</translation>
    </message>
    <message>
        <source>Do not send until you know why. Compare the new SHA-256 fingerprint with the one your provider or administrator publishes; only if they match, use Review certificate... and Trust this certificate for this account, in place of the old one.</source>
        <translation>No envíes hasta saber por qué. Compara la nueva huella digital SHA-256 con la que publica tu proveedor o administrador; solo si coinciden, usa Revisar certificado... y Confiar en este certificado para esta cuenta, en lugar del antiguo.</translation>
    </message>
    <message>
        <source>The server's certificate was revoked</source>
        <translation>El certificado del servidor se ha revocado</translation>
    </message>
    <message>
        <source>The certificate presented by %1 has been withdrawn or blocked, so it no longer proves that the server is who it claims to be.</source>
        <translation>El certificado que presentó %1 se ha retirado o bloqueado, así que ya no demuestra que el servidor sea quien dice ser.</translation>
    </message>
    <message>
        <source>Tell the server's administrator: the server needs a new certificate. Do not send until it has one.</source>
        <translation>Avisa al administrador del servidor: el servidor necesita un certificado nuevo. No envíes hasta que lo tenga.</translation>
    </message>
    <message>
        <source>The certificate is for a different server name</source>
        <translation>El certificado es para otro nombre de servidor</translation>
    </message>
    <message>
        <source>The certificate presented by %1 does not include that name, so Stamp cannot tell that it reached the server you asked for. Often the account uses an alias or an IP address instead of the server's own name.</source>
        <translation>El certificado que presentó %1 no incluye ese nombre, así que Stamp no puede saber si ha llegado al servidor que pediste. A menudo la cuenta usa un alias o una dirección IP en lugar del nombre propio del servidor.</translation>
    </message>
    <message>
        <source>Use the exact host name your provider documents for sending (for example smtp.gmail.com rather than mail.yourdomain.com), or ask the administrator to add this name to the certificate. If you have checked the certificate yourself, you can trust exactly this certificate by its SHA-256 fingerprint (--pin-sha256).</source>
        <translation>Usa el nombre de host exacto que tu proveedor indica para enviar (por ejemplo smtp.gmail.com en lugar de mail.yourdomain.com), o pide al administrador que añada este nombre al certificado. Si has comprobado el certificado tú mismo, puedes confiar exactamente en este certificado por su huella digital SHA-256 (--pin-sha256).</translation>
    </message>
    <message>
        <source>Use the exact host name your provider documents for sending (for example smtp.gmail.com rather than mail.yourdomain.com), or ask the administrator to add this name to the certificate. If you have checked the certificate yourself, use Review certificate... to compare its SHA-256 fingerprint, then Trust this certificate for this account.</source>
        <translation>Usa el nombre de host exacto que tu proveedor indica para enviar (por ejemplo smtp.gmail.com en lugar de mail.yourdomain.com), o pide al administrador que añada este nombre al certificado. Si has comprobado el certificado tú mismo, usa Revisar certificado... para comparar su huella digital SHA-256 y luego Confiar en este certificado para esta cuenta.</translation>
    </message>
    <message>
        <source>The server's certificate has expired</source>
        <translation>El certificado del servidor ha caducado</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is past its expiry date, so it no longer proves the server's identity. A wrong date on this computer causes the same error.</source>
        <translation>El certificado que presentó %1 ha superado su fecha de caducidad, así que ya no demuestra la identidad del servidor. Una fecha incorrecta en este equipo provoca el mismo error.</translation>
    </message>
    <message>
        <source>Check that this computer's date and time are correct. If they are, ask the server's administrator to renew the certificate.</source>
        <translation>Comprueba que la fecha y la hora de este equipo sean correctas. Si lo son, pide al administrador del servidor que renueve el certificado.</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet</source>
        <translation>El certificado del servidor aún no es válido</translation>
    </message>
    <message>
        <source>The certificate presented by %1 only becomes valid at a later date. Usually this computer's clock is wrong; sometimes the server installed a certificate too early.</source>
        <translation>El certificado que presentó %1 solo será válido a partir de una fecha posterior. Normalmente el reloj de este equipo está mal; a veces el servidor instaló un certificado demasiado pronto.</translation>
    </message>
    <message>
        <source>Check this computer's date, time and time zone, then try again. If they are right, tell the server's administrator.</source>
        <translation>Comprueba la fecha, la hora y la zona horaria de este equipo y vuelve a intentarlo. Si son correctas, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server's certificate is self-signed</source>
        <translation>El certificado del servidor está autofirmado</translation>
    </message>
    <message>
        <source>%1 presented a certificate it signed itself, so no authority this computer trusts vouches for it. Local bridges (such as Proton Mail Bridge) and private servers do this, but an attacker intercepting the connection would look the same.</source>
        <translation>%1 presentó un certificado firmado por sí mismo, así que ninguna autoridad en la que confíe este equipo lo avala. Los puentes locales (como Proton Mail Bridge) y los servidores privados hacen esto, pero un atacante que interceptara la conexión se vería igual.</translation>
    </message>
    <message>
        <source>Compare the certificate's SHA-256 fingerprint with the one shown by the bridge or given by your administrator; if it matches, trust exactly this certificate by its fingerprint (--pin-sha256). If the server has its own CA, add it with --ca-file instead.</source>
        <translation>Compara la huella digital SHA-256 del certificado con la que muestra el puente o te da tu administrador; si coincide, confía exactamente en este certificado por su huella digital (--pin-sha256). Si el servidor tiene su propia CA, añádela en su lugar con --ca-file.</translation>
    </message>
    <message>
        <source>Use Review certificate... to compare its SHA-256 fingerprint with the one shown by the bridge or given by your administrator; if it matches, choose Trust this certificate for this account. If the server has its own CA, choose that CA certificate as the Trust CA file on the Server tab of the account's settings instead.</source>
        <translation>Usa Revisar certificado... para comparar su huella digital SHA-256 con la que muestra el puente o te da tu administrador; si coincide, elige Confiar en este certificado para esta cuenta. Si el servidor tiene su propia CA, elige en su lugar ese certificado de CA como Archivo de CA de confianza en la pestaña Servidor de la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an authority this computer does not trust, or the server did not send the intermediate certificates needed to check it. Company and private servers often use their own authority.</source>
        <translation>%1 usa un certificado emitido por una autoridad en la que este equipo no confía, o el servidor no envió los certificados intermedios necesarios para comprobarlo. Los servidores de empresas y los privados suelen usar su propia autoridad.</translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, add that CA certificate with --ca-file. If the chain is incomplete, ask the administrator to send the full chain. Or, after checking its SHA-256 fingerprint with the administrator, trust exactly this certificate (--pin-sha256).</source>
        <translation>Si el servidor usa una autoridad de certificación privada, añade ese certificado de CA con --ca-file. Si la cadena está incompleta, pide al administrador que envíe la cadena completa. O bien, tras comprobar su huella digital SHA-256 con el administrador, confía exactamente en este certificado (--pin-sha256).</translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, choose that CA certificate as the Trust CA file on the Server tab of the account's settings. If the chain is incomplete, ask the administrator to send the full chain. Or use Review certificate..., check its SHA-256 fingerprint with the administrator, and Trust this certificate for this account.</source>
        <translation>Si el servidor usa una autoridad de certificación privada, elige ese certificado de CA como Archivo de CA de confianza en la pestaña Servidor de la configuración de la cuenta. Si la cadena está incompleta, pide al administrador que envíe la cadena completa. O bien usa Revisar certificado..., comprueba su huella digital SHA-256 con el administrador y elige Confiar en este certificado para esta cuenta.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified</source>
        <translation>No se pudo verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>The certificate presented by %1 failed verification, so Stamp cannot confirm it reached the right server. Nothing was sent.</source>
        <translation>El certificado que presentó %1 no superó la verificación, así que Stamp no puede confirmar que haya llegado al servidor correcto. No se envió nada.</translation>
    </message>
    <message>
        <source>Check the host name in the account, then ask the server's administrator to fix the certificate. If you have verified it yourself, you can trust exactly this certificate by its SHA-256 fingerprint (--pin-sha256).</source>
        <translation>Comprueba el nombre de host en la cuenta y luego pide al administrador del servidor que arregle el certificado. Si lo has verificado tú mismo, puedes confiar exactamente en este certificado por su huella digital SHA-256 (--pin-sha256).</translation>
    </message>
    <message>
        <source>Check the host name in the account, then ask the server's administrator to fix the certificate. If you have verified it yourself, use Review certificate... to check its SHA-256 fingerprint and Trust this certificate for this account.</source>
        <translation>Comprueba el nombre de host en la cuenta y luego pide al administrador del servidor que arregle el certificado. Si lo has verificado tú mismo, usa Revisar certificado... para comprobar su huella digital SHA-256 y elige Confiar en este certificado para esta cuenta.</translation>
    </message>
    <message>
        <source>The server answered without encryption</source>
        <translation>El servidor respondió sin cifrado</translation>
    </message>
    <message>
        <source>Stamp started an encrypted (SSL/TLS) connection, but %1 answered in plain text: this port expects STARTTLS. Port 587 normally uses STARTTLS, port 465 SSL/TLS.</source>
        <translation>Stamp inició una conexión cifrada (SSL/TLS), pero %1 respondió en texto sin cifrar: este puerto espera STARTTLS. El puerto 587 suele usar STARTTLS; el 465, SSL/TLS.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS for port 587, or change the port to 465 to keep SSL/TLS.</source>
        <translation>Establece la seguridad en STARTTLS para el puerto 587, o cambia el puerto a 465 para mantener SSL/TLS.</translation>
    </message>
    <message>
        <source>The server uses an outdated encryption version</source>
        <translation>El servidor usa una versión de cifrado obsoleta</translation>
    </message>
    <message>
        <source>%1 offers only TLS 1.0 or 1.1, which are no longer safe (RFC 8996); Stamp requires TLS 1.2 or newer.</source>
        <translation>%1 solo ofrece TLS 1.0 o 1.1, que ya no son seguros (RFC 8996); Stamp requiere TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>Ask the server's administrator to enable TLS 1.2 or 1.3, or use a provider that supports them.</source>
        <translation>Pide al administrador del servidor que habilite TLS 1.2 o 1.3, o usa un proveedor que los admita.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <translation>No se pudo establecer la conexión cifrada</translation>
    </message>
    <message>
        <source>Stamp and %1 could not agree on a secure connection, so nothing was sent.</source>
        <translation>Stamp y %1 no pudieron acordar una conexión segura, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Check that the security setting matches the port (SSL/TLS for 465, STARTTLS for 587). If it does, send the session log to the server's administrator.</source>
        <translation>Comprueba que la configuración de seguridad coincida con el puerto (SSL/TLS para 465, STARTTLS para 587). Si es así, envía el registro de sesión al administrador del servidor.</translation>
    </message>
    <message>
        <source>Your password would travel unencrypted</source>
        <translation>Tu contraseña viajaría sin cifrar</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted, so your user name and password would cross the network readable by anyone on the way. Stamp did not send them.</source>
        <translation>La conexión con %1 no está cifrada, así que tu nombre de usuario y tu contraseña cruzarían la red legibles para cualquiera que esté en el camino. Stamp no los envió.</translation>
    </message>
    <message>
        <source>Set the security to SSL/TLS (port 465) or STARTTLS (port 587). Signing in without encryption is only allowed to a server on this computer.</source>
        <translation>Establece la seguridad en SSL/TLS (puerto 465) o STARTTLS (puerto 587). Iniciar sesión sin cifrado solo se permite con un servidor de este equipo.</translation>
    </message>
    <message>
        <source>No usable sign-in method</source>
        <translation>No hay ningún método de inicio de sesión utilizable</translation>
    </message>
    <message>
        <source>%1 did not offer a sign-in method Stamp can use with this account's credentials. Some providers, such as Outlook.com and Microsoft 365, accept only OAuth.</source>
        <translation>%1 no ofreció ningún método de inicio de sesión que Stamp pueda usar con las credenciales de esta cuenta. Algunos proveedores, como Outlook.com y Microsoft 365, solo aceptan OAuth.</translation>
    </message>
    <message>
        <source>If your provider requires OAuth, switch the account to OAuth sign-in; otherwise choose a method the server lists in the session log, or Automatic. If this server needs no sign-in (a relay on your own network), remove the user name.</source>
        <translation>Si tu proveedor requiere OAuth, cambia la cuenta al inicio de sesión OAuth; si no, elige un método de los que el servidor indica en el registro de sesión, o Automático. Si este servidor no necesita inicio de sesión (un servidor de retransmisión en tu propia red), quita el nombre de usuario.</translation>
    </message>
    <message>
        <source>The server could not prove its identity</source>
        <translation>El servidor no pudo demostrar su identidad</translation>
    </message>
    <message>
        <source>During the SCRAM sign-in %1 failed to prove that it knows your password. It may be an impostor, or its stored copy of your credentials may be out of date.</source>
        <translation>Durante el inicio de sesión SCRAM, %1 no demostró que conoce tu contraseña. Puede que sea un impostor o que su copia guardada de tus credenciales esté desactualizada.</translation>
    </message>
    <message>
        <source>Do not send through this connection. Check the host name and the certificate, then ask the administrator whether your password or account was recently changed or migrated.</source>
        <translation>No envíes a través de esta conexión. Comprueba el nombre de host y el certificado, y luego pregunta al administrador si tu contraseña o tu cuenta se cambiaron o migraron recientemente.</translation>
    </message>
    <message>
        <source>The server cannot handle this address</source>
        <translation>El servidor no puede gestionar esta dirección</translation>
    </message>
    <message>
        <source>An address in this message has non-ASCII characters (such as accents or non-Latin letters) before the @, and %1 does not support such addresses (SMTPUTF8).</source>
        <translation>Una dirección de este mensaje tiene caracteres no ASCII (como acentos o letras no latinas) antes de la @, y %1 no admite esas direcciones (SMTPUTF8).</translation>
    </message>
    <message>
        <source>Use an ASCII-only address for that person if they have one, or send through a server that supports SMTPUTF8.</source>
        <translation>Usa una dirección solo ASCII para esa persona si tiene una, o envía a través de un servidor que admita SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message is too large for this server</source>
        <translation>El mensaje es demasiado grande para este servidor</translation>
    </message>
    <message>
        <source>The message is larger than the size %1 says it accepts, so Stamp did not upload it. Attachments grow by about a third when they are encoded for mail.</source>
        <translation>El mensaje supera el tamaño que %1 dice aceptar, así que Stamp no lo subió. Los archivos adjuntos crecen aproximadamente un tercio al codificarse para el correo.</translation>
    </message>
    <message>
        <source>Remove or shrink attachments, or share large files as links, then send again.</source>
        <translation>Elimina o reduce los archivos adjuntos, o comparte los archivos grandes como enlaces, y vuelve a enviar.</translation>
    </message>
    <message>
        <source>Mail from %1 may be junked or refused</source>
        <translation>El correo de %1 puede acabar en spam o ser rechazado</translation>
    </message>
    <message>
        <source>Receiving servers check what %1 publishes in DNS (SPF, DKIM, DMARC), and it does not publish all they look for. Gmail, Yahoo, Microsoft and others may put its mail in the junk folder or refuse it, even though your server sends it.</source>
        <translation>Los servidores receptores comprueban lo que %1 publica en DNS (SPF, DKIM, DMARC), y no publica todo lo que buscan. Gmail, Yahoo, Microsoft y otros pueden enviar su correo a la carpeta de correo no deseado o rechazarlo, aunque tu servidor lo envíe.</translation>
    </message>
    <message>
        <source>Publish the records listed under this step where the DNS of %1 is managed (the domain registrar or DNS host), or ask whoever manages it.</source>
        <translation>Publica los registros que aparecen en este paso donde se gestiona el DNS de %1 (el registrador del dominio o el proveedor de DNS), o pídeselo a quien lo gestione.</translation>
    </message>
    <message>
        <source>Fix what is listed under this step where the DNS of %1 is managed (the domain registrar or DNS host), or ask whoever manages it.</source>
        <translation>Corrige lo que aparece en este paso donde se gestiona el DNS de %1 (el registrador del dominio o el proveedor de DNS), o pídeselo a quien lo gestione.</translation>
    </message>
    <message>
        <source>The Deliverability tab of the account's settings shows every check and explains it.</source>
        <translation>La pestaña Entregabilidad de la configuración de la cuenta muestra cada comprobación con su explicación.</translation>
    </message>
    <message>
        <source>Run 'stamp domain check %1' to see every check and explain it.</source>
        <translation>Ejecuta 'stamp domain check %1' para ver cada comprobación con su explicación.</translation>
    </message>
    <message>
        <source>Proxy not found</source>
        <translation>Proxy no encontrado</translation>
    </message>
    <message>
        <source>The name of the proxy this account connects through could not be found, so Stamp never got as far as %1.</source>
        <translation>No se pudo encontrar el nombre del proxy a través del que se conecta esta cuenta, así que Stamp ni siquiera llegó hasta %1.</translation>
    </message>
    <message>
        <source>Check the proxy's host name in the account (or --proxy) and your internet connection.</source>
        <translation>Comprueba el nombre de host del proxy en la cuenta (o --proxy) y tu conexión a Internet.</translation>
    </message>
    <message>
        <source>Check the proxy's host name in the account settings (Server, Proxy) and your internet connection.</source>
        <translation>Comprueba el nombre de host del proxy en la configuración de la cuenta (Servidor, Proxy) y tu conexión a Internet.</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>El proxy rechazó la conexión</translation>
    </message>
    <message>
        <source>Nothing answers at the proxy's address and port: the proxy is not running, or the port is wrong. %1 was not contacted.</source>
        <translation>Nada responde en la dirección y el puerto del proxy: el proxy no está en ejecución o el puerto es incorrecto. No se contactó con %1.</translation>
    </message>
    <message>
        <source>Start the proxy (or the SSH tunnel or VPN client that provides it), or correct its port in the account (or --proxy). The message waits and goes once the proxy answers.</source>
        <translation>Inicia el proxy (o el túnel SSH o el cliente VPN que lo proporciona) o corrige su puerto en la cuenta (o --proxy). El mensaje espera y se envía en cuanto el proxy responda.</translation>
    </message>
    <message>
        <source>Start the proxy (or the SSH tunnel or VPN client that provides it), or correct its port in the account settings (Server, Proxy). The message waits and goes once the proxy answers.</source>
        <translation>Inicia el proxy (o el túnel SSH o el cliente VPN que lo proporciona) o corrige su puerto en la configuración de la cuenta (Servidor, Proxy). El mensaje espera y se envía en cuanto el proxy responda.</translation>
    </message>
    <message>
        <source>The proxy refused the login</source>
        <translation>El proxy rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password and did not accept the ones given (or none were saved). This is the proxy's login, not the mail account's.</source>
        <translation>El proxy pide un nombre de usuario y una contraseña y no aceptó los indicados (o no había ninguno guardado). Es el inicio de sesión del proxy, no el de la cuenta de correo.</translation>
    </message>
    <message>
        <source>Check the proxy user in the account (or --proxy) and its password: saved in the keychain, or given in STAMP_PROXY_PASSWORD for one run.</source>
        <translation>Comprueba el usuario del proxy en la cuenta (o --proxy) y su contraseña: guardada en el llavero o indicada en STAMP_PROXY_PASSWORD para una sola ejecución.</translation>
    </message>
    <message>
        <source>Check the proxy's user name and password in the account settings (Server, Proxy).</source>
        <translation>Comprueba el nombre de usuario y la contraseña del proxy en la configuración de la cuenta (Servidor, Proxy).</translation>
    </message>
    <message>
        <source>The proxy does not allow this connection</source>
        <translation>El proxy no permite esta conexión</translation>
    </message>
    <message>
        <source>The proxy's rules forbid connecting to %1 on this port. Web proxies often allow only the HTTPS port 443.</source>
        <translation>Las reglas del proxy prohíben conectarse con %1 en este puerto. Los proxies web a menudo solo permiten el puerto HTTPS 443.</translation>
    </message>
    <message>
        <source>Ask whoever runs the proxy to allow the mail port, use a SOCKS5 proxy, or connect without a proxy (--proxy none).</source>
        <translation>Pide a quien gestione el proxy que permita el puerto de correo, usa un proxy SOCKS5 o conéctate sin proxy (--proxy none).</translation>
    </message>
    <message>
        <source>Ask whoever runs the proxy to allow the mail port, use a SOCKS5 proxy, or choose "No proxy" in the account settings (Server, Proxy).</source>
        <translation>Pide a quien gestione el proxy que permita el puerto de correo, usa un proxy SOCKS5 o elige "Sin proxy" en la configuración de la cuenta (Servidor, Proxy).</translation>
    </message>
    <message>
        <source>The proxy could not reach the server</source>
        <translation>El proxy no pudo llegar al servidor</translation>
    </message>
    <message>
        <source>The proxy answered but could not connect to %1: the name does not resolve on the proxy's side, the server refuses the proxy, or the port is wrong.</source>
        <translation>El proxy respondió, pero no pudo conectar con %1: el nombre no se resuelve en el lado del proxy, el servidor rechaza al proxy o el puerto es incorrecto.</translation>
    </message>
    <message>
        <source>Check the server's name and port in the account. If they are right, the server may be down, or the proxy's network cannot reach it.</source>
        <translation>Comprueba el nombre y el puerto del servidor en la cuenta. Si son correctos, puede que el servidor no esté disponible o que la red del proxy no pueda llegar a él.</translation>
    </message>
    <message>
        <source>The proxy failed</source>
        <translation>El proxy falló</translation>
    </message>
    <message>
        <source>The proxy closed the connection, stopped answering or answered in a way Stamp does not understand before the way to %1 was open.</source>
        <translation>El proxy cerró la conexión, dejó de responder o respondió de una forma que Stamp no entiende antes de que se abriera el camino hasta %1.</translation>
    </message>
    <message>
        <source>Check that the proxy's type (SOCKS5 or HTTP), port, user name and password are right in the account, and that the proxy is working.</source>
        <translation>Comprueba que el tipo (SOCKS5 o HTTP), el puerto, el nombre de usuario y la contraseña del proxy sean correctos en la cuenta, y que el proxy funcione.</translation>
    </message>
    <message>
        <source>%1 refused the sender (From) address because it does not belong to the account you signed in with: this server lets a login send only as its own address.</source>
        <translation>%1 rechazó la dirección del remitente (From) porque no pertenece a la cuenta con la que iniciaste sesión: este servidor solo permite que cada inicio de sesión envíe con su propia dirección.</translation>
    </message>
    <message>
        <source>Add the address as an alias or verified sender at your provider; or send with the account's own address as the envelope sender (an account added with --envelope-sender account); or send through the account that owns the address (--account NAME with this address as --from).</source>
        <translation>Añade la dirección como alias o remitente verificado en tu proveedor; o envía con la dirección propia de la cuenta como remitente del sobre (una cuenta añadida con --envelope-sender account); o envía a través de la cuenta a la que pertenece la dirección (--account NAME con esta dirección como --from).</translation>
    </message>
    <message>
        <source>Add the address as an alias or verified sender at your provider; or, in the account's settings, on the Identity tab, set "Envelope sender" to the account's own address; or edit the identity and choose the account that owns the address under "Send through".</source>
        <translation>Añade la dirección como alias o remitente verificado en tu proveedor; o, en la configuración de la cuenta, en la pestaña Identidad, establece "Remitente del sobre" en la dirección propia de la cuenta; o edita la identidad y elige la cuenta a la que pertenece la dirección en "Enviar a través de".</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>Find how to send mail for ADDRESS: provider presets, the domain's autoconfig file, its MX and SRV records, and an EHLO to likely hosts. Nothing is logged in to.</source>
        <translation>Averigua cómo enviar correo para ADDRESS: configuraciones predefinidas de proveedores, archivo autoconfig del dominio, sus registros MX y SRV, y un EHLO a los hosts probables. No se inicia sesión en ninguno.</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>La dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Muestra el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>Keep looking after a preset matched.</source>
        <translation>Sigue buscando después de que coincida una configuración predefinida.</translation>
    </message>
    <message>
        <source>Give up on the whole search after SECS (default 15).</source>
        <translation>Abandona toda la búsqueda tras SECS segundos (predeterminado: 15).</translation>
    </message>
    <message>
        <source>give one email address.</source>
        <translation>indica una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds up to 600.</source>
        <translation>--timeout debe ser un número de segundos de hasta 600.</translation>
    </message>
    <message>
        <source>Nothing found for %1 (%2 ms). Enter the server settings by hand: stamp account add NAME --email ADDRESS --host HOST --port N --security MODE</source>
        <translation>No se ha encontrado nada para %1 (%2 ms). Introduce la configuración del servidor a mano: stamp account add NAME --email ADDRESS --host HOST --port N --security MODE</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>origen: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
</context>
<context>
    <name>DkimKeyRecord</name>
    <message>
        <source>"%1" is not a tag=value pair</source>
        <translation>"%1" no es un par etiqueta=valor</translation>
    </message>
    <message>
        <source>the tag "%1" appears more than once</source>
        <translation>la etiqueta "%1" aparece más de una vez</translation>
    </message>
    <message>
        <source>"v=" must come first and be "DKIM1"</source>
        <translation>"v=" debe ir primero y ser "DKIM1"</translation>
    </message>
    <message>
        <source>the required tag "p=" (the public key) is missing</source>
        <translation>falta la etiqueta obligatoria "p=" (la clave pública)</translation>
    </message>
    <message>
        <source>the public key (p=) is not valid base64</source>
        <translation>la clave pública (p=) no es base64 válido</translation>
    </message>
    <message>
        <source>the public key (p=) is not an RSA key</source>
        <translation>la clave pública (p=) no es una clave RSA</translation>
    </message>
    <message>
        <source>an ed25519 key must be 32 bytes, this one has %1</source>
        <translation>una clave ed25519 debe tener 32 bytes; esta tiene %1</translation>
    </message>
    <message>
        <source>the key type (k=) is neither rsa nor ed25519</source>
        <translation>el tipo de clave (k=) no es ni rsa ni ed25519</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>the record does not start with "v=DMARC1"</source>
        <translation>el registro no empieza por "v=DMARC1"</translation>
    </message>
    <message>
        <source>"%1" is not a tag=value pair</source>
        <translation>"%1" no es un par etiqueta=valor</translation>
    </message>
    <message>
        <source>the tag "%1" appears more than once</source>
        <translation>la etiqueta "%1" aparece más de una vez</translation>
    </message>
    <message>
        <source>"%1=%2" must be none, quarantine or reject</source>
        <translation>"%1=%2" debe ser none, quarantine o reject</translation>
    </message>
    <message>
        <source>"pct=%1" must be a number from 0 to 100</source>
        <translation>"pct=%1" debe ser un número de 0 a 100</translation>
    </message>
    <message>
        <source>"%1=%2" must be r (relaxed) or s (strict)</source>
        <translation>"%1=%2" debe ser r (relajado) o s (estricto)</translation>
    </message>
    <message>
        <source>"%1" in %2= is not a URI (mailto:...)</source>
        <translation>"%1" en %2= no es un URI (mailto:...)</translation>
    </message>
    <message>
        <source>the tag "%1" is unknown and ignored</source>
        <translation>la etiqueta "%1" es desconocida y se ignora</translation>
    </message>
    <message>
        <source>the required tag "p=" (the policy) is missing</source>
        <translation>falta la etiqueta obligatoria "p=" (la política)</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>Run 'stamp domain check --help' for the options.</source>
        <translation>Ejecuta 'stamp domain check --help' para ver las opciones.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>stamp domain: unknown sub-command "%1"</source>
        <translation>stamp domain: subcomando desconocido "%1"</translation>
    </message>
    <message>
        <source>Usage: stamp domain SUB-COMMAND [options]</source>
        <translation>Uso: stamp domain SUB-COMMAND [options]</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>Subcomandos:</translation>
    </message>
    <message>
        <source>Run 'stamp domain SUB-COMMAND --help' for its options.</source>
        <translation>Ejecuta 'stamp domain SUB-COMMAND --help' para ver sus opciones.</translation>
    </message>
    <message>
        <source>Check what a sending domain publishes in DNS for its mail to arrive: MX, SPF, DKIM, DMARC, and (for information) MTA-STS and TLS-RPT. Where a record is missing or wrong for the provider you send through, the record to publish is shown. Only DNS is asked; nothing is sent.

Exit status: 0 when no check fails, 1 when one fails, 2 for a wrong command line, 3 when DNS could not be asked.</source>
        <translation>Comprueba lo que un dominio de envío publica en DNS para que su correo llegue: MX, SPF, DKIM, DMARC y (a título informativo) MTA-STS y TLS-RPT. Si un registro falta o no es correcto para el proveedor a través del que envías, se muestra el registro que hay que publicar. Solo se consulta el DNS; no se envía nada.

Estado de salida: 0 si ninguna comprobación falla, 1 si alguna falla, 2 si la línea de comandos es incorrecta, 3 si no se pudo consultar el DNS.</translation>
    </message>
    <message>
        <source>The address you send from, or its domain.</source>
        <translation>La dirección desde la que envías, o su dominio.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Muestra el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>The provider you send through (a preset id); default: found from the domain's MX records.</source>
        <translation>El proveedor a través del que envías (un id de configuración predefinida); predeterminado: se deduce de los registros MX del dominio.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system's.</source>
        <translation>Consulta este servidor DNS (una dirección IP) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>Also look for a DKIM key at this selector (the s= of a DKIM-Signature you sent); repeatable.</source>
        <translation>Busca también una clave DKIM en este selector (el s= de una DKIM-Signature que hayas enviado); se puede repetir.</translation>
    </message>
    <message>
        <source>give one address or domain.</source>
        <translation>indica una dirección o un dominio.</translation>
    </message>
    <message>
        <source>"%1" is not an address or a domain.</source>
        <translation>"%1" no es una dirección ni un dominio.</translation>
    </message>
    <message>
        <source>there is no provider "%1".</source>
        <translation>no existe el proveedor "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a DKIM selector.</source>
        <translation>"%1" no es un selector DKIM.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>"%1" no es una dirección IP.</translation>
    </message>
    <message>
        <source>Domain %1 (provider unknown)</source>
        <translation>Dominio %1 (proveedor desconocido)</translation>
    </message>
    <message>
        <source>Domain %1, sending through %2</source>
        <translation>Dominio %1, envío a través de %2</translation>
    </message>
    <message>
        <source>DNS could not be asked: no question was answered. Check the network or the name server, then try again.</source>
        <translation>No se pudo consultar el DNS: ninguna consulta obtuvo respuesta. Comprueba la red o el servidor de nombres y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Seen: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Además: %1</translation>
    </message>
    <message>
        <source>Publish:</source>
        <translation>Publicar:</translation>
    </message>
</context>
<context>
    <name>DomainFinding</name>
    <message>
        <source>Mail servers (MX)</source>
        <translation>Servidores de correo (MX)</translation>
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
        <translation>Informes TLS (TLS-RPT)</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>DsnOptions</name>
    <message>
        <source>Ask for delivery reports (RFC 3461): "never", or a comma list of success, failure and delay. Default: the account's setting (success,failure when it asks for reports).</source>
        <translation>Solicita notificaciones de entrega (RFC 3461): "never", o una lista separada por comas de success, failure y delay. Predeterminado: la configuración de la cuenta (success,failure si solicita notificaciones).</translation>
    </message>
    <message>
        <source>What a delivery report returns of the message: full or hdrs (headers only).</source>
        <translation>Qué parte del mensaje devuelve una notificación de entrega: full o hdrs (solo los encabezados).</translation>
    </message>
    <message>
        <source>The envelope ID reports quote (printable ASCII, at most 100 characters). Default: a random one when reports are asked for.</source>
        <translation>El ID del sobre que citan las notificaciones (ASCII imprimible, 100 caracteres como máximo). Predeterminado: uno aleatorio cuando se solicitan notificaciones.</translation>
    </message>
    <message>
        <source>--dsn-ret must be full or hdrs, not "%1".</source>
        <translation>--dsn-ret debe ser full o hdrs, no "%1".</translation>
    </message>
    <message>
        <source>--dsn-envid must not be empty.</source>
        <translation>--dsn-envid no puede estar vacío.</translation>
    </message>
</context>
<context>
    <name>DsnRequest</name>
    <message>
        <source>A delivery report cannot be both "never" and asked for on success, failure or delay.</source>
        <translation>Una notificación de entrega no puede ser "never" y solicitarse a la vez en caso de éxito, error o retraso.</translation>
    </message>
    <message>
        <source>"%1" is not a delivery report condition: use "never", or one or more of "success", "failure" and "delay" separated by commas.</source>
        <extracomment>%1 is what was given; the words in quotes are fixed keywords</extracomment>
        <translation>"%1" no es una condición de notificación de entrega: usa "never", o uno o varios de "success", "failure" y "delay" separados por comas.</translation>
    </message>
    <message>
        <source>"never" cannot be combined with "success", "failure" or "delay".</source>
        <translation>"never" no se puede combinar con "success", "failure" ni "delay".</translation>
    </message>
    <message>
        <source>The envelope ID is longer than %1 characters.</source>
        <extracomment>%1 is a number</extracomment>
        <translation>El ID del sobre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The envelope ID may hold only printable ASCII characters (no line breaks, no accented letters).</source>
        <translation>El ID del sobre solo puede contener caracteres ASCII imprimibles (sin saltos de línea ni letras acentuadas).</translation>
    </message>
</context>
<context>
    <name>ImapResponseReader</name>
    <message>
        <source>expected "%1"</source>
        <translation>se esperaba "%1"</translation>
    </message>
    <message>
        <source>control characters in the response text</source>
        <translation>caracteres de control en el texto de la respuesta</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>carácter inesperado</translation>
    </message>
    <message>
        <source>the response ends early</source>
        <translation>la respuesta termina antes de tiempo</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <extracomment>%1 says what is wrong, %2 is a character position</extracomment>
        <translation>%1 en la posición %2</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>cadena entre comillas sin terminar</translation>
    </message>
    <message>
        <source>invalid escape in a quoted string</source>
        <translation>secuencia de escape no válida en una cadena entre comillas</translation>
    </message>
    <message>
        <source>control character in a quoted string</source>
        <translation>carácter de control en una cadena entre comillas</translation>
    </message>
    <message>
        <source>malformed literal</source>
        <translation>literal mal formado</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>El servidor envió una línea de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server ended a line with a bare line feed.</source>
        <translation>El servidor terminó una línea con un avance de línea (LF) sin retorno de carro (CR).</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes, more than the %2 allowed.</source>
        <translation>El servidor anunció un literal de %1 bytes, más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>The server sent a malformed response: %1</source>
        <extracomment>%1 says what is wrong with the response</extracomment>
        <translation>El servidor envió una respuesta mal formada: %1</translation>
    </message>
    <message>
        <source>no line end</source>
        <translation>sin fin de línea</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>no response name</source>
        <translation>sin nombre de respuesta</translation>
    </message>
    <message>
        <source>a tagged response must be OK, NO or BAD</source>
        <translation>una respuesta etiquetada debe ser OK, NO o BAD</translation>
    </message>
    <message>
        <source>unterminated response code</source>
        <translation>código de respuesta sin terminar</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 accepts only its own sign-in page: sign in once after the import.</source>
        <translation>%1 solo acepta su propia página de inicio de sesión: inicia sesión una vez después de la importación.</translation>
    </message>
    <message>
        <source>Stamp knows no OAuth sign-in for %1: it will log in with a password (an app password, where the provider offers them).</source>
        <translation>Stamp no conoce ningún inicio de sesión OAuth para %1: iniciará sesión con una contraseña (una contraseña de aplicación, si el proveedor las ofrece).</translation>
    </message>
    <message>
        <source>The account signed in with OAuth, which Stamp offers only for the providers it knows; it will log in with a password instead.</source>
        <translation>La cuenta iniciaba sesión con OAuth, que Stamp solo ofrece para los proveedores que conoce; en su lugar, iniciará sesión con una contraseña.</translation>
    </message>
    <message>
        <source>Not imported: the account "%1" already uses this server with this user name.</source>
        <translation>No se importa: la cuenta "%1" ya usa este servidor con este nombre de usuario.</translation>
    </message>
    <message>
        <source>Not imported: same server and user name as %1; its address is added to that account as an identity.</source>
        <translation>No se importa: mismo servidor y nombre de usuario que %1; su dirección se añade a esa cuenta como identidad.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No se importa: %1</translation>
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
        <translation>No se puede usar la dirección del remitente "%1": %2.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>El mensaje no tiene destinatarios.</translation>
    </message>
    <message>
        <source>The recipient address "%1" cannot be used: %2.</source>
        <extracomment>%1 is an email address; %2 says what is wrong with it</extracomment>
        <translation>No se puede usar la dirección del destinatario "%1": %2.</translation>
    </message>
    <message>
        <source>The message content cannot be read.</source>
        <translation>No se puede leer el contenido del mensaje.</translation>
    </message>
    <message>
        <source>The message content must come from a file, not a stream.</source>
        <translation>El contenido del mensaje debe proceder de un archivo, no de un flujo.</translation>
    </message>
    <message>
        <source>The message content could not be read: %1.</source>
        <extracomment>%1 is the system's error message</extracomment>
        <translation>No se pudo leer el contenido del mensaje: %1.</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and the server does not support SMTPUTF8.</source>
        <translation>Una dirección tiene caracteres no ASCII antes de la @, y el servidor no admite SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message is %L1 bytes; the server accepts at most %L2 bytes.</source>
        <extracomment>%1 and %2 are sizes in bytes</extracomment>
        <translation>El mensaje ocupa %L1 bytes; el servidor acepta como máximo %L2 bytes.</translation>
    </message>
    <message>
        <source>The message has 8-bit content but the server does not announce 8BITMIME; sending it unchanged.</source>
        <translation>El mensaje tiene contenido de 8 bits, pero el servidor no anuncia 8BITMIME; se envía sin cambios.</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>El servidor rechazó el remitente: %1</translation>
    </message>
    <message>
        <source>Recipient %1 refused: %2</source>
        <extracomment>%1 is an email address; %2 is the server's reply</extracomment>
        <translation>Destinatario %1 rechazado: %2</translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation>El servidor rechazó a todos los destinatarios.</translation>
    </message>
    <message>
        <source>The server refused DATA: %1</source>
        <translation>El servidor rechazó DATA: %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>El servidor rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>The server refused RSET: %1</source>
        <translation>El servidor rechazó RSET: %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when this happened: the server may have accepted it. It must not be sent again without checking.</source>
        <translation>El mensaje completo ya se había enviado cuando ocurrió esto: puede que el servidor lo haya aceptado. No debe volver a enviarse sin comprobarlo.</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports (DSN); the message is sent without asking for one.</source>
        <translation>El servidor no ofrece notificaciones de entrega (DSN); el mensaje se envía sin solicitar ninguna.</translation>
    </message>
</context>
<context>
    <name>MailboxName</name>
    <message>
        <source>The mailbox name holds a byte that modified UTF-7 does not allow.</source>
        <translation>El nombre del buzón contiene un byte que el UTF-7 modificado no permite.</translation>
    </message>
    <message>
        <source>The mailbox name has an unterminated "&amp;" sequence.</source>
        <translation>El nombre del buzón tiene una secuencia "&amp;" sin terminar.</translation>
    </message>
    <message>
        <source>The mailbox name is not in modified UTF-7.</source>
        <translation>El nombre del buzón no está en UTF-7 modificado.</translation>
    </message>
</context>
<context>
    <name>MailtoLink</name>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>In-Reply-To</source>
        <translation>In-Reply-To</translation>
    </message>
    <message>
        <source>The link's %1 has a malformed escape "%2" (a % must be followed by two hexadecimal digits); it was left out.</source>
        <translation>El campo %1 del enlace tiene una secuencia de escape mal formada "%2" (un % debe ir seguido de dos dígitos hexadecimales); se ha omitido.</translation>
    </message>
    <message>
        <source>The link's %1 is not UTF-8 text; it was left out.</source>
        <translation>El campo %1 del enlace no es texto UTF-8; se ha omitido.</translation>
    </message>
    <message>
        <source>This is not a mailto: link.</source>
        <translation>Esto no es un enlace mailto:.</translation>
    </message>
    <message>
        <source>The link is longer than %1 characters; it was not used.</source>
        <translation>El enlace tiene más de %1 caracteres; no se ha usado.</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>nombre de campo</translation>
    </message>
    <message>
        <source>The link's %1 contains a line break or control character; it was left out.</source>
        <translation>El campo %1 del enlace contiene un salto de línea o un carácter de control; se ha omitido.</translation>
    </message>
    <message>
        <source>The link names more than %1 recipients; the %2 addresses for %3 were left out.</source>
        <translation>El enlace indica más de %1 destinatarios; se han omitido las %2 direcciones de %3.</translation>
    </message>
    <message>
        <source>Address in %1: %2.</source>
        <translation>Dirección en el campo %1: %2.</translation>
    </message>
    <message>
        <source>The link gives more than one %1; the first was used.</source>
        <translation>El enlace indica más de un campo %1; se ha usado el primero.</translation>
    </message>
    <message>
        <source>The link's %1 contains a line break, which could add hidden header fields; it was left out.</source>
        <translation>El campo %1 del enlace contiene un salto de línea, que podría añadir campos de encabezado ocultos; se ha omitido.</translation>
    </message>
    <message>
        <source>The link's %1 contains control characters; it was left out.</source>
        <translation>El campo %1 del enlace contiene caracteres de control; se ha omitido.</translation>
    </message>
    <message>
        <source>The link's %1 is longer than %2 characters; it was left out.</source>
        <translation>El campo %1 del enlace tiene más de %2 caracteres; se ha omitido.</translation>
    </message>
    <message>
        <source>The link's In-Reply-To "%1" is not a message identifier; it was left out.</source>
        <translation>El campo In-Reply-To "%1" del enlace no es un identificador de mensaje; se ha omitido.</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>The message was sent to every recipient, the check passed, or the command did what was asked.</source>
        <translation>El mensaje se envió a todos los destinatarios, la comprobación se superó o el comando hizo lo que se pidió.</translation>
    </message>
    <message>
        <source>Some recipients were refused (the others accepted the message), or some outbox entries could not be read.</source>
        <translation>Algunos destinatarios fueron rechazados (los demás aceptaron el mensaje), o algunas entradas de la bandeja de salida no se pudieron leer.</translation>
    </message>
    <message>
        <source>The command line is wrong: an unknown option, a missing or malformed value.</source>
        <translation>La línea de comandos es incorrecta: una opción desconocida o un valor que falta o está mal formado.</translation>
    </message>
    <message>
        <source>Nothing was sent, or the check failed; the reason is printed on standard error.</source>
        <translation>No se envió nada o la comprobación falló; el motivo se muestra en la salida de error estándar.</translation>
    </message>
    <message>
        <source>Where the configuration goes (default: ~/.config).</source>
        <translation>Dónde se guarda la configuración (predeterminado: ~/.config).</translation>
    </message>
    <message>
        <source>Where the outbox, Sent items and drafts go (default: ~/.local/share).</source>
        <translation>Dónde se guardan la bandeja de salida, los Enviados y los borradores (predeterminado: ~/.local/share).</translation>
    </message>
    <message>
        <source>Use this directory for the outbox instead.</source>
        <translation>Usar este directorio para la bandeja de salida en su lugar.</translation>
    </message>
    <message>
        <source>Use this directory for Sent items instead.</source>
        <translation>Usar este directorio para los Enviados en su lugar.</translation>
    </message>
    <message>
        <source>Read OAuth client registrations from this file instead.</source>
        <translation>Leer los registros de clientes OAuth de este archivo en su lugar.</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Comandos de usuario</translation>
    </message>
    <message>
        <source>send mail through an SMTP submission server and explain every failure</source>
        <translation>envía correo a través de un servidor de envío SMTP y explica cada fallo</translation>
    </message>
    <message>
        <source>Stamp sends mail through your provider's SMTP submission server and explains every failure. Started without arguments it opens its window; with a command it works on the command line, without a display, for scripts.</source>
        <translation>Stamp envía correo a través del servidor de envío SMTP de tu proveedor y explica cada fallo. Si se inicia sin argumentos, abre su ventana; con un comando, funciona en la línea de comandos, sin pantalla, para scripts.</translation>
    </message>
    <message>
        <source>Every command prints its options with --help. Shell completion for bash, zsh and fish is installed with Stamp, and printed by 'stamp completion SHELL'.</source>
        <translation>Todos los comandos muestran sus opciones con --help. El completado de shell para bash, zsh y fish se instala con Stamp, y 'stamp completion SHELL' lo muestra.</translation>
    </message>
    <message>
        <source>The saved accounts (no passwords).</source>
        <translation>Las cuentas guardadas (sin contraseñas).</translation>
    </message>
    <message>
        <source>OAuth client registrations, if any.</source>
        <translation>Registros de cliente OAuth, si los hay.</translation>
    </message>
    <message>
        <source>The outbox: queued messages and their state.</source>
        <translation>La bandeja de salida: mensajes en cola y su estado.</translation>
    </message>
    <message>
        <source>Sent items and their session transcripts.</source>
        <translation>Elementos enviados y sus transcripciones de sesión.</translation>
    </message>
    <message>
        <source>Drafts saved by the window.</source>
        <translation>Borradores guardados por la ventana.</translation>
    </message>
    <message>
        <source>Passwords and OAuth sign-ins are kept only in the system keychain (the Secret Service on Linux), never in Stamp's files. A password is never taken from an argument, which other users could read in the process list: it comes from standard input or from an environment variable named on the command line, for one run. Session transcripts show the password redacted. An unencrypted connection is only ever a choice made with --security none, never a fallback, and a password is sent without TLS only to this machine unless --allow-plaintext-auth says otherwise.</source>
        <translation>Las contraseñas y los inicios de sesión OAuth solo se guardan en el llavero del sistema (el Secret Service en Linux), nunca en los archivos de Stamp. Nunca se acepta una contraseña como argumento, que otros usuarios podrían leer en la lista de procesos: llega por la entrada estándar o desde una variable de entorno indicada en la línea de comandos, para una sola ejecución. Las transcripciones de sesión muestran la contraseña oculta. Una conexión sin cifrar solo se usa si se elige con --security none, nunca como alternativa automática, y una contraseña solo se envía sin TLS a este equipo, salvo que --allow-plaintext-auth indique lo contrario.</translation>
    </message>
    <message>
        <source>Message templates (stamp template, send --template).</source>
        <translation>Plantillas de mensaje (stamp template, send --template).</translation>
    </message>
    <message>
        <source>The password for the login of the proxy given with --proxy or saved with the account, for one run; it wins over the keychain.</source>
        <translation>La contraseña para iniciar sesión en el proxy indicado con --proxy o guardado con la cuenta, para una sola ejecución; tiene prioridad sobre el llavero.</translation>
    </message>
</context>
<context>
    <name>ManPageCommand</name>
    <message>
        <source>takes no arguments.</source>
        <translation>no admite argumentos.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>The sender: %1.</source>
        <translation>El remitente: %1.</translation>
    </message>
    <message>
        <source>%1 contains a line break; it must be a single line.</source>
        <translation>%1 contiene un salto de línea; debe ser una sola línea.</translation>
    </message>
    <message>
        <source>%1 contains the control character %2.</source>
        <translation>%1 contiene el carácter de control %2.</translation>
    </message>
    <message>
        <source>%1 has no file name.</source>
        <translation>%1 no tiene nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist.</source>
        <translation>%1 "%2" no existe.</translation>
    </message>
    <message>
        <source>%1 "%2" is a folder, not a file.</source>
        <translation>%1 "%2" es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 "%2" is not a regular file.</source>
        <translation>%1 "%2" no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 "%2" cannot be read: %3.</source>
        <translation>%1 "%2" no se puede leer: %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>A name in %1</source>
        <translation>Un nombre del campo %1</translation>
    </message>
    <message>
        <source>The sender (From) is missing.</source>
        <translation>Falta el remitente (From).</translation>
    </message>
    <message>
        <source>The sender's name</source>
        <translation>El nombre del remitente</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>El asunto</translation>
    </message>
    <message>
        <source>The header "%1" is written by Stamp itself and cannot be given as an extra header.</source>
        <translation>Stamp escribe el encabezado "%1" por sí mismo; no se puede indicar como encabezado adicional.</translation>
    </message>
    <message>
        <source>The value of the header "%1"</source>
        <translation>El valor del encabezado "%1"</translation>
    </message>
    <message>
        <source>In-Reply-To "%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>In-Reply-To "%1" no es un ID de mensaje como &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>The reference "%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>La referencia "%1" no es un ID de mensaje como &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>El archivo adjunto</translation>
    </message>
    <message>
        <source>"%1" is not a content type such as text/plain.</source>
        <translation>"%1" no es un tipo de contenido como text/plain.</translation>
    </message>
    <message>
        <source>Inline images are shown by the HTML part, but the message has no HTML body.</source>
        <translation>Las imágenes insertadas se muestran en la parte HTML, pero el mensaje no tiene cuerpo HTML.</translation>
    </message>
    <message>
        <source>The inline image</source>
        <translation>La imagen insertada</translation>
    </message>
    <message>
        <source>"%1" is not a content type such as image/png.</source>
        <translation>"%1" no es un tipo de contenido como image/png.</translation>
    </message>
    <message>
        <source>The content ID "%1" of the inline image "%2" is not of the form name@domain.</source>
        <translation>El ID de contenido "%1" de la imagen insertada "%2" no tiene la forma nombre@dominio.</translation>
    </message>
    <message>
        <source>A header name is empty.</source>
        <translation>Un nombre de encabezado está vacío.</translation>
    </message>
    <message>
        <source>The header name "%1" may only contain printable ASCII characters other than a colon.</source>
        <translation>El nombre de encabezado "%1" solo puede contener caracteres ASCII imprimibles, salvo los dos puntos.</translation>
    </message>
    <message>
        <source>The header name "%1" is longer than 76 characters.</source>
        <translation>El nombre de encabezado "%1" tiene más de 76 caracteres.</translation>
    </message>
</context>
<context>
    <name>MessageOptions</name>
    <message>
        <source>Sender: an address, or "Name &lt;address&gt;".</source>
        <translation>Remitente: una dirección o "Name &lt;address&gt;".</translation>
    </message>
    <message>
        <source>The sender's name, shown by mail readers.</source>
        <translation>El nombre del remitente, que muestran los programas de correo.</translation>
    </message>
    <message>
        <source>Recipients (repeatable; several separated by commas or semicolons; "Name &lt;address&gt;" and groups such as "Team: a@x, b@y;" are understood).</source>
        <translation>Destinatarios (se puede repetir; varios separados por comas o puntos y comas; se admiten "Name &lt;address&gt;" y grupos como "Team: a@x, b@y;").</translation>
    </message>
    <message>
        <source>Copy recipients (repeatable, like --to).</source>
        <translation>Destinatarios en copia (se puede repetir, como --to).</translation>
    </message>
    <message>
        <source>Blind copy recipients: envelope only, never written into the message.</source>
        <translation>Destinatarios en copia oculta: solo en el sobre, nunca se escriben en el mensaje.</translation>
    </message>
    <message>
        <source>Where replies should go (repeatable, like --to).</source>
        <translation>Adónde deben ir las respuestas (se puede repetir, como --to).</translation>
    </message>
    <message>
        <source>The subject line.</source>
        <translation>La línea de asunto.</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>El texto del mensaje.</translation>
    </message>
    <message>
        <source>Read the message text (UTF-8) from a file.</source>
        <translation>Lee el texto del mensaje (UTF-8) de un archivo.</translation>
    </message>
    <message>
        <source>Read an HTML version of the message (UTF-8) from a file; readers show it instead of the text.</source>
        <translation>Lee una versión HTML del mensaje (UTF-8) de un archivo; los programas de correo la muestran en lugar del texto.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable). Its type is found from its name and content.</source>
        <translation>Adjunta un archivo (se puede repetir). Su tipo se deduce de su nombre y su contenido.</translation>
    </message>
    <message>
        <source>Add a header field, given as "Name: value" (repeatable).</source>
        <translation>Añade un campo de encabezado, indicado como "Name: value" (se puede repetir).</translation>
    </message>
    <message>
        <source>high, normal (default) or low.</source>
        <translation>high, normal (predeterminado) o low.</translation>
    </message>
    <message>
        <source>The Message-ID of the message this one answers.</source>
        <translation>El Message-ID del mensaje al que responde este.</translation>
    </message>
    <message>
        <source>Message-IDs of the conversation so far, oldest first (repeatable).</source>
        <translation>Los Message-ID de la conversación hasta ahora, del más antiguo al más reciente (se puede repetir).</translation>
    </message>
    <message>
        <source>A mailto: link (RFC 6068) to start from. --to, --cc and --bcc add to its recipients; --subject, --body or --body-file, and --in-reply-to replace its subject, text and In-Reply-To. Other fields in the link (attach, from, other headers) are ignored, with a warning.</source>
        <translation>Un enlace mailto: (RFC 6068) del que partir. --to, --cc y --bcc se añaden a sus destinatarios; --subject, --body o --body-file, e --in-reply-to sustituyen su asunto, su texto y su In-Reply-To. Los demás campos del enlace (attach, from, otros encabezados) se ignoran, con un aviso.</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (only one mailto: link may be given).</source>
        <translation>argumento inesperado "%1" (solo se puede indicar un enlace mailto:).</translation>
    </message>
    <message>
        <source>the link's "%1" field is ignored (RFC 6068 §7).</source>
        <translation>se ignora el campo "%1" del enlace (RFC 6068 §7).</translation>
    </message>
    <message>
        <source>cannot read %1 "%2": %3.</source>
        <translation>no se puede leer %1 "%2": %3.</translation>
    </message>
    <message>
        <source>%1 "%2" is larger than 64 MiB; send it with --attach instead.</source>
        <translation>%1 "%2" ocupa más de 64 MiB; envíalo con --attach.</translation>
    </message>
    <message>
        <source>%1 "%2" is not UTF-8 text; convert it, or send it with --attach instead.</source>
        <translation>%1 "%2" no es texto UTF-8; conviértelo o envíalo con --attach.</translation>
    </message>
    <message>
        <source>--from is required.</source>
        <translation>--from es obligatorio.</translation>
    </message>
    <message>
        <source>--from: %1.</source>
        <translation>--from: %1.</translation>
    </message>
    <message>
        <source>use either --body or --body-file, not both.</source>
        <translation>usa --body o --body-file, no ambos.</translation>
    </message>
    <message>
        <source>--header "%1" needs the form "Name: value".</source>
        <translation>--header "%1" necesita la forma "Name: value".</translation>
    </message>
    <message>
        <source>--priority must be high, normal or low, not "%1".</source>
        <translation>--priority debe ser high, normal o low, no "%1".</translation>
    </message>
    <message>
        <source>Write a Sender field: the address that sends the message for its author (RFC 5322 §3.6.2). With a saved account Stamp writes one itself when the server needs it.</source>
        <translation>Escribe un campo Sender: la dirección que envía el mensaje en nombre de su autor (RFC 5322 §3.6.2). Con una cuenta guardada, Stamp lo escribe por sí mismo cuando el servidor lo necesita.</translation>
    </message>
    <message>
        <source>Start from this saved template (see 'stamp template list'). --from, --to, --cc, --bcc, --subject, --body or --body-file and --html-file replace its fields; --attach adds files to its attachments.</source>
        <translation>Empieza a partir de esta plantilla guardada (consulta 'stamp template list'). --from, --to, --cc, --bcc, --subject, --body o --body-file y --html-file sustituyen sus campos; --attach añade archivos a sus archivos adjuntos.</translation>
    </message>
    <message>
        <source>--template and a mailto: link both start a message; give one of them.</source>
        <translation>--template y un enlace mailto: inician cada uno un mensaje; indica solo uno de los dos.</translation>
    </message>
    <message>
        <source>--template: there is no template named "%1" ('stamp template list' shows them).</source>
        <translation>--template: no hay ninguna plantilla llamada "%1" ('stamp template list' las muestra).</translation>
    </message>
    <message>
        <source>--template: "%1" attaches "%2", which cannot be read (any more).</source>
        <translation>--template: "%1" adjunta "%2", que (ya) no se puede leer.</translation>
    </message>
    <message>
        <source>--sender: %1.</source>
        <translation>--sender: %1.</translation>
    </message>
    <message>
        <source>Ask the recipients' mail readers for a read receipt to the sender (RFC 8098); they may ignore it.</source>
        <translation>Pide a los programas de correo de los destinatarios una confirmación de lectura para el remitente (RFC 8098); pueden ignorarla.</translation>
    </message>
</context>
<context>
    <name>MessageUpload</name>
    <message>
        <source>[sending the message: %L1 bytes]</source>
        <extracomment>Shown in the session log; %1 is a size in bytes</extracomment>
        <translation>[enviando el mensaje: %L1 bytes]</translation>
    </message>
    <message>
        <source>[sending the message]</source>
        <translation>[enviando el mensaje]</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <extracomment>%1 is the system's error message</extracomment>
        <translation>Error al leer el mensaje: %1</translation>
    </message>
    <message>
        <source>[message sent: %L1 bytes]</source>
        <extracomment>Shown in the session log; %1 is a size in bytes</extracomment>
        <translation>[mensaje enviado: %L1 bytes]</translation>
    </message>
    <message>
        <source>The server refused part of the message: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>El servidor rechazó parte del mensaje: %1</translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>The attachment "%1" cannot be read: %2.</source>
        <translation>No se puede leer el archivo adjunto "%1": %2.</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @; the message can only be written with UTF-8 headers, for a server that offers SMTPUTF8.</source>
        <translation>Una dirección tiene caracteres no ASCII antes de la @; el mensaje solo se puede escribir con encabezados UTF-8, para un servidor que ofrezca SMTPUTF8.</translation>
    </message>
    <message>
        <source>"%1" is not a message ID such as &lt;id@example.com&gt;.</source>
        <translation>"%1" no es un ID de mensaje como &lt;id@example.com&gt;.</translation>
    </message>
    <message>
        <source>Cannot write the message: %1.</source>
        <translation>No se puede escribir el mensaje: %1.</translation>
    </message>
    <message>
        <source>Cannot read the attachment "%1": %2.</source>
        <translation>No se puede leer el archivo adjunto "%1": %2.</translation>
    </message>
    <message>
        <source>The attachment "%1" changed while the message was being written.</source>
        <translation>El archivo adjunto "%1" cambió mientras se escribía el mensaje.</translation>
    </message>
</context>
<context>
    <name>MsmtpConfig</name>
    <message>
        <source>line %1: an account without a name</source>
        <translation>línea %1: una cuenta sin nombre</translation>
    </message>
    <message>
        <source>line %1: the account "%2" is defined a second time; the first one is used</source>
        <translation>línea %1: la cuenta "%2" se define por segunda vez; se usa la primera</translation>
    </message>
    <message>
        <source>it inherits from "%1", which is not defined</source>
        <translation>hereda de "%1", que no se ha definido</translation>
    </message>
    <message>
        <source>its settings inherit in a circle (%1)</source>
        <translation>la herencia de sus ajustes forma un círculo (%1)</translation>
    </message>
</context>
<context>
    <name>MsmtpExport</name>
    <message>
        <source>The account "%1" signs in with %2 instead of a password. msmtp could only use a short-lived access token that something renews for it, and Stamp keeps only the sign-in itself, so no working msmtp configuration can be written. Use an app password with msmtp, where the provider offers one.</source>
        <translation>La cuenta "%1" inicia sesión con %2 en lugar de con una contraseña. msmtp solo podría usar un token de acceso de corta duración que algo le fuera renovando, y Stamp solo guarda el propio inicio de sesión, así que no se puede escribir ninguna configuración de msmtp que funcione. Usa una contraseña de aplicación con msmtp, si el proveedor la ofrece.</translation>
    </message>
</context>
<context>
    <name>MsmtpImport</name>
    <message>
        <source>No msmtp configuration was found (~/.msmtprc or ~/.config/msmtp/config). Name the file.</source>
        <translation>No se ha encontrado ninguna configuración de msmtp (~/.msmtprc o ~/.config/msmtp/config). Indica el archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>A line of the file was not understood and was left out (%1).</source>
        <translation>Una línea del archivo no se ha entendido y se ha omitido (%1).</translation>
    </message>
    <message>
        <source>The default setting "%1" has no counterpart in Stamp and was left out.</source>
        <translation>El ajuste predeterminado "%1" no tiene equivalente en Stamp y se ha omitido.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>No se importa: %1.</translation>
    </message>
    <message>
        <source>msmtp sent through this server without encryption. Stamp will too, but refuses to log in that way; choose STARTTLS or TLS in the account's settings if the server offers it.</source>
        <translation>msmtp enviaba a través de este servidor sin cifrado. Stamp también lo hará, pero se niega a iniciar sesión así; elige STARTTLS o TLS en la configuración de la cuenta si el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>The port "%1" is not a port number; the usual one is used.</source>
        <translation>El puerto "%1" no es un número de puerto; se usa el habitual.</translation>
    </message>
    <message>
        <source>Stamp does not offer the login method "%1"; it will choose the strongest password method the server offers.</source>
        <translation>Stamp no ofrece el método de inicio de sesión "%1"; elegirá el método de contraseña más seguro que ofrezca el servidor.</translation>
    </message>
    <message>
        <source>The From pattern "%1" cannot be an address to send from.</source>
        <translation>El patrón From "%1" no puede ser una dirección desde la que enviar.</translation>
    </message>
    <message>
        <source>No From address is set; the user name is used as the address.</source>
        <translation>No hay ninguna dirección From; se usa el nombre de usuario como dirección.</translation>
    </message>
    <message>
        <source>Not imported: the account has no From address.</source>
        <translation>No se importa: la cuenta no tiene dirección From.</translation>
    </message>
    <message>
        <source>Not imported: the account has no host.</source>
        <translation>No se importa: la cuenta no tiene host.</translation>
    </message>
    <message>
        <source>The certificate fingerprint is not a SHA-256 one, the only kind Stamp pins by; the certificate will be verified as usual.</source>
        <translation>La huella digital del certificado no es SHA-256, el único tipo por el que Stamp fija certificados; el certificado se verificará como de costumbre.</translation>
    </message>
    <message>
        <source>msmtp did not check the server's certificate. Stamp always does: if the check fails, Stamp shows the certificate and you can trust exactly that one.</source>
        <translation>msmtp no comprobaba el certificado del servidor. Stamp siempre lo hace: si la comprobación falla, Stamp muestra el certificado y puedes confiar exactamente en ese.</translation>
    </message>
    <message>
        <source>The password (or the command that gives it) is not imported: Stamp asks for it once, for the keychain.</source>
        <translation>La contraseña (o el comando que la proporciona) no se importa: Stamp la pide una vez, para el llavero.</translation>
    </message>
    <message>
        <source>The setting "%1" has no counterpart in Stamp and was left out.</source>
        <translation>El ajuste "%1" no tiene equivalente en Stamp y se ha omitido.</translation>
    </message>
    <message>
        <source>The file defines no account.</source>
        <translation>El archivo no define ninguna cuenta.</translation>
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
        <translation>%1 no es un objeto JSON (%2 en la posición %3).</translation>
    </message>
    <message>
        <source>%1 offers no OAuth sign-in that Stamp knows of.</source>
        <translation>%1 no ofrece ningún inicio de sesión OAuth que Stamp conozca.</translation>
    </message>
    <message>
        <source>The OAuth client settings cannot be read: %1</source>
        <translation>No se puede leer la configuración del cliente OAuth: %1</translation>
    </message>
    <message>
        <source>Stamp has no OAuth client ID for %1 (issuer %2), so it cannot sign in there.</source>
        <translation>Stamp no tiene ningún ID de cliente OAuth para %1 (emisor %2), así que no puede iniciar sesión allí.</translation>
    </message>
    <message>
        <source>A packager sets one when building Stamp with the CMake variable %1%2; anyone can set one in %3 as {"%4": {"clientId": "..."%5}}.</source>
        <translation>Un empaquetador lo establece al compilar Stamp con la variable de CMake %1%2; cualquiera puede establecerlo en %3 como {"%4": {"clientId": "..."%5}}.</translation>
    </message>
    <message>
        <source> (and %1, which this provider requires)</source>
        <translation> (y %1, que este proveedor requiere)</translation>
    </message>
    <message>
        <source>Set one in %1 as {"%2": {"clientId": "..."}}.</source>
        <translation>Establécelo en %1 como {"%2": {"clientId": "..."}}.</translation>
    </message>
    <message>
        <source>%1 also accepts an app password: use that instead of signing in.</source>
        <translation>%1 también acepta una contraseña de aplicación: úsala en lugar de iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 requires a client secret with its client ID; set STAMP_OAUTH_%2_CLIENT_SECRET when building, or "clientSecret" for "%3" in %4.</source>
        <translation>%1 requiere un secreto de cliente junto con su ID de cliente; establece STAMP_OAUTH_%2_CLIENT_SECRET al compilar, o "clientSecret" para "%3" en %4.</translation>
    </message>
    <message>
        <source>No sign-in endpoints are known for %1: set "authUrl" and "tokenUrl" for "%1" in %2.</source>
        <translation>No se conocen puntos de conexión de inicio de sesión para %1: establece "authUrl" y "tokenUrl" para "%1" en %2.</translation>
    </message>
    <message>
        <source>The sign-in endpoint %1 is not usable: it must be an https address (plain http only on this computer).</source>
        <translation>El punto de conexión de inicio de sesión %1 no se puede usar: debe ser una dirección https (http simple solo en este equipo).</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>aplazado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incierto</translation>
    </message>
    <message>
        <source>Cannot create the outbox folder "%1".</source>
        <translation>No se puede crear la carpeta de la bandeja de salida "%1".</translation>
    </message>
    <message>
        <source>Cannot write the message to the outbox: %1</source>
        <translation>No se puede escribir el mensaje en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Cannot save the outbox record %1: %2</source>
        <translation>No se puede guardar la entrada %1 de la bandeja de salida: %2</translation>
    </message>
    <message>
        <source>There is no message "%1" in the outbox.</source>
        <translation>No hay ningún mensaje "%1" en la bandeja de salida.</translation>
    </message>
    <message>
        <source>"%1" matches %2 messages; give more of the id.</source>
        <translation>"%1" coincide con %2 mensajes; indica más caracteres del id.</translation>
    </message>
    <message>
        <source>Stamp stopped while this message was being sent, after its content had started to go out. The server may have accepted it: check with a recipient, then retry or remove it.</source>
        <translation>Stamp se detuvo mientras se enviaba este mensaje, cuando su contenido ya había empezado a salir. Puede que el servidor lo haya aceptado: compruébalo con un destinatario y, después, reinténtalo o elimínalo.</translation>
    </message>
    <message>
        <source>Stamp stopped before this message was sent; it will be sent at the next try.</source>
        <translation>Stamp se detuvo antes de enviar este mensaje; se enviará en el próximo intento.</translation>
    </message>
    <message>
        <source>The message %1 is being sent right now; try again when that has finished.</source>
        <translation>El mensaje %1 se está enviando ahora mismo; vuelve a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The message %1 is being sent right now.</source>
        <translation>El mensaje %1 se está enviando ahora mismo.</translation>
    </message>
    <message>
        <source>The outbox record %1 cannot be read.</source>
        <translation>No se puede leer la entrada %1 de la bandeja de salida.</translation>
    </message>
    <message>
        <source>The message %1 was sent already.</source>
        <translation>El mensaje %1 ya se ha enviado.</translation>
    </message>
    <message>
        <source>Retry requested.</source>
        <translation>Reintento solicitado.</translation>
    </message>
    <message>
        <source>The message %1 is being sent; it can no longer be taken back.</source>
        <translation>El mensaje %1 se está enviando; ya no se puede deshacer su envío.</translation>
    </message>
    <message>
        <source>Too late: the message %1 is no longer held for undo.</source>
        <translation>Demasiado tarde: el mensaje %1 ya no está retenido para deshacer el envío.</translation>
    </message>
    <message>
        <source>Cannot read the message %1: %2</source>
        <translation>No se puede leer el mensaje %1: %2</translation>
    </message>
    <message>
        <source>The message %1 may have been delivered already; check, then retry it.</source>
        <translation>Puede que el mensaje %1 ya se haya entregado; compruébalo y, después, reinténtalo.</translation>
    </message>
    <message>
        <source>The message %1 failed; retry it to send it again.</source>
        <translation>El envío del mensaje %1 ha fallado; reinténtalo para enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot remove the outbox record %1.</source>
        <translation>No se puede eliminar la entrada %1 de la bandeja de salida.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) over several days. Last problem: %1</source>
        <translation>
            <numerusform>Se abandonó tras %n intento(s) a lo largo de varios días. Último problema: %1</numerusform>
            <numerusform>Se abandonó tras %n intento(s) a lo largo de varios días. Último problema: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). It has worked before, so Stamp tries again every minute and sends the message as soon as it answers.</source>
        <translation>No se puede contactar con %1 (%2). Antes funcionaba, así que Stamp lo vuelve a intentar cada minuto y envía el mensaje en cuanto responda.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2) and has never answered Stamp: check the server name and port in the account's settings. Stamp keeps trying meanwhile.</source>
        <translation>No se puede contactar con %1 (%2) y nunca ha respondido a Stamp: comprueba el nombre del servidor y el puerto en la configuración de la cuenta. Mientras tanto, Stamp lo sigue intentando.</translation>
    </message>
    <message>
        <source>Offline: waiting for the network (%1).</source>
        <translation>Sin conexión: esperando a la red (%1).</translation>
    </message>
    <message>
        <source>The connection ended after the whole message was sent, before the server confirmed it. It may have been delivered: check with a recipient, then retry or remove it.</source>
        <translation>La conexión terminó después de enviarse el mensaje completo, antes de que el servidor lo confirmara. Puede que se haya entregado: compruébalo con un destinatario y, después, reinténtalo o elimínalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) refused: %1</source>
        <translation>
            <numerusform>%n destinatario(s) rechazado(s): %1</numerusform>
            <numerusform>%n destinatario(s) rechazado(s): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The others have it; 'retry' sends to the refused recipients only.</source>
        <translation>Los demás lo han recibido; 'retry' lo envía solo a los destinatarios rechazados.</translation>
    </message>
    <message>
        <source>Not sent; no reason was reported.</source>
        <translation>No enviado; no se indicó ningún motivo.</translation>
    </message>
    <message>
        <source>Sending was cancelled before this message went out.</source>
        <translation>El envío se canceló antes de que saliera este mensaje.</translation>
    </message>
    <message>
        <source>Not sent: the connection broke while an earlier message was being sent.</source>
        <translation>No enviado: la conexión se cortó mientras se enviaba un mensaje anterior.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>held (undo until %1)</source>
        <translation>retenido (se puede deshacer hasta %1)</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>próximo intento: %1</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>no antes de %1</translation>
    </message>
    <message>
        <source>from %1, subject "%2", %3 bytes, %4 attempt(s)</source>
        <translation>de %1, asunto "%2", %3 bytes, %4 intento(s)</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado %1</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation>id del servidor: %1</translation>
    </message>
    <message>
        <source>from %1, subject "%2", %3 bytes, via %4</source>
        <translation>de %1, asunto "%2", %3 bytes, vía %4</translation>
    </message>
    <message>
        <source>there is no account "%1".</source>
        <translation>no existe la cuenta "%1".</translation>
    </message>
    <message>
        <source>No sent messages are kept.</source>
        <translation>No hay mensajes enviados guardados.</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>cuenta %1: %2</translation>
    </message>
    <message>
        <source>The outbox: messages queued with 'stamp send --queue' or '--at', their state and reason.</source>
        <translation>La bandeja de salida: mensajes puestos en cola con 'stamp send --queue' o '--at', su estado y su motivo.</translation>
    </message>
    <message>
        <source>list, flush, retry, remove, sent or transcript</source>
        <translation>list, flush, retry, remove, sent o transcript</translation>
    </message>
    <message>
        <source>list, sent: print JSON.</source>
        <translation>list, sent: muestra JSON.</translation>
    </message>
    <message>
        <source>sent: only this account's messages.</source>
        <translation>sent: solo los mensajes de esta cuenta.</translation>
    </message>
    <message>
        <source>Run 'stamp outbox --help' for the actions.</source>
        <translation>Ejecuta 'stamp outbox --help' para ver las acciones.</translation>
    </message>
    <message>
        <source>name an action: list, flush, retry, remove, sent or transcript.</source>
        <translation>indica una acción: list, flush, retry, remove, sent o transcript.</translation>
    </message>
    <message>
        <source>list takes no argument.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <source>stamp outbox: cannot read %1 (left as it is).</source>
        <translation>stamp outbox: no se puede leer %1 (se deja como está).</translation>
    </message>
    <message>
        <source>sent takes no argument.</source>
        <translation>sent no admite argumentos.</translation>
    </message>
    <message>
        <source>transcript needs the id of a sent message.</source>
        <translation>transcript necesita el id de un mensaje enviado.</translation>
    </message>
    <message>
        <source>no single sent message matches "%1".</source>
        <translation>ningún mensaje enviado coincide de forma única con "%1".</translation>
    </message>
    <message>
        <source>flush takes no argument.</source>
        <translation>flush no admite argumentos.</translation>
    </message>
    <message>
        <source>%1 needs the message id (or a unique start of it).</source>
        <translation>%1 necesita el id del mensaje (o un comienzo único del id).</translation>
    </message>
    <message>
        <source>%1 queued again; 'stamp outbox flush' sends it now.</source>
        <translation>%1 vuelve a estar en cola; 'stamp outbox flush' lo envía ahora.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <source>unknown action "%1".</source>
        <translation>acción desconocida "%1".</translation>
    </message>
    <message>
        <source>Next try %1; 'stamp outbox flush' tries now.</source>
        <translation>Próximo intento: %1; 'stamp outbox flush' lo intenta ahora.</translation>
    </message>
    <message>
        <source>Once that is mended, 'stamp outbox flush' tries again.</source>
        <translation>Cuando esté solucionado, 'stamp outbox flush' lo vuelve a intentar.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>while looking up the server's address</source>
        <translation>al buscar la dirección del servidor</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>al conectar</translation>
    </message>
    <message>
        <source>while waiting for the server's greeting</source>
        <translation>al esperar el saludo del servidor</translation>
    </message>
    <message>
        <source>while greeting the server (EHLO)</source>
        <translation>al saludar al servidor (EHLO)</translation>
    </message>
    <message>
        <source>while asking the server to start encryption (STARTTLS)</source>
        <translation>al solicitar al servidor el inicio del cifrado (STARTTLS)</translation>
    </message>
    <message>
        <source>while setting up the encrypted connection</source>
        <translation>al establecer la conexión cifrada</translation>
    </message>
    <message>
        <source>while signing in</source>
        <translation>al iniciar sesión</translation>
    </message>
    <message>
        <source>while sending the sender's address (MAIL FROM)</source>
        <translation>al enviar la dirección del remitente (MAIL FROM)</translation>
    </message>
    <message>
        <source>while sending a recipient's address (RCPT TO)</source>
        <translation>al enviar la dirección de un destinatario (RCPT TO)</translation>
    </message>
    <message>
        <source>while sending the message</source>
        <translation>al enviar el mensaje</translation>
    </message>
    <message>
        <source>while waiting for the server to accept the message</source>
        <translation>al esperar a que el servidor aceptara el mensaje</translation>
    </message>
    <message>
        <source>before connecting to the server</source>
        <translation>antes de conectar con el servidor</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Use the client authorization code; the login password is refused with 535.</source>
        <translation>Usa el código de autorización de cliente; la contraseña de inicio de sesión se rechaza con 535.</translation>
    </message>
    <message>
        <source>Use SES SMTP credentials (not AWS access keys); they are per region. Change the region in the host name: email-smtp.REGION.amazonaws.com, not the email.REGION API host.</source>
        <translation>Usa las credenciales SMTP de SES (no las claves de acceso de AWS); son por región. Cambia la región en el nombre de host: email-smtp.REGION.amazonaws.com, no el host de la API email.REGION.</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>en entorno de pruebas</translation>
    </message>
    <message>
        <source>Use an app password: "Generate app password" in the account security settings.</source>
        <translation>Usa una contraseña de aplicación: "Generar contraseña de aplicación" en la configuración de seguridad de la cuenta.</translation>
    </message>
    <message>
        <source>The password is an SMTP key (not an API key); the user name is the SMTP login shown on the SMTP tab.</source>
        <translation>La contraseña es una clave SMTP (no una clave de API); el nombre de usuario es el inicio de sesión SMTP que aparece en la pestaña SMTP.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuitas</translation>
    </message>
    <message>
        <source>Third-party access must be enabled in the Xfinity email settings.</source>
        <translation>El acceso de terceros debe estar habilitado en la configuración del correo de Xfinity.</translation>
    </message>
    <message>
        <source>Every third-party app needs its own app password: Settings, Privacy &amp; Security, Integrations.</source>
        <translation>Cada aplicación de terceros necesita su propia contraseña de aplicación: Settings, Privacy &amp; Security, Integrations.</translation>
    </message>
    <message>
        <source>Use an app password: it needs 2-Step Verification on the Google account. Work accounts with Advanced Protection or security-key-only 2-Step Verification cannot create one.</source>
        <translation>Usa una contraseña de aplicación: requiere la verificación en dos pasos en la cuenta de Google. Las cuentas de trabajo con Protección avanzada o con verificación en dos pasos solo por llave de seguridad no pueden crearla.</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personales</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>With two-factor authentication on, use an app-specific password.</source>
        <translation>Con la autenticación de dos factores activada, usa una contraseña específica de aplicación.</translation>
    </message>
    <message>
        <source>Enable POP3/IMAP access once in the GMX settings.</source>
        <translation>Habilita una vez el acceso POP3/IMAP en la configuración de GMX.</translation>
    </message>
    <message>
        <source>Other apps always need an app-specific password (two-factor authentication must be on): account.apple.com, Sign-In and Security.</source>
        <translation>Las demás aplicaciones siempre necesitan una contraseña específica de aplicación (la autenticación de dos factores debe estar activada): account.apple.com, Inicio de sesión y seguridad.</translation>
    </message>
    <message>
        <source>Use a "password for external application".</source>
        <translation>Usa una contraseña para aplicaciones externas ("password for external application").</translation>
    </message>
    <message>
        <source>Use the per-domain SMTP credentials from the Mailgun control panel (user e.g. postmaster@mg.example.com).</source>
        <translation>Usa las credenciales SMTP por dominio del panel de control de Mailgun (usuario, p. ej., postmaster@mg.example.com).</translation>
    </message>
    <message>
        <source>The user name is the API key and the password is the secret key.</source>
        <translation>El nombre de usuario es la clave de API y la contraseña es la clave secreta.</translation>
    </message>
    <message>
        <source>Microsoft 365 uses OAuth2 sign-in. Basic SMTP AUTH is off by default from the end of December 2026 (notice MC786329); a tenant admin may re-enable it.</source>
        <translation>Microsoft 365 usa el inicio de sesión OAuth2. SMTP AUTH básico está desactivado de forma predeterminada desde finales de diciembre de 2026 (aviso MC786329); un administrador del inquilino puede volver a habilitarlo.</translation>
    </message>
    <message>
        <source>Outlook.com accepts only OAuth2 sign-in: password and app-password login for personal accounts ended on 2024-09-16.</source>
        <translation>Outlook.com solo acepta el inicio de sesión OAuth2: el inicio de sesión con contraseña y con contraseña de aplicación para cuentas personales terminó el 2024-09-16.</translation>
    </message>
    <message>
        <source>Use the Server API token as both the user name and the password. Broadcast streams use smtp-broadcasts.postmarkapp.com.</source>
        <translation>Usa el token de la API del servidor (Server API token) como nombre de usuario y como contraseña. Los flujos de difusión (broadcast) usan smtp-broadcasts.postmarkapp.com.</translation>
    </message>
    <message>
        <source>Use the Bridge password from the mailbox details in Proton Mail Bridge, not the Proton account password.</source>
        <translation>Usa la contraseña de Bridge que aparece en los detalles del buzón en Proton Mail Bridge, no la contraseña de la cuenta de Proton.</translation>
    </message>
    <message>
        <source>Needs Proton Mail Bridge running on this computer (paid plans only). Bridge uses a self-signed certificate: pin it with --pin-sha256. Its port can differ from 1025.</source>
        <translation>Requiere Proton Mail Bridge en ejecución en este equipo (solo planes de pago). Bridge usa un certificado autofirmado: fíjalo con --pin-sha256. Su puerto puede ser distinto de 1025.</translation>
    </message>
    <message>
        <source>Only the 16-character authorization code works (since 2022-11), not the QQ password.</source>
        <translation>Solo funciona el código de autorización de 16 caracteres (desde 2022-11), no la contraseña de QQ.</translation>
    </message>
    <message>
        <source>The password is an API key with the Mail Send permission; the user name is the literal word apikey.</source>
        <translation>La contraseña es una clave de API con el permiso Mail Send; el nombre de usuario es literalmente la palabra apikey.</translation>
    </message>
    <message>
        <source>Needs the separate "E-Mail-Passwort" set in the Telekom customer centre, not the login password.</source>
        <translation>Requiere la contraseña independiente "E-Mail-Passwort", establecida en el centro de clientes de Telekom, no la contraseña de inicio de sesión.</translation>
    </message>
    <message>
        <source>Enable POP3/IMAP access once in the WEB.DE settings.</source>
        <translation>Habilita una vez el acceso POP3/IMAP en la configuración de WEB.DE.</translation>
    </message>
    <message>
        <source>Use an app password: Yahoo account security, "Generate app password".</source>
        <translation>Usa una contraseña de aplicación: seguridad de la cuenta de Yahoo, "Generar contraseña de aplicación".</translation>
    </message>
    <message>
        <source>Create an app password for each mail client; it is mandatory with two-factor authentication.</source>
        <translation>Crea una contraseña de aplicación para cada cliente de correo; es obligatoria con la autenticación de dos factores.</translation>
    </message>
    <message>
        <source>With multi-factor authentication on, an app password is mandatory.</source>
        <translation>Con la autenticación multifactor activada, es obligatoria una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>IMAP/SMTP access must be enabled in the Zoho Mail settings first.</source>
        <translation>Primero debe habilitarse el acceso IMAP/SMTP en la configuración de Zoho Mail.</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>The proxy has no host name.</source>
        <translation>El proxy no tiene nombre de host.</translation>
    </message>
    <message>
        <source>The proxy has no port.</source>
        <translation>El proxy no tiene puerto.</translation>
    </message>
    <message>
        <source>A proxy address must not hold a password; it belongs in the keychain.</source>
        <translation>Una dirección de proxy no debe contener una contraseña; la contraseña va en el llavero.</translation>
    </message>
    <message>
        <source>"%1" is not a proxy address: use socks5://host:port, socks5h://host:port, http://host:port, system or none.</source>
        <translation>"%1" no es una dirección de proxy: usa socks5://host:port, socks5h://host:port, http://host:port, system o none.</translation>
    </message>
    <message>
        <source>The proxy type "%1" is not supported: use socks5, socks5h or http.</source>
        <extracomment>%1 is what the person wrote before "://"</extracomment>
        <translation>El tipo de proxy "%1" no es compatible: usa socks5, socks5h o http.</translation>
    </message>
    <message>
        <source>"%1" is not a proxy address: it has a path.</source>
        <translation>"%1" no es una dirección de proxy: contiene una ruta.</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1</source>
        <extracomment>%1 is host:port of a proxy</extracomment>
        <translation>proxy SOCKS5 %1</translation>
    </message>
    <message>
        <source>the HTTP proxy %1</source>
        <extracomment>%1 is host:port of a proxy</extracomment>
        <translation>proxy HTTP %1</translation>
    </message>
</context>
<context>
    <name>QueueFlush</name>
    <message>
        <source>flush: the password for messages queued for an ad-hoc server, from standard input.</source>
        <translation>flush: la contraseña para los mensajes en cola para un servidor ad hoc, desde la entrada estándar.</translation>
    </message>
    <message>
        <source>flush: the password for messages queued for an ad-hoc server, from this variable.</source>
        <translation>flush: la contraseña para los mensajes en cola para un servidor ad hoc, desde esta variable.</translation>
    </message>
    <message>
        <source>flush: write the live transcript to FILE, or to standard error with -.</source>
        <translation>flush: escribe la transcripción en directo en FILE, o en la salida de error estándar con -.</translation>
    </message>
    <message>
        <source>use either --password-stdin or --password-env, not both.</source>
        <translation>usa --password-stdin o --password-env, no ambos.</translation>
    </message>
    <message>
        <source>Sign in again with: stamp account sign-in %1</source>
        <translation>Vuelve a iniciar sesión con: stamp account sign-in %1</translation>
    </message>
    <message>
        <source>%1 message(s) skipped: another process is sending them.</source>
        <translation>%1 mensaje(s) omitido(s): otro proceso los está enviando.</translation>
    </message>
    <message>
        <source>Nothing is due in the outbox.</source>
        <translation>No hay nada pendiente en la bandeja de salida.</translation>
    </message>
    <message>
        <source>messages queued for a server outside your accounts take their password with --password-env VAR or --password-stdin.</source>
        <translation>los mensajes en cola para un servidor ajeno a tus cuentas reciben su contraseña con --password-env VAR o --password-stdin.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>El servidor no ofrece notificaciones de entrega; el mensaje se ha enviado sin solicitar ninguna.</translation>
    </message>
</context>
<context>
    <name>QueueOptions</name>
    <message>
        <source>Put the message into the outbox and return at once; 'stamp outbox flush' sends it.</source>
        <translation>Pone el mensaje en la bandeja de salida y vuelve de inmediato; 'stamp outbox flush' lo envía.</translation>
    </message>
    <message>
        <source>Put the message into the outbox to be sent at TIME (2030-01-02T09:30, 09:30, +10m, +2h).</source>
        <translation>Pone el mensaje en la bandeja de salida para enviarlo en el momento TIME (2030-01-02T09:30, 09:30, +10m, +2h).</translation>
    </message>
    <message>
        <source>--at: cannot read the time "%1".</source>
        <translation>--at: no se puede interpretar la hora "%1".</translation>
    </message>
    <message>
        <source>%1 queued, to be sent at %2.</source>
        <translation>%1 en cola; hora de envío: %2.</translation>
    </message>
    <message>
        <source>%1 queued.</source>
        <translation>%1 en cola.</translation>
    </message>
    <message>
        <source>The password was not stored: give it again to 'stamp outbox flush' with --password-env or --password-stdin.</source>
        <translation>La contraseña no se ha guardado: vuelve a indicarla a 'stamp outbox flush' con --password-env o --password-stdin.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>(Sent directly with 'stamp send'; its transcript is where --log put it.)</source>
        <translation>(Enviado directamente con 'stamp send'; su transcripción está donde la dejó --log).</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Write the RFC 5322 message that 'stamp send' would send with the same options, to standard output or a file. Nothing is sent.</source>
        <translation>Escribe el mensaje RFC 5322 que 'stamp send' enviaría con las mismas opciones, en la salida estándar o en un archivo. No se envía nada.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Escribe en este archivo en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Write text as 8bit UTF-8 where it can, as for a server that offers 8BITMIME.</source>
        <translation>Escribe el texto como UTF-8 de 8 bits donde sea posible, como para un servidor que ofrece 8BITMIME.</translation>
    </message>
    <message>
        <source>Write header text as UTF-8 instead of encoded-words, as for a server that offers SMTPUTF8 (automatic when an address needs it).</source>
        <translation>Escribe el texto de los encabezados como UTF-8 en lugar de encoded-words, como para un servidor que ofrece SMTPUTF8 (automático cuando una dirección lo requiere).</translation>
    </message>
    <message>
        <source>Run 'stamp render --help' for the options.</source>
        <translation>Ejecuta 'stamp render --help' para ver las opciones.</translation>
    </message>
    <message>
        <source>stamp render: cannot write "%1": %2</source>
        <translation>stamp render: no se puede escribir "%1": %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 bytes, Message-ID %3.</source>
        <translation>Se ha escrito %1: %2 bytes, Message-ID %3.</translation>
    </message>
    <message>
        <source>Envelope: from &lt;%1&gt; to %2.</source>
        <translation>Sobre: de &lt;%1&gt; a %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>El servidor envió una línea de respuesta de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply line (no three-digit code): "%1".</source>
        <translation>El servidor envió una línea de respuesta mal formada (sin código de tres dígitos): "%1".</translation>
    </message>
    <message>
        <source>The server sent a reply code outside 2xx-5xx: %1.</source>
        <extracomment>%1 is the reply code the server sent</extracomment>
        <translation>El servidor envió un código de respuesta fuera del rango 2xx-5xx: %1.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply line: "%1".</source>
        <translation>El servidor envió una línea de respuesta mal formada: "%1".</translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 within one reply.</source>
        <extracomment>%1 and %2 are three-digit SMTP reply codes</extracomment>
        <translation>El servidor cambió el código de respuesta de %1 a %2 dentro de una misma respuesta.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>El servidor envió una respuesta de más de %1 líneas.</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Sandbox (on this computer)</source>
        <translation>Entorno de pruebas (en este equipo)</translation>
    </message>
    <message>
        <source>"%1" is not a SHA-256 fingerprint.</source>
        <translation>"%1" no es una huella digital SHA-256.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>No se ha podido guardar la configuración.</translation>
    </message>
</context>
<context>
    <name>SandboxBehaviour</name>
    <message>
        <source>Accept every message</source>
        <translation>Aceptar todos los mensajes</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Listas grises (greylisting)</translation>
    </message>
    <message>
        <source>Busy server</source>
        <translation>Servidor ocupado</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Demasiados destinatarios</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Destinatario desconocido</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Mensaje demasiado grande</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Servidor lento</translation>
    </message>
    <message>
        <source>Connection lost after the message</source>
        <translation>Conexión perdida tras el mensaje</translation>
    </message>
    <message>
        <source>Keeps every message it is sent, as a healthy server would.</source>
        <translation>Guarda todos los mensajes que recibe, como lo haría un servidor en buen estado.</translation>
    </message>
    <message>
        <source>Turns each new sender and recipient away once for a while (450), then accepts the retry.</source>
        <translation>Rechaza una vez durante un rato a cada remitente y destinatario nuevos (450) y después acepta el reintento.</translation>
    </message>
    <message>
        <source>Says it is too busy right now (421) and hangs up before anything is sent.</source>
        <translation>Dice que ahora está demasiado ocupado (421) y corta la conexión antes de que se envíe nada.</translation>
    </message>
    <message>
        <source>Accepts only a few recipients per message and asks for the others later (452).</source>
        <translation>Acepta solo unos pocos destinatarios por mensaje y pide los demás más tarde (452).</translation>
    </message>
    <message>
        <source>Refuses every login as a wrong user name or password (535).</source>
        <translation>Rechaza todos los inicios de sesión por nombre de usuario o contraseña incorrectos (535).</translation>
    </message>
    <message>
        <source>Says no such mailbox exists for the recipients (550).</source>
        <translation>Dice que no existe ningún buzón para los destinatarios (550).</translation>
    </message>
    <message>
        <source>Takes only small messages and refuses larger ones (552).</source>
        <translation>Solo acepta mensajes pequeños y rechaza los más grandes (552).</translation>
    </message>
    <message>
        <source>Takes a long time over every answer, but keeps the message.</source>
        <translation>Tarda mucho en cada respuesta, pero guarda el mensaje.</translation>
    </message>
    <message>
        <source>Reads the whole message, then hangs up without saying whether it was kept.</source>
        <translation>Lee el mensaje completo y después corta la conexión sin decir si lo ha guardado.</translation>
    </message>
    <message>
        <source>450 greylisted</source>
        <translation>450 en lista gris</translation>
    </message>
    <message>
        <source>421 busy</source>
        <translation>421 ocupado</translation>
    </message>
    <message>
        <source>452 too many recipients</source>
        <translation>452 demasiados destinatarios</translation>
    </message>
    <message>
        <source>535 wrong password</source>
        <translation>535 contraseña incorrecta</translation>
    </message>
    <message>
        <source>550 unknown recipient</source>
        <translation>550 destinatario desconocido</translation>
    </message>
    <message>
        <source>552 too large</source>
        <translation>552 demasiado grande</translation>
    </message>
    <message>
        <source>slow replies</source>
        <translation>respuestas lentas</translation>
    </message>
    <message>
        <source>no reply after the message</source>
        <translation>sin respuesta tras el mensaje</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS</source>
        <translation>Cifrado con STARTTLS</translation>
    </message>
    <message>
        <source>Encryption from the start (TLS)</source>
        <translation>Cifrado desde el principio (TLS)</translation>
    </message>
    <message>
        <source>Asks for encryption with STARTTLS before any message (530 without it), using a certificate made on this computer that no authority vouches for.</source>
        <translation>Exige cifrado con STARTTLS antes de cualquier mensaje (530 sin él), con un certificado creado en este equipo que no avala ninguna autoridad.</translation>
    </message>
    <message>
        <source>Encrypts the connection from the first byte, as on port 465, using a certificate made on this computer that no authority vouches for.</source>
        <translation>Cifra la conexión desde el primer byte, como en el puerto 465, con un certificado creado en este equipo que no avala ninguna autoridad.</translation>
    </message>
    <message>
        <source>STARTTLS with its own certificate</source>
        <translation>STARTTLS con su propio certificado</translation>
    </message>
    <message>
        <source>TLS with its own certificate</source>
        <translation>TLS con su propio certificado</translation>
    </message>
</context>
<context>
    <name>SandboxCertificate</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The sandbox's certificate could not be made (%1): %2</source>
        <translation>No se ha podido crear el certificado del entorno de pruebas (%1): %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>How to answer: normal (default), or a misbehaviour (--list-modes).</source>
        <translation>Cómo responder: normal (predeterminado) o un fallo simulado (--list-modes).</translation>
    </message>
    <message>
        <source>List the modes and exit.</source>
        <translation>Muestra los modos y sale.</translation>
    </message>
    <message>
        <source>Listen on this port (default: any free port).</source>
        <translation>Escucha en este puerto (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Keep the messages in this folder (default: the app's sandbox folder).</source>
        <translation>Guarda los mensajes en esta carpeta (predeterminado: la carpeta del entorno de pruebas de la aplicación).</translation>
    </message>
    <message>
        <source>Keep the messages in memory only, for this run.</source>
        <translation>Guarda los mensajes solo en memoria, durante esta ejecución.</translation>
    </message>
    <message>
        <source>greylisting: accept a retry after this many seconds (default 60).</source>
        <translation>greylisting: acepta un reintento pasados estos segundos (predeterminado: 60).</translation>
    </message>
    <message>
        <source>too-many-recipients: accept this many per message (default 2).</source>
        <translation>too-many-recipients: acepta este número de destinatarios por mensaje (predeterminado: 2).</translation>
    </message>
    <message>
        <source>unknown-user: refuse only this address (default: every recipient).</source>
        <translation>unknown-user: rechaza solo esta dirección (predeterminado: todos los destinatarios).</translation>
    </message>
    <message>
        <source>too-large: the largest message taken, in bytes (default 16384).</source>
        <translation>too-large: el mensaje más grande que se acepta, en bytes (predeterminado: 16384).</translation>
    </message>
    <message>
        <source>slow: milliseconds before each reply (default 2000).</source>
        <translation>slow: milisegundos antes de cada respuesta (predeterminado: 2000).</translation>
    </message>
    <message>
        <source>Run 'stamp sandbox --help' for the options.</source>
        <translation>Ejecuta 'stamp sandbox --help' para ver las opciones.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>There is no mode "%1". The modes are: %2.</source>
        <translation>No existe el modo "%1". Los modos son: %2.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>--storage and --memory cannot be used together.</source>
        <translation>--storage y --memory no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>No se puede escuchar en 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP, no TLS).</source>
        <translation>El entorno de pruebas escucha en 127.0.0.1, puerto %1 (SMTP, sin TLS).</translation>
    </message>
    <message>
        <source>Mode: %1 - %2</source>
        <translation>Modo: %1 - %2</translation>
    </message>
    <message>
        <source>Messages are kept in memory only.</source>
        <translation>Los mensajes se guardan solo en memoria.</translation>
    </message>
    <message>
        <source>Messages are kept in %1.</source>
        <translation>Los mensajes se guardan en %1.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulsa Ctrl+C para detenerlo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 received message %2 from &lt;%3&gt; to %4, %n byte(s)</source>
        <translation>
            <numerusform>%1 mensaje %2 recibido de &lt;%3&gt; para %4, %n byte</numerusform>
            <numerusform>%1 mensaje %2 recibido de &lt;%3&gt; para %4, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sandbox stopped; it kept %n message(s) in this run.</source>
        <translation>
            <numerusform>El entorno de pruebas se ha detenido; ha guardado %n mensaje en esta ejecución.</numerusform>
            <numerusform>El entorno de pruebas se ha detenido; ha guardado %n mensajes en esta ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the sandbox, a mail server on 127.0.0.1 that keeps every message it accepts and delivers nothing, until Ctrl+C. With --mode it misbehaves the way a real server sometimes does, so you can see what Stamp does about it. The starttls and tls modes use a self-signed certificate made on first use; its SHA-256 is printed for --pin-sha256.</source>
        <translation>Ejecuta el entorno de pruebas, un servidor de correo en 127.0.0.1 que guarda todos los mensajes que acepta y no entrega nada, hasta que pulses Ctrl+C. Con --mode simula los fallos que a veces tiene un servidor real, para que veas cómo reacciona Stamp. Los modos starttls y tls usan un certificado autofirmado que se crea la primera vez que se usan; su SHA-256 se muestra para --pin-sha256.</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP with STARTTLS).</source>
        <translation>El entorno de pruebas escucha en 127.0.0.1, puerto %1 (SMTP con STARTTLS).</translation>
    </message>
    <message>
        <source>The sandbox is listening on 127.0.0.1 port %1 (SMTP over TLS).</source>
        <translation>El entorno de pruebas escucha en 127.0.0.1, puerto %1 (SMTP sobre TLS).</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <source>The certificate was made for this run only.</source>
        <translation>El certificado se ha creado solo para esta ejecución.</translation>
    </message>
    <message>
        <source>The certificate and its key are in %1.</source>
        <translation>El certificado y su clave están en %1.</translation>
    </message>
    <message>
        <source>To send to it: stamp send --host 127.0.0.1 --port %1 --security %2 --pin-sha256 %3 ...</source>
        <translation>Para enviarle mensajes: stamp send --host 127.0.0.1 --port %1 --security %2 --pin-sha256 %3 ...</translation>
    </message>
</context>
<context>
    <name>SaslMechanism</name>
    <message>
        <source>server sent a second CRAM-MD5 challenge</source>
        <translation>el servidor envió un segundo desafío CRAM-MD5</translation>
    </message>
    <message>
        <source>server sent an empty CRAM-MD5 challenge</source>
        <translation>el servidor envió un desafío CRAM-MD5 vacío</translation>
    </message>
    <message>
        <source>server sent a third LOGIN challenge after the password</source>
        <translation>el servidor envió un tercer desafío LOGIN después de la contraseña</translation>
    </message>
    <message>
        <source>no OAuth access token was given</source>
        <translation>no se proporcionó ningún token de acceso OAuth</translation>
    </message>
    <message>
        <source>the OAuth access token contains spaces, control or non-ASCII characters</source>
        <translation>el token de acceso OAuth contiene espacios, caracteres de control o caracteres no ASCII</translation>
    </message>
    <message>
        <source>the user name contains control characters</source>
        <translation>el nombre de usuario contiene caracteres de control</translation>
    </message>
    <message>
        <source>server sent another %1 challenge after its error</source>
        <translation>el servidor envió otro desafío %1 después de su error</translation>
    </message>
    <message>
        <source>server sent an empty %1 challenge twice</source>
        <translation>el servidor envió dos veces un desafío %1 vacío</translation>
    </message>
    <message>
        <source>PLAIN cannot send a user name or password containing a NUL character</source>
        <translation>PLAIN no puede enviar un nombre de usuario ni una contraseña que contengan un carácter NUL</translation>
    </message>
    <message>
        <source>server sent an unexpected PLAIN challenge</source>
        <translation>el servidor envió un desafío PLAIN inesperado</translation>
    </message>
    <message>
        <source>server reported SCRAM error "%1"</source>
        <translation>el servidor informó del error de SCRAM "%1"</translation>
    </message>
    <message>
        <source>server sent an empty SCRAM challenge twice</source>
        <translation>el servidor envió dos veces un desafío SCRAM vacío</translation>
    </message>
    <message>
        <source>server sent a challenge after the SCRAM server-final message</source>
        <translation>el servidor envió un desafío después del mensaje server-final de SCRAM</translation>
    </message>
    <message>
        <source>the SCRAM exchange has already failed</source>
        <translation>el intercambio SCRAM ya ha fallado</translation>
    </message>
    <message>
        <source>malformed SCRAM server-first message</source>
        <translation>mensaje server-first de SCRAM mal formado</translation>
    </message>
    <message>
        <source>server requires a SCRAM extension this client does not support</source>
        <translation>el servidor requiere una extensión de SCRAM que este cliente no admite</translation>
    </message>
    <message>
        <source>SCRAM server-first message lacks the nonce, salt or iteration count</source>
        <translation>al mensaje server-first de SCRAM le falta el nonce, la sal o el número de iteraciones</translation>
    </message>
    <message>
        <source>SCRAM server nonce does not extend the client nonce</source>
        <translation>el nonce SCRAM del servidor no amplía el nonce del cliente</translation>
    </message>
    <message>
        <source>SCRAM salt is not valid base64</source>
        <translation>la sal de SCRAM no es base64 válido</translation>
    </message>
    <message>
        <source>SCRAM iteration count %1 is out of range (1 to %2)</source>
        <translation>el número de iteraciones de SCRAM %1 está fuera del rango (de 1 a %2)</translation>
    </message>
    <message>
        <source>could not derive the SCRAM key</source>
        <translation>no se pudo derivar la clave SCRAM</translation>
    </message>
    <message>
        <source>malformed SCRAM server-final message</source>
        <translation>mensaje server-final de SCRAM mal formado</translation>
    </message>
    <message>
        <source>SCRAM server signature does not match: the server did not prove it knows the password</source>
        <translation>la firma SCRAM del servidor no coincide: el servidor no demostró que conoce la contraseña</translation>
    </message>
    <message>
        <source>server accepted the login without a valid SCRAM server signature, so it did not prove it knows the password</source>
        <translation>el servidor aceptó el inicio de sesión sin una firma SCRAM del servidor válida, así que no demostró que conoce la contraseña</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send a message through an SMTP submission server.</source>
        <translation>Envía un mensaje a través de un servidor de envío SMTP.</translation>
    </message>
    <message>
        <source>Send this prepared RFC 5322 message file as it is. Repeat to send several messages, each to the same recipients, over one connection.</source>
        <translation>Envía tal cual este archivo de mensaje RFC 5322 ya preparado. Repítelo para enviar varios mensajes, todos a los mismos destinatarios, por una sola conexión.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Muestra el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>Run 'stamp send --help' for the options.</source>
        <translation>Ejecuta 'stamp send --help' para ver las opciones.</translation>
    </message>
    <message>
        <source>at least one --to, --cc or --bcc is required.</source>
        <translation>se requiere al menos un --to, --cc o --bcc.</translation>
    </message>
    <message>
        <source>--eml sends a complete message; it cannot be combined with the options that compose one (--subject, --body, --attach, --header...).</source>
        <translation>--eml envía un mensaje completo; no se puede combinar con las opciones que lo componen (--subject, --body, --attach, --header...).</translation>
    </message>
    <message>
        <source>cannot read --eml "%1": %2</source>
        <translation>no se puede leer --eml "%1": %2</translation>
    </message>
    <message>
        <source>stamp send: cannot write the message to a temporary file: %1</source>
        <translation>stamp send: no se puede escribir el mensaje en un archivo temporal: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>The server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>El servidor no ofrece notificaciones de entrega; el mensaje se ha enviado sin solicitar ninguna.</translation>
    </message>
</context>
<context>
    <name>SenderPolicy</name>
    <message>
        <source>The identity %1 sends through an account that no longer exists: choose another in its settings.</source>
        <translation>La identidad %1 envía a través de una cuenta que ya no existe: elige otra en su configuración.</translation>
    </message>
</context>
<context>
    <name>SendingHygiene</name>
    <message>
        <source>The From address is at %1, a %2 address, but this message goes through another provider: %2 lets only its own servers send mail from %1, so the message will likely land in spam or be refused. Choose a From address of this account, or send it from your %2 account.</source>
        <translation>La dirección del remitente (From) es del dominio %1, una dirección de %2, pero este mensaje sale a través de otro proveedor: %2 solo permite que sus propios servidores envíen correo desde %1, así que es probable que el mensaje acabe en spam o sea rechazado. Elige una dirección de remitente de esta cuenta o envíalo desde tu cuenta de %2.</translation>
    </message>
    <message>
        <source>The From address is at %1, but this account's address is at %2. Receivers check that the From domain authorises the server a message comes from: unless %1 lists this provider in its SPF record or lets it sign with DKIM for %1, the message may land in spam or be refused.</source>
        <translation>La dirección del remitente (From) es del dominio %1, pero la dirección de esta cuenta es del dominio %2. Los receptores comprueban que el dominio del remitente autorice al servidor del que procede el mensaje: a menos que %1 incluya a este proveedor en su registro SPF o le permita firmar con DKIM para %1, el mensaje puede acabar en spam o ser rechazado.</translation>
    </message>
    <message>
        <source>Run 'stamp domain check %1' to see what %1 must publish.</source>
        <translation>Ejecuta 'stamp domain check %1' para ver lo que %1 debe publicar.</translation>
    </message>
    <message>
        <source>The Deliverability tab of the account's settings shows what %1 must publish.</source>
        <translation>La pestaña Entregabilidad de la configuración de la cuenta muestra lo que %1 debe publicar.</translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n recipients at once, and its unsubscribe field offers no one-click unsubscribe: Gmail and Yahoo expect an https link in List-Unsubscribe plus "List-Unsubscribe-Post: List-Unsubscribe=One-Click", or they may treat the message as spam. A mailing-list service sets this up and is the right tool for mailings.</source>
        <translation>
            <numerusform>Este mensaje va a %n destinatario a la vez y su campo de baja no permite darse de baja con un solo clic: Gmail y Yahoo esperan un enlace https en List-Unsubscribe además de "List-Unsubscribe-Post: List-Unsubscribe=One-Click"; si no, pueden tratar el mensaje como spam. Un servicio de listas de correo lo configura y es la herramienta adecuada para los envíos masivos.</numerusform>
            <numerusform>Este mensaje va a %n destinatarios a la vez y su campo de baja no permite darse de baja con un solo clic: Gmail y Yahoo esperan un enlace https en List-Unsubscribe además de "List-Unsubscribe-Post: List-Unsubscribe=One-Click"; si no, pueden tratar el mensaje como spam. Un servicio de listas de correo lo configura y es la herramienta adecuada para los envíos masivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n recipients at once without a way to unsubscribe: Gmail and Yahoo expect mail to many people to offer one-click unsubscribe, or they may treat it as spam. A mailing-list service adds it and is the right tool for mailings.</source>
        <translation>
            <numerusform>Este mensaje va a %n destinatario a la vez sin ninguna forma de darse de baja: Gmail y Yahoo esperan que el correo dirigido a muchas personas permita darse de baja con un solo clic; si no, pueden tratarlo como spam. Un servicio de listas de correo lo añade y es la herramienta adecuada para los envíos masivos.</numerusform>
            <numerusform>Este mensaje va a %n destinatarios a la vez sin ninguna forma de darse de baja: Gmail y Yahoo esperan que el correo dirigido a muchas personas permita darse de baja con un solo clic; si no, pueden tratarlo como spam. Un servicio de listas de correo lo añade y es la herramienta adecuada para los envíos masivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingQuota</name>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1 (cuentas %2)</translation>
    </message>
    <message>
        <source>This message has %1 recipients, and %2 accepts at most %3 per message: it will probably be refused. Send it in smaller groups.</source>
        <translation>Este mensaje tiene %1 destinatarios y %2 acepta como máximo %3 por mensaje: probablemente será rechazado. Envíalo en grupos más pequeños.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in the last 24 hours; %2 allows about %3 a day. This one may be refused, and the account may be blocked from sending for a day.</source>
        <translation>Has enviado %1 mensajes en las últimas 24 horas; %2 permite unos %3 al día. Este podría ser rechazado, y la cuenta podría quedar bloqueada para enviar durante un día.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in the last 24 hours; %2 allows about %3 a day, so %4 remain.</source>
        <translation>Has enviado %1 mensajes en las últimas 24 horas; %2 permite unos %3 al día, así que quedan %4.</translation>
    </message>
    <message>
        <source>%1, %2 accounts</source>
        <translation>%1, cuentas %2</translation>
    </message>
    <message>
        <source>%1 of %2 messages (%3 recipients) in the last 24 hours (%4)</source>
        <translation>%1 de %2 mensajes (%3 destinatarios) en las últimas 24 horas (%4)</translation>
    </message>
    <message>
        <source>%1 messages (%2 recipients) in the last 24 hours; no published limit</source>
        <translation>%1 mensajes (%2 destinatarios) en las últimas 24 horas; sin límite publicado</translation>
    </message>
</context>
<context>
    <name>SentCopier</name>
    <message>
        <source>The account this message was sent from no longer exists.</source>
        <translation>La cuenta desde la que se envió este mensaje ya no existe.</translation>
    </message>
    <message>
        <source>The copy to the Sent folder was switched off for the account "%1".</source>
        <translation>La copia en la carpeta Enviados se ha desactivado para la cuenta "%1".</translation>
    </message>
    <message>
        <source>No login is available yet.</source>
        <translation>Todavía no hay ningún inicio de sesión disponible.</translation>
    </message>
    <message>
        <source>The sent message's file cannot be read: %1</source>
        <translation>No se puede leer el archivo del mensaje enviado: %1</translation>
    </message>
</context>
<context>
    <name>SentStore</name>
    <message>
        <source>Cannot create the Sent items folder "%1".</source>
        <translation>No se puede crear la carpeta de Enviados "%1".</translation>
    </message>
    <message>
        <source>Cannot save the transcript of %1: %2</source>
        <translation>No se puede guardar la transcripción de %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the Sent record %1: %2</source>
        <translation>No se puede guardar el registro de Enviados %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the sent message %1: %2</source>
        <translation>No se puede leer el mensaje enviado %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the sent message %1: %2</source>
        <translation>No se puede copiar el mensaje enviado %1: %2</translation>
    </message>
    <message>
        <source>The message %1 is not sent.</source>
        <translation>El mensaje %1 no se ha enviado.</translation>
    </message>
    <message>
        <source>(The transcript of this send was not kept: Stamp stopped before it was saved.)</source>
        <translation>(La transcripción de este envío no se guardó: Stamp se detuvo antes de guardarla.)</translation>
    </message>
    <message>
        <source>The server did not offer delivery reports: the message was sent without asking for one.</source>
        <translation>El servidor no ofrecía notificaciones de entrega: el mensaje se envió sin solicitar ninguna.</translation>
    </message>
    <message>
        <source>Delivery report requested.</source>
        <translation>Notificación de entrega solicitada.</translation>
    </message>
    <message>
        <source>Delivery report requested (envelope ID %1).</source>
        <extracomment>%1 is the envelope ID the delivery reports will quote</extracomment>
        <translation>Notificación de entrega solicitada (ID del sobre %1).</translation>
    </message>
    <message>
        <source>the IMAP server</source>
        <translation>el servidor IMAP</translation>
    </message>
    <message>
        <source>Copy to Sent on %1 pending.</source>
        <extracomment>%1 is the IMAP server's host name</extracomment>
        <translation>Copia en Enviados en %1 pendiente.</translation>
    </message>
    <message>
        <source>Copy to Sent waiting: %1</source>
        <extracomment>%1 is why the last try did not work</extracomment>
        <translation>Copia en Enviados en espera: %1</translation>
    </message>
    <message>
        <source>Copied to %1 on %2.</source>
        <extracomment>%1 is the folder's name, %2 the IMAP server's host name</extracomment>
        <translation>Copiado en %1 en %2.</translation>
    </message>
    <message>
        <source>Copied to Sent on %1.</source>
        <extracomment>%1 is the IMAP server's host name</extracomment>
        <translation>Copiado en Enviados en %1.</translation>
    </message>
    <message>
        <source>Copy to Sent stopped: %1</source>
        <extracomment>%1 is what stopped the copy and what would help</extracomment>
        <translation>Copia en Enviados detenida: %1</translation>
    </message>
    <message>
        <source>The Sent item %1 is gone.</source>
        <translation>El elemento enviado %1 ya no existe.</translation>
    </message>
</context>
<context>
    <name>ServerCandidate</name>
    <message>
        <source>the %1 preset</source>
        <translation>configuración predefinida de %1</translation>
    </message>
    <message>
        <source>the domain's autoconfig file (%1)</source>
        <translation>archivo autoconfig del dominio (%1)</translation>
    </message>
    <message>
        <source>the domain's MX record (%1, the %2 preset)</source>
        <translation>registro MX del dominio (%1, configuración predefinida de %2)</translation>
    </message>
    <message>
        <source>the domain's SRV record %1 (check it before you log in: DNS answers can be forged)</source>
        <translation>registro SRV %1 del dominio (compruébalo antes de iniciar sesión: las respuestas DNS se pueden falsificar)</translation>
    </message>
    <message>
        <source>probing %1 (%2)</source>
        <translation>sondeo de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <source>Use the saved account NAME (see 'stamp account'): its server, login and the password in the keychain.</source>
        <translation>Usa la cuenta guardada NAME (consulta 'stamp account'): su servidor, su inicio de sesión y la contraseña del llavero.</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>Nombre de host del servidor SMTP.</translation>
    </message>
    <message>
        <source>Server port (default: 587 starttls, 465 tls, 25 none).</source>
        <translation>Puerto del servidor (predeterminado: 587 starttls, 465 tls, 25 none).</translation>
    </message>
    <message>
        <source>starttls (default), tls (implicit, port 465) or none.</source>
        <translation>starttls (predeterminado), tls (implícito, puerto 465) o none.</translation>
    </message>
    <message>
        <source>Log in as this user name.</source>
        <translation>Inicia sesión con este nombre de usuario.</translation>
    </message>
    <message>
        <source>Read the password (first line) from standard input.</source>
        <translation>Lee la contraseña (primera línea) de la entrada estándar.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Lee la contraseña de esta variable de entorno.</translation>
    </message>
    <message>
        <source>auto (default), plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 or oauthbearer. For the OAuth mechanisms the secret is the access token.</source>
        <translation>auto (predeterminado), plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 u oauthbearer. Con los mecanismos OAuth, el secreto es el token de acceso.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confía también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 fingerprint, and no other.</source>
        <translation>Acepta exactamente el certificado del servidor con esta huella digital SHA-256, y ningún otro.</translation>
    </message>
    <message>
        <source>Name to announce in EHLO (default: our address literal).</source>
        <translation>Nombre que anunciar en EHLO (predeterminado: nuestra dirección como literal).</translation>
    </message>
    <message>
        <source>Give up when the server is silent this long, and when it is not ready for the message in one and a half times that, counting every connection (default: 60 s and 90 s; RFC 5321's times once the message is on its way).</source>
        <translation>Abandona cuando el servidor permanece en silencio este tiempo, y cuando no está listo para el mensaje en una vez y media ese tiempo, contando cada conexión (predeterminado: 60 s y 90 s; los tiempos del RFC 5321 una vez que el mensaje está en camino).</translation>
    </message>
    <message>
        <source>Allow logging in without TLS to a host that is not this machine.</source>
        <translation>Permite iniciar sesión sin TLS en un host que no sea este equipo.</translation>
    </message>
    <message>
        <source>Write the live transcript (passwords redacted) to FILE, or to standard error with -.</source>
        <translation>Escribe la transcripción en directo (con las contraseñas ocultas) en FILE, o en la salida de error estándar con -.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout debe ser un número de segundos entre 0 y 3600.</translation>
    </message>
    <message>
        <source>The server refused the access token; trying once more with a renewed one.</source>
        <translation>El servidor rechazó el token de acceso; se vuelve a intentar una vez con uno renovado.</translation>
    </message>
    <message>
        <source>The account does not sign in with OAuth.</source>
        <translation>La cuenta no inicia sesión con OAuth.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1". Save one with 'stamp account set-password %1 --password-stdin', or give it for this run with --password-stdin.</source>
        <translation>No hay ninguna contraseña guardada para la cuenta "%1". Guarda una con 'stamp account set-password %1 --password-stdin' o indícala para esta ejecución con --password-stdin.</translation>
    </message>
    <message>
        <source>Sign in again with: stamp account sign-in %1</source>
        <translation>Vuelve a iniciar sesión con: stamp account sign-in %1</translation>
    </message>
    <message>
        <source>Give an access token for this run with --password-stdin or --password-env.</source>
        <translation>Indica un token de acceso para esta ejecución con --password-stdin o --password-env.</translation>
    </message>
    <message>
        <source>Give the password for this run with --password-stdin or --password-env.</source>
        <translation>Indica la contraseña para esta ejecución con --password-stdin o --password-env.</translation>
    </message>
    <message>
        <source>--password-env: the environment variable %1 is not set.</source>
        <translation>--password-env: la variable de entorno %1 no está definida.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>--account already gives the server and login; --%1 cannot be combined with it (change the account with 'stamp account' instead).</source>
        <translation>--account ya indica el servidor y el inicio de sesión; --%1 no se puede combinar con esa opción (cambia la cuenta con 'stamp account').</translation>
    </message>
    <message>
        <source>use either --password-stdin or --password-env, not both.</source>
        <translation>usa --password-stdin o --password-env, no ambos.</translation>
    </message>
    <message>
        <source>There is no account named "%1". 'stamp account list' shows the saved ones.</source>
        <translation>No existe ninguna cuenta llamada "%1". 'stamp account list' muestra las guardadas.</translation>
    </message>
    <message>
        <source>--ca-file: the file "%1" does not exist.</source>
        <translation>--ca-file: el archivo "%1" no existe.</translation>
    </message>
    <message>
        <source>--host (or --account) is required.</source>
        <translation>--host (o --account) es obligatorio.</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none.</source>
        <translation>--security debe ser starttls, tls o none.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>--pin-sha256 debe ser una huella digital SHA-256: 64 dígitos hexadecimales; se admiten los dos puntos.</translation>
    </message>
    <message>
        <source>--auth must be one of auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>--auth debe ser uno de estos valores: auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</translation>
    </message>
    <message>
        <source>--password-stdin and --password-env need --user.</source>
        <translation>--password-stdin y --password-env requieren --user.</translation>
    </message>
    <message>
        <source>--auth needs --user.</source>
        <translation>--auth requiere --user.</translation>
    </message>
    <message>
        <source>--user needs exactly one of --password-stdin or --password-env.</source>
        <translation>--user requiere exactamente una de estas opciones: --password-stdin o --password-env.</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://[user@]host:port, socks5h://... (the proxy resolves the server's name), http://[user@]host:port (HTTP CONNECT), system (default) or none. The proxy's password comes from the environment variable STAMP_PROXY_PASSWORD or the keychain.</source>
        <translation>Conecta a través de este proxy: socks5://[user@]host:port, socks5h://... (el proxy resuelve el nombre del servidor), http://[user@]host:port (HTTP CONNECT), system (predeterminado) o none. La contraseña del proxy se toma de la variable de entorno STAMP_PROXY_PASSWORD o del llavero.</translation>
    </message>
    <message>
        <source>The proxy login %1 needs a password: set the environment variable STAMP_PROXY_PASSWORD (or save it with the account in the desktop app).</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>El usuario %1 del proxy necesita una contraseña: define la variable de entorno STAMP_PROXY_PASSWORD (o guárdala con la cuenta en la aplicación de escritorio).</translation>
    </message>
</context>
<context>
    <name>SignInTrouble</name>
    <message>
        <source>You last signed in about a week ago, and Google ends every sign-in after 7 days while the app registration Stamp signs in with has the publishing status "Testing". Sign in to %1 again; to stop this happening every week, the administrator of that app registration should set its publishing status to "In production" in the Google Cloud console.</source>
        <translation>Iniciaste sesión por última vez hace aproximadamente una semana, y Google finaliza todos los inicios de sesión a los 7 días mientras el registro de aplicación con el que Stamp inicia sesión tenga el estado de publicación "Testing". Vuelve a iniciar sesión en %1; para que esto no ocurra cada semana, el administrador de ese registro de aplicación debe cambiar su estado de publicación a "In production" en la consola de Google Cloud.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so Google has most likely withdrawn it: the Google account's password was changed, Stamp's access was removed on the Google Account's Security page (under third-party apps and services), or the organisation's administrator requires signing in again at set times. Sign in to %1 again; if it is refused again, check that page or ask the administrator.</source>
        <translation>Se rechazó menos de un día después de iniciar sesión, así que lo más probable es que Google lo haya retirado: se cambió la contraseña de la cuenta de Google, se quitó el acceso de Stamp en la página Seguridad de la cuenta de Google (en aplicaciones y servicios de terceros) o el administrador de la organización exige volver a iniciar sesión cada cierto tiempo. Vuelve a iniciar sesión en %1; si se vuelve a rechazar, revisa esa página o pregunta al administrador.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so Microsoft has most likely revoked it: Microsoft revokes saved sign-ins when the account's password is changed, and when the organisation administrator's policy says so (for example a required sign-in frequency, or sessions revoked by an administrator). Sign in to %1 again; if it is refused again, ask the administrator.</source>
        <translation>Se rechazó menos de un día después de iniciar sesión, así que lo más probable es que Microsoft lo haya revocado: Microsoft revoca los inicios de sesión guardados cuando se cambia la contraseña de la cuenta y cuando así lo indica la directiva del administrador de la organización (por ejemplo, una frecuencia de inicio de sesión obligatoria o sesiones revocadas por un administrador). Vuelve a iniciar sesión en %1; si se vuelve a rechazar, pregunta al administrador.</translation>
    </message>
    <message>
        <source>It was refused within a day of signing in, so the provider has most likely withdrawn it: the password was changed, or Stamp's access was removed in the account's security settings. Sign in to %1 again; if it is refused again, check those settings.</source>
        <translation>Se rechazó menos de un día después de iniciar sesión, así que lo más probable es que el proveedor lo haya retirado: se cambió la contraseña o se quitó el acceso de Stamp en la configuración de seguridad de la cuenta. Vuelve a iniciar sesión en %1; si se vuelve a rechazar, revisa esa configuración.</translation>
    </message>
    <message>
        <source>Google withdraws a saved sign-in when the Google account's password is changed, when Stamp's access is removed on the Google Account's Security page (under third-party apps and services), or when the organisation's administrator requires signing in again. Sign in to %1 again.</source>
        <translation>Google retira un inicio de sesión guardado cuando se cambia la contraseña de la cuenta de Google, cuando se quita el acceso de Stamp en la página Seguridad de la cuenta de Google (en aplicaciones y servicios de terceros) o cuando el administrador de la organización exige volver a iniciar sesión. Vuelve a iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>Microsoft revokes saved sign-ins when the account's password is changed, when the organisation administrator's policy says so (for example a required sign-in frequency, or sessions revoked by an administrator), and after 90 days without use. Sign in to %1 again.</source>
        <translation>Microsoft revoca los inicios de sesión guardados cuando se cambia la contraseña de la cuenta, cuando así lo indica la directiva del administrador de la organización (por ejemplo, una frecuencia de inicio de sesión obligatoria o sesiones revocadas por un administrador) y tras 90 días sin uso. Vuelve a iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>Providers withdraw a saved sign-in when the password is changed, when Stamp's access is removed in the account's security settings, or after a long time without use. Sign in to %1 again.</source>
        <translation>Los proveedores retiran un inicio de sesión guardado cuando se cambia la contraseña, cuando se quita el acceso de Stamp en la configuración de seguridad de la cuenta o tras mucho tiempo sin uso. Vuelve a iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>Google withdraws a saved sign-in when the Google account's password is changed or Stamp's access is removed on the Google Account's Security page, and ends every sign-in after 7 days while the app registration Stamp signs in with has the publishing status "Testing". Sign in to %1 again; if this happens every week, the administrator of that app registration should set its publishing status to "In production".</source>
        <translation>Google retira un inicio de sesión guardado cuando se cambia la contraseña de la cuenta de Google o se quita el acceso de Stamp en la página Seguridad de la cuenta de Google, y finaliza todos los inicios de sesión a los 7 días mientras el registro de aplicación con el que Stamp inicia sesión tenga el estado de publicación "Testing". Vuelve a iniciar sesión en %1; si esto ocurre cada semana, el administrador de ese registro de aplicación debe cambiar su estado de publicación a "In production".</translation>
    </message>
</context>
<context>
    <name>SpfCheck</name>
    <message>
        <source>SPF could not be checked</source>
        <translation>No se pudo comprobar SPF</translation>
    </message>
    <message>
        <source>DNS gave no answer for the domain's TXT records.</source>
        <translation>El DNS no respondió a la consulta de los registros TXT del dominio.</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>No hay registro SPF</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send mail for %1, and Gmail, Yahoo and Microsoft reject or junk mail without SPF or DKIM.</source>
        <translation>Los receptores no pueden saber qué servidores pueden enviar correo en nombre de %1, y Gmail, Yahoo y Microsoft rechazan o marcan como spam el correo sin SPF ni DKIM.</translation>
    </message>
    <message>
        <source>The SPF record is run together</source>
        <translation>Al registro SPF le falta un espacio</translation>
    </message>
    <message>
        <source>The record starts "v=spf1" without a space after it, so receivers do not take it for SPF. A record split into several strings is joined without spaces: end each string but the last with a space.</source>
        <translation>El registro empieza por "v=spf1" sin un espacio detrás, así que los receptores no lo toman como SPF. Un registro dividido en varias cadenas se une sin espacios: termina cada cadena, salvo la última, con un espacio.</translation>
    </message>
    <message>
        <source>More than one SPF record</source>
        <translation>Más de un registro SPF</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records. Receivers then ignore all of them (a permanent error): merge them into one record and delete the others.</source>
        <translation>%1 publica %2 registros SPF. En ese caso, los receptores los ignoran todos (un error permanente): combínalos en un solo registro y elimina los demás.</translation>
    </message>
    <message>
        <source>The SPF record has an error</source>
        <translation>El registro SPF tiene un error</translation>
    </message>
    <message>
        <source>Receivers ignore a record with an error, as if there were none: %1.</source>
        <translation>Los receptores ignoran un registro con un error, como si no existiera: %1.</translation>
    </message>
    <message>
        <source>If the record is split into several strings, they are joined without spaces: end each string but the last with a space.</source>
        <translation>Si el registro está dividido en varias cadenas, estas se unen sin espacios: termina cada cadena, salvo la última, con un espacio.</translation>
    </message>
    <message>
        <source>SPF includes a domain without SPF</source>
        <translation>SPF incluye un dominio sin SPF</translation>
    </message>
    <message>
        <source>%1 is named in include: or redirect= but has no SPF record, which is a permanent error for receivers.</source>
        <translation>%1 aparece en include: o redirect= pero no tiene registro SPF, lo que es un error permanente para los receptores.</translation>
    </message>
    <message>
        <source>SPF includes a domain with two SPF records</source>
        <translation>SPF incluye un dominio con dos registros SPF</translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record, which is a permanent error for receivers.</source>
        <translation>%1 publica más de un registro SPF, lo que es un error permanente para los receptores.</translation>
    </message>
    <message>
        <source>SPF includes a record with an error</source>
        <translation>SPF incluye un registro con un error</translation>
    </message>
    <message>
        <source>The record of %1 has an error: %2.</source>
        <translation>El registro de %1 tiene un error: %2.</translation>
    </message>
    <message>
        <source>Part of SPF could not be checked</source>
        <translation>Una parte de SPF no se pudo comprobar</translation>
    </message>
    <message>
        <source>DNS gave no answer for %1.</source>
        <translation>El DNS no respondió para %1.</translation>
    </message>
    <message>
        <source>SPF includes itself</source>
        <translation>SPF se incluye a sí mismo</translation>
    </message>
    <message>
        <source>The includes form a loop, which receivers stop at the lookup limit as a permanent error.</source>
        <translation>Los include forman un bucle, que los receptores cortan al llegar al límite de consultas, como error permanente.</translation>
    </message>
    <message>
        <source>SPF needs too many DNS lookups</source>
        <translation>SPF necesita demasiadas consultas DNS</translation>
    </message>
    <message>
        <source>Checking the record takes %1 DNS lookups; receivers stop at 10 and treat the record as broken. Remove includes you no longer send through.</source>
        <translation>Comprobar el registro requiere %1 consultas DNS; los receptores se detienen en 10 y consideran el registro defectuoso. Quita los include de los servicios a través de los que ya no envías.</translation>
    </message>
    <message>
        <source>SPF names domains that do not exist</source>
        <translation>SPF menciona dominios que no existen</translation>
    </message>
    <message>
        <source>%1 names in the record have no records at all; receivers give up after 2.</source>
        <translation>%1 nombres del registro no tienen ningún registro DNS; los receptores abandonan tras 2.</translation>
    </message>
    <message>
        <source>SPF lets anyone send</source>
        <translation>SPF permite enviar a cualquiera</translation>
    </message>
    <message>
        <source>"%1" passes mail from every server on the Internet, so the record protects nothing. End it with ~all or -all.</source>
        <translation>"%1" da por bueno el correo de cualquier servidor de Internet, así que el registro no protege nada. Termínalo con ~all o -all.</translation>
    </message>
    <message>
        <source>Unknown whether SPF authorises %1</source>
        <translation>No se sabe si SPF autoriza a %1</translation>
    </message>
    <message>
        <source>The record lists server addresses instead of naming %1's include:%2, so whether %1's servers are among them cannot be told. If %1 changes its servers, mail fails SPF.</source>
        <translation>El registro enumera direcciones de servidores en lugar de indicar el include:%2 de %1, así que no se puede saber si los servidores de %1 están entre ellas. Si %1 cambia sus servidores, el correo no superará SPF.</translation>
    </message>
    <message>
        <source>SPF does not authorise %1</source>
        <translation>SPF no autoriza a %1</translation>
    </message>
    <message>
        <source>Mail you send through %1 fails SPF, because the record does not include %2 before its "all". Publish the record below instead of the current one.</source>
        <translation>El correo que envías a través de %1 no supera SPF, porque el registro no incluye %2 antes de su "all". Publica el registro de abajo en lugar del actual.</translation>
    </message>
    <message>
        <source>SPF uses "ptr"</source>
        <translation>SPF usa "ptr"</translation>
    </message>
    <message>
        <source>"ptr" is slow and unreliable, and RFC 7208 says not to use it; some receivers ignore it. Name the servers with ip4:, ip6:, a or include: instead.</source>
        <translation>"ptr" es lento y poco fiable, y el RFC 7208 indica que no se use; algunos receptores lo ignoran. En su lugar, indica los servidores con ip4:, ip6:, a o include:.</translation>
    </message>
    <message>
        <source>SPF ends with ?all</source>
        <translation>SPF termina con ?all</translation>
    </message>
    <message>
        <source>"?all" says nothing about other servers, so forged mail is not marked. End it with ~all or -all.</source>
        <translation>"?all" no dice nada sobre los demás servidores, así que el correo falsificado no se marca. Termínalo con ~all o -all.</translation>
    </message>
    <message>
        <source>SPF record is valid</source>
        <translation>El registro SPF es válido</translation>
    </message>
    <message>
        <source>SPF authorises %1</source>
        <translation>SPF autoriza a %1</translation>
    </message>
    <message>
        <source>One valid record, %1 of 10 DNS lookups.</source>
        <translation>Un registro válido, %1 de 10 consultas DNS.</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>the record does not start with "v=spf1"</source>
        <translation>el registro no empieza por "v=spf1"</translation>
    </message>
    <message>
        <source>"redirect=" appears more than once</source>
        <translation>"redirect=" aparece más de una vez</translation>
    </message>
    <message>
        <source>"%1" does not name a domain</source>
        <translation>"%1" no indica un dominio</translation>
    </message>
    <message>
        <source>"exp=" appears more than once</source>
        <translation>"exp=" aparece más de una vez</translation>
    </message>
    <message>
        <source>"%1" is not a valid modifier</source>
        <translation>"%1" no es un modificador válido</translation>
    </message>
    <message>
        <source>"%1": "all" takes no value</source>
        <translation>"%1": "all" no admite ningún valor</translation>
    </message>
    <message>
        <source>"%1" must be followed by ":" and a domain</source>
        <translation>"%1" debe ir seguido de ":" y un dominio</translation>
    </message>
    <message>
        <source>"%1" is not a valid "%2" mechanism</source>
        <translation>"%1" no es un mecanismo "%2" válido</translation>
    </message>
    <message>
        <source>"%1" is not a valid "ptr" mechanism</source>
        <translation>"%1" no es un mecanismo "ptr" válido</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv%2 address or network</source>
        <translation>"%1" no es una dirección o red IPv%2 válida</translation>
    </message>
    <message>
        <source>"%1" is not an SPF mechanism</source>
        <translation>"%1" no es un mecanismo SPF</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Message templates saved in the window ("Save as template"). 'stamp send --template NAME' sends a message started from one.</source>
        <translation>Plantillas de mensaje guardadas en la ventana ("Guardar como plantilla"). 'stamp send --template NAME' envía un mensaje creado a partir de una de ellas.</translation>
    </message>
    <message>
        <source>list, show or delete</source>
        <translation>list, show o delete</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show: muestra la salida en JSON.</translation>
    </message>
    <message>
        <source>Run 'stamp template --help' for the actions.</source>
        <translation>Ejecuta 'stamp template --help' para ver las acciones.</translation>
    </message>
    <message>
        <source>name an action: list, show or delete.</source>
        <translation>indica una acción: list, show o delete.</translation>
    </message>
    <message>
        <source>list takes no argument.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>There are no templates.</source>
        <translation>No hay plantillas.</translation>
    </message>
    <message>
        <source>subject "%1", to %2</source>
        <translation>asunto "%1", para %2</translation>
    </message>
    <message>
        <source>cannot read %1 (left as it is).</source>
        <translation>no se puede leer %1 (se deja como está).</translation>
    </message>
    <message>
        <source>%1 needs the template's name.</source>
        <translation>%1 necesita el nombre de la plantilla.</translation>
    </message>
    <message>
        <source>Template "%1" deleted.</source>
        <translation>Se ha eliminado la plantilla "%1".</translation>
    </message>
    <message>
        <source>There is no template named "%1".</source>
        <translation>No hay ninguna plantilla llamada "%1".</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>CC: %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>CCO: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (missing)</source>
        <translation>Archivo adjunto: %1 (falta)</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Archivo adjunto: %1</translation>
    </message>
    <message>
        <source>unknown action "%1".</source>
        <translation>acción desconocida "%1".</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a name.</source>
        <translation>La plantilla necesita un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>A template's name can have at most %n characters.</source>
        <translation>
            <numerusform>El nombre de una plantilla puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre de una plantilla puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template's name cannot contain line breaks or tabs.</source>
        <translation>El nombre de una plantilla no puede contener saltos de línea ni tabulaciones.</translation>
    </message>
    <message>
        <source>A template named "%1" exists already.</source>
        <translation>Ya existe una plantilla llamada "%1".</translation>
    </message>
    <message>
        <source>There is no template named "%1".</source>
        <translation>No hay ninguna plantilla llamada "%1".</translation>
    </message>
    <message>
        <source>The template "%1" could not be deleted from %2.</source>
        <translation>No se ha podido eliminar la plantilla "%1" de %2.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdImport</name>
    <message>
        <source>%1 is neither a prefs.js file, a Thunderbird profile folder nor a folder with profiles.ini.</source>
        <translation>%1 no es un archivo prefs.js, ni una carpeta de perfil de Thunderbird, ni una carpeta con profiles.ini.</translation>
    </message>
    <message>
        <source>No Thunderbird profile was found. Name the profile folder or its prefs.js file.</source>
        <translation>No se ha encontrado ningún perfil de Thunderbird. Indica la carpeta del perfil o su archivo prefs.js.</translation>
    </message>
    <message>
        <source>Another Thunderbird profile was not read: "%1" in %2. Name its folder to import it.</source>
        <translation>No se ha leído otro perfil de Thunderbird: "%1" en %2. Indica su carpeta para importarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>A line of prefs.js was not understood and was left out (%1).</source>
        <translation>No se ha entendido una línea de prefs.js y se ha omitido (%1).</translation>
    </message>
    <message>
        <source>%1 sends through an outgoing server the profile does not describe; it is left out.</source>
        <translation>%1 envía a través de un servidor saliente que el perfil no describe; se omite.</translation>
    </message>
    <message>
        <source>Not imported: the outgoing server has no host name.</source>
        <translation>No importado: el servidor saliente no tiene nombre de host.</translation>
    </message>
    <message>
        <source>Thunderbird sent through this server without encryption. Stamp will too, but refuses to log in that way; choose STARTTLS or TLS in the account's settings if the server offers it.</source>
        <translation>Thunderbird enviaba a través de este servidor sin cifrado. Stamp también lo hará, pero se niega a iniciar sesión de esa forma; elige STARTTLS o TLS en la configuración de la cuenta si el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>The connection security setting was not understood; STARTTLS is used.</source>
        <translation>No se ha entendido el ajuste de seguridad de la conexión; se usa STARTTLS.</translation>
    </message>
    <message>
        <source>Thunderbird logged in with Kerberos, NTLM or a certificate, which Stamp does not offer; it will log in with a password.</source>
        <translation>Thunderbird iniciaba sesión con Kerberos, NTLM o un certificado, algo que Stamp no ofrece; iniciará sesión con una contraseña.</translation>
    </message>
    <message>
        <source>No identity sends through this server; its user name is used as the address.</source>
        <translation>Ninguna identidad envía a través de este servidor; se usa su nombre de usuario como dirección.</translation>
    </message>
    <message>
        <source>Not imported: no identity sends through this server, so there is no address to send from.</source>
        <translation>No importado: ninguna identidad envía a través de este servidor, así que no hay ninguna dirección desde la que enviar.</translation>
    </message>
    <message>
        <source>The signature of %1 was written in HTML; check how it looks.</source>
        <translation>La firma de %1 estaba escrita en HTML; comprueba cómo se ve.</translation>
    </message>
    <message>
        <source>The profile has no outgoing (SMTP) server.</source>
        <translation>El perfil no tiene ningún servidor saliente (SMTP).</translation>
    </message>
    <message>
        <source>Passwords saved in Thunderbird are not read: Stamp asks for each account's password once, for the keychain.</source>
        <translation>No se leen las contraseñas guardadas en Thunderbird: Stamp pide la contraseña de cada cuenta una sola vez, para el llavero.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The provider said: "%1" (%2).</source>
        <translation>El proveedor dijo: "%1" (%2).</translation>
    </message>
    <message>
        <source>(Error code: %1.)</source>
        <translation>(Código de error: %1.)</translation>
    </message>
    <message>
        <source>Access was not granted: the sign-in was declined or cancelled in the browser.</source>
        <translation>No se concedió el acceso: el inicio de sesión se rechazó o se canceló en el navegador.</translation>
    </message>
    <message>
        <source>The provider rejected the sign-in request as malformed.</source>
        <translation>El proveedor rechazó la solicitud de inicio de sesión por estar mal formada.</translation>
    </message>
    <message>
        <source>The provider does not allow this client ID to sign in this way; check the client ID configured for Stamp.</source>
        <translation>El proveedor no permite que este ID de cliente inicie sesión de esta forma; comprueba el ID de cliente configurado para Stamp.</translation>
    </message>
    <message>
        <source>The provider does not support the authorization-code sign-in Stamp uses.</source>
        <translation>El proveedor no admite el inicio de sesión con código de autorización que usa Stamp.</translation>
    </message>
    <message>
        <source>The provider does not know the access Stamp asked for (the scope); the provider settings may be out of date.</source>
        <translation>El proveedor no reconoce el acceso que pidió Stamp (el ámbito); puede que la configuración del proveedor esté desactualizada.</translation>
    </message>
    <message>
        <source>The provider had an internal error; try again later.</source>
        <translation>El proveedor tuvo un error interno; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The provider's sign-in service is overloaded or down for maintenance; try again later.</source>
        <translation>El servicio de inicio de sesión del proveedor está sobrecargado o en mantenimiento; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in.</source>
        <translation>El proveedor rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The provider no longer accepts this sign-in: it was revoked, has expired, or the password was changed. Sign in again.</source>
        <translation>El proveedor ya no acepta este inicio de sesión: se revocó, caducó o se cambió la contraseña. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The provider does not recognise Stamp's client ID or client secret; check the OAuth client configuration.</source>
        <translation>El proveedor no reconoce el ID de cliente o el secreto de cliente de Stamp; comprueba la configuración del cliente OAuth.</translation>
    </message>
    <message>
        <source>The provider does not allow this client ID to use this kind of sign-in.</source>
        <translation>El proveedor no permite que este ID de cliente use este tipo de inicio de sesión.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of token request.</source>
        <translation>El proveedor no admite este tipo de solicitud de token.</translation>
    </message>
    <message>
        <source>The provider refused the access Stamp asked for (the scope).</source>
        <translation>El proveedor rechazó el acceso que pidió Stamp (el ámbito).</translation>
    </message>
    <message>
        <source>The provider rejected the token request as malformed.</source>
        <translation>El proveedor rechazó la solicitud de token por estar mal formada.</translation>
    </message>
    <message>
        <source>The provider refused to issue a token.</source>
        <translation>El proveedor se negó a emitir un token.</translation>
    </message>
    <message>
        <source>The provider's token service answered with HTTP status %1 and no explanation.</source>
        <translation>El servicio de tokens del proveedor respondió con el estado HTTP %1 y sin ninguna explicación.</translation>
    </message>
    <message>
        <source>The provider's token service sent something that is not JSON.</source>
        <translation>El servicio de tokens del proveedor envió algo que no es JSON.</translation>
    </message>
    <message>
        <source>The provider's token service sent no access token.</source>
        <translation>El servicio de tokens del proveedor no envió ningún token de acceso.</translation>
    </message>
    <message>
        <source>The provider issued a "%1" token; Stamp can only use bearer tokens.</source>
        <translation>El proveedor emitió un token "%1"; Stamp solo puede usar tokens bearer.</translation>
    </message>
</context>
<context>
    <name>TranscriptArchive</name>
    <message>
        <source>cannot create %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>TranscriptWriter</name>
    <message>
        <source>Cannot write the log to "%1": %2</source>
        <translation>No se puede escribir el registro en "%1": %2</translation>
    </message>
</context>
<context>
    <name>stamp::Autodetect</name>
    <message>
        <source>accepts only OAuth2 sign-in</source>
        <translation>solo acepta inicio de sesión OAuth2</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>no preset for %1</source>
        <translation>sin configuración predefinida para %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>skipped: not HTTPS</source>
        <translation>omitido: no es HTTPS</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n servidor</numerusform>
            <numerusform>%n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>no MX record</source>
        <translation>sin registro MX</translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 pertenece a %2</translation>
    </message>
    <message>
        <source>%1 matches no preset</source>
        <translation>%1 no coincide con ninguna configuración predefinida</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>sin registro SRV</translation>
    </message>
    <message>
        <source>skipped: a better source answered</source>
        <translation>omitido: respondió una fuente mejor</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>TLS on connect</source>
        <translation>TLS al conectar</translation>
    </message>
    <message>
        <source>offers STARTTLS</source>
        <translation>ofrece STARTTLS</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>sin STARTTLS</translation>
    </message>
    <message>
        <source>no encryption offered: a password would travel in the clear</source>
        <translation>no se ofrece cifrado: una contraseña viajaría sin cifrar</translation>
    </message>
    <message>
        <source>its certificate is not trusted: %1</source>
        <translation>su certificado no es de confianza: %1</translation>
    </message>
</context>
<context>
    <name>stamp::ConnectionCheck</name>
    <message>
        <source>Not reached</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>an address literal: nothing to look up</source>
        <translation>una dirección literal: no hay nada que buscar</translation>
    </message>
    <message>
        <source>Connect to %1 port %2</source>
        <translation>Conectar con %1, puerto %2</translation>
    </message>
    <message>
        <source>STARTTLS offered before TLS, AUTH only after</source>
        <translation>STARTTLS ofrecido antes de TLS, AUTH solo después</translation>
    </message>
    <message>
        <source>TLS from the first byte: there is no plaintext part to strip</source>
        <translation>TLS desde el primer byte: no hay ninguna parte sin cifrar que eliminar</translation>
    </message>
    <message>
        <source>this account uses no TLS</source>
        <translation>esta cuenta no usa TLS</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>no EHLO reply</source>
        <translation>sin respuesta a EHLO</translation>
    </message>
    <message>
        <source>the plaintext EHLO reply does not offer STARTTLS: %1</source>
        <translation>la respuesta a EHLO sin cifrar no ofrece STARTTLS: %1</translation>
    </message>
    <message>
        <source>STARTTLS offered: yes</source>
        <translation>STARTTLS ofrecido: sí</translation>
    </message>
    <message>
        <source>AUTH offered before TLS: yes (Stamp never uses it there, but the server would accept a password in the clear)</source>
        <translation>AUTH ofrecido antes de TLS: sí (Stamp nunca lo usa ahí, pero el servidor aceptaría una contraseña sin cifrar)</translation>
    </message>
    <message>
        <source>AUTH offered before TLS: no</source>
        <translation>AUTH ofrecido antes de TLS: no</translation>
    </message>
    <message>
        <source>Stamp connection check</source>
        <translation>Comprobación de la conexión de Stamp</translation>
    </message>
    <message>
        <source>This message was sent by Stamp's connection check for the account "%1". It arrived, so sending works.</source>
        <translation>Este mensaje lo envió la comprobación de la conexión de Stamp para la cuenta "%1". Ha llegado, así que el envío funciona.</translation>
    </message>
    <message>
        <source>TLS from the first byte (implicit TLS)</source>
        <translation>TLS desde el primer byte (TLS implícito)</translation>
    </message>
    <message>
        <source>TLS after STARTTLS</source>
        <translation>TLS tras STARTTLS</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificado: %1</translation>
    </message>
    <message>
        <source>issued by: %1</source>
        <translation>emitido por: %1</translation>
    </message>
    <message>
        <source>covers: %1</source>
        <translation>cubre: %1</translation>
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
        <translation>esta cuenta no usa TLS: todo, incluida la contraseña, viaja sin cifrar</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>version: %1, cipher: %2</source>
        <translation>versión: %1, cifrado: %2</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>cadena: %1</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>válido hasta %1 (queda %n día)</numerusform>
            <numerusform>válido hasta %1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate expires soon; once it has, every connection will fail</source>
        <translation>el certificado caduca pronto; cuando caduque, todas las conexiones fallarán</translation>
    </message>
    <message>
        <source>host name: not checked, the certificate is the pinned one</source>
        <translation>nombre de host: no comprobado, el certificado es el fijado</translation>
    </message>
    <message>
        <source>host name: %1 matches the certificate</source>
        <translation>nombre de host: %1 coincide con el certificado</translation>
    </message>
    <message>
        <source>Capabilities (EHLO)</source>
        <translation>Capacidades (EHLO)</translation>
    </message>
    <message>
        <source>Capabilities (EHLO after TLS)</source>
        <translation>Capacidades (EHLO tras TLS)</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>servidor: %1</translation>
    </message>
    <message>
        <source>SIZE: yes, limit %1</source>
        <translation>SIZE: sí, límite %1</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>SIZE: no</source>
        <translation>SIZE: no</translation>
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
        <translation>ninguno ofrecido</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Iniciar sesión como %1</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>this account does not log in</source>
        <translation>esta cuenta no inicia sesión</translation>
    </message>
    <message>
        <source>accepted (%1)</source>
        <translation>aceptado (%1)</translation>
    </message>
    <message>
        <source>Send a test message to %1</source>
        <translation>Enviar un mensaje de prueba a %1</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>aceptado: %1</translation>
    </message>
    <message>
        <source>Check what the sending domain publishes for mail to arrive</source>
        <translation>Comprobar lo que publica el dominio de envío para que el correo llegue</translation>
    </message>
    <message>
        <source>Check what %1 publishes for mail to arrive</source>
        <translation>Comprobar lo que publica %1 para que el correo llegue</translation>
    </message>
    <message>
        <source>the account has no email address whose domain could be checked</source>
        <translation>la cuenta no tiene ninguna dirección de correo electrónico cuyo dominio se pueda comprobar</translation>
    </message>
    <message>
        <source>%1 has no domain that DNS could be asked about</source>
        <translation>%1 no tiene ningún dominio que se pueda consultar en el DNS</translation>
    </message>
    <message>
        <source>DNS could not be asked: no question about %1 was answered. This does not affect sending; try again when the network or the name server answers.</source>
        <translation>No se pudo consultar el DNS: ninguna consulta sobre %1 obtuvo respuesta. Esto no afecta al envío; vuelve a intentarlo cuando la red o el servidor de nombres respondan.</translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation>Publicar: %1</translation>
    </message>
    <message>
        <source>%1 looks up the name</source>
        <extracomment>%1 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>El %1 resuelve el nombre</translation>
    </message>
    <message>
        <source>Connect to %1 port %2 through %3</source>
        <extracomment>%1 is a host name or address, %2 a port, %3 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"</extracomment>
        <translation>Conectar con %1, puerto %2, a través del %3</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>a través del %1</translation>
    </message>
</context>
<context>
    <name>stamp::CredentialSource</name>
    <message>
        <source>%1 no longer accepts the saved sign-in of the account "%2", so Stamp cannot log in to send.</source>
        <translation>%1 ya no acepta el inicio de sesión guardado de la cuenta "%2", así que Stamp no puede iniciar sesión para enviar.</translation>
    </message>
    <message>
        <source>(%1 said: "%2")</source>
        <translation>(%1 dijo: "%2")</translation>
    </message>
    <message>
        <source>The account "%1" does not sign in with OAuth.</source>
        <translation>La cuenta "%1" no inicia sesión con OAuth.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1".</source>
        <translation>No hay ninguna contraseña guardada para la cuenta "%1".</translation>
    </message>
    <message>
        <source>The account "%1" is not signed in to %2: no sign-in is saved in the keychain. Sign in to %2 again.</source>
        <translation>La cuenta "%1" no tiene la sesión iniciada en %2: no hay ningún inicio de sesión guardado en el llavero. Vuelve a iniciar sesión en %2.</translation>
    </message>
    <message>
        <source>Stamp could not renew the sign-in of the account "%1" with %2: %3</source>
        <translation>Stamp no pudo renovar el inicio de sesión de la cuenta "%1" con %2: %3</translation>
    </message>
</context>
<context>
    <name>stamp::Dispatcher</name>
    <message>
        <source>The message file is missing from the outbox: %1</source>
        <translation>Falta el archivo del mensaje en la bandeja de salida: %1</translation>
    </message>
</context>
<context>
    <name>stamp::MailClient</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>El entorno de pruebas no se pudo iniciar: %1</translation>
    </message>
    <message>
        <source>The account "%1" these messages were written for no longer exists.</source>
        <translation>La cuenta "%1" para la que se escribieron estos mensajes ya no existe.</translation>
    </message>
    <message>
        <source>The messages queued for %1 (user %2) need the password again, which Stamp never stores for a server outside your accounts: flush them again on the command line with the password, or remove them in the Outbox.</source>
        <translation>Los mensajes en cola para %1 (usuario %2) necesitan de nuevo la contraseña, que Stamp nunca guarda para un servidor ajeno a tus cuentas: vuelve a enviarlos con flush en la línea de comandos indicando la contraseña, o elimínalos en la Bandeja de salida.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>No password is saved for the account "%1".</source>
        <translation>No hay ninguna contraseña guardada para la cuenta "%1".</translation>
    </message>
    <message>
        <source>The server refused the sign-in for "%1" even with a renewed token.</source>
        <translation>El servidor rechazó el inicio de sesión de "%1" incluso con un token renovado.</translation>
    </message>
    <message>
        <source>The message is no longer in the Outbox.</source>
        <translation>El mensaje ya no está en la Bandeja de salida.</translation>
    </message>
    <message>
        <source>This message is not waiting for a password.</source>
        <translation>Este mensaje no está esperando una contraseña.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain, so Stamp keeps it only until it quits. %1</source>
        <translation>No se pudo guardar la contraseña en el llavero, así que Stamp solo la conserva hasta que se cierre. %1</translation>
    </message>
    <message>
        <source>The account "%1" this message was written for no longer exists.</source>
        <translation>La cuenta "%1" para la que se escribió este mensaje ya no existe.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>No existe ninguna cuenta "%1".</translation>
    </message>
    <message>
        <source>The account this message is written in no longer exists.</source>
        <translation>La cuenta desde la que se redactó este mensaje ya no existe.</translation>
    </message>
</context>
<context>
    <name>stamp::OutboxService</name>
    <message>
        <source>The account "%1" these messages were queued for no longer exists.</source>
        <translation>La cuenta "%1" para la que se pusieron en cola estos mensajes ya no existe.</translation>
    </message>
    <message>
        <source>No credentials are available to send these messages.</source>
        <translation>No hay credenciales disponibles para enviar estos mensajes.</translation>
    </message>
    <message>
        <source>No credentials for these messages.</source>
        <translation>No hay credenciales para estos mensajes.</translation>
    </message>
</context>
<context>
    <name>stamp::RunningInstance</name>
    <message>
        <source>another Stamp window receives the links</source>
        <translation>otra ventana de Stamp recibe los enlaces</translation>
    </message>
</context>
<context>
    <name>stamp::SandboxServer</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>stamp::SecretStore</name>
    <message>
        <source>No keychain is available on this computer, so Stamp cannot save the password. It can keep the password in memory until Stamp quits; it will be asked again next time.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que Stamp no puede guardar la contraseña. Puede conservarla en memoria hasta que Stamp se cierre; la próxima vez se te volverá a pedir.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(El llavero indicó: %1)</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1).</source>
        <translation>Se denegó el acceso al llavero (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>stamp::SentCopyCheck</name>
    <message>
        <source>Enter the IMAP server's host name first.</source>
        <translation>Primero introduce el nombre de host del servidor IMAP.</translation>
    </message>
</context>
<context>
    <name>stamp::SubmissionBatch</name>
    <message numerus="yes">
        <source>Opening a new connection for %n more message(s) (%2 s left to get the server ready)</source>
        <extracomment>%2 is a number of seconds with one decimal</extracomment>
        <translation>
            <numerusform>Abriendo una nueva conexión para %n mensaje más (quedan %2 s para que el servidor esté listo)</numerusform>
            <numerusform>Abriendo una nueva conexión para %n mensajes más (quedan %2 s para que el servidor esté listo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening a new connection for %n more message(s)</source>
        <translation>
            <numerusform>Abriendo una nueva conexión para %n mensaje más</numerusform>
            <numerusform>Abriendo una nueva conexión para %n mensajes más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stamp::SubmissionSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Replies not read: "%1%2"</source>
        <extracomment>%1%2 are the first bytes of the replies the server sent ahead</extracomment>
        <translation>Respuestas no leídas: "%1%2"</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n more replies than commands: it answered commands before they were sent.</source>
        <translation>
            <numerusform>El servidor envió %n respuesta más que comandos: respondió a comandos antes de que se enviaran.</numerusform>
            <numerusform>El servidor envió %n respuestas más que comandos: respondió a comandos antes de que se enviaran.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server interrupted the upload: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>El servidor interrumpió la subida: %1</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>El servidor envió una respuesta que nadie pidió: %1</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <extracomment>%1 is the server's reply</extracomment>
        <translation>El servidor está cerrando la conexión: %1</translation>
    </message>
    <message>
        <source>The host name %1 could not be found: %2</source>
        <extracomment>%1 is a host name; %2 is the system's error message</extracomment>
        <translation>No se encontró el nombre de host %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <extracomment>%1 is a host name, %2 a port number</extracomment>
        <translation>%1 rechazó la conexión en el puerto %2.</translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <extracomment>%1 describes the step, e.g. "while signing in"</extracomment>
        <translation>El servidor cerró la conexión %1.</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <extracomment>%1 is the TLS library's error message</extracomment>
        <translation>Error en la negociación TLS (handshake): %1</translation>
    </message>
    <message>
        <source>The server was still not ready for the message after %1 s (the most Stamp waits, counting every connection of this attempt); it stopped %2.</source>
        <extracomment>%1 is a number of seconds; %2 describes the step, e.g. "while signing in"</extracomment>
        <translation>El servidor seguía sin estar listo para el mensaje tras %1 s (el máximo que espera Stamp, contando todas las conexiones de este intento); se detuvo %2.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2 within %3 s.</source>
        <extracomment>%1 is a host name, %2 a port number, %3 a number of seconds</extracomment>
        <translation>No se pudo conectar con %1, puerto %2, en %3 s.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La negociación TLS (handshake) no terminó en %1 s.</translation>
    </message>
    <message>
        <source>The server accepted no message data for %1 s.</source>
        <translation>El servidor no aceptó datos del mensaje durante %1 s.</translation>
    </message>
    <message>
        <source>No reply from the server within %1 s %2.</source>
        <extracomment>%1 is a number of seconds; %2 describes the step, e.g. "while signing in"</extracomment>
        <translation>Sin respuesta del servidor en %1 s %2.</translation>
    </message>
    <message>
        <source>The session stalled %1.</source>
        <extracomment>%1 describes the step, e.g. "while signing in"</extracomment>
        <translation>La sesión se quedó bloqueada %1.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
</context>
<context>
    <name>stamp::domain::DnsQueryCache</name>
    <message>
        <source>more than %1 CNAME records in a row</source>
        <translation>más de %1 registros CNAME seguidos</translation>
    </message>
</context>
<context>
    <name>stamp::domain::DomainCheck</name>
    <message>
        <source>%1 belongs to %2, which publishes its SPF, DKIM and DMARC records itself. There is nothing for you to publish: mail you send through %2 is authenticated by %2.</source>
        <translation>%1 pertenece a %2, que publica por sí mismo sus registros SPF, DKIM y DMARC. No tienes nada que publicar: %2 autentica el correo que envías a través de %2.</translation>
    </message>
    <message>
        <source>The domain does not exist</source>
        <translation>El dominio no existe</translation>
    </message>
    <message>
        <source>DNS says there is no domain %1. Check the spelling, or whether the domain's registration has lapsed.</source>
        <translation>El DNS indica que no existe el dominio %1. Comprueba cómo está escrito o si el dominio ha caducado sin renovarse.</translation>
    </message>
    <message>
        <source>The domain says it receives no mail</source>
        <translation>El dominio indica que no recibe correo</translation>
    </message>
    <message>
        <source>%1 publishes a "null MX" (MX 0 .), which says it takes no mail. Receivers may refuse mail from it, because replies could not reach you. Replace it with your provider's MX records.</source>
        <translation>%1 publica un "null MX" (MX 0 .), que indica que no acepta correo. Los receptores pueden rechazar el correo que procede de él, porque las respuestas no podrían llegarte. Sustitúyelo por los registros MX de tu proveedor.</translation>
    </message>
    <message>
        <source>The domain receives mail</source>
        <translation>El dominio recibe correo</translation>
    </message>
    <message numerus="yes">
        <source>%n MX record(s) name the servers that take mail for the domain.</source>
        <translation>
            <numerusform>%n registro MX indica el servidor que acepta correo para el dominio.</numerusform>
            <numerusform>%n registros MX indican los servidores que aceptan correo para el dominio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The domain has no mail servers</source>
        <translation>El dominio no tiene servidores de correo</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address, so replies and bounces cannot reach it; receivers may refuse its mail. Publish your provider's MX records.</source>
        <translation>%1 no tiene registro MX ni dirección, así que las respuestas y los mensajes de rebote no pueden llegarle; los receptores pueden rechazar su correo. Publica los registros MX de tu proveedor.</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>No hay registro MX</translation>
    </message>
    <message>
        <source>Mail to you falls back to the domain's address record. Publish MX records so mail to the domain reaches the right servers.</source>
        <translation>El correo dirigido a ti recurre al registro de dirección del dominio. Publica registros MX para que el correo dirigido al dominio llegue a los servidores correctos.</translation>
    </message>
    <message>
        <source>DKIM selectors unknown</source>
        <translation>Selectores DKIM desconocidos</translation>
    </message>
    <message>
        <source>DNS cannot list DKIM keys; they are found by their selector name. The selector is the s= value in the DKIM-Signature header of a message you sent.</source>
        <translation>El DNS no puede enumerar las claves DKIM; se encuentran por el nombre de su selector. El selector es el valor s= del encabezado DKIM-Signature de un mensaje que hayas enviado.</translation>
    </message>
    <message>
        <source>The DKIM key has an error</source>
        <translation>La clave DKIM tiene un error</translation>
    </message>
    <message>
        <source>The key at selector "%1" cannot be used: %2.</source>
        <translation>La clave del selector "%1" no se puede usar: %2.</translation>
    </message>
    <message>
        <source>The DKIM key is revoked</source>
        <translation>La clave DKIM está revocada</translation>
    </message>
    <message>
        <source>The key at selector "%1" is empty (p=), which revokes it: mail signed with it fails DKIM.</source>
        <translation>La clave del selector "%1" está vacía (p=), lo que la revoca: el correo firmado con ella no supera DKIM.</translation>
    </message>
    <message>
        <source>The DKIM key is too short</source>
        <translation>La clave DKIM es demasiado corta</translation>
    </message>
    <message>
        <source>The key at selector "%1" has %2 bits; receivers must refuse keys under 1024 bits (RFC 8301). Create a 2048-bit key.</source>
        <translation>La clave del selector "%1" tiene %2 bits; los receptores deben rechazar las claves de menos de 1024 bits (RFC 8301). Crea una clave de 2048 bits.</translation>
    </message>
    <message>
        <source>The DKIM key is short</source>
        <translation>La clave DKIM es corta</translation>
    </message>
    <message>
        <source>The key at selector "%1" has %2 bits. It works, but Gmail and Yahoo recommend 2048 bits: create a longer key when you can.</source>
        <translation>La clave del selector "%1" tiene %2 bits. Funciona, pero Gmail y Yahoo recomiendan 2048 bits: crea una clave más larga cuando puedas.</translation>
    </message>
    <message>
        <source>DKIM is still in test mode</source>
        <translation>DKIM sigue en modo de prueba</translation>
    </message>
    <message>
        <source>The key at selector "%1" has t=y, which asks receivers to treat failures as unsigned. Remove t=y once signing works.</source>
        <translation>La clave del selector "%1" tiene t=y, que pide a los receptores que traten los fallos como correo sin firmar. Quita t=y cuando la firma funcione.</translation>
    </message>
    <message>
        <source>%1-bit RSA</source>
        <translation>RSA de %1 bits</translation>
    </message>
    <message>
        <source>DKIM key found</source>
        <translation>Clave DKIM encontrada</translation>
    </message>
    <message>
        <source>Selector "%1" publishes a valid %2 key.</source>
        <translation>El selector "%1" publica una clave válida (%2).</translation>
    </message>
    <message>
        <source>No DKIM key found</source>
        <translation>No se encontró ninguna clave DKIM</translation>
    </message>
    <message>
        <source>No key at the selectors %1, so your mail is not signed in a way receivers can check.</source>
        <translation>No hay ninguna clave en los selectores %1, así que tu correo no está firmado de forma que los receptores puedan comprobarlo.</translation>
    </message>
    <message>
        <source>Publish the record below (and the provider's other selectors the same way); if the provider's settings page shows a different value, use that one.</source>
        <translation>Publica el registro de abajo (y los demás selectores del proveedor de la misma forma); si la página de configuración del proveedor muestra un valor distinto, usa ese.</translation>
    </message>
    <message>
        <source>Turn on DKIM in %1's settings and publish the key it shows.</source>
        <translation>Activa DKIM en la configuración de %1 y publica la clave que muestre.</translation>
    </message>
    <message>
        <source>More than one DMARC record</source>
        <translation>Más de un registro DMARC</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then apply none of them. Keep one.</source>
        <translation>%1 tiene %2 registros DMARC; en ese caso, los receptores no aplican ninguno. Deja solo uno.</translation>
    </message>
    <message>
        <source>The DMARC record does not start with v=DMARC1</source>
        <translation>El registro DMARC no empieza por v=DMARC1</translation>
    </message>
    <message>
        <source>Receivers ignore a record at %1 unless it starts exactly with "v=DMARC1;".</source>
        <translation>Los receptores ignoran un registro en %1 a menos que empiece exactamente por "v=DMARC1;".</translation>
    </message>
    <message>
        <source>The DMARC record has an error</source>
        <translation>El registro DMARC tiene un error</translation>
    </message>
    <message>
        <source>Found at %1, which covers %2 as a subdomain.</source>
        <translation>Encontrado en %1, que cubre %2 como subdominio.</translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none)</source>
        <translation>DMARC solo supervisa (p=none)</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Microsoft accept p=none from bulk senders, but it asks receivers to do nothing with forged mail. Move to p=quarantine once reports show your own mail passes.</source>
        <translation>Gmail, Yahoo y Microsoft aceptan p=none de los remitentes masivos, pero esta política pide a los receptores que no hagan nada con el correo falsificado. Pasa a p=quarantine cuando los informes muestren que tu propio correo supera la comprobación.</translation>
    </message>
    <message>
        <source>DMARC applies to part of the mail (pct=%1)</source>
        <translation>DMARC se aplica a una parte del correo (pct=%1)</translation>
    </message>
    <message>
        <source>The policy covers only %1% of failing mail; the rest is treated as p=none.</source>
        <translation>La política solo cubre el %1% del correo que no supera la comprobación; el resto se trata como p=none.</translation>
    </message>
    <message>
        <source>DMARC policy: %1</source>
        <translation>Política DMARC: %1</translation>
    </message>
    <message>
        <source>Receivers are asked to %1 mail that fails SPF and DKIM alignment.</source>
        <translation>Se pide a los receptores que %1 el correo que no supera la alineación SPF ni la DKIM.</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>rechacen</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>pongan en cuarentena</translation>
    </message>
    <message>
        <source>The DMARC record is at the wrong name</source>
        <translation>El registro DMARC está en un nombre incorrecto</translation>
    </message>
    <message>
        <source>A DMARC record sits at %1, where receivers never look. It must be at %2: publish it there and delete the other one. (DNS panels often add the domain to the name you type: enter just "_dmarc".)</source>
        <translation>Hay un registro DMARC en %1, donde los receptores nunca buscan. Debe estar en %2: publícalo allí y elimina el otro. (Los paneles de DNS suelen añadir el dominio al nombre que escribes: introduce solo "_dmarc".)</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>No hay registro DMARC</translation>
    </message>
    <message>
        <source>Without DMARC, receivers have no policy for forged mail, and Gmail, Yahoo and Microsoft require it from bulk senders. Publish the record below; replace dmarc-reports@%1 with a mailbox of yours that may receive daily reports.</source>
        <translation>Sin DMARC, los receptores no tienen ninguna política para el correo falsificado, y Gmail, Yahoo y Microsoft lo exigen a los remitentes masivos. Publica el registro de abajo; sustituye dmarc-reports@%1 por un buzón tuyo que pueda recibir informes diarios.</translation>
    </message>
    <message>
        <source>MTA-STS is published</source>
        <translation>MTA-STS está publicado</translation>
    </message>
    <message>
        <source>No MTA-STS</source>
        <translation>No hay MTA-STS</translation>
    </message>
    <message>
        <source>MTA-STS asks senders to use TLS for mail to you; it does not affect mail you send. Optional.</source>
        <translation>MTA-STS pide a los remitentes que usen TLS para el correo dirigido a ti; no afecta al correo que envías. Opcional.</translation>
    </message>
    <message>
        <source>TLS reporting is published</source>
        <translation>Los informes TLS están publicados</translation>
    </message>
    <message>
        <source>No TLS reporting</source>
        <translation>No hay informes TLS</translation>
    </message>
    <message>
        <source>TLS-RPT asks senders to report failed encrypted deliveries to you; it does not affect mail you send. Optional.</source>
        <translation>TLS-RPT pide a los remitentes que te informen de las entregas cifradas fallidas; no afecta al correo que envías. Opcional.</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>DNS did not answer in time. Try again later, or check the network.</source>
        <translation>El DNS no respondió a tiempo. Vuelve a intentarlo más tarde o comprueba la red.</translation>
    </message>
</context>
<context>
    <name>stamp::imap::ImapSession</name>
    <message>
        <source>No IMAP server host name was given.</source>
        <translation>No se ha indicado el nombre de host del servidor IMAP.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).</source>
        <translation>La huella digital del certificado fijado no tiene 64 dígitos hexadecimales (SHA-256).</translation>
    </message>
    <message>
        <source>Connecting to IMAP server %1 port %2 (%3)</source>
        <extracomment>%1 is a host name, %2 a port number, %3 the security mode (starttls, tls or none)</extracomment>
        <translation>Conectando con el servidor IMAP %1, puerto %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <extracomment>%1 is an IP address, %2 a port number</extracomment>
        <translation>Conectado a %1, puerto %2</translation>
    </message>
    <message>
        <source>Certificate not verified (%1), but it is the pinned certificate %2</source>
        <extracomment>%1 lists the certificate errors; %2 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>Certificado no verificado (%1), pero es el certificado fijado %2</translation>
    </message>
    <message>
        <source>Certificate verification failed: %1</source>
        <extracomment>%1 lists the certificate errors</extracomment>
        <translation>Error al verificar el certificado: %1</translation>
    </message>
    <message>
        <source>The server's certificate (SHA-256 %1) is not the pinned one.</source>
        <extracomment>%1 is the certificate's SHA-256 fingerprint</extracomment>
        <translation>El certificado del servidor (SHA-256 %1) no es el fijado.</translation>
    </message>
    <message>
        <source>The certificate does not name %1 among its DNS names.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>El certificado no incluye %1 entre sus nombres DNS.</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4; %5</source>
        <extracomment>TLS summary in the log: %1 is the TLS version, %2 the cipher, %3 and %4 the certificate's subject and issuer, %5 "trusted by pin" or "verified"</extracomment>
        <translation>%1, %2; certificado %3, emitido por %4; %5</translation>
    </message>
    <message>
        <source>trusted by pin</source>
        <translation>de confianza por estar fijado</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>The server asked for more data where none was due.</source>
        <translation>El servidor pidió más datos cuando no correspondía.</translation>
    </message>
    <message>
        <source>The server closed the session.</source>
        <translation>El servidor cerró la sesión.</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent (tag %1).</source>
        <extracomment>%1 is an IMAP command tag such as A001</extracomment>
        <translation>El servidor respondió a un comando que no se había enviado (etiqueta %1).</translation>
    </message>
    <message>
        <source>The server's greeting is not an IMAP greeting.</source>
        <translation>El saludo del servidor no es un saludo IMAP.</translation>
    </message>
    <message>
        <source>The server refused the session.</source>
        <translation>El servidor rechazó la sesión.</translation>
    </message>
    <message>
        <source>The server logged the session in before STARTTLS, so it cannot be protected.</source>
        <translation>El servidor dio la sesión por iniciada antes de STARTTLS, así que no se puede proteger.</translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation>El servidor no indicó sus capacidades.</translation>
    </message>
    <message>
        <source>The IMAP server does not offer STARTTLS, which this account requires.</source>
        <translation>El servidor IMAP no ofrece STARTTLS, que esta cuenta requiere.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS.</source>
        <translation>El servidor rechazó STARTTLS.</translation>
    </message>
    <message>
        <source>Sent after the STARTTLS reply, before TLS (discarded): "%1"</source>
        <extracomment>%1 is the data the server sent</extracomment>
        <translation>Enviado tras la respuesta a STARTTLS, antes de TLS (descartado): "%1"</translation>
    </message>
    <message>
        <source>The server sent unexpected data right after agreeing to STARTTLS.</source>
        <translation>El servidor envió datos inesperados justo después de aceptar STARTTLS.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password is not sent.</source>
        <translation>La conexión no está cifrada, así que no se envía la contraseña.</translation>
    </message>
    <message>
        <source>No login was given for the IMAP server.</source>
        <translation>No se ha indicado ningún inicio de sesión para el servidor IMAP.</translation>
    </message>
    <message>
        <source>The IMAP server offers no way to log in with a password here.</source>
        <translation>El servidor IMAP no ofrece aquí ninguna forma de iniciar sesión con contraseña.</translation>
    </message>
    <message>
        <source>The IMAP server does not offer the %1 login.</source>
        <extracomment>%1 is a login mechanism such as XOAUTH2</extracomment>
        <translation>El servidor IMAP no ofrece el inicio de sesión %1.</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>El servidor rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The user name or password holds a line break.</source>
        <translation>El nombre de usuario o la contraseña contiene un salto de línea.</translation>
    </message>
    <message>
        <source>password redacted</source>
        <translation>contraseña oculta</translation>
    </message>
    <message>
        <source>[%1 bytes of message]</source>
        <extracomment>%1 is a number of bytes</extracomment>
        <translation>[%1 bytes del mensaje]</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <extracomment>%1 is a login mechanism such as PLAIN</extracomment>
        <translation>Sesión iniciada con %1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Sin respuesta del servidor en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>stamp::imap::SentCopyJob</name>
    <message>
        <source>The copy to the Sent folder was cancelled; it will be tried again later.</source>
        <translation>Se ha cancelado la copia en la carpeta Enviados; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Sent folder: "%1"</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>Carpeta Enviados: "%1"</translation>
    </message>
    <message>
        <source>The message is already in the folder "%1".</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>El mensaje ya está en la carpeta "%1".</translation>
    </message>
    <message>
        <source>A copy was saved in the folder "%1".</source>
        <extracomment>%1 is the name of a mail folder</extracomment>
        <translation>Se ha guardado una copia en la carpeta "%1".</translation>
    </message>
    <message>
        <source>The mailbox on %1 is full. Delete some mail there; the copy to the Sent folder will be tried again later.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>El buzón de %1 está lleno. Elimina allí algunos mensajes; la copia en la carpeta Enviados se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The IMAP server %1 is busy or unavailable right now; the copy to the Sent folder will be tried again later.</source>
        <translation>El servidor IMAP %1 está ocupado o no está disponible en este momento; la copia en la carpeta Enviados se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist on %2. Choose the Sent folder in the account's settings.</source>
        <extracomment>%1 is a folder name, %2 a host name</extracomment>
        <translation>La carpeta "%1" no existe en %2. Elige la carpeta Enviados en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The IMAP server %1 could not be reached; the copy to the Sent folder will be tried again later.</source>
        <translation>No se ha podido contactar con el servidor IMAP %1; la copia en la carpeta Enviados se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not answer in time; the copy to the Sent folder will be tried again later.</source>
        <translation>El servidor IMAP %1 no respondió a tiempo; la copia en la carpeta Enviados se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The IMAP server %1 ended the connection early; the copy to the Sent folder will be tried again later.</source>
        <translation>El servidor IMAP %1 cerró la conexión antes de tiempo; la copia en la carpeta Enviados se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The certificate of the IMAP server %1 is not trusted, so no copy was saved. Check the certificate in the account's settings and trust it only if it is the right one.</source>
        <translation>El certificado del servidor IMAP %1 no es de confianza, así que no se ha guardado ninguna copia. Comprueba el certificado en la configuración de la cuenta y confía en él solo si es el correcto.</translation>
    </message>
    <message>
        <source>The IMAP server %1 presented a different certificate from the trusted one, so no copy was saved. Check the certificate in the account's settings.</source>
        <translation>El servidor IMAP %1 presentó un certificado distinto del de confianza, así que no se ha guardado ninguna copia. Comprueba el certificado en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not set up a protected connection (STARTTLS), so no copy was saved. Choose encryption from the start (port 993) in the account's settings, or ask the provider.</source>
        <translation>El servidor IMAP %1 no estableció una conexión protegida (STARTTLS), así que no se ha guardado ninguna copia. Elige el cifrado desde el principio (puerto 993) en la configuración de la cuenta o consulta al proveedor.</translation>
    </message>
    <message>
        <source>A protected connection to the IMAP server %1 could not be set up. Check the port and the encryption in the account's settings.</source>
        <translation>No se ha podido establecer una conexión protegida con el servidor IMAP %1. Comprueba el puerto y el cifrado en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The IMAP server %1 offers no login this account can use. Check the encryption and the login method in the account's settings.</source>
        <translation>El servidor IMAP %1 no ofrece ningún inicio de sesión que esta cuenta pueda usar. Comprueba el cifrado y el método de inicio de sesión en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The IMAP server %1 ended the session; the copy to the Sent folder will be tried again later.</source>
        <translation>El servidor IMAP %1 terminó la sesión; la copia en la carpeta Enviados se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the sign-in of %2. Sign in again from the account's settings.</source>
        <extracomment>%1 is a host name, %2 a user name</extracomment>
        <translation>El servidor IMAP %1 rechazó el inicio de sesión de %2. Vuelve a iniciar sesión desde la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the login of %2. Check the password (or app password) in the account's settings.</source>
        <translation>El servidor IMAP %1 rechazó el inicio de sesión de %2. Comprueba la contraseña (o la contraseña de aplicación) en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>No Sent folder was found on %1. Choose one in the account's settings.</source>
        <translation>No se ha encontrado ninguna carpeta Enviados en %1. Elige una en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>There is no folder "%1" on %2. Choose the Sent folder in the account's settings.</source>
        <translation>No hay ninguna carpeta "%1" en %2. Elige la carpeta Enviados en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the copy to the Sent folder: %2</source>
        <extracomment>%1 is a host name, %2 what the server said</extracomment>
        <translation>El servidor IMAP %1 rechazó la copia en la carpeta Enviados: %2</translation>
    </message>
    <message>
        <source>Found the Sent folder "%1" on %2.</source>
        <extracomment>%1 is the name of a mail folder, %2 a host name</extracomment>
        <translation>Se ha encontrado la carpeta Enviados "%1" en %2.</translation>
    </message>
</context>
<context>
    <name>stamp::oauth::LoopbackReceiver</name>
    <message>
        <source>Port %1 on 127.0.0.1 cannot be used for the sign-in: %2</source>
        <translation>El puerto %1 de 127.0.0.1 no se puede usar para el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>No port on 127.0.0.1 could be opened for the sign-in: %1</source>
        <translation>No se ha podido abrir ningún puerto en 127.0.0.1 para el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Not a sign-in</source>
        <translation>No es un inicio de sesión</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>Esta dirección solo recibe la respuesta de un inicio de sesión.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Ya está hecho</translation>
    </message>
    <message>
        <source>Stamp has already received an answer for this sign-in. You can close this window.</source>
        <translation>Stamp ya ha recibido una respuesta para este inicio de sesión. Puedes cerrar esta ventana.</translation>
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
            <numerusform>No ha llegado ninguna respuesta del navegador en %n segundo, así que se ha detenido el inicio de sesión. Vuelve a empezarlo y complétalo en el navegador.</numerusform>
            <numerusform>No ha llegado ninguna respuesta del navegador en %n segundos, así que se ha detenido el inicio de sesión. Vuelve a empezarlo y complétalo en el navegador.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in stopped</source>
        <translation>Inicio de sesión detenido</translation>
    </message>
    <message>
        <source>Stamp is no longer waiting for this sign-in.</source>
        <translation>Stamp ya no está esperando este inicio de sesión.</translation>
    </message>
    <message>
        <source>The answer that came back to Stamp does not belong to the sign-in it started (the "state" did not match), so it was ignored. Start the sign-in again.</source>
        <translation>La respuesta que ha llegado a Stamp no corresponde al inicio de sesión que empezó (el "state" no coincidía), así que se ha ignorado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 did not sign you in. %2</source>
        <translation>No se ha podido iniciar sesión en %1. %2</translation>
    </message>
    <message>
        <source>The answer from %1 carried no authorization code.</source>
        <translation>La respuesta de %1 no incluía ningún código de autorización.</translation>
    </message>
    <message>
        <source>%1 signed you in but issued no refresh token, so Stamp could not stay signed in.</source>
        <translation>%1 ha iniciado tu sesión, pero no ha emitido ningún token de actualización, así que Stamp no ha podido mantener la sesión iniciada.</translation>
    </message>
    <message>
        <source>%1 did not complete the sign-in. %2</source>
        <translation>%1 no ha completado el inicio de sesión. %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You can close this window and return to Stamp.</source>
        <translation>Puedes cerrar esta ventana y volver a Stamp.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>El inicio de sesión ha fallado</translation>
    </message>
</context>
<context>
    <name>stamp::oauth::TokenClient</name>
    <message>
        <source>Stamp could not reach the sign-in service of %1 (%2): %3</source>
        <translation>Stamp no ha podido contactar con el servicio de inicio de sesión de %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountSettingsDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>Most&amp;rar</translation>
    </message>
    <message>
        <source>Account "%1"</source>
        <translation>Cuenta "%1"</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Dirección de respuesta (Reply-To)</translation>
    </message>
    <message>
        <source>Optional: where replies should go instead</source>
        <translation>Opcional: adónde deben ir las respuestas en su lugar</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Responder a:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Optional: added under "-- " at the end of new messages</source>
        <translation>Opcional: se añade debajo de "-- " al final de los mensajes nuevos</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Other identities</source>
        <translation>Otras identidades</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Añadir...</translation>
    </message>
    <message>
        <source>Add an identity</source>
        <translation>Añadir una identidad</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Other &amp;identities:</source>
        <translation>&amp;Otras identidades:</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identidad</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <source>Sign-&amp;in</source>
        <translation>Inicio de &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>C&amp;heck connection</source>
        <translation>Co&amp;mprobar conexión</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Déjalo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nueva &amp;contraseña:</translation>
    </message>
    <message>
        <source>The password lives in your system's keychain. Type a new one here to replace it when you save.</source>
        <translation>La contraseña se guarda en el llavero del sistema. Escribe aquí una nueva para sustituirla al guardar.</translation>
    </message>
    <message>
        <source>Stamp logs in to %1 as %2 with a sign-in at %3 (%4), not with a password. The sign-in lives in your system's keychain; Stamp asks %3 for short-lived access tokens with it and keeps those in memory only.</source>
        <translation>Stamp inicia sesión en %1 como %2 mediante un inicio de sesión en %3 (%4), no con una contraseña. El inicio de sesión se guarda en el llavero del sistema; con él, Stamp pide a %3 tokens de acceso de corta duración y solo los conserva en memoria.</translation>
    </message>
    <message>
        <source>Sign in &amp;again with %1</source>
        <translation>&amp;Volver a iniciar sesión con %1</translation>
    </message>
    <message>
        <source>Looking in the keychain for a saved sign-in...</source>
        <translation>Buscando en el llavero un inicio de sesión guardado...</translation>
    </message>
    <message>
        <source>A sign-in is kept in memory until you quit Stamp (no keychain).</source>
        <translation>Hay un inicio de sesión en memoria hasta que cierres Stamp (no hay llavero).</translation>
    </message>
    <message>
        <source>A sign-in is saved in your system's keychain.</source>
        <translation>Hay un inicio de sesión guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No sign-in is saved: Stamp cannot send from this account until you sign in again.</source>
        <translation>No hay ningún inicio de sesión guardado: Stamp no puede enviar desde esta cuenta hasta que vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <source>Saving the new sign-in in the keychain...</source>
        <translation>Guardando el nuevo inicio de sesión en el llavero...</translation>
    </message>
    <message>
        <source>The new sign-in is kept in memory until you quit Stamp, never in a file.</source>
        <translation>El nuevo inicio de sesión se conserva en memoria hasta que cierres Stamp, nunca en un archivo.</translation>
    </message>
    <message>
        <source>The new sign-in was not saved: %1</source>
        <translation>No se ha guardado el nuevo inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Signed in again. The new sign-in is saved in your system's keychain, in place of the old one.</source>
        <translation>Has vuelto a iniciar sesión. El nuevo inicio de sesión se guarda en el llavero del sistema, en lugar del anterior.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>None: messages are sent as the address above</source>
        <translation>Ninguna: los mensajes se envían con la dirección de arriba</translation>
    </message>
    <message>
        <source>The account cannot be saved</source>
        <translation>No se puede guardar la cuenta</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No hay llavero</translation>
    </message>
    <message>
        <source>The new password is kept in memory until you quit Stamp, never in a file.</source>
        <translation>La nueva contraseña se conserva en memoria hasta que cierres Stamp, nunca en un archivo.</translation>
    </message>
    <message>
        <source>The password was not saved</source>
        <translation>No se ha guardado la contraseña</translation>
    </message>
    <message>
        <source>Delivera&amp;bility</source>
        <translation>Entrega&amp;bilidad</translation>
    </message>
    <message>
        <source>Receivers such as Gmail and Outlook trust mail from your domain when its DNS records allow the server you send through. This asks DNS what the domain publishes; nothing is sent.</source>
        <translation>Los receptores como Gmail y Outlook confían en el correo de tu dominio cuando sus registros DNS autorizan al servidor a través del que envías. Aquí se consulta en el DNS lo que publica el dominio; no se envía nada.</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Dominio que comprobar</translation>
    </message>
    <message>
        <source>Envelope sender</source>
        <translation>Remitente del sobre</translation>
    </message>
    <message>
        <source>The message's From address</source>
        <translation>La dirección del remitente (From) del mensaje</translation>
    </message>
    <message>
        <source>This account's own address</source>
        <translation>La dirección propia de esta cuenta</translation>
    </message>
    <message>
        <source>Where bounces go, and what the server checks against the login. Choose the account's own address for a server that refuses other senders.</source>
        <translation>Adónde van los mensajes de rebote y lo que el servidor compara con el inicio de sesión. Elige la dirección propia de la cuenta para un servidor que rechace otros remitentes.</translation>
    </message>
    <message>
        <source>En&amp;velope sender:</source>
        <translation>Remitente del &amp;sobre:</translation>
    </message>
    <message>
        <source>The proxy password is kept in memory until you quit Stamp, never in a file.</source>
        <translation>La contraseña del proxy se conserva en memoria hasta que cierres Stamp, nunca en un archivo.</translation>
    </message>
    <message>
        <source>The proxy password was not saved</source>
        <translation>No se ha guardado la contraseña del proxy</translation>
    </message>
    <message>
        <source>New messages ask the receiving servers to report delivery or failure, where this server offers it</source>
        <translation>Los mensajes nuevos piden a los servidores receptores que notifiquen la entrega o el error, si este servidor lo ofrece</translation>
    </message>
    <message>
        <source>&amp;Ask for delivery reports by default</source>
        <translation>Solicit&amp;ar notificaciones de entrega de forma predeterminada</translation>
    </message>
    <message>
        <source>No proxy password is saved for this account.</source>
        <translation>No hay ninguna contraseña del proxy guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>Sent &amp;folder</source>
        <translation>Carpeta &amp;Enviados</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountSettingsServerForm</name>
    <message>
        <source>Server host name</source>
        <translation>Nombre de host del servidor</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS desde el principio (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None: no encryption</source>
        <translation>Ninguna: sin cifrado</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Automatic (strongest the server offers)</source>
        <translation>Automático (el más seguro que ofrezca el servidor)</translation>
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
        <translation>Sin inicio de sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Archivo de CA de confianza adicional</translation>
    </message>
    <message>
        <source>Optional: a PEM file, for a server signed by your own CA</source>
        <translation>Opcional: un archivo PEM, para un servidor firmado por tu propia CA</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted for this account, in addition to the system's. Use it for a company or test CA; it never turns checking off.</source>
        <translation>Los certificados de este archivo se consideran de confianza para esta cuenta, además de los del sistema. Úsalo para una CA de empresa o de pruebas; nunca desactiva la verificación.</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Elegir un archivo de CA</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Stop trusting this certificate</source>
        <translation>Dejar de confiar en este certificado</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Trust &amp;CA file:</source>
        <translation>Archivo de &amp;CA de confianza:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Certificado de confianza:</translation>
    </message>
    <message>
        <source>Sign-in with OAuth (XOAUTH2)</source>
        <translation>Inicio de sesión con OAuth (XOAUTH2)</translation>
    </message>
    <message>
        <source>Sign-in with OAuth (OAUTHBEARER)</source>
        <translation>Inicio de sesión con OAuth (OAUTHBEARER)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Enter the server's host name, for example smtp.example.com.</source>
        <translation>Introduce el nombre de host del servidor, por ejemplo smtp.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not a host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" no es un nombre de host: quita los espacios, "/", "@" y el puerto.</translation>
    </message>
    <message>
        <source>Enter the user name to log in with (often your email address).</source>
        <translation>Introduce el nombre de usuario con el que iniciar sesión (a menudo, tu dirección de correo electrónico).</translation>
    </message>
    <message>
        <source>The CA file "%1" does not exist.</source>
        <translation>El archivo de CA "%1" no existe.</translation>
    </message>
    <message>
        <source>Without encryption your password would cross the network readable by anyone on the way, so Stamp will not log in like that. Choose STARTTLS or TLS.</source>
        <translation>Sin cifrado, tu contraseña cruzaría la red y cualquiera en el camino podría leerla, así que Stamp no iniciará sesión de esa forma. Elige STARTTLS o TLS.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Elegir un archivo de certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>STARTTLS and TLS from the start both encrypt the connection, password included; they differ in the port the server expects. None sends everything readable on the way.</source>
        <translation>STARTTLS y TLS desde el inicio cifran ambos la conexión, contraseña incluida; se diferencian en el puerto que espera el servidor. Ninguna envía todo legible por el camino.</translation>
    </message>
    <message>
        <source>The account forgets the certificate it was told to trust; a server certificate that cannot be verified is then refused again.</source>
        <translation>La cuenta olvida el certificado en el que debía confiar; un certificado de servidor que no se puede verificar vuelve a rechazarse.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AccountWizard</name>
    <message>
        <source>Add your account</source>
        <translation>Añade tu cuenta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Not signed in: go back and sign in first.</source>
        <translation>No has iniciado sesión: vuelve atrás e inicia sesión primero.</translation>
    </message>
    <message>
        <source>The account cannot be saved</source>
        <translation>No se puede guardar la cuenta</translation>
    </message>
    <message>
        <source>The password was not saved</source>
        <translation>No se ha guardado la contraseña</translation>
    </message>
    <message>
        <source>The account is saved, but its password is not: %1
Set it later in the account's settings.</source>
        <translation>La cuenta se ha guardado, pero su contraseña no: %1
Configúrala más tarde en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The sign-in was not saved</source>
        <translation>No se ha guardado el inicio de sesión</translation>
    </message>
    <message>
        <source>The account is saved, but its sign-in is not: %1
Sign in again in the account's settings.</source>
        <translation>La cuenta se ha guardado, pero su inicio de sesión no: %1
Vuelve a iniciar sesión en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No hay llavero</translation>
    </message>
    <message>
        <source>Stamp can keep the sign-in in memory until you quit it; it is never written to a file. You will be asked to sign in again next time.</source>
        <translation>Stamp puede conservar el inicio de sesión en memoria hasta que lo cierres; nunca se escribe en un archivo. La próxima vez se te pedirá que vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <source>Stamp can keep the password in memory until you quit it; it is never written to a file. You will be asked for it again next time.</source>
        <translation>Stamp puede conservar la contraseña en memoria hasta que lo cierres; nunca se escribe en un archivo. La próxima vez se te volverá a pedir.</translation>
    </message>
    <message>
        <source>&amp;Keep until I quit</source>
        <translation>&amp;Conservar hasta que cierre Stamp</translation>
    </message>
    <message>
        <source>&amp;Don't keep it</source>
        <translation>&amp;No conservar</translation>
    </message>
    <message>
        <source>Preset for %1</source>
        <translation>Configuración predefinida para %1</translation>
    </message>
    <message>
        <source>Published by %1 (autoconfig)</source>
        <translation>Publicado por %1 (autoconfig)</translation>
    </message>
    <message>
        <source>Found through the MX record (%1, %2)</source>
        <translation>Encontrado mediante el registro MX (%1, %2)</translation>
    </message>
    <message>
        <source>Found through the SRV record %1: check it, DNS answers can be forged</source>
        <translation>Encontrado mediante el registro SRV %1: compruébalo, las respuestas DNS se pueden falsificar</translation>
    </message>
    <message>
        <source>Probed %1:%2</source>
        <translation>Sondeado %1:%2</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AddressField</name>
    <message>
        <source>name@example.com, Another Person &lt;another@example.org&gt;</source>
        <translation>name@example.com, Otra Persona &lt;another@example.org&gt;</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AddressPage</name>
    <message>
        <source>Your address</source>
        <translation>Tu dirección</translation>
    </message>
    <message>
        <source>Stamp looks up how to send for this address. Nothing is sent with your password until you have checked the server.</source>
        <translation>Stamp averigua cómo enviar desde esta dirección. No se envía nada con tu contraseña hasta que hayas comprobado el servidor.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>As people should see it, e.g. Ann Example</source>
        <translation>Tal como lo verán los demás, p. ej., Ana Ejemplo</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>A short name for this account: it appears in the main window's From list and in the Account column of Sent</source>
        <translation>Un nombre corto para esta cuenta: aparece en la lista de remitentes de la ventana principal y en la columna Cuenta de Enviados</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Account &amp;called:</source>
        <translation>Nombre de la &amp;cuenta:</translation>
    </message>
    <message>
        <source>Enter an address like ann@example.com.</source>
        <translation>Introduce una dirección como ann@example.com.</translation>
    </message>
    <message>
        <source>The part after @ is not a domain name.</source>
        <translation>La parte que sigue a la @ no es un nombre de dominio.</translation>
    </message>
    <message>
        <source>Call the account with letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Pon a la cuenta un nombre con letras, dígitos, puntos, guiones o guiones bajos, que empiece por una letra o un dígito.</translation>
    </message>
    <message>
        <source>There is already an account called "%1".</source>
        <translation>Ya existe una cuenta llamada "%1".</translation>
    </message>
</context>
<context>
    <name>stamp::ui::AttachmentList</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach files (you can also drop or paste them)</source>
        <translation>Adjuntar archivos (también puedes soltarlos o pegarlos)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>No se puede leer %1 (permisos).</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n archivo, %1</numerusform>
            <numerusform>%n archivos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 once encoded, over the %2 that %3 accepts: remove some files or share them by a link</source>
        <translation>unos %1 tras la codificación, por encima de los %2 que acepta %3: quita algunos archivos o compártelos mediante un enlace</translation>
    </message>
    <message>
        <source>about %1 once encoded, of the %2 that %3 accepts</source>
        <translation>unos %1 tras la codificación, de los %2 que acepta %3</translation>
    </message>
    <message>
        <source>about %1 once encoded; many providers refuse messages over 25 MB</source>
        <translation>unos %1 tras la codificación; muchos proveedores rechazan los mensajes de más de 25 MB</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
</context>
<context>
    <name>stamp::ui::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>&amp;Confiar en este certificado para esta cuenta</translation>
    </message>
    <message>
        <source>Certificate not trusted: %1</source>
        <translation>Certificado no fiable: %1</translation>
    </message>
    <message>
        <source>Stamp cannot confirm that this server is %1.</source>
        <translation>Stamp no puede confirmar que este servidor sea %1.</translation>
    </message>
    <message>
        <source>The connection was stopped before your password or any message was sent. The server presented a certificate that this computer does not trust, so someone could be intercepting the connection.</source>
        <translation>La conexión se detuvo antes de enviar tu contraseña o cualquier mensaje. El servidor presentó un certificado en el que este equipo no confía, así que alguien podría estar interceptando la conexión.</translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation>Qué ha fallado:</translation>
    </message>
    <message>
        <source>The server's certificate</source>
        <translation>El certificado del servidor</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid for names:</source>
        <translation>Válido para los nombres:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>Copiar la huella digital SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Issued by: %1
SHA-256: %2</source>
        <translation>Emitido por: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Trust it only if you know why it cannot be verified (for example a company server with its own certificate authority, or a device with a self-made certificate) and the fingerprint matches the one your administrator gave you. Stamp will then accept exactly this certificate for "%1" and refuse any other, including a renewed one.</source>
        <translation>Confía en él solo si sabes por qué no se puede verificar (por ejemplo, un servidor de empresa con su propia autoridad de certificación, o un dispositivo con un certificado creado por él mismo) y la huella digital coincide con la que te dio tu administrador. Entonces, Stamp aceptará exactamente este certificado para "%1" y rechazará cualquier otro, incluido uno renovado.</translation>
    </message>
    <message>
        <source>Trust this certificate for this account</source>
        <translation>Confiar en este certificado para esta cuenta</translation>
    </message>
    <message>
        <source>A revoked certificate cannot be trusted.</source>
        <translation>No se puede confiar en un certificado revocado.</translation>
    </message>
    <message>
        <source>Keeps this certificate's SHA-256 fingerprint with the account: this exact certificate is accepted from now on, any other one is still refused.</source>
        <translation>Guarda la huella SHA-256 de este certificado con la cuenta: a partir de ahora se acepta exactamente este certificado y cualquier otro se sigue rechazando.</translation>
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
        <translation>El enlace también pedía %1. Stamp nunca toma esos datos de un enlace: no se adjunta nada, y el remitente y los encabezados se quedan como los configuraste.</translation>
    </message>
    <message>
        <source>About the link</source>
        <translation>Acerca del enlace</translation>
    </message>
    <message>
        <source>The sender address cannot be used</source>
        <translation>No se puede usar la dirección del remitente</translation>
    </message>
    <message>
        <source>This message cannot be sent yet</source>
        <translation>Este mensaje aún no se puede enviar</translation>
    </message>
    <message>
        <source>There is nowhere to send this message</source>
        <translation>No hay por dónde enviar este mensaje</translation>
    </message>
    <message>
        <source>Choose an account in the From list of the main window, or use the sandbox.</source>
        <translation>Elige una cuenta en la lista de remitentes de la ventana principal o usa el entorno de pruebas.</translation>
    </message>
    <message>
        <source>The message is too large for %1</source>
        <translation>El mensaje es demasiado grande para %1</translation>
    </message>
    <message>
        <source>It is %1 as sent (attachments grow by a third when encoded), and %2 accepts at most %3. Remove some attachments, or share large files by a link.</source>
        <translation>Ocupa %1 al enviarse (los archivos adjuntos crecen un tercio al codificarse) y %2 acepta como máximo %3. Quita algunos archivos adjuntos o comparte los archivos grandes mediante un enlace.</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>Se canceló el envío</translation>
    </message>
    <message>
        <source>The message was not sent. It is as you wrote it.</source>
        <translation>El mensaje no se ha enviado. Está tal como lo escribiste.</translation>
    </message>
    <message>
        <source>The message could not be put in the Outbox</source>
        <translation>No se ha podido poner el mensaje en la Bandeja de salida</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Enviando en %n segundo…</numerusform>
            <numerusform>Enviando en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late to take it back</source>
        <translation>Demasiado tarde para deshacer el envío</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>There is no network right now. Stamp sends it as soon as the network is back; it waits in the Outbox, so you can close this window.</source>
        <translation>No hay red en este momento. Stamp lo enviará en cuanto vuelva la red; espera en la Bandeja de salida, así que puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Stamp tries again at %1; it waits in the Outbox, so you can close this window.</source>
        <translation>Stamp lo volverá a intentar a las %1; espera en la Bandeja de salida, así que puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Not sent yet: %1</source>
        <translation>Aún no enviado: %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when the connection failed; the server may have it. It stays in the Outbox: check with a recipient, then Retry or Remove it there.</source>
        <translation>El mensaje completo se había enviado cuando falló la conexión; puede que el servidor lo tenga. Sigue en la Bandeja de salida: compruébalo con un destinatario y, después, usa allí Reintentar o Eliminar.</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Sin confirmar: %1</translation>
    </message>
    <message>
        <source>Some recipients have it; the others can be retried from the Outbox.</source>
        <translation>Algunos destinatarios lo han recibido; el envío a los demás se puede reintentar desde la Bandeja de salida.</translation>
    </message>
    <message>
        <source>Sent, but not to everyone</source>
        <translation>Enviado, pero no a todos</translation>
    </message>
    <message>
        <source>It waits in the Outbox: enter the password and it is sent.</source>
        <translation>Espera en la Bandeja de salida: introduce la contraseña y se enviará.</translation>
    </message>
    <message>
        <source>It waits in the Outbox: sign in again and it is sent.</source>
        <translation>Espera en la Bandeja de salida: vuelve a iniciar sesión y se enviará.</translation>
    </message>
    <message>
        <source>&amp;Enter password…</source>
        <translation>&amp;Introducir contraseña…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Enter the password and send the message</source>
        <translation>Introducir la contraseña y enviar el mensaje</translation>
    </message>
    <message>
        <source>Sign in again and send the message</source>
        <translation>Volver a iniciar sesión y enviar el mensaje</translation>
    </message>
    <message>
        <source>The server refused the saved password. Type the password and the message is sent.</source>
        <translation>El servidor ha rechazado la contraseña guardada. Escribe la contraseña y el mensaje se enviará.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation>&amp;Texto enriquecido</translation>
    </message>
    <message>
        <source>Re&amp;view certificate...</source>
        <translation>&amp;Revisar certificado...</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Sending through %1</source>
        <translation>Enviando a través de %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <source>Problem in %1</source>
        <translation>Problema en %1</translation>
    </message>
    <message>
        <source>Bcc recipients get the message without anyone seeing their address</source>
        <translation>Los destinatarios en CCO reciben el mensaje sin que nadie vea su dirección</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Message text (formatted)</source>
        <translation>Texto del mensaje (con formato)</translation>
    </message>
    <message>
        <source>Send formatted text (HTML) with a plain-text copy for readers that want one</source>
        <translation>Enviar texto con formato (HTML) con una copia en texto sin formato para los programas que la prefieran</translation>
    </message>
    <message>
        <source>Some files could not be attached</source>
        <translation>No se han podido adjuntar algunos archivos</translation>
    </message>
    <message>
        <source>Review the server's certificate</source>
        <translation>Revisar el certificado del servidor</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Enviar el mensaje (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>U&amp;ndo send</source>
        <translation>Des&amp;hacer envío</translation>
    </message>
    <message>
        <source>Take the message back before it leaves (Ctrl+Z)</source>
        <translation>Recuperar el mensaje antes de que salga (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Why the message cannot be sent yet</source>
        <translation>Por qué aún no se puede enviar el mensaje</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>CC&amp;O:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Send &amp;later...</source>
        <translation>Enviar &amp;más tarde...</translation>
    </message>
    <message>
        <source>Choose when the message leaves; it waits in the Outbox until then</source>
        <translation>Elige cuándo sale el mensaje; hasta entonces, espera en la Bandeja de salida</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>No se ha podido guardar el borrador</translation>
    </message>
    <message>
        <source>Fix the address in %1</source>
        <translation>Corrige la dirección en %1</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Añade un destinatario</translation>
    </message>
    <message>
        <source>Still sending</source>
        <translation>Aún se está enviando</translation>
    </message>
    <message>
        <source>The message is being sent. Wait for it to finish, or press Cancel sending.</source>
        <translation>El mensaje se está enviando. Espera a que termine o pulsa Cancelar envío.</translation>
    </message>
    <message>
        <source>Keep this message as a draft?</source>
        <translation>¿Guardar este mensaje como borrador?</translation>
    </message>
    <message>
        <source>The message has not been sent. Keep it as a draft to finish later, or discard it?</source>
        <translation>El mensaje no se ha enviado. ¿Guardarlo como borrador para terminarlo más tarde o descartarlo?</translation>
    </message>
    <message>
        <source>The message has not been sent. Close it and lose what you wrote?</source>
        <translation>El mensaje no se ha enviado. ¿Cerrarlo y perder lo que has escrito?</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s); Undo send (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>Se envía en %n segundo; Deshacer envío (Ctrl+Z) lo recupera.</numerusform>
            <numerusform>Se envía en %n segundos; Deshacer envío (Ctrl+Z) lo recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends the message (Ctrl+Enter). For a few seconds Undo send (Ctrl+Z) takes it back.</source>
        <translation>Envía el mensaje (Ctrl+Intro). Durante unos segundos, Deshacer envío (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Asks for a date and time; the message waits in the Outbox until then and can be removed there.</source>
        <translation>Pide una fecha y una hora; el mensaje espera hasta entonces en la bandeja de salida y allí se puede quitar.</translation>
    </message>
    <message>
        <source>Sent through the account “%1”.</source>
        <translation>Se envía a través de la cuenta “%1”.</translation>
    </message>
    <message>
        <source>Tem&amp;plates</source>
        <translation>P&amp;lantillas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Keep this message as a template to start new messages from</source>
        <translation>Guardar este mensaje como plantilla para crear mensajes nuevos a partir de ella</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Replace the template?</source>
        <translation>¿Reemplazar la plantilla?</translation>
    </message>
    <message>
        <source>A template named "%1" exists already. Replace it with this message?</source>
        <translation>Ya existe una plantilla llamada "%1". ¿Reemplazarla por este mensaje?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>The template could not be saved</source>
        <translation>No se ha podido guardar la plantilla</translation>
    </message>
    <message>
        <source>Saved as the template "%1".</source>
        <translation>Se ha guardado como la plantilla "%1".</translation>
    </message>
    <message>
        <source>The template attaches files that are not there any more; they are not attached: %1</source>
        <translation>La plantilla adjunta archivos que ya no existen; no se han adjuntado: %1</translation>
    </message>
    <message>
        <source>About the template</source>
        <translation>Acerca de la plantilla</translation>
    </message>
    <message>
        <source>New message from "%1"</source>
        <translation>Mensaje nuevo a partir de "%1"</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>Opcio&amp;nes</translation>
    </message>
    <message>
        <source>Message options</source>
        <translation>Opciones del mensaje</translation>
    </message>
    <message>
        <source>Ask for a delivery report or a read receipt for this message</source>
        <translation>Solicitar una notificación de entrega o una confirmación de lectura para este mensaje</translation>
    </message>
    <message>
        <source>Ask for a &amp;delivery report</source>
        <translation>Solicitar una &amp;notificación de entrega</translation>
    </message>
    <message>
        <source>The receiving servers report back when the message is delivered or cannot be; only where the sending server offers it</source>
        <translation>Los servidores receptores avisan cuando el mensaje se entrega o no se puede entregar; solo si el servidor de envío lo ofrece</translation>
    </message>
    <message>
        <source>Ask for a &amp;read receipt</source>
        <translation>Solicitar una confirmación de &amp;lectura</translation>
    </message>
    <message>
        <source>The recipients' mail readers are asked to confirm it was read; many ignore it or ask the recipient first</source>
        <translation>Se pide a los programas de correo de los destinatarios que confirmen que se ha leído; muchos lo ignoran o preguntan antes al destinatario</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ConnectionCheckPanel</name>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Superado</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Advertencia</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Fallido</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Omitido</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>C&amp;opy report</source>
        <translation>C&amp;opiar informe</translation>
    </message>
    <message>
        <source>&amp;Review certificate...</source>
        <translation>&amp;Revisar certificado...</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connect, check the encryption and log in with your password, step by step</source>
        <translation>Conectar, comprobar el cifrado e iniciar sesión con tu contraseña, paso a paso</translation>
    </message>
    <message>
        <source>Copy the check report</source>
        <translation>Copiar el informe de la comprobación</translation>
    </message>
    <message>
        <source>Copy the whole report as text, to paste into a support request. It holds no password.</source>
        <translation>Copia todo el informe como texto, para pegarlo en una solicitud de soporte. No contiene ninguna contraseña.</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Press Test to connect to the server and log in.</source>
        <translation>Aún no se ha enviado nada. Pulsa Probar para conectar con el servidor e iniciar sesión.</translation>
    </message>
    <message>
        <source>Check steps</source>
        <translation>Pasos de la comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Review the server's certificate</source>
        <translation>Revisar el certificado del servidor</translation>
    </message>
    <message>
        <source>See the certificate, what failed and its fingerprint, and decide whether to trust it</source>
        <translation>Ver el certificado, qué ha fallado y su huella digital, y decidir si confiar en él</translation>
    </message>
    <message>
        <source>Session log of the check</source>
        <translation>Registro de sesión de la comprobación</translation>
    </message>
    <message>
        <source>Getting an access token from your sign-in...</source>
        <translation>Obteniendo un token de acceso a partir de tu inicio de sesión...</translation>
    </message>
    <message>
        <source>Reading the password...</source>
        <translation>Leyendo la contraseña...</translation>
    </message>
    <message>
        <source>Checking %1 port %2...</source>
        <translation>Comprobando %1, puerto %2...</translation>
    </message>
    <message>
        <source>The server refused the access token; getting a new one...</source>
        <translation>El servidor ha rechazado el token de acceso; obteniendo uno nuevo...</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Volver a probar</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancelar prueba</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se ha cancelado la comprobación.</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Connect to port %1</source>
        <translation>Conectar al puerto %1</translation>
    </message>
    <message>
        <source>STARTTLS offered before TLS</source>
        <translation>STARTTLS ofrecido antes de TLS</translation>
    </message>
    <message>
        <source>TLS and the server's certificate</source>
        <translation>TLS y el certificado del servidor</translation>
    </message>
    <message>
        <source>Capabilities (EHLO)</source>
        <translation>Capacidades (EHLO)</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Iniciar sesión como %1</translation>
    </message>
    <message>
        <source>… Waiting</source>
        <translation>… Esperando</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Everything works: Stamp reached %1 and logged in (%2 ms).</source>
        <translation>Todo funciona: Stamp ha contactado con %1 y ha iniciado sesión (%2 ms).</translation>
    </message>
    <message>
        <source>Everything works: Stamp reached %1 (%2 ms).</source>
        <translation>Todo funciona: Stamp ha contactado con %1 (%2 ms).</translation>
    </message>
    <message>
        <source>The check found a problem.</source>
        <translation>La comprobación ha encontrado un problema.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Check what %1 publishes for mail to arrive</source>
        <translation>Comprobar lo que publica %1 para que el correo llegue</translation>
    </message>
    <message>
        <source>Your domain's DNS needs attention, or receivers may junk your mail: see below.</source>
        <translation>El DNS de tu dominio necesita atención o los receptores pueden marcar tu correo como spam: consulta los detalles más abajo.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DeliverabilityPage</name>
    <message>
        <source>Will your mail arrive?</source>
        <translation>¿Llegará tu correo?</translation>
    </message>
    <message>
        <source>Nothing here stops you from sending: press Next to go on. You can check again at any time in the account's settings, on the Deliverability tab.</source>
        <translation>Nada de esto te impide enviar: pulsa Siguiente para continuar. Puedes volver a comprobarlo en cualquier momento en la configuración de la cuenta, en la pestaña Entregabilidad.</translation>
    </message>
    <message>
        <source>Gmail, Outlook and other receivers check that %1 allows %2 to send its mail, in records published in DNS. Stamp asks DNS what %1 publishes; nothing is sent and your password is not used.</source>
        <translation>Gmail, Outlook y otros receptores comprueban, en registros publicados en DNS, que %1 autorice a %2 a enviar su correo. Stamp consulta en el DNS lo que publica %1; no se envía nada y no se usa tu contraseña.</translation>
    </message>
    <message>
        <source>Gmail, Outlook and other receivers check that %1 allows your mail server to send its mail, in records published in DNS. Stamp asks DNS what %1 publishes; nothing is sent and your password is not used.</source>
        <translation>Gmail, Outlook y otros receptores comprueban, en registros publicados en DNS, que %1 autorice a tu servidor de correo a enviar su correo. Stamp consulta en el DNS lo que publica %1; no se envía nada y no se usa tu contraseña.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DeliverabilityPanel</name>
    <message>
        <source>✔ Good</source>
        <translation>✔ Correcto</translation>
    </message>
    <message>
        <source>⚠ Could be better</source>
        <translation>⚠ Mejorable</translation>
    </message>
    <message>
        <source>✘ To fix</source>
        <translation>✘ Por corregir</translation>
    </message>
    <message>
        <source>ℹ For information</source>
        <translation>ℹ Informativo</translation>
    </message>
    <message>
        <source>&amp;Check the domain</source>
        <translation>&amp;Comprobar el dominio</translation>
    </message>
    <message>
        <source>Copy &amp;records to publish</source>
        <translation>Copiar &amp;registros para publicar</translation>
    </message>
    <message>
        <source>Check what the domain publishes in DNS</source>
        <translation>Comprobar lo que publica el dominio en DNS</translation>
    </message>
    <message>
        <source>Ask DNS again what the domain publishes. Nothing is sent to a mail server.</source>
        <translation>Vuelve a consultar en el DNS lo que publica el dominio. No se envía nada a ningún servidor de correo.</translation>
    </message>
    <message>
        <source>Copy every record to publish, as zone-file lines</source>
        <translation>Copiar todos los registros que hay que publicar, como líneas de archivo de zona</translation>
    </message>
    <message>
        <source>Copy every record to publish as zone-file lines, for a DNS administrator</source>
        <translation>Copia todos los registros que hay que publicar como líneas de archivo de zona, para un administrador de DNS</translation>
    </message>
    <message>
        <source>What the domain publishes</source>
        <translation>Lo que publica el dominio</translation>
    </message>
    <message>
        <source>Press Check the domain to see what it publishes in DNS for mail to arrive.</source>
        <translation>Pulsa Comprobar el dominio para ver lo que publica en DNS para que el correo llegue.</translation>
    </message>
    <message>
        <source>Records copied as zone-file lines.</source>
        <translation>Registros copiados como líneas de archivo de zona.</translation>
    </message>
    <message>
        <source>Press Check the domain to see what %1 publishes in DNS for mail to arrive.</source>
        <translation>Pulsa Comprobar el dominio para ver lo que publica %1 en DNS para que el correo llegue.</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>el dominio</translation>
    </message>
    <message>
        <source>%1's instructions</source>
        <translation>Instrucciones de %1</translation>
    </message>
    <message>
        <source>There is no address to check: fill in the email address first.</source>
        <translation>No hay ninguna dirección que comprobar: rellena primero la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Volver a &amp;comprobar</translation>
    </message>
    <message>
        <source>Asking DNS what %1 publishes…</source>
        <translation>Consultando en el DNS lo que publica %1…</translation>
    </message>
    <message>
        <source>The check stopped before DNS answered. Press Check again to run it.</source>
        <translation>La comprobación se detuvo antes de que el DNS respondiera. Pulsa Volver a comprobar para ejecutarla.</translation>
    </message>
    <message>
        <source>DNS could not be asked, so nothing about %1 was checked. Check the network connection and press Check again.</source>
        <translation>No se pudo consultar el DNS, así que no se ha comprobado nada de %1. Comprueba la conexión de red y pulsa Volver a comprobar.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix: until then, receivers such as Gmail and Outlook may put mail from %1 in spam or refuse it.</source>
        <translation>
            <numerusform>%n aspecto por corregir: hasta entonces, receptores como Gmail y Outlook pueden enviar el correo de %1 a spam o rechazarlo.</numerusform>
            <numerusform>%n aspectos por corregir: hasta entonces, receptores como Gmail y Outlook pueden enviar el correo de %1 a spam o rechazarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail from %1 should arrive; %n thing(s) could be better.</source>
        <translation>
            <numerusform>El correo de %1 debería llegar; %n aspecto se puede mejorar.</numerusform>
            <numerusform>El correo de %1 debería llegar; %n aspectos se pueden mejorar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 publishes what receivers check for mail sent through %2.</source>
        <translation>%1 publica lo que comprueban los receptores para el correo enviado a través de %2.</translation>
    </message>
    <message>
        <source>%1 publishes what receivers check.</source>
        <translation>%1 publica lo que comprueban los receptores.</translation>
    </message>
    <message>
        <source>A record you publish can take from minutes to a day to be seen everywhere. Press Check again once it is in place.</source>
        <translation>Un registro que publiques puede tardar desde unos minutos hasta un día en verse en todas partes. Pulsa Volver a comprobar cuando ya esté publicado.</translation>
    </message>
    <message>
        <source>Published now:</source>
        <translation>Publicado actualmente:</translation>
    </message>
    <message>
        <source>Publish this record:</source>
        <translation>Publica este registro:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>%1 record name</source>
        <translation>Nombre del registro %1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>%1 record type</source>
        <translation>Tipo del registro %1</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>%1 record value</source>
        <translation>Valor del registro %1</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy the %1 record's value</source>
        <translation>Copiar el valor del registro %1</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Copiar nombre</translation>
    </message>
    <message>
        <source>Copy the %1 record's name</source>
        <translation>Copiar el nombre del registro %1</translation>
    </message>
    <message>
        <source>Value copied.</source>
        <translation>Valor copiado.</translation>
    </message>
    <message>
        <source>Name copied.</source>
        <translation>Nombre copiado.</translation>
    </message>
    <message>
        <source>The same record as a zone-file line</source>
        <translation>El mismo registro como línea de archivo de zona</translation>
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
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>S&amp;top looking</source>
        <translation>&amp;Dejar de buscar</translation>
    </message>
    <message>
        <source>Finding your server</source>
        <translation>Buscando tu servidor</translation>
    </message>
    <message>
        <source>Stamp checks its provider presets, your domain's published settings, its DNS records, and asks likely servers what they offer, without logging in.</source>
        <translation>Stamp revisa sus configuraciones predefinidas de proveedores, la configuración publicada por tu dominio y sus registros DNS, y pregunta a los servidores probables qué ofrecen, sin iniciar sesión.</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>Progreso de la búsqueda</translation>
    </message>
    <message>
        <source>Stop looking for the server</source>
        <translation>Dejar de buscar el servidor</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Servidores encontrados</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Usar:</translation>
    </message>
    <message>
        <source>Looking up settings for %1... (%2 s)</source>
        <translation>Buscando la configuración de %1... (%2 s)</translation>
    </message>
    <message>
        <source>%1 port %2, %3</source>
        <translation>%1 puerto %2, %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>None of these: I will enter the settings myself</source>
        <translation>Ninguno de estos: introduciré la configuración manualmente</translation>
    </message>
    <message>
        <source>Stopped. Choose what was found so far, or enter the settings yourself.</source>
        <translation>Detenido. Elige lo que se ha encontrado hasta ahora o introduce la configuración manualmente.</translation>
    </message>
    <message>
        <source>Nothing was found for %1. Your provider's help pages name the SMTP server; enter it on the next page.</source>
        <translation>No se ha encontrado nada para %1. Las páginas de ayuda de tu proveedor indican el servidor SMTP; introdúcelo en la página siguiente.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n way(s) to send, best first. Pick one; you can still change every setting on the next page.</source>
        <translation>
            <numerusform>Se ha encontrado %n forma de enviar. Selecciónala; aún puedes cambiar cualquier ajuste en la página siguiente.</numerusform>
            <numerusform>Se han encontrado %n formas de enviar, de mejor a peor. Elige una; aún puedes cambiar cualquier ajuste en la página siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>What was checked: %1</source>
        <translation>Qué se ha comprobado: %1</translation>
    </message>
</context>
<context>
    <name>stamp::ui::DraftsView</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>no recipient yet</source>
        <translation>aún sin destinatario</translation>
    </message>
    <message>
        <source>%1  %2 — to %3</source>
        <translation>%1  %2 — para %3</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>¿Eliminar este borrador?</translation>
    </message>
    <message>
        <source>The draft will be gone for good.</source>
        <translation>El borrador se eliminará definitivamente.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::IdentityDialog</name>
    <message>
        <source>Add an identity</source>
        <translation>Añadir una identidad</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>Editar identidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Dirección de respuesta (Reply-To)</translation>
    </message>
    <message>
        <source>Optional: where replies should go instead</source>
        <translation>Opcional: adónde deben ir las respuestas en su lugar</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Optional: added under "-- " at the end of new messages</source>
        <translation>Opcional: se añade debajo de "-- " al final de los mensajes nuevos</translation>
    </message>
    <message>
        <source>Many servers only accept From addresses that belong to the account; add aliases the provider knows about.</source>
        <translation>Muchos servidores solo aceptan direcciones de remitente (From) que pertenezcan a la cuenta; añade alias que el proveedor conozca.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Responder a:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Enter the email address to send from.</source>
        <translation>Introduce la dirección de correo electrónico desde la que enviar.</translation>
    </message>
    <message>
        <source>The email address cannot be used: %1</source>
        <translation>No se puede usar la dirección de correo electrónico: %1</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks.</source>
        <translation>El nombre no puede contener saltos de línea.</translation>
    </message>
    <message>
        <source>The Reply-To address cannot be used: %1</source>
        <translation>No se puede usar la dirección de respuesta (Reply-To): %1</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Enviar a través de</translation>
    </message>
    <message>
        <source>Whose server and login send messages from this address, for an address another account's provider lets you send as.</source>
        <translation>Qué servidor e inicio de sesión envían los mensajes desde esta dirección, cuando el proveedor de otra cuenta te permite enviar con ella.</translation>
    </message>
    <message>
        <source>Send &amp;through:</source>
        <translation>Enviar a &amp;través de:</translation>
    </message>
    <message>
        <source>This account's server</source>
        <translation>El servidor de esta cuenta</translation>
    </message>
    <message>
        <source>The account “%1” (%2)</source>
        <translation>La cuenta “%1” (%2)</translation>
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
        <translation>TLS desde el principio</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>signs in with %1 in the browser</source>
        <translation>inicia sesión con %1 en el navegador</translation>
    </message>
    <message>
        <source>asks for its password once, for the keychain</source>
        <translation>pide su contraseña una sola vez, para el llavero</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sin inicio de sesión</translation>
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
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>&amp;What will happen:</source>
        <translation>&amp;Qué pasará:</translation>
    </message>
    <message>
        <source>Import accounts from another app</source>
        <translation>Importar cuentas de otra aplicación</translation>
    </message>
    <message>
        <source>Stamp reads the outgoing servers and addresses another mail program uses, and shows what it would create. Nothing changes until you press the import button. Saved passwords are never read: you give each one once, for the keychain.</source>
        <translation>Stamp lee los servidores salientes y las direcciones que usa otro programa de correo, y muestra lo que crearía. No cambia nada hasta que pulses el botón de importar. Las contraseñas guardadas nunca se leen: indicas cada una una sola vez, para el llavero.</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>Importar de:</translation>
    </message>
    <message>
        <source>Import from Thunderbird</source>
        <translation>Importar de Thunderbird</translation>
    </message>
    <message>
        <source>Import from msmtp</source>
        <translation>Importar de msmtp</translation>
    </message>
    <message>
        <source>Choose another folder or file</source>
        <translation>Elegir otra carpeta u otro archivo</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <source>Thunderbird profile found: %1</source>
        <translation>Perfil de Thunderbird encontrado: %1</translation>
    </message>
    <message>
        <source>msmtp configuration found: %1</source>
        <translation>Configuración de msmtp encontrada: %1</translation>
    </message>
    <message>
        <source>No Thunderbird profile was read.</source>
        <translation>No se ha leído ningún perfil de Thunderbird.</translation>
    </message>
    <message>
        <source>No msmtp configuration was read.</source>
        <translation>No se ha leído ninguna configuración de msmtp.</translation>
    </message>
    <message>
        <source>%1 If Thunderbird keeps its profile somewhere else, press Choose... and pick the profile folder.</source>
        <translation>%1 Si Thunderbird guarda su perfil en otro lugar, pulsa Elegir... y selecciona la carpeta del perfil.</translation>
    </message>
    <message>
        <source>%1 If your msmtp configuration is somewhere else, press Choose... and pick the file.</source>
        <translation>%1 Si tu configuración de msmtp está en otro lugar, pulsa Elegir... y selecciona el archivo.</translation>
    </message>
    <message>
        <source>There is nothing to import: no outgoing server was found there.</source>
        <translation>No hay nada que importar: no se ha encontrado ningún servidor saliente allí.</translation>
    </message>
    <message>
        <source>There is nothing to import: every account there is already in Stamp or cannot be used (see below).</source>
        <translation>No hay nada que importar: todas las cuentas de allí ya están en Stamp o no se pueden usar (ver más abajo).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>&amp;Importar %n cuenta</numerusform>
            <numerusform>&amp;Importar %n cuentas</numerusform>
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
        <translation>%1 (el predeterminado en Thunderbird)</translation>
    </message>
    <message>
        <source>%1 (the default in msmtp)</source>
        <translation>%1 (el predeterminado en msmtp)</translation>
    </message>
    <message numerus="yes">
        <source>Server %1:%2, %3; sends as %n address(es); %4.</source>
        <translation>
            <numerusform>Servidor %1:%2, %3; envía desde %n dirección; %4.</numerusform>
            <numerusform>Servidor %1:%2, %3; envía desde %n direcciones; %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New accounts (%n):</source>
        <translation>
            <numerusform>Cuenta nueva (%n):</numerusform>
            <numerusform>Cuentas nuevas (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n):</source>
        <translation>
            <numerusform>Omitida (%n):</numerusform>
            <numerusform>Omitidas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Also worth knowing:</source>
        <translation>Conviene saber también:</translation>
    </message>
    <message>
        <source>Choose a Thunderbird profile folder</source>
        <translation>Elegir una carpeta de perfil de Thunderbird</translation>
    </message>
    <message>
        <source>Choose an msmtp configuration file</source>
        <translation>Elegir un archivo de configuración de msmtp</translation>
    </message>
    <message>
        <source>The password for the new account "%1" at %2. Cancel to give it later in the account's settings.</source>
        <translation>La contraseña de la nueva cuenta "%1" en %2. Cancela para indicarla más tarde en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The password for %1 was not saved: %2</source>
        <translation>No se ha guardado la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>No account was created.</source>
        <translation>No se ha creado ninguna cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created: %1.</source>
        <translation>
            <numerusform>%n cuenta creada: %1.</numerusform>
            <numerusform>%n cuentas creadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Passwords saved in the keychain for %1.</source>
        <translation>Contraseñas guardadas en el llavero para %1.</translation>
    </message>
    <message>
        <source>Passwords kept until Stamp quits for %1.</source>
        <translation>Contraseñas conservadas hasta que se cierre Stamp para %1.</translation>
    </message>
    <message>
        <source>Give the password for %1 later: Account menu, Settings, Password tab.</source>
        <translation>Indica la contraseña de %1 más tarde: menú Cuenta, Configuración, pestaña Contraseña.</translation>
    </message>
    <message>
        <source>Signing in with the provider, in the browser: %1. Press the button below, or later use the Account menu, Settings, Sign-in tab.</source>
        <translation>Inicio de sesión con el proveedor, en el navegador: %1. Pulsa el botón de abajo o, más tarde, usa el menú Cuenta, Configuración, pestaña Inicio de sesión.</translation>
    </message>
    <message>
        <source>&amp;Sign in to %1...</source>
        <translation>&amp;Iniciar sesión en %1...</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
</context>
<context>
    <name>stamp::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>%1 is the name of the system's language in that language, e.g. "Deutsch"</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Stamp will use %1 the next time it starts.</source>
        <translation>Stamp usará %1 la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::MainWindow</name>
    <message>
        <source>Session log</source>
        <translation>Registro de sesión</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Enviar desde</translation>
    </message>
    <message>
        <source>The account new messages are sent from</source>
        <translation>La cuenta desde la que se envían los mensajes nuevos</translation>
    </message>
    <message>
        <source>Your accounts could not be read</source>
        <translation>No se han podido leer tus cuentas</translation>
    </message>
    <message>
        <source>The outbox cannot be used</source>
        <translation>No se puede usar la bandeja de salida</translation>
    </message>
    <message>
        <source>Sent items cannot be kept: %1</source>
        <translation>No se pueden conservar los elementos enviados: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Mensaje nuevo</translation>
    </message>
    <message>
        <source>New message in the &amp;sandbox</source>
        <translation>Mensaje nuevo en el &amp;entorno de pruebas</translation>
    </message>
    <message>
        <source>Write a message to the sandbox, a mail server on this computer that keeps what you send</source>
        <translation>Escribir un mensaje para el entorno de pruebas, un servidor de correo en este equipo que guarda lo que envías</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>&amp;Añadir cuenta...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>&amp;Check connection...</source>
        <translation>Co&amp;mprobar conexión...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Eliminar...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Session &amp;log</source>
        <translation>&amp;Registro de sesión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Stamp</source>
        <translation>&amp;Acerca de Stamp</translation>
    </message>
    <message>
        <source>About Stamp</source>
        <translation>Acerca de Stamp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Sends mail through your SMTP account and shows exactly what the server said.&lt;/p&gt;&lt;p&gt;Passwords and sign-in tokens are kept in your system's keychain, never in a file.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;br&gt;Stamp is free software under the GNU General Public License, version 3 or (at your option) any later version: you may share and change it, and it comes with no warranty. Built with Qt %2 (LGPL 3) and QtKeychain (BSD licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Envía correo a través de tu cuenta SMTP y muestra exactamente lo que ha dicho el servidor.&lt;/p&gt;&lt;p&gt;Las contraseñas y los tokens de inicio de sesión se guardan en el llavero del sistema, nunca en un archivo.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;br&gt;Stamp es software libre bajo la Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior: puedes compartirlo y modificarlo, y se distribuye sin ninguna garantía. Compilado con Qt %2 (LGPL 3) y QtKeychain (licencia BSD).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>Stamp could not open a port on this computer for its sandbox: %1</source>
        <translation>Stamp no ha podido abrir un puerto en este equipo para su entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>No se ha podido iniciar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Bandeja de entrada del entorno de pruebas</translation>
    </message>
    <message>
        <source>There is nowhere to send from yet: add your account, or try the sandbox to write a message that stays on this computer.</source>
        <translation>Aún no hay desde dónde enviar: añade tu cuenta o usa el entorno de pruebas para escribir un mensaje que se quede en este equipo.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Checking the login for %1...</source>
        <translation>Comprobando el inicio de sesión de %1...</translation>
    </message>
    <message>
        <source>No password is saved for "%1".</source>
        <translation>No hay ninguna contraseña guardada para "%1".</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>%1
Password for %2 (kept in memory until Stamp quits, never in a file):</source>
        <translation>%1
Contraseña de %2 (se conserva en memoria hasta que se cierre Stamp, nunca en un archivo):</translation>
    </message>
    <message>
        <source>Sending as %1 needs attention</source>
        <translation>Enviar como %1 requiere tu atención</translation>
    </message>
    <message>
        <source>"%1" waits in the Outbox until %2.</source>
        <translation>"%1" espera en la Bandeja de salida hasta %2.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Account "%1" saved.</source>
        <translation>Cuenta "%1" guardada.</translation>
    </message>
    <message>
        <source>The certificate was not saved</source>
        <translation>No se ha guardado el certificado</translation>
    </message>
    <message>
        <source>"%1" now trusts the certificate with SHA-256 %2.</source>
        <translation>"%1" ahora confía en el certificado con SHA-256 %2.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove the account "%1" (%2) and its saved password?</source>
        <translation>¿Eliminar la cuenta "%1" (%2) y su contraseña guardada?</translation>
    </message>
    <message>
        <source>Messages already sent stay in the Sent list.</source>
        <translation>Los mensajes ya enviados se quedan en la lista Enviados.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1</source>
        <translation>No se ha podido eliminar la contraseña guardada: %1</translation>
    </message>
    <message>
        <source>The account was not removed</source>
        <translation>No se ha eliminado la cuenta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending through: %1</source>
        <translation>Enviando a través de: %1</translation>
    </message>
    <message>
        <source>A new message is waiting. Add your account or try the sandbox first: it opens right after, with everything from the link.</source>
        <translation>Hay un mensaje nuevo esperando. Primero añade tu cuenta o usa el entorno de pruebas: se abrirá justo después, con todo lo que traía el enlace.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being sent right now: sending stops, and each goes back to the Outbox (one whose end had already gone out is marked "not confirmed" rather than sent twice).</source>
        <translation>
            <numerusform>%n mensaje se está enviando ahora mismo: el envío se detiene y el mensaje vuelve a la Bandeja de salida (si su final ya había salido, se marca como "sin confirmar" en lugar de enviarse dos veces).</numerusform>
            <numerusform>%n mensajes se están enviando ahora mismo: el envío se detiene y cada uno vuelve a la Bandeja de salida (uno cuyo final ya había salido se marca como "sin confirmar" en lugar de enviarse dos veces).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still in the undo period: they are sent the next time you open Stamp.</source>
        <translation>
            <numerusform>%n mensaje sigue en el periodo para deshacer el envío: se enviará la próxima vez que abras Stamp.</numerusform>
            <numerusform>%n mensajes siguen en el periodo para deshacer el envío: se enviarán la próxima vez que abras Stamp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) scheduled for later: they are sent when Stamp is open at or after their time.</source>
        <translation>
            <numerusform>%n mensaje programado para más tarde: se enviará cuando Stamp esté abierto a su hora o después.</numerusform>
            <numerusform>%n mensajes programados para más tarde: se enviarán cuando Stamp esté abierto a su hora o después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent or retried: they wait in the Outbox until you open Stamp again.</source>
        <translation>
            <numerusform>%n mensaje esperando a enviarse o reintentarse: esperará en la Bandeja de salida hasta que vuelvas a abrir Stamp.</numerusform>
            <numerusform>%n mensajes esperando a enviarse o reintentarse: esperarán en la Bandeja de salida hasta que vuelvas a abrir Stamp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Stamp?</source>
        <translation>¿Salir de Stamp?</translation>
    </message>
    <message>
        <source>Messages are still on their way. Nothing is lost if you quit, but nothing is sent while Stamp is closed.</source>
        <translation>Aún hay mensajes en camino. No se pierde nada si sales, pero no se envía nada mientras Stamp esté cerrado.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Salir de todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep Stamp open</source>
        <translation>&amp;Mantener Stamp abierto</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Bandeja de salida (%1)</translation>
    </message>
    <message>
        <source>Some messages in the Outbox need a look</source>
        <translation>Algunos mensajes de la Bandeja de salida requieren tu atención</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (enviado)</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n sent</source>
        <translation>
            <numerusform>Bandeja de salida: %n enviado</numerusform>
            <numerusform>Bandeja de salida: %n enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: not sent</source>
        <translation>Bandeja de salida: no enviado</translation>
    </message>
    <message>
        <source>The session could not be kept: %1</source>
        <translation>No se ha podido conservar la sesión: %1</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Sin confirmar: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>"%1" is waiting: %2 cannot be reached. Stamp keeps trying and sends it when the server answers.</source>
        <translation>"%1" está esperando: no se puede contactar con %2. Stamp lo sigue intentando y lo enviará cuando el servidor responda.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Waiting for the mail server</source>
        <translation>Esperando al servidor de correo</translation>
    </message>
    <message>
        <source>Messages are waiting in the Outbox</source>
        <translation>Hay mensajes esperando en la Bandeja de salida</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <source>Sign in again to %1</source>
        <translation>Vuelve a iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Messages from "%1" wait in the Outbox until you sign in again.</source>
        <translation>Los mensajes de "%1" esperan en la Bandeja de salida hasta que vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Sign in...</source>
        <translation>&amp;Iniciar sesión...</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Enviando: %1</translation>
    </message>
    <message>
        <source>Not sent yet: %1. It is sent when the network is back.</source>
        <translation>Aún no enviado: %1. Se envía en cuanto vuelva la red.</translation>
    </message>
    <message>
        <source>Not sent yet: %1. Stamp tries again at %2.</source>
        <translation>Aún no enviado: %1. Stamp lo vuelve a intentar a las %2.</translation>
    </message>
    <message>
        <source>Sand&amp;box</source>
        <translation>&amp;Entorno de pruebas</translation>
    </message>
    <message>
        <source>The sandbox accepts every message again.</source>
        <translation>El entorno de pruebas vuelve a aceptar todos los mensajes.</translation>
    </message>
    <message>
        <source>The sandbox now answers: %1</source>
        <translation>El entorno de pruebas ahora responde: %1</translation>
    </message>
    <message>
        <source>The template is saved: File, New from template.</source>
        <translation>La plantilla se ha guardado: Archivo, Nuevo desde plantilla.</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aún no hay plantillas</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>&amp;Gestionar plantillas…</translation>
    </message>
    <message>
        <source>There is no template named "%1" any more.</source>
        <translation>Ya no existe ninguna plantilla llamada "%1".</translation>
    </message>
    <message>
        <source>The account this template was saved with is not set up any more; the message is sent through %1.</source>
        <translation>La cuenta con la que se guardó esta plantilla ya no está configurada; el mensaje se envía a través de %1.</translation>
    </message>
    <message>
        <source>%1: the server does not offer delivery reports; the message was sent without asking for one.</source>
        <translation>%1: el servidor no ofrece notificaciones de entrega; el mensaje se ha enviado sin solicitar ninguna.</translation>
    </message>
    <message>
        <source>The sandbox has no certificate</source>
        <translation>El entorno de pruebas no tiene certificado</translation>
    </message>
    <message>
        <source>The sandbox's certificate is trusted now (SHA-256 %1). Send the message again.</source>
        <translation>Ahora se confía en el certificado del entorno de pruebas (SHA-256 %1). Vuelve a enviar el mensaje.</translation>
    </message>
    <message>
        <source>&amp;Import accounts...</source>
        <translation>&amp;Importar cuentas...</translation>
    </message>
    <message>
        <source>Bring accounts over from Thunderbird or msmtp</source>
        <translation>Traer cuentas de Thunderbird o msmtp</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n cuenta importada.</numerusform>
            <numerusform>%n cuentas importadas.</numerusform>
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
        <translation>&amp;Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>No browser window? Open this address in your browser:</source>
        <translation>¿No aparece la ventana del navegador? Abre esta dirección en tu navegador:</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Cop&amp;iar dirección</translation>
    </message>
    <message>
        <source>Use another app &amp;registration…</source>
        <translation>Usar otro &amp;registro de aplicación…</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>&amp;Use this registration</source>
        <translation>&amp;Usar este registro</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Dejar de esperar al navegador</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Esperando al navegador</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Enter your own app registration</source>
        <translation>Introduce tu propio registro de aplicación</translation>
    </message>
    <message>
        <source>Client ID of the app registration</source>
        <translation>ID de cliente del registro de aplicación</translation>
    </message>
    <message>
        <source>Client secret of the app registration</source>
        <translation>Secreto de cliente del registro de aplicación</translation>
    </message>
    <message>
        <source>Redirect address to register</source>
        <translation>Dirección de redirección que hay que registrar</translation>
    </message>
    <message>
        <source>Use this app registration</source>
        <translation>Usar este registro de aplicación</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Redirect address:</source>
        <translation>Dirección de redirección:</translation>
    </message>
    <message>
        <source>Stamp cannot sign in to %1 for you.</source>
        <translation>Stamp no puede iniciar sesión en %1 por ti.</translation>
    </message>
    <message>
        <source>The sign-in settings for %1 on this computer cannot be used. Whoever set them up can repair them; until then, Stamp cannot sign in there.</source>
        <translation>La configuración de inicio de sesión de %1 en este equipo no se puede usar. Quien la configuró puede repararla; hasta entonces, Stamp no puede iniciar sesión allí.</translation>
    </message>
    <message>
        <source>To sign in with %1, Stamp needs an app registration</source>
        <translation>Para iniciar sesión con %1, Stamp necesita un registro de aplicación</translation>
    </message>
    <message>
        <source>%1 wants to know which app is asking before it lets you sign in. An app tells it with an app registration, and this copy of Stamp came without one for %1. Your administrator, or you, can create one in %1's developer console: register a desktop app and allow the redirect address %2. Then enter the client ID it gives you here; Stamp remembers it on this computer.</source>
        <translation>%1 quiere saber qué aplicación lo solicita antes de dejarte iniciar sesión. Una aplicación se lo indica con un registro de aplicación, y esta copia de Stamp no incluye ninguno para %1. Tu administrador puede crear uno, o puedes hacerlo tú, en la consola de desarrolladores de %1: registra una aplicación de escritorio y permite la dirección de redirección %2. Después, introduce aquí el ID de cliente que te dé; Stamp lo recordará en este equipo.</translation>
    </message>
    <message>
        <source>Stamp tells %1 which app is asking with an app registration. To use one of your own (a desktop app in %1's developer console, with the redirect address %2), enter its client ID here. A sign-in made with one registration does not carry over to another: sign in again after changing it.</source>
        <translation>Stamp indica a %1 qué aplicación lo solicita mediante un registro de aplicación. Para usar uno propio (una aplicación de escritorio en la consola de desarrolladores de %1, con la dirección de redirección %2), introduce aquí su ID de cliente. Un inicio de sesión hecho con un registro no sirve para otro: vuelve a iniciar sesión después de cambiarlo.</translation>
    </message>
    <message>
        <source>%1 also gives desktop apps a client secret: enter it too. It identifies the app, not you.</source>
        <translation>%1 también da a las aplicaciones de escritorio un secreto de cliente: introdúcelo también. Identifica a la aplicación, no a ti.</translation>
    </message>
    <message>
        <source>Open %1's sign-in page again</source>
        <translation>Volver a abrir la página de inicio de sesión de %1</translation>
    </message>
    <message>
        <source>Open %1's sign-in page in the browser again</source>
        <translation>Volver a abrir en el navegador la página de inicio de sesión de %1</translation>
    </message>
    <message>
        <source>Stamp opens %1's sign-in page in your browser. You sign in there: Stamp never sees your password. It keeps only the permission to send mail as %2, in your system's keychain.</source>
        <translation>Stamp abre la página de inicio de sesión de %1 en tu navegador. Inicias sesión allí: Stamp nunca ve tu contraseña. Solo conserva el permiso para enviar correo como %2, en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation>Esperando a que termines de iniciar sesión en el navegador…</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in with %1…</source>
        <translation>El navegador ha vuelto; completando el inicio de sesión con %1…</translation>
    </message>
    <message>
        <source>✔ Signed in as %1 with %2.</source>
        <translation>✔ Sesión iniciada como %1 con %2.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to %1 again</source>
        <translation>Volver a iniciar sesión en %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try signing in to %1 again</source>
        <translation>Volver a intentar iniciar sesión en %1</translation>
    </message>
</context>
<context>
    <name>stamp::ui::OutboxView</name>
    <message>
        <source>Held for %1 s</source>
        <translation>Retenido %1 s</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programado para %1</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Esperando a la red</translation>
    </message>
    <message>
        <source>Waiting to retry at %1</source>
        <translation>Esperando para reintentar a las %1</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Esperando para reintentar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Enter password…</source>
        <translation>&amp;Introducir contraseña…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>Cuenta de envío</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Send it now, without waiting for its time, its undo period or the next try</source>
        <translation>Enviarlo ahora, sin esperar a su hora, a su periodo para deshacer el envío ni al próximo intento</translation>
    </message>
    <message>
        <source>Queue it again; recipients who already have it are not sent to again</source>
        <translation>Volver a ponerlo en cola; no se vuelve a enviar a los destinatarios que ya lo tienen</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Not sent now</source>
        <translation>No se ha enviado ahora</translation>
    </message>
    <message>
        <source>can be taken back until %1</source>
        <translation>se puede deshacer hasta %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Nothing is waiting. Messages you send later (Send later in the message window), and any that could not be sent yet, appear here with the reason.</source>
        <translation>No hay nada esperando. Aquí aparecen, con el motivo, los mensajes que envíes más tarde (Enviar más tarde en la ventana del mensaje) y los que aún no se hayan podido enviar.</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in again and send the message</source>
        <translation>Volver a iniciar sesión y enviar el mensaje</translation>
    </message>
    <message>
        <source>Enter the password and send the message</source>
        <translation>Introducir la contraseña y enviar el mensaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>sent at %1 unless taken back (Undo send in its window) or sent now</source>
        <translation>se enviará a las %1 salvo que se deshaga (Deshacer envío en su ventana) o se envíe ahora</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>esperando su turno</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>The whole message had been sent when the connection failed, so it may have arrived. Check with a recipient before choosing Retry.</source>
        <translation>El mensaje completo se había enviado cuando falló la conexión, así que puede que haya llegado. Compruébalo con un destinatario antes de elegir Reintentar.</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>Could not retry</source>
        <translation>No se ha podido reintentar</translation>
    </message>
    <message>
        <source>The server refused the saved password. Type the password and the message is sent.</source>
        <translation>El servidor ha rechazado la contraseña guardada. Escribe la contraseña y el mensaje se enviará.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>Acerca de la contraseña</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>No se ha vuelto a enviar</translation>
    </message>
    <message>
        <source>Remove this message from the outbox?</source>
        <translation>¿Eliminar este mensaje de la bandeja de salida?</translation>
    </message>
    <message>
        <source>It will not be sent, and its copy in the outbox is deleted.</source>
        <translation>No se enviará y se eliminará su copia de la bandeja de salida.</translation>
    </message>
    <message>
        <source>Could not remove it</source>
        <translation>No se ha podido eliminar</translation>
    </message>
</context>
<context>
    <name>stamp::ui::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Off: Stamp keeps the password in memory until it quits, never in a file</source>
        <translation>Desactivado: Stamp conserva la contraseña en memoria hasta que se cierre, nunca en un archivo</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>stamp::ui::PasswordPage</name>
    <message>
        <source>S&amp;how</source>
        <translation>Most&amp;rar</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>It is kept in your system's keychain, never in a file, and sent only to the server you checked.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo, y solo se envía al servidor que has comprobado.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The password for %1 on %2.</source>
        <translation>La contraseña de %1 en %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <source>Use your mail account's password. If your provider offers app passwords, an app password is safer: it works only for mail and can be withdrawn on its own.</source>
        <translation>Usa la contraseña de tu cuenta de correo. Si tu proveedor ofrece contraseñas de aplicación, una contraseña de aplicación es más segura: solo sirve para el correo y se puede revocar por separado.</translation>
    </message>
    <message>
        <source>Create an app password</source>
        <translation>Crear una contraseña de aplicación</translation>
    </message>
    <message>
        <source>Create an app password (opens %1 in your browser)</source>
        <translation>Crear una contraseña de aplicación (abre %1 en tu navegador)</translation>
    </message>
    <message>
        <source>Sending must be switched on first: &lt;a href="%1"&gt;open the setting&lt;/a&gt;.</source>
        <translation>Primero hay que activar el envío: &lt;a href="%1"&gt;abre la configuración&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 accepts only its own sign-in (OAuth2), not a password: logging in with a password will fail. Go back and set the login method to Automatic to sign in in your browser.</source>
        <translation>%1 solo acepta su propio inicio de sesión (OAuth2), no una contraseña: el inicio de sesión con contraseña fallará. Vuelve atrás y establece el método de inicio de sesión en Automático para iniciar sesión en tu navegador.</translation>
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
        <translation>Resolver &amp;los nombres a través del proxy</translation>
    </message>
    <message>
        <source>How Stamp reaches the mail server: through the proxy the system is set up with, directly, or through a SOCKS5 or HTTP proxy of your choice.</source>
        <translation>Cómo llega Stamp al servidor de correo: a través del proxy configurado en el sistema, directamente o a través de un proxy SOCKS5 o HTTP que elijas.</translation>
    </message>
    <message>
        <source>Use the system's proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
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
        <translation>Nombre de host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Déjalo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>The proxy looks up the server's name, so this computer's DNS never sees it. Needed when only the proxy's network knows the name.</source>
        <translation>El proxy resuelve el nombre del servidor, así que el DNS de este equipo nunca lo ve. Es necesario cuando solo la red del proxy conoce el nombre.</translation>
    </message>
    <message>
        <source>Pr&amp;oxy:</source>
        <translation>Prox&amp;y:</translation>
    </message>
    <message>
        <source>Pro&amp;xy host:</source>
        <translation>&amp;Host del proxy:</translation>
    </message>
    <message>
        <source>Proxy por&amp;t:</source>
        <translation>P&amp;uerto del proxy:</translation>
    </message>
    <message>
        <source>Prox&amp;y user:</source>
        <translation>Usua&amp;rio del proxy:</translation>
    </message>
    <message>
        <source>Proxy passwor&amp;d:</source>
        <translation>Contraseña &amp;del proxy:</translation>
    </message>
    <message>
        <source>Enter the proxy's host name, or choose "No proxy".</source>
        <translation>Introduce el nombre de host del proxy o elige "Sin proxy".</translation>
    </message>
    <message>
        <source>"%1" is not a proxy host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" no es un nombre de host de proxy: quita los espacios, "/", "@" y el puerto.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SandboxBehaviourMenu</name>
    <message>
        <source>Server &amp;behaviour</source>
        <translation>&amp;Comportamiento del servidor</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SandboxInboxView</name>
    <message>
        <source>Messages the sandbox received</source>
        <translation>Mensajes que ha recibido el entorno de pruebas</translation>
    </message>
    <message>
        <source>The message exactly as received</source>
        <translation>El mensaje exactamente como se recibió</translation>
    </message>
    <message>
        <source>Send a message to the sandbox and it appears here, byte for byte.</source>
        <translation>Envía un mensaje al entorno de pruebas y aparecerá aquí, byte a byte.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Envelope: from %1 to %2 - %n byte(s)</source>
        <translation>
            <numerusform>Sobre: de %1 a %2 - %n byte</numerusform>
            <numerusform>Sobre: de %1 a %2 - %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;&gt;</source>
        <translation>&lt;&gt;</translation>
    </message>
    <message>
        <source>[... %1 more bytes not shown]</source>
        <translation>[... %1 bytes más sin mostrar]</translation>
    </message>
    <message>
        <source>The sandbox accepts every message.</source>
        <translation>El entorno de pruebas acepta todos los mensajes.</translation>
    </message>
    <message>
        <source>The sandbox is answering: %1. %2</source>
        <translation>El entorno de pruebas está respondiendo: %1. %2</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation>Cuándo enviar</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>&amp;Enviar el:</translation>
    </message>
    <message>
        <source>The message waits in the Outbox until then and leaves on its own while Stamp is open, even if you close this window. To send it sooner, select it in the Outbox and choose Send now; to cancel it, choose Remove.</source>
        <translation>El mensaje espera en la Bandeja de salida hasta entonces y sale por sí solo mientras Stamp esté abierto, aunque cierres esta ventana. Para enviarlo antes, selecciónalo en la Bandeja de salida y elige Enviar ahora; para cancelarlo, elige Eliminar.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SentCopySettingsGroup</name>
    <message>
        <source>Put a &amp;copy of each sent message in the Sent folder on the server</source>
        <translation>&amp;Guardar una copia de cada mensaje enviado en la carpeta Enviados del servidor</translation>
    </message>
    <message>
        <source>Forge&amp;t</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Review certificate...</source>
        <translation>&amp;Revisar certificado...</translation>
    </message>
    <message>
        <source>Put a copy of each sent message in the Sent folder on the server</source>
        <translation>Guardar una copia de cada mensaje enviado en la carpeta Enviados del servidor</translation>
    </message>
    <message>
        <source>IMAP server host name</source>
        <translation>Nombre de host del servidor IMAP</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>IMAP server port</source>
        <translation>Puerto del servidor IMAP</translation>
    </message>
    <message>
        <source>IMAP connection security</source>
        <translation>Seguridad de la conexión IMAP</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 993)</source>
        <translation>TLS desde el principio (normalmente puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (normalmente puerto 143)</translation>
    </message>
    <message>
        <source>None: no encryption</source>
        <translation>Ninguna: sin cifrado</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nombre de usuario IMAP</translation>
    </message>
    <message>
        <source>Same as for sending</source>
        <translation>El mismo que para enviar</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Carpeta Enviados</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Se detecta automáticamente</translation>
    </message>
    <message>
        <source>Leave empty to use the folder the server marks as Sent, or one usually named so. A folder named here must exist.</source>
        <translation>Si se deja vacío, se usa la carpeta que el servidor marca como Enviados o una que suela llamarse así. La carpeta que se indique aquí debe existir.</translation>
    </message>
    <message>
        <source>Stop trusting this IMAP server certificate</source>
        <translation>Dejar de confiar en este certificado del servidor IMAP</translation>
    </message>
    <message>
        <source>The copy to the Sent folder forgets the certificate it was told to trust; a certificate that cannot be verified is then refused again.</source>
        <translation>La copia en la carpeta Enviados olvida el certificado en el que debía confiar; un certificado que no se puede verificar vuelve a rechazarse.</translation>
    </message>
    <message>
        <source>Check the copy to the Sent folder</source>
        <translation>Comprobar la copia en la carpeta Enviados</translation>
    </message>
    <message>
        <source>Log in to the IMAP server and look for the Sent folder. Nothing is put in it.</source>
        <translation>Iniciar sesión en el servidor IMAP y buscar la carpeta Enviados. No se guarda nada en ella.</translation>
    </message>
    <message>
        <source>Review the IMAP server's certificate</source>
        <translation>Revisar el certificado del servidor IMAP</translation>
    </message>
    <message>
        <source>See the certificate, what failed and its fingerprint, and decide whether to trust it</source>
        <translation>Ver el certificado, qué ha fallado y su huella digital, y decidir si confiar en él</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>Servi&amp;dor IMAP:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Seg&amp;uridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>C&amp;arpeta:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Certificado de confianza:</translation>
    </message>
    <message>
        <source>Some providers, such as Gmail and Outlook, put a copy of each message sent through them in the Sent folder themselves; a copy from Stamp would be a second one.</source>
        <translation>Algunos proveedores, como Gmail y Outlook, guardan ellos mismos en la carpeta Enviados una copia de cada mensaje enviado a través de ellos; una copia de Stamp sería un duplicado.</translation>
    </message>
    <message>
        <source>%1 does, so its preset leaves this off.</source>
        <extracomment>%1 is a mail provider such as Gmail</extracomment>
        <translation>%1 lo hace, así que su configuración predefinida deja esta opción desactivada.</translation>
    </message>
    <message>
        <source>%1 does not: switch this on to keep a copy there.</source>
        <extracomment>%1 is a mail provider such as Fastmail</extracomment>
        <translation>%1 no lo hace: activa esta opción para guardar allí una copia.</translation>
    </message>
    <message>
        <source>Enter the IMAP server's host name, for example imap.example.com.</source>
        <translation>Introduce el nombre de host del servidor IMAP, por ejemplo imap.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not a host name: leave out spaces, "/", "@" and the port.</source>
        <translation>"%1" no es un nombre de host: quita los espacios, "/", "@" y el puerto.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, or empty for the usual one.</source>
        <translation>El puerto debe ser un número entre 1 y 65535, o quedar vacío para usar el habitual.</translation>
    </message>
    <message>
        <source>Without encryption your password would cross the network readable by anyone on the way, so Stamp will not log in like that. Choose STARTTLS or TLS.</source>
        <translation>Sin cifrado, tu contraseña cruzaría la red y cualquiera en el camino podría leerla, así que Stamp no iniciará sesión de esa forma. Elige STARTTLS o TLS.</translation>
    </message>
    <message>
        <source>Usual port (%1)</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Puerto habitual (%1)</translation>
    </message>
    <message>
        <source>Logging in to %1 and looking for the Sent folder...</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Iniciando sesión en %1 y buscando la carpeta Enviados...</translation>
    </message>
    <message>
        <source>No password is available for the check.</source>
        <translation>No hay ninguna contraseña disponible para la comprobación.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>Mostrar &amp;transcripción</translation>
    </message>
    <message>
        <source>Show &amp;message</source>
        <translation>Mostrar &amp;mensaje</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Messages you send appear here, with what the server answered for each recipient.</source>
        <translation>Aquí aparecen los mensajes que envíes, con lo que respondió el servidor para cada destinatario.</translation>
    </message>
    <message>
        <source>The conversation with the server that carried this message (no password in it)</source>
        <translation>La conversación con el servidor que transportó este mensaje (no contiene ninguna contraseña)</translation>
    </message>
    <message>
        <source>The message exactly as it was sent</source>
        <translation>El mensaje exactamente como se envió</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Sent to everyone</source>
        <translation>Enviado a todos</translation>
    </message>
    <message>
        <source>Sent to %1 of %2</source>
        <translation>Enviado a %1 de %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The server's id for it: %1 (what its administrator asks for when a message has gone missing)</source>
        <translation>El id que le dio el servidor: %1 (lo que pide su administrador cuando se pierde un mensaje)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation>Transcripción: %1</translation>
    </message>
    <message>
        <source>No transcript was kept for this message.</source>
        <translation>No se conservó ninguna transcripción de este mensaje.</translation>
    </message>
    <message>
        <source>[%1 more bytes not shown]</source>
        <translation>[%1 bytes más sin mostrar]</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>Copy pending</source>
        <translation>Copia pendiente</translation>
    </message>
    <message>
        <source>Copy waiting</source>
        <translation>Copia en espera</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy stopped</source>
        <translation>Copia detenida</translation>
    </message>
    <message>
        <source>Try the cop&amp;y again</source>
        <translation>Reintentar la c&amp;opia</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Carpeta Enviados</translation>
    </message>
    <message>
        <source>Put this message in the Sent folder on the server now, after a change of password or settings</source>
        <translation>Guardar ahora este mensaje en la carpeta Enviados del servidor, tras un cambio de contraseña o de configuración</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Próximo intento a las %1.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::ServerPage</name>
    <message>
        <source>Check the server</source>
        <translation>Comprobar el servidor</translation>
    </message>
    <message>
        <source>These settings decide where your login goes. Change anything that does not match your provider's instructions.</source>
        <translation>Esta configuración decide adónde va tu inicio de sesión. Cambia lo que no coincida con las instrucciones de tu proveedor.</translation>
    </message>
    <message>
        <source>Enter the settings your provider gives for sending mail (SMTP).</source>
        <translation>Introduce la configuración que tu proveedor indica para enviar correo (SMTP).</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Encontrado: %1.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SessionLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SessionLogView</name>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Search the session log</source>
        <translation>Buscar en el registro de sesión</translation>
    </message>
    <message>
        <source>Which lines to show</source>
        <translation>Qué líneas mostrar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Commands and replies</source>
        <translation>Comandos y respuestas</translation>
    </message>
    <message>
        <source>TLS and connection</source>
        <translation>TLS y conexión</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log when none is selected</source>
        <translation>Copiar las líneas seleccionadas, o todo el registro si no hay ninguna seleccionada</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the log to a text file (passwords are never in it)</source>
        <translation>Guardar el registro en un archivo de texto (nunca contiene contraseñas)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Líneas mostradas</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Registro de sesión</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s)</source>
        <translation>
            <numerusform>%1 de %n línea</numerusform>
            <numerusform>%1 de %n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the session log</source>
        <translation>Guardar el registro de sesión</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt)</source>
        <translation>Archivos de texto (*.log *.txt)</translation>
    </message>
    <message>
        <source>Could not save the log</source>
        <translation>No se ha podido guardar el registro</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>stamp::ui::SignInPage</name>
    <message>
        <source>Use an &amp;app password instead</source>
        <translation>Usar una contraseña de &amp;aplicación en su lugar</translation>
    </message>
    <message>
        <source>Use an app password instead of signing in</source>
        <translation>Usar una contraseña de aplicación en lugar de iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>You sign in at %1, in your browser; %1 then lets Stamp send as %2 through %3. Your password stays with %1.</source>
        <translation>Inicias sesión en %1, en tu navegador; después, %1 permite a Stamp enviar como %2 a través de %3. Tu contraseña se queda en %1.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>Rather not sign in through the browser? %1 also accepts an app password.</source>
        <translation>¿Prefieres no iniciar sesión en el navegador? %1 también acepta una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>No app registration at hand? You can use an app password instead: it works only for mail and can be withdrawn on its own.</source>
        <translation>¿No tienes un registro de aplicación a mano? Puedes usar una contraseña de aplicación en su lugar: solo sirve para el correo y se puede revocar por separado.</translation>
    </message>
    <message>
        <source>%1 accepts no password: signing in is the only way, so the account can be added once an app registration is entered.</source>
        <translation>%1 no acepta contraseñas: iniciar sesión es la única forma, así que la cuenta se podrá añadir cuando se introduzca un registro de aplicación.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TemplatesDialog</name>
    <message>
        <source>There are no templates yet. In a new message, choose Templates, then Save as template.</source>
        <translation>Aún no hay plantillas. En un mensaje nuevo, elige Plantillas y después Guardar como plantilla.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Cambiar nombre de la plantilla</translation>
    </message>
    <message>
        <source>New &amp;name for "%1":</source>
        <translation>&amp;Nuevo nombre para "%1":</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>¿Eliminar la plantilla?</translation>
    </message>
    <message>
        <source>Delete the template "%1"? Messages started from it stay as they are.</source>
        <translation>¿Eliminar la plantilla "%1"? Los mensajes creados a partir de ella se quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TestPage</name>
    <message>
        <source>Save an&amp;yway</source>
        <translation>Guardar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Probar y guardar</translation>
    </message>
    <message>
        <source>The test failed, so Save is off. You can save the account anyway: messages you send from it then wait in the Outbox until its settings work, and you can fix them later in the account's settings.</source>
        <translation>La prueba ha fallado, así que Guardar está desactivado. Puedes guardar la cuenta de todos modos: los mensajes que envíes desde ella esperarán en la Bandeja de salida hasta que su configuración funcione, y podrás corregirla más tarde en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>Save the account although its test failed</source>
        <translation>Guardar la cuenta aunque su prueba haya fallado</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2 and checks it, without logging in. Save keeps the account once a test passes.</source>
        <translation>Probar se conecta a %1, puerto %2, y lo comprueba, sin iniciar sesión. Guardar conserva la cuenta en cuanto se supera una prueba.</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2, checks its encryption and logs in with your sign-in at %3 (a short-lived access token, not your password). Save keeps the account and the sign-in once a test passes.</source>
        <translation>Probar se conecta a %1, puerto %2, comprueba su cifrado e inicia sesión con tu inicio de sesión en %3 (un token de acceso de corta duración, no tu contraseña). Guardar conserva la cuenta y el inicio de sesión en cuanto se supera una prueba.</translation>
    </message>
    <message>
        <source>Test connects to %1 port %2, checks its encryption and logs in: your password goes there and nowhere else. Save keeps the account once a test passes.</source>
        <translation>Probar se conecta a %1, puerto %2, comprueba su cifrado e inicia sesión: tu contraseña va allí y a ningún otro sitio. Guardar conserva la cuenta en cuanto se supera una prueba.</translation>
    </message>
</context>
<context>
    <name>stamp::ui::TranscriptHistoryView</name>
    <message>
        <source>Past sends</source>
        <translation>Envíos anteriores</translation>
    </message>
    <message>
        <source>The conversation of the selected send</source>
        <translation>La conversación del envío seleccionado</translation>
    </message>
    <message>
        <source>Every send keeps its conversation with the server here (passwords are never recorded).</source>
        <translation>Cada envío conserva aquí su conversación con el servidor (nunca se registran las contraseñas).</translation>
    </message>
</context>
<context>
    <name>stamp::ui::WelcomePage</name>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Usar el &amp;entorno de pruebas</translation>
    </message>
    <message>
        <source>Welcome to Stamp</source>
        <translation>Te damos la bienvenida a Stamp</translation>
    </message>
    <message>
        <source>Send mail through your provider's server, see every step of the conversation, and get a plain explanation whenever something goes wrong.</source>
        <translation>Envía correo a través del servidor de tu proveedor, ve cada paso de la conversación y obtén una explicación clara cuando algo salga mal.</translation>
    </message>
    <message>
        <source>Set up Gmail, Outlook, iCloud, Fastmail or any other SMTP server</source>
        <translation>Configura Gmail, Outlook, iCloud, Fastmail o cualquier otro servidor SMTP</translation>
    </message>
    <message>
        <source>Send to a practice server on this computer: nothing leaves it, and you can read exactly what was sent</source>
        <translation>Envía a un servidor de práctica en este equipo: nada sale de él y puedes leer exactamente lo que se ha enviado</translation>
    </message>
    <message>
        <source>The sandbox is a mail server inside Stamp. It accepts every message and keeps it here, so you can try composing and watch the session log without an account.</source>
        <translation>El entorno de pruebas es un servidor de correo dentro de Stamp. Acepta todos los mensajes y los guarda aquí, para que puedas probar a redactar y ver el registro de sesión sin una cuenta.</translation>
    </message>
    <message>
        <source>A&amp;dd your account</source>
        <translation>Añadir t&amp;u cuenta</translation>
    </message>
    <message>
        <source>&amp;Import from another app...</source>
        <translation>&amp;Importar de otra aplicación...</translation>
    </message>
    <message>
        <source>Bring the accounts you use in Thunderbird or msmtp, without typing their servers again</source>
        <translation>Trae las cuentas que usas en Thunderbird o msmtp, sin volver a escribir sus servidores</translation>
    </message>
</context>
</TS>
