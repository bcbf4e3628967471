// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The compiled-in translations: English plural forms replace the "(s)" of
// the source texts, for the command line and the app alike.

#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishPluralForms()
    {
        const auto sent = [](int n) {
            return QCoreApplication::translate("ConsoleReport", "Sent to %n recipient(s): %1", nullptr, n);
        };
        QCOMPARE(sent(1), QStringLiteral("Sent to 1 recipient(s): %1"));  // nothing installed yet
        stamp::installTranslations(*QCoreApplication::instance());
        QCOMPARE(sent(1), QStringLiteral("Sent to 1 recipient: %1"));
        QCOMPARE(sent(3), QStringLiteral("Sent to 3 recipients: %1"));
        QCOMPARE(QCoreApplication::translate("stamp::ui::AttachmentList", "%n file(s), %1", nullptr, 2),
                 QStringLiteral("2 files, %1"));
    }

    void everyPluralMessageIsFilled()
    {
        // A plural text added to the sources without its English forms
        // would show "(s)" to people: the catalogue must cover them all.
        QFile ts(QStringLiteral(STAMP_SOURCE_DIR "/resources/translations/stamp_en.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("numerus=\"yes\""));
        QVERIFY2(!text.contains("type=\"unfinished\""), "run resources/translations/fill-english-plurals.py");
        QVERIFY(!text.contains("<numerusform></numerusform>"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
