// The quiz engine: one quiz's questions, answers, timer, score and log events.
#include "core/quiz_engine.hpp"

#include <algorithm>
#include <cassert>
#include <numeric>

namespace kepu {

std::string_view EncouragementName(Encouragement band) {
    switch (band) {
    case Encouragement::KeepExploring: return "keep-exploring";
    case Encouragement::GoodStart: return "good-start";
    case Encouragement::WellDone: return "well-done";
    case Encouragement::Excellent: return "excellent";
    }
    return "keep-exploring";
}

namespace {

// Stars by the share answered right (speed never costs a star): none right 0, any right 1,
// half or more 2, four in five or more 3.
int StarsFor(int right, int count) {
    if (count <= 0 || right <= 0) return 0;
    if (right * 5 >= count * 4) return 3;
    if (right * 2 >= count) return 2;
    return 1;
}

} // namespace

QuizEngine::QuizEngine(const std::vector<EngineQuestion>& pool, const QuizOptions& options,
                       const Clock& clock)
    : m_clock(clock), m_mode(options.draw.mode),
      m_timed(options.draw.mode == QuizMode::Challenge && !options.untimed) {
    std::mt19937_64 rng(options.seed);
    const Draw draw = DrawQuestions(pool, options.draw, rng);
    m_wanted = draw.wanted;
    m_short = draw.shortOfQuestions;
    for (std::size_t index : draw.picked) {
        const EngineQuestion& question = pool[index];
        m_questions.push_back(question);
        std::vector<int> order(static_cast<std::size_t>(std::max(question.choiceCount, 0)));
        std::iota(order.begin(), order.end(), 0);
        if (question.type != QuestionType::TrueFalse) std::shuffle(order.begin(), order.end(), rng);
        m_order.push_back(std::move(order));
    }
    m_shownAt = m_clock.NowMs();
    std::vector<std::string> keys;
    for (const EngineQuestion& question : m_questions)
        keys.push_back(QuestionKey(question));
    m_events.push_back(QuizStartedEvent{m_mode, options.draw.audience, options.draw.topic, std::move(keys),
                                        QuestionCount(), m_wanted, m_timed, m_clock.UtcMs()});
    if (m_questions.empty()) Finish();
}

const EngineQuestion& QuizEngine::Question(int index) const {
    assert(index >= 0 && static_cast<std::size_t>(index) < m_questions.size() &&
           "QuizEngine::Question: no such question (an empty quiz has none; check QuestionCount())");
    return m_questions[static_cast<std::size_t>(index)];
}

std::optional<Millis> QuizEngine::Deadline() const {
    if (!m_timed || m_phase != QuizPhase::Asking) return std::nullopt;
    return m_shownAt + kChallengeLimitMs;
}

Millis QuizEngine::RemainingMs() const {
    const auto deadline = Deadline();
    if (!deadline) return 0;
    return std::max<Millis>(0, *deadline - m_clock.NowMs());
}

int QuizEngine::SecondsLeft() const {
    return static_cast<int>((RemainingMs() + 999) / 1000);
}

int QuizEngine::PointsFor(bool right, Millis timeMs) const {
    if (!right) return 0;
    // A self-test question is worth its share of the 100 (5), so its answers add up to the total.
    if (m_mode == QuizMode::SelfTest) return kSelfTestTotal / kSelfTestQuestions;
    if (!m_timed) return kPointsRight;
    // Up to 5 for speed: one point per started fifth of the limit left, so any answer in time gets 1.
    const Millis left = std::clamp<Millis>(kChallengeLimitMs - timeMs, 0, kChallengeLimitMs);
    const auto bonus = static_cast<int>((left * kMaxSpeedBonus + kChallengeLimitMs - 1) / kChallengeLimitMs);
    return kPointsRight + bonus;
}

void QuizEngine::Record(std::vector<int> chosen, bool timedOut, Millis at) {
    const EngineQuestion& question = m_questions[m_current];
    std::vector<int> correct = question.correct;
    std::sort(correct.begin(), correct.end());
    correct.erase(std::unique(correct.begin(), correct.end()), correct.end());

    QuestionReview review;
    review.key = QuestionKey(question);
    review.setId = question.setId;
    review.questionId = question.id;
    review.right = !timedOut && chosen == correct;
    review.chosen = std::move(chosen);
    review.timedOut = timedOut;
    review.timeMs = timedOut ? kChallengeLimitMs : at - m_shownAt;
    review.points = PointsFor(review.right, review.timeMs);
    m_answers.push_back(review);
    m_events.push_back(QuizAnsweredEvent{m_mode, static_cast<int>(m_current), review, UtcAt(m_clock, at)});
    m_phase = QuizPhase::Feedback;
}

AnswerOutcome QuizEngine::Answer(std::vector<int> chosen) {
    AnswerOutcome outcome;
    if (m_phase != QuizPhase::Asking) {
        outcome.error = "no question is waiting for an answer";
        return outcome;
    }
    if (Update()) {
        outcome.error = "the time ran out before the answer";
        return outcome;
    }
    const EngineQuestion& question = m_questions[m_current];
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    for (int choice : chosen) {
        if (choice < 0 || choice >= question.choiceCount) {
            outcome.error = "choice " + std::to_string(choice) + " is not one of the " +
                            std::to_string(question.choiceCount) + " choices";
            return outcome;
        }
    }
    if (chosen.empty() || (question.type != QuestionType::Multiple && chosen.size() != 1)) {
        outcome.error = question.type == QuestionType::Multiple
                            ? "a multiple-answer question needs at least one choice"
                            : "this question takes exactly one choice";
        return outcome;
    }
    Record(std::move(chosen), false, m_clock.NowMs());
    outcome.accepted = true;
    outcome.right = m_answers.back().right;
    outcome.points = m_answers.back().points;
    return outcome;
}

bool QuizEngine::Update() {
    const auto deadline = Deadline();
    if (!deadline || m_clock.NowMs() < *deadline) return false;
    // Logged at the deadline, not when the frame noticed it.
    Record({}, true, *deadline);
    return true;
}

void QuizEngine::Next() {
    if (m_phase != QuizPhase::Feedback) return;
    if (m_current + 1 >= m_questions.size()) {
        Finish();
        return;
    }
    ++m_current;
    m_shownAt = m_clock.NowMs();
    m_phase = QuizPhase::Asking;
}

void QuizEngine::Finish() {
    m_phase = QuizPhase::Finished;
    QuizResult result = Result();
    m_events.push_back(QuizFinishedEvent{result, m_clock.UtcMs()});
    if (result.selfTest) m_events.push_back(SelfTestResultEvent{*result.selfTest, m_clock.UtcMs()});
}

void QuizEngine::Abandon() {
    if (m_phase == QuizPhase::Finished || m_phase == QuizPhase::Abandoned) return;
    m_phase = QuizPhase::Abandoned;
    m_events.push_back(QuizAbandonedEvent{Result(), m_clock.UtcMs()});
}

const QuestionReview* QuizEngine::Review(int index) const {
    if (index < 0 || static_cast<std::size_t>(index) >= m_answers.size()) return nullptr;
    return &m_answers[static_cast<std::size_t>(index)];
}

QuizResult QuizEngine::Result() const {
    QuizResult result;
    result.mode = m_mode;
    result.questionCount = QuestionCount();
    result.answered = static_cast<int>(m_answers.size());
    result.abandoned = m_phase == QuizPhase::Abandoned;
    result.review = m_answers;
    for (const QuestionReview& answer : m_answers) {
        result.rightCount += answer.right ? 1 : 0;
        result.score += answer.points;
    }
    result.maxScore = QuestionCount() * (m_timed ? kPointsRight + kMaxSpeedBonus : kPointsRight);

    if (m_mode == QuizMode::SelfTest) {
        SelfTestOutcome outcome;
        std::array<int, kSelfTestPartCount> partRight{};
        for (std::size_t i = 0; i < m_questions.size(); ++i) {
            const auto part =
                static_cast<std::size_t>(m_questions[i].selfTest.value_or(SelfTestPart::Knowledge));
            ++outcome.partAsked[part];
            if (i < m_answers.size() && m_answers[i].right) ++partRight[part];
        }
        for (SelfTestPart part : kSelfTestParts) {
            const auto index = static_cast<std::size_t>(part);
            outcome.partScores[index] = PartScore(part, partRight[index], outcome.partAsked[index]);
            outcome.total += outcome.partScores[index];
        }
        outcome.level = LevelForTotal(outcome.total);
        outcome.practiseNext = PartToPractise(outcome.partScores, outcome.partAsked);
        result.score = outcome.total;
        result.maxScore = kSelfTestTotal;
        result.selfTest = outcome;
    }

    result.stars = StarsFor(result.rightCount, result.questionCount);
    result.band = static_cast<Encouragement>(result.stars);
    return result;
}

std::vector<QuizEvent> QuizEngine::TakeEvents() {
    std::vector<QuizEvent> events;
    events.swap(m_events);
    return events;
}

} // namespace kepu
