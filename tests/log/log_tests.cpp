// The participation log against a real SQLite file: schema, read-back, migrations, a corrupted
// database moved aside, an unusable folder, disk full and I/O errors (transient and persistent)
// through a fault-injecting VFS, a locked database, and the memory bound.
#include "adapters/participation_log.hpp"
#include "fault_vfs.hpp"
#include "log_test_support.hpp"

#include "storage/log_schema.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h> // the error codes the fault VFS injects

#include <fstream>
#include <thread>

using namespace kepu;
using namespace logtest;
using namespace std::chrono_literals;

namespace {
ParticipationLogSettings Settings(const std::filesystem::path& dir, bool faulty = false) {
    ParticipationLogSettings s;
    s.file = dir / "kepu.db";
    if (faulty) {
        faultvfs::Register();
        s.vfs = faultvfs::kName;
    }
    s.firstRetry = 50ms;
    s.maxRetry = 200ms;
    return s;
}
// Polls until the writer reports a problem (it retries on its own schedule), or the time is up.
void WaitForProblem(const ParticipationLog& log, std::chrono::seconds patience) {
    const auto deadline = std::chrono::steady_clock::now() + patience;
    while (log.Status().problem.empty() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(20ms);
}
} // namespace

TEST_CASE("log: events are written, read back, and durable within a second") {
    const auto dir = FreshDir("basic");
    {
        ParticipationLog log(Settings(dir));
        const auto start = std::chrono::steady_clock::now();
        const std::int64_t seq = log.Enqueue(SampleEvent(7, LogKind::VisitStarted));
        CHECK(seq == 1);
        while (log.Status().durable < seq && std::chrono::steady_clock::now() - start < 5s)
            std::this_thread::sleep_for(1ms);
        CHECK(std::chrono::steady_clock::now() - start < 1s);
        LogEvent end = SampleEvent(7, LogKind::VisitEnded);
        end.endReason = EndReason::Idle;
        log.Enqueue(end);
        log.Enqueue(SampleEvent(7, LogKind::ModuleLeft));
        REQUIRE(log.Flush(5s));
        const auto status = log.Status();
        CHECK(status.enqueued == 3);
        CHECK(status.durable == 3);
        CHECK(status.waiting == 0);
        CHECK(status.problem.empty());
    }
    const auto db = dir / "kepu.db";
    CHECK(QueryInt(db, "PRAGMA user_version") == logschema::kVersion);
    CHECK(QueryText(db, "PRAGMA journal_mode") == "wal");
    CHECK(QueryInt(db, "SELECT count(*) FROM events") == 3);
    CHECK(QueryText(db, "SELECT kind FROM events WHERE seq = 1") == "visit_started");
    CHECK(QueryText(db, "SELECT local_date FROM events WHERE seq = 1") == "2026-11-30");
    CHECK(QueryText(db, "SELECT audience FROM events WHERE seq = 1") == "farmer");
    CHECK(QueryInt(db, "SELECT dwell_ms FROM events WHERE kind = 'module_left'") == 12'345);
    CHECK(QueryText(db, "SELECT end_reason FROM visits WHERE visit = 7") == "idle");
    CHECK(QueryInt(db, "SELECT count(*) FROM visits") == 1);
}

TEST_CASE("log: reopening keeps the events and does not migrate twice") {
    const auto dir = FreshDir("reopen");
    for (int run = 0; run < 3; ++run) {
        ParticipationLog log(Settings(dir));
        log.Enqueue(SampleEvent(run + 1));
        REQUIRE(log.Flush(5s));
    }
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 3);
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(DISTINCT run) FROM events") == 3);
    CHECK(QueryInt(dir / "kepu.db", "PRAGMA user_version") == logschema::kVersion);
}

TEST_CASE("log: a corrupted database is moved aside, never deleted, and a new one begun") {
    const auto dir = FreshDir("corrupt");
    {
        std::ofstream garbage(dir / "kepu.db", std::ios::binary);
        garbage << "this is not a database, it is what a failing SD card left behind"
                << std::string(8192, 'x');
    }
    ParticipationLog log(Settings(dir));
    log.Enqueue(SampleEvent());
    REQUIRE(log.Flush(5s));
    const auto status = log.Status();
    REQUIRE_FALSE(status.movedAside.empty());
    CHECK(status.movedAside.find("kepu.db.corrupt-") != std::string::npos);
    std::ifstream aside(status.movedAside, std::ios::binary);
    std::string head(30, '\0');
    aside.read(head.data(), 30);
    CHECK(head.rfind("this is not a database", 0) == 0);
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 1);
}

TEST_CASE("log: a damaged page is caught by the check at start") {
    const auto dir = FreshDir("damaged-page");
    {
        ParticipationLog log(Settings(dir));
        for (int i = 0; i < 2000; ++i)
            log.Enqueue(SampleEvent(i));
        REQUIRE(log.Flush(10s));
    }
    {
        // Overwrite pages 2 to 4, past the header: the kind of damage a failing card can do to a
        // file that was not even being written.
        std::fstream file(dir / "kepu.db", std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(4096);
        const std::string noise(3 * 4096, '\x5a');
        file.write(noise.data(), static_cast<std::streamsize>(noise.size()));
    }
    ParticipationLog log(Settings(dir));
    log.Enqueue(SampleEvent());
    REQUIRE(log.Flush(5s));
    CHECK_FALSE(log.Status().movedAside.empty());
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 1);
}

