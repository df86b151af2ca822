// Which questions a quiz asks: the engine's own question record (independent of the content
// format), and the seeded draw for practice, challenge and self-test.
#pragma once
#include "core/kiosk_types.hpp"
#include "core/quiz_types.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace kepu {

// What the engine needs of a question; the content side fills it from its own records.
struct EngineQuestion {
    std::string setId;
    std::string id;
    QuestionType type = QuestionType::Single;
    int choiceCount = 0;             // a true-false question has 2: 0 is 对 Right, 1 is 错 Wrong
    std::vector<int> correct;        // choice indices; one for single and true-false
    int difficulty = 1;              // 1..3
    std::vector<Audience> audiences; // empty: for everyone
    std::string topic;
    std::optional<SelfTestPart> selfTest;
};

// How the visit knows a question: "set/id", unique across packs.
std::string QuestionKey(const EngineQuestion& question);

inline constexpr int kQuizQuestions = 10;

struct DrawRequest {
    QuizMode mode = QuizMode::Practice;
    Audience audience = Audience::Unspecified; // Unspecified: every question is eligible
    std::string topic;                         // empty: any topic (practice and challenge only)
    std::string setId; // a quiz set the visitor picked (the audience then does not narrow); empty: all
    std::vector<std::string> askedKeys; // QuestionKey of everything already asked this visit
    // Exactly these questions (QuestionKey), in this order, whatever was asked before: a story's
    // 相关问答. Keys not in the pool are skipped. Empty: draw by the fields above.
    std::vector<std::string> questionKeys;
};

struct Draw {
    std::vector<std::size_t> picked; // indices into the pool, in the order asked
    int wanted = 0;                  // 10, or 20 for the self-test
    // Fewer than wanted because the pool (after the filters and this visit's questions) is small.
    // For the self-test: some part has fewer than its blueprint asks for.
    bool shortOfQuestions = false;
};

// Practice and challenge: the eligible questions are grouped by difficulty, each group shuffled,
// and picked round-robin 1, 2, 3, 1, 2, 3 … skipping an empty group, so the three levels differ by at
// most one while each has questions left; then asked easiest first. The self-test does the same
// within each part for the part's blueprint count, parts in blueprint order; audience and topic do
// not narrow it (everyone takes the same test).
Draw DrawQuestions(const std::vector<EngineQuestion>& pool, const DrawRequest& request, std::mt19937_64& rng);

} // namespace kepu
