// The story reader's side of the app: the layout cache the reader draws from, the reading milestones
// (25/50/75/100 %) for the log, the frames a flick's glide needs, the story of the day for the attract
// screen, and the 相关问答 quiz through the quiz player.
#pragma once
#include "app/quiz_feature.hpp"
#include "app/screens/screens.hpp"
#include "app/story_layout.hpp"
#include "core/content_catalog.hpp"
#include "core/kiosk_state.hpp"

#include <string>
#include <vector>

namespace kepu {

struct ReadingMilestone {
    std::string story;
    double fraction = 0; // 0.25, 0.5, 0.75 or 1
};

class StoryFeature {
  public:
    // After the content is loaded or reloaded, or the date changes which packs show.
    void ContentChanged(const ContentCatalog& catalog);
    // The story of the day: the loaded stories in id order, one per local day (days since 1970), so
    // every kiosk in the city shows the same one on the same day. Null without stories.
    const ContentItem* StoryOfTheDay(const ContentCatalog& catalog, const std::string& localDate) const;

    StoryScreenView View(const ContentCatalog& catalog, const KioskState& state, Millis now);
    // Each loop turn: the milestones the visitor on a story has newly passed.
    void Update(KioskState& state);
    // Every frame while a flick glides; 0 (never) otherwise.
    Millis NextWakeAt(const KioskState& state, Millis now) const;
    std::vector<ReadingMilestone> TakeMilestones();

    // 相关问答: the story's related questions as a practice quiz (logged as a quiz of the story).
    void StartRelatedQuiz(KioskState& state, QuizFeature& quiz, const ContentCatalog& catalog,
                          const std::string& storyId, Millis now);

  private:
    StoryLayout m_layout;
    int m_generation = 0;
    std::vector<std::string> m_storyIds; // sorted
    std::vector<ReadingMilestone> m_milestones;
};

} // namespace kepu
