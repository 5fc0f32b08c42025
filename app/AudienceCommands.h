// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor import-audience FILE.candor DATA [--handle H] [--platform P] [--source S] [--provenance …]
void addImportAudienceOptions(QCommandLineParser &parser);
int commandImportAudience(QCommandLineParser &parser, const QStringList &positional);

// candor import-attributes FILE.candor DATA
int commandImportAttributes(QCommandLineParser &parser, const QStringList &positional);

// candor withdraw-consent FILE.candor HANDLE [--attribute A] [--platform P] [--reason R]
void addWithdrawConsentOptions(QCommandLineParser &parser);
int commandWithdrawConsent(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
