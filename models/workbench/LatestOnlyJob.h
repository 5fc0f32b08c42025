// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <utility>

namespace candor {

// Runs slow work (a Monte Carlo run, a counterfactual search) on the global thread pool and hands the result
// back on the receiver's thread, but only if no newer job was started since and the receiver still exists.
// A slider drag starts many jobs; only the one for where the slider came to rest is shown.
class LatestOnlyJob
{
public:
    // `work` must own (or share) everything it reads: it runs while the GUI goes on changing things.
    template <typename Work, typename Deliver>
    void start(QObject *receiver, Work work, Deliver deliver)
    {
        const quint64 generation = ++*m_generation;
        QThreadPool::globalInstance()->start([receiver = QPointer<QObject>(receiver), latest = m_generation,
                                              generation, work = std::move(work),
                                              deliver = std::move(deliver)]() mutable {
            if (generation != *latest)
                return; // superseded before it began
            auto result = work();
            QObject *context = receiver.data();
            if (!context)
                return;
            QMetaObject::invokeMethod(
                context,
                [receiver, latest, generation, deliver = std::move(deliver),
                 result = std::move(result)]() mutable {
                    if (receiver && generation == *latest)
                        deliver(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // Drops whatever is in flight.
    void cancel() { ++*m_generation; }

private:
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace candor
