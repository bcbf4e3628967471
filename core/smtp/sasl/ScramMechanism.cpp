// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScramMechanism.h"

#include "Logging.h"
#include "SaslName.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <array>
#include <QCoreApplication>

namespace stamp::sasl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaslMechanism)
};

// RFC 5802 sets no upper bound, but every round costs the client time, so a
// hostile server could hang it: ten million SHA-256 rounds took 15 to 40
// seconds (found by fuzzing). RFC 7677 §4 asks for at least 4096 and servers
// ship with 4096 to 15,000; a hundred thousand leaves room for a careful
// admin and keeps the work to a fraction of a second.
constexpr int kMaxIterations = 100'000;
// RFC 7677 §4: the iteration count SHOULD be at least 4096.
constexpr int kRecommendedIterations = 4096;
// RFC 5802 §5.1: the nonce must be unpredictable; 24 random bytes is 192 bits.
constexpr int kNonceBytes = 24;

// RFC 5802 §5.1 asks for SASLprep (RFC 4013) of the user name and password.
// Its part that changes what a client sends is NFKC normalisation, so that
// two spellings of the same text derive the same key; refusing prohibited
// code points is left to the server.
QString saslPrep(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

QByteArray randomNonce()
{
    std::array<quint32, kNonceBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    // Base64 keeps the nonce printable and free of ',' (RFC 5802 §7 "c-nonce").
    return QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words))).toBase64();
}

bool isValidNonce(const QByteArray &nonce)
{
    // RFC 5802 §7: printable = %x21-2B / %x2D-7E (printable ASCII except ',').
    if (nonce.isEmpty())
        return false;
    for (char c : nonce) {
        if (c < 0x21 || c > 0x7e || c == ',')
            return false;
    }
    return true;
}

// One "x=value" list (RFC 5802 §7); nullopt when it is not one.
std::optional<QList<QPair<char, QByteArray>>> parseAttributes(const QByteArray &message)
{
    QList<QPair<char, QByteArray>> attributes;
    for (const QByteArray &part : message.split(',')) {
        if (part.size() < 2 || part.at(1) != '=')
            return std::nullopt;
        attributes.append({ part.at(0), part.mid(2) });
    }
    return attributes;
}

std::optional<QByteArray> attribute(const QList<QPair<char, QByteArray>> &attributes, char name)
{
    for (const auto &pair : attributes) {
        if (pair.first == name)
            return pair.second;
    }
    return std::nullopt;
}

QString describeServerError(const QByteArray &value)
{
    return Text::tr("server reported SCRAM error \"%1\"").arg(QString::fromUtf8(value.left(100)));
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    Q_ASSERT(a.size() == b.size());
    QByteArray result(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i)
        result[i] = char(a.at(i) ^ b.at(i));
    return result;
}

// Takes the same time wherever the first difference is, so the comparison
// itself tells an observer nothing.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    int difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i) ^ b.at(i);
    return difference == 0;
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
} // namespace

ScramMechanism::ScramMechanism(
    QCryptographicHash::Algorithm algorithm, const Credentials &credentials, const QByteArray &clientNonce)
    : m_algorithm(algorithm)
    , m_password(saslPrep(credentials.secret).toUtf8())
    , m_clientNonce(clientNonce.isEmpty() ? randomNonce() : clientNonce)
{
    Q_ASSERT(algorithm == QCryptographicHash::Sha1 || algorithm == QCryptographicHash::Sha256);
    Q_ASSERT(isValidNonce(m_clientNonce));

    // RFC 5802 §7: gs2-header = gs2-cbind-flag "," [ authzid ] ","; "n"
    // because this client does not do channel binding (the -PLUS variants).
    m_gs2Header = credentials.authzid.isEmpty()
        ? QByteArrayLiteral("n,,")
        : QByteArray("n,a=" % encodeSaslName(credentials.authzid) % ',');
    m_clientFirstBare = "n=" % encodeSaslName(saslPrep(credentials.username)) % ",r=" % m_clientNonce;
}

ScramMechanism::~ScramMechanism()
{
    forgetSecrets();
    wipe(m_expectedServerSignature);
}

QByteArray ScramMechanism::name() const
{
    return m_algorithm == QCryptographicHash::Sha1 ? QByteArrayLiteral("SCRAM-SHA-1")
                                                   : QByteArrayLiteral("SCRAM-SHA-256");
}

std::optional<QByteArray> ScramMechanism::initialResponse()
{
    return clientFirstMessage();
}

QByteArray ScramMechanism::clientFirstMessage() const
{
    return m_gs2Header + m_clientFirstBare;
}

SaslMechanism::Step ScramMechanism::respond(const QByteArray &challenge)
{
    switch (m_state) {
    case State::AwaitingServerFirst:
        // RFC 4954 §4: a server that got no initial response asks for it with
        // an empty challenge.
        if (challenge.isEmpty()) {
            if (m_sentClientFirstOnRequest)
                return fail(Text::tr("server sent an empty SCRAM challenge twice"));
            m_sentClientFirstOnRequest = true;
            return { true, clientFirstMessage(), {} };
        }
        return handleServerFirst(challenge);
    case State::AwaitingServerFinal:
        return handleServerFinal(challenge);
    case State::Verified:
        return fail(Text::tr("server sent a challenge after the SCRAM server-final message"));
    case State::Failed:
        break;
    }
    return { false, {}, Text::tr("the SCRAM exchange has already failed") };
}

