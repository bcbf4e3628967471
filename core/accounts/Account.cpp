// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Account.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Account)
};

// JSON keys: spelled once, so the reader and the writer cannot drift apart.
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kDisplayName = QStringLiteral("displayName");
const QString kEmail = QStringLiteral("email");
const QString kIdentities = QStringLiteral("identities");
const QString kServer = QStringLiteral("server");
const QString kHost = QStringLiteral("host");
const QString kPort = QStringLiteral("port");
const QString kSecurity = QStringLiteral("security");
const QString kCaFile = QStringLiteral("caFile");
const QString kPin = QStringLiteral("pinnedSha256");
const QString kProxy = QStringLiteral("proxy");
const QString kAuth = QStringLiteral("auth");
const QString kMethod = QStringLiteral("method");
const QString kUsername = QStringLiteral("username");
const QString kProvider = QStringLiteral("provider");
const QString kOAuthIssuer = QStringLiteral("oauthIssuer");
const QString kOptions = QStringLiteral("options");
const QString kTimeout = QStringLiteral("timeoutSeconds");
const QString kHelo = QStringLiteral("heloName");
const QString kDeliveryReports = QStringLiteral("deliveryReports");
const QString kAddress = QStringLiteral("address");
const QString kReplyTo = QStringLiteral("replyTo");
const QString kSignature = QStringLiteral("signature");
const QString kSendVia = QStringLiteral("sendVia");
const QString kEnvelopeSender = QStringLiteral("envelopeSender");
const QString kSentCopy = QStringLiteral("sentCopy");
const QString kEnabled = QStringLiteral("enabled");
const QString kFolder = QStringLiteral("folder");
const QString kEnvelopeFrom = QStringLiteral("from");
const QString kEnvelopeAccount = QStringLiteral("account");
} // namespace

bool Identity::operator==(const Identity &other) const
{
    return name == other.name && address == other.address && replyTo == other.replyTo
        && signature == other.signature && sendVia == other.sendVia;
}

bool Account::operator==(const Account &other) const
{
    return id == other.id && name == other.name && displayName == other.displayName && email == other.email
        && identities == other.identities && host == other.host && port == other.port
        && security == other.security && caFile == other.caFile && pinnedSha256 == other.pinnedSha256
        && proxy == other.proxy
        && authMethod == other.authMethod && username == other.username && oauthIssuer == other.oauthIssuer
        && providerId == other.providerId
        && timeoutSeconds == other.timeoutSeconds && heloName == other.heloName
        && envelopeSender == other.envelopeSender && deliveryReports == other.deliveryReports
        && sentCopy == other.sentCopy;
}

bool Account::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

std::optional<Identity> Account::identityFor(const QString &address) const
{
    for (const Identity &identity : identities) {
        if (identity.address.compare(address.trimmed(), Qt::CaseInsensitive) == 0)
            return identity;
    }
    return std::nullopt;
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Account::signsInWithOAuth() const
{
    return !oauthIssuer.isEmpty()
        && (authMethod == sasl::AuthMethod::XOAuth2 || authMethod == sasl::AuthMethod::OAuthBearer);
}

QString Account::validate() const
{
    if (!isValidName(name))
        return Text::tr("The account name \"%1\" is not usable: use up to 64 letters, digits, dots, dashes or "
                  "underscores, starting with a letter or digit.")
            .arg(name);
    if (id.isEmpty())
        return Text::tr("The account has no id.");
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1)
        return Text::tr("\"%1\" is not an email address.").arg(email);
    if (host.trimmed().isEmpty())
        return Text::tr("The account has no server host name.");
    if (authMethod != sasl::AuthMethod::None && username.isEmpty())
        return Text::tr("The account logs in but has no user name.");
    if (!oauthIssuer.isEmpty() && !signsInWithOAuth())
        return Text::tr("The account names an OAuth sign-in but logs in with %1, not xoauth2 or oauthbearer.")
            .arg(sasl::methodId(authMethod));
    if (!pinnedSha256.isEmpty() && TlsReport::normaliseFingerprint(pinnedSha256).isEmpty())
        return Text::tr("The pinned certificate fingerprint is not 64 hexadecimal digits.");
    if (const QString problem = proxy.validate(); !problem.isEmpty())
        return problem;
    if (sentCopy.enabled && sentCopy.host.trimmed().isEmpty())
        return Text::tr("The copy to the Sent folder is on but names no IMAP server.");
    if (!sentCopy.pinnedSha256.isEmpty() && TlsReport::normaliseFingerprint(sentCopy.pinnedSha256).isEmpty())
        return Text::tr("The IMAP server's pinned certificate fingerprint is not 64 hexadecimal digits.");
    return {};
}

