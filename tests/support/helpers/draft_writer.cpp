// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Test helper for tests/integration/tst_drafts_crash.cpp: saves drafts
// through DraftStore in a loop until it is killed, and acknowledges each
// completed save on standard output ("INDEX VERSION"), so the test knows
// what must be on the disk whenever it kills it.
//
//   stamp-draft-writer DIR COUNT
//
// It continues from the versions it finds in DIR, so a series of runs
// killed at random moments keeps moving forward.

#include "DraftPattern.h"
#include "outbox/DraftStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

using namespace stamp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: stamp-draft-writer DIR COUNT\n");
        return 2;
    }
    DraftStore store(args.at(1));
    const int count = args.at(2).toInt();
    QList<int> versions(count, 0);
    for (int i = 0; i < count; ++i) {
        if (const std::optional<Draft> draft = store.load(test::draftId(i)))
            versions[i] = draft->subject.section(QLatin1Char(' '), 1).toInt();
    }
    for (int round = 0;; ++round) {
        const int i = round % count;
        Draft draft;
        draft.id = test::draftId(i);
        draft.to = QStringLiteral("bob@example.net");
        draft.subject = test::draftSubject(versions[i] + 1);
        draft.text = test::draftText(i, versions[i] + 1);
        if (const QString problem = store.save(draft); !problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 1;
        }
        versions[i] += 1;
        std::printf("%d %d\n", i, versions[i]);
        std::fflush(stdout);
    }
}
