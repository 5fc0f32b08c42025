// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What every test executable shares: one approximate comparison and one check of a Result.

#include <QString>
#include <QTest>
#include <cmath>

namespace candor::test {

// Sums and ratios of doubles agree to this, unless a test says otherwise (then with its reason).
constexpr double kTolerance = 1e-9;

inline bool near(double actual, double expected, double tolerance = kTolerance)
{
    return std::abs(actual - expected) < tolerance;
}

} // namespace candor::test

// Compares two numbers to candor::test::kTolerance, printing both in full when they differ.
#define QCOMPARE_NEAR(actual, expected) QCOMPARE_NEAR_TO(actual, expected, ::candor::test::kTolerance)
#define QCOMPARE_NEAR_TO(actual, expected, tolerance)                                                          \
    QVERIFY2(::candor::test::near((actual), (expected), (tolerance)),                                          \
             qPrintable(QStringLiteral("%1 is %2, expected %3 (within %4)")                                    \
                            .arg(QLatin1String(#actual))                                                       \
                            .arg(static_cast<double>(actual), 0, 'g', 17)                                      \
                            .arg(static_cast<double>(expected), 0, 'g', 17)                                    \
                            .arg(static_cast<double>(tolerance))))

// Verifies that a Result or Status succeeded, printing its error (file, message, SQLite text) when not. The
// expression is evaluated once.
#define QVERIFY_RESULT(expression)                                                                             \
    do {                                                                                                       \
        const auto &candorResult = (expression);                                                               \
        QVERIFY2(candorResult.ok(), qPrintable(candorResult.error().toString()));                             \
    } while (false)
