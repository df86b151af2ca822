// The self-test's levels, part scores and the part to practise next.
#include "core/self_test.hpp"

namespace kepu {

const SelfTestBlueprintPart& BlueprintFor(SelfTestPart part) {
    return kSelfTestBlueprint[static_cast<std::size_t>(part)];
}

SelfTestLevel LevelForTotal(int total) {
    if (total >= kHighFrom) return SelfTestLevel::High;
    if (total >= kLiterateFrom) return SelfTestLevel::Literate;
    if (total >= kBasicFrom) return SelfTestLevel::Basic;
    return SelfTestLevel::NotYet;
}

std::string_view SelfTestLevelName(SelfTestLevel level) {
    switch (level) {
    case SelfTestLevel::NotYet: return "not-yet";
    case SelfTestLevel::Basic: return "basic";
    case SelfTestLevel::Literate: return "literate";
    case SelfTestLevel::High: return "high";
    }
    return "not-yet";
}

int PartScore(SelfTestPart part, int right, int asked) {
    if (asked <= 0) return 0;
    const int points = BlueprintFor(part).points;
    // Rounded half up in integers; a short part still counts for its full worth.
    return (2 * points * right + asked) / (2 * asked);
}

std::optional<SelfTestPart> PartToPractise(const std::array<int, kSelfTestPartCount>& partScores,
                                           const std::array<int, kSelfTestPartCount>& partAsked) {
    std::optional<SelfTestPart> weakest;
    // Shares compared as cross products so no rounding decides a tie.
    int weakestScore = 0;
    int weakestPoints = 1;
    for (SelfTestPart part : kSelfTestParts) {
        const auto index = static_cast<std::size_t>(part);
        if (partAsked[index] <= 0) continue;
        const int points = BlueprintFor(part).points;
        if (partScores[index] >= points) continue;
        if (!weakest || partScores[index] * weakestPoints < weakestScore * points) {
            weakest = part;
            weakestScore = partScores[index];
            weakestPoints = points;
        }
    }
    return weakest;
}

} // namespace kepu
