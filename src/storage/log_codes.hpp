// The participation log's stable codes: the small integers stored for kinds, modules, audiences,
// languages, end reasons and tutorial outcomes. Defined here only; the log copies them into its
// dictionary tables so the sqlite3 shell can read names. A code, once shipped, never changes meaning.
#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace kepu::logcodes {

struct CodeName {
    int code;
    std::string_view name; // the name the core gives the value (LogKindName, AudienceName, …)
};

// To add a value: one line here with the next free number (names are matched, so the enum's name
// function is all the core needs). Never reuse or renumber a code.
inline constexpr CodeName kKinds[] = {
    {1, "visit_started"}, {2, "visit_ended"},     {3, "module_entered"},    {4, "module_left"},
    {5, "item_opened"},   {6, "item_closed"},     {7, "item_started"},      {8, "item_completed"},
    {9, "quiz_answered"}, {10, "quiz_finished"},  {11, "tutorial_step"},    {12, "reading_progress"},
    {13, "quiz_started"}, {14, "quiz_abandoned"}, {15, "self_test_result"},
};
inline constexpr CodeName kAudiences[] = {
    {0, "unspecified"}, {1, "student"},       {2, "farmer"}, {3, "worker"},
    {4, "senior"},      {5, "civil-servant"}, {6, "other"},
};
inline constexpr CodeName kLangs[] = {{0, "zh"}, {1, "en"}};
// 0: not a visit_ended event.
inline constexpr CodeName kEndReasons[] = {{0, ""}, {1, "idle"}, {2, "home"}, {3, "admin"}, {4, "shutdown"}};
// 0: outside a module. The ids of kModules in core/content_catalog.hpp.
inline constexpr CodeName kModules[] = {{0, ""}, {1, "quizzes"}, {2, "stories"}, {3, "seniors"}};
inline constexpr CodeName kTutorialOutcomes[] = {
    {1, "reached"}, {2, "completed"}, {3, "hinted"}, {4, "demo_watched"}, {5, "abandoned"},
};
// QuizModeName and SelfTestLevelName (schema 4).
inline constexpr CodeName kQuizModes[] = {{1, "practice"}, {2, "challenge"}, {3, "self-test"}};
inline constexpr CodeName kSelfTestLevels[] = {{0, "not-yet"}, {1, "basic"}, {2, "literate"}, {3, "high"}};

// A name the table lacks (a value added to the core without a line above) is not lost: the log
// gives it the next free code at or above this, in the database's own dictionary table.
inline constexpr int kFirstLocalCode = 1000;

std::optional<int> CodeOf(std::span<const CodeName> table, std::string_view name);

// The dictionary tables, for the log's schema and the documentation.
struct Dictionary {
    std::string_view table;
    std::span<const CodeName> codes;
};
inline constexpr Dictionary kDictionaries[] = {
    {"kinds", kKinds},          {"audiences", kAudiences},
    {"langs", kLangs},          {"end_reasons", kEndReasons},
    {"modules", kModules},      {"tutorial_outcomes", kTutorialOutcomes},
    {"quiz_modes", kQuizModes}, {"self_test_levels", kSelfTestLevels}, // from schema 4
};

} // namespace kepu::logcodes
