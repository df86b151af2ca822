// One learner going through a seniors' smartphone lesson: the step they are on, what their touches on
// the simulated phone mean for it, the gentle hint (after two wrong tries or 20 s without progress),
// the demonstration, 上一步, judging a message, and the events the log keeps. Pure: the app recognises
// gestures on the phone and passes them in as PhoneInputs, with the time from the injected clock.
#pragma once
#include "core/clock.hpp"
#include "core/tutorial_lesson.hpp"

#include <string>
#include <vector>

namespace kepu {

// A gesture on the phone, already matched to what it touched ("" for nothing in particular).
struct PhoneInput {
    enum class Kind {
        Tap,
        LongPress,
        Swipe,    // direction; target: where the finger started
        SlideTo,  // a finger dragging a slider: value under it
        SlideEnd, // the finger lifted from the slider at value
    };
    Kind kind = Kind::Tap;
    std::string target;
    SwipeDirection direction = SwipeDirection::Up;
    int value = 0;
};

enum class StepResult {
    Ignored,  // nothing the step cares about (a touch during the explanation, a scroll)
    Progress, // on the way: a right key typed, the slider moving
    Right,    // the step is done
    Wrong,    // a gentle 没关系，再试一次
};

struct LessonEvent {
    enum class Kind { Started, StepReached, StepCompleted, Hinted, DemoWatched, Completed, Abandoned };
    Kind kind = Kind::Started;
    int step = 0; // 0-based
};

class LessonEngine {
  public:
    static constexpr int kHintAfterWrongTries = 2;
    static constexpr Millis kHintAfterMs = 20'000;
    static constexpr Millis kPraiseMs = 1'500; // 做对了 stays this long in the panel
    // A slider goal is met within this many points: a senior's finger is not a pixel.
    static constexpr int kSlideTolerance = 5;

    LessonEngine(Tutorial lesson, Millis now);

    const Tutorial& Lesson() const { return m_lesson; }
    int StepIndex() const { return m_step; }
    int StepCount() const { return static_cast<int>(m_lesson.steps.size()); }
    const TutorialStep& Step() const { return m_lesson.steps[static_cast<std::size_t>(m_step)]; }
    bool Finished() const { return m_finished; }

    // This step's state.
    int WrongTries() const { return m_wrongTries; }
    bool ShowsRetry() const { return m_showRetry; }
    bool HintShown(Millis now) const;
    // The hint pulses for a while after it appears, then stays still (an idle kiosk draws nothing).
    bool HintPulsing(Millis now) const;
    static constexpr Millis kHintPulseMs = 8'000;
    const std::string& Typed() const { return m_typed; }
    // The slider being dragged on a slide step (else the step's own values).
    int SliderValue() const { return m_sliderValue; }
    // Whether the last step was just done right (for a moment of praise).
    bool Praising(Millis now) const { return m_praisedAt >= 0 && now - m_praisedAt < kPraiseMs; }

    // A judging step: Judge answers, the explanation shows, Continue goes on.
    bool Explaining() const { return m_explaining; }
    bool JudgedRight() const { return m_judgedRight; }
    void Judge(bool saysScam, Millis now);
    void Continue(Millis now);

    // 再看一遍: a hand shows the right action; any touch on the phone stops it.
    void StartDemo(Millis now);
    bool DemoPlaying(Millis now) const;
    float DemoProgress(Millis now) const; // 0 to 1
    Millis DemoDurationMs() const;

    StepResult Act(const PhoneInput& input, Millis now);
    void StepBack(Millis now);
    // The visitor walked away or left the lesson unfinished.
    void Abandon(Millis now);
    // Each loop turn: notices the 20 s without progress.
    void Update(Millis now);
    // When the screen next changes by itself (the hint, its pulse, the demonstration); 0 for never.
    Millis NextWakeAt(Millis now) const;

    std::vector<LessonEvent> TakeEvents();

  private:
    void EnterStep(int step, Millis now);
    void Complete(Millis now);
    StepResult Wrong(Millis now);
    void Emit(LessonEvent::Kind kind) { m_events.push_back({kind, m_step}); }

    Tutorial m_lesson;
    int m_step = 0;
    bool m_finished = false;
    bool m_abandoned = false;
    int m_wrongTries = 0;
    bool m_showRetry = false;
    bool m_hinted = false;
    Millis m_hintAt = 0;
    Millis m_progressAt = 0; // the step's start or its last progress
    Millis m_demoAt = -1;
    Millis m_praisedAt = -1;
    std::string m_typed;
    int m_sliderValue = 0;
    bool m_explaining = false;
    bool m_judgedRight = false;
    std::vector<LessonEvent> m_events;
};

} // namespace kepu
