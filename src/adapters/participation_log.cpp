// The participation log: SQLite in WAL mode behind a writer thread.
#include "adapters/participation_log.hpp"

#include "storage/move_aside.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <iterator>
#include <random>

namespace kepu {
namespace fs = std::filesystem;

namespace {

// Forward migrations: entry i takes user_version i to i + 1. Never edit a shipped entry; add one.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  run         INTEGER NOT NULL,   -- random per kiosk start; with seq, the writer's own numbering
  seq         INTEGER NOT NULL,
  kind        TEXT    NOT NULL,   -- visit_started, visit_ended, module_entered, module_left, item_…
  visit       INTEGER NOT NULL,   -- random per visit; 0 outside a visit
  at_utc_ms   INTEGER NOT NULL,
  local_date  TEXT    NOT NULL,   -- Asia/Shanghai date the event counts towards, YYYY-MM-DD
  audience    TEXT    NOT NULL,   -- unspecified, student, farmer, worker, senior, civil-servant, other
  lang        TEXT    NOT NULL,   -- zh, en
  large_text  INTEGER NOT NULL,   -- 0, 1
  module      TEXT    NOT NULL DEFAULT '',
  item        TEXT    NOT NULL DEFAULT '',
  dwell_ms    INTEGER NOT NULL DEFAULT 0,
  end_reason  TEXT    NOT NULL DEFAULT ''  -- visit_ended: idle, home, admin
);
CREATE INDEX events_by_date ON events(local_date, kind);
CREATE INDEX events_by_visit ON events(visit);
CREATE VIEW visits AS
  SELECT s.visit, s.at_utc_ms AS started_utc_ms, e.at_utc_ms AS ended_utc_ms, s.local_date,
         e.end_reason, coalesce(e.audience, s.audience) AS audience, coalesce(e.lang, s.lang) AS lang,
         coalesce(e.large_text, s.large_text) AS large_text
  FROM events s LEFT JOIN events e ON e.visit = s.visit AND e.kind = 'visit_ended'
  WHERE s.kind = 'visit_started';
)sql",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

std::string Describe(int code, const fs::path& file, const char* detail) {
    const std::string where = file.string();
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return "the disk holding " + where + " is full; free space on it (visits wait in memory meanwhile)";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return "cannot write " + where + " (read-only disk or no permission); make the data folder writable";
    case SQLITE_IOERR:
        return "disk I/O error on " + where + " (" + detail + "); check the disk (dmesg, SMART)";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return where + " is locked by another program; is a second kiosk using the same data folder?";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return where + " is damaged; it is moved aside and a new log begun";
    default: return "cannot write " + where + ": " + detail;
    }
}

bool IsCorruption(int code) { return (code & 0xFF) == SQLITE_CORRUPT || (code & 0xFF) == SQLITE_NOTADB; }

} // namespace

// The SQLite side: one connection and one prepared insert, used by the writer thread only.
class ParticipationLog::Writer {
public:
    explicit Writer(const ParticipationLogSettings& settings) : m_settings(settings) {}
    ~Writer() { Close(); }

    bool IsOpen() const { return m_db != nullptr; }

    // Returns an empty string when the log is ready, else the problem. movedAside names a
    // corrupted database that was moved out of the way.
    std::string Open(std::string& movedAside) {
        std::error_code ec;
        fs::create_directories(m_settings.file.parent_path(), ec);
        int code = OpenConnection();
        if (code == SQLITE_OK) code = QuickCheck();
        if (IsCorruption(code)) {
            movedAside = MoveAside("corrupt");
            code = OpenConnection();
        } else if (code == SQLITE_OK && SchemaVersion() > kSchemaVersion) {
            // Written by a newer kiosk (a downgrade): never write into a schema we do not know.
            movedAside = MoveAside("newer");
            code = OpenConnection();
        }
        if (code == SQLITE_OK) code = Prepare();
        if (code != SQLITE_OK) {
            const std::string problem = Describe(code, m_settings.file, m_db ? sqlite3_errmsg(m_db) : "open failed");
            Close();
            return problem;
        }
        return {};
    }

