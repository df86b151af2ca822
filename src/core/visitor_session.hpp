// Everything one visitor leaves behind on the kiosk, in one object: their choices (language, text
// size, audience), where they were in each module's list, and the item in progress (a quiz, a story's
// scroll position, a tutorial's step) and the questions asked. KioskState owns it; the walk-away reset and
// the end of a visit replace it whole, so nothing of one visitor can reach the next; 首页 ends the item in
// progress and the list positions but keeps the visitor's choices. Screens keep no visitor state of their
// own.
#pragma once
#include "core/kiosk_types.hpp"
#include "core/lesson_engine.hpp"
#include "core/phone_gesture.hpp"
#include "core/quiz_engine.hpp"
#include "core/story_reading.hpp"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kepu {

struct VisitorChoices {
    Audience audience = Audience::Unspecified;
    Lang lang = Lang::Zh;
    TextSize textSize = TextSize::Normal;
};

// Where a visitor is inside one content item. The players (quiz, story, tutorial) grow this with
// their own state; it lives exactly as long as the visitor is on the item.
struct ItemProgress {
    std::string itemId;
    float scrollY = 0; // reading position, in pixels of the current layout
    int step = 0;      // quiz question or tutorial step reached
    // A quiz in progress (the item is the quiz). Shared with the app's quiz feature, which logs its
    // events: a quiz the session drops unfinished (walk-away, 首页, 返回) is logged as abandoned.
    std::shared_ptr<QuizEngine> quiz;
    std::vector<int> picked; // a multiple-choice question's choices ticked so far, as displayed positions
    Millis shownAt = 0;      // when the current question or its feedback appeared (for the animation)
    StoryReading reading;    // a story's place, scroll and reading milestones
    // A lesson in progress (the item is the lesson), shared with the app's tutorial feature as the quiz
    // is: a lesson the session drops unfinished is logged as abandoned. The finger on its phone.
    std::shared_ptr<LessonEngine> lesson;
    PhoneGesture gesture;
};

class VisitorSession {
  public:
    explicit VisitorSession(Lang defaultLang = Lang::Zh) { m_choices.lang = defaultLang; }

    const VisitorChoices& Choices() const { return m_choices; }
    VisitorChoices& Choices() { return m_choices; }

    // The scroll position of a module screen's list, kept while the visitor goes into an item and back.
    float& ListScroll(ScreenId screen) { return m_listScroll[static_cast<std::size_t>(screen)]; }
    float ListScrollOf(ScreenId screen) const { return m_listScroll[static_cast<std::size_t>(screen)]; }

    // The item in progress, if any.
    ItemProgress* Item() { return m_item ? &*m_item : nullptr; }
    const ItemProgress* Item() const { return m_item ? &*m_item : nullptr; }
    // Opening an item starts it afresh (another item's progress is dropped).
    ItemProgress& OpenItem(std::string itemId) {
        m_item.emplace();
        m_item->itemId = std::move(itemId);
        return *m_item;
    }
    void CloseItem() { m_item.reset(); }
    // Every question asked in this visit ("set/id"): a new quiz does not ask them again.
    std::vector<std::string>& AskedQuestions() { return m_asked; }
    // 首页: the visitor starts again from the home screen, with their choices.
    void LeaveActivities() {
        m_item.reset();
        m_listScroll = {};
    }

  private:
    VisitorChoices m_choices;
    std::array<float, kScreenCount> m_listScroll{};
    std::optional<ItemProgress> m_item;
    std::vector<std::string> m_asked;
};

} // namespace kepu
