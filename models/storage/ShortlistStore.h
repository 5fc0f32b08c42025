#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/Decision.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace candor {

class ShortlistStore
{
public:
    explicit ShortlistStore(const ProjectFile &project) : m_project(project) {}

    // The campaign's shortlist, created (with the campaign's model version) if it has none yet.
    Result<qint64> shortlistFor(qint64 campaignId, qint64 scoringModelId) const;
    // The latest decision per account ("removed" decisions count as none), and the id of the latest decision
    // row per account, "removed" ones included: the one a new decision replaces.
    struct Current
    {
        QHash<qint64, Decision> decisions;
        QHash<qint64, qint64> latestId;
    };
    Result<Current> currentDecisions(qint64 shortlistId) const;
    Result<QList<Decision>> history(qint64 shortlistId) const;
    // Refuses a blank reason: every decision carries one, an override a written justification.
    // `context` is what the log keeps beside the decision of what the person saw: the model, its version and
    // the weights in use (unsaved ones included).
    Result<qint64> add(qint64 shortlistId, const Decision &decision, const QJsonObject &context = {}) const;
    // Takes back a decision (undo).
    Status remove(qint64 decisionId, const QString &by) const; // undo, by `by`

private:
    const ProjectFile &m_project;
};

} // namespace candor
