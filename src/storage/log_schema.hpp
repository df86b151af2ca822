// The participation log's schema: forward migrations by PRAGMA user_version, and the dictionary
// tables filled from the stable codes in storage/log_codes.hpp. docs/participation-log.md shows it.
#pragma once
#include "storage/sqlite_db.hpp"

namespace kepu::logschema {

// 1: the first log (text columns). 2: compact (codes, dictionaries, (run, seq) as the key).
// 3: what the players record (quiz answers and results, tutorial steps, reading progress).
// 4: the quiz player's starts, self-test results and abandonments; more on answers and results.
inline constexpr int kVersion = 4;

sql::Status Version(sql::Database& db, int& version);
// Takes the database from its user_version to kVersion, each step in its own transaction, so a
// crash leaves it at a version it had. Seeds the dictionary tables with codes added since.
sql::Status Migrate(sql::Database& db);

} // namespace kepu::logschema
