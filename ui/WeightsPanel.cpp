// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WeightsPanel.h"

#include "FactorColors.h"
#include "workbench/Workbench.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <cmath>

namespace candor {

WeightsPanel::WeightsPanel(Workbench *workbench, QWidget *parent) : QWidget(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("weightsPanel"));
    rebuild();
    connect(workbench, &Workbench::campaignChanged, this, &WeightsPanel::rebuild);
    connect(workbench, &Workbench::weightsChanged, this, &WeightsPanel::showWeights);
}

void WeightsPanel::rebuild()
{
    delete layout();
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_sliders.clear();
    m_spins.clear();

    auto *grid = new QGridLayout(this);
    auto *title = new QLabel(tr("<b>Weights</b> — model %1 v%2")
                                 .arg(m_workbench->model().name.toHtmlEscaped())
                                 .arg(m_workbench->model().version),
                             this);
    title->setToolTip(tr("Only the ratios between weights matter. Drag to see the ranking change; "
                         "Undo (Ctrl+Z) takes a drag back."));
    grid->addWidget(title, 0, 0, 1, 3);
    const auto &factors = m_workbench->model().factors;
    for (qsizetype f = 0; f < factors.size(); ++f) {
        const int row = static_cast<int>(f) + 1;
        const scoring::FactorInfo &info = scoring::factorInfo(factors.at(f).id);
        auto *label = new QLabel(scoring::translatedFactorName(info.id), this);
        label->setToolTip(scoring::translatedFactorDescription(info.id) + tr("\nData: ") +
                          scoring::translatedFactorSource(info.id));
        const QColor color = factorColor(static_cast<int>(f));
        label->setStyleSheet(
            QStringLiteral("QLabel { border-left: 6px solid %1; padding-left: 4px; }").arg(color.name()));
        auto *slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(QStringLiteral("weightSlider_") + scoring::factorKey(info.id));
        slider->setRange(0, static_cast<int>(kMaxWeight) * kStepsPerUnit);
        slider->setToolTip(label->toolTip());
        slider->setAccessibleName(tr("Weight of ") + label->text());
        slider->setMinimumWidth(80);
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(0.0, kMaxWeight);
        spin->setSingleStep(1.0 / kStepsPerUnit);
        spin->setDecimals(1);
        spin->setMaximumWidth(70);
        spin->setAccessibleName(slider->accessibleName());
        label->setBuddy(slider);
        grid->addWidget(label, row, 0);
        grid->addWidget(slider, row, 1);
        grid->addWidget(spin, row, 2);
        m_sliders << slider;
        m_spins << spin;
        const int factor = static_cast<int>(f);
        connect(slider, &QSlider::valueChanged, this, [this, factor](int value) {
            if (!m_updating)
                emit weightEdited(factor, static_cast<double>(value) / kStepsPerUnit);
        });
        connect(slider, &QSlider::sliderPressed, this, &WeightsPanel::dragStarted);
        connect(slider, &QSlider::sliderReleased, this, &WeightsPanel::dragFinished);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, factor](double value) {
            if (!m_updating)
                emit weightEdited(factor, value);
        });
    }
    auto *reset = new QPushButton(tr("&Reset to saved"), this);
    reset->setToolTip(tr("Back to the weights of the campaign's saved model"));
    auto *save = new QPushButton(tr("Save as new &version"), this);
    save->setToolTip(tr("Store these weights as the next version of the model; shortlists made with "
                        "the old version keep it"));
    connect(reset, &QPushButton::clicked, this, &WeightsPanel::resetRequested);
    connect(save, &QPushButton::clicked, this, &WeightsPanel::saveRequested);
    const int last = static_cast<int>(factors.size()) + 1;
    // The buttons share a row of their own: in the spin boxes' column the wide one would widen the panel.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addWidget(save);
    grid->addLayout(buttons, last, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(last + 1, 1);
    showWeights();
}

void WeightsPanel::showWeights()
{
    m_updating = true;
    const auto &weights = m_workbench->weights();
    for (qsizetype f = 0; f < m_sliders.size() && static_cast<std::size_t>(f) < weights.size(); ++f) {
        const double w = weights[static_cast<std::size_t>(f)];
        m_sliders.at(f)->setValue(static_cast<int>(std::lround(w * kStepsPerUnit)));
        m_spins.at(f)->setValue(w);
    }
    m_updating = false;
}

} // namespace candor
