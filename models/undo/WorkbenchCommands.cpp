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

bool CheckedCommand::report(const Status &status, bool dropWhenRefused)
{
    *m_error = status ? QString() : status.error().toString();
    if (dropWhenRefused)
        setObsolete(!status);
    return status.ok();
}

AddCampaignCommand::AddCampaignCommand(Workbench *workbench, Campaign campaign, const QString &text)
    : CheckedCommand(workbench), m_campaign(std::move(campaign)),
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
    : CheckedCommand(workbench), m_before(std::move(before)), m_after(std::move(after))
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
    : CheckedCommand(workbench), m_id(campaign.id)
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

AddCreatorCommand::AddCreatorCommand(Workbench *workbench, AccountEntry entry)
    : CheckedCommand(workbench), m_entry(std::move(entry))
{
    setText(QStringLiteral("new creator @%1").arg(normalizedHandle(m_entry.handle)));
}

void AddCreatorCommand::redo()
{
    if (!m_workbench)
        return;
    if (m_rows) {
        report(m_workbench->restoreCreator(*m_rows), true);
        return;
    }
    auto added = m_workbench->addCreator(m_entry);
    m_account = added ? *added : 0;
    report(added ? success() : Status(added.error()), true);
}

void AddCreatorCommand::undo()
{
    if (!m_workbench || m_account == 0)
        return;
    auto removed = m_workbench->removeCreator(m_account);
    if (report(removed ? success() : Status(removed.error()), false))
        m_rows = *removed;
}

EnterFiguresCommand::EnterFiguresCommand(Workbench *workbench, int candidate, AccountEntry entry)
    : CheckedCommand(workbench), m_account(workbench->pool().candidates().at(candidate).account.id),
      m_entry(std::move(entry)), m_previousName(workbench->pool().candidates().at(candidate).account.displayName)
{
    setText(QStringLiteral("figures of @%1").arg(m_entry.handle));
}

void EnterFiguresCommand::redo()
{
    if (!m_workbench)
        return;
    const int candidate = m_workbench->candidateOfAccount(m_account);
    auto entered = m_workbench->enterFigures(candidate, m_entry);
    m_snapshot = entered ? *entered : 0;
    report(entered ? success() : Status(entered.error()), true);
}

void EnterFiguresCommand::undo()
{
    if (m_workbench && m_snapshot != 0)
        report(m_workbench->takeBackFigures(m_account, m_snapshot, m_previousName), false);
}

DeleteCreatorCommand::DeleteCreatorCommand(Workbench *workbench, int candidate)
    : CheckedCommand(workbench), m_account(workbench->pool().candidates().at(candidate).account.id)
{
    setText(QStringLiteral("delete creator of @%1").arg(workbench->pool().candidates().at(candidate).account.handle));
}

void DeleteCreatorCommand::redo()
{
    if (!m_workbench)
        return;
    auto removed = m_workbench->removeCreator(m_account);
    if (report(removed ? success() : Status(removed.error()), true))
        m_rows = *removed;
}

void DeleteCreatorCommand::undo()
{
    if (m_workbench && m_rows)
        report(m_workbench->restoreCreator(*m_rows), false);
}

MergeCreatorsCommand::MergeCreatorsCommand(Workbench *workbench, int kept, int merged)
    : CheckedCommand(workbench), m_keptAccount(workbench->pool().candidates().at(kept).account.id),
      m_mergedAccount(workbench->pool().candidates().at(merged).account.id)
{
    setText(QStringLiteral("merge @%1 into the creator of @%2")
                .arg(workbench->pool().candidates().at(merged).account.handle,
                     workbench->pool().candidates().at(kept).account.handle));
}

void MergeCreatorsCommand::redo()
{
    if (!m_workbench)
        return;
    auto merged = m_workbench->mergeCreators(m_keptAccount, m_mergedAccount);
    if (report(merged ? success() : Status(merged.error()), true))
        m_merge = *merged;
}

void MergeCreatorsCommand::undo()
{
    if (m_workbench && m_merge)
        report(m_workbench->unmergeCreators(*m_merge), false);
}

} // namespace candor
