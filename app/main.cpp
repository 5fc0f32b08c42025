// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The candor executable: the workbench GUI, or with a subcommand the headless command line.
#include "CommandLine.h"
#include "MainWindow.h"
#include "WelcomeDialog.h"
#include "core/Translations.h"
#include "demo/DemoProject.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// The command line in the user's language too; the manual page is installed as English, so --man is not.
int runCommandLine()
{
    describeApplication();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) != QLatin1String("--man"))
        candor::installTranslations();
    return candor::cli::run(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (candor::cli::wantsCommandLine(arguments)) {
        // A report paints charts, which live in the widgets' graphics engine; it needs no display.
        if (arguments.value(1) == QLatin1String("report")) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
                qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return runCommandLine();
        }
        QCoreApplication app(argc, argv); // no display needed
        return runCommandLine();
    }

    QApplication app(argc, argv);
    describeApplication();
    candor::installTranslations(); // the system's language, where Candor has it (German so far)
    QApplication::setApplicationDisplayName(QStringLiteral("Candor"));
    candor::MainWindow window;
    window.show();

    const QStringList opened = QCoreApplication::arguments();
    auto path = opened.size() > 1 ? candor::Result<QString>(opened.at(1))
                                     : candor::DemoProject::ensureDefault();
    if (path)
        window.openAndReport(*path);
    else
        QMessageBox::warning(&window, candor::MainWindow::tr("Cannot open the project"),
                             path.error().toString());
    // A first start: the ways in, over the demo it opened.
    if (opened.size() <= 1 && candor::WelcomeDialog::firstRun())
        window.showWelcome();
    return app.exec();
}
