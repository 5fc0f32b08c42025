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

// An edit that adds one row to the project when done and deletes it again when undone. A refused edit
// (checked before it is pushed, so this is rare) leaves the command obsolete: it drops out of the stack.
class StoredRowCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;
    // Whether the last redo() stored the row; the error otherwise.
    bool succeeded() const { return m_rowId != 0; }
    QString errorText() const { return m_error; }

protected:
    explicit StoredRowCommand(Workbench *workbench) : m_workbench(workbench) {}
    virtual Result<qint64> store(Workbench &workbench) = 0;
    virtual Status unstore(Workbench &workbench, qint64 rowId) = 0;

private:
    QPointer<Workbench> m_workbench;
    qint64 m_rowId = 0;
    QString m_error;
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
class FilterCommand : public QUndoCommand
{
public:
    FilterCommand(Workbench *workbench, HardFilters filters);
    void redo() override;
    void undo() override;

private:
    QPointer<Workbench> m_workbench;
    HardFilters m_old;
    HardFilters m_new;
};

// The common part of the campaign and creator commands. A refused change (a database error: the dialogs check
// everything else first) leaves the command obsolete, so it drops out of the stack; its message stays readable
// through error(), which outlives the command.
class CheckedCommand : public QUndoCommand
{
public:
    std::shared_ptr<const QString> error() const { return m_error; }

protected:
    explicit CheckedCommand(Workbench *workbench) : m_workbench(workbench) {}
    // Records the outcome; true when it succeeded.
    bool report(const Status &status, bool dropWhenRefused);
    QPointer<Workbench> m_workbench;

private:
    std::shared_ptr<QString> m_error = std::make_shared<QString>();
};

// A campaign added (New, Duplicate): undone, it is removed with everything in it; redone, restored as it was.
class AddCampaignCommand : public CheckedCommand
{
public:
    AddCampaignCommand(Workbench *workbench, Campaign campaign, const QString &text);
    void redo() override;
    void undo() override;
    qint64 campaignId() const { return m_id; }

private:
    Campaign m_campaign;
    qint64 m_previous = 0; // the campaign shown before
    qint64 m_id = 0;
    std::optional<CampaignRows> m_rows;
};

// Every field of a campaign edited at once (the campaign dialog).
class EditCampaignCommand : public CheckedCommand
{
public:
    EditCampaignCommand(Workbench *workbench, Campaign before, Campaign after);
    void redo() override;
    void undo() override;

private:
    Campaign m_before;
    Campaign m_after;
};

// A campaign deleted with its shortlist, decisions and notes; undo brings all of it back, ids included.
class DeleteCampaignCommand : public CheckedCommand
{
public:
    DeleteCampaignCommand(Workbench *workbench, const Campaign &campaign);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    std::optional<CampaignRows> m_rows;
};

// A creator entered in the form: undone, removed with everything; redone, restored as it was.
class AddCreatorCommand : public CheckedCommand
{
public:
    AddCreatorCommand(Workbench *workbench, AccountEntry entry);
    void redo() override;
    void undo() override;
    qint64 accountId() const { return m_account; }

private:
    AccountEntry m_entry;
    qint64 m_account = 0;
    std::optional<SavedRows> m_rows;
};

// New figures for an account (a snapshot); undone, the snapshot goes and the name is as it was.
class EnterFiguresCommand : public CheckedCommand
{
public:
    EnterFiguresCommand(Workbench *workbench, int candidate, AccountEntry entry);
    void redo() override;
    void undo() override;

private:
    qint64 m_account;
    AccountEntry m_entry;
    QString m_previousName;
    qint64 m_snapshot = 0;
};

// A creator deleted with all their accounts, figures, audiences, attributes, decisions and notes.
class DeleteCreatorCommand : public CheckedCommand
{
public:
    DeleteCreatorCommand(Workbench *workbench, int candidate);
    void redo() override;
    void undo() override;

private:
    qint64 m_account;
    std::optional<SavedRows> m_rows;
};

// Two creators who are one person (on two platforms) merged into the first.
class MergeCreatorsCommand : public CheckedCommand
{
public:
    MergeCreatorsCommand(Workbench *workbench, int kept, int merged);
    void redo() override;
    void undo() override;

private:
    qint64 m_keptAccount;
    qint64 m_mergedAccount;
    std::optional<CreatorStore::Merge> m_merge;
};

} // namespace candor
