// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PlainTextDelegate.h"

namespace candor {

// Paints the score cell: the number, and under it a thin stacked bar of what each factor adds (imputed
// factors hatched). Painted, not a widget per row, so that 100,000 rows scroll smoothly.
class ScoreDelegate : public PlainTextDelegate
{
    Q_OBJECT
public:
    using PlainTextDelegate::PlainTextDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace candor
