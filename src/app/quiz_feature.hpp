// The quiz player's side of the app: starts a quiz from the loaded questions with the visitor's
// choices and the run's seed, applies their answers, keeps the challenge's clock ticking, and hands
// the engine's events to the log — a quiz the visitor's session dropped unfinished (walk-away, 首页,
// 返回) is abandoned here first, so its end is logged before the visit's.
#pragma once
#include "core/clock.hpp"
#include "core/content_catalog.hpp"
#include "core/kiosk_state.hpp"
#include "core/quiz_engine.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kepu {

// The item id a quiz runs under: the set's id when the visitor picked one, else the mode's name.
std::string QuizItemId(QuizMode mode, const std::string& setId);

// One engine event with what the log needs beside it.
struct PendingQuizEvent {
    QuizEvent event;
    std::string quizItem;
    VisitorChoices choices; // the visitor's when the quiz started: a walk-away has already reset them
};

class QuizFeature {
  public:
    // seed: --seed (quiz n of the run uses seed + n); none: a random start.
    QuizFeature(const Clock& clock, std::optional<std::uint64_t> seed);

    // After the content is loaded or reloaded, or the date changes which packs show.
    void ContentChanged(const ContentCatalog& catalog);
    // The self-test needs its full blueprint; practice and challenge need one question.
    bool CanStart(QuizMode mode) const;
    // Topics with enough questions for a practice of their own, most questions first.
    const std::vector<std::string>& Topics() const { return m_topics; }
    // The topic the quiz on screen was drawn for (empty: none picked).
    const std::string& RunningTopic() const { return m_runningTopic; }
    // The question as written, for the screens (null if its pack went away mid-quiz).
    const QuizQuestion* Find(const ContentCatalog& catalog, const EngineQuestion& question) const;

    // setId or topic narrows the draw to a quiz set or a topic (practice); neither: the visitor's group.
    void Start(KioskState& state, QuizMode mode, const std::string& setId, const std::string& topic,
               Millis now);
    // A story's 相关问答: exactly these questions (QuestionKey "set/id"), as a practice quiz whose item is
    // the story (so the log tells a related quiz from a set picked from the list).
    void StartRelated(KioskState& state, const std::string& storyId, std::vector<std::string> questionKeys,
                      Millis now);
    void Retry(KioskState& state, Millis now);
    void Choose(KioskState& state, int position, Millis now);
    void Submit(KioskState& state, Millis now);
    void Next(KioskState& state, Millis now);

    // Each frame: expires the challenge's question at its deadline; abandons a quiz the session no
    // longer holds. True when what is drawn changed.
    bool Update(KioskState& state);
    // When the quiz next needs a frame (countdown tick, answer animation); 0 for never.
    Millis NextWakeAt(const KioskState& state, Millis now) const;
    std::vector<PendingQuizEvent> TakeEvents();

  private:
    void Drain();
    // Draws the quiz (the running fields set from these) and opens it as the visitor's item.
    void Begin(KioskState& state, std::string item, QuizMode mode, std::string setId, std::string topic,
               std::vector<std::string> questionKeys, Millis now);
    std::shared_ptr<QuizEngine> StartEngine(KioskState& state);

    const Clock& m_clock;
    std::uint64_t m_seed;
    std::uint64_t m_started = 0;
    std::vector<EngineQuestion> m_pool;
    bool m_selfTestFull = false;
    std::vector<std::string> m_topics;
    std::shared_ptr<QuizEngine> m_running; // the quiz whose events are drained
    std::string m_runningItem;
    QuizMode m_runningMode = QuizMode::Practice;
    std::string m_runningSet;
    std::string m_runningTopic;
    std::vector<std::string> m_runningKeys; // a related quiz's questions
    VisitorChoices m_runningChoices;
    std::vector<PendingQuizEvent> m_events;
};

} // namespace kepu
