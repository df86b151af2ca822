// The seniors' classroom: lesson engines for the visitor's session, and their events for the log.
#include "app/tutorial_feature.hpp"

#include <algorithm>

namespace kepu {

LessonEngine* TutorialFeature::Running(KioskState& state) const {
    ItemProgress* progress = state.Session().Item();
    return progress && progress->lesson && progress->lesson == m_running ? m_running.get() : nullptr;
}

void TutorialFeature::Drain() {
    if (!m_running) return;
    for (const LessonEvent& event : m_running->TakeEvents())
        m_events.push_back({event, m_runningLesson, m_runningChoices});
}

void TutorialFeature::Reap(const KioskState& state) {
    if (!m_running) return;
    const ItemProgress* progress = state.Session().Item();
    if (progress && progress->lesson == m_running) return;
    Drain();
    m_running->Abandon(0);
    Drain();
    m_running.reset();
}

bool TutorialFeature::Update(KioskState& state, const ContentCatalog& catalog, Millis now) {
    Reap(state);
    ItemProgress* progress = state.Session().Item();
    if (!progress || state.Screen() != ScreenId::Item || progress->lesson || progress->quiz) {
        if (LessonEngine* engine = Running(state)) {
            const bool hinted = engine->HintShown(now);
            engine->Update(now);
            Drain();
            return !hinted && engine->HintShown(now);
        }
        return false;
    }
    const ContentItem* item = catalog.FindItem(progress->itemId);
    const Tutorial* lesson = item ? item->AsTutorial() : nullptr;
    if (!lesson || lesson->steps.empty()) return false;
    progress->lesson = std::make_shared<LessonEngine>(*lesson, now);
    m_running = progress->lesson;
    m_runningLesson = item->id;
    m_runningChoices = state.Choices();
    Drain();
    return true;
}

void TutorialFeature::Touch(KioskState& state, const PhoneInput& input, Millis now) {
    if (LessonEngine* engine = Running(state)) {
        engine->Act(input, now);
        Drain();
    }
}

void TutorialFeature::Judge(KioskState& state, bool saysScam, Millis now) {
    if (LessonEngine* engine = Running(state)) engine->Judge(saysScam, now);
    Drain();
}

void TutorialFeature::Continue(KioskState& state, Millis now) {
    if (LessonEngine* engine = Running(state)) engine->Continue(now);
    Drain();
}

void TutorialFeature::StepBack(KioskState& state, Millis now) {
    if (LessonEngine* engine = Running(state)) {
        engine->StepBack(now);
        state.Session().Item()->gesture.Cancel();
    }
    Drain();
}

void TutorialFeature::Demo(KioskState& state, Millis now) {
    if (LessonEngine* engine = Running(state)) engine->StartDemo(now);
    Drain();
}

void TutorialFeature::Tick(KioskState& state, Millis now) {
    LessonEngine* engine = Running(state);
    if (!engine) return;
    if (const auto press = state.Session().Item()->gesture.Update(now)) {
        engine->Act(*press, now);
        Drain();
    }
}

Millis TutorialFeature::NextWakeAt(const KioskState& state, Millis now) const {
    const ItemProgress* progress = state.Session().Item();
    if (!progress || !progress->lesson || progress->lesson != m_running) return 0;
    Millis wake = m_running->NextWakeAt(now);
    if (const Millis press = progress->gesture.LongPressAt()) wake = wake ? std::min(wake, press) : press;
    if (progress->gesture.IsDown()) wake = wake ? std::min(wake, now + 16) : now + 16; // the filling ring
    return wake;
}

std::vector<PendingLessonEvent> TutorialFeature::TakeEvents() {
    Drain();
    std::vector<PendingLessonEvent> events;
    events.swap(m_events);
    return events;
}

} // namespace kepu
