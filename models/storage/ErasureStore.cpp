// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ErasureStore.h"

#include "AuditStore.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "audit/AuditChain.h"
#include "core/TextContexts.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace candor {
namespace {

// The project's own salt for the tombstones' handle hashes: without it a hash could be looked up in a list of
// known handles; with it, only someone holding the file can check whether a handle was erased.
Result<QString> erasureSalt(const ProjectChange &change)
{
    auto found = change.run("SELECT value FROM project_settings WHERE key = 'erasure_salt'");
    if (!found)
        return found.error();
    if (found->next())
        return found->value(0).toString();
    found->finish();
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QString salt = QString::fromLatin1(bytes.toHex());
    if (auto kept = change.run("INSERT INTO project_settings(key, value) VALUES ('erasure_salt', ?)", {salt}); !kept)
        return kept.error();
    return salt;
}

} // namespace

Result<ErasureStore::Report> ErasureStore::erase(qint64 creatorId, const QString &reason, const QString &by) const
{
    const QString file = m_project.path();
    // Deleted pages are overwritten with zeros, not left in the file's free list.
    if (auto secure = sql::run(m_project.database(), file, QStringLiteral("PRAGMA secure_delete = ON")); !secure)
        return secure.error();
    Report report;
    report.creatorId = creatorId;
    {
        ProjectChange change(m_project);
        if (!change.isActive())
            return change.error();
        auto who = change.run("SELECT c.display_name, a.handle FROM creators c LEFT JOIN accounts a ON a.creator_id = c.id"
                              " WHERE c.id = ?",
                              {creatorId});
        if (!who)
            return who.error();
        QString name;
        QStringList handles;
        bool found = false;
        while (who->next()) {
            found = true;
            name = who->value(0).toString();
            if (!who->value(1).isNull())
                handles << who->value(1).toString();
        }
        who->finish();
        if (!found)
            return Error{file, StorageText::tr("has no creator with id %1").arg(creatorId), {}};
        const QStringList personalTexts = QStringList(handles) << name; // what names the person
        if (reason.trimmed().isEmpty())
            return Error{file, StorageText::tr("an erasure needs a reason (without the person's name)"), {}};
        for (const QString &personal : personalTexts) {
            if (!personal.isEmpty() && reason.contains(personal, Qt::CaseInsensitive))
                return Error{
                    file,
                    StorageText::tr("the reason names the person; it stays in the log, so write it without "
                                    "their handle or name"),
                    {}};
        }
        report.accounts = static_cast<int>(handles.size());
        auto payloads = change.run("DELETE FROM audit_payloads WHERE creator_id = ?", {creatorId});
        if (!payloads)
            return payloads.error();
        report.logDetails = payloads->numRowsAffected();
        // Rows an import rejected keep their text as written: those that mention the person go too.
        for (const QString &personal : personalTexts) {
            if (personal.size() < 3)
                continue; // too short to tell the person from other text
            auto issues = change.run("DELETE FROM import_issues WHERE instr(lower(raw_record), lower(?)) > 0"
                                     " OR instr(lower(reason), lower(?)) > 0",
                                     {personal, personal});
            if (!issues)
                return issues.error();
            report.rejectedRows += issues->numRowsAffected();
            auto batches = change.run("UPDATE import_batches SET file_name = '(erased)', file_path = '(erased)',"
                                      " notices = '[]' WHERE instr(lower(file_name), lower(?)) > 0"
                                      " OR instr(lower(file_path), lower(?)) > 0 OR instr(lower(notices), lower(?)) > 0",
                                      {personal, personal, personal});
            if (!batches)
                return batches.error();
            report.batchesRenamed += batches->numRowsAffected();
            // A personal detail of the log not tied to them (an import's file name, say) that names them.
            auto named = change.run("DELETE FROM audit_payloads WHERE instr(lower(content), lower(?)) > 0", {personal});
            if (!named)
                return named.error();
            report.logDetails += named->numRowsAffected();
        }
        // Everything else about them goes with the creator (ON DELETE CASCADE); the kept pools hold handles too.
        if (auto removed = change.run("DELETE FROM creators WHERE id = ?", {creatorId}); !removed)
            return removed.error();
        if (auto pools = change.run("DELETE FROM scored_pools"); !pools)
            return pools.error();
        auto salt = erasureSalt(change);
        if (!salt)
            return salt.error();
        QJsonArray hashes;
        for (const QString &handle : std::as_const(handles))
            hashes.append(audit::sha256Hex((*salt + handle.toLower()).toUtf8()));
        if (auto logged = AuditStore::append(change, {by, QStringLiteral("erase"), QStringLiteral("creator:%1").arg(creatorId),
                                                      QJsonObject{{QStringLiteral("reason"), reason.trimmed()},
                                                                  {QStringLiteral("handle_hashes"), hashes},
                                                                  {QStringLiteral("accounts"), report.accounts},
                                                                  {QStringLiteral("log_details"), report.logDetails},
                                                                  {QStringLiteral("rejected_rows"), report.rejectedRows}},
                                                      {},
                                                      {}});
            !logged)
            return logged.error();
        if (auto committed = change.commit(); !committed)
            return committed.error();
    }
    // The file rewritten without the freed pages; no journal is left behind once it is done.
    if (auto vacuum = sql::run(m_project.database(), file, QStringLiteral("VACUUM")); !vacuum)
        return vacuum.error();
    // Ordinary deletes need not pay for overwriting: secure deletion is for this erasure.
    if (auto plain = sql::run(m_project.database(), file, QStringLiteral("PRAGMA secure_delete = OFF")); !plain)
        return plain.error();
    return report;
}

} // namespace candor
