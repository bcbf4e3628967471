// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace stamp::test {

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QString asn1Time(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}
} // namespace

QString CertificateFactory::run(const QStringList &arguments) const
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.setWorkingDirectory(m_dir->path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAll()));
    return {};
}

QString CertificateFactory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return QStringLiteral("no temporary folder");
    const QString d = m_dir->path();
    // The smallest configuration `openssl ca` runs with: a database and a
    // policy that takes any subject.
    const QByteArray config = "[ca]\ndefault_ca = test_ca\n[test_ca]\ndatabase = " + d.toUtf8()
        + "/index.txt\nnew_certs_dir = " + d.toUtf8() + "/issued\nserial = " + d.toUtf8()
        + "/serial\ndefault_md = sha256\npolicy = any\nunique_subject = no\n"
          "copy_extensions = none\n[any]\ncommonName = supplied\n";
    if (!writeFile(d + QStringLiteral("/ca.cnf"), config) || !writeFile(d + QStringLiteral("/index.txt"), {})
        || !writeFile(d + QStringLiteral("/serial"), "1000\n"))
        return QStringLiteral("cannot write the CA's files");
    QFile::remove(d + QStringLiteral("/issued"));
    if (!QDir(d).mkpath(QStringLiteral("issued")))
        return QStringLiteral("cannot make the CA's folder");
    return run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca-key.pem"),
        QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"),
        QStringLiteral("-subj"), QStringLiteral("/CN=Stamp hostile test CA"), QStringLiteral("-addext"),
        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") });
}

QString CertificateFactory::caFile() const
{
    return m_dir->filePath(QStringLiteral("ca.pem"));
}

QString CertificateFactory::writeExtensions(const QString &name, const QString &subjectAltName) const
{
    QByteArray ext = "basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n"
                     "keyUsage=critical,digitalSignature\n";
    if (!subjectAltName.isEmpty())
        ext += "subjectAltName=" + subjectAltName.toLatin1() + "\n";
    const QString path = m_dir->filePath(name + QStringLiteral(".ext"));
    return writeFile(path, ext) ? path : QString();
}

CertificateFactory::Issued CertificateFactory::load(const QString &name) const
{
    Issued issued;
    issued.certificate = QSslCertificate(readAll(m_dir->filePath(name + QStringLiteral(".pem"))), QSsl::Pem);
    issued.key = QSslKey(readAll(m_dir->filePath(name + QStringLiteral("-key.pem"))), QSsl::Ec, QSsl::Pem);
    if (issued.certificate.isNull() || issued.key.isNull())
        issued.error = QStringLiteral("cannot load %1").arg(name);
    return issued;
}

CertificateFactory::Issued CertificateFactory::issue(const QString &commonName, const QString &subjectAltName,
    const QDateTime &notBefore, const QDateTime &notAfter)
{
    const QString name = QStringLiteral("leaf%1").arg(++m_serial);
    const QString ext = writeExtensions(name, subjectAltName);
    QString error = run({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
        QStringLiteral("-keyout"), name + QStringLiteral("-key.pem"), QStringLiteral("-out"),
        name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName });
    if (error.isEmpty())
        error = run({ QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
            QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
            QStringLiteral("-keyfile"), QStringLiteral("ca-key.pem"), QStringLiteral("-in"),
            name + QStringLiteral(".csr"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
            QStringLiteral("-notext"), QStringLiteral("-startdate"), asn1Time(notBefore),
            QStringLiteral("-enddate"), asn1Time(notAfter), QStringLiteral("-extfile"), ext });
    if (!error.isEmpty()) {
        Issued failed;
        failed.error = error;
        return failed;
    }
    return load(name);
}

CertificateFactory::Issued CertificateFactory::selfSigned(
    const QString &commonName, const QString &subjectAltName)
{
    const QString name = QStringLiteral("self%1").arg(++m_serial);
    QStringList args = { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral("-key.pem"),
        QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName };
    if (!subjectAltName.isEmpty())
        args << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + subjectAltName;
    const QString error = run(args);
    if (!error.isEmpty()) {
        Issued failed;
        failed.error = error;
        return failed;
    }
    return load(name);
}

} // namespace stamp::test
