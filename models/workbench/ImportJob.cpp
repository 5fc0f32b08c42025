// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportJob.h"

#include "ProjectImport.h"
#include "storage/ProjectFile.h"

#include <QThread>

namespace candor {

ImportJob::ImportJob(QString projectPath, PreparedImport prepared, QObject *parent)
    : QObject(parent), m_projectPath(std::move(projectPath)),
      m_prepared(std::make_shared<const PreparedImport>(std::move(prepared)))
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    if (m_running || m_result)
        return;
    m_running = true;
    // The worker may use `this`: the destructor waits for it. Queued calls to a deleted job are dropped.
    m_thread = QThread::create([this, path = m_projectPath, prepared = m_prepared, cancelled = m_cancelled] {
        Result<ImportCounts> result = [&]() -> Result<ImportCounts> {
            auto project = ProjectFile::open(path);
            if (!project)
                return project.error();
            return writeCreators(**project, *prepared, [&](int written, int total) {
                QMetaObject::invokeMethod(
                    this, [this, written, total] { emit progress(written, total); }, Qt::QueuedConnection);
                return !cancelled->load();
            });
        }();
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)]() mutable {
                m_result = std::move(result);
                m_running = false;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace candor
