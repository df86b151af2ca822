// The quiz engine: draws, choice order by seed, answers and scores, the challenge timer through the
// manual clock, the self-test's parts and levels at their boundaries, abandonment and log events.
#include "core/quiz_engine.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace kepu;

namespace {

EngineQuestion Q(std::string id, int difficulty = 1, std::vector<Audience> audiences = {},
                 std::string topic = "health") {
    EngineQuestion question;
    question.setId = "set";
    question.id = std::move(id);
    question.choiceCount = 4;
    question.correct = {0};
    question.difficulty = difficulty;
    question.audiences = std::move(audiences);
    question.topic = std::move(topic);
    return question;
}

// count questions per difficulty 1..3, ids d<difficulty>-<n>.
std::vector<EngineQuestion> Pool(int perDifficulty) {
    std::vector<EngineQuestion> pool;
    for (int d = 1; d <= 3; ++d)
        for (int n = 0; n < perDifficulty; ++n)
            pool.push_back(Q("d" + std::to_string(d) + "-" + std::to_string(n), d));
    return pool;
}

std::vector<EngineQuestion> SelfTestPool(int perPart) {
    std::vector<EngineQuestion> pool;
    for (SelfTestPart part : kSelfTestParts)
        for (int n = 0; n < perPart; ++n) {
            EngineQuestion question = Q(std::string(SelfTestPartName(part)) + std::to_string(n), 1 + n % 3);
            question.selfTest = part;
            pool.push_back(question);
        }
    return pool;
}

QuizOptions Options(QuizMode mode, std::uint64_t seed = 1) {
    QuizOptions options;
    options.draw.mode = mode;
    options.seed = seed;
    return options;
}

std::vector<std::string> Keys(const QuizEngine& engine) {
    std::vector<std::string> keys;
    for (int i = 0; i < engine.QuestionCount(); ++i)
        keys.push_back(QuestionKey(engine.Question(i)));
    return keys;
}

// Answers the current question right (or with a wrong single choice) and moves on.
void AnswerCurrent(QuizEngine& engine, bool right) {
    const EngineQuestion& question = engine.Current();
    std::vector<int> chosen = question.correct;
    if (!right) chosen = {question.correct[0] == 0 ? 1 : 0};
    REQUIRE(engine.Answer(chosen).accepted);
    engine.Next();
}

template <typename T> std::vector<T> EventsOf(const std::vector<QuizEvent>& events) {
    std::vector<T> out;
    for (const QuizEvent& event : events)
        if (const auto* typed = std::get_if<T>(&event)) out.push_back(*typed);
    return out;
}

} // namespace

TEST_CASE("Practice draws ten, balanced over difficulty, easiest first, no repeats within a visit") {
    const auto pool = Pool(6);
    ManualClock clock;
    QuizEngine first(pool, Options(QuizMode::Practice, 7), clock);
    REQUIRE(first.QuestionCount() == 10);
    CHECK_FALSE(first.ShortOfQuestions());
    std::map<int, int> perDifficulty;
    int previous = 0;
    for (int i = 0; i < 10; ++i) {
        ++perDifficulty[first.Question(i).difficulty];
        CHECK(first.Question(i).difficulty >= previous);
        previous = first.Question(i).difficulty;
    }
    // Round-robin 1,2,3: 4/3/3.
    CHECK(perDifficulty == std::map<int, int>{{1, 4}, {2, 3}, {3, 3}});
    const auto firstKeys = Keys(first);
    CHECK(std::set<std::string>(firstKeys.begin(), firstKeys.end()).size() == 10);

    // The second quiz of the visit avoids the first one's questions: 8 left, so it is short.
    QuizOptions again = Options(QuizMode::Practice, 7);
    again.draw.askedKeys = firstKeys;
    QuizEngine second(pool, again, clock);
    CHECK(second.QuestionCount() == 8);
    CHECK(second.ShortOfQuestions());
    for (const auto& key : Keys(second))
        CHECK(std::find(firstKeys.begin(), firstKeys.end(), key) == firstKeys.end());
}

