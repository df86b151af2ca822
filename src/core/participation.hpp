// What the participation log records, and how kiosk events become log entries. Anonymous by
// construction: a log entry has no field that could hold a name, a phone number, typed text or an
// image; a visit is a random number that means nothing outside this kiosk's log.
#pragma once
#include "core/clock.hpp"
#include "core/kiosk_state.hpp"
#include "core/local_time.hpp"

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
    QuizAnswered,    // item: the quiz set
    QuizFinished,    // item: the quiz set
    TutorialStep,    // item: the tutorial
    ReadingProgress, // item: the story
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

    std::string question;                               // QuizAnswered: the question's id
    std::vector<int> choices;                           // QuizAnswered: the chosen choices, 0-based
    bool correct = false;                               // QuizAnswered
    std::int64_t answerMs = 0;                          // QuizAnswered: from the question shown to the answer
    std::string quizMode;                               // QuizFinished: e.g. "practice", "challenge"
    int score = 0;                                      // QuizFinished: questions answered correctly
    int outOf = 0;                                      // QuizFinished: questions asked
    bool passed = false;                                // QuizFinished
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
