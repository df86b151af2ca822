// The participation log's database: open, check, migrate, write batches.
#include "storage/log_store.hpp"

#include "storage/log_codes.hpp"
#include "storage/log_schema.hpp"
#include "storage/move_aside.hpp"

#include "core/local_time.hpp"

#include <cstdio>
#include <unordered_map>

namespace kepu {
namespace fs = std::filesystem;
using sql::Status;

namespace {

// The stored day: the date the core gave the entry, or (should it be malformed) the day of its time.
std::int64_t LocalDay(const LogEvent& e) {
    return DayNumberOfDate(e.localDate).value_or(LocalDayNumber(e.atUtcMs));
}

std::string JoinChoices(const std::vector<int>& choices) {
    std::string text;
    for (int choice : choices)
        text += (text.empty() ? "" : ",") + std::to_string(choice);
    return text;
}

// One dictionary table (name → code). The whole table is cached; a name it lacks is added with
// the next free code at or above `firstLocal`. Forget() after a rolled-back write, since the
// cache may then hold codes that never reached the disk.
class NameCodes {
  public:
    NameCodes(std::string table, std::string key, std::int64_t firstLocal)
        : m_table(std::move(table)), m_key(std::move(key)), m_firstLocal(firstLocal) {}

    Status Prepare(sql::Database& db) {
        m_db = &db;
        m_cache.clear();
        Status s = db.Prepare("INSERT INTO " + m_table + " (" + m_key + ", name) SELECT max(coalesce(max(" +
                                  m_key + "), 0) + 1, ?), ? FROM " + m_table,
                              m_insert);
        sql::Statement all;
        if (s.Ok()) s = db.Prepare("SELECT name, " + m_key + " FROM " + m_table, all);
        if (!s.Ok()) return s;
        while (all.Next() == sql::Step::Row)
            m_cache.emplace(all.Text(0), all.Int(1));
        return all.Error();
    }

    Status Code(std::string_view name, std::int64_t& code) {
        const auto found = m_cache.find(name); // no allocation: the map looks up by string_view
        if (found != m_cache.end()) {
            code = found->second;
            return {};
        }
        m_insert.Reset();
        m_insert.Bind(1, m_firstLocal);
        m_insert.Bind(2, name);
        if (Status s = m_insert.Run(); !s.Ok()) return s;
        code = m_db->LastInsertId();
        m_cache.emplace(std::string(name), code);
        return {};
    }

    void Forget() {
        m_cache.clear();
        m_stale = true;
    }
    Status Refresh() {
        if (!m_stale) return {};
        m_stale = false;
        return Prepare(*m_db);
    }

  private:
    std::string m_table;
    std::string m_key;
    std::int64_t m_firstLocal;
    sql::Database* m_db = nullptr;
    sql::Statement m_insert;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>> m_cache;
    bool m_stale = false;
};

} // namespace

// The prepared statements and dictionary caches of one open connection.
class LogStore::Statements {
  public:
    NameCodes kinds{"kinds", "code", logcodes::kFirstLocalCode};
    NameCodes audiences{"audiences", "code", logcodes::kFirstLocalCode};
    NameCodes langs{"langs", "code", logcodes::kFirstLocalCode};
    NameCodes endReasons{"end_reasons", "code", logcodes::kFirstLocalCode};
    NameCodes modules{"modules", "code", logcodes::kFirstLocalCode};
    NameCodes outcomes{"tutorial_outcomes", "code", logcodes::kFirstLocalCode};
    NameCodes quizModes{"quiz_modes", "code", logcodes::kFirstLocalCode};
    NameCodes levels{"self_test_levels", "code", logcodes::kFirstLocalCode};
    NameCodes items{"items", "id", 1};
    sql::Statement findRun, addRun, event, quizAnswer, quizResult, tutorialStep, reading, quizStart, selfTest,
        quizAbandoned;
    std::int64_t runId = 0; // 0 until this run's row is known to be on disk

    NameCodes* All[9] = {&kinds,    &audiences, &langs,  &endReasons, &modules,
                         &outcomes, &quizModes, &levels, &items};