TEST_CASE("Balance gives the others' share when one difficulty runs out") {
    auto pool = Pool(0);
    for (int n = 0; n < 2; ++n)
        pool.push_back(Q("easy" + std::to_string(n), 1));
    for (int n = 0; n < 10; ++n)
        pool.push_back(Q("mid" + std::to_string(n), 2));
    for (int n = 0; n < 10; ++n)
        pool.push_back(Q("hard" + std::to_string(n), 3));
    ManualClock clock;
    QuizEngine engine(pool, Options(QuizMode::Challenge), clock);
    std::map<int, int> perDifficulty;
    for (int i = 0; i < engine.QuestionCount(); ++i)
        ++perDifficulty[engine.Question(i).difficulty];
    CHECK(perDifficulty == std::map<int, int>{{1, 2}, {2, 4}, {3, 4}});
}

TEST_CASE("Audience and topic filters: a question with no audiences is for everyone") {
    std::vector<EngineQuestion> pool = {
        Q("farm", 1, {Audience::Farmer}, "agriculture"), Q("senior", 1, {Audience::Senior}, "health"),
        Q("both", 2, {Audience::Farmer, Audience::Senior}, "health"), Q("all", 3, {}, "space")};
    ManualClock clock;
    QuizOptions farmer = Options(QuizMode::Practice);
    farmer.draw.audience = Audience::Farmer;
    QuizEngine forFarmer(pool, farmer, clock);
    auto keys = Keys(forFarmer);
    CHECK(std::set<std::string>(keys.begin(), keys.end()) ==
          std::set<std::string>{"set/farm", "set/both", "set/all"});
    CHECK(forFarmer.ShortOfQuestions());
    CHECK(forFarmer.Wanted() == 10);

    QuizOptions health = Options(QuizMode::Practice);
    health.draw.topic = "health";
    QuizEngine onHealth(pool, health, clock);
    keys = Keys(onHealth);
    CHECK(std::set<std::string>(keys.begin(), keys.end()) == std::set<std::string>{"set/senior", "set/both"});
}

TEST_CASE("A quiz set the visitor picked: only its questions, whatever their audience") {
    std::vector<EngineQuestion> pool = {Q("farm", 1, {Audience::Farmer}), Q("senior", 2, {Audience::Senior}),
                                        Q("other", 1, {Audience::Farmer})};
    pool[2].setId = "another-set";
    ManualClock clock;
    QuizOptions options = Options(QuizMode::Practice);
    options.draw.audience = Audience::Farmer;
    options.draw.setId = "set";
    QuizEngine engine(pool, options, clock);
    auto keys = Keys(engine);
    CHECK(std::set<std::string>(keys.begin(), keys.end()) == std::set<std::string>{"set/farm", "set/senior"});
}

TEST_CASE(
    "A story's related questions: exactly those, in order, even if asked before; unknown keys skipped") {
    std::vector<EngineQuestion> pool = {Q("a", 3, {Audience::Farmer}), Q("b", 1), Q("c", 2), Q("d", 1)};
    pool[3].setId = "other";
    ManualClock clock;
    QuizOptions options = Options(QuizMode::Practice);
    options.draw.audience = Audience::Senior;
    options.draw.askedKeys = {"set/c"};
    options.draw.questionKeys = {"set/c", "other/d", "set/gone", "set/a"};
    QuizEngine engine(pool, options, clock);
    CHECK(Keys(engine) == std::vector<std::string>{"set/c", "other/d", "set/a"});
    CHECK(engine.Wanted() == 4);
}

TEST_CASE("An empty pool gives an empty quiz that is finished, not a crash") {
    ManualClock clock;
    QuizEngine engine({}, Options(QuizMode::Practice), clock);
    CHECK(engine.QuestionCount() == 0);
    CHECK(engine.ShortOfQuestions());
    CHECK(engine.Phase() == QuizPhase::Finished);
    CHECK_FALSE(engine.Answer({0}).accepted);
    const QuizResult result = engine.Result();
    CHECK(result.score == 0);
    CHECK(result.stars == 0);
    const auto events = engine.TakeEvents();
    CHECK(EventsOf<QuizStartedEvent>(events).size() == 1);
    CHECK(EventsOf<QuizFinishedEvent>(events).size() == 1);
}

