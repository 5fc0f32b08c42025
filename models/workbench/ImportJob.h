// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/Importer.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace candor {

// Writes a prepared import into a project on a worker thread, with its own connection to the file (SQLite
// connections belong to the thread that opened them), reporting progress. Cancelling rolls the one
// transaction back: the project is left exactly as it was.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(QString projectPath, PreparedImport prepared, QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits for the worker

    void start();
    void cancel() { m_cancelled->store(true); }
    bool isRunning() const { return m_running; }
    // Set once finished() has been emitted.
    const std::optional<Result<ImportCounts>> &result() const { return m_result; }
    const PreparedImport &prepared() const { return *m_prepared; }

signals:
    void progress(int written, int total);
    void finished();

private:
    QString m_projectPath;
    std::shared_ptr<const PreparedImport> m_prepared;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
    std::optional<Result<ImportCounts>> m_result;
    QThread *m_thread = nullptr;
};

} // namespace candor
