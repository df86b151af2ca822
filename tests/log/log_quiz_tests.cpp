// The quiz player's rows in the participation log on a real SQLite file: a schema-3 database with
// rows migrated to version 4 (every row kept, old rows read with the new columns' defaults), and
// quizzes played through the engine, turned into entries by QuizLogEntry and written through
// ParticipationLog, read back exactly through every quiz view.
#include "adapters/participation_log.hpp"
#include "core/quiz_log.hpp"
#include "log_test_support.hpp"
#include "storage/log_codes.hpp"
#include "storage/log_schema.hpp"

#include <catch2/catch.hpp>

using namespace kepu;
using namespace logtest;
using namespace std::chrono_literals;

namespace {

ParticipationLogSettings Settings(const std::filesystem::path& dir) {
    ParticipationLogSettings s;
    s.file = dir / "kepu.db";
    s.firstRetry = 50ms;
    s.maxRetry = 200ms;
    return s;
}

// Version 3's tables and views exactly as shipped (versions 2 and 3 of log_schema.cpp, without
// their comments; a copy: the test must not follow later edits), with its dictionaries.
const char* const kSchema3 = R"sql(
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
INSERT INTO kinds VALUES (1, 'visit_started'), (2, 'visit_ended'), (3, 'module_entered'), (4, 'module_left'),
  (5, 'item_opened'), (6, 'item_closed'), (7, 'item_started'), (8, 'item_completed'), (9, 'quiz_answered'),
  (10, 'quiz_finished'), (11, 'tutorial_step'), (12, 'reading_progress');
INSERT INTO audiences VALUES (0, 'unspecified'), (1, 'student'), (2, 'farmer'), (3, 'worker'), (4, 'senior'),
  (5, 'civil-servant'), (6, 'other');
INSERT INTO langs VALUES (0, 'zh'), (1, 'en');
INSERT INTO end_reasons VALUES (0, ''), (1, 'idle'), (2, 'home'), (3, 'admin'), (4, 'shutdown');
INSERT INTO modules VALUES (0, ''), (1, 'quizzes'), (2, 'stories'), (3, 'seniors');
INSERT INTO tutorial_outcomes VALUES (1, 'reached'), (2, 'completed'), (3, 'hinted'), (4, 'demo_watched'),
  (5, 'abandoned');
PRAGMA user_version = 3;
)sql";

// One visit of a schema-3 kiosk: two answers, a result, a tutorial step and reading progress.
const char* const kSchema3Rows = R"sql(
INSERT INTO runs VALUES (1, 8814413077, 1796000000000);
INSERT INTO items VALUES (1, 'everyday-science'), (2, 'why-sky-blue'), (3, 'salt-land'), (4, 'scan-code'),
  (5, 'zhu-kezhen');
INSERT INTO log_events VALUES
  (1, 1, 1, 555, 1796000000000, 20787, 2, 0, 0, 0, 0, 0, 0),
  (1, 2, 9, 555, 1796000005000, 20787, 2, 0, 0, 1, 1, 0, 0),
  (1, 3, 9, 555, 1796000009000, 20787, 2, 0, 0, 1, 1, 0, 0),
  (1, 4, 10, 555, 1796000010000, 20787, 2, 0, 0, 1, 1, 0, 0),
  (1, 5, 11, 555, 1796000020000, 20787, 2, 0, 1, 3, 4, 0, 0),
  (1, 6, 12, 555, 1796000030000, 20787, 2, 0, 1, 2, 5, 0, 0),
  (1, 7, 2, 555, 1796000090000, 20787, 2, 0, 1, 0, 0, 0, 1);
INSERT INTO log_quiz_answers VALUES (1, 2, 2, '0,2', 1, 5000), (1, 3, 3, '1', 0, 4000);
INSERT INTO log_quiz_results VALUES (1, 4, 'practice', 1, 2, 0);
INSERT INTO log_tutorial_steps VALUES (1, 5, 2, 4);
INSERT INTO log_reading VALUES (1, 6, 0.75);
)sql";

// Every column of every row of the old tables' views, in order: equal before and after the
// migration means nothing was lost.
const char* const kOldViews =
    "SELECT (SELECT group_concat(line, char(10)) FROM (SELECT id || '|' || run || '|' || seq || '|' || kind "
    "|| '|' || visit || '|' || at_utc_ms || '|' || local_date || '|' || audience || '|' || lang || '|' || "
    "large_text || '|' || module || '|' || item || '|' || dwell_ms || '|' || end_reason AS line FROM events "
    "ORDER BY id)) || char(10) || (SELECT group_concat(line, char(10)) FROM (SELECT visit || '|' || "
    "at_utc_ms || '|' || local_date || '|' || quiz || '|' || question || '|' || choices || '|' || correct || "
    "'|' || answer_ms AS line FROM quiz_answers ORDER BY at_utc_ms)) || char(10) || (SELECT visit || '|' || "
    "quiz || '|' || mode || '|' || score || '|' || out_of || '|' || passed FROM quiz_results) || char(10) || "
    "(SELECT tutorial || '|' || step || '|' || outcome FROM tutorial_steps) || char(10) || (SELECT story || "
    "'|' || fraction FROM reading_progress) || char(10) || (SELECT group_concat(visit || '|' || end_reason, "
    "' ') FROM visits)";

