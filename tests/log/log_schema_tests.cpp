// The participation log's schema on a real SQLite file: the migration from version 1 keeps every
// event, the stable codes and their dictionary tables, UNIQUE (run, seq), what the players record,
// and read-only connections querying while the writer writes.
#include "adapters/participation_log.hpp"
#include "log_test_support.hpp"
#include "storage/log_codes.hpp"
#include "storage/log_schema.hpp"

#include <catch2/catch.hpp>

#include <thread>

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

// Version 1's DDL exactly as shipped (a copy: the test must not follow later edits).
const char* const kOldSchema = R"sql(
CREATE TABLE events (
  id INTEGER PRIMARY KEY, run INTEGER NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
  visit INTEGER NOT NULL, at_utc_ms INTEGER NOT NULL, local_date TEXT NOT NULL, audience TEXT NOT NULL,
  lang TEXT NOT NULL, large_text INTEGER NOT NULL, module TEXT NOT NULL DEFAULT '',
  item TEXT NOT NULL DEFAULT '', dwell_ms INTEGER NOT NULL DEFAULT 0, end_reason TEXT NOT NULL DEFAULT '');
CREATE INDEX events_by_date ON events(local_date, kind);
CREATE INDEX events_by_visit ON events(visit);
CREATE VIEW visits AS
  SELECT s.visit, s.at_utc_ms AS started_utc_ms, e.at_utc_ms AS ended_utc_ms, s.local_date,
         e.end_reason, coalesce(e.audience, s.audience) AS audience, coalesce(e.lang, s.lang) AS lang,
         coalesce(e.large_text, s.large_text) AS large_text
  FROM events s LEFT JOIN events e ON e.visit = s.visit AND e.kind = 'visit_ended'
  WHERE s.kind = 'visit_started';
PRAGMA user_version = 1;
)sql";

// Two kiosk runs' worth of version-1 rows, including a name no code table has ('legacy_kind').
const char* const kOldRows = R"sql(
INSERT INTO events VALUES
 (1, 8814413077, 1, 'visit_started', 555, 1796000000000, '2026-11-30', 'unspecified', 'zh', 0, '', '', 0, ''),
 (2, 8814413077, 2, 'module_entered', 555, 1796000001000, '2026-11-30', 'student', 'zh', 0, 'quizzes', '', 0, ''),
 (3, 8814413077, 3, 'item_opened', 555, 1796000002000, '2026-11-30', 'student', 'en', 1, 'quizzes', 'quiz-desert-control', 0, ''),
 (4, 8814413077, 4, 'item_closed', 555, 1796000032000, '2026-11-30', 'student', 'en', 1, 'quizzes', 'quiz-desert-control', 30000, ''),
 (5, 8814413077, 5, 'module_left', 555, 1796000035000, '2026-11-30', 'student', 'en', 1, 'quizzes', '', 34000, ''),
 (6, 8814413077, 6, 'visit_ended', 555, 1796000095000, '2026-11-30', 'student', 'en', 1, '', '', 0, 'idle'),
 (7, -4242, 1, 'visit_started', 777, 1796090000000, '2026-12-01', 'senior', 'zh', 1, '', '', 0, ''),
 (8, -4242, 2, 'item_opened', 777, 1796090005000, '2026-12-01', 'senior', 'zh', 1, 'seniors', 'scan-code', 0, ''),
 (9, -4242, 3, 'legacy_kind', 777, 1796090006000, '2026-12-01', 'senior', 'zh', 1, 'seniors', 'scan-code', 0, ''),
 (10, -4242, 4, 'visit_ended', 777, 1796090009000, '2026-12-01', 'senior', 'zh', 1, '', '', 0, 'home');
)sql";

// Every column of every event, in order, as one text: equal before and after means nothing was lost.
const char* const kAllEvents =
    "SELECT group_concat(line, char(10)) FROM (SELECT run || '|' || seq || '|' || kind || '|' || visit || "
    "'|' || "
    "at_utc_ms || '|' || local_date || '|' || audience || '|' || lang || '|' || large_text || '|' || module "
    "|| '|' || "
    "item || '|' || dwell_ms || '|' || end_reason AS line FROM events ORDER BY id)";

void Exec(const std::filesystem::path& file, const char* sqlText) {
    sql::Database db;
    REQUIRE(db.Open(file, {}).Ok());
    const sql::Status s = db.Exec(sqlText);
    INFO(s.message);
    REQUIRE(s.Ok());
}

} // namespace

