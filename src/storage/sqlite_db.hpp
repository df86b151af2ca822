// The one SQLite layer: owning handles for a connection, a prepared statement and a transaction,
// the busy/retry policy in one place, and person-readable descriptions of failures. Nothing else
// in the program calls sqlite3_* directly; the C handles stay out of this header.
#pragma once
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kepu::sql {

// The result of a call: SQLite's extended result code (0 = SQLITE_OK) and its message.
struct Status {
    int code = 0;
    std::string message;

    bool Ok() const { return code == 0; }
    int Primary() const { return code & 0xFF; }    // SQLITE_BUSY, SQLITE_FULL, … without the extension
    bool IsCorruption() const;                     // SQLITE_CORRUPT or SQLITE_NOTADB
    bool IsBusy() const;                           // SQLITE_BUSY or SQLITE_LOCKED
    static Status Corruption(std::string message); // a damage found by a check, as SQLITE_CORRUPT
};

// The busy/retry policy, in one place: how long one statement waits for another program's lock
// (SQLite's busy handler), and how a writer backs off between whole attempts while a fault lasts.
struct RetryPolicy {
    std::chrono::milliseconds busyTimeout{2000};
    std::chrono::milliseconds firstRetry{250};
    std::chrono::milliseconds maxRetry{5000};
};

// Doubles the wait after each failure, up to the policy's maximum; Reset() after a success.
class Backoff {
  public:
    explicit Backoff(const RetryPolicy& policy) : m_policy(policy), m_next(policy.firstRetry) {}
    std::chrono::milliseconds Next();
    void Reset() { m_next = m_policy.firstRetry; }

  private:
    RetryPolicy m_policy;
    std::chrono::milliseconds m_next;
};

enum class Access {
    ReadWrite, // creates the file if missing; the single writer
    ReadOnly,  // for queries on workers while the writer writes (WAL lets both run at once)
};

struct OpenOptions {
    Access access = Access::ReadWrite;
    std::string vfs; // empty for SQLite's default (tests inject faults through their own)
    RetryPolicy retry;
};

class Statement;

// One connection. Use it from one thread at a time (opened with SQLITE_OPEN_NOMUTEX).
class Database {
  public:
    Database() = default;
    ~Database() { Close(); }
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status Open(const std::filesystem::path& file, const OpenOptions& options);
    void Close();
    bool IsOpen() const { return m_db != nullptr; }

    Status Exec(std::string_view sql); // one or more statements, no results
    Status Prepare(std::string_view sql, Statement& out);
    // The first column of the first row as an integer (0 when there is no row).
    Status QueryInt(std::string_view sql, std::int64_t& out);
    std::int64_t LastInsertId() const;
    bool InTransaction() const;
    std::string LastMessage() const;

  private:
    Status Result(int code) const;

    sqlite3* m_db = nullptr;
};

enum class Step { Row, Done, Error };

// A prepared statement bound to its Database (which must outlive it). Parameters count from 1,
// columns from 0, as in SQLite.
class Statement {
  public:
    Statement() = default;
    ~Statement() { Finalize(); }
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool IsPrepared() const { return m_stmt != nullptr; }
    void Reset(); // ready to bind and step again; bindings are cleared
    void Finalize();

    void Bind(int index, std::int64_t value);
    void Bind(int index, int value) { Bind(index, static_cast<std::int64_t>(value)); }
    void Bind(int index, double value);
    void Bind(int index, std::string_view text); // copied; an empty view is '' (never NULL)
    void BindNull(int index);

    Step Next();  // Row: read the columns; Done: finished; Error: see Error()
    Status Run(); // steps to the end; Ok when the statement finished
    const Status& Error() const { return m_error; }

    std::int64_t Int(int column) const;
    double Real(int column) const;
    std::string Text(int column) const;
    bool IsNull(int column) const;

  private:
    friend class Database;
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    Status m_error;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted, so no path leaves a transaction open.
class Transaction {
  public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status Begin();
    Status Commit();

  private:
    Database& m_db;
    bool m_open = false;
};

// A failure described for the admin screen: what happened to which file, and what to do.
std::string Describe(const Status& status, const std::filesystem::path& file);

} // namespace kepu::sql
