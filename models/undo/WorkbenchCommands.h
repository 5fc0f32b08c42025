#pragma once

#include "storage/ShortlistStore.h"

#include <QPointer>
#include <QUndoCommand>
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

// A shortlist decision, written to the project when done and deleted again when undone. The reason is
// checked before the command is pushed: a refused decision never enters the undo stack.
class DecisionCommand : public QUndoCommand
{
public:
    DecisionCommand(Workbench *workbench, int candidate, DecisionKind kind, QString reason);
    void redo() override;
    void undo() override;
    // Whether the last redo() stored the decision; the error otherwise.
    bool succeeded() const { return m_decisionId != 0; }
    QString errorText() const { return m_error; }

private:
    QPointer<Workbench> m_workbench;
    int m_candidate;
    DecisionKind m_kind;
    QString m_reason;
    qint64 m_decisionId = 0;
    QString m_error;
};

} // namespace candor
