// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScoreDelegate.h"

#include "FactorColors.h"
#include "itemmodels/RankingModel.h"

#include <QPainter>

namespace candor {

void ScoreDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawPanel(painter, opt);

    const QRect area = opt.rect.adjusted(4, 2, -4, -2);
    const int barHeight = std::max(4, area.height() / 4);
    drawLine(painter, opt, QRect(area.left(), area.top(), area.width(), area.height() - barHeight - 1),
             Qt::AlignRight | Qt::AlignVCenter, opt.text);
    painter->save();

    const QVariantList parts = index.data(RankingModel::ContributionsRole).toList();
    const QVariantList imputed = index.data(RankingModel::ImputedRole).toList();
    const QRect bar(area.left(), area.bottom() - barHeight + 1, area.width(), barHeight);
    painter->fillRect(bar, opt.palette.color(QPalette::Midlight));
    double x = bar.left();
    for (qsizetype f = 0; f < parts.size(); ++f) {
        const double width = parts.at(f).toDouble() / 100.0 * bar.width();
        const QRectF piece(x, bar.top(), width, bar.height());
        const QColor color = factorColor(static_cast<int>(f));
        painter->fillRect(piece, imputed.value(f).toBool() ? QBrush(color, Qt::BDiagPattern) : QBrush(color));
        x += width;
    }
    painter->restore();
}

QSize ScoreDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    size.setHeight(size.height() + 6);
    return size;
}

} // namespace candor
