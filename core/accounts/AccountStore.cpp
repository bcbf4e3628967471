// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountStore.h"

#include "AccountsLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace stamp {

namespace {
// Bump when the layout changes incompatibly; a newer file is left alone.
constexpr int kFormatVersion = 1;

// QJsonParseError gives an offset; a person wants a line.
int lineAt(const QByteArray &data, int offset)
{
    return 1 + static_cast<int>(data.left(offset).count('\n'));
}
} // namespace

AccountStore::AccountStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{ }

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/accounts.json");
}

bool AccountStore::load()
{
    m_accounts.clear();
    m_error.clear();
    m_backupPath.clear();
    m_broken = false;

    QFile file(m_path);
    if (!file.exists())
        return true;
    // Whole sentences: a sentence assembled from fragments cannot follow
    // another language's word order.
    const QString shownPath = QDir::toNativeSeparators(m_path);
    QString problem;
    QByteArray data;
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path; %2 is the system's error message
        problem = tr("The account file %1 cannot be read: %2.").arg(shownPath, file.errorString());
    } else {
        data = file.readAll();
        file.close();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        const QJsonObject root = document.object();
        const int version = root.value(QStringLiteral("version")).toInt(0);
        if (parseError.error != QJsonParseError::NoError) {
            //: %1 is a file path, %2 a line number, %3 the parser's error message
            problem = tr("The account file %1 is not valid JSON (line %2: %3).")
                          .arg(shownPath)
                          .arg(lineAt(data, parseError.offset))
                          .arg(parseError.errorString());
        } else if (!document.isObject() || version < 1) {
            //: %1 is a file path
            problem = tr("The account file %1 is not a Stamp account list.").arg(shownPath);
        } else if (version > kFormatVersion) {
            //: %1 is a file path, %2 the file's format version number
            problem = tr("The account file %1 was written by a newer version of Stamp (format %2).")
                          .arg(shownPath)
                          .arg(version);
        } else {
            QList<Account> accounts;
            for (const QJsonValue &value : root.value(QStringLiteral("accounts")).toArray()) {
                QString why;
                const std::optional<Account> account = Account::fromJson(value.toObject(), &why);
                if (!account) {
                    //: %1 is a file path; %2 says what is wrong with the entry
                    problem = tr("The account file %1 has an unusable entry: %2.").arg(shownPath, why);
                    break;
                }
                accounts << *account;
            }
            if (problem.isEmpty()) {
                m_accounts = accounts;
                return true;
            }
        }
    }

    // Keep the evidence: the person may want to repair it by hand, and a
    // later save must not be what destroys their settings.
    m_broken = true;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_backupPath = m_path + QStringLiteral(".corrupt-") + stamp;
    if (QFile::exists(m_backupPath) || !QFile::copy(m_path, m_backupPath))
        m_backupPath.clear();
    if (m_backupPath.isEmpty()) {
        m_error = problem + QLatin1Char(' ') + tr("It was left as it is; fix or remove it, then try again.");
    } else {
        //: %1 is the path of the copy
        m_error = problem + QLatin1Char(' ')
            + tr("A copy was kept as %1; fix or remove the file, then try again.")
                  .arg(QDir::toNativeSeparators(m_backupPath));
    }
    qCWarning(lcAccounts).noquote() << m_error;
    return false;
}

std::optional<Account> AccountStore::findFor(const QString &id, const QString &name) const
{
    if (id.isEmpty())
        return name.isEmpty() ? std::nullopt : find(name);
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::find(const QString &name) const
{
    for (const Account &account : m_accounts) {
        if (account.name.compare(name, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

QString AccountStore::add(const Account &account)
{
    if (const QString problem = account.validate(); !problem.isEmpty())
        return problem;
    if (find(account.name))
        return tr("There is already an account named \"%1\".").arg(account.name);
    m_accounts << account;
    if (const QString problem = save(); !problem.isEmpty()) {
        m_accounts.removeLast();
        return problem;
    }
    return {};
}

QString AccountStore::update(const Account &account)
{
    if (const QString problem = account.validate(); !problem.isEmpty())
        return problem;
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id != account.id)
            continue;
        const Account old = m_accounts.at(i);
        m_accounts[i] = account;
        if (const QString problem = save(); !problem.isEmpty()) {
            m_accounts[i] = old;
            return problem;
        }
        return {};
    }
    return tr("There is no account \"%1\".").arg(account.name);
}

QString AccountStore::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const Account old = m_accounts.takeAt(i);
        if (const QString problem = save(); !problem.isEmpty()) {
            m_accounts.insert(i, old);
            return problem;
        }
        return {};
    }
    return tr("There is no account \"%1\".").arg(name);
}

QString AccountStore::save()
{
    if (m_broken)
        return m_error;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(m_path));
    QJsonArray list;
    for (const Account &account : m_accounts)
        list.append(account.toJson());
    QJsonObject root;
    root[QStringLiteral("version")] = kFormatVersion;
    root[QStringLiteral("accounts")] = list;

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    // Account settings are personal: readable by their owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    return {};
}

} // namespace stamp
