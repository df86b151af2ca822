// The lesson engine: what each touch means for the step on screen.
#include "core/lesson_engine.hpp"

#include <algorithm>
#include <cstdlib>

namespace kepu {
namespace {

constexpr Millis kPulseFrameMs = 50; // the hint's pulse: 20 frames a second is smooth enough and cheap
constexpr Millis kDemoFrameMs = 16;

const PhonePart* SliderOf(const TutorialStep& step) {
    const PhonePart* part = step.FindPart(step.target);
    return part && part->kind == PartKind::Slider ? part : nullptr;
}

} // namespace

LessonEngine::LessonEngine(Tutorial lesson, Millis now) : m_lesson(std::move(lesson)) {
    Emit(LessonEvent::Kind::Started);
    EnterStep(0, now);
}

void LessonEngine::EnterStep(int step, Millis now) {
    m_step = step;
    m_wrongTries = 0;
    m_showRetry = false;
    m_hinted = false;
    m_progressAt = now;
    m_demoAt = -1;
    m_typed.clear();
    m_explaining = false;
    m_judgedRight = false;
    const PhonePart* slider = SliderOf(Step());
    m_sliderValue = slider ? slider->value : 0;
    Emit(LessonEvent::Kind::StepReached);
}

void LessonEngine::Complete(Millis now) {
    Emit(LessonEvent::Kind::StepCompleted);
    m_praisedAt = now;
    if (m_step + 1 < StepCount()) {
        EnterStep(m_step + 1, now);
        return;
    }
    m_finished = true;
    m_events.push_back({LessonEvent::Kind::Completed, m_step});
}

StepResult LessonEngine::Wrong(Millis now) {
    ++m_wrongTries;
    m_showRetry = true;
    if (m_wrongTries >= kHintAfterWrongTries && !m_hinted) {
        m_hinted = true;
        m_hintAt = now;
        Emit(LessonEvent::Kind::Hinted);
    }
    return StepResult::Wrong;
}

bool LessonEngine::HintShown(Millis now) const {
    if (m_finished || Step().action == PhoneAction::Judge) return false;
    return m_hinted || now - m_progressAt >= kHintAfterMs;
}

StepResult LessonEngine::Act(const PhoneInput& input, Millis now) {
    if (m_finished || m_explaining) return StepResult::Ignored;
    m_demoAt = -1; // a touch on the phone takes over from the demonstration
    const TutorialStep& step = Step();
    const bool onTarget = !step.target.empty() && input.target == step.target;
    using Kind = PhoneInput::Kind;
    switch (step.action) {
    case PhoneAction::Judge: return StepResult::Ignored; // answered in the panel
    case PhoneAction::Tap:
        if (input.kind == Kind::Swipe || input.kind == Kind::SlideTo) return StepResult::Ignored;
        // A finger that stays a little long on the right thing still meant to tap it.
        if (onTarget && (input.kind == Kind::Tap || input.kind == Kind::LongPress)) break;
        return Wrong(now);
    case PhoneAction::LongPress:
        if (input.kind == Kind::Swipe || input.kind == Kind::SlideTo) return StepResult::Ignored;
        if (onTarget && input.kind == Kind::LongPress) break;
        return Wrong(now);
    case PhoneAction::Swipe:
        if (input.kind == Kind::SlideTo) return StepResult::Ignored;
        if (input.kind == Kind::Swipe && input.direction == step.direction &&
            (step.target.empty() || onTarget))
            break;
        return Wrong(now);
    case PhoneAction::Slide: {
        if (input.kind == Kind::SlideTo || input.kind == Kind::SlideEnd) {
            if (!onTarget) return StepResult::Ignored;
            m_sliderValue = std::clamp(input.value, 0, 100);
            m_progressAt = now;
            if (input.kind == Kind::SlideTo) return StepResult::Progress;
            const PhonePart* slider = SliderOf(step);
            const bool up = !slider || step.value > slider->value;
            const bool reached = up ? m_sliderValue >= step.value - kSlideTolerance
                                    : m_sliderValue <= step.value + kSlideTolerance;
            if (reached) break;
            return Wrong(now);
        }
        if (input.kind == Kind::Swipe) return StepResult::Ignored;
        return Wrong(now);
    }
    case PhoneAction::Type: {
        if (input.kind != Kind::Tap) return input.kind == Kind::Swipe ? StepResult::Ignored : Wrong(now);
        if (input.target == step.target) return StepResult::Ignored; // the field already has the cursor
        const PhonePart* keypad = step.Keypad();
        if (keypad && input.target.rfind("key:", 0) == 0) {
            const std::size_t index = static_cast<std::size_t>(std::atoi(input.target.c_str() + 4));
            if (index < keypad->keys.size()) {
                const std::string typed = m_typed + keypad->keys[index];
                if (step.text.compare(0, typed.size(), typed) == 0 && typed.size() <= step.text.size()) {
                    m_typed = typed;
                    m_progressAt = now;
                    m_showRetry = false;
                    if (m_typed == step.text) break;
                    return StepResult::Progress;
                }
            }
        }
        return Wrong(now);
    }
    }
    Complete(now);
    return StepResult::Right;
}

void LessonEngine::Judge(bool saysScam, Millis now) {
    if (m_finished || m_explaining || Step().action != PhoneAction::Judge) return;
    m_explaining = true;
    m_judgedRight = saysScam == Step().scam;
    if (!m_judgedRight) ++m_wrongTries;
    m_progressAt = now;
}

void LessonEngine::Continue(Millis now) {
    if (!m_explaining) return;
    Complete(now);
}

void LessonEngine::StartDemo(Millis now) {
    if (m_finished || Step().action == PhoneAction::Judge) return;
    m_demoAt = now;
    m_progressAt = now; // watching is not being stuck
    Emit(LessonEvent::Kind::DemoWatched);
}

Millis LessonEngine::DemoDurationMs() const {
    switch (Step().action) {
    case PhoneAction::Tap: return 2200;
    case PhoneAction::LongPress: return 3000;
    case PhoneAction::Swipe: return 2400;
    case PhoneAction::Slide: return 3000;
    case PhoneAction::Type: {
        // One press per key of the text (a key may type several characters).
        const int presses = static_cast<int>(Step().KeyPresses().size());
        return 1000 + 800 * std::max(1, presses);
    }
    case PhoneAction::Judge: return 0;
    }
    return 0;
}

bool LessonEngine::DemoPlaying(Millis now) const {
    return m_demoAt >= 0 && now - m_demoAt < DemoDurationMs();
}

float LessonEngine::DemoProgress(Millis now) const {
    if (m_demoAt < 0 || DemoDurationMs() == 0) return 0;
    return std::clamp(static_cast<float>(now - m_demoAt) / static_cast<float>(DemoDurationMs()), 0.0f, 1.0f);
}

void LessonEngine::StepBack(Millis now) {
    if (m_finished || m_step == 0) return;
    EnterStep(m_step - 1, now);
}

void LessonEngine::Abandon(Millis now) {
    (void)now;
    if (m_finished || m_abandoned) return;
    m_abandoned = true;
    Emit(LessonEvent::Kind::Abandoned);
}

bool LessonEngine::HintPulsing(Millis now) const {
    if (!HintShown(now)) return false;
    const Millis since = m_hinted ? m_hintAt : m_progressAt + kHintAfterMs;
    return now - since < kHintPulseMs;
}

void LessonEngine::Update(Millis now) {
    if (!m_hinted && HintShown(now)) {
        m_hinted = true;
        m_hintAt = m_progressAt + kHintAfterMs;
        Emit(LessonEvent::Kind::Hinted);
    }
}

Millis LessonEngine::NextWakeAt(Millis now) const {
    if (m_finished || m_abandoned) return 0;
    Millis wake = 0;
    const auto earliest = [&](Millis at) { wake = wake == 0 ? at : std::min(wake, at); };
    if (DemoPlaying(now)) earliest(now + kDemoFrameMs);
    if (Praising(now)) earliest(m_praisedAt + kPraiseMs);
    if (Step().action != PhoneAction::Judge) {
        if (HintPulsing(now))
            earliest(now + kPulseFrameMs);
        else if (!HintShown(now))
            earliest(m_progressAt + kHintAfterMs);
    }
    return wake;
}

std::vector<LessonEvent> LessonEngine::TakeEvents() {
    std::vector<LessonEvent> events;
    events.swap(m_events);
    return events;
}

} // namespace kepu