TEST_CASE(
    "Choice order: the same seed gives the same quiz, other seeds differ; true-false stays 对 then 错") {
    auto pool = Pool(6);
    EngineQuestion trueFalse = Q("tf", 1);
    trueFalse.type = QuestionType::TrueFalse;
    trueFalse.choiceCount = 2;
    pool.push_back(trueFalse);
    ManualClock clock;
    auto shape = [&](std::uint64_t seed) {
        QuizOptions options = Options(QuizMode::Practice, seed);
        options.draw.topic = "health";
        QuizEngine engine(pool, options, clock);
        std::vector<std::pair<std::string, std::vector<int>>> out;
        for (int i = 0; i < engine.QuestionCount(); ++i) {
            out.emplace_back(QuestionKey(engine.Question(i)), engine.DisplayOrder(i));
            std::vector<int> sorted = engine.DisplayOrder(i);
            std::sort(sorted.begin(), sorted.end());
            CHECK(sorted == (engine.Question(i).type == QuestionType::TrueFalse
                                 ? std::vector<int>{0, 1}
                                 : std::vector<int>{0, 1, 2, 3}));
            if (engine.Question(i).type == QuestionType::TrueFalse)
                CHECK(engine.DisplayOrder(i) == std::vector<int>{0, 1});
        }
        return out;
    };
    CHECK(shape(42) == shape(42));
    int differing = 0;
    for (std::uint64_t seed = 1; seed <= 5; ++seed)
        differing += shape(seed) != shape(42) ? 1 : 0;
    CHECK(differing == 5);
    // Orders within one quiz are not all the same (the shuffle is per question).
    const auto one = shape(3);
    std::set<std::vector<int>> orders;
    for (const auto& [key, order] : one)
        if (order.size() == 4) orders.insert(order);
    CHECK(orders.size() > 1);
}

TEST_CASE("Practice scoring: 10 a right answer, time to answer from the clock, review and stars") {
    const auto pool = Pool(6);
    ManualClock clock(1000, 5'000'000);
    QuizEngine engine(pool, Options(QuizMode::Practice), clock);
    CHECK_FALSE(engine.Timed());
    CHECK_FALSE(engine.Deadline());
    for (int i = 0; i < 10; ++i) {
        clock.Advance(3000 + i * 100);
        CHECK_FALSE(engine.Update()); // no timer in practice, however long it takes
        AnswerCurrent(engine, i < 7);
    }
    CHECK(engine.Phase() == QuizPhase::Finished);
    const QuizResult result = engine.Result();
    CHECK(result.score == 70);
    CHECK(result.maxScore == 100);
    CHECK(result.rightCount == 7);
    CHECK(result.stars == 2);
    CHECK(result.band == Encouragement::WellDone);
    REQUIRE(result.review.size() == 10);
    CHECK(result.review[0].timeMs == 3000);
    CHECK(result.review[9].timeMs == 3900);
    CHECK(result.review[9].chosen == std::vector<int>{1});
    CHECK_FALSE(result.review[9].right);
    const auto events = engine.TakeEvents();
    const auto answered = EventsOf<QuizAnsweredEvent>(events);
    REQUIRE(answered.size() == 10);
    CHECK(answered[0].utcMs == 5'003'000);
    CHECK(answered[0].answer.right);
    CHECK(answered[0].answer.setId == "set");
    CHECK(answered[0].answer.questionId == engine.Question(0).id);
    const auto started = EventsOf<QuizStartedEvent>(events);
    REQUIRE(started.size() == 1);
    CHECK(started[0].questionKeys == Keys(engine));
    CHECK(started[0].utcMs == 5'000'000);
    CHECK(started[0].mode == QuizMode::Practice);
    REQUIRE(EventsOf<QuizFinishedEvent>(events).size() == 1);
    CHECK(EventsOf<QuizFinishedEvent>(events)[0].result.score == 70);
    CHECK(engine.TakeEvents().empty());
}

TEST_CASE("Stars and encouragement bands by the share right") {
    const auto pool = Pool(6);
    const std::vector<std::pair<int, int>> rightToStars = {{0, 0}, {1, 1}, {4, 1}, {5, 2},
                                                           {7, 2}, {8, 3}, {10, 3}};
    for (const auto& [right, stars] : rightToStars) {
        ManualClock clock;
        QuizEngine engine(pool, Options(QuizMode::Practice), clock);
        for (int i = 0; i < 10; ++i)
            AnswerCurrent(engine, i < right);
        CAPTURE(right);
        CHECK(engine.Result().stars == stars);
        CHECK(engine.Result().band == static_cast<Encouragement>(stars));
    }
    CHECK(EncouragementName(Encouragement::KeepExploring) == "keep-exploring");
    CHECK(EncouragementName(Encouragement::Excellent) == "excellent");
}

