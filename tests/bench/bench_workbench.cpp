// Frame time of a weight-slider drag in the workbench window over a large project (100,000 creators by
// default, generated like the demo), measured as a program, not a timed unit test. Each step sets the slider,
// lets the window re-rank and repaints the table synchronously; the target is 60 frames per second.
// Run with QT_QPA_PLATFORM=offscreen; see scripts/bench.sh.
#include "MainWindow.h"
#include "WeightsPanel.h"
#include "demo/DemoProject.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"
#include "workbench/Workbench.h"

#include <QApplication>
#include <QSlider>
#include <QTableView>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace candor;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorBench"));
    const int creators = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;

    // A second argument keeps the generated project at that path and reuses it on the next run.
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("large.candor"));
    auto start = Clock::now();
    QJsonObject spec = *DemoProject::specification();
    spec.insert(QStringLiteral("creators"), creators);
    if (!QFileInfo::exists(path)) {
        auto project = ProjectFile::create(path);
        if (!project || !ProjectStore(**project).addDataset(DemoProject::generate(spec))) {
            std::fprintf(stderr, "cannot build the project\n");
            return 1;
        }
    }
    std::printf("Generated and stored %d creators in %.1f s\n", creators, msSince(start) / 1000.0);

    MainWindow window;
    window.resize(1500, 900);
    window.show();
    start = Clock::now();
    if (!window.openProject(path)) {
        std::fprintf(stderr, "cannot open the project\n");
        return 1;
    }
    app.processEvents();
    std::printf("Opened it in the workbench (%d candidates, %zu ranked) in %.0f ms\n",
                window.workbench()->candidateCount(), window.workbench()->order().size(), msSince(start));

    if (qEnvironmentVariableIsSet("BENCH_DEBUG")) {
        auto bare = Workbench::open(path);
        for (int v = 0; v < 5; ++v) {
            const auto t = Clock::now();
            (*bare)->setWeight(1, 1.0 + v * 0.1);
            std::printf("bare rerank %.1f ms\n", msSince(t));
        }
    }
    QSlider *slider = window.weightsPanel()->findChild<QSlider *>(QStringLiteral("weightSlider_reach"));
    std::vector<double> frames;
    for (int value = 11; value <= 70; ++value) {
        const auto frame = Clock::now();
        slider->setValue(value);
        const double a = msSince(frame);
        app.processEvents();
        const double b = msSince(frame);
        window.candidateTable()->viewport()->repaint();
        frames.push_back(msSince(frame));
        if (qEnvironmentVariableIsSet("BENCH_DEBUG")) std::printf("%.1f %.1f %.1f\n", a, b, frames.back());
    }
    std::sort(frames.begin(), frames.end());
    const double median = frames[frames.size() / 2];
    const double p95 = frames[frames.size() * 95 / 100];
    std::printf("Slider drag, %zu steps: median %.1f ms, 95th percentile %.1f ms, worst %.1f ms per frame "
                "(60 fps needs < 16.7 ms): %s\n",
                frames.size(), median, p95, frames.back(), p95 < 1000.0 / 60.0 ? "MET" : "MISSED");
    return 0;
}
