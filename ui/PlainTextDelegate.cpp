// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PlainTextDelegate.h"

#include "itemmodels/RankingModel.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace candor {

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!opt.icon.isNull() || opt.features.testFlag(QStyleOptionViewItem::HasCheckIndicator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    drawPanel(painter, opt);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    drawLine(painter, opt, opt.rect.adjusted(margin, 0, -margin, 0), opt.displayAlignment, opt.text);
}

void DecisionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(RankingModel::OverrideRole).toBool()) {
        PlainTextDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawPanel(painter, opt);
    static const QIcon icon(QStringLiteral(":/icons/override.svg"));
    const int side = std::min(16, opt.rect.height() - 4);
    const QRect iconRect(opt.rect.left() + 3, opt.rect.center().y() - side / 2, side, side);
    icon.paint(painter, iconRect);
    drawLine(painter, opt, opt.rect.adjusted(side + 7, 0, -3, 0), opt.displayAlignment, opt.text);
}

void PlainTextDelegate::drawPanel(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem panel = option;
    panel.text.clear();
    QStyle *style = panel.widget ? panel.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, panel.widget);
}

void PlainTextDelegate::drawLine(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                 Qt::Alignment alignment, const QString &text)
{
    if (text.isEmpty())
        return;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active)  ? QPalette::Active
                                                                                : QPalette::Inactive;
    painter->save();
    painter->setFont(option.font);
    painter->setPen(option.palette.color(group, option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                       : QPalette::Text));
    painter->drawText(rect, static_cast<int>(alignment | Qt::TextSingleLine),
                      option.fontMetrics.elidedText(text, option.textElideMode, rect.width()));
    painter->restore();
}

} // namespace candor
