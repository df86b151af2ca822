// Lesson events to log entries.
#include "core/lesson_log.hpp"

namespace kepu {

LogEvent LessonLogEntry(const LessonEvent& event, const LogEvent& base, const std::string& lesson) {
    LogEvent entry = base;
    entry.module = "seniors";
    entry.item = lesson;
    entry.step = event.step;
    using Kind = LessonEvent::Kind;
    switch (event.kind) {
    case Kind::Started: entry.kind = LogKind::ItemStarted; break;
    case Kind::Completed: entry.kind = LogKind::ItemCompleted; break;
    default:
        entry.kind = LogKind::TutorialStep;
        entry.outcome = event.kind == Kind::StepReached     ? TutorialOutcome::Reached
                        : event.kind == Kind::StepCompleted ? TutorialOutcome::Completed
                        : event.kind == Kind::Hinted        ? TutorialOutcome::Hinted
                        : event.kind == Kind::DemoWatched   ? TutorialOutcome::DemoWatched
                                                            : TutorialOutcome::Abandoned;
        break;
    }
    return entry;
}

} // namespace kepu
