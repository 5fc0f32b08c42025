// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>
#include <memory>

namespace candor {

// One Candor project: a single SQLite file (*.candor) that is the document itself.
// Opening is defensive: foreign files are refused, files from a newer Candor open read-only, the file is
// checked for corruption, and views or triggers Candor did not create are refused before anything runs.
class ProjectFile
{
public:
    static constexpr auto kExtension = "candor";

    // Creates a new project at `path`, with what `fill` writes into it; refuses to overwrite an existing file.
    // The project is made under a temporary name in the same folder and renamed into place only when it is
    // complete: a process killed halfway leaves no file at `path`, never an empty or half-filled project.
    using Filler = std::function<Status(const ProjectFile &)>;
    static Result<std::unique_ptr<ProjectFile>> create(const QString &path, const Filler &fill = {});
    // Whether this open checks the file (header, quick_check, foreign objects, migration) or another
    // connection of this process has just done so (Workbench::read on a worker thread); the schema's shape
    // is checked either way.
    enum class Checks
    {
        AtOpen,
        DoneByAnotherConnection
    };
    static Result<std::unique_ptr<ProjectFile>> open(const QString &path, Checks checks = Checks::AtOpen);

    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    QString path() const { return m_path; }
    QString fileName() const;
    QSqlDatabase database() const;

    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // For every write path: an error naming the file when it is read-only or damaged, success otherwise. The
    // first call runs the full integrity check unless it already ran (see verifyIntegrity), so that nothing is
    // ever written into a damaged file.
    Status ensureWritable() const;
    // Files up to this size get SQLite's quick_check when they open; larger ones are checked in full before
    // the first write instead (a quick_check of a 4.6 GB project takes a minute, a schema check milliseconds).
    static constexpr qint64 kQuickCheckAtOpenBelow = qint64{256} << 20;
    // The full integrity check, remembered for ensureWritable(); run it early (the GUI does, on another
    // connection on a worker thread) to keep the first change from waiting for it.
    Status verifyIntegrity() const;
    // What another connection's check found (see verifyIntegrity).
    void takeIntegrityResult(const Status &result) const;

    // SQLite's count of changes other connections committed to the file (PRAGMA data_version): when it moves,
    // another Candor window or process wrote to the project.
    Result<qint64> changesByOthers() const;
    // Set when the file lies on a network share (NFS, SMB, sshfs…), where SQLite's locking cannot be trusted
    // and two writers may damage the file (https://www.sqlite.org/useovernet.html): the warning to show.
    QString networkShareWarning() const;

    // Full PRAGMA integrity_check (slower than the quick_check done on open).
    Status checkIntegrity() const;
    // The views and triggers Candor made that the file no longer has (the audit log's guards, say, dropped
    // with the sqlite3 shell): an error naming the first, success when all are there.
    Status checkOwnExecutableObjects() const;

    // A consistent copy made with VACUUM INTO while the project stays open; `target` is replaced
    // only once the copy is complete.
    Status saveCopyAs(const QString &target) const;

private:
    ProjectFile(QString path, QString connectionName);
    static Result<std::unique_ptr<ProjectFile>> connect(const QString &path, bool readOnly);
    Status hardenConnection() const;
    Status checkForeignExecutableObjects() const;
    Status quickCheck() const;
    Status checkSchema() const;

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_readOnlyReason;
    mutable std::optional<Status> m_integrity; // set once the full check ran
};

} // namespace candor