SaslMechanism::Step ScramMechanism::handleServerFirst(const QByteArray &message)
{
    // RFC 5802 §7: server-first-message =
    //     [reserved-mext ","] nonce "," salt "," iteration-count ["," extensions]
    const auto attributes = parseAttributes(message);
    if (!attributes)
        return fail(Text::tr("malformed SCRAM server-first message"));
    // Not in the grammar here, but some servers refuse this early.
    if (const auto error = attribute(*attributes, 'e')) {
        m_serverError = *error;
        return fail(describeServerError(*error));
    }
    // RFC 5802 §5.1: a client MUST fail when "m" is present.
    if (attribute(*attributes, 'm'))
        return fail(Text::tr("server requires a SCRAM extension this client does not support"));

    const auto nonce = attribute(*attributes, 'r');
    const auto salt64 = attribute(*attributes, 's');
    const auto iterationText = attribute(*attributes, 'i');
    if (!nonce || !salt64 || !iterationText)
        return fail(Text::tr("SCRAM server-first message lacks the nonce, salt or iteration count"));

    // RFC 5802 §5.1: the server's nonce is ours with its own part appended;
    // anything else is a replay or a different conversation.
    if (!nonce->startsWith(m_clientNonce) || nonce->size() == m_clientNonce.size() || !isValidNonce(*nonce))
        return fail(Text::tr("SCRAM server nonce does not extend the client nonce"));

    const auto decodedSalt = QByteArray::fromBase64Encoding(*salt64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decodedSalt || decodedSalt.decoded.isEmpty())
        return fail(Text::tr("SCRAM salt is not valid base64"));
    const QByteArray salt = decodedSalt.decoded;

    bool numeric = false;
    const int iterations = iterationText->toInt(&numeric);
    if (!numeric || iterations < 1 || iterations > kMaxIterations)
        return fail(Text::tr("SCRAM iteration count %1 is out of range (1 to %2)")
                        .arg(QString::fromLatin1(iterationText->left(20)))
                        .arg(kMaxIterations));
    if (iterations < kRecommendedIterations)
        qCInfo(lcSasl, "server asks for only %d SCRAM iterations (RFC 7677 recommends 4096)", iterations);

    // RFC 5802 §3: the key derivation and the proof.
    const auto hmac = [this](const QByteArray &key, const QByteArray &text) {
        return QMessageAuthenticationCode::hash(text, key, m_algorithm);
    };
    QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        m_algorithm, m_password, salt, iterations, quint64(QCryptographicHash::hashLength(m_algorithm)));
    if (saltedPassword.isEmpty())
        return fail(Text::tr("could not derive the SCRAM key"));
    QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_algorithm);

    // RFC 5802 §7: c= is the base64 of the GS2 header ("biws" for "n,,").
    const QByteArray clientFinalWithoutProof = "c=" % m_gs2Header.toBase64() % ",r=" % *nonce;
    const QByteArray authMessage = m_clientFirstBare % ',' % message % ',' % clientFinalWithoutProof;

    const QByteArray clientProof = xorBytes(clientKey, hmac(storedKey, authMessage));
    m_expectedServerSignature = hmac(hmac(saltedPassword, QByteArrayLiteral("Server Key")), authMessage);

    wipe(saltedPassword);
    wipe(clientKey);
    forgetSecrets();
    m_state = State::AwaitingServerFinal;
    return { true, clientFinalWithoutProof % ",p=" % clientProof.toBase64(), {} };
}

SaslMechanism::Step ScramMechanism::handleServerFinal(const QByteArray &message)
{
    // RFC 5802 §7: server-final-message = (server-error / verifier) ["," extensions]
    const auto attributes = parseAttributes(message);
    if (!attributes)
        return fail(Text::tr("malformed SCRAM server-final message"));
    const QPair<char, QByteArray> &first = attributes->constFirst();
    if (first.first == 'e') {
        m_serverError = first.second;
        return fail(describeServerError(first.second));
    }
    if (first.first != 'v')
        return fail(Text::tr("malformed SCRAM server-final message"));

    const auto signature
        = QByteArray::fromBase64Encoding(first.second, QByteArray::AbortOnBase64DecodingErrors);
    // RFC 5802 §5.1: the client MUST verify the server signature; only a
    // server that knows the password (or its salted form) can produce it.
    if (!signature || !equalInConstantTime(signature.decoded, m_expectedServerSignature))
        return fail(Text::tr("SCRAM server signature does not match: the server did not prove it knows "
                                   "the password"));

    qCDebug(lcSasl, "SCRAM server signature verified");
    m_state = State::Verified;
    // RFC 4954 §4: SMTP cannot carry data with the 235, so the server-final
    // message came as a challenge and is answered with an empty response.
    return { true, {}, {} };
}

QString ScramMechanism::successProblem() const
{
    if (m_state == State::Verified)
        return {};
    return Text::tr("server accepted the login without a valid SCRAM server signature, so it "
                          "did not prove it knows the password");
}

SaslMechanism::Step ScramMechanism::fail(const QString &why)
{
    m_state = State::Failed;
    forgetSecrets();
    return { false, {}, why };
}

void ScramMechanism::forgetSecrets()
{
    wipe(m_password);
}

} // namespace stamp::sasl
