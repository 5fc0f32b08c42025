// The candor executable: the workbench GUI, or with a subcommand the headless command line.
#include "CommandLine.h"
#include "MainWindow.h"
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

} // namespace

int main(int argc, char *argv[])
{
    if (candor::cli::wantsCommandLine(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv); // no display needed
        describeApplication();
        return candor::cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Candor"));
    candor::MainWindow window;
    window.show();

    const QStringList arguments = QCoreApplication::arguments();
    auto path = arguments.size() > 1 ? candor::Result<QString>(arguments.at(1))
                                     : candor::DemoProject::ensureDefault();
    if (path)
        window.openAndReport(*path);
    else
        QMessageBox::warning(&window, QStringLiteral("Cannot open the project"), path.error().toString());
    return app.exec();
}
