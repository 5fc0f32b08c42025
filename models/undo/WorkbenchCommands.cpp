// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WorkbenchCommands.h"

#include "core/Formatting.h"
#include "core/TextContexts.h"
#include "workbench/Workbench.h"

namespace candor {

WeightCommand::WeightCommand(Workbench *workbench, int factor, double newWeight)
    : m_workbench(workbench), m_factor(factor),
      m_old(workbench->weights().at(static_cast<std::size_t>(factor))), m_new(newWeight)
{
    setText(
        UndoText::tr("weight of %1").arg(scoring::factorInfo(workbench->model().factors.at(factor).id).name));
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
    setText(UndoText::tr("reset weights"));
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

Status ProjectCommand::runFirst()
{
    if (!m_workbench)
        return Error{{}, UndoText::tr("the project is no longer open"), {}};
    Status done = perform(*m_workbench);
    m_lastError = done ? std::nullopt : std::optional<Error>(done.error());
    m_skipNextRedo = done.ok(); // QUndoStack::push() calls redo(): it has already happened
    return done;
}

void ProjectCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (m_workbench)
        record(perform(*m_workbench));
}

void ProjectCommand::undo()
{
    if (m_workbench)
        record(revert(*m_workbench));
}

void ProjectCommand::record(Status status)
{
    m_lastError = status ? std::nullopt : std::optional<Error>(status.error());
}

Status StoredRowCommand::perform(Workbench &workbench)
{
    auto stored = store(workbench);
    if (!stored)
        return stored.error();
    m_rowId = *stored;
    return success();
}

Status StoredRowCommand::revert(Workbench &workbench)
{
    if (m_rowId == 0)
        return success();
    if (auto removed = unstore(workbench, m_rowId); !removed)
        return removed;
    m_rowId = 0;
    return success();
}

DecisionCommand::DecisionCommand(Workbench *workbench, int candidate, DecisionKind kind, QString reason)
    : StoredRowCommand(workbench), m_candidate(candidate), m_kind(kind), m_reason(std::move(reason))
{
    setText(QStringLiteral("%1 @%2").arg(labelInSentence(decisionLabel(kind)),
                                         workbench->pool().handle(candidate)));
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
    setText(UndoText::tr("note on @%1").arg(workbench->pool().handle(candidate)));
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
    : ProjectCommand(workbench), m_old(workbench->filters()), m_new(std::move(filters))
{
    setText(UndoText::tr("filter change"));
}

Status FilterCommand::perform(Workbench &workbench)
{
    return workbench.setFilters(m_new);
}

Status FilterCommand::revert(Workbench &workbench)
{
    return workbench.setFilters(m_old);
}

namespace {

// The status of a Result whose value the caller keeps.
template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? success() : Status(result.error());
}

} // namespace

AddCampaignCommand::AddCampaignCommand(Workbench *workbench, Campaign campaign, const QString &text)
    : ProjectCommand(workbench), m_campaign(std::move(campaign)),
      m_previous(workbench->hasCampaign() ? workbench->campaign().id : 0)
{
    setText(text);
}

Status AddCampaignCommand::perform(Workbench &workbench)
{
    if (m_rows)
        return workbench.restoreCampaign(*m_rows, m_id);
    const auto added = workbench.addCampaign(m_campaign);
    if (added)
        m_id = *added;
    return statusOf(added);
}

Status AddCampaignCommand::revert(Workbench &workbench)
{
    auto removed = workbench.removeCampaign(m_id);
    if (!removed)
        return removed.error();
    m_rows = *removed;
    return m_previous != 0 ? workbench.selectCampaign(m_previous) : success();
}

EditCampaignCommand::EditCampaignCommand(Workbench *workbench, Campaign before, Campaign after)
    : ProjectCommand(workbench), m_before(std::move(before)), m_after(std::move(after))
{
    setText(UndoText::tr("edit campaign \"%1\"").arg(m_after.name));
}

Status EditCampaignCommand::perform(Workbench &workbench)
{
    return workbench.updateCampaign(m_after);
}

Status EditCampaignCommand::revert(Workbench &workbench)
{
    return workbench.updateCampaign(m_before);
}

DeleteCampaignCommand::DeleteCampaignCommand(Workbench *workbench, const Campaign &campaign)
    : ProjectCommand(workbench), m_id(campaign.id)
{
    setText(UndoText::tr("delete campaign \"%1\"").arg(campaign.name));
}

Status DeleteCampaignCommand::perform(Workbench &workbench)
{
    auto removed = workbench.removeCampaign(m_id);
    if (removed)
        m_rows = *removed;
    return statusOf(removed);
}

Status DeleteCampaignCommand::revert(Workbench &workbench)
{
    return workbench.restoreCampaign(*m_rows, m_id);
}

AddCreatorCommand::AddCreatorCommand(Workbench *workbench, AccountEntry entry)
    : ProjectCommand(workbench), m_entry(std::move(entry))
{
    setText(UndoText::tr("new creator @%1").arg(normalizedHandle(m_entry.handle)));
}

Status AddCreatorCommand::perform(Workbench &workbench)
{
    if (m_rows)
        return workbench.restoreCreator(*m_rows);
    auto added = workbench.addCreator(m_entry);
    if (added)
        m_account = *added;
    return statusOf(added);
}

Status AddCreatorCommand::revert(Workbench &workbench)
{
    auto removed = workbench.removeCreator(m_account);
    if (removed)
        m_rows = *removed;
    return statusOf(removed);
}

EnterFiguresCommand::EnterFiguresCommand(Workbench *workbench, int candidate, AccountEntry entry)
    : ProjectCommand(workbench), m_account(workbench->pool().accountId(candidate)),
      m_entry(std::move(entry)), m_previousName(workbench->pool().displayName(candidate))
{
    setText(UndoText::tr("figures of @%1").arg(m_entry.handle));
}

Status EnterFiguresCommand::perform(Workbench &workbench)
{
    auto entered = workbench.enterFigures(workbench.candidateOfAccount(m_account), m_entry);
    if (entered)
        m_snapshot = *entered;
    return statusOf(entered);
}

Status EnterFiguresCommand::revert(Workbench &workbench)
{
    return workbench.takeBackFigures(m_account, m_snapshot, m_previousName);
}

DeleteCreatorCommand::DeleteCreatorCommand(Workbench *workbench, int candidate)
    : ProjectCommand(workbench), m_account(workbench->pool().accountId(candidate))
{
    setText(UndoText::tr("delete creator of @%1").arg(workbench->pool().handle(candidate)));
}

Status DeleteCreatorCommand::perform(Workbench &workbench)
{
    auto removed = workbench.removeCreator(m_account);
    if (removed)
        m_rows = *removed;
    return statusOf(removed);
}

Status DeleteCreatorCommand::revert(Workbench &workbench)
{
    return workbench.restoreCreator(*m_rows);
}

MergeCreatorsCommand::MergeCreatorsCommand(Workbench *workbench, int kept, int merged)
    : ProjectCommand(workbench), m_keptAccount(workbench->pool().accountId(kept)),
      m_mergedAccount(workbench->pool().accountId(merged))
{
    setText(UndoText::tr("merge @%1 into the creator of @%2")
                .arg(workbench->pool().handle(merged), workbench->pool().handle(kept)));
}

Status MergeCreatorsCommand::perform(Workbench &workbench)
{
    auto merged = workbench.mergeCreators(m_keptAccount, m_mergedAccount);
    if (merged)
        m_merge = *merged;
    return statusOf(merged);
}

Status MergeCreatorsCommand::revert(Workbench &workbench)
{
    return workbench.unmergeCreators(*m_merge);
}

} // namespace candor
