#pragma once

#include "ProjectFile.h"
#include "core/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace candor {

enum class DecisionKind
{
    Shortlisted,
    Approved,
    Rejected,
    Removed
};
QString decisionKey(DecisionKind kind);   // stored value
QString decisionLabel(DecisionKind kind); // what a user reads
std::optional<DecisionKind> decisionFromKey(const QString &key);

// A person's decision about one candidate, with why, who, when, and what the tool advised at that moment.
struct Decision
{
    qint64 id = 0;
    qint64 accountId = 0;
    DecisionKind kind = DecisionKind::Shortlisted;
    QString reason;
    QString decidedBy;
    QString decidedAt; // ISO 8601 UTC
    bool isOverride = false;
    std::optional<int> rankAtDecision;
    std::optional<double> scoreAtDecision;
};

class ShortlistStore
{
public:
    explicit ShortlistStore(const ProjectFile &project) : m_project(project) {}

    // The campaign's shortlist, created (with the campaign's model version) if it has none yet.
    Result<qint64> shortlistFor(qint64 campaignId, qint64 scoringModelId) const;
    // The latest decision per account; "removed" decisions count as none.
    Result<QHash<qint64, Decision>> currentDecisions(qint64 shortlistId) const;
    Result<QList<Decision>> history(qint64 shortlistId) const;
    // Refuses a blank reason: every decision carries one, an override a written justification.
    Result<qint64> add(qint64 shortlistId, const Decision &decision) const;
    // Takes back a decision (undo).
    Status remove(qint64 decisionId) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
