// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxCertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace stamp {

namespace {

template<typename T, void (*Free)(T *)>
struct Freer
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Freer<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using Number = std::unique_ptr<BIGNUM, Freer<BIGNUM, BN_free>>;

QString lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray contents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

Bio reader(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

// Never asks for a passphrase (the sandbox's key has none; a key that
// wants one is not ours and is replaced).
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

QString writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    // The permissions go on the temporary file before any byte is in it,
    // so the key is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        return SandboxCertificate::tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace

QString SandboxCertificate::certificateFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("sandbox-certificate.pem"));
}

QString SandboxCertificate::keyFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("sandbox-key.pem"));
}

QString SandboxCertificate::sha256() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
}

std::optional<SandboxCertificate> SandboxCertificate::obtain(const QString &directory, QString *error)
{
    if (directory.isEmpty())
        return generate(error);
    if (std::optional<SandboxCertificate> kept = read(directory))
        return kept;
    std::optional<SandboxCertificate> made = generate(error);
    if (!made)
        return std::nullopt;
    if (const QString problem = made->write(directory); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return made;
}

std::optional<SandboxCertificate> SandboxCertificate::read(const QString &directory)
{
    QFile certificateFile(SandboxCertificate::certificateFile(directory));
    QFile keyFile(SandboxCertificate::keyFile(directory));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    SandboxCertificate kept;
    kept.m_certificatePem = certificateFile.readAll();
    kept.m_keyPem = keyFile.readAll();

    // libcrypto judges the pair: both parse, the key is the certificate's,
    // and the certificate is valid now (an expired one would add an error
    // to the dialog that a fresh one does not have).
    Bio certificateBio = reader(kept.m_certificatePem);
    Bio keyBio = reader(kept.m_keyPem);
    const Certificate x509(PEM_read_bio_X509(certificateBio.get(), nullptr, noPassphrase, nullptr));
    const Key key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
    const bool usable = x509 && key && X509_check_private_key(x509.get(), key.get()) == 1
        && X509_cmp_current_time(X509_get0_notBefore(x509.get())) < 0
        && X509_cmp_current_time(X509_get0_notAfter(x509.get())) > 0;
    ERR_clear_error();
    if (!usable)
        return std::nullopt;
    kept.m_certificate = QSslCertificate(kept.m_certificatePem, QSsl::Pem);
    kept.m_key = QSslKey(kept.m_keyPem, QSsl::Ec, QSsl::Pem);
    if (kept.m_certificate.isNull() || kept.m_key.isNull())
        return std::nullopt;
    return kept;
}

std::optional<SandboxCertificate> SandboxCertificate::generate(QString *error)
{
    auto fail = [error](const QString &step) {
        if (error)
            *error = tr("The sandbox's certificate could not be made (%1): %2").arg(step, lastError());
        return std::nullopt;
    };
    // P-256: quick to make, and every TLS library accepts it.
    const Key key(EVP_EC_gen("P-256"));
    if (!key)
        return fail(QStringLiteral("key"));
    const Certificate x509(X509_new());
    if (!x509 || X509_set_version(x509.get(), 2) != 1) // X.509 v3, for the extensions
        return fail(QStringLiteral("version"));

    // RFC 5280 §4.1.2.2: a positive serial of up to 20 octets, unique per
    // issuer; 16 random octets are.
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail(QStringLiteral("serial"));
    serial[0] &= 0x7f;
    const Number number(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!number || !BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(x509.get())))
        return fail(QStringLiteral("serial"));

    // An hour back, for a clock that is slightly behind.
    if (!X509_gmtime_adj(X509_getm_notBefore(x509.get()), -3600)
        || !X509_time_adj_ex(X509_getm_notAfter(x509.get()), kValidDays, 0, nullptr))
        return fail(QStringLiteral("validity"));

    // Self-signed: the issuer is the subject.
    X509_NAME *name = X509_get_subject_name(x509.get());
    if (X509_NAME_add_entry_by_txt(
            name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Stamp sandbox"), -1, -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0)
            != 1
        || X509_set_issuer_name(x509.get(), name) != 1 || X509_set_pubkey(x509.get(), key.get()) != 1)
        return fail(QStringLiteral("name"));

    // RFC 6125 §6.4.4: clients match the host against subjectAltName, not
    // the CN, so every name the sandbox is reached by is listed there.
    // RFC 5280 §4.2.1.9/§4.2.1.12: an end-entity certificate for a server.
    // No keyUsage: without keyCertSign in it, libcrypto would not count the
    // certificate as issued by itself, and clients told to trust exactly
    // this file (openssl -CAfile, Python's cafile) could not anchor it.
    if (!addExtension(x509.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(x509.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(x509.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(x509.get(), NID_subject_key_identifier, "hash"))
        return fail(QStringLiteral("extensions"));
    if (X509_sign(x509.get(), key.get(), EVP_sha256()) <= 0)
        return fail(QStringLiteral("signature"));

    const Bio certificateBio(BIO_new(BIO_s_mem()));
    const Bio keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio || PEM_write_bio_X509(certificateBio.get(), x509.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail(QStringLiteral("PEM"));

    SandboxCertificate made;
    made.m_certificatePem = contents(certificateBio.get());
    made.m_keyPem = contents(keyBio.get());
    made.m_certificate = QSslCertificate(made.m_certificatePem, QSsl::Pem);
    made.m_key = QSslKey(made.m_keyPem, QSsl::Ec, QSsl::Pem);
    made.m_new = true;
    if (made.m_certificate.isNull() || made.m_key.isNull())
        return fail(QStringLiteral("Qt"));
    return made;
}

QString SandboxCertificate::write(const QString &directory) const
{
    if (!QDir(directory).mkpath(QStringLiteral(".")))
        return tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
    // The key: readable by its owner only. A half-written pair (the key new,
    // the certificate old) does not match and is made again next time.
    if (QString problem = writeFile(keyFile(directory), m_keyPem, QFile::ReadOwner | QFile::WriteOwner);
        !problem.isEmpty())
        return problem;
    return writeFile(certificateFile(directory), m_certificatePem,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

TlsReport SandboxCertificate::report(const QString &host) const
{
    TlsReport report;
    report.attempted = true;
    report.peer = CertificateSummary::of(m_certificate);
    report.chain = { report.peer };
    // The same verification a client makes against the system's trust
    // store: self-signed, so never trusted without a pin.
    for (const QSslError &error : QSslCertificate::verify({ m_certificate }, host)) {
        report.errors << error.error();
        report.errorTexts << error.errorString();
    }
    return report;
}

} // namespace stamp
