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

bool CampaignCommand::report(const Status &status, bool dropWhenRefused)
{
    *m_error = status ? QString() : status.error().toString();
    if (dropWhenRefused)
        setObsolete(!status);
    return status.ok();
}

AddCampaignCommand::AddCampaignCommand(Workbench *workbench, Campaign campaign, const QString &text)
    : CampaignCommand(workbench), m_campaign(std::move(campaign)),
      m_previous(workbench->hasCampaign() ? workbench->campaign().id : 0)
{
    setText(text);
}

void AddCampaignCommand::redo()
{
    if (!m_workbench)
        return;
    if (m_rows) {
        report(m_workbench->restoreCampaign(*m_rows, m_id), true);
        return;
    }
    const auto added = m_workbench->addCampaign(m_campaign);
    m_id = added ? *added : 0;
    report(added ? success() : Status(added.error()), true);
}

void AddCampaignCommand::undo()
{
    if (!m_workbench || m_id == 0)
        return;
    auto removed = m_workbench->removeCampaign(m_id);
    if (!report(removed ? success() : Status(removed.error()), false))
        return;
    m_rows = *removed;
    if (m_previous != 0)
        m_workbench->selectCampaign(m_previous);
}

EditCampaignCommand::EditCampaignCommand(Workbench *workbench, Campaign before, Campaign after)
    : CampaignCommand(workbench), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QStringLiteral("edit campaign \"%1\"").arg(m_after.name));
}

void EditCampaignCommand::redo()
{
    if (m_workbench)
        report(m_workbench->updateCampaign(m_after), true);
}

void EditCampaignCommand::undo()
{
    if (m_workbench)
        report(m_workbench->updateCampaign(m_before), false);
}

DeleteCampaignCommand::DeleteCampaignCommand(Workbench *workbench, const Campaign &campaign)
    : CampaignCommand(workbench), m_id(campaign.id)
{
    setText(QStringLiteral("delete campaign \"%1\"").arg(campaign.name));
}

void DeleteCampaignCommand::redo()
{
    if (!m_workbench)
        return;
    auto removed = m_workbench->removeCampaign(m_id);
    if (report(removed ? success() : Status(removed.error()), true))
        m_rows = *removed;
}

void DeleteCampaignCommand::undo()
{
    if (m_workbench && m_rows)
        report(m_workbench->restoreCampaign(*m_rows, m_id), false);
}

} // namespace candor
