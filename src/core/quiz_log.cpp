// The quiz player's events as participation-log entries.
#include "core/quiz_log.hpp"

#include <type_traits>

namespace kepu {
namespace {

// Only what identifies the visit is taken from base: a field a stray kind left there never leaks in.
LogEvent Stamped(LogKind kind, const LogEvent& base, std::int64_t utcMs, const std::string& item) {
    LogEvent e;
    e.kind = kind;
    e.visit = base.visit;
    e.atUtcMs = utcMs;
    e.localDate = LocalDateShanghai(utcMs);
    e.audience = base.audience;
    e.lang = base.lang;
    e.textSize = base.textSize;
    e.module = base.module;
    e.item = item;
    return e;
}

} // namespace

LogEvent QuizLogEntry(const QuizEvent& event, const LogEvent& base, const std::string& quizItem) {
    return std::visit(
        [&](const auto& quiz) -> LogEvent {
            using T = std::decay_t<decltype(quiz)>;
            if constexpr (std::is_same_v<T, QuizStartedEvent>) {
                LogEvent e = Stamped(LogKind::QuizStarted, base, quiz.utcMs, quizItem);
                e.quizMode = QuizModeName(quiz.mode);
                e.topic = quiz.topic;
                e.outOf = quiz.questionCount;
                e.wanted = quiz.wanted;
                e.timed = quiz.timed;
                return e;
            } else if constexpr (std::is_same_v<T, QuizAnsweredEvent>) {
                const QuestionReview& answer = quiz.answer;
                LogEvent e = Stamped(LogKind::QuizAnswered, base, quiz.utcMs, answer.setId);
                e.question = answer.questionId;
                e.choices = answer.chosen;
                e.correct = answer.right;
                e.answerMs = answer.timeMs;
                e.timedOut = answer.timedOut;
                e.position = quiz.index;
                e.points = answer.points;
                return e;
            } else if constexpr (std::is_same_v<T, QuizFinishedEvent>) {
                const QuizResult& result = quiz.result;
                LogEvent e = Stamped(LogKind::QuizFinished, base, quiz.utcMs, quizItem);
                e.quizMode = QuizModeName(result.mode);
                e.score = result.rightCount;
                e.outOf = result.questionCount;
                // The plan's target counts the literate: a self-test at 70 or more (docs/self-test.md).
                e.passed = result.selfTest && result.selfTest->level >= SelfTestLevel::Literate;
                e.points = result.score;
                e.maxPoints = result.maxScore;
                e.stars = result.stars;
                return e;
            } else if constexpr (std::is_same_v<T, SelfTestResultEvent>) {
                LogEvent e = Stamped(LogKind::SelfTestResult, base, quiz.utcMs, quizItem);
                e.partScores = quiz.outcome.partScores;
                e.total = quiz.outcome.total;
                e.level = quiz.outcome.level;
                return e;
            } else {
                static_assert(std::is_same_v<T, QuizAbandonedEvent>, "a QuizEvent without a log entry");
                const QuizResult& soFar = quiz.soFar;
                LogEvent e = Stamped(LogKind::QuizAbandoned, base, quiz.utcMs, quizItem);
                e.quizMode = QuizModeName(soFar.mode);
                e.score = soFar.rightCount;
                e.answered = soFar.answered;
                e.outOf = soFar.questionCount;
                return e;
            }
        },
        event);
}

} // namespace kepu
