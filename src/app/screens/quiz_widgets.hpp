// Drawings and pieces the quiz screens share: the right / wrong marks, stars, the footer's main
// action, and a choice's letter badge. Drawn as shapes, so they show whatever the font holds.
#pragma once
#include "app/screens/screens.hpp"

namespace kepu {

// A filled circle with a white tick (right) or cross (wrong).
void DrawMark(ImDrawList* draw, ImVec2 center, float radius, bool right);
// The tick (or cross) inside a circle of that radius: a right answer's mark, 对 / 错 badges.
void DrawTickOrCross(ImDrawList* draw, ImVec2 center, float radius, bool tick, ImU32 color, float thickness);
void DrawStar(ImDrawList* draw, ImVec2 center, float radius, bool filled);
// The screen's main step (确定, 下一题, 再来一次) in the middle of the footer, between 返回 and 首页.
bool FooterAction(Ui& ui, const char* testId, const std::string& label, bool enabled = true);
// "正确答案：" in Chinese, "Right answer: " in English.
std::string WithColon(const Ui& ui, const std::string& label);
// The texts of choices joined as a list: "甲、乙" or "A, B".
std::string JoinChoiceTexts(const Ui& ui, const QuizQuestion& question, const std::vector<int>& choices);

} // namespace kepu

namespace kepu {
// The results of a finished quiz (quiz_results_screen.cpp); DrawQuizScreen calls it.
void DrawQuizResults(Ui& ui, const QuizScreenView& view, const ContentArea& area, float& scrollY);
} // namespace kepu