TEST_CASE("log schema: a version-1 database is migrated with every event kept") {
    const auto dir = FreshDir("migrate-v1");
    const auto db = dir / "kepu.db";
    Exec(db, kOldSchema);
    Exec(db, kOldRows);
    const std::string before = QueryText(db, kAllEvents);
    REQUIRE(QueryInt(db, "SELECT count(*) FROM events") == 10);

    {
        ParticipationLog log(Settings(dir));
        LogEvent after = SampleEvent(999, LogKind::VisitStarted);
        log.Enqueue(after);
        REQUIRE(log.Flush(10s));
        CHECK(log.Status().movedAside.empty());
    }
    CHECK(QueryInt(db, "PRAGMA user_version") == logschema::kVersion);
    CHECK(QueryInt(db, "SELECT count(*) FROM log_events") == 11);
    // The ten old events read exactly as before through the events view, in the same order.
    const std::string migrated = QueryText(
        db, std::string(kAllEvents)
                .replace(std::string(kAllEvents).find("ORDER BY id"), 11, "WHERE visit <> 999 ORDER BY id"));
    CHECK(migrated == before);
    CHECK(QueryText(db, "SELECT group_concat(visit || ':' || end_reason || ':' || audience, ' ') FROM visits "
                        "WHERE visit <> 999") == "555:idle:student 777:home:senior");
    // A name the code tables lack got a local code instead of being dropped.
    CHECK(QueryInt(db, "SELECT code FROM kinds WHERE name = 'legacy_kind'") == logcodes::kFirstLocalCode);
    // Version 1's text table and its two indexes are gone; (run, seq) is the table's own key.
    CHECK(
        QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'log_events'") ==
        0);
    CHECK(QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'events' AND type = 'view'") == 1);
    CHECK(QueryText(db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("log schema: events are stored as codes; the dictionary tables hold every stable code") {
    const auto dir = FreshDir("codes");
    {
        ParticipationLog log(Settings(dir));
        LogEvent end = SampleEvent(5, LogKind::VisitEnded);
        end.endReason = EndReason::Home;
        end.lang = Lang::En;
        end.item = "quiz-desert-control";
        log.Enqueue(end);
        REQUIRE(log.Flush(5s));
    }
    const auto db = dir / "kepu.db";
    CHECK(QueryText(
              db, "SELECT typeof(kind) || typeof(audience) || typeof(lang) || typeof(module) || typeof(item) "
                  "|| typeof(end_reason) FROM log_events") == "integerintegerintegerintegerintegerinteger");
    CHECK(QueryInt(db, "SELECT kind FROM log_events") == 2);
    CHECK(QueryInt(db, "SELECT audience FROM log_events") == 2);
    CHECK(QueryInt(db, "SELECT lang FROM log_events") == 1);
    CHECK(QueryInt(db, "SELECT end_reason FROM log_events") == 2);
    CHECK(QueryText(db, "SELECT item || '/' || end_reason || '/' || lang FROM events") ==
          "quiz-desert-control/home/en");
    for (const logcodes::Dictionary& dictionary : logcodes::kDictionaries)
        for (const logcodes::CodeName& entry : dictionary.codes) {
            const std::string table(dictionary.table);
            const std::string name(entry.name);
            INFO(table << " " << entry.code << " " << name);
            CHECK(QueryText(db, "SELECT name FROM " + table +
                                    " WHERE code = " + std::to_string(entry.code)) == name);
        }
    CHECK(QueryInt(db, "SELECT code FROM end_reasons WHERE name = 'shutdown'") == 4);
}

TEST_CASE("log schema: every value the core logs has a stable code") {
    for (int k = 0; k <= static_cast<int>(LogKind::SelfTestResult); ++k) {
        const std::string_view name = LogKindName(static_cast<LogKind>(k));
        INFO("LogKind " << k << " " << name);
        CHECK(logcodes::CodeOf(logcodes::kKinds, name).has_value());
    }
    for (int a = 0; a <= static_cast<int>(Audience::Other); ++a) {
        const std::string_view name = AudienceName(static_cast<Audience>(a));
        INFO("Audience " << a << " " << name);
        CHECK(logcodes::CodeOf(logcodes::kAudiences, name).has_value());
    }
    for (EndReason reason : {EndReason::Idle, EndReason::Home, EndReason::Admin}) {
        INFO("EndReason " << EndReasonName(reason));
        CHECK(logcodes::CodeOf(logcodes::kEndReasons, EndReasonName(reason)).has_value());
    }
    for (int o = 0; o <= static_cast<int>(TutorialOutcome::Abandoned); ++o) {
        INFO("TutorialOutcome " << o);
        CHECK(logcodes::CodeOf(logcodes::kTutorialOutcomes,
                               TutorialOutcomeName(static_cast<TutorialOutcome>(o))));
    }
    for (QuizMode mode : {QuizMode::Practice, QuizMode::Challenge, QuizMode::SelfTest}) {
        INFO("QuizMode " << QuizModeName(mode));
        CHECK(logcodes::CodeOf(logcodes::kQuizModes, QuizModeName(mode)).has_value());
    }
    for (int l = 0; l <= static_cast<int>(SelfTestLevel::High); ++l) {
        INFO("SelfTestLevel " << l);
        CHECK(logcodes::CodeOf(logcodes::kSelfTestLevels, SelfTestLevelName(static_cast<SelfTestLevel>(l))) ==
              l);
    }
    CHECK(logcodes::CodeOf(logcodes::kLangs, LangCode(Lang::Zh)) == 0);
    CHECK(logcodes::CodeOf(logcodes::kLangs, LangCode(Lang::En)) == 1);
}

TEST_CASE("log schema: the visits view joins through an index, not a scan per visit") {
    const auto dir = FreshDir("visits-plan");
    {
        ParticipationLog log(Settings(dir));
        log.Enqueue(SampleEvent(1, LogKind::VisitStarted));
        REQUIRE(log.Flush(5s));
    }
    // Without an index the join scans the whole log once per visit: minutes at a million events.
    sql::Database db = ReadOnly(dir / "kepu.db");
    sql::Statement plan;
    REQUIRE(db.Prepare("EXPLAIN QUERY PLAN SELECT * FROM visits", plan).Ok());
    std::string steps;
    while (plan.Next() == sql::Step::Row)
        steps += plan.Text(3) + "\n";
    INFO(steps);
    CHECK(steps.find("SCAN e") == std::string::npos);
    CHECK(steps.find("INDEX") != std::string::npos);
}

TEST_CASE("log schema: UNIQUE (run, seq), and a retried write is not stored twice") {
    const auto dir = FreshDir("unique");
    {
        ParticipationLog log(Settings(dir));
        log.Enqueue(SampleEvent(1));
        REQUIRE(log.Flush(5s));
    }
    sql::Database db;
    REQUIRE(db.Open(dir / "kepu.db", {}).Ok());
    const sql::Status duplicate = db.Exec(
        "INSERT INTO log_events (run, seq, kind, visit, at_utc_ms, local_day, audience, lang, large_text) "
        "SELECT run, seq, kind, visit, at_utc_ms, local_day, audience, lang, large_text FROM log_events");
    CHECK_FALSE(duplicate.Ok());
    CHECK(duplicate.message.find("UNIQUE") != std::string::npos);
}

TEST_CASE("log schema: what the players record is written and read back") {
    const auto dir = FreshDir("players");
    {
        ParticipationLog log(Settings(dir));
        LogEvent answer = SampleEvent(3, LogKind::QuizAnswered);
        answer.item = "everyday-science";
        answer.question = "why-sky-blue";
        answer.choices = {0, 2};
        answer.correct = true;
        answer.answerMs = 5400;
        log.Enqueue(answer);
        LogEvent result = SampleEvent(3, LogKind::QuizFinished);
        result.item = "everyday-science";
        result.quizMode = "challenge";
        result.score = 4;
        result.outOf = 5;
        result.passed = true;
        log.Enqueue(result);
        LogEvent step = SampleEvent(3, LogKind::TutorialStep);
        step.module = "seniors";
        step.item = "scan-code";
        step.step = 2;
        step.outcome = TutorialOutcome::DemoWatched;
        log.Enqueue(step);
        LogEvent reading = SampleEvent(3, LogKind::ReadingProgress);
        reading.module = "stories";
        reading.item = "zhu-kezhen";
        reading.fractionRead = 0.75;
        log.Enqueue(reading);
        REQUIRE(log.Flush(5s));
    }
    const auto db = dir / "kepu.db";
    CHECK(QueryText(
              db, "SELECT quiz || '|' || question || '|' || choices || '|' || correct || '|' || answer_ms || "
                  "'|' || local_date FROM quiz_answers WHERE visit = 3") ==
          "everyday-science|why-sky-blue|0,2|1|5400|2026-11-30");
    CHECK(QueryText(db, "SELECT quiz || '|' || mode || '|' || score || '|' || out_of || '|' || passed FROM "
                        "quiz_results") == "everyday-science|challenge|4|5|1");
    CHECK(QueryText(db, "SELECT tutorial || '|' || step || '|' || outcome FROM tutorial_steps") ==
          "scan-code|2|demo_watched");
    CHECK(QueryText(db, "SELECT story || '|' || fraction FROM reading_progress") == "zhu-kezhen|0.75");
    CHECK(QueryText(db, "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM events ORDER BY seq)") ==
          "quiz_answered quiz_finished tutorial_step reading_progress");
}

TEST_CASE("log schema: a read-only connection queries while the writer writes, and cannot write") {
    const auto dir = FreshDir("readonly");
    ParticipationLog log(Settings(dir));
    log.Enqueue(SampleEvent(1));
    REQUIRE(log.Flush(5s));
    sql::Database reader = ReadOnly(dir / "kepu.db");
    REQUIRE(reader.IsOpen());
    std::int64_t count = 0;
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 50; ++i)
            log.Enqueue(SampleEvent(i));
        const sql::Status s = reader.QueryInt("SELECT count(*) FROM events", count);
        INFO("round " << round << ": " << s.message);
        CHECK(s.Ok());
        CHECK(count >= 1);
    }
    REQUIRE(log.Flush(10s));
    CHECK(reader.QueryInt("SELECT count(*) FROM events", count).Ok());
    CHECK(count == 1001);
    const sql::Status write = reader.Exec("DELETE FROM log_events");
    CHECK_FALSE(write.Ok());
    CHECK(write.message.find("readonly") != std::string::npos);
}
