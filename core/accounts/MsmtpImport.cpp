// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MsmtpImport.h"

#include "MsmtpConfig.h"
#include "smtp/TlsReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace stamp {

namespace {
// What Stamp takes over from msmtp; every other command becomes a note.
const QStringList kUnderstood { QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("tls"),
    QStringLiteral("tls_starttls"), QStringLiteral("auth"), QStringLiteral("user"), QStringLiteral("from"),
    QStringLiteral("tls_trust_file"), QStringLiteral("tls_fingerprint"), QStringLiteral("domain"),
    QStringLiteral("timeout"), QStringLiteral("password"), QStringLiteral("passwordeval"),
    QStringLiteral("tls_certcheck") };

QString expandHome(const QString &path, const QString &home)
{
    return path.startsWith(QLatin1Char('~')) ? home + path.mid(1) : path;
}

bool isPattern(const QString &from)
{
    return from.contains(QLatin1Char('*')) || from.contains(QLatin1Char('?')) || from.contains(QLatin1Char('['));
}
} // namespace

QString MsmtpImport::locateConfig(const QString &home, const QString &xdgConfigHome)
{
    const QString rc = home + QStringLiteral("/.msmtprc");
    if (QFileInfo::exists(rc))
        return rc;
    const QString xdg = (xdgConfigHome.isEmpty() ? home + QStringLiteral("/.config") : xdgConfigHome)
        + QStringLiteral("/msmtp/config");
    return QFileInfo::exists(xdg) ? xdg : QString();
}

ImportPlan MsmtpImport::read(const QString &path)
{
    const QString file = path.isEmpty()
        ? locateConfig(QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME"))
        : path;
    ImportPlan plan;
    if (file.isEmpty()) {
        plan.error = tr("No msmtp configuration was found (~/.msmtprc or ~/.config/msmtp/config). Name the file.");
    } else {
        QFile in(file);
        if (in.open(QIODevice::ReadOnly))
            plan = fromConfig(MsmtpConfig::parse(QString::fromUtf8(in.readAll())), QDir::homePath());
        else
            plan.error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(file), in.errorString());
    }
    plan.source = QStringLiteral("msmtp");
    plan.path = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
    return plan;
}

