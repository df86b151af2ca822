// The participation log's schema and its forward migrations.
#include "storage/log_schema.hpp"

#include "storage/log_codes.hpp"

#include <string>

namespace kepu::logschema {
namespace {

using sql::Database;
using sql::Status;

// Version 1 as shipped: never edit a shipped migration; add the next one.
const char* const kVersion1 = R"sql(
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
-- SQLite builds no automatic index on a WITHOUT ROWID table: the visit ends are materialized
-- first, so the join uses a temporary index instead of scanning the log once per visit.
CREATE VIEW visits AS
  WITH ends AS MATERIALIZED (
    SELECT visit, at_utc_ms, end_reason, audience, lang, large_text FROM log_events WHERE kind = 2)
  SELECT s.visit, s.at_utc_ms AS started_utc_ms, e.at_utc_ms AS ended_utc_ms, s.local_date,
         e.end_reason, coalesce(e.audience, s.audience) AS audience, coalesce(e.lang, s.lang) AS lang,
         coalesce(e.large_text, s.large_text) AS large_text
  FROM events s LEFT JOIN events e ON e.visit = s.visit AND e.kind = 'visit_ended'
  WHERE s.kind = 'visit_started';
)sql";

// Version 2, compact: about 40 bytes an event instead of 150. Small integer codes with their
// names in dictionary tables; (run, seq) is the key of a WITHOUT ROWID table, so the UNIQUE
// constraint costs no second index and rows are stored in the order they were logged. No date
// or visit index: a day's statistics scan the table on a worker (about 40 MB per million events,
// well under a second), and the visits view has SQLite build a temporary index for its join.
const char* const kVersion2Tables = R"sql(
CREATE TABLE kinds (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE audiences (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE langs (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE end_reasons (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE modules (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE tutorial_outcomes (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);  -- content item and question ids
CREATE TABLE runs (
  id             INTEGER PRIMARY KEY,
  token          INTEGER NOT NULL,  -- the random number the kiosk drew at start
  started_utc_ms INTEGER NOT NULL   -- the time of its first event
);
CREATE TABLE log_events (
  run         INTEGER NOT NULL,            -- runs.id
  seq         INTEGER NOT NULL,            -- 1, 2, … within the run
  kind        INTEGER NOT NULL,            -- kinds.code
  visit       INTEGER NOT NULL,            -- random per visit; 0 outside a visit
  at_utc_ms   INTEGER NOT NULL,
  local_day   INTEGER NOT NULL,            -- Asia/Shanghai date, as days since 1970-01-01
  audience    INTEGER NOT NULL,            -- audiences.code
  lang        INTEGER NOT NULL,            -- langs.code
  large_text  INTEGER NOT NULL,            -- 0, 1
  module      INTEGER NOT NULL DEFAULT 0,  -- modules.code
  item        INTEGER NOT NULL DEFAULT 0,  -- items.id; 0 for none
  dwell_ms    INTEGER NOT NULL DEFAULT 0,
  end_reason  INTEGER NOT NULL DEFAULT 0,  -- end_reasons.code
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
)sql";

// Every event of version 1 is copied; names that version 1 held but the code tables lack get
// local codes rather than being lost.
const char* const kVersion2Copy = R"sql(
INSERT INTO runs (token, started_utc_ms) SELECT run, min(at_utc_ms) FROM events GROUP BY run ORDER BY min(id);
INSERT INTO items (name) SELECT item FROM events WHERE item <> '' GROUP BY item ORDER BY min(id);
INSERT INTO log_events
  SELECT r.id, e.seq, k.code, e.visit, e.at_utc_ms,
         coalesce(CAST(julianday(e.local_date) - 2440587.5 AS INTEGER), (e.at_utc_ms + 28800000) / 86400000),
         a.code, l.code, e.large_text, m.code, coalesce(i.id, 0), e.dwell_ms, er.code
  FROM events e
  JOIN runs r ON r.token = e.run
  JOIN kinds k ON k.name = e.kind
  JOIN audiences a ON a.name = e.audience
  JOIN langs l ON l.name = e.lang
  JOIN modules m ON m.name = e.module
  JOIN end_reasons er ON er.name = e.end_reason
  LEFT JOIN items i ON i.name = e.item
  ORDER BY e.id;
DROP VIEW visits;
DROP TABLE events;
)sql";

// Readable views with version 1's columns, so `sqlite3 kepu.db "SELECT … FROM events"` still works.
const char* const kVersion2Views = R"sql(
CREATE VIEW events AS
  SELECT (e.run << 32) + e.seq AS id, r.token AS run, e.seq, k.name AS kind, e.visit, e.at_utc_ms,
         date(e.local_day * 86400, 'unixepoch') AS local_date, a.name AS audience, l.name AS lang,
         e.large_text, m.name AS module, coalesce(i.name, '') AS item, e.dwell_ms, er.name AS end_reason
  FROM log_events e
  LEFT JOIN runs r ON r.id = e.run
  LEFT JOIN kinds k ON k.code = e.kind
  LEFT JOIN audiences a ON a.code = e.audience
  LEFT JOIN langs l ON l.code = e.lang
  LEFT JOIN modules m ON m.code = e.module
  LEFT JOIN items i ON i.id = e.item
  LEFT JOIN end_reasons er ON er.code = e.end_reason;
-- SQLite builds no automatic index on a WITHOUT ROWID table: the visit ends are materialized
-- first, so the join uses a temporary index instead of scanning the log once per visit.
CREATE VIEW visits AS
  WITH ends AS MATERIALIZED (
    SELECT visit, at_utc_ms, end_reason, audience, lang, large_text FROM log_events WHERE kind = 2)
  SELECT s.visit, s.at_utc_ms AS started_utc_ms, e.at_utc_ms AS ended_utc_ms,
         date(s.local_day * 86400, 'unixepoch') AS local_date, er.name AS end_reason,
         coalesce(ea.name, sa.name) AS audience, coalesce(el.name, sl.name) AS lang,
         coalesce(e.large_text, s.large_text) AS large_text
  FROM log_events s
  LEFT JOIN ends e ON e.visit = s.visit
  LEFT JOIN end_reasons er ON er.code = e.end_reason
  LEFT JOIN audiences sa ON sa.code = s.audience
  LEFT JOIN audiences ea ON ea.code = e.audience
  LEFT JOIN langs sl ON sl.code = s.lang
  LEFT JOIN langs el ON el.code = e.lang
  WHERE s.kind = 1;
)sql";

// Version 3, the players: one row per event of the kinds that carry more than the common fields,
// keyed like the event itself.
const char* const kVersion3 = R"sql(
CREATE TABLE log_quiz_answers (
  run       INTEGER NOT NULL,
  seq       INTEGER NOT NULL,
  question  INTEGER NOT NULL,  -- items.id of the question's id
  choices   TEXT    NOT NULL,  -- the chosen choices, 0-based, comma-separated: '2', '0,3'
  correct   INTEGER NOT NULL,  -- 0, 1
  answer_ms INTEGER NOT NULL,  -- from the question shown to the answer
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE log_quiz_results (
  run    INTEGER NOT NULL,
  seq    INTEGER NOT NULL,
  mode   TEXT    NOT NULL,
  score  INTEGER NOT NULL,
  out_of INTEGER NOT NULL,
  passed INTEGER NOT NULL,
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE log_tutorial_steps (
  run     INTEGER NOT NULL,
  seq     INTEGER NOT NULL,
  step    INTEGER NOT NULL,  -- 0-based
  outcome INTEGER NOT NULL,  -- tutorial_outcomes.code
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE log_reading (
  run      INTEGER NOT NULL,
  seq      INTEGER NOT NULL,
  fraction REAL    NOT NULL,  -- furthest point read, 0 to 1
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE VIEW quiz_answers AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, it.name AS quiz,
         q.name AS question, x.choices, x.correct, x.answer_ms
  FROM log_quiz_answers x JOIN log_events e USING (run, seq)
  LEFT JOIN items it ON it.id = e.item LEFT JOIN items q ON q.id = x.question;
CREATE VIEW quiz_results AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, it.name AS quiz,
         x.mode, x.score, x.out_of, x.passed
  FROM log_quiz_results x JOIN log_events e USING (run, seq) LEFT JOIN items it ON it.id = e.item;
CREATE VIEW tutorial_steps AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, it.name AS tutorial,
         x.step, o.name AS outcome
  FROM log_tutorial_steps x JOIN log_events e USING (run, seq) LEFT JOIN items it ON it.id = e.item
  LEFT JOIN tutorial_outcomes o ON o.code = x.outcome;
CREATE VIEW reading_progress AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, it.name AS story,
         x.fraction
  FROM log_reading x JOIN log_events e USING (run, seq) LEFT JOIN items it ON it.id = e.item;
)sql";

// Version 4, the quiz player: starts, self-test results and abandonments get tables of their own; an
// answer gains whether the time ran out, its position and points, a result its points and stars.
// Columns added with defaults, so the rows of version 3 read as untimed, position 0, no points.
const char* const kVersion4 = R"sql(
CREATE TABLE quiz_modes (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE self_test_levels (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE log_quiz_starts (
  run       INTEGER NOT NULL,
  seq       INTEGER NOT NULL,
  mode      INTEGER NOT NULL,  -- quiz_modes.code
  topic     TEXT    NOT NULL,  -- the topic picked; '' for any
  questions INTEGER NOT NULL,  -- drawn
  wanted    INTEGER NOT NULL,  -- what the mode asks for: 10, or 20 for the self-test
  timed     INTEGER NOT NULL,  -- 0, 1: a challenge with its countdown
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE log_self_tests (
  run         INTEGER NOT NULL,
  seq         INTEGER NOT NULL,
  knowledge   INTEGER NOT NULL,  -- points out of 40
  method      INTEGER NOT NULL,  -- out of 20
  spirit      INTEGER NOT NULL,  -- out of 20
  application INTEGER NOT NULL,  -- out of 20
  total       INTEGER NOT NULL,  -- out of 100
  level       INTEGER NOT NULL,  -- self_test_levels.code
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE log_quiz_abandoned (
  run       INTEGER NOT NULL,
  seq       INTEGER NOT NULL,
  mode      INTEGER NOT NULL,  -- quiz_modes.code
  right     INTEGER NOT NULL,  -- answered right before leaving
  answered  INTEGER NOT NULL,
  questions INTEGER NOT NULL,  -- drawn
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
ALTER TABLE log_quiz_answers ADD COLUMN timed_out INTEGER NOT NULL DEFAULT 0;
ALTER TABLE log_quiz_answers ADD COLUMN position INTEGER NOT NULL DEFAULT 0;  -- 0-based, in its quiz
ALTER TABLE log_quiz_answers ADD COLUMN points INTEGER NOT NULL DEFAULT 0;
ALTER TABLE log_quiz_results ADD COLUMN points INTEGER NOT NULL DEFAULT 0;
ALTER TABLE log_quiz_results ADD COLUMN max_points INTEGER NOT NULL DEFAULT 0;
ALTER TABLE log_quiz_results ADD COLUMN stars INTEGER NOT NULL DEFAULT 0;
DROP VIEW quiz_answers;
DROP VIEW quiz_results;
CREATE VIEW quiz_answers AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, a.name AS audience,
         it.name AS quiz, q.name AS question, x.choices, x.correct, x.answer_ms, x.timed_out, x.position,
         x.points
  FROM log_quiz_answers x JOIN log_events e USING (run, seq)
  LEFT JOIN audiences a ON a.code = e.audience
  LEFT JOIN items it ON it.id = e.item LEFT JOIN items q ON q.id = x.question;
CREATE VIEW quiz_results AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, a.name AS audience,
         it.name AS quiz, x.mode, x.score, x.out_of, x.passed, x.points, x.max_points, x.stars
  FROM log_quiz_results x JOIN log_events e USING (run, seq)
  LEFT JOIN audiences a ON a.code = e.audience LEFT JOIN items it ON it.id = e.item;
CREATE VIEW quiz_starts AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, a.name AS audience,
         it.name AS quiz, m.name AS mode, x.topic, x.questions, x.wanted, x.timed
  FROM log_quiz_starts x JOIN log_events e USING (run, seq)
  LEFT JOIN audiences a ON a.code = e.audience LEFT JOIN items it ON it.id = e.item
  LEFT JOIN quiz_modes m ON m.code = x.mode;
CREATE VIEW self_tests AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, a.name AS audience,
         it.name AS quiz, x.knowledge, x.method, x.spirit, x.application, x.total, l.name AS level
  FROM log_self_tests x JOIN log_events e USING (run, seq)
  LEFT JOIN audiences a ON a.code = e.audience LEFT JOIN items it ON it.id = e.item
  LEFT JOIN self_test_levels l ON l.code = x.level;
CREATE VIEW quiz_abandoned AS
  SELECT e.visit, e.at_utc_ms, date(e.local_day * 86400, 'unixepoch') AS local_date, a.name AS audience,
         it.name AS quiz, m.name AS mode, x.right, x.answered, x.questions
  FROM log_quiz_abandoned x JOIN log_events e USING (run, seq)
  LEFT JOIN audiences a ON a.code = e.audience LEFT JOIN items it ON it.id = e.item
  LEFT JOIN quiz_modes m ON m.code = x.mode;
)sql";

// Fills the dictionary tables with every stable code (new ones included) and gives local codes to
// the names in version 1's columns that the code tables lack. A dictionary whose table a later
// version creates is skipped until then (migrating from version 1 seeds at version 2 and again at 4).
Status SeedDictionaries(Database& db) {
    for (const logcodes::Dictionary& dictionary : logcodes::kDictionaries) {
        sql::Statement insert;
        const std::string table(dictionary.table);
        std::int64_t exists = 0;
        if (Status s = db.QueryInt(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + table + "'", exists);
            !s.Ok())
            return s;
        if (exists == 0) continue;
        if (Status s = db.Prepare("INSERT OR IGNORE INTO " + table + " (code, name) VALUES (?, ?)", insert);
            !s.Ok())
            return s;
        for (const logcodes::CodeName& entry : dictionary.codes) {
            insert.Reset();
            insert.Bind(1, entry.code);
            insert.Bind(2, entry.name);
            if (Status s = insert.Run(); !s.Ok()) return s;
        }
    }
    return {};
}

Status AddLocalCodesFromVersion1(Database& db) {
    const std::pair<const char*, const char*> columns[] = {
        {"kinds", "kind"},     {"audiences", "audience"},     {"langs", "lang"},
        {"modules", "module"}, {"end_reasons", "end_reason"},
    };
    for (const auto& [table, column] : columns) {
        const std::string t(table);
        const std::string c(column);
        const std::string sqlText =
            "INSERT INTO " + t + " (code, name) SELECT coalesce((SELECT max(code) FROM " + t +
            " WHERE code >= " + std::to_string(logcodes::kFirstLocalCode) + ") + 1, " +
            std::to_string(logcodes::kFirstLocalCode) + ") + row_number() OVER (ORDER BY " + c + ") - 1, " +
            c + " FROM (SELECT DISTINCT " + c + " FROM events) WHERE " + c + " NOT IN (SELECT name FROM " +
            t + ")";
        if (Status s = db.Exec(sqlText); !s.Ok()) return s;
    }
    return {};
}

Status ToVersion1(Database& db) {
    return db.Exec(kVersion1);
}

Status ToVersion2(Database& db) {
    Status s = db.Exec(kVersion2Tables);
    if (s.Ok()) s = SeedDictionaries(db);
    if (s.Ok()) s = AddLocalCodesFromVersion1(db);
    if (s.Ok()) s = db.Exec(kVersion2Copy);
    if (s.Ok()) s = db.Exec(kVersion2Views);
    return s;
}

Status ToVersion3(Database& db) {
    return db.Exec(kVersion3);
}

Status ToVersion4(Database& db) {
    Status s = db.Exec(kVersion4);
    if (s.Ok()) s = SeedDictionaries(db); // the new dictionaries, and kinds 13 to 15
    return s;
}

// Entry i takes user_version i to i + 1.
Status (*const kSteps[])(Database&) = {ToVersion1, ToVersion2, ToVersion3, ToVersion4};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kVersion);

} // namespace

Status Version(Database& db, int& version) {
    std::int64_t value = 0;
    Status s = db.QueryInt("PRAGMA user_version", value);
    version = static_cast<int>(value);
    return s;
}

Status Migrate(Database& db) {
    int version = 0;
    if (Status s = Version(db, version); !s.Ok()) return s;
    for (int v = version; v < kVersion; ++v) {
        sql::Transaction transaction(db);
        Status s = transaction.Begin();
        if (s.Ok()) s = kSteps[v](db);
        if (s.Ok()) s = db.Exec("PRAGMA user_version = " + std::to_string(v + 1));
        if (s.Ok()) s = transaction.Commit();
        if (!s.Ok()) return s; // the transaction rolls back: the database stays at version v
    }
    if (version == kVersion) {
        // Codes added to log_codes.hpp since this database was made (one line there, no migration).
        sql::Transaction transaction(db);
        Status s = transaction.Begin();
        if (s.Ok()) s = SeedDictionaries(db);
        if (s.Ok()) s = transaction.Commit();
        return s;
    }
    return {};
}

} // namespace kepu::logschema