void Exec(const std::filesystem::path& file, const char* sqlText) {
    sql::Database db;
    REQUIRE(db.Open(file, {}).Ok());
    const sql::Status s = db.Exec(sqlText);
    INFO(s.message);
    REQUIRE(s.Ok());
}

// A query's rows as lines, columns joined by '|' in the SQL given.
std::string Lines(const std::filesystem::path& db, const std::string& line, const std::string& from) {
    return QueryText(db,
                     "SELECT group_concat(line, char(10)) FROM (SELECT " + line + " AS line " + from + ")");
}

// A kiosk event as the KioskState reports it (the choices are filled in when it is tracked).
KioskEvent Event(KioskEvent::Kind kind, Millis at, ScreenId screen = ScreenId::Attract,
                 std::string item = "") {
    KioskEvent event{};
    event.kind = kind;
    event.at = at;
    event.screen = screen;
    event.item = std::move(item);
    return event;
}

EngineQuestion Q(std::string setId, std::string id, int difficulty, std::optional<SelfTestPart> part = {}) {
    EngineQuestion question;
    question.setId = std::move(setId);
    question.id = std::move(id);
    question.choiceCount = 4;
    question.correct = {2};
    question.difficulty = difficulty;
    question.topic = "health";
    question.selfTest = part;
    return question;
}

} // namespace