TEST_CASE("Multiple answers: right only for exactly the right set; bad answers are refused with a message") {
    EngineQuestion multi = Q("multi");
    multi.type = QuestionType::Multiple;
    multi.correct = {2, 0};
    auto attempt = [&](std::vector<int> chosen) {
        ManualClock clock;
        QuizEngine engine({multi}, Options(QuizMode::Practice), clock);
        return engine.Answer(std::move(chosen));
    };
    CHECK(attempt({0, 2}).right);
    CHECK(attempt({2, 0}).right);
    CHECK(attempt({2, 0, 2}).right); // a repeated tap is one choice
    CHECK_FALSE(attempt({0}).right);
    CHECK_FALSE(attempt({0, 1, 2}).right);
    CHECK(attempt({0}).accepted);
    CHECK_FALSE(attempt({}).accepted);
    CHECK(attempt({}).error == "a multiple-answer question needs at least one choice");
    CHECK(attempt({0, 4}).error == "choice 4 is not one of the 4 choices");

    ManualClock clock;
    QuizEngine single({Q("one")}, Options(QuizMode::Practice), clock);
    const AnswerOutcome two = single.Answer({0, 1});
    CHECK_FALSE(two.accepted);
    CHECK(two.error == "this question takes exactly one choice");
    CHECK(single.Phase() == QuizPhase::Asking);
    CHECK(single.Answer({0}).right);
    CHECK(single.Answer({0}).error == "no question is waiting for an answer");
}

