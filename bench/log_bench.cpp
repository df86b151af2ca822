// The participation log's benchmark: enqueue latency on the calling (frame) thread while the writer
// is busy, sustained events per second to disk, and the database's size: bytes per event and MB
// per million events. Usage: kepu-log-bench [DIR] [EVENTS]   (defaults: a new temporary folder,
// 1,000,000 events)
#include "adapters/participation_log.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    fs::path dir;
    if (argc > 1) {
        dir = argv[1];
        fs::remove_all(dir);
        fs::create_directories(dir);
    } else {
        // A folder of its own, so two benchmarks on one machine never share files.
        std::string pattern = (fs::temp_directory_path() / "kepu-log-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("mkdtemp");
            return 1;
        }
        dir = pattern;
    }
    const long events = argc > 2 ? std::atol(argv[2]) : 1'000'000;

    kepu::LogEvent event;
    event.kind = kepu::LogKind::ItemClosed;
    event.atUtcMs = 1'796'000'000'000;
    event.localDate = "2026-11-30";
    event.audience = kepu::Audience::Student;
    event.module = "quizzes";
    event.item = "quiz-desert-control";

    std::vector<double> latencyNs;
    latencyNs.reserve(static_cast<std::size_t>(events));
    const auto start = Clock::now();
    double flushedAfterS = 0;
    {
        kepu::ParticipationLogSettings settings;
        settings.file = dir / "kepu.db";
        settings.maxBuffered = static_cast<std::size_t>(events) + 1;
        kepu::ParticipationLog log(settings);
        for (long i = 0; i < events; ++i) {
            event.visit = i / 8;
            event.dwellMs = i % 60'000;
            const auto before = Clock::now();
            log.Enqueue(event);
            latencyNs.push_back(std::chrono::duration<double, std::nano>(Clock::now() - before).count());
        }
        const double enqueuedAfterS = std::chrono::duration<double>(Clock::now() - start).count();
        if (!log.Flush(std::chrono::minutes(10))) {
            std::printf("the log did not finish: %s\n", log.Status().problem.c_str());
            return 1;
        }
        flushedAfterS = std::chrono::duration<double>(Clock::now() - start).count();
        std::printf("Participation log benchmark, %ld events\n", events);
        std::printf("  enqueued in                    %8.2f s (%.0f events/s offered)\n", enqueuedAfterS,
                    events / enqueuedAfterS);
    }
    std::sort(latencyNs.begin(), latencyNs.end());
    const auto pct = [&](double p) {
        return latencyNs[static_cast<std::size_t>(p * (latencyNs.size() - 1))] / 1000;
    };
    std::printf("  enqueue latency, writer busy   p50 %.2f µs, p99 %.2f µs, p99.9 %.2f µs, max %.1f µs\n",
                pct(0.5), pct(0.99), pct(0.999), latencyNs.back() / 1000);
    std::printf("  sustained, committed to disk   %8.0f events/s (all durable after %.2f s)\n",
                events / flushedAfterS, flushedAfterS);
    // Every file the log left (the WAL is checkpointed into the database when the log closes).
    std::uintmax_t bytes = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        bytes += entry.file_size();
    std::printf("  database size                  %8.1f bytes per event, %.1f MB per million events\n",
                static_cast<double>(bytes) / events, bytes / 1e6 * (1'000'000.0 / events));
    fs::remove_all(dir);
    return 0;
}
