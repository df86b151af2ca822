// Helpers for the participation-log tests: temporary folders and reading the database back.
#pragma once
#include "core/participation.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>

namespace logtest {

inline std::filesystem::path FreshDir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("kepu-logtest-" + name);
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

// Runs a query returning one integer (or -1 on error); a fresh read-only connection each time.
inline std::int64_t QueryInt(const std::filesystem::path& db, const std::string& sql) {
    sqlite3* conn = nullptr;
    std::int64_t value = -1;
    if (sqlite3_open_v2(db.c_str(), &conn, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(conn, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(conn);
    return value;
}

inline std::string QueryText(const std::filesystem::path& db, const std::string& sql) {
    sqlite3* conn = nullptr;
    std::string value = "<error>";
    if (sqlite3_open_v2(db.c_str(), &conn, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(conn, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(conn);
    return value;
}

} // namespace logtest
