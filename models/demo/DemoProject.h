// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"
#include "storage/ProjectStore.h"

#include <QJsonObject>
#include <QString>

namespace candor {

// The built-in demo: about 300 synthetic creators over Instagram, TikTok and YouTube with audiences,
// consented self-declared attributes and three campaigns, the third for an alcohol brand with a shortlist on
// which the ethics policy finds one creator whose audience is too young. Generated from resources/demo/demo-spec.json with a
// fixed seed, so every machine builds the same project. Nothing in it describes a real person.
class DemoProject
{
public:
    static Result<QJsonObject> specification(); // the compiled-in spec
    static Dataset generate(const QJsonObject &specification);

    // Writes a new demo project at `path` (refuses to overwrite).
    static Status create(const QString &path);

    // <app data>/demo.candor, created on first use.
    static QString defaultPath();
    static Result<QString> ensureDefault();

private:
    // The shortlists the spec gives its campaigns, decided through a workbench as a person would.
    static Status addShortlists(const QString &path, const QJsonObject &specification);
};

} // namespace candor
