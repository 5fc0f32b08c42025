// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace candor::audit {

// One entry of the audit log as it is stored. It never holds personal data: a creator is named by an internal
// id ("creator:12"); the personal values of the event (a handle, a reason, a note's text) live in a payload of
// their own, whose SHA-256 the entry carries. Erasing a person deletes the payload and keeps its hash, so the
// chain still verifies and no personal byte remains.
struct Entry
{
    qint64 sequence = 0; // 1, 2, 3 … without gaps
    QString at;          // ISO 8601, UTC, milliseconds: "2026-12-02T10:15:00.123Z"
    QString user;        // who did it (the Candor user, not a creator)
    QString action;      // import, decision, note, consent, campaign, model, creator, erase, export, report
    QString target;      // internal ids only: "creator:12", "campaign:3", "batch:5"
    QString details;     // compact JSON of what changed, without personal data
    QString payloadSha256;  // of the personal payload; empty when the event has none
    QString previousSha256; // the entry before's sha256, or kGenesis for the first
    QString sha256;         // over canonicalContent()
};

// The "previous" of the first entry.
inline const QString &genesis()
{
    static const QString zeros(64, QLatin1Char('0'));
    return zeros;
}

// What an entry's hash covers, as one compact JSON array of its stored values in a fixed order: sequence, at,
// user, action, target, details, payload hash, previous hash. The stored texts are hashed as they are, never
// re-serialised, so that nothing but a change of a value changes the hash.
QByteArray canonicalContent(const Entry &entry);
QString sha256Hex(const QByteArray &bytes);
// The entry after `previous` (nothing for the first): its sequence, previous hash and own hash set.
Entry chained(Entry entry, const Entry *previous);

// What verification found: ok, or the first entry that breaks the chain and why, in a sentence.
struct ChainVerdict
{
    bool ok = true;
    qint64 entries = 0;
    std::optional<qint64> firstBroken; // the sequence (position + 1) of the first entry that fails
    QString reason;
};

// Checks entries in stored order (by sequence) against each other and against the head kept beside the log
// (the number of entries written and the last hash): a changed entry, a deleted one, two swapped and a cut-off
// tail are each reported with the first entry they break.
ChainVerdict verifyChain(const QList<Entry> &entries, qint64 headCount, const QString &headSha256);

} // namespace candor::audit
