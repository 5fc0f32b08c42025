// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: bytes as a .candor file someone mailed — opened the way Candor opens any project (header,
// schema shape, quick_check, foreign objects), and when it opens, its summary and accounts are read.
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {
QTemporaryDir *workDir = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    workDir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto path = workDir->filePath(QStringLiteral("input.candor"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    if (auto project = candor::ProjectFile::open(path)) {
        const candor::ProjectStore store(**project);
        (void)store.summary();
        (void)store.currentAccounts();
        (void)store.campaigns();
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    return 0;
}