TEST_CASE("log: a folder that cannot be created: events wait in memory, the problem is named") {
    ParticipationLogSettings s;
    s.file = "/proc/kepu-no-such-place/kepu.db";
    s.firstRetry = 20ms;
    s.maxRetry = 50ms;
    ParticipationLog log(s);
    for (int i = 0; i < 10; ++i)
        log.Enqueue(SampleEvent(i));
    CHECK_FALSE(log.Flush(300ms));
    const auto status = log.Status();
    CHECK(status.durable == 0);
    CHECK(status.waiting == 10);
    CHECK(status.problem.find("/proc/kepu-no-such-place/kepu.db") != std::string::npos);
    CHECK(status.problem.find("make the data folder writable") != std::string::npos);
}

TEST_CASE("log: disk full, transient: retried until written, nothing lost") {
    const auto dir = FreshDir("full-transient");
    ParticipationLog log(Settings(dir, true));
    log.Enqueue(SampleEvent(1));
    REQUIRE(log.Flush(5s)); // the database exists before the disk fills
    faultvfs::Inject(SQLITE_FULL, faultvfs::Mode::Transient, 3);
    for (int i = 0; i < 50; ++i)
        log.Enqueue(SampleEvent(i));
    REQUIRE(log.Flush(10s));
    CHECK(faultvfs::FailuresReturned() >= 1);
    CHECK(log.Status().problem.empty());
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 51);
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(DISTINCT seq) FROM events") == 51);
}

TEST_CASE("log: I/O errors, persistent: the kiosk keeps going, events wait, then all are written") {
    const auto dir = FreshDir("ioerr-persistent");
    ParticipationLog log(Settings(dir, true));
    log.Enqueue(SampleEvent(1));
    REQUIRE(log.Flush(5s));
    faultvfs::Inject(SQLITE_IOERR, faultvfs::Mode::Persistent);
    for (int i = 0; i < 100; ++i)
        log.Enqueue(SampleEvent(i));
    CHECK_FALSE(log.Flush(500ms));
    WaitForProblem(log, 10s);
    auto status = log.Status();
    CHECK(status.durable == 1);
    CHECK(status.waiting == 100);
    CHECK(status.problem.find("disk I/O error") != std::string::npos);
    // What was acknowledged before the fault is still there, and readable meanwhile.
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 1);
    faultvfs::Clear();
    REQUIRE(log.Flush(10s));
    status = log.Status();
    CHECK(status.problem.empty());
    CHECK(status.waiting == 0);
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 101);
    CHECK(QueryText(dir / "kepu.db", "PRAGMA integrity_check") == "ok");
}

TEST_CASE("log: disk full, persistent: bounded memory, the newest are counted as dropped") {
    const auto dir = FreshDir("full-persistent");
    auto s = Settings(dir, true);
    s.maxBuffered = 50;
    ParticipationLog log(s);
    log.Enqueue(SampleEvent(1));
    REQUIRE(log.Flush(5s));
    faultvfs::Inject(SQLITE_FULL, faultvfs::Mode::Persistent);
    for (int i = 0; i < 80; ++i)
        log.Enqueue(SampleEvent(i));
    WaitForProblem(log, 10s);
    auto status = log.Status();
    CHECK(status.waiting == 50);
    CHECK(status.dropped == 30);
    CHECK(status.problem.find("is full; free space") != std::string::npos);
    faultvfs::Clear();
    REQUIRE(log.Flush(10s));
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 51);
}

TEST_CASE("log: a database locked by another program is waited out") {
    const auto dir = FreshDir("locked");
    ParticipationLog log(Settings(dir));
    log.Enqueue(SampleEvent(1));
    REQUIRE(log.Flush(5s));
    sql::Database other;
    REQUIRE(other.Open(dir / "kepu.db", {}).Ok());
    REQUIRE(other.Exec("BEGIN EXCLUSIVE").Ok());
    log.Enqueue(SampleEvent(2));
    // The writer waits out its 2 s busy timeout, then reports; poll rather than guess how long.
    WaitForProblem(log, 15s);
    CHECK(log.Status().problem.find("locked by another program") != std::string::npos);
    CHECK(log.Status().durable == 1);
    REQUIRE(other.Exec("COMMIT").Ok());
    other.Close();
    REQUIRE(log.Flush(10s));
    CHECK(log.Status().problem.empty());
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 2);
}

TEST_CASE("log: a database from a newer kiosk version is moved aside, not written into") {
    const auto dir = FreshDir("newer");
    {
        sql::Database db;
        REQUIRE(db.Open(dir / "kepu.db", {}).Ok());
        REQUIRE(db.Exec("CREATE TABLE future (x); PRAGMA user_version = 99;").Ok());
    }
    ParticipationLog log(Settings(dir));
    log.Enqueue(SampleEvent());
    REQUIRE(log.Flush(5s));
    const auto status = log.Status();
    CHECK(status.movedAside.find("kepu.db.newer-") != std::string::npos);
    CHECK(QueryInt(status.movedAside, "PRAGMA user_version") == 99);
    CHECK(QueryInt(dir / "kepu.db", "PRAGMA user_version") == logschema::kVersion);
    CHECK(QueryInt(dir / "kepu.db", "SELECT count(*) FROM events") == 1);
}
