#include "WorkbenchCommands.h"

#include "workbench/Workbench.h"

namespace candor {

WeightCommand::WeightCommand(Workbench *workbench, int factor, double newWeight)
    : m_workbench(workbench), m_factor(factor),
      m_old(workbench->weights().at(static_cast<std::size_t>(factor))), m_new(newWeight)
{
    setText(QStringLiteral("weight of %1")
                .arg(scoring::factorInfo(workbench->model().factors.at(factor).id).name));
}

void WeightCommand::redo()
{
    if (m_workbench)
        m_workbench->setWeight(m_factor, m_new);
}

void WeightCommand::undo()
{
    if (m_workbench)
        m_workbench->setWeight(m_factor, m_old);
}

bool WeightCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const WeightCommand *>(other);
    if (next->m_factor != m_factor || next->m_workbench != m_workbench)
        return false;
    m_new = next->m_new;
    return true;
}

ResetWeightsCommand::ResetWeightsCommand(Workbench *workbench)
    : m_workbench(workbench), m_old(workbench->weights()), m_new(workbench->savedWeights())
{
    setText(QStringLiteral("reset weights"));
}

void ResetWeightsCommand::redo()
{
    if (m_workbench)
        m_workbench->setWeights(m_new);
}

void ResetWeightsCommand::undo()
{
    if (m_workbench)
        m_workbench->setWeights(m_old);
}

DecisionCommand::DecisionCommand(Workbench *workbench, int candidate, DecisionKind kind, QString reason)
    : m_workbench(workbench), m_candidate(candidate), m_kind(kind), m_reason(std::move(reason))
{
    setText(QStringLiteral("%1 @%2").arg(decisionLabel(kind).toLower(),
                                         workbench->pool().candidates().at(candidate).account.handle));
}

void DecisionCommand::redo()
{
    if (!m_workbench)
        return;
    auto stored = m_workbench->decide(m_candidate, m_kind, m_reason);
    m_decisionId = stored ? *stored : 0;
    m_error = stored ? QString() : stored.error().toString();
    setObsolete(!stored);
}

void DecisionCommand::undo()
{
    if (m_workbench && m_decisionId != 0)
        (void)m_workbench->takeBack(m_decisionId);
    m_decisionId = 0;
}

} // namespace candor
