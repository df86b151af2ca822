// One quiz from start to result: the seeded draw and choice order, answers and their times from the
// injected clock, the challenge's 20 s limit, scores, stars, the self-test's parts and level, and
// plain event records for the participation log. Pure: no screens, no database.
#pragma once
#include "core/clock.hpp"
#include "core/quiz_draw.hpp"
#include "core/self_test.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kepu {

inline constexpr Millis kChallengeLimitMs = 20'000;
inline constexpr int kPointsRight = 10;
inline constexpr int kMaxSpeedBonus = 5;

struct QuizOptions {
    DrawRequest draw;
    std::uint64_t seed = 0; // the same seed and pool give exactly the same quiz
    // Large-text mode: a challenge runs untimed (practice with a score; no speed bonus).
    bool untimed = false;
};

enum class QuizPhase { Asking, Feedback, Finished, Abandoned };

// Encouragement by the share answered right; the screen maps the id to kind words.
enum class Encouragement { KeepExploring, GoodStart, WellDone, Excellent };
std::string_view EncouragementName(Encouragement band);

struct QuestionReview {
    std::string key; // QuestionKey
    std::string setId;
    std::string questionId;
    std::vector<int> chosen; // choice indices, sorted; empty when the time ran out
    bool right = false;
    bool timedOut = false;
    Millis timeMs = 0; // from the question appearing to the answer (the limit when it ran out)
    int points = 0;
};

struct SelfTestOutcome {
    std::array<int, kSelfTestPartCount> partScores{};
    std::array<int, kSelfTestPartCount> partAsked{};
    int total = 0; // out of 100
    SelfTestLevel level = SelfTestLevel::NotYet;
    std::optional<SelfTestPart> practiseNext;
};

struct QuizResult {
    QuizMode mode = QuizMode::Practice;
    int score = 0;
    int maxScore = 0;
    int rightCount = 0;
    int answered = 0;
    int questionCount = 0;
    int stars = 0; // 0-3
    Encouragement band = Encouragement::KeepExploring;
    bool abandoned = false;
    std::vector<QuestionReview> review; // answered questions, in the order asked
    std::optional<SelfTestOutcome> selfTest;
};

// Events for the log, in the order they happened; a later step turns them into rows.
struct QuizStartedEvent {
    QuizMode mode;
    Audience audience;
    std::string topic;
    std::vector<std::string> questionKeys; // what was drawn, in order: the sets it came from
    int questionCount;
    int wanted;
    bool timed;
    std::int64_t utcMs;
};
struct QuizAnsweredEvent {
    QuizMode mode;
    int index; // 0-based position in the quiz
    QuestionReview answer;
    std::int64_t utcMs;
};
struct QuizFinishedEvent {
    QuizResult result;
    std::int64_t utcMs;
};
struct SelfTestResultEvent {
    SelfTestOutcome outcome;
    std::int64_t utcMs;
};
struct QuizAbandonedEvent {
    QuizResult soFar;
    std::int64_t utcMs;
};
using QuizEvent = std::variant<QuizStartedEvent, QuizAnsweredEvent, QuizFinishedEvent, SelfTestResultEvent,
                               QuizAbandonedEvent>;

struct AnswerOutcome {
    bool accepted = false;
    std::string error; // why not accepted (wrong phase, wrong number of choices, out of range)
    bool right = false;
    int points = 0;
};

class QuizEngine {
  public:
    // Draws and shows the first question now. An empty draw finishes at once with nothing asked.
    // The clock must outlive the engine.
    QuizEngine(const std::vector<EngineQuestion>& pool, const QuizOptions& options, const Clock& clock);

    QuizMode Mode() const { return m_mode; }
    QuizPhase Phase() const { return m_phase; }
    bool Timed() const { return m_timed; }
    int QuestionCount() const { return static_cast<int>(m_questions.size()); }
    int Wanted() const { return m_wanted; }
    bool ShortOfQuestions() const { return m_short; }
    int CurrentIndex() const { return static_cast<int>(m_current); }
    const EngineQuestion& Question(int index) const;
    // Only while a question is asked or in feedback (not for an empty quiz).
    const EngineQuestion& Current() const { return Question(CurrentIndex()); }
    // Displayed position → choice index for a question, shuffled by the seed (true-false keeps
    // 对 before 错: a fixed order is easier to read than a coin toss).
    const std::vector<int>& DisplayOrder(int index) const { return m_order[static_cast<std::size_t>(index)]; }
    // The current question's deadline (monotonic) in a timed challenge while asking.
    std::optional<Millis> Deadline() const;
    Millis RemainingMs() const;
    // Whole seconds left for the countdown, rounded up (20, 19, … 1); 0 when untimed or not asking.
    int SecondsLeft() const;

    // The visitor's answer as choice indices (map displayed positions through DisplayOrder first).
    // Single and true-false take exactly one; multiple at least one, right only when exactly the
    // right set. In a timed challenge an answer after the deadline is the timeout, not the answer.
    AnswerOutcome Answer(std::vector<int> chosen);
    // Call each frame: in a timed challenge an expired question becomes wrong with no choice and
    // moves to feedback. True when it expired now.
    bool Update();
    // From feedback to the next question (its time starts now), or to the result after the last.
    void Next();
    // The visitor walked away or left: the quiz ends as abandoned with what was answered.
    void Abandon();

    // The result so far; whole once finished.
    QuizResult Result() const;
    const QuestionReview* Review(int index) const;
    // Events since the last call.
    std::vector<QuizEvent> TakeEvents();

  private:
    void Record(std::vector<int> chosen, bool timedOut, Millis at);
    void Finish();
    int PointsFor(bool right, Millis timeMs) const;

    const Clock& m_clock;
    QuizMode m_mode;
    bool m_timed;
    int m_wanted = 0;
    bool m_short = false;
    std::vector<EngineQuestion> m_questions;
    std::vector<std::vector<int>> m_order;
    std::vector<QuestionReview> m_answers;
    std::size_t m_current = 0;
    Millis m_shownAt = 0;
    QuizPhase m_phase = QuizPhase::Asking;
    std::vector<QuizEvent> m_events;
};

} // namespace kepu
