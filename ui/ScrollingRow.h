// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>

namespace candor {

// A row of controls that scrolls sideways instead of widening its page: the pages share the window's width with
// the ranking's panels, and a tab widget is as wide as its widest page.
inline QScrollArea *scrollingRow(QLayout *row, QWidget *parent)
{
    auto *inner = new QWidget;
    inner->setLayout(row);
    row->setContentsMargins(0, 0, 0, 0);
    auto *area = new QScrollArea(parent);
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    area->setFixedHeight(inner->sizeHint().height() + area->horizontalScrollBar()->sizeHint().height());
    return area;
}

} // namespace candor
