// The one SQLite layer: owning handles, the busy/retry policy, failures described for people.
#include "storage/sqlite_db.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace kepu::sql {

bool Status::IsCorruption() const {
    return Primary() == SQLITE_CORRUPT || Primary() == SQLITE_NOTADB;
}
bool Status::IsBusy() const {
    return Primary() == SQLITE_BUSY || Primary() == SQLITE_LOCKED;
}
Status Status::Corruption(std::string message) {
    return {SQLITE_CORRUPT, std::move(message)};
}

std::chrono::milliseconds Backoff::Next() {
    const auto wait = m_next;
    m_next = std::min(m_next * 2, m_policy.maxRetry);
    return wait;
}

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        Close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Status Database::Open(const std::filesystem::path& file, const OpenOptions& options) {
    Close();
    const int flags = (options.access == Access::ReadOnly ? SQLITE_OPEN_READONLY
                                                          : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    const int code =
        sqlite3_open_v2(file.c_str(), &m_db, flags, options.vfs.empty() ? nullptr : options.vfs.c_str());
    if (code != SQLITE_OK) {
        Status failed{code, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code)};
        Close(); // SQLite hands back a handle even when opening fails; it must still be closed
        return failed;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, static_cast<int>(options.retry.busyTimeout.count()));
    return {};
}

void Database::Close() {
    // close_v2 defers the close until the last statement is finalized, so order never matters.
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Status Database::Result(int code) const {
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW) return {};
    return {code, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code)};
}

Status Database::Exec(std::string_view sql) {
    if (!m_db) return {SQLITE_MISUSE, "the database is not open"};
    const std::string text(sql);
    return Result(sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr));
}

Status Database::Prepare(std::string_view sql, Statement& out) {
    out.Finalize();
    if (!m_db) return {SQLITE_MISUSE, "the database is not open"};
    const int code = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &out.m_stmt, nullptr);
    out.m_db = m_db;
    return Result(code);
}

Status Database::QueryInt(std::string_view sql, std::int64_t& out) {
    Statement statement;
    if (Status s = Prepare(sql, statement); !s.Ok()) return s;
    out = 0;
    switch (statement.Next()) {
    case Step::Row: out = statement.Int(0); return {};
    case Step::Done: return {};
    case Step::Error: break;
    }
    return statement.Error();
}

std::int64_t Database::LastInsertId() const {
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}
bool Database::InTransaction() const {
    return m_db && !sqlite3_get_autocommit(m_db);
}
std::string Database::LastMessage() const {
    return m_db ? sqlite3_errmsg(m_db) : "the database is not open";
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_error(std::move(other.m_error)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        Finalize();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
    }
    return *this;
}

void Statement::Finalize() {
    if (m_stmt) sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void Statement::Reset() {
    if (!m_stmt) return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error = {};
}

void Statement::Bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
}
void Statement::Bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}
void Statement::Bind(int index, std::string_view text) {
    // An empty view may have no data pointer, which SQLite would store as NULL.
    sqlite3_bind_text(m_stmt, index, text.empty() ? "" : text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
}
void Statement::BindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

Step Statement::Next() {
    if (!m_stmt) {
        m_error = {SQLITE_MISUSE, "the statement is not prepared"};
        return Step::Error;
    }
    const int code = sqlite3_step(m_stmt);
    if (code == SQLITE_ROW) return Step::Row;
    if (code == SQLITE_DONE) return Step::Done;
    m_error = {code, sqlite3_errmsg(m_db)};
    return Step::Error;
}

Status Statement::Run() {
    for (;;) {
        switch (Next()) {
        case Step::Row: continue;
        case Step::Done: return {};
        case Step::Error: return m_error;
        }
    }
}

std::int64_t Statement::Int(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::Real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}
std::string Statement::Text(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string();
}
bool Statement::IsNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::~Transaction() {
    if (m_open && m_db.InTransaction()) m_db.Exec("ROLLBACK");
}

Status Transaction::Begin() {
    Status s = m_db.Exec("BEGIN IMMEDIATE");
    m_open = s.Ok();
    return s;
}

Status Transaction::Commit() {
    Status s = m_db.Exec("COMMIT");
    if (s.Ok()) m_open = false;
    return s;
}

std::string Describe(const Status& status, const std::filesystem::path& file) {
    const std::string where = file.string();
    switch (status.Primary()) {
    case SQLITE_OK: return {};
    case SQLITE_FULL:
        return "the disk holding " + where + " is full; free space on it (visits wait in memory meanwhile)";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return "cannot write " + where + " (read-only disk or no permission); make the data folder writable";
    case SQLITE_IOERR:
        return "disk I/O error on " + where + " (" + status.message + "); check the disk (dmesg, SMART)";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return where + " is locked by another program; is a second kiosk using the same data folder?";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return where + " is damaged; it is moved aside and a new log begun";
    default: return "cannot write " + where + ": " + status.message;
    }
}

} // namespace kepu::sql