imap::ImapSettings Account::noSentCopy()
{
    imap::ImapSettings none;
    none.enabled = false;
    return none;
}

imap::ImapSettings Account::sentCopySettings() const
{
    imap::ImapSettings settings = sentCopy;
    if (settings.username.isEmpty())
        settings.username = username;
    if (timeoutSeconds > 0)
        settings.timeoutMs = timeoutSeconds * 1000;
    return settings;
}

imap::ImapLogin Account::sentCopyLogin(const QString &secret) const
{
    imap::ImapLogin login;
    login.method = authMethod == sasl::AuthMethod::None ? sasl::AuthMethod::Auto : authMethod;
    login.credentials.username = sentCopySettings().username;
    login.credentials.secret = secret;
    return login;
}

ServerSettings Account::serverSettings() const
{
    ServerSettings server;
    server.host = host;
    server.port = port;
    server.security = security;
    server.caFile = caFile;
    server.pinnedSha256 = pinnedSha256;
    server.heloName = heloName;
    server.proxy = proxy.resolve(host, server.effectivePort());
    if (timeoutSeconds > 0)
        server.timeouts = Timeouts::cappedAt(timeoutSeconds * 1000);
    return server;
}

AuthSettings Account::authSettings(const QString &secret) const
{
    AuthSettings auth;
    auth.method = authMethod;
    if (authMethod != sasl::AuthMethod::None) {
        auth.credentials.username = username;
        auth.credentials.secret = secret;
    }
    return auth;
}

QJsonObject Account::toJson() const
{
    QJsonArray ids;
    for (const Identity &identity : identities) {
        QJsonObject o;
        o[kName] = identity.name;
        o[kAddress] = identity.address;
        if (!identity.replyTo.isEmpty())
            o[kReplyTo] = identity.replyTo;
        if (!identity.signature.isEmpty())
            o[kSignature] = identity.signature;
        if (!identity.sendVia.isEmpty())
            o[kSendVia] = identity.sendVia;
        ids.append(o);
    }
    QJsonObject server;
    server[kHost] = host;
    server[kPort] = port;
    server[kSecurity] = securityModeId(security);
    if (!caFile.isEmpty())
        server[kCaFile] = caFile;
    if (!pinnedSha256.isEmpty())
        server[kPin] = pinnedSha256;
    // Only what differs from the default, so files stay as they were for
    // accounts that never set a proxy.
    if (proxy != ProxySettings())
        server[kProxy] = proxy.toJson();
    QJsonObject auth;
    auth[kMethod]
        = authMethod == sasl::AuthMethod::None ? QStringLiteral("none") : sasl::methodId(authMethod);
    auth[kUsername] = username;
    if (!oauthIssuer.isEmpty())
        auth[kOAuthIssuer] = oauthIssuer;
    QJsonObject options;
    options[kTimeout] = timeoutSeconds;
    if (!heloName.isEmpty())
        options[kHelo] = heloName;
    if (envelopeSender == EnvelopeSender::AccountAddress)
        options[kEnvelopeSender] = kEnvelopeAccount;
    if (deliveryReports)
        options[kDeliveryReports] = true;

    QJsonObject o;
    // Only when set up, so files stay as they were for other accounts.
    if (sentCopy != noSentCopy()) {
        QJsonObject copy;
        copy[kEnabled] = sentCopy.enabled;
        copy[kHost] = sentCopy.host;
        copy[kPort] = sentCopy.port;
        copy[kSecurity] = securityModeId(sentCopy.security);
        if (!sentCopy.username.isEmpty())
            copy[kUsername] = sentCopy.username;
        if (!sentCopy.sentFolder.isEmpty())
            copy[kFolder] = sentCopy.sentFolder;
        if (!sentCopy.caFile.isEmpty())
            copy[kCaFile] = sentCopy.caFile;
        if (!sentCopy.pinnedSha256.isEmpty())
            copy[kPin] = sentCopy.pinnedSha256;
        o[kSentCopy] = copy;
    }
    o[kId] = id;
    o[kName] = name;
    o[kDisplayName] = displayName;
    o[kEmail] = email;
    o[kIdentities] = ids;
    o[kServer] = server;
    o[kAuth] = auth;
    if (!providerId.isEmpty())
        o[kProvider] = providerId;
    o[kOptions] = options;
    return o;
}

