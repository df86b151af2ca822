// Value types of the quiz player shared by the engine and (later) the content format: question
// types, the self-test's four parts and the three modes, with their stable names for files and logs.
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

namespace kepu {

enum class QuestionType { Single, Multiple, TrueFalse };
// The four parts of the national civic scientific literacy survey (see docs/self-test.md).
enum class SelfTestPart { Knowledge, Method, Spirit, Application };
inline constexpr std::size_t kSelfTestPartCount = 4;
inline constexpr std::array<SelfTestPart, kSelfTestPartCount> kSelfTestParts = {
    SelfTestPart::Knowledge, SelfTestPart::Method, SelfTestPart::Spirit, SelfTestPart::Application};
enum class QuizMode { Practice, Challenge, SelfTest };

// Stable ids: the content format and the log use exactly these.
constexpr std::string_view QuestionTypeName(QuestionType type) {
    switch (type) {
    case QuestionType::Single: return "single";
    case QuestionType::Multiple: return "multiple";
    case QuestionType::TrueFalse: return "true-false";
    }
    return "single";
}

constexpr std::string_view SelfTestPartName(SelfTestPart part) {
    switch (part) {
    case SelfTestPart::Knowledge: return "knowledge";
    case SelfTestPart::Method: return "method";
    case SelfTestPart::Spirit: return "spirit";
    case SelfTestPart::Application: return "application";
    }
    return "knowledge";
}

constexpr std::string_view QuizModeName(QuizMode mode) {
    switch (mode) {
    case QuizMode::Practice: return "practice";
    case QuizMode::Challenge: return "challenge";
    case QuizMode::SelfTest: return "self-test";
    }
    return "practice";
}

} // namespace kepu
