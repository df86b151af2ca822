// The crash test's child: logs events as fast as it can and reports, on stdout, every sequence
// number the log has acknowledged as durable ("run R" first, then "durable N" lines). The parent
// kills it with SIGKILL at a random moment and checks that every acknowledged event is on disk.
#include "adapters/participation_log.hpp"

#include <cstdio>
#include <thread>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: kepu-log-crash-child DB\n");
        return 2;
    }
    kepu::ParticipationLogSettings settings;
    settings.file = argv[1];
    settings.batchWindow = std::chrono::milliseconds(5);
    kepu::ParticipationLog log(settings);
    std::printf("run %lld\n", static_cast<long long>(log.Run()));
    std::fflush(stdout);

    kepu::LogEvent event;
    event.kind = kepu::LogKind::ModuleLeft;
    event.atUtcMs = 1'796'000'000'000;
    event.localDate = "2026-11-30";
    event.module = "quizzes";
    std::int64_t reported = 0;
    for (std::int64_t i = 0;; ++i) {
        event.visit = i;
        event.dwellMs = i;
        log.Enqueue(event);
        if (i % 64 == 0) {
            const std::int64_t durable = log.Status().durable;
            if (durable > reported) {
                reported = durable;
                std::printf("durable %lld\n", static_cast<long long>(durable));
                std::fflush(stdout);
            }
            // Keep the queue from growing without end: wait while far ahead of the disk.
            while (log.Status().waiting > 20'000)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
}
