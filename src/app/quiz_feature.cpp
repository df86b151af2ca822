// The quiz player's side of the app: starting, answering, the challenge's clock, and the log's events.
#include "app/quiz_feature.hpp"

#include "core/quiz_pool.hpp"
#include "core/self_test.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <utility>

namespace kepu {
namespace {

constexpr Millis kCountdownTickMs = 250; // the bar moves in quarter seconds: smooth enough, cheap
constexpr Millis kCheerMs = 800;         // a right answer's animation
// A topic gets its own practice from this many questions: fewer would be over in a minute.
constexpr int kTopicMinQuestions = 5;

// Questions the self-test could draw for each part, leaving out those already asked.
bool SelfTestFull(const std::vector<EngineQuestion>& pool, const std::vector<std::string>& asked) {
    std::array<int, kSelfTestPartCount> count{};
    for (const EngineQuestion& question : pool)
        if (question.selfTest && std::find(asked.begin(), asked.end(), QuestionKey(question)) == asked.end())
            ++count[static_cast<std::size_t>(*question.selfTest)];
    return std::all_of(kSelfTestBlueprint.begin(), kSelfTestBlueprint.end(), [&](const auto& part) {
        return count[static_cast<std::size_t>(part.part)] >= part.questions;
    });
}

} // namespace

std::string QuizItemId(QuizMode mode, const std::string& setId) {
    return setId.empty() ? std::string(QuizModeName(mode)) : setId;
}

QuizFeature::QuizFeature(const Clock& clock, std::optional<std::uint64_t> seed)
    : m_clock(clock), m_seed(seed ? *seed : std::random_device{}()) {}

void QuizFeature::ContentChanged(const ContentCatalog& catalog) {
    m_pool = QuizPool(catalog);
    m_selfTestFull = SelfTestFull(m_pool, {});
    std::map<std::string, int> perTopic;
    for (const EngineQuestion& question : m_pool)
        if (!question.topic.empty()) ++perTopic[question.topic];
    std::vector<std::pair<int, std::string>> byCount;
    for (const auto& [topic, count] : perTopic)
        if (count >= kTopicMinQuestions) byCount.push_back({-count, topic});
    std::sort(byCount.begin(), byCount.end());
    m_topics.clear();
    for (const auto& entry : byCount)
        m_topics.push_back(entry.second);
}

bool QuizFeature::CanStart(QuizMode mode) const {
    return mode == QuizMode::SelfTest ? m_selfTestFull : !m_pool.empty();
}

const QuizQuestion* QuizFeature::Find(const ContentCatalog& catalog, const EngineQuestion& question) const {
    const ContentItem* item = catalog.FindItem(question.setId);
    const QuizSet* set = item ? item->AsQuizSet() : nullptr;
    if (!set) return nullptr;
    for (const QuizQuestion& q : set->questions)
        if (q.id == question.id) return &q;
    return nullptr;
}

std::shared_ptr<QuizEngine> QuizFeature::StartEngine(KioskState& state) {
    VisitorSession& session = state.Session();
    QuizOptions options;
    options.draw.mode = m_runningMode;
    options.draw.audience = state.Choices().audience;
    options.draw.setId = m_runningSet;
    // A topic the visitor picked is theirs whatever group they said they are in.
    options.draw.topic = m_runningTopic;
    if (!m_runningTopic.empty()) options.draw.audience = Audience::Unspecified;
    options.draw.askedKeys = session.AskedQuestions();
    options.draw.questionKeys = m_runningKeys;
    options.seed = m_seed + m_started++;
    options.untimed = state.Choices().textSize == TextSize::Large;
    auto engine = std::make_shared<QuizEngine>(m_pool, options, m_clock);
    // Questions this visit has not seen come first; when they cannot fill the quiz (a set played
    // before, a long visit, the self-test after practice), it is drawn from all of them: a full quiz
    // with familiar questions beats a short or empty one.
    if (engine->QuestionCount() < engine->Wanted() && !options.draw.askedKeys.empty()) {
        options.draw.askedKeys.clear();
        auto again = std::make_shared<QuizEngine>(m_pool, options, m_clock);
        if (again->QuestionCount() > engine->QuestionCount()) engine = again;
    }
    for (int i = 0; i < engine->QuestionCount(); ++i)
        session.AskedQuestions().push_back(QuestionKey(engine->Question(i)));
    return engine;
}

void QuizFeature::Start(KioskState& state, QuizMode mode, const std::string& setId, const std::string& topic,
                        Millis now) {
    if (!CanStart(mode)) return;
    Begin(state, QuizItemId(mode, setId), mode, setId, topic, {}, now);
}

void QuizFeature::StartRelated(KioskState& state, const std::string& storyId,
                               std::vector<std::string> questionKeys, Millis now) {
    if (questionKeys.empty()) return;
    Begin(state, storyId, QuizMode::Practice, {}, {}, std::move(questionKeys), now);
}

void QuizFeature::Begin(KioskState& state, std::string item, QuizMode mode, std::string setId,
                        std::string topic, std::vector<std::string> questionKeys, Millis now) {
    Update(state); // whatever ran before is settled first
    m_runningItem = std::move(item);
    m_runningMode = mode;
    m_runningSet = std::move(setId);
    m_runningTopic = std::move(topic);
    m_runningKeys = std::move(questionKeys);
    m_runningChoices = state.Choices();
    auto engine = StartEngine(state);
    // A related quiz whose questions went with a reload: the visitor stays on the story.
    if (!m_runningKeys.empty() && engine->QuestionCount() == 0) return;
    state.OpenItem(m_runningItem, now);
    ItemProgress* progress = state.Session().Item();
    progress->quiz = engine;
    progress->shownAt = now;
    m_running = engine;
    Drain();
}

void QuizFeature::Retry(KioskState& state, Millis now) {
    ItemProgress* progress = state.Session().Item();
    if (!progress || !progress->quiz || progress->quiz != m_running) return;
    Update(state);
    auto engine = StartEngine(state);
    progress->quiz = engine;
    progress->picked.clear();
    progress->scrollY = 0;
    progress->shownAt = now;
    m_running = engine;
    m_runningChoices = state.Choices();
    Drain();
}

void QuizFeature::Choose(KioskState& state, int position, Millis now) {
    ItemProgress* progress = state.Session().Item();
    if (!progress || !progress->quiz) return;
    QuizEngine& engine = *progress->quiz;
    if (engine.Phase() != QuizPhase::Asking) return;
    const auto& order = engine.DisplayOrder(engine.CurrentIndex());
    if (position < 0 || position >= static_cast<int>(order.size())) return;
    if (engine.Current().type == QuestionType::Multiple) {
        auto& picked = progress->picked;
        const auto at = std::find(picked.begin(), picked.end(), position);
        if (at == picked.end())
            picked.push_back(position);
        else
            picked.erase(at);
        return;
    }
    if (engine.Answer({order[static_cast<std::size_t>(position)]}).accepted) {
        progress->picked = {position};
        progress->shownAt = now;
        progress->scrollY = 0;
    }
    Drain();
}

void QuizFeature::Submit(KioskState& state, Millis now) {
    ItemProgress* progress = state.Session().Item();
    if (!progress || !progress->quiz || progress->picked.empty()) return;
    QuizEngine& engine = *progress->quiz;
    if (engine.Phase() != QuizPhase::Asking || engine.Current().type != QuestionType::Multiple) return;
    const auto& order = engine.DisplayOrder(engine.CurrentIndex());
    std::vector<int> chosen;
    for (int position : progress->picked)
        chosen.push_back(order[static_cast<std::size_t>(position)]);
    if (engine.Answer(chosen).accepted) {
        progress->shownAt = now;
        progress->scrollY = 0;
    }
    Drain();
}

void QuizFeature::Next(KioskState& state, Millis now) {
    ItemProgress* progress = state.Session().Item();
    if (!progress || !progress->quiz || progress->quiz->Phase() != QuizPhase::Feedback) return;
    progress->quiz->Next();
    progress->picked.clear();
    progress->shownAt = now;
    progress->scrollY = 0;
    Drain();
}

bool QuizFeature::Update(KioskState& state) {
    ItemProgress* progress = state.Session().Item();
    QuizEngine* current = progress ? progress->quiz.get() : nullptr;
    bool changed = false;
    if (m_running && m_running.get() != current) {
        // The session let go of it: the visitor walked away, went home or back.
        if (m_running->Phase() == QuizPhase::Asking || m_running->Phase() == QuizPhase::Feedback)
            m_running->Abandon();
        Drain();
        m_running.reset();
    }
    if (current && current->Update()) {
        progress->shownAt = m_clock.NowMs();
        progress->picked.clear();
        progress->scrollY = 0;
        changed = true;
    }
    Drain();
    return changed;
}

Millis QuizFeature::NextWakeAt(const KioskState& state, Millis now) const {
    const ItemProgress* progress = state.Session().Item();
    if (!progress || !progress->quiz) return 0;
    const QuizEngine& engine = *progress->quiz;
    if (engine.Phase() == QuizPhase::Feedback && now < progress->shownAt + kCheerMs) return now + 16;
    if (const auto deadline = engine.Deadline())
        return std::min(*deadline, now + kCountdownTickMs - (now - progress->shownAt) % kCountdownTickMs);
    return 0;
}

void QuizFeature::Drain() {
    if (!m_running) return;
    for (QuizEvent& event : m_running->TakeEvents())
        m_events.push_back({std::move(event), m_runningItem, m_runningChoices});
}

std::vector<PendingQuizEvent> QuizFeature::TakeEvents() {
    return std::exchange(m_events, {});
}

} // namespace kepu
