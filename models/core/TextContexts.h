// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace candor {

// The translation contexts of the sentences the domain writes, one per area, so that a translator sees each
// area's words together. The program loads the user's language (the window and the command line alike); the
// tests load only the English plural forms (tests/EnglishPlurals.cpp), so they read English.
struct DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
};

// The names of the steps Edit › Undo and Redo take back or do again.
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(UndoText)
};

struct ComplianceText
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceText)
};

struct WorkbenchText
{
    Q_DECLARE_TR_FUNCTIONS(WorkbenchText)
};

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};

struct StorageText
{
    Q_DECLARE_TR_FUNCTIONS(StorageText)
};

struct ScoringText
{
    Q_DECLARE_TR_FUNCTIONS(ScoringText)
};

struct FairnessText
{
    Q_DECLARE_TR_FUNCTIONS(FairnessText)
};

struct AuthenticityText
{
    Q_DECLARE_TR_FUNCTIONS(AuthenticityText)
};

struct PrivacyText
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyText)
};

struct PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(PolicyText)
};

} // namespace candor
