// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace candor {

// Paints a single line of text per cell straight with QPainter::drawText. QStyledItemDelegate lays every cell
// out through QTextLayout, which is what a full repaint of the ranking costs most on each step of a slider
// drag. Cells with an icon or a check box are left to QStyledItemDelegate.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    // The cell's background, selection and focus, as the style draws them, without the text.
    static void drawPanel(QPainter *painter, const QStyleOptionViewItem &option);
    // One line of text in the cell's palette, elided to fit `rect`.
    static void drawLine(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                         Qt::Alignment alignment, const QString &text);
};

// The decision cell: the decision in words, and the override icon when it went against the ranking.
class DecisionDelegate : public PlainTextDelegate
{
    Q_OBJECT
public:
    using PlainTextDelegate::PlainTextDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace candor