std::optional<Account> Account::fromJson(const QJsonObject &o, QString *error)
{
    Account a;
    a.id = o.value(kId).toString();
    a.name = o.value(kName).toString();
    a.displayName = o.value(kDisplayName).toString();
    a.email = o.value(kEmail).toString();
    for (const QJsonValue &value : o.value(kIdentities).toArray()) {
        const QJsonObject i = value.toObject();
        a.identities << Identity { i.value(kName).toString(), i.value(kAddress).toString(),
            i.value(kReplyTo).toString(), i.value(kSignature).toString(), i.value(kSendVia).toString() };
    }
    const QJsonObject server = o.value(kServer).toObject();
    a.host = server.value(kHost).toString();
    const int port = server.value(kPort).toInt(-1);
    if (port < 0 || port > 65535) {
        *error = Text::tr("account \"%1\": the port is not a number from 0 to 65535").arg(a.name);
        return std::nullopt;
    }
    a.port = static_cast<quint16>(port);
    const std::optional<SecurityMode> security = parseSecurityMode(server.value(kSecurity).toString());
    if (!security) {
        *error = Text::tr("account \"%1\": unknown security mode \"%2\"")
                     .arg(a.name, server.value(kSecurity).toString());
        return std::nullopt;
    }
    a.security = *security;
    a.caFile = server.value(kCaFile).toString();
    a.pinnedSha256 = server.value(kPin).toString();
    a.proxy = ProxySettings::fromJson(server.value(kProxy).toObject());
    const QJsonObject auth = o.value(kAuth).toObject();
    const QString method = auth.value(kMethod).toString();
    if (method == QLatin1String("none")) {
        a.authMethod = sasl::AuthMethod::None;
    } else {
        const std::optional<sasl::AuthMethod> parsed = sasl::parseAuthMethod(method);
        if (!parsed) {
            *error = Text::tr("account \"%1\": unknown login method \"%2\"").arg(a.name, method);
            return std::nullopt;
        }
        a.authMethod = *parsed;
    }
    a.username = auth.value(kUsername).toString();
    a.oauthIssuer = auth.value(kOAuthIssuer).toString();
    a.providerId = o.value(kProvider).toString();
    const QJsonObject options = o.value(kOptions).toObject();
    a.timeoutSeconds = options.value(kTimeout).toInt(0);
    a.heloName = options.value(kHelo).toString();
    // Absent in files written before identities could send elsewhere: the From address.
    const QString envelope = options.value(kEnvelopeSender).toString(kEnvelopeFrom);
    if (envelope == kEnvelopeAccount) {
        a.envelopeSender = EnvelopeSender::AccountAddress;
    } else if (envelope != kEnvelopeFrom) {
        *error = Text::tr("account \"%1\": unknown envelope sender \"%2\"").arg(a.name, envelope);
        return std::nullopt;
    }
    a.deliveryReports = options.value(kDeliveryReports).toBool(false);
    if (const QJsonObject copy = o.value(kSentCopy).toObject(); !copy.isEmpty()) {
        a.sentCopy.enabled = copy.value(kEnabled).toBool(false);
        a.sentCopy.host = copy.value(kHost).toString();
        const int copyPort = copy.value(kPort).toInt(-1);
        if (copyPort < 0 || copyPort > 65535) {
            *error = Text::tr("account \"%1\": the IMAP port is not a number from 0 to 65535").arg(a.name);
            return std::nullopt;
        }
        a.sentCopy.port = static_cast<quint16>(copyPort);
        const std::optional<SecurityMode> copySecurity = parseSecurityMode(copy.value(kSecurity).toString());
        if (!copySecurity) {
            *error = Text::tr("account \"%1\": unknown security mode \"%2\"")
                         .arg(a.name, copy.value(kSecurity).toString());
            return std::nullopt;
        }
        a.sentCopy.security = *copySecurity;
        a.sentCopy.username = copy.value(kUsername).toString();
        a.sentCopy.sentFolder = copy.value(kFolder).toString();
        a.sentCopy.caFile = copy.value(kCaFile).toString();
        a.sentCopy.pinnedSha256 = copy.value(kPin).toString();
    }
    if (const QString problem = a.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return a;
}

} // namespace stamp