TEST_CASE("log quiz: a schema-3 database is migrated to 4 with every row kept; old rows read with defaults") {
    const auto dir = FreshDir("migrate-v3");
    const auto db = dir / "kepu.db";
    Exec(db, kSchema3);
    Exec(db, kSchema3Rows);
    const std::string before = QueryText(db, kOldViews);
    REQUIRE(before.find("<") == std::string::npos);
    REQUIRE(before.find("why-sky-blue|0,2|1|5000") != std::string::npos);

    {
        ParticipationLog log(Settings(dir));
        LogEvent started = SampleEvent(999, LogKind::QuizStarted);
        started.item = "challenge";
        started.quizMode = "challenge";
        started.outOf = 10;
        started.wanted = 10;
        started.timed = true;
        log.Enqueue(started);
        REQUIRE(log.Flush(10s));
        CHECK(log.Status().movedAside.empty());
    }
    CHECK(QueryInt(db, "PRAGMA user_version") == 4);
    CHECK(logschema::kVersion == 4);
    // The old views still read every old row exactly as before (the new event is in another visit).
    const std::string after =
        QueryText(db, std::string(kOldViews).replace(std::string(kOldViews).find("FROM events ORDER BY id"),
                                                     23, "FROM events WHERE visit <> 999 ORDER BY id"));
    CHECK(after == before);
    CHECK(QueryInt(db, "SELECT count(*) FROM log_events") == 8);
    // The columns added by version 4 read as their defaults on the old rows.
    CHECK(Lines(db,
                "quiz || '|' || question || '|' || audience || '|' || timed_out || '|' || position || '|' || "
                "points",
                "FROM quiz_answers ORDER BY at_utc_ms") ==
          "everyday-science|why-sky-blue|farmer|0|0|0\neveryday-science|salt-land|farmer|0|0|0");
    CHECK(QueryText(db,
                    "SELECT quiz || '|' || mode || '|' || score || '|' || out_of || '|' || passed || '|' || "
                    "points || '|' || max_points || '|' || stars || '|' || audience FROM quiz_results") ==
          "everyday-science|practice|1|2|0|0|0|0|farmer");
    // The new event went to its own table, its kind and mode by their stable codes.
    CHECK(QueryText(db,
                    "SELECT quiz || '|' || mode || '|' || questions || '|' || wanted || '|' || timed FROM "
                    "quiz_starts") == "challenge|challenge|10|10|1");
    CHECK(QueryInt(db, "SELECT kind FROM log_events WHERE visit = 999") == 13);
    CHECK(QueryInt(db, "SELECT mode FROM log_quiz_starts") == 2);
    for (const char* dictionary : {"kinds", "quiz_modes", "self_test_levels"}) {
        INFO(dictionary);
        CHECK(QueryInt(db, std::string("SELECT count(*) FROM ") + dictionary +
                               " WHERE code >= " + std::to_string(logcodes::kFirstLocalCode)) == 0);
    }
    CHECK(Lines(db, "code || ' ' || name", "FROM kinds WHERE code > 12 ORDER BY code") ==
          "13 quiz_started\n14 quiz_abandoned\n15 self_test_result");
    CHECK(Lines(db, "code || ' ' || name", "FROM quiz_modes ORDER BY code") ==
          "1 practice\n2 challenge\n3 self-test");
    CHECK(Lines(db, "code || ' ' || name", "FROM self_test_levels ORDER BY code") ==
          "0 not-yet\n1 basic\n2 literate\n3 high");
    CHECK(QueryText(db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("log quiz: a version-1 database goes through every migration to 4") {
    // SeedDictionaries at version 2 must skip the dictionaries whose tables version 4 creates.
    const auto dir = FreshDir("migrate-v1-to-4");
    const auto db = dir / "kepu.db";
    Exec(db,
         "CREATE TABLE events (id INTEGER PRIMARY KEY, run INTEGER NOT NULL, seq INTEGER NOT NULL, "
         "kind TEXT NOT NULL, visit INTEGER NOT NULL, at_utc_ms INTEGER NOT NULL, local_date TEXT NOT "
         "NULL, audience TEXT NOT NULL, lang TEXT NOT NULL, large_text INTEGER NOT NULL, module TEXT NOT "
         "NULL DEFAULT '', item TEXT NOT NULL DEFAULT '', dwell_ms INTEGER NOT NULL DEFAULT 0, end_reason "
         "TEXT NOT NULL DEFAULT ''); CREATE VIEW visits AS SELECT * FROM events; INSERT INTO events VALUES "
         "(1, 77, 1, 'visit_started', 555, 1796000000000, '2026-11-30', 'student', 'zh', 0, '', '', 0, ''); "
         "PRAGMA user_version = 1;");
    {
        ParticipationLog log(Settings(dir));
        log.Enqueue(SampleEvent(999, LogKind::VisitStarted));
        REQUIRE(log.Flush(10s));
        CHECK(log.Status().problem.empty());
    }
    CHECK(QueryInt(db, "PRAGMA user_version") == 4);
    CHECK(QueryInt(db, "SELECT count(*) FROM events") == 2);
    CHECK(QueryInt(db, "SELECT count(*) FROM quiz_modes") == 3);
}

TEST_CASE("log quiz: quizzes played through the engine are written exactly, in every quiz view") {
    const auto dir = FreshDir("quiz-rows");
    ManualClock clock(1'000, 1'796'000'000'000); // 2026-11-30 08:53:20 in Shanghai
    VisitTracker tracker(3, clock);
    const VisitorChoices choices{Audience::Senior, Lang::Zh, TextSize::Normal};
    std::vector<LogEvent> entries;
    auto track = [&](KioskEvent event) {
        event.choices = choices;
        for (LogEvent& e : tracker.Track(event))
            entries.push_back(std::move(e));
    };
    auto play = [&](QuizEngine& engine, const std::string& item) {
        const LogEvent base = tracker.Stamp(clock.NowMs(), choices);
        for (const QuizEvent& event : engine.TakeEvents())
            entries.push_back(QuizLogEntry(event, base, item));
    };
    track(Event(KioskEvent::Kind::VisitStarted, clock.NowMs()));
    track(Event(KioskEvent::Kind::ScreenShown, clock.NowMs(), ScreenId::Quizzes));

    // A challenge: right in 2 s (10 + 5), the time runs out, then the visitor walks away.
    std::vector<EngineQuestion> pool;
    for (int n = 0; n < 6; ++n)
        pool.push_back(Q("home-set", "q" + std::to_string(n), 1 + n % 3));
    QuizOptions challenge;
    challenge.draw.mode = QuizMode::Challenge;
    challenge.seed = 4;
    QuizEngine timed(pool, challenge, clock);
    clock.Advance(2'000);
    REQUIRE(timed.Answer({2}).accepted);
    timed.Next();
    clock.Advance(20'000);
    REQUIRE(timed.Update());
    timed.Next();
    clock.Advance(8'000);
    timed.Abandon();
    play(timed, "challenge");
    const std::string firstAsked = timed.Question(0).id;
    const std::string secondAsked = timed.Question(1).id;

    // A practice quiz of one set on a topic, all right.
    QuizOptions practice;
    practice.draw.mode = QuizMode::Practice;
    practice.draw.topic = "health";
    QuizEngine set(pool, practice, clock);
    for (int i = 0; i < 6; ++i) {
        clock.Advance(3'000);
        REQUIRE(set.Answer({2}).accepted);
        set.Next();
    }
    play(set, "home-set");

    // The self-test, the last six wrong: 70, literate, passed.
    std::vector<EngineQuestion> literacy;
    for (SelfTestPart part : kSelfTestParts)
        for (int n = 0; n < 8; ++n)
            literacy.push_back(
                Q("literacy", std::string(SelfTestPartName(part)) + std::to_string(n), 1 + n % 3, part));
    QuizOptions selfTest;
    selfTest.draw.mode = QuizMode::SelfTest;
    QuizEngine test(literacy, selfTest, clock);
    for (int i = 0; i < 20; ++i) {
        clock.Advance(1'000);
        REQUIRE(test.Answer({i < 14 ? 2 : 1}).accepted);
        test.Next();
    }
    play(test, "self-test");
    track(Event(KioskEvent::Kind::VisitEnded, clock.NowMs()));

    {
        ParticipationLog log(Settings(dir));
        for (const LogEvent& e : entries)
            log.Enqueue(e);
        REQUIRE(log.Flush(10s));
        CHECK(log.Status().problem.empty());
    }
    const auto db = dir / "kepu.db";
    CHECK(QueryInt(db, "PRAGMA user_version") == 4);
    CHECK(QueryInt(db, "SELECT count(*) FROM events") == static_cast<std::int64_t>(entries.size()));
    CHECK(Lines(db, "kind || ' ' || count(*)", "FROM events GROUP BY kind ORDER BY kind") ==
          "module_entered 1\nmodule_left 1\nquiz_abandoned 1\nquiz_answered 28\nquiz_finished 2\n"
          "quiz_started 3\nself_test_result 1\nvisit_ended 1\nvisit_started 1");
    // Every quiz row belongs to the visit, in the quiz module, for its audience.
    CHECK(QueryInt(db, "SELECT count(DISTINCT visit) FROM events") == 1);
    CHECK(QueryInt(db,
                   "SELECT count(*) FROM events WHERE (kind LIKE 'quiz%' OR kind = 'self_test_result') AND "
                   "module = 'quizzes' AND audience = 'senior' AND local_date = '2026-11-30'") == 35);

    CHECK(
        Lines(
            db,
            "local_date || '|' || audience || '|' || quiz || '|' || mode || '|' || topic || '|' || questions "
            "|| '|' || wanted || '|' || timed",
            "FROM quiz_starts ORDER BY at_utc_ms") == "2026-11-30|senior|challenge|challenge||6|10|1\n"
                                                      "2026-11-30|senior|home-set|practice|health|6|10|0\n"
                                                      "2026-11-30|senior|self-test|self-test||20|20|0");
    CHECK(Lines(db,
                "quiz || '|' || question || '|' || choices || '|' || correct || '|' || answer_ms || '|' || "
                "timed_out || '|' || position || '|' || points",
                "FROM quiz_answers WHERE at_utc_ms < 1796000030000 ORDER BY at_utc_ms") ==
          "home-set|" + firstAsked + "|2|1|2000|0|0|15\nhome-set|" + secondAsked + "||0|20000|1|1|0");
    CHECK(Lines(db, "quiz || ' ' || count(*) || ' ' || sum(correct) || ' ' || sum(points)",
                "FROM quiz_answers GROUP BY quiz ORDER BY quiz") == "home-set 8 7 75\nliteracy 20 14 70");
    CHECK(QueryInt(db, "SELECT max(position) FROM quiz_answers WHERE quiz = 'literacy'") == 19);
    CHECK(Lines(db,
                "audience || '|' || quiz || '|' || mode || '|' || score || '|' || out_of || '|' || passed || "
                "'|' || points || '|' || max_points || '|' || stars",
                "FROM quiz_results ORDER BY at_utc_ms") ==
          "senior|home-set|practice|6|6|0|60|60|3\nsenior|self-test|self-test|14|20|1|70|100|2");
    CHECK(Lines(db,
                "audience || '|' || quiz || '|' || knowledge || '|' || method || '|' || spirit || '|' || "
                "application || '|' || total || '|' || level",
                "FROM self_tests") == "senior|self-test|40|20|10|0|70|literate");
    CHECK(
        Lines(db,
              "audience || '|' || quiz || '|' || mode || '|' || right || '|' || answered || '|' || questions",
              "FROM quiz_abandoned") == "senior|challenge|challenge|1|2|6");
    // Stored as codes: the level and the modes by their stable numbers.
    CHECK(QueryInt(db, "SELECT level FROM log_self_tests") == 2);
    CHECK(Lines(db, "mode", "FROM log_quiz_starts ORDER BY seq") == "2\n1\n3");
    CHECK(QueryInt(db, "SELECT mode FROM log_quiz_abandoned") == 2);
}
