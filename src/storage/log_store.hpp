// The participation log's database: opening (with one integrity check per opening of the log),
// migrating, and writing a batch of events in one transaction. Used by the log's writer thread only.
#pragma once
#include "core/participation.hpp"
#include "storage/sqlite_db.hpp"

#include <cstdint>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>

namespace kepu {

struct NumberedEvent {
    std::int64_t seq; // 1, 2, … in this run of the kiosk
    LogEvent event;
};

class LogStore {
  public:
    LogStore(std::filesystem::path file, sql::OpenOptions options);
    ~LogStore();
    LogStore(const LogStore&) = delete;
    LogStore& operator=(const LogStore&) = delete;

    // Opens, checks, migrates and prepares. A damaged database, or one from a newer kiosk, is moved
    // aside (movedAside names where) and a new one begun. PRAGMA quick_check reads the whole file,
    // so it runs on the first opening only, not again when a retry reopens the same file.
    sql::Status Open(std::string& movedAside);
    bool IsOpen() const;
    void Close();

    // All of batch in one transaction, or nothing. Events already stored (same run and seq, from
    // a retried commit whose outcome was unknown) are skipped, never duplicated.
    sql::Status Write(const std::deque<NumberedEvent>& batch, std::int64_t runToken);

    // Moves the file aside under "<file>.<why>-<UTC time>", closing it first. Returns the new name.
    std::string MoveAside(const char* why);

    int IntegrityChecks() const { return m_integrityChecks; } // how many quick_checks ran, for tests

  private:
    class Statements;

    sql::Status QuickCheck();

    std::filesystem::path m_file;
    sql::OpenOptions m_options;
    sql::Database m_db;
    std::unique_ptr<Statements> m_statements;
    bool m_checked = false;
    int m_integrityChecks = 0;
};

} // namespace kepu
