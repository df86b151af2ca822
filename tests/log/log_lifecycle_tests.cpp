// The participation log's life cycle: databases moved aside never overwrite one another, the
// integrity check runs once per opening however often a fault makes the writer reopen, and
// shutdown with a failing disk ends promptly, reporting what was not written.
#include "adapters/participation_log.hpp"
#include "fault_vfs.hpp"
#include "log_test_support.hpp"
#include "storage/move_aside.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h> // the error codes the fault VFS injects

#include <fstream>
#include <thread>

using namespace kepu;
using namespace logtest;
using namespace std::chrono_literals;

namespace {

void WriteFile(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::string ReadFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ParticipationLogSettings FaultySettings(const std::filesystem::path& dir) {
    faultvfs::Register();
    ParticipationLogSettings s;
    s.file = dir / "kepu.db";
    s.vfs = faultvfs::kName;
    s.firstRetry = 50ms;
    s.maxRetry = 200ms;
    return s;
}

} // namespace

TEST_CASE("log: two databases moved aside within the same second are both kept") {
    const auto dir = FreshDir("aside-twice");
    const auto db = dir / "kepu.db";
    std::string error;
    WriteFile(db, "first damaged file");
    WriteFile(dir / "kepu.db-wal", "first wal");
    const auto first = MoveAside(db, "corrupt", "20261129T072600Z", error);
    INFO(error);
    REQUIRE_FALSE(first.empty());
    WriteFile(db, "second damaged file");
    WriteFile(dir / "kepu.db-wal", "second wal");
    const auto second = MoveAside(db, "corrupt", "20261129T072600Z", error); // the same second
    REQUIRE_FALSE(second.empty());
    CHECK(first != second);
    CHECK(ReadFile(first) == "first damaged file");
    CHECK(ReadFile(first.string() + "-wal") == "first wal");
    CHECK(ReadFile(second) == "second damaged file");
    CHECK(ReadFile(second.string() + "-wal") == "second wal");
    CHECK_FALSE(std::filesystem::exists(db));
    // A third, and a name taken by something else entirely, still overwrite nothing.
    WriteFile(db, "third");
    const auto third = MoveAside(db, "corrupt", "20261129T072600Z", error);
    CHECK(ReadFile(third) == "third");
    CHECK(ReadFile(first) == "first damaged file");
    CHECK(ReadFile(second) == "second damaged file");
}

TEST_CASE("log: the integrity check runs once per opening, not on every retry") {
    const auto dir = FreshDir("check-once");
    ParticipationLog log(FaultySettings(dir));
    log.Enqueue(SampleEvent(1));
    REQUIRE(log.Flush(5s));
    CHECK(log.Status().integrityChecks == 1);
    faultvfs::Inject(SQLITE_IOERR, faultvfs::Mode::Persistent);
    log.Enqueue(SampleEvent(2));
    // Each I/O error closes the connection and the retry reopens it: wait for several retries.
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (faultvfs::FailuresReturned() < 4 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(20ms);
    REQUIRE(faultvfs::FailuresReturned() >= 4);
    faultvfs::Clear();
    REQUIRE(log.Flush(10s));
    CHECK(log.Status().integrityChecks == 1);
}

TEST_CASE("log: shutdown with a failing disk ends promptly and reports what was not written") {
    const auto dir = FreshDir("shutdown-failing");
    auto settings = FaultySettings(dir);
    settings.stopPatience = 500ms;
    auto log = std::make_unique<ParticipationLog>(settings);
    log->Enqueue(SampleEvent(1));
    REQUIRE(log->Flush(5s));
    faultvfs::Inject(SQLITE_IOERR, faultvfs::Mode::Persistent);
    for (int i = 0; i < 20; ++i)
        log->Enqueue(SampleEvent(i));
    const auto start = std::chrono::steady_clock::now();
    const ParticipationLogStatus last = log->Stop();
    const auto took = std::chrono::steady_clock::now() - start;
    const int attempts = faultvfs::FailuresReturned();
    faultvfs::Clear();
    log.reset();
    const auto tookMs = std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
    INFO("Stop() took " << tookMs << " ms, " << attempts << " failed writes");
    // 500 ms of patience plus room for a loaded machine; the old writer spun for 3 s.
    CHECK(tookMs < 2000);
    // Waits between attempts (50, 100, 200 ms…): a handful of attempts, not a spin.
    CHECK(attempts <= 20);
    CHECK(last.waiting == 20);
    CHECK(last.durable == 1);
    CHECK(last.problem.find("disk I/O error") != std::string::npos);
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 1);
}

TEST_CASE("log: shutdown writes what waits when the disk is well") {
    const auto dir = FreshDir("shutdown-well");
    ParticipationLogSettings settings;
    settings.file = dir / "kepu.db";
    settings.batchWindow = 200ms;
    {
        ParticipationLog log(settings);
        for (int i = 0; i < 100; ++i)
            log.Enqueue(SampleEvent(i));
        const ParticipationLogStatus last = log.Stop();
        CHECK(last.waiting == 0);
        CHECK(last.durable == 100);
        CHECK(log.Enqueue(SampleEvent(101)) == 0); // after Stop(), nothing is accepted
    }
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 100);
}
