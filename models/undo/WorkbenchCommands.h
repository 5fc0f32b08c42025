// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"
#include "domain/Campaign.h"
#include "storage/CampaignStore.h"
#include "storage/CreatorStore.h"
#include "storage/ShortlistStore.h"

#include <QPointer>
#include <QUndoCommand>
#include <memory>
#include <optional>
#include <vector>

namespace candor {

class Workbench;

// A weight change. Consecutive changes of the same factor merge, so dragging a slider is one undo step.
class WeightCommand : public QUndoCommand
{
public:
    WeightCommand(Workbench *workbench, int factor, double newWeight);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<Workbench> m_workbench;
    int m_factor;
    double m_old;
    double m_new;
};

// Back to the model's saved weights, as one step.
class ResetWeightsCommand : public QUndoCommand
{
public:
    explicit ResetWeightsCommand(Workbench *workbench);
    void redo() override;
    void undo() override;

private:
    QPointer<Workbench> m_workbench;
    std::vector<double> m_old;
    std::vector<double> m_new;
};

// Every command that changes the project file. It runs once before it is pushed (runFirst()) and is pushed only
// when that succeeded, so the undo stack never holds a step that did not happen; pushing it does not run it
// again. An undo or redo that fails later (the file became read-only, another program holds it) keeps its error
// in lastError() for the window to report, and the project stays as it was before that step.
class ProjectCommand : public QUndoCommand
{
public:
    [[nodiscard]] Status runFirst();
    void redo() final;
    void undo() final;
    const std::optional<Error> &lastError() const { return m_lastError; }

protected:
    explicit ProjectCommand(Workbench *workbench) : m_workbench(workbench) {}
    virtual Status perform(Workbench &workbench) = 0;
    virtual Status revert(Workbench &workbench) = 0;

private:
    void record(Status status);
    QPointer<Workbench> m_workbench;
    bool m_skipNextRedo = false;
    std::optional<Error> m_lastError;
};

// An edit that adds one row to the project when done and deletes it again when undone.
class StoredRowCommand : public ProjectCommand
{
protected:
    using ProjectCommand::ProjectCommand;
    virtual Result<qint64> store(Workbench &workbench) = 0;
    virtual Status unstore(Workbench &workbench, qint64 rowId) = 0;

private:
    Status perform(Workbench &workbench) final;
    Status revert(Workbench &workbench) final;
    qint64 m_rowId = 0;
};

// A shortlist decision. The reason is checked before the command is pushed.
class DecisionCommand : public StoredRowCommand
{
public:
    DecisionCommand(Workbench *workbench, int candidate, DecisionKind kind, QString reason);

protected:
    Result<qint64> store(Workbench &workbench) override;
    Status unstore(Workbench &workbench, qint64 rowId) override;

private:
    int m_candidate;
    DecisionKind m_kind;
    QString m_reason;
};

// A note on a candidate.
class NoteCommand : public StoredRowCommand
{
public:
    NoteCommand(Workbench *workbench, int candidate, QString body);

protected:
    Result<qint64> store(Workbench &workbench) override;
    Status unstore(Workbench &workbench, qint64 rowId) override;

private:
    int m_candidate;
    QString m_body;
};

// A change of the campaign's hard filters, saved with the campaign.
class FilterCommand : public ProjectCommand
{
public:
    FilterCommand(Workbench *workbench, HardFilters filters);

private:
    Status perform(Workbench &workbench) override;
    Status revert(Workbench &workbench) override;
    HardFilters m_old;
    HardFilters m_new;
};

// A campaign added (New, Duplicate): undone, it is removed with everything in it; redone, restored as it was.
class AddCampaignCommand : public ProjectCommand
{
public:
    AddCampaignCommand(Workbench *workbench, Campaign campaign, const QString &text);
    qint64 campaignId() const { return m_id; }

private:
    Status perform(Workbench &workbench) override;
    Status revert(Workbench &workbench) override;
    Campaign m_campaign;
    qint64 m_previous = 0; // the campaign shown before
    qint64 m_id = 0;
    std::optional<CampaignRows> m_rows;
};

// Every field of a campaign edited at once (the campaign dialog).
class EditCampaignCommand : public ProjectCommand
{
public:
    EditCampaignCommand(Workbench *workbench, Campaign before, Campaign after);

private:
    Status perform(Workbench &workbench) override;
    Status revert(Workbench &workbench) override;
    Campaign m_before;
    Campaign m_after;
};

// A campaign deleted with its shortlist, decisions and notes; undo brings all of it back, ids included.
class DeleteCampaignCommand : public ProjectCommand
{
public:
    DeleteCampaignCommand(Workbench *workbench, const Campaign &campaign);

private:
    Status perform(Workbench &workbench) override;
    Status revert(Workbench &workbench) override;
    qint64 m_id;
    std::optional<CampaignRows> m_rows;
};

// A creator entered in the form: undone, removed with everything; redone, restored as it was.
class AddCreatorCommand : public ProjectCommand
{
public:
    AddCreatorCommand(Workbench *workbench, AccountEntry entry);
    qint64 accountId() const { return m_account; }

private:
    Status perform(Workbench &workbench) override;
    Status revert(Workbench &workbench) override;
    AccountEntry m_entry;
    qint64 m_account = 0;
    std::optional<SavedRows> m_rows;
};

// New figures for an account (a snapshot); undone, the snapshot goes and the name is as it was.
class EnterFiguresCommand : public ProjectCommand
{
public:
    EnterFiguresCommand(Workbench *workbench, int candidate, AccountEntry entry);

private:
    Status perform(Workbench &workbench) override;
    Status revert(Workbench &workbench) override;
    qint64 m_account;
    AccountEntry m_entry;
    QString m_previousName;
    qint64 m_snapshot = 0;
};

// A creator deleted with all their accounts, figures, audiences, attributes, decisions and notes.
class DeleteCreatorCommand : public ProjectCommand
{
public:
    DeleteCreatorCommand(Workbench *workbench, int candidate);

private:
    Status perform(Workbench &workbench) override;
    Status revert(Workbench &workbench) override;
    qint64 m_account;
    std::optional<SavedRows> m_rows;
};

// Two creators who are one person (on two platforms) merged into the first.
class MergeCreatorsCommand : public ProjectCommand
{
public:
    MergeCreatorsCommand(Workbench *workbench, int kept, int merged);

private:
    Status perform(Workbench &workbench) override;
    Status revert(Workbench &workbench) override;
    qint64 m_keptAccount;
    qint64 m_mergedAccount;
    std::optional<CreatorStore::Merge> m_merge;
};

} // namespace candor