ImportPlan MsmtpImport::fromConfig(const MsmtpConfig &config, const QString &home)
{
    ImportPlan plan;
    plan.source = QStringLiteral("msmtp");
    for (const QString &problem : config.problems())
        plan.notes << tr("A line of the file was not understood and was left out (%1).").arg(problem);
    const MsmtpConfig::Settings defaults = config.allDefaults();
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (!kUnderstood.contains(it.key()))
            plan.notes << tr("The default setting \"%1\" has no counterpart in Stamp and was left out.").arg(it.key());
    }

    // `account default : NAME` only names msmtp's default account; with no
    // settings of its own it is not a second account.
    QString defaultName;
    for (const MsmtpConfig::Section &section : config.accounts()) {
        if (section.name == QLatin1String("default") && section.own.isEmpty() && section.parents.size() == 1)
            defaultName = section.parents.first();
    }

    for (const MsmtpConfig::Section &section : config.accounts()) {
        if (section.name == QLatin1String("default") && !defaultName.isEmpty())
            continue;
        ImportItem item;
        Account &a = item.account;
        a.name = section.name;
        item.origin = tr("account %1").arg(section.name);
        item.isDefault = section.name == defaultName || (defaultName.isEmpty() && section.name == QLatin1String("default"));
        QString problem;
        const std::optional<MsmtpConfig::Settings> resolved = config.resolve(section.name, &problem);
        if (!resolved) {
            item.action = ImportItem::Action::Skip;
            item.notes << tr("Not imported: %1.").arg(problem);
            plan.items << item;
            continue;
        }
        const MsmtpConfig::Settings &s = *resolved;

        a.host = s.value(QStringLiteral("host"));
        // tls off (msmtp's default) is no encryption at all; tls_starttls
        // off is TLS from the first byte (RFC 8314).
        const bool tls = s.contains(QStringLiteral("tls")) && MsmtpConfig::isOn(s.value(QStringLiteral("tls")));
        const bool starttls = !s.contains(QStringLiteral("tls_starttls"))
            || MsmtpConfig::isOn(s.value(QStringLiteral("tls_starttls")));
        a.security = !tls ? SecurityMode::None : starttls ? SecurityMode::StartTls : SecurityMode::ImplicitTls;
        if (!tls)
            item.notes << tr("msmtp sent through this server without encryption. Stamp will too, but refuses to "
                             "log in that way; choose STARTTLS or TLS in the account's settings if the server "
                             "offers it.");
        if (s.contains(QStringLiteral("port"))) {
            const uint port = s.value(QStringLiteral("port")).toUInt();
            if (port == 0 || port > 65535)
                item.notes << tr("The port \"%1\" is not a port number; the usual one is used.")
                                  .arg(s.value(QStringLiteral("port")));
            a.port = static_cast<quint16>(port <= 65535 ? port : 0);
        } else {
            // msmtp's own default; keep it, so the account reaches the same server port.
            a.port = a.security == SecurityMode::ImplicitTls ? 465 : 25;
        }

        const QString auth = s.value(QStringLiteral("auth"), QStringLiteral("off"));
        if (auth == QLatin1String("off")) {
            a.authMethod = sasl::AuthMethod::None;
        } else if (MsmtpConfig::isOn(auth)) {
            a.authMethod = sasl::AuthMethod::Auto;
        } else if (const std::optional<sasl::AuthMethod> method = sasl::parseAuthMethod(auth);
                   method && method != sasl::AuthMethod::None && method != sasl::AuthMethod::Auto) {
            a.authMethod = *method; // OAuth ones are settled by ImportPlanner::finish
        } else {
            a.authMethod = sasl::AuthMethod::Auto;
            item.notes << tr("Stamp does not offer the login method \"%1\"; it will choose the strongest password "
                             "method the server offers.")
                              .arg(auth);
        }
        a.username = s.value(QStringLiteral("user"));

        QString from = s.value(QStringLiteral("from")).trimmed();
        if (isPattern(from)) {
            item.notes << tr("The From pattern \"%1\" cannot be an address to send from.").arg(from);
            from.clear();
        }
        if (from.isEmpty() && a.username.contains(QLatin1Char('@'))) {
            from = a.username;
            item.notes << tr("No From address is set; the user name is used as the address.");
        }
        a.email = from;
        a.identities << Identity { {}, from, {}, {} };
        if (from.isEmpty()) {
            item.action = ImportItem::Action::Skip;
            item.notes << tr("Not imported: the account has no From address.");
        }
        if (a.host.isEmpty()) {
            item.action = ImportItem::Action::Skip;
            item.notes << tr("Not imported: the account has no host.");
        }

        const QString trust = s.value(QStringLiteral("tls_trust_file"));
        if (!trust.isEmpty() && trust != QLatin1String("system"))
            a.caFile = expandHome(trust, home);
        if (const QString fingerprint = s.value(QStringLiteral("tls_fingerprint")); !fingerprint.isEmpty()) {
            a.pinnedSha256 = TlsReport::normaliseFingerprint(fingerprint);
            if (a.pinnedSha256.isEmpty())
                item.notes << tr("The certificate fingerprint is not a SHA-256 one, the only kind Stamp pins by; "
                                 "the certificate will be verified as usual.");
        }
        if (s.value(QStringLiteral("tls_certcheck")) == QLatin1String("off") && a.pinnedSha256.isEmpty())
            item.notes << tr("msmtp did not check the server's certificate. Stamp always does: if the check "
                             "fails, Stamp shows the certificate and you can trust exactly that one.");
        a.heloName = s.value(QStringLiteral("domain"));
        a.timeoutSeconds = s.value(QStringLiteral("timeout")).toInt();
        if (s.contains(QStringLiteral("password")) || s.contains(QStringLiteral("passwordeval")))
            item.notes << tr("The password (or the command that gives it) is not imported: Stamp asks for it "
                             "once, for the keychain.");
        for (auto it = s.cbegin(); it != s.cend(); ++it) {
            if (kUnderstood.contains(it.key()) || defaults.value(it.key(), QStringLiteral("\n")) == it.value())
                continue;
            item.notes << tr("The setting \"%1\" has no counterpart in Stamp and was left out.").arg(it.key());
        }
        plan.items << item;
    }
    if (config.accounts().isEmpty())
        plan.notes << tr("The file defines no account.");
    return plan;
}

} // namespace stamp