    // All of batch in one transaction. Returns SQLITE_OK or the failing code (nothing half-written).
    int Write(const std::deque<Pending>& batch, std::int64_t run) {
        int code = Exec("BEGIN IMMEDIATE");
        for (std::size_t i = 0; code == SQLITE_OK && i < batch.size(); ++i) code = Insert(batch[i], run);
        if (code == SQLITE_OK) code = Exec("COMMIT");
        if (code != SQLITE_OK) {
            m_lastError = sqlite3_errmsg(m_db);
            if (!sqlite3_get_autocommit(m_db)) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        }
        return code;
    }

    const char* LastError() const { return m_lastError.c_str(); }

    void Close() {
        if (m_insert) sqlite3_finalize(m_insert);
        if (m_db) sqlite3_close_v2(m_db);
        m_insert = nullptr;
        m_db = nullptr;
    }

    std::string MoveAside(const char* why) {
        Close();
        std::string error;
        const fs::path aside = kepu::MoveAside(m_settings.file, why, UtcStamp(), error);
        if (aside.empty()) std::fprintf(stderr, "kepu: %s\n", error.c_str()); // the reopen then reports the damage
        return aside.string();
    }

private:
    int OpenConnection() {
        const int code = sqlite3_open_v2(m_settings.file.c_str(), &m_db,
                                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                         m_settings.vfs.empty() ? nullptr : m_settings.vfs.c_str());
        if (code != SQLITE_OK) return code;
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, 2000);
        return SQLITE_OK;
    }

    int QuickCheck() {
        std::string result;
        const int code = sqlite3_exec(
            m_db, "PRAGMA quick_check",
            [](void* out, int, char** values, char**) {
                *static_cast<std::string*>(out) += values[0] ? values[0] : "";
                return 0;
            },
            &result, nullptr);
        if (code != SQLITE_OK) return code;
        return result == "ok" ? SQLITE_OK : SQLITE_CORRUPT;
    }

    int Prepare() {
        // WAL with synchronous=FULL: every commit is fsynced, so a committed event survives a power cut.
        int code = Exec("PRAGMA journal_mode=WAL");
        if (code == SQLITE_OK) code = Exec("PRAGMA synchronous=FULL");
        if (code == SQLITE_OK) code = Migrate();
        if (code == SQLITE_OK)
            code = sqlite3_prepare_v2(m_db,
                                      "INSERT INTO events (run, seq, kind, visit, at_utc_ms, local_date, audience, "
                                      "lang, large_text, module, item, dwell_ms, end_reason) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                      -1, &m_insert, nullptr);
        return code;
    }

    int SchemaVersion() {
        int version = 0;
        sqlite3_exec(
            m_db, "PRAGMA user_version",
            [](void* out, int, char** values, char**) {
                *static_cast<int*>(out) = values[0] ? std::atoi(values[0]) : 0;
                return 0;
            },
            &version, nullptr);
        return version;
    }

    int Migrate() {
        for (int v = SchemaVersion(); v < kSchemaVersion; ++v) {
            int code = Exec("BEGIN IMMEDIATE");
            if (code == SQLITE_OK) code = Exec(kMigrations[v]);
            if (code == SQLITE_OK) code = Exec(("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
            if (code == SQLITE_OK) code = Exec("COMMIT");
            if (code != SQLITE_OK) {
                sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
                return code;
            }
        }
        return SQLITE_OK;
    }

    int Exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

    int Insert(const Pending& p, std::int64_t run) {
        const LogEvent& e = p.event;
        sqlite3_reset(m_insert);
        const auto text = [&](int index, std::string_view value) {
            // An empty view may have no data pointer, which SQLite would store as NULL.
            sqlite3_bind_text(m_insert, index, value.empty() ? "" : value.data(), static_cast<int>(value.size()),
                              SQLITE_TRANSIENT);
        };
        sqlite3_bind_int64(m_insert, 1, run);
        sqlite3_bind_int64(m_insert, 2, p.seq);
        text(3, LogKindName(e.kind));
        sqlite3_bind_int64(m_insert, 4, e.visit);
        sqlite3_bind_int64(m_insert, 5, e.atUtcMs);
        text(6, e.localDate);
        text(7, AudienceName(e.audience));
        text(8, LangCode(e.lang));
        sqlite3_bind_int(m_insert, 9, e.textSize == TextSize::Large ? 1 : 0);
        text(10, e.module);
        text(11, e.item);
        sqlite3_bind_int64(m_insert, 12, e.dwellMs);
        text(13, e.kind == LogKind::VisitEnded ? EndReasonName(e.endReason) : std::string_view());
        const int code = sqlite3_step(m_insert);
        return code == SQLITE_DONE ? SQLITE_OK : code;
    }

    const ParticipationLogSettings& m_settings;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    std::string m_lastError;
};

namespace {
std::int64_t RandomRun() {
    std::random_device random;
    const std::int64_t run = (static_cast<std::int64_t>(random()) << 31) ^ random();
    return run == 0 ? 1 : run;
}
} // namespace

ParticipationLog::ParticipationLog(ParticipationLogSettings settings)
    : m_settings(std::move(settings)), m_run(RandomRun()) {
    m_thread = std::thread([this] { WriterLoop(); });
}

ParticipationLog::~ParticipationLog() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::int64_t ParticipationLog::Enqueue(LogEvent event) {
    std::unique_lock lock(m_mutex);
    if (m_waiting >= m_settings.maxBuffered) {
        ++m_dropped; // the disk has refused events for a long time; the newest are not kept
        return 0;
    }
    const std::int64_t seq = ++m_enqueued;
    const bool wasIdle = m_incoming.empty();
    m_incoming.push_back({seq, std::move(event)});
    ++m_waiting;
    lock.unlock();
    if (wasIdle) m_wake.notify_one();
    return seq;
}

ParticipationLogStatus ParticipationLog::Status() const {
    std::lock_guard lock(m_mutex);
    return {m_enqueued, m_durable, m_waiting, m_dropped, m_problem, m_movedAside};
}

bool ParticipationLog::Flush(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    const std::int64_t target = m_enqueued;
    return m_durableChanged.wait_for(lock, timeout, [&] { return m_durable >= target; });
}

void ParticipationLog::WriterLoop() {
    Writer writer(m_settings);
    std::deque<Pending> pending;
    std::deque<Pending> arrived;
    auto retry = m_settings.firstRetry;
    bool failing = false;
    std::chrono::steady_clock::time_point stopDeadline{};

    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (failing) m_wake.wait_for(lock, retry, [&] { return m_stop; });
            else if (pending.empty()) m_wake.wait(lock, [&] { return m_stop || !m_incoming.empty(); });
            // A short window so a burst of events becomes one transaction (one fsync).
            if (!m_stop && !failing) m_wake.wait_for(lock, m_settings.batchWindow, [&] { return m_stop; });
            arrived.swap(m_incoming); // O(1) under the lock; the frame thread is never held up
            if (m_stop) {
                if (pending.empty() && arrived.empty()) return;
                if (stopDeadline == std::chrono::steady_clock::time_point{})
                    stopDeadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
                else if (std::chrono::steady_clock::now() > stopDeadline)
                    return; // the disk keeps refusing; what is not durable was never acknowledged
            }
        }
        if (pending.empty()) pending.swap(arrived);
        else std::move(arrived.begin(), arrived.end(), std::back_inserter(pending));
        arrived.clear();

        std::string problem;
        std::string movedAside;
        if (!writer.IsOpen()) problem = writer.Open(movedAside);
        if (problem.empty()) {
            const int code = writer.Write(pending, m_run);
            if (code != SQLITE_OK) {
                problem = Describe(code, m_settings.file, writer.LastError());
                if (IsCorruption(code)) movedAside = writer.MoveAside("corrupt"); // reopened on the next try
                else if ((code & 0xFF) != SQLITE_BUSY) writer.Close();   // reopen: the disk may be back
            }
        }

        std::lock_guard lock(m_mutex);
        if (!movedAside.empty()) m_movedAside = movedAside;
        if (problem.empty()) {
            m_durable = pending.back().seq;
            m_waiting -= pending.size();
            pending.clear();
            m_problem.clear();
            failing = false;
            retry = m_settings.firstRetry;
            m_durableChanged.notify_all();
        } else {
            m_problem = problem;
            failing = true;
            retry = std::min(retry * 2, m_settings.maxRetry);
        }
    }
}

} // namespace kepu
