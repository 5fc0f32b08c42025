// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"
#include "import/AttributeImporter.h"
#include "import/AudienceImporter.h"
#include "import/Importer.h"

namespace candor {

class ProjectFile;

// Reading a file (import/) and writing what was read (storage/) meet here, above both: each call reads,
// checks and then writes the whole file in one transaction, or changes nothing.

// Creators and their figures, written as the file is read (memory does not grow with the file); the report
// holds the issues, not the rows.
Result<ImportReport> importCreators(const ProjectFile &project, const QString &path, const ImportOptions &options);
// The file a preview read, read again the same way and written; `progress` may cancel the write, which leaves
// the project unchanged.
Result<ImportCounts> writeCreators(const ProjectFile &project, const PreparedImport &prepared,
                                   const ImportProgress &progress = {});

// Audience estimates (docs/audience-import.md).
Result<AudienceImportReport> importAudiences(const ProjectFile &project, const QString &path,
                                             const AudienceImportOptions &options);

// Self-declared attributes with their consent; `prepared` receives what was read (the rows and issues).
Result<ImportCounts> importAttributes(const ProjectFile &project, const QString &path, const QString &importedBy,
                                      PreparedAttributeImport *prepared = nullptr);

} // namespace candor
