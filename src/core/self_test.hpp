// The science-literacy self-test's blueprint (questions and points per part), its levels and the part
// to practise next. Modelled on the national survey, not the survey itself: docs/self-test.md.
#pragma once
#include "core/quiz_types.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace kepu {

struct SelfTestBlueprintPart {
    SelfTestPart part;
    int questions; // how many the self-test draws for this part
    int points;    // what the part is worth out of 100
};

// 8/4/4/4 questions at 5 points each: knowledge 40, method 20, spirit 20, application 20.
inline constexpr std::array<SelfTestBlueprintPart, kSelfTestPartCount> kSelfTestBlueprint = {{
    {SelfTestPart::Knowledge, 8, 40},
    {SelfTestPart::Method, 4, 20},
    {SelfTestPart::Spirit, 4, 20},
    {SelfTestPart::Application, 4, 20},
}};
inline constexpr int kSelfTestQuestions = 20;
inline constexpr int kSelfTestTotal = 100;

const SelfTestBlueprintPart& BlueprintFor(SelfTestPart part);

// The survey's levels. A boundary value belongs to the level above it (55 is Basic, 70 Literate,
// 85 High): the survey's own report gives them as "85分及以上" and "低于55分(不含)".
enum class SelfTestLevel { NotYet, Basic, Literate, High };
inline constexpr int kBasicFrom = 55;
inline constexpr int kLiterateFrom = 70;
inline constexpr int kHighFrom = 85;

SelfTestLevel LevelForTotal(int total);
// Stable ids for the log and the screen's text keys: not-yet, basic, literate, high.
std::string_view SelfTestLevelName(SelfTestLevel level);

// A part's points earned: its worth times the share answered right, rounded to the nearest whole
// point (exactly 5 a question when the blueprint is full). Zero when the part had no questions.
int PartScore(SelfTestPart part, int right, int asked);

// The part to practise next: the lowest share of its points; ties go to the part listed first in
// the blueprint. None when every part asked was answered fully right, or none was asked.
std::optional<SelfTestPart> PartToPractise(const std::array<int, kSelfTestPartCount>& partScores,
                                           const std::array<int, kSelfTestPartCount>& partAsked);

} // namespace kepu
