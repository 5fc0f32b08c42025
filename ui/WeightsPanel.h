// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace candor {

class Workbench;

// One slider and spin box per factor, named in plain words with the factor's description as tooltip.
// It shows the workbench's weights and reports what the user asks for; the main window turns that into
// undoable commands.
class WeightsPanel : public QWidget
{
    Q_OBJECT
public:
    // Slider steps per unit of weight: weights go from 0 to 10 in steps of 0.1.
    static constexpr int kStepsPerUnit = 10;
    static constexpr double kMaxWeight = 10.0;

    explicit WeightsPanel(Workbench *workbench, QWidget *parent = nullptr);

    QSlider *slider(int factor) const { return m_sliders.at(factor); }

signals:
    void weightEdited(int factor, double weight);
    void dragStarted();  // a slider is held
    void dragFinished(); // and let go
    void resetRequested();
    void saveRequested();

private:
    void rebuild();
    void showWeights();

    Workbench *m_workbench;
    QList<QSlider *> m_sliders;
    QList<QDoubleSpinBox *> m_spins;
    bool m_updating = false;
};

} // namespace candor
