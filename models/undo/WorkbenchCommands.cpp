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

void StoredRowCommand::redo()
{
    if (!m_workbench)
        return;
    auto stored = store(*m_workbench);
    m_rowId = stored ? *stored : 0;
    m_error = stored ? QString() : stored.error().toString();
    setObsolete(!stored);
}

void StoredRowCommand::undo()
{
    if (m_workbench && m_rowId != 0)
        (void)unstore(*m_workbench, m_rowId);
    m_rowId = 0;
}

DecisionCommand::DecisionCommand(Workbench *workbench, int candidate, DecisionKind kind, QString reason)
    : StoredRowCommand(workbench), m_candidate(candidate), m_kind(kind), m_reason(std::move(reason))
{
    setText(QStringLiteral("%1 @%2").arg(decisionLabel(kind).toLower(),
                                         workbench->pool().candidates().at(candidate).account.handle));
}

Result<qint64> DecisionCommand::store(Workbench &workbench)
{
    return workbench.decide(m_candidate, m_kind, m_reason);
}

Status DecisionCommand::unstore(Workbench &workbench, qint64 rowId)
{
    return workbench.takeBack(rowId);
}

NoteCommand::NoteCommand(Workbench *workbench, int candidate, QString body)
    : StoredRowCommand(workbench), m_candidate(candidate), m_body(std::move(body))
{
    setText(QStringLiteral("note on @%1").arg(workbench->pool().candidates().at(candidate).account.handle));
}

Result<qint64> NoteCommand::store(Workbench &workbench)
{
    return workbench.addNote(m_candidate, m_body);
}

Status NoteCommand::unstore(Workbench &workbench, qint64 rowId)
{
    return workbench.removeNote(m_candidate, rowId);
}

FilterCommand::FilterCommand(Workbench *workbench, HardFilters filters)
    : m_workbench(workbench), m_old(workbench->filters()), m_new(std::move(filters))
{
    setText(QStringLiteral("filter change"));
}

void FilterCommand::redo()
{
    if (m_workbench)
        (void)m_workbench->setFilters(m_new);
}

void FilterCommand::undo()
{
    if (m_workbench)
        (void)m_workbench->setFilters(m_old);
}

} // namespace candor
