// The quiz player's log entries: quizzes played through the real engine on a manual clock, each
// event turned into its entry by QuizLogEntry, stamped for the visit by the VisitTracker.
#include "core/quiz_log.hpp"

#include <catch2/catch.hpp>

#include <tuple>

using namespace kepu;

namespace {

// Two seconds before midnight in Shanghai (2026-11-30 15:59:58 UTC): entries late in the quiz
// count towards the next day.
constexpr std::int64_t kUtcStart = 1'796'054'398'000;

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

// Two sets, so an answer's item is seen to be its own question's set.
std::vector<EngineQuestion> Pool() {
    std::vector<EngineQuestion> pool;
    for (int n = 0; n < 6; ++n)
        pool.push_back(Q(n % 2 ? "farm-set" : "home-set", "q" + std::to_string(n), 1 + n % 3));
    return pool;
}

std::vector<EngineQuestion> SelfTestPool() {
    std::vector<EngineQuestion> pool;
    for (SelfTestPart part : kSelfTestParts)
        for (int n = 0; n < 8; ++n)
            pool.push_back(
                Q("literacy", std::string(SelfTestPartName(part)) + std::to_string(n), 1 + n % 3, part));
    return pool;
}

QuizOptions Options(QuizMode mode) {
    QuizOptions options;
    options.draw.mode = mode;
    options.seed = 5;
    return options;
}

// What the VisitTracker gives the app: a visit in the quiz module, on a quiz item.
struct Visit {
    ManualClock clock{100'000, kUtcStart - 60'000};
    VisitTracker tracker{9, clock};
    VisitorChoices choices{Audience::Farmer, Lang::En, TextSize::Large};
    std::vector<LogEvent> tracked;

