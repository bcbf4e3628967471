// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LinkOpenFilter.h"

#include <QFileOpenEvent>
#include <QUrl>

namespace stamp::ui {

LinkOpenFilter::LinkOpenFilter(QObject *parent)
    : QObject(parent)
{
}

bool LinkOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        // Only mail links: a document dropped on the Dock icon is not a
        // message to start.
        if (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0) {
            // The encoded form: MailtoLink decodes it itself (RFC 6068 §2).
            emit linksOpened({QString::fromUtf8(url.toEncoded())});
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace stamp::ui