    Status Prepare(sql::Database& db) {
        for (NameCodes* codes : All)
            if (Status s = codes->Prepare(db); !s.Ok()) return s;
        const std::pair<sql::Statement*, const char*> statements[] = {
            {&findRun, "SELECT id FROM runs WHERE token = ? ORDER BY id DESC LIMIT 1"},
            {&addRun, "INSERT INTO runs (token, started_utc_ms) VALUES (?, ?)"},
            {&event, "INSERT OR IGNORE INTO log_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&quizAnswer, "INSERT OR IGNORE INTO log_quiz_answers (run, seq, question, choices, correct, "
                          "answer_ms, timed_out, position, points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&quizResult,
             "INSERT OR IGNORE INTO log_quiz_results (run, seq, mode, score, out_of, passed, points, "
             "max_points, stars) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&quizStart, "INSERT OR IGNORE INTO log_quiz_starts VALUES (?, ?, ?, ?, ?, ?, ?)"},
            {&selfTest, "INSERT OR IGNORE INTO log_self_tests VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
            {&quizAbandoned, "INSERT OR IGNORE INTO log_quiz_abandoned VALUES (?, ?, ?, ?, ?, ?)"},
            {&tutorialStep, "INSERT OR IGNORE INTO log_tutorial_steps VALUES (?, ?, ?, ?)"},
            {&reading, "INSERT OR IGNORE INTO log_reading VALUES (?, ?, ?)"},
        };
        for (const auto& [statement, text] : statements)
            if (Status s = db.Prepare(text, *statement); !s.Ok()) return s;
        return {};
    }

    void ForgetUnsaved() {
        for (NameCodes* codes : All)
            codes->Forget();
        runId = 0;
    }

    Status Run(sql::Database& db, std::int64_t token, std::int64_t firstEventUtcMs) {
        if (runId != 0) return {};
        findRun.Reset();
        findRun.Bind(1, token);
        const sql::Step found = findRun.Next();
        if (found == sql::Step::Error) return findRun.Error();
        const std::int64_t existing = found == sql::Step::Row ? findRun.Int(0) : 0;
        findRun.Reset(); // an unfinished statement would hold its read snapshot past the commit
        if (existing != 0) {
            runId = existing; // reopened after a fault within the same run
            return {};
        }
        addRun.Reset();
        addRun.Bind(1, token);
        addRun.Bind(2, firstEventUtcMs);
        if (Status s = addRun.Run(); !s.Ok()) return s;
        runId = db.LastInsertId();
        return {};
    }

    Status Insert(const NumberedEvent& numbered) {
        const LogEvent& e = numbered.event;
        std::int64_t kind = 0, audience = 0, lang = 0, endReason = 0, module = 0, item = 0;
        Status s = kinds.Code(LogKindName(e.kind), kind);
        if (s.Ok()) s = audiences.Code(AudienceName(e.audience), audience);
        if (s.Ok()) s = langs.Code(LangCode(e.lang), lang);
        if (s.Ok())
            s = endReasons.Code(e.kind == LogKind::VisitEnded ? EndReasonName(e.endReason) : "", endReason);
        if (s.Ok()) s = modules.Code(e.module, module);
        if (s.Ok() && !e.item.empty()) s = items.Code(e.item, item);
        if (!s.Ok()) return s;
        event.Reset();
        const std::int64_t values[] = {runId,    numbered.seq, kind,
                                       e.visit,  e.atUtcMs,    LocalDay(e),
                                       audience, lang,         e.textSize == TextSize::Large ? 1 : 0,
                                       module,   item,         e.dwellMs,
                                       endReason};
        for (int i = 0; i < 13; ++i)
            event.Bind(i + 1, values[i]);
        if (s = event.Run(); !s.Ok()) return s;

        switch (e.kind) {
        case LogKind::QuizAnswered: {
            std::int64_t question = 0;
            if (s = items.Code(e.question, question); !s.Ok()) return s;
            quizAnswer.Reset();
            quizAnswer.Bind(1, runId);
            quizAnswer.Bind(2, numbered.seq);
            quizAnswer.Bind(3, question);
            quizAnswer.Bind(4, std::string_view(JoinChoices(e.choices)));
            quizAnswer.Bind(5, e.correct ? 1 : 0);
            quizAnswer.Bind(6, e.answerMs);
            quizAnswer.Bind(7, e.timedOut ? 1 : 0);
            quizAnswer.Bind(8, e.position);
            quizAnswer.Bind(9, e.points);
            return quizAnswer.Run();
        }
        case LogKind::QuizFinished:
            quizResult.Reset();
            quizResult.Bind(1, runId);
            quizResult.Bind(2, numbered.seq);
            quizResult.Bind(3, std::string_view(e.quizMode));
            quizResult.Bind(4, e.score);
            quizResult.Bind(5, e.outOf);
            quizResult.Bind(6, e.passed ? 1 : 0);
            quizResult.Bind(7, e.points);
            quizResult.Bind(8, e.maxPoints);
            quizResult.Bind(9, e.stars);
            return quizResult.Run();
        case LogKind::TutorialStep: {
            std::int64_t outcome = 0;
            if (s = outcomes.Code(TutorialOutcomeName(e.outcome), outcome); !s.Ok()) return s;
            tutorialStep.Reset();
            tutorialStep.Bind(1, runId);
            tutorialStep.Bind(2, numbered.seq);
            tutorialStep.Bind(3, e.step);
            tutorialStep.Bind(4, outcome);
            return tutorialStep.Run();
        }
        case LogKind::ReadingProgress:
            reading.Reset();
            reading.Bind(1, runId);
            reading.Bind(2, numbered.seq);
            reading.Bind(3, e.fractionRead);
            return reading.Run();
        case LogKind::QuizStarted: {
            std::int64_t mode = 0;
            if (s = quizModes.Code(e.quizMode, mode); !s.Ok()) return s;
            quizStart.Reset();
            quizStart.Bind(1, runId);
            quizStart.Bind(2, numbered.seq);
            quizStart.Bind(3, mode);
            quizStart.Bind(4, std::string_view(e.topic));
            quizStart.Bind(5, e.outOf);
            quizStart.Bind(6, e.wanted);
            quizStart.Bind(7, e.timed ? 1 : 0);
            return quizStart.Run();
        }
        case LogKind::SelfTestResult: {
            std::int64_t level = 0;
            if (s = levels.Code(SelfTestLevelName(e.level), level); !s.Ok()) return s;
            selfTest.Reset();
            // partScores is in the blueprint's order (kSelfTestParts), which is the table's.
            const std::int64_t values[] = {runId,           numbered.seq,    e.partScores[0], e.partScores[1],
                                           e.partScores[2], e.partScores[3], e.total,         level};
            for (int i = 0; i < 8; ++i)
                selfTest.Bind(i + 1, values[i]);
            return selfTest.Run();
        }
        case LogKind::QuizAbandoned: {
            std::int64_t mode = 0;
            if (s = quizModes.Code(e.quizMode, mode); !s.Ok()) return s;
            quizAbandoned.Reset();
            const std::int64_t values[] = {runId, numbered.seq, mode, e.score, e.answered, e.outOf};
            for (int i = 0; i < 6; ++i)
                quizAbandoned.Bind(i + 1, values[i]);
            return quizAbandoned.Run();
        }
        default: return {};
        }
    }
};

LogStore::LogStore(fs::path file, sql::OpenOptions options)
    : m_file(std::move(file)), m_options(std::move(options)) {}
LogStore::~LogStore() {
    Close();
}

bool LogStore::IsOpen() const {
    return m_db.IsOpen();
}

void LogStore::Close() {
    m_statements.reset(); // statements before their connection
    m_db.Close();
}

Status LogStore::QuickCheck() {
    ++m_integrityChecks;
    sql::Statement check;
    if (Status s = m_db.Prepare("PRAGMA quick_check", check); !s.Ok()) return s;
    std::string result;
    while (check.Next() == sql::Step::Row)
        result += check.Text(0);
    if (!check.Error().Ok()) return check.Error();
    if (result != "ok") return sql::Status::Corruption("quick_check: " + result);
    return {};
}

Status LogStore::Open(std::string& movedAside) {
    std::error_code ec;
    fs::create_directories(m_file.parent_path(), ec);
    Status s = m_db.Open(m_file, m_options);
    if (s.Ok() && !m_checked) {
        s = QuickCheck();
        if (s.Ok()) m_checked = true;
    }
    int version = 0;
    if (s.IsCorruption()) {
        movedAside = MoveAside("corrupt");
        s = m_db.Open(m_file, m_options);
        m_checked = s.Ok(); // a new, empty file
    } else if (s.Ok() && logschema::Version(m_db, version).Ok() && version > logschema::kVersion) {
        // Written by a newer kiosk (a downgrade): never write into a schema we do not know.
        movedAside = MoveAside("newer");
        s = m_db.Open(m_file, m_options);
    }
    // WAL with synchronous=FULL: every commit is fsynced, so a committed event survives a power cut.
    if (s.Ok()) s = m_db.Exec("PRAGMA journal_mode=WAL");
    if (s.Ok()) s = m_db.Exec("PRAGMA synchronous=FULL");
    if (s.Ok()) s = logschema::Migrate(m_db);
    if (s.Ok()) {
        m_statements = std::make_unique<Statements>();
        s = m_statements->Prepare(m_db);
    }
    if (!s.Ok()) Close();
    return s;
}

Status LogStore::Write(const std::deque<NumberedEvent>& batch, std::int64_t runToken) {
    if (batch.empty()) return {};
    Statements& st = *m_statements;
    for (NameCodes* codes : st.All)
        if (Status s = codes->Refresh(); !s.Ok()) return s;
    sql::Transaction transaction(m_db);
    Status s = transaction.Begin();
    if (s.Ok()) s = st.Run(m_db, runToken, batch.front().event.atUtcMs);
    for (std::size_t i = 0; s.Ok() && i < batch.size(); ++i)
        s = st.Insert(batch[i]);
    if (s.Ok()) s = transaction.Commit();
    if (!s.Ok()) st.ForgetUnsaved(); // the transaction rolls back; so must what we cached from it
    return s;
}

std::string LogStore::MoveAside(const char* why) {
    Close();
    std::string error;
    const fs::path aside = kepu::MoveAside(m_file, why, UtcStamp(), error);
    if (aside.empty())
        std::fprintf(stderr, "kepu: %s\n", error.c_str()); // the reopen then reports the damage
    return aside.string();
}

} // namespace kepu
