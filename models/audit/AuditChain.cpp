// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditChain.h"

#include "core/TextContexts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor::audit {

QByteArray canonicalContent(const Entry &e)
{
    const QJsonArray values{QString::number(e.sequence), e.at, e.user, e.action, e.target, e.details,
                            e.payloadSha256, e.previousSha256};
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Entry chained(Entry entry, const Entry *previous)
{
    entry.sequence = previous ? previous->sequence + 1 : 1;
    entry.previousSha256 = previous ? previous->sha256 : genesis();
    entry.sha256 = sha256Hex(canonicalContent(entry));
    return entry;
}

ChainVerdict verifyChain(const QList<Entry> &entries, qint64 headCount, const QString &headSha256)
{
    ChainVerdict verdict;
    verdict.entries = entries.size();
    const auto broken = [&verdict](qint64 at, QString reason) {
        verdict.ok = false;
        verdict.firstBroken = at;
        verdict.reason = std::move(reason);
        return verdict;
    };
    QString previous = genesis();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const qint64 expected = i + 1;
        if (e.sequence != expected)
            return broken(expected,
                          AuditText::tr("entry %1 is missing: the next stored entry is number %2 (an "
                                        "entry was deleted or the entries renumbered)")
                              .arg(expected)
                              .arg(e.sequence));
        if (e.previousSha256 != previous)
            return broken(expected,
                          AuditText::tr("entry %1 does not follow entry %2: its record of the entry before "
                                        "differs (entries were removed, inserted or reordered)")
                              .arg(expected)
                              .arg(expected - 1));
        if (sha256Hex(canonicalContent(e)) != e.sha256)
            return broken(expected,
                          AuditText::tr("entry %1 (%2, %3) was changed after it was written: its content "
                                        "no longer matches its hash")
                              .arg(expected)
                              .arg(e.action, e.at));
        previous = e.sha256;
    }
    if (entries.size() < headCount)
        return broken(entries.size() + 1,
                      AuditText::tr("the log ends after entry %1, but %2 entries were written: "
                                    "the last ones were removed")
                          .arg(entries.size())
                          .arg(headCount));
    if (entries.size() > headCount || previous != (headCount == 0 ? genesis() : headSha256))
        return broken(
            entries.isEmpty() ? 1 : entries.size(),
            AuditText::tr("the log's last entry is not the one Candor wrote last: entries were added or "
                          "replaced outside Candor"));
    return verdict;
}

} // namespace candor::audit
