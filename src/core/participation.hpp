// What the participation log records, and how kiosk events become log entries. Anonymous by
// construction: a log entry has no field that could hold a name, a phone number, typed text or an
// image; a visit is a random number that means nothing outside this kiosk's log.
#pragma once
#include "core/clock.hpp"
#include "core/kiosk_state.hpp"
#include "core/local_time.hpp"
#include "core/self_test.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace kepu {

enum class LogKind {
    VisitStarted,
    VisitEnded,
    ModuleEntered, // dwellMs is 0
    ModuleLeft,    // dwellMs: time spent in the module
    ItemOpened,
    ItemClosed, // dwellMs: time spent on the item
    ItemStarted,
    ItemCompleted,
    // What the players record (schema 3); each carries the fields marked with its name below.
    QuizAnswered,    // item: the question's set
    QuizFinished,    // item: the quiz ("practice", "challenge", "self-test" or a set id)
    TutorialStep,    // item: the tutorial
    ReadingProgress, // item: the story
    // The quiz player's (schema 4); item: the quiz, as for QuizFinished.
    QuizStarted,
    QuizAbandoned,
    SelfTestResult,
};

// How a visitor left a tutorial step.
enum class TutorialOutcome { Reached, Completed, Hinted, DemoWatched, Abandoned };

struct LogEvent {
    LogKind kind = LogKind::VisitStarted;
    std::int64_t visit = 0;   // random per visit
    std::int64_t atUtcMs = 0; // UTC, milliseconds since 1970
    std::string localDate;    // the Asia/Shanghai date it counts towards, "2026-11-29"
    Audience audience = Audience::Unspecified;
    Lang lang = Lang::Zh;
    TextSize textSize = TextSize::Normal;
    std::string module; // "quizzes", "stories", "seniors", or empty
    std::string item;   // content item id, or empty
    std::int64_t dwellMs = 0;
    EndReason endReason = EndReason::Idle; // VisitEnded only

    std::string question;      // QuizAnswered: the question's id
    std::vector<int> choices;  // QuizAnswered: the chosen choices, 0-based; empty when the time ran out
    bool correct = false;      // QuizAnswered
    std::int64_t answerMs = 0; // QuizAnswered: from the question shown to the answer
    bool timedOut = false;     // QuizAnswered: the challenge's time ran out (then correct is false)
    int position = 0;          // QuizAnswered: 0-based index of the question in its quiz
    int points = 0;            // QuizAnswered: points for this answer; QuizFinished: the quiz's points
    std::string quizMode;      // QuizStarted, QuizFinished, QuizAbandoned: QuizModeName ("practice", …)
    std::string topic;         // QuizStarted: the topic picked, empty for any
    int score = 0;             // QuizFinished, QuizAbandoned: questions answered right (so far)
    int outOf = 0;             // QuizStarted, QuizAbandoned: questions drawn; QuizFinished: asked
    int wanted = 0;            // QuizStarted: questions the mode asks for (10, or 20 for the self-test)
    bool timed = false;        // QuizStarted: a challenge with its countdown (not in large-text mode)
    int answered = 0;          // QuizAbandoned: questions answered before the visitor left
    bool passed = false;       // QuizFinished: a self-test at level literate or high; else false
    int maxPoints = 0;         // QuizFinished: the most points the quiz could give
    int stars = 0;             // QuizFinished: 0 to 3
    std::array<int, kSelfTestPartCount> partScores{};   // SelfTestResult: points per part, blueprint order
    int total = 0;                                      // SelfTestResult: 0 to 100
    SelfTestLevel level = SelfTestLevel::NotYet;        // SelfTestResult
    int step = 0;                                       // TutorialStep: 0-based step index
    TutorialOutcome outcome = TutorialOutcome::Reached; // TutorialStep
    double fractionRead = 0;                            // ReadingProgress: furthest point read, 0 to 1
};

std::string_view LogKindName(LogKind kind);
std::string_view TutorialOutcomeName(TutorialOutcome outcome);

// Turns the kiosk's screen and visit events into log entries with dwell times. Pure: dwell times
// come from the events' monotonic times, timestamps and local dates from the clock's wall reading
// when the event is tracked (so a wall clock set after boot is honoured from that moment on).
class VisitTracker {
  public:
    VisitTracker(std::uint64_t seed, const Clock& clock) : m_random(seed), m_clock(&clock) {}

    std::vector<LogEvent> Track(const KioskEvent& event);
    // An entry stamped for the visit now (visit, audience, language, text size, module), for events
    // the tracker does not see itself (the quiz player's); the caller sets kind and the rest.
    LogEvent Stamp(Millis at, const VisitorChoices& choices) const;
    bool InVisit() const { return m_visit != 0; }

  private:
    std::vector<LogEvent> ItemOpened(const std::string& item, Millis at, const VisitorChoices& choices);
    std::vector<LogEvent> ItemClosed(Millis at, const VisitorChoices& choices);
    LogEvent Make(LogKind kind, Millis at, const VisitorChoices& choices) const;
    std::vector<LogEvent> LeaveModule(Millis at, const VisitorChoices& choices);
    std::int64_t NextVisitId();

    std::uint64_t m_random;
    const Clock* m_clock;
    std::int64_t m_visit = 0;
    std::string m_module;
    Millis m_moduleSince = 0;
    std::string m_item;
    std::string m_itemModule;
    Millis m_itemSince = 0;
};

} // namespace kepu
