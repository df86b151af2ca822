// The seeded draw: filters, no repeats within a visit, balance over difficulty, the self-test blueprint.
#include "core/quiz_draw.hpp"

#include "core/self_test.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace kepu {

std::string QuestionKey(const EngineQuestion& question) {
    return question.setId + "/" + question.id;
}

namespace {

bool ForAudience(const EngineQuestion& question, Audience audience) {
    if (audience == Audience::Unspecified || question.audiences.empty()) return true;
    return std::find(question.audiences.begin(), question.audiences.end(), audience) !=
           question.audiences.end();
}

std::size_t DifficultySlot(int difficulty) {
    return static_cast<std::size_t>(std::clamp(difficulty, 1, 3) - 1);
}

// Up to `count` of `eligible`, round-robin over difficulty, returned easiest first.
std::vector<std::size_t> PickBalanced(const std::vector<EngineQuestion>& pool,
                                      const std::vector<std::size_t>& eligible, int count,
                                      std::mt19937_64& rng) {
    std::array<std::vector<std::size_t>, 3> byDifficulty;
    for (std::size_t index : eligible)
        byDifficulty[DifficultySlot(pool[index].difficulty)].push_back(index);
    for (auto& group : byDifficulty)
        std::shuffle(group.begin(), group.end(), rng);

    std::vector<std::size_t> picked;
    std::array<std::size_t, 3> next = {0, 0, 0};
    bool progress = true;
    while (static_cast<int>(picked.size()) < count && progress) {
        progress = false;
        for (std::size_t slot = 0; slot < 3 && static_cast<int>(picked.size()) < count; ++slot) {
            if (next[slot] >= byDifficulty[slot].size()) continue;
            picked.push_back(byDifficulty[slot][next[slot]++]);
            progress = true;
        }
    }
    std::stable_sort(picked.begin(), picked.end(), [&](std::size_t a, std::size_t b) {
        return DifficultySlot(pool[a].difficulty) < DifficultySlot(pool[b].difficulty);
    });
    return picked;
}

} // namespace

Draw DrawQuestions(const std::vector<EngineQuestion>& pool, const DrawRequest& request,
                   std::mt19937_64& rng) {
    const std::unordered_set<std::string> asked(request.askedKeys.begin(), request.askedKeys.end());
    std::unordered_set<std::string> seen; // a question listed twice in the pool is asked once
    auto fresh = [&](const EngineQuestion& question) {
        const std::string key = QuestionKey(question);
        return !asked.count(key) && seen.insert(key).second;
    };

    Draw draw;
    if (!request.questionKeys.empty()) {
        draw.wanted = static_cast<int>(request.questionKeys.size());
        for (const std::string& key : request.questionKeys) {
            for (std::size_t i = 0; i < pool.size(); ++i) {
                if (QuestionKey(pool[i]) == key) {
                    if (seen.insert(key).second) draw.picked.push_back(i);
                    break;
                }
            }
        }
        draw.shortOfQuestions = static_cast<int>(draw.picked.size()) < draw.wanted;
        return draw;
    }
    if (request.mode == QuizMode::SelfTest) {
        draw.wanted = kSelfTestQuestions;
        std::array<std::vector<std::size_t>, kSelfTestPartCount> byPart;
        for (std::size_t i = 0; i < pool.size(); ++i) {
            if (pool[i].selfTest && fresh(pool[i]))
                byPart[static_cast<std::size_t>(*pool[i].selfTest)].push_back(i);
        }
        for (const SelfTestBlueprintPart& part : kSelfTestBlueprint) {
            const auto picked =
                PickBalanced(pool, byPart[static_cast<std::size_t>(part.part)], part.questions, rng);
            if (static_cast<int>(picked.size()) < part.questions) draw.shortOfQuestions = true;
            draw.picked.insert(draw.picked.end(), picked.begin(), picked.end());
        }
        return draw;
    }

    draw.wanted = kQuizQuestions;
    std::vector<std::size_t> eligible;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const EngineQuestion& question = pool[i];
        // A set the visitor picked is theirs whatever group they said they are in.
        if (request.setId.empty() && !ForAudience(question, request.audience)) continue;
        if (!request.topic.empty() && question.topic != request.topic) continue;
        if (!request.setId.empty() && question.setId != request.setId) continue;
        if (fresh(question)) eligible.push_back(i);
    }
    draw.picked = PickBalanced(pool, eligible, draw.wanted, rng);
    draw.shortOfQuestions = static_cast<int>(draw.picked.size()) < draw.wanted;
    return draw;
}

} // namespace kepu
