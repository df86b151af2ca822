// The seniors' classroom side of the app: starts the lesson engine when a lesson opens, applies the
// learner's gestures and panel buttons to it, keeps its hint and demonstration frames coming, and hands
// its events to the log — a lesson the visitor's session dropped unfinished (walk-away, 首页, 返回) is
// abandoned here first, so its end is logged before the visit's.
#pragma once
#include "core/content_catalog.hpp"
#include "core/kiosk_state.hpp"
#include "core/lesson_engine.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kepu {

struct PendingLessonEvent {
    LessonEvent event;
    std::string lesson;
    VisitorChoices choices; // the visitor's when the lesson started: a walk-away has already reset them
};

class TutorialFeature {
  public:
    // Each loop turn: abandons a lesson the session no longer holds, starts the engine for a lesson
    // just opened, notices the hint's 20 s. True when what is drawn changed.
    bool Update(KioskState& state, const ContentCatalog& catalog, Millis now);
    // Only the abandoning part (before the screen change that dropped it is logged).
    void Reap(const KioskState& state);

    void Touch(KioskState& state, const PhoneInput& input, Millis now);
    void Judge(KioskState& state, bool saysScam, Millis now);
    void Continue(KioskState& state, Millis now);
    void StepBack(KioskState& state, Millis now);
    void Demo(KioskState& state, Millis now);
    // A finger resting on the phone becomes a long press without another event.
    void Tick(KioskState& state, Millis now);

    // The demonstration's and hint's frames, a resting finger's long press; 0 for never.
    Millis NextWakeAt(const KioskState& state, Millis now) const;
    std::vector<PendingLessonEvent> TakeEvents();

  private:
    LessonEngine* Running(KioskState& state) const;
    void Drain();

    std::shared_ptr<LessonEngine> m_running;
    std::string m_runningLesson;
    VisitorChoices m_runningChoices;
    std::vector<PendingLessonEvent> m_events;
};

} // namespace kepu
