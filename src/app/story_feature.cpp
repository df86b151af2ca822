// The story reader's side of the app: layout cache, reading milestones, glide frames, story of the day,
// and the related quiz.
#include "app/story_feature.hpp"

#include "core/local_time.hpp"
#include "core/story_reading.hpp"

#include <algorithm>

namespace kepu {

void StoryFeature::ContentChanged(const ContentCatalog& catalog) {
    ++m_generation; // the layout's key changes: the next frame lays the story out again
    m_layout = {};
    m_storyIds.clear();
    for (const ContentItem* item : catalog.ItemsOf(Module::Stories))
        m_storyIds.push_back(item->id);
    std::sort(m_storyIds.begin(), m_storyIds.end());
}

const ContentItem* StoryFeature::StoryOfTheDay(const ContentCatalog& catalog,
                                               const std::string& localDate) const {
    if (m_storyIds.empty()) return nullptr;
    const std::int64_t day = DayNumberOfDate(localDate).value_or(0);
    const std::size_t n = m_storyIds.size();
    return catalog.FindItem(
        m_storyIds[static_cast<std::size_t>(((day % static_cast<std::int64_t>(n)) + n) % n)]);
}

StoryScreenView StoryFeature::View(const ContentCatalog& catalog, const KioskState& state, Millis now) {
    StoryScreenView view;
    const ItemProgress* progress = state.Session().Item();
    view.item = progress ? catalog.FindItem(progress->itemId) : nullptr;
    view.layout = &m_layout;
    view.contentGeneration = m_generation;
    view.now = now;
    if (const Story* story = view.item ? view.item->AsStory() : nullptr) {
        for (const QuestionRef& ref : story->related) {
            const ContentItem* set = catalog.FindItem(ref.set);
            if (const QuizSet* quizSet = set ? set->AsQuizSet() : nullptr)
                for (const QuizQuestion& question : quizSet->questions)
                    if (question.id == ref.question) view.canQuiz = true;
        }
    }
    return view;
}

void StoryFeature::Update(KioskState& state) {
    ItemProgress* progress = state.Session().Item();
    if (!progress || progress->quiz || state.Screen() != ScreenId::Item) return;
    StoryReading& reading = progress->reading;
    const int reached = ReadingQuarters(reading.furthest);
    while (reading.quartersLogged < reached) {
        ++reading.quartersLogged;
        m_milestones.push_back({progress->itemId, reading.quartersLogged * 0.25});
    }
}

Millis StoryFeature::NextWakeAt(const KioskState& state, Millis now) const {
    const ItemProgress* progress = state.Session().Item();
    if (!progress || progress->quiz || state.Screen() != ScreenId::Item) return 0;
    return progress->reading.scroll.Gliding() ? now + 16 : 0;
}

std::vector<ReadingMilestone> StoryFeature::TakeMilestones() {
    return std::exchange(m_milestones, {});
}

void StoryFeature::StartRelatedQuiz(KioskState& state, QuizFeature& quiz, const ContentCatalog& catalog,
                                    const std::string& storyId, Millis now) {
    const ContentItem* item = catalog.FindItem(storyId);
    const Story* story = item ? item->AsStory() : nullptr;
    if (!story) return;
    std::vector<std::string> keys;
    for (const QuestionRef& ref : story->related)
        keys.push_back(ref.set + "/" + ref.question);
    quiz.StartRelated(state, storyId, std::move(keys), now);
}

} // namespace kepu
