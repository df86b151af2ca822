// The crash test: a child logs as fast as it can and is killed with SIGKILL at random moments,
// 200 times (KEPU_CRASH_KILLS for more), most while it is writing, some while it starts. After each kill,
// every event the child reported durable is in the database, and integrity_check is ok.
#include "log_test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <random>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace logtest;

namespace {

struct ChildReport {
    long long run = 0;
    long long durable = 0;
};

// Starts the child and kills it with SIGKILL `afterFirstDurable` after it first reports an event
// on disk (or, when early is set, that long after it started: a kill during start-up), and
// returns what it said. Timing from the first durable event keeps every kill in the middle of
// logging however slow the machine is.
ChildReport RunAndKill(const std::string& child, const std::string& db, std::chrono::milliseconds delay,
                       bool early) {
    int pipeFds[2];
    REQUIRE(pipe(pipeFds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        execl(child.c_str(), child.c_str(), db.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipeFds[1]);
    std::string output;
    const auto start = std::chrono::steady_clock::now();
    auto deadline = early ? start + delay : start + std::chrono::seconds(20);
    bool armed = early;
    char buffer[4096];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        pollfd p{pipeFds[0], POLLIN, 0};
        if (poll(&p, 1, static_cast<int>(left.count())) > 0) {
            const ssize_t n = read(pipeFds[0], buffer, sizeof buffer);
            if (n <= 0) break;
            output.append(buffer, static_cast<std::size_t>(n));
            if (!armed && output.find("durable ") != std::string::npos) {
                armed = true;
                deadline = std::chrono::steady_clock::now() + delay;
            }
        }
    }
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    // What the child wrote before it died still counts: it was said, so it must be on disk.
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        output.append(buffer, static_cast<std::size_t>(n));
    close(pipeFds[0]);

    ChildReport report;
    std::size_t pos = 0;
    while (pos < output.size()) {
        std::size_t end = output.find('\n', pos);
        if (end == std::string::npos) break; // a line cut by the kill is not a report
        const std::string line = output.substr(pos, end - pos);
        if (line.rfind("run ", 0) == 0) report.run = std::atoll(line.c_str() + 4);
        if (line.rfind("durable ", 0) == 0) report.durable = std::atoll(line.c_str() + 8);
        pos = end + 1;
    }
    return report;
}

} // namespace

TEST_CASE("crash: SIGKILL at random moments never loses an event reported durable") {
    const char* killsEnv = std::getenv("KEPU_CRASH_KILLS");
    const int kills = killsEnv ? std::atoi(killsEnv) : 200;
    const auto dir = FreshDir("crash");
    std::mt19937 random(20261129);
    std::uniform_int_distribution<int> delayMs(0, 150);
    int withData = 0;
    long long totalDurable = 0;
    for (int i = 0; i < kills; ++i) {
        // A new database every 10 kills keeps each check quick while the log also restarts on
        // databases that were killed mid-write.
        const auto db = dir / ("kepu-" + std::to_string(i / 10) + ".db");
        // One kill in ten lands during start-up (opening, checking, migrating the database).
        const bool early = i % 10 == 9;
        const ChildReport report =
            RunAndKill(KEPU_CRASH_CHILD, db.string(), std::chrono::milliseconds(delayMs(random)), early);
        INFO("kill " << i << ": run " << report.run << ", durable " << report.durable);
        if (std::filesystem::exists(db)) CHECK(QueryText(db, "PRAGMA integrity_check") == "ok");
        if (report.durable == 0) continue; // nothing was acknowledged, so nothing can be missing
        const std::string run = std::to_string(report.run);
        const auto count = QueryInt(db, "SELECT count(*) FROM events WHERE run = " + run +
                                            " AND seq <= " + std::to_string(report.durable));
        CHECK(count == report.durable);
        ++withData;
        totalDurable += report.durable;
    }
    // The test must have tested something: every kill but the early ones came mid-logging.
    CHECK(withData >= kills * 8 / 10);
    WARN(kills << " kills, " << withData << " with events on disk, " << totalDurable
               << " durable events checked");
}