TEST_CASE(
    "Challenge: 20 s per question through the clock, expiry is wrong with no choice, speed earns up to 5") {
    const auto pool = Pool(6);
    ManualClock clock(10'000);
    QuizEngine engine(pool, Options(QuizMode::Challenge), clock);
    REQUIRE(engine.Timed());
    CHECK(engine.Deadline() == 30'000);
    CHECK(engine.SecondsLeft() == 20);
    clock.Advance(1999);
    CHECK(engine.SecondsLeft() == 19); // rounded up: 0 shows only when the time has run out
    clock.Advance(1);
    CHECK(engine.RemainingMs() == 18'000);
    CHECK(engine.SecondsLeft() == 18);
    AnswerCurrent(engine, true); // 18 s left: 10 + 5
    CHECK(engine.Deadline() == 32'000);

    clock.Advance(19'999);
    CHECK_FALSE(engine.Update());
    AnswerCurrent(engine, true); // 1 ms left: 10 + 1

    clock.Advance(12'000);
    AnswerCurrent(engine, true); // 8 s left: 10 + 2 (a started fifth of the limit counts)

    clock.Advance(20'000);
    CHECK(engine.Update()); // exactly at the deadline it has run out
    CHECK(engine.Phase() == QuizPhase::Feedback);
    CHECK(engine.SecondsLeft() == 0); // feedback: no countdown
    CHECK_FALSE(engine.Update());
    engine.Next();

    clock.Advance(25'000); // noticed late, by the answer itself
    const AnswerOutcome late = engine.Answer({engine.Current().correct[0]});
    CHECK_FALSE(late.accepted);
    CHECK(late.error == "the time ran out before the answer");
    engine.Next();

    const QuizResult result = engine.Result();
    REQUIRE(result.review.size() == 5);
    CHECK(result.review[0].points == 15);
    CHECK(result.review[1].points == 11);
    CHECK(result.review[2].points == 12);
    for (int i : {3, 4}) {
        CHECK(result.review[i].timedOut);
        CHECK_FALSE(result.review[i].right);
        CHECK(result.review[i].chosen.empty());
        CHECK(result.review[i].timeMs == kChallengeLimitMs);
        CHECK(result.review[i].points == 0);
    }
    CHECK(engine.SecondsLeft() == 20); // the sixth question's countdown has started
    CHECK(result.score == 38);
    CHECK(result.maxScore == 150);
    // The timeout is logged at the deadline, not when it was noticed.
    const auto answered = EventsOf<QuizAnsweredEvent>(engine.TakeEvents());
    REQUIRE(answered.size() == 5);
    CHECK(answered[4].utcMs == answered[3].utcMs + 20'000);
}

TEST_CASE("Challenge in large-text mode is untimed: practice with a score") {
    const auto pool = Pool(6);
    ManualClock clock;
    QuizOptions options = Options(QuizMode::Challenge);
    options.untimed = true;
    QuizEngine engine(pool, options, clock);
    CHECK_FALSE(engine.Timed());
    CHECK_FALSE(engine.Deadline());
    clock.Advance(60'000);
    CHECK_FALSE(engine.Update());
    CHECK(engine.Answer({engine.Current().correct[0]}).points == 10);
    CHECK(engine.Result().maxScore == 100);
    CHECK_FALSE(EventsOf<QuizStartedEvent>(engine.TakeEvents())[0].timed);
}

TEST_CASE("Self-test draws 8/4/4/4 from the parts, whatever the audience; short parts are reported") {
    ManualClock clock;
    QuizOptions options = Options(QuizMode::SelfTest);
    options.draw.audience = Audience::Farmer;
    options.draw.topic = "space";
    QuizEngine full(SelfTestPool(10), options, clock);
    REQUIRE(full.QuestionCount() == 20);
    CHECK_FALSE(full.ShortOfQuestions());
    std::map<SelfTestPart, int> perPart;
    for (int i = 0; i < 20; ++i)
        ++perPart[*full.Question(i).selfTest];
    CHECK(perPart == std::map<SelfTestPart, int>{{SelfTestPart::Knowledge, 8},
                                                 {SelfTestPart::Method, 4},
                                                 {SelfTestPart::Spirit, 4},
                                                 {SelfTestPart::Application, 4}});

    auto pool = SelfTestPool(10);
    pool.push_back(Q("not-for-the-test")); // no self_test part: never drawn
    QuizEngine withOther(pool, Options(QuizMode::SelfTest), clock);
    for (const auto& key : Keys(withOther))
        CHECK(key != "set/not-for-the-test");

    QuizEngine small(SelfTestPool(3), Options(QuizMode::SelfTest), clock);
    CHECK(small.QuestionCount() == 12);
    CHECK(small.ShortOfQuestions());
    CHECK(small.Wanted() == 20);
}

TEST_CASE("Self-test levels: a boundary value belongs to the level above") {
    CHECK(LevelForTotal(0) == SelfTestLevel::NotYet);
    CHECK(LevelForTotal(50) == SelfTestLevel::NotYet);
    CHECK(LevelForTotal(54) == SelfTestLevel::NotYet);
    CHECK(LevelForTotal(55) == SelfTestLevel::Basic);
    CHECK(LevelForTotal(56) == SelfTestLevel::Basic);
    CHECK(LevelForTotal(69) == SelfTestLevel::Basic);
    CHECK(LevelForTotal(70) == SelfTestLevel::Literate);
    CHECK(LevelForTotal(71) == SelfTestLevel::Literate);
    CHECK(LevelForTotal(84) == SelfTestLevel::Literate);
    CHECK(LevelForTotal(85) == SelfTestLevel::High);
    CHECK(LevelForTotal(86) == SelfTestLevel::High);
    CHECK(LevelForTotal(100) == SelfTestLevel::High);
    CHECK(SelfTestLevelName(SelfTestLevel::Literate) == "literate");
}

TEST_CASE(
    "Self-test end to end: part scores, total, level at 50/55/60/65/70/75/80/85/90, the part to practise") {
    const auto pool = SelfTestPool(10);
    for (int wrong = 0; wrong <= 10; ++wrong) {
        ManualClock clock;
        QuizEngine engine(pool, Options(QuizMode::SelfTest, 11), clock);
        REQUIRE(engine.QuestionCount() == 20);
        // Wrong answers go to the last questions asked: application first, then spirit.
        for (int i = 0; i < 20; ++i)
            AnswerCurrent(engine, i < 20 - wrong);
        REQUIRE(engine.Phase() == QuizPhase::Finished);
        const QuizResult result = engine.Result();
        REQUIRE(result.selfTest);
        const SelfTestOutcome& outcome = *result.selfTest;
        const int total = 100 - 5 * wrong;
        CAPTURE(wrong, total);
        CHECK(outcome.total == total);
        CHECK(result.score == total);
        CHECK(result.maxScore == 100);
        // Each answer is worth its share of the 100 (the log sums answers' points per quiz).
        int answerPoints = 0;
        for (const QuestionReview& answer : result.review)
            answerPoints += answer.points;
        CHECK(answerPoints == total);
        CHECK(outcome.level == LevelForTotal(total));
        CHECK(outcome.partScores[0] == 40);
        CHECK(outcome.partScores[3] == 20 - 5 * std::min(wrong, 4));
        if (wrong == 0)
            CHECK_FALSE(outcome.practiseNext);
        else if (wrong <= 4)
            CHECK(outcome.practiseNext == SelfTestPart::Application);
        else if (wrong < 8)
            CHECK(outcome.practiseNext == SelfTestPart::Application); // spirit still ahead
        else
            CHECK(outcome.practiseNext == SelfTestPart::Spirit); // tie at 0: the earlier part
        const auto events = engine.TakeEvents();
        const auto selfTestEvents = EventsOf<SelfTestResultEvent>(events);
        REQUIRE(selfTestEvents.size() == 1);
        CHECK(selfTestEvents[0].outcome.total == total);
        CHECK(selfTestEvents[0].outcome.level == outcome.level);
        if (total == 55) CHECK(outcome.level == SelfTestLevel::Basic);
        if (total == 70) CHECK(outcome.level == SelfTestLevel::Literate);
        if (total == 85) CHECK(outcome.level == SelfTestLevel::High);
        if (total == 50) CHECK(outcome.level == SelfTestLevel::NotYet);
    }
}

TEST_CASE("The part to practise is the weakest by share, not by points") {
    // Knowledge 30/40 (75 %) is more points lost than method 16/20 (80 %)... and spirit 15/20 ties
    // knowledge's share: the earlier part wins the tie.
    CHECK(PartToPractise({30, 16, 15, 20}, {8, 4, 4, 4}) == SelfTestPart::Knowledge);
    CHECK(PartToPractise({35, 10, 15, 20}, {8, 4, 4, 4}) == SelfTestPart::Method);
    CHECK(PartToPractise({40, 20, 20, 20}, {8, 4, 4, 4}) == std::nullopt);
    // A part that had no questions is not a part to practise.
    CHECK(PartToPractise({40, 0, 20, 20}, {8, 0, 4, 4}) == std::nullopt);
    // Short parts keep their worth: 2 of 3 right of a 20-point part is 13 (13.3 rounded).
    CHECK(PartScore(SelfTestPart::Method, 2, 3) == 13);
    CHECK(PartScore(SelfTestPart::Knowledge, 8, 8) == 40);
    CHECK(PartScore(SelfTestPart::Spirit, 0, 0) == 0);
}

TEST_CASE("Abandonment reports itself with what was answered, once, and accepts nothing after") {
    const auto pool = Pool(6);
    ManualClock clock;
    QuizEngine engine(pool, Options(QuizMode::Challenge), clock);
    clock.Advance(1000);
    AnswerCurrent(engine, true);
    clock.Advance(1000);
    AnswerCurrent(engine, false);
    clock.Advance(1000);
    engine.Abandon();
    engine.Abandon();
    CHECK(engine.Phase() == QuizPhase::Abandoned);
    CHECK_FALSE(engine.Answer({0}).accepted);
    CHECK_FALSE(engine.Update());
    const QuizResult result = engine.Result();
    CHECK(result.abandoned);
    CHECK(result.answered == 2);
    CHECK(result.rightCount == 1);
    CHECK(result.questionCount == 10);
    const auto events = engine.TakeEvents();
    const auto abandoned = EventsOf<QuizAbandonedEvent>(events);
    REQUIRE(abandoned.size() == 1);
    CHECK(abandoned[0].soFar.answered == 2);
    CHECK(abandoned[0].soFar.review.size() == 2);
    CHECK(abandoned[0].soFar.score == result.score);
    CHECK(EventsOf<QuizFinishedEvent>(events).empty());
    // Abandoning a finished quiz changes nothing.
    QuizEngine done({Q("one")}, Options(QuizMode::Practice), clock);
    AnswerCurrent(done, true);
    done.Abandon();
    CHECK(done.Phase() == QuizPhase::Finished);
    CHECK_FALSE(done.Result().abandoned);
}

TEST_CASE("Quiz names are the stable ids of the format and the log") {
    CHECK(QuestionTypeName(QuestionType::TrueFalse) == "true-false");
    CHECK(SelfTestPartName(SelfTestPart::Application) == "application");
    CHECK(QuizModeName(QuizMode::SelfTest) == "self-test");
}