    Visit() {
        Track(Event(KioskEvent::Kind::VisitStarted, clock.NowMs()));
        Track(Event(KioskEvent::Kind::ScreenShown, clock.NowMs(), ScreenId::Quizzes));
        clock.Advance(60'000);
        Track(Event(KioskEvent::Kind::ScreenShown, clock.NowMs(), ScreenId::Item, "challenge"));
    }
    void Track(KioskEvent event) {
        event.choices = choices;
        for (LogEvent& e : tracker.Track(event))
            tracked.push_back(std::move(e));
    }
    LogEvent Base() const { return tracker.Stamp(clock.NowMs(), choices); }
};

std::vector<LogEvent> Entries(QuizEngine& engine, const LogEvent& base, const std::string& item) {
    std::vector<LogEvent> entries;
    for (const QuizEvent& event : engine.TakeEvents())
        entries.push_back(QuizLogEntry(event, base, item));
    return entries;
}

void CheckStamped(const LogEvent& e, const Visit& visit) {
    CHECK(e.visit == visit.tracked.front().visit);
    CHECK(e.audience == Audience::Farmer);
    CHECK(e.lang == Lang::En);
    CHECK(e.textSize == TextSize::Large);
    CHECK(e.module == "quizzes");
    CHECK(e.localDate == LocalDateShanghai(e.atUtcMs));
}

} // namespace

TEST_CASE("quiz log: Stamp gives the visit, the choices and the module as tracked now") {
    Visit visit;
    REQUIRE(visit.tracked.size() == 3); // started, module entered, item opened
    const LogEvent base = visit.Base();
    CHECK(base.visit != 0);
    CHECK(base.visit == visit.tracked.back().visit);
    CHECK(base.module == "quizzes");
    CHECK(base.audience == Audience::Farmer);
    CHECK(base.textSize == TextSize::Large);
    CHECK(base.atUtcMs == kUtcStart);
    CHECK(base.localDate == "2026-11-30");
    CHECK(base.item.empty());
}

TEST_CASE("quiz log: a timed challenge becomes started, answers (right, wrong, timed out) and finished") {
    Visit visit;
    const LogEvent base = visit.Base();
    QuizEngine engine(Pool(), Options(QuizMode::Challenge), visit.clock);
    REQUIRE(engine.QuestionCount() == 6);
    visit.clock.Advance(1'000); // right in 1 s: 10 + 5
    REQUIRE(engine.Answer({2}).accepted);
    engine.Next();
    visit.clock.Advance(3'000); // two choices, wrong
    REQUIRE(engine.Answer({0}).accepted);
    engine.Next();
    visit.clock.Advance(20'000); // the time runs out
    REQUIRE(engine.Update());
    engine.Next();
    for (int i = 3; i < 6; ++i) {
        visit.clock.Advance(10'000); // right with 10 s left: 10 + 3
        REQUIRE(engine.Answer({2}).accepted);
        engine.Next();
    }
    REQUIRE(engine.Phase() == QuizPhase::Finished);
    const std::vector<LogEvent> entries = Entries(engine, base, "challenge");
    REQUIRE(entries.size() == 8);
    for (const LogEvent& e : entries)
        CheckStamped(e, visit);

    const LogEvent& started = entries[0];
    CHECK(started.kind == LogKind::QuizStarted);
    CHECK(started.item == "challenge");
    CHECK(started.quizMode == "challenge");
    CHECK(started.topic.empty());
    CHECK(started.outOf == 6);
    CHECK(started.wanted == 10);
    CHECK(started.timed);
    CHECK(started.atUtcMs == kUtcStart);
    CHECK(started.localDate == "2026-11-30");

    const LogEvent& first = entries[1];
    CHECK(first.kind == LogKind::QuizAnswered);
    CHECK(first.item == engine.Question(0).setId);
    CHECK(first.question == engine.Question(0).id);
    CHECK(first.choices == std::vector<int>{2});
    CHECK(first.correct);
    CHECK_FALSE(first.timedOut);
    CHECK(first.answerMs == 1'000);
    CHECK(first.position == 0);
    CHECK(first.points == 15);
    CHECK(first.atUtcMs == kUtcStart + 1'000);
    CHECK(first.localDate == "2026-11-30");

    const LogEvent& wrong = entries[2];
    CHECK(wrong.item == engine.Question(1).setId);
    CHECK(wrong.item != first.item); // the pool alternates sets; each answer names its own
    CHECK(wrong.question == engine.Question(1).id);
    CHECK(wrong.choices == std::vector<int>{0});
    CHECK_FALSE(wrong.correct);
    CHECK(wrong.position == 1);
    CHECK(wrong.points == 0);
    CHECK(wrong.answerMs == 3'000);
    CHECK(wrong.localDate == "2026-12-01"); // past midnight in Shanghai

    const LogEvent& timedOut = entries[3];
    CHECK(timedOut.timedOut);
    CHECK_FALSE(timedOut.correct);
    CHECK(timedOut.choices.empty());
    CHECK(timedOut.answerMs == kChallengeLimitMs);
    CHECK(timedOut.position == 2);
    CHECK(entries[6].position == 5);
    CHECK(entries[6].points == 13);

    const LogEvent& finished = entries[7];
    CHECK(finished.kind == LogKind::QuizFinished);
    CHECK(finished.item == "challenge");
    CHECK(finished.quizMode == "challenge");
    CHECK(finished.score == 4);
    CHECK(finished.outOf == 6);
    CHECK(finished.points == 15 + 3 * 13);
    CHECK(finished.maxPoints == 6 * 15);
    CHECK(finished.stars == 2);   // 4 of 6
    CHECK_FALSE(finished.passed); // only a self-test passes
    CHECK(finished.atUtcMs == kUtcStart + 54'000);
}

TEST_CASE("quiz log: a practice quiz with a topic, and an abandoned one") {
    Visit visit;
    QuizOptions options = Options(QuizMode::Practice);
    options.draw.topic = "health";
    QuizEngine engine(Pool(), options, visit.clock);
    visit.clock.Advance(5'000);
    REQUIRE(engine.Answer({2}).accepted);
    engine.Next();
    visit.clock.Advance(5'000);
    REQUIRE(engine.Answer({1}).accepted);
    engine.Next();
    visit.clock.Advance(5'000);
    REQUIRE(engine.Answer({2}).accepted);
    engine.Next();
    visit.clock.Advance(30'000);
    engine.Abandon();
    const std::vector<LogEvent> entries = Entries(engine, visit.Base(), "home-set");
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].quizMode == "practice");
    CHECK(entries[0].topic == "health");
    CHECK_FALSE(entries[0].timed);
    CHECK(entries[1].points == 10);
    const LogEvent& abandoned = entries[4];
    CheckStamped(abandoned, visit);
    CHECK(abandoned.kind == LogKind::QuizAbandoned);
    CHECK(abandoned.item == "home-set");
    CHECK(abandoned.quizMode == "practice");
    CHECK(abandoned.score == 2);
    CHECK(abandoned.answered == 3);
    CHECK(abandoned.outOf == 6);
    CHECK(abandoned.atUtcMs == kUtcStart + 45'000);
}

TEST_CASE("quiz log: a self-test's result carries its parts and level; passed from 70 (literate) up") {
    // Wrong answers go to the last questions asked (application, then spirit): totals 75, 70, 65.
    for (const auto& [wrong, level, passed] :
         {std::tuple{5, SelfTestLevel::Literate, true}, std::tuple{6, SelfTestLevel::Literate, true},
          std::tuple{7, SelfTestLevel::Basic, false}, std::tuple{0, SelfTestLevel::High, true}}) {
        Visit visit;
        QuizEngine engine(SelfTestPool(), Options(QuizMode::SelfTest), visit.clock);
        REQUIRE(engine.QuestionCount() == 20);
        for (int i = 0; i < 20; ++i) {
            visit.clock.Advance(2'000);
            REQUIRE(engine.Answer({i < 20 - wrong ? 2 : 0}).accepted);
            engine.Next();
        }
        const std::vector<LogEvent> entries = Entries(engine, visit.Base(), "self-test");
        REQUIRE(entries.size() == 23); // started, 20 answers, finished, self-test result
        const int total = 100 - 5 * wrong;
        CAPTURE(wrong, total);
        const LogEvent& finished = entries[21];
        CHECK(finished.kind == LogKind::QuizFinished);
        CHECK(finished.quizMode == "self-test");
        CHECK(finished.score == 20 - wrong);
        CHECK(finished.outOf == 20);
        CHECK(finished.points == total);
        CHECK(finished.maxPoints == 100);
        CHECK(finished.passed == passed);
        const LogEvent& result = entries[22];
        CheckStamped(result, visit);
        CHECK(result.kind == LogKind::SelfTestResult);
        CHECK(result.item == "self-test");
        CHECK(result.total == total);
        CHECK(result.level == level);
        const int spiritLost = wrong > 4 ? 5 * (wrong - 4) : 0;
        CHECK(result.partScores == std::array<int, 4>{40, 20, 20 - spiritLost, 20 - 5 * std::min(wrong, 4)});
        CHECK(result.atUtcMs == kUtcStart + 40'000);
        CHECK(entries[0].wanted == 20);
        CHECK(entries[1].item == "literacy");
    }
}
