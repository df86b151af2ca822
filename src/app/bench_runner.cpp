// `kepu-kiosk --bench`: the shell's performance figures.
#include "app/bench_runner.hpp"

#include "app/kiosk_app.hpp"
#include "app/script_player.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace kepu {
namespace {

using SteadyClock = std::chrono::steady_clock;

double MsSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

long StatusKb(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(line.find(':') + 1));
    return -1;
}

double CpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Taps a widget by id and renders until the screen changes; returns frames and milliseconds
// from the release to the end of the frame showing the new screen.
std::pair<int, double> TapAndTime(KioskApp& app, const char* id) {
    const auto widget = app.Registry().Find(id);
    if (!widget) return {-1, -1};
    const ScreenId before = app.Screen();
    PushTouchDown(app, widget->rect.CenterX(), widget->rect.CenterY());
    app.RenderFrames(1);
    const auto start = SteadyClock::now();
    PushTouchUp(app, widget->rect.CenterX(), widget->rect.CenterY());
    for (int frames = 1; frames <= 10; ++frames) {
        app.RenderFrames(1);
        app.Window().Finish();
        if (app.Screen() != before) {
            // The new screen is in the state; one more frame puts it on the glass.
            app.RenderFrames(1);
            app.Window().Finish();
            return {frames + 1, MsSince(start)};
        }
    }
    return {-1, MsSince(start)};
}

} // namespace

int RunBenchmark(KioskApp& app) {
    const StartupReport& startup = app.Startup();
    int width = 0, height = 0;
    app.WindowSize(width, height);
    std::printf("Kepu Kiosk benchmark, headless %dx%d\n", width, height);
    std::printf("  renderer                      %s\n", app.Window().Description().c_str());
    std::printf("  start to first full frame     %8.1f ms\n", startup.firstFrameMs);
    std::printf("  font atlas                    %5d x %d px, %zu glyphs, built in %.1f ms\n",
                startup.fonts.textureWidth, startup.fonts.textureHeight, startup.fonts.glyphCount,
                startup.fonts.buildMs);

    const auto timeFrames = [&](const char* screen, int n) {
        std::vector<double> frameMs;
        // CPU time too (every thread, llvmpipe's included): on a loaded machine it stays fair where
        // wall time does not.
        const double cpuStart = CpuSeconds();
        for (int i = 0; i < n; ++i) {
            const auto start = SteadyClock::now();
            app.RenderFrames(1);
            app.Window().Finish();
            frameMs.push_back(MsSince(start));
        }
        std::sort(frameMs.begin(), frameMs.end());
        const double avg = std::accumulate(frameMs.begin(), frameMs.end(), 0.0) / frameMs.size();
        const double cpuMs = (CpuSeconds() - cpuStart) * 1000.0 / n;
        std::printf(
            "  frame time on %-8s (%d)     avg %.2f ms, p99 %.2f ms, max %.2f ms; CPU %.2f ms a frame\n",
            screen, n, avg, frameMs[frameMs.size() * 99 / 100], frameMs.back(), cpuMs);
    };
    timeFrames("attract", 100);

    // Attract -> home: home is the busiest screen (three tiles, switches, six chips, footer).
    const auto [startFrames, startMs] = TapAndTime(app, "start");
    timeFrames("home", 300);

    const auto [tileFrames, tileMs] = TapAndTime(app, "tile-quizzes");
    std::printf("  touch to new screen           %d frames, %.1f ms (attract->home: %d frames, %.1f ms)\n",
                tileFrames, tileMs, startFrames, startMs);
    TapAndTime(app, "home");

    // A static screen: the normal loop with nobody touching, for 5 seconds, once the frames after the
    // last touch are drawn (headless they are now really rendered: glFinish on GL, about 60 ms of CPU).
    app.RunFor(1000);
    const double cpuBefore = CpuSeconds();
    const auto wallStart = SteadyClock::now();
    app.RunFor(5000);
    const double cpuPercent = (CpuSeconds() - cpuBefore) / (MsSince(wallStart) / 1000.0) * 100.0;
    std::printf("  CPU while home shows, static  %8.2f %% of one core\n", cpuPercent);
    std::printf("  memory                        RSS %ld MB now, peak %ld MB\n", StatusKb("VmRSS:") / 1024,
                StatusKb("VmHWM:") / 1024);
    const bool ok = startFrames > 0 && tileFrames > 0;
    return ok ? 0 : 1;
}

} // namespace kepu
