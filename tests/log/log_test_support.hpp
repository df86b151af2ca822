// Helpers for the participation-log tests: temporary folders unique to this test run, and reading
// the database back through the storage layer's read-only connections.
#pragma once
#include "core/participation.hpp"
#include "storage/sqlite_db.hpp"
#include "temp_dir.hpp"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace logtest {

// One folder per test process (mkdtemp), removed at exit, so two test runs on one machine never
// share or delete each other's files.
inline const std::filesystem::path& RunDir() {
    static const kepu::testing::TempDir dir("kepu-logtest");
    return dir.Path();
}

inline std::filesystem::path FreshDir(const std::string& name) {
    const auto dir = RunDir() / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline kepu::LogEvent SampleEvent(std::int64_t visit = 42, kepu::LogKind kind = kepu::LogKind::ModuleLeft) {
    kepu::LogEvent e;
    e.kind = kind;
    e.visit = visit;
    e.atUtcMs = 1'796'000'000'000; // 2026-11-30 (UTC)
    e.localDate = kepu::LocalDateShanghai(e.atUtcMs);
    e.audience = kepu::Audience::Farmer;
    e.module = "quizzes";
    e.dwellMs = 12'345;
    return e;
}

inline kepu::sql::Database ReadOnly(const std::filesystem::path& db) {
    kepu::sql::Database conn;
    kepu::sql::OpenOptions options;
    options.access = kepu::sql::Access::ReadOnly;
    conn.Open(db, options);
    return conn;
}

// Runs a query returning one integer (or -1 on error); a fresh read-only connection each time.
inline std::int64_t QueryInt(const std::filesystem::path& db, const std::string& sql) {
    kepu::sql::Database conn = ReadOnly(db);
    kepu::sql::Statement statement;
    if (!conn.Prepare(sql, statement).Ok() || statement.Next() != kepu::sql::Step::Row) return -1;
    return statement.Int(0);
}

// The first column of the first row as text, or "<error: …>" / "<no row>".
inline std::string QueryText(const std::filesystem::path& db, const std::string& sql) {
    kepu::sql::Database conn = ReadOnly(db);
    kepu::sql::Statement statement;
    if (const auto s = conn.Prepare(sql, statement); !s.Ok()) return "<error: " + s.message + ">";
    switch (statement.Next()) {
    case kepu::sql::Step::Row: return statement.Text(0);
    case kepu::sql::Step::Done: return "<no row>";
    case kepu::sql::Step::Error: break;
    }
    return "<error: " + statement.Error().message + ">";
}

} // namespace logtest
