// The quiz question format of issue 8: the three types, difficulty, audiences, topic and self-test
// part, each rule with the exact message and place `kepu-kiosk validate` shows, and valid files of
// each type loaded with the right fields.
#include "content_messages.hpp"
#include "core/content_catalog.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kepu;
using kepu::testing::ErrorAt;
using kepu::testing::Messages;
namespace fs = std::filesystem;

namespace {

const char* const kManifest = R"(id = "pack-f"
version = "1"
languages = ["zh", "en"]
title = { zh = "格式包", en = "Format pack" }
)";

// A set with one question whose body (from line 8) the test writes; explanation and source follow.
const char* const kHead = R"(id = "quiz-f"
title = { zh = "格式", en = "Format" }
summary = { zh = "概要。", en = "Summary." }

[[question]]
id = "q1"
text = { zh = "问题？", en = "Question?" }
)";
const char* const kTail = "explanation = { zh = \"解释。\", en = \"Why.\" }\nsource = \"某书\"\n";
const char* const kChoices = "choices = [{ zh = \"甲\", en = \"A\" }, { zh = \"乙\", en = \"B\" }, "
                             "{ zh = \"丙\", en = \"C\" }]\n";

struct QuizFolder {
    kepu::testing::TempDir temp{"kepu-quiz-format"};
    fs::path Write(const std::string& path, const std::string& text) const {
        const fs::path file = temp.Path() / path;
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }
    ContentCatalog Load() const { return LoadContentCatalog(temp.Path()); }
};

// The messages for a set whose one question has this body (line 8 on), explanation and source.
struct OneQuestion {
    QuizFolder folder;
    std::string file;
    ContentCatalog catalog;
    explicit OneQuestion(const std::string& body, const std::string& tail = kTail) {
        folder.Write("f/pack.toml", kManifest);
        file = folder.Write("f/quizzes/quiz-f.toml", kHead + body + tail).string();
        catalog = folder.Load();
    }
    std::string At(int line, int column) const {
        return file + ":" + std::to_string(line) + ":" + std::to_string(column);
    }
    std::vector<std::string> Messages() const { return kepu::testing::Messages(catalog); }
    const QuizQuestion* Question() const {
        const ContentItem* item = catalog.FindItem("quiz-f");
        return item && item->AsQuizSet() ? &item->AsQuizSet()->questions.at(0) : nullptr;
    }
};

// One error, exactly this, and the set left out.
void ExpectOnly(const OneQuestion& q, int line, int column, const std::string& zh, const std::string& en) {
    CHECK(q.Messages() == std::vector<std::string>{ErrorAt(q.At(line, column), zh, en)});
    CHECK(q.catalog.FindItem("quiz-f") == nullptr);
}

} // namespace

TEST_CASE("quiz format: a single question with every field loads with them") {
    const OneQuestion q(std::string(kChoices) +
                        "answer = 3\ndifficulty = 2\naudiences = [\"farmer\", \"civil-servant\"]\n"
                        "topic = \"agriculture\"\nself_test = \"application\"\n");
    CHECK(q.Messages().empty());
    const QuizQuestion* question = q.Question();
    REQUIRE(question);
    CHECK(question->type == QuestionType::Single);
    CHECK(question->choices.size() == 3);
    CHECK(question->answers == std::vector<int>{2});
    CHECK(question->difficulty == 2);
    CHECK(question->audiences == std::vector<Audience>{Audience::Farmer, Audience::CivilServant});
    CHECK(question->topic == "agriculture");
    CHECK(question->selfTest == SelfTestPart::Application);
    CHECK(question->explanation.en == "Why.");
    CHECK(question->source == "某书");
    CHECK(question->textPlace.line == 7);
}

TEST_CASE("quiz format: a multiple question loads its right answers, in order") {
    const OneQuestion q("type = \"multiple\"\n" + std::string(kChoices) +
                        "answers = [3, 1]\ndifficulty = 3\n");
    CHECK(q.Messages().empty());
    const QuizQuestion* question = q.Question();
    REQUIRE(question);
    CHECK(question->type == QuestionType::Multiple);
    CHECK(question->answers == std::vector<int>{0, 2});
    CHECK(question->difficulty == 3);
    CHECK(question->audiences.empty()); // everyone
    CHECK_FALSE(question->selfTest);
}

TEST_CASE("quiz format: a true-false question gets the choices 对 and 错") {
    const OneQuestion right("type = \"true-false\"\nanswer = 1\ndifficulty = 1\nself_test = \"spirit\"\n");
    CHECK(right.Messages().empty());
    REQUIRE(right.Question());
    CHECK(right.Question()->type == QuestionType::TrueFalse);
    REQUIRE(right.Question()->choices.size() == 2);
    CHECK(right.Question()->choices[0].zh == "对");
    CHECK(right.Question()->choices[0].en == "Right");
    CHECK(right.Question()->choices[1].zh == "错");
    CHECK(right.Question()->choices[1].en == "Wrong");
    CHECK(right.Question()->answers == std::vector<int>{0});
    CHECK(right.Question()->selfTest == SelfTestPart::Spirit);
    const OneQuestion wrong("type = \"true-false\"\nanswer = 2\ndifficulty = 1\n");
    REQUIRE(wrong.Question());
    CHECK(wrong.Question()->answers == std::vector<int>{1});
}

TEST_CASE("quiz format: the set's audiences and topic apply to questions without their own") {
    QuizFolder folder;
    folder.Write("f/pack.toml", kManifest);
    std::string set = kHead;
    set.insert(set.find("\n[[question]]"), "\naudiences = [\"senior\"]\ntopic = \"health\"");
    set += std::string(kChoices) + "answer = 1\ndifficulty = 1\n" + kTail;
    set += "\n[[question]]\nid = \"q2\"\ntext = { zh = \"另一问？\", en = \"Another?\" }\n" +
           std::string(kChoices) +
           "answer = 2\ndifficulty = 1\naudiences = [\"student\", \"worker\"]\ntopic = \"safety\"\n" + kTail;
    folder.Write("f/quizzes/quiz-f.toml", set);
    const ContentCatalog catalog = folder.Load();
    CHECK(Messages(catalog).empty());
    REQUIRE(catalog.FindItem("quiz-f"));
    const QuizSet& quiz = *catalog.FindItem("quiz-f")->AsQuizSet();
    CHECK(quiz.audiences == std::vector<Audience>{Audience::Senior});
    REQUIRE(quiz.questions.size() == 2);
    CHECK(quiz.questions[0].audiences == std::vector<Audience>{Audience::Senior});
    CHECK(quiz.questions[0].topic == "health");
    CHECK(quiz.questions[1].audiences == std::vector<Audience>{Audience::Student, Audience::Worker});
    CHECK(quiz.questions[1].topic == "safety");
}

TEST_CASE("quiz format: a wrong type") {
    ExpectOnly(OneQuestion("type = \"multi\"\n" + std::string(kChoices) + "answer = 1\ndifficulty = 1\n"), 8,
               8, "\"type\" 必须是 \"single\"（单选）、\"multiple\"（多选）或 \"true-false\"（判断）",
               "\"type\" must be \"single\", \"multiple\" or \"true-false\"");
}

TEST_CASE("quiz format: answer and answers follow the type") {
    ExpectOnly(OneQuestion("type = \"multiple\"\n" + std::string(kChoices) +
                           "answer = 1\nanswers = [1, 2]\n"
                           "difficulty = 1\n"),
               10, 10,
               "多选题（type = \"multiple\"）用 \"answers\" = [N, M] 写出所有正确答案，不用 \"answer\"",
               "a multiple question (type = \"multiple\") lists its right choices in \"answers\" = [N, M], "
               "not \"answer\"");
    ExpectOnly(
        OneQuestion(std::string(kChoices) + "answer = 1\nanswers = [1, 2]\ndifficulty = 1\n"), 10, 11,
        "只有多选题（type = \"multiple\"）才用 \"answers\"；这道题只有一个正确答案，请写 \"answer\" = N",
        "only a multiple question (type = \"multiple\") uses \"answers\"; this one has one right answer: "
        "write \"answer\" = N");
    ExpectOnly(
        OneQuestion("type = \"true-false\"\nanswer = 1\nanswers = [1]\ndifficulty = 1\n"), 10, 11,
        "只有多选题（type = \"multiple\"）才用 \"answers\"；这道题只有一个正确答案，请写 \"answer\" = N",
        "only a multiple question (type = \"multiple\") uses \"answers\"; this one has one right answer: "
        "write \"answer\" = N");
    ExpectOnly(OneQuestion("type = \"true-false\"\nanswer = 3\ndifficulty = 1\n"), 9, 10,
               "判断题的 \"answer\" 必须是 1（对）或 2（错）",
               "a true-false \"answer\" must be 1 (right, 对) or 2 (wrong, 错)");
}

TEST_CASE("quiz format: a multiple question's answers") {
    const std::string head = "type = \"multiple\"\n" + std::string(kChoices);
    ExpectOnly(OneQuestion(head + "answers = [1, 4]\ndifficulty = 1\n"), 10, 15,
               "\"answers\" 中的 4 超出范围：这道题有 3 个选项（答案从 1 开始数）",
               "\"answers\" has 4, out of range: this question has 3 choices (answers count from 1)");
    ExpectOnly(OneQuestion(head + "answers = [2, 2]\ndifficulty = 1\n"), 10, 15,
               "\"answers\" 中的 2 写了两次", "\"answers\" lists 2 twice");
    ExpectOnly(
        OneQuestion(head + "answers = [2]\ndifficulty = 1\n"), 10, 11,
        "多选题至少要有两个正确答案（\"answers\" 现在有 1 个）；只有一个正确答案请用 type = \"single\"",
        "a multiple question needs at least two right answers (\"answers\" has 1); with one right "
        "answer use type = \"single\"");
    ExpectOnly(OneQuestion(head + "answers = [1, 2, 3]\ndifficulty = 1\n"), 10, 11,
               "多选题至少要有一个错误选项：现在每个选项都是正确答案",
               "a multiple question needs at least one wrong choice: now every choice is right");
    ExpectOnly(OneQuestion(head + "difficulty = 1\n"), 5, 1, "缺少 \"answers\" 字段（列表）",
               "missing \"answers\" (a list)");
}

TEST_CASE("quiz format: a true-false question has no choices") {
    ExpectOnly(
        OneQuestion("type = \"true-false\"\n" + std::string(kChoices) + "answer = 1\ndifficulty = 1\n"), 9,
        11, "判断题（type = \"true-false\"）不写 \"choices\"：展台自动显示“对”和“错”",
        "a true-false question (type = \"true-false\") has no \"choices\": the kiosk shows 对 / 错 "
        "(Right / Wrong)");
}

TEST_CASE("quiz format: difficulty is required, 1 to 3") {
    ExpectOnly(OneQuestion(std::string(kChoices) + "answer = 1\n"), 5, 1,
               "缺少 \"difficulty\" 字段：每道题都必须写难度，1 容易、2 中等、3 难",
               "missing \"difficulty\": every question needs one, 1 easy, 2 medium, 3 hard");
    ExpectOnly(OneQuestion(std::string(kChoices) + "answer = 1\ndifficulty = 4\n"), 10, 14,
               "\"difficulty\" 必须是 1（容易）、2（中等）或 3（难）",
               "\"difficulty\" must be 1 (easy), 2 (medium) or 3 (hard)");
    ExpectOnly(OneQuestion(std::string(kChoices) + "answer = 1\ndifficulty = \"easy\"\n"), 10, 14,
               "\"difficulty\" 必须是 1（容易）、2（中等）或 3（难）",
               "\"difficulty\" must be 1 (easy), 2 (medium) or 3 (hard)");
}

TEST_CASE("quiz format: audiences are the log's names") {
    ExpectOnly(
        OneQuestion(std::string(kChoices) + "answer = 1\ndifficulty = 1\naudiences = [\"farmer\", "
                                            "\"farmers\"]\n"),
        11, 24,
        "\"audiences\" 中的 \"farmers\" "
        "不是已知的人群；可以用：student、farmer、worker、senior、civil-servant",
        "\"audiences\" names \"farmers\", which is not a known group; use student, farmer, worker, senior, "
        "civil-servant");
    ExpectOnly(OneQuestion(std::string(kChoices) + "answer = 1\ndifficulty = 1\naudiences = []\n"), 11, 13,
               "\"audiences\" 不能是空列表（不写 \"audiences\" 就是面向所有人）",
               "\"audiences\" must not be an empty list (leave it out to mean everyone)");
}

TEST_CASE("quiz format: topic and self-test part") {
    ExpectOnly(
        OneQuestion(std::string(kChoices) + "answer = 1\ndifficulty = 1\ntopic = \"Health\"\n"), 11, 9,
        "\"Health\" 不是有效的主题：\"topic\" 只能用小写英文字母、数字和 '-'，并以字母开头，例如 "
        "\"environment\"",
        "\"Health\" is not a valid topic: use lowercase letters, digits and '-', starting with a letter, "
        "e.g. \"environment\"");
    ExpectOnly(
        OneQuestion(std::string(kChoices) + "answer = 1\ndifficulty = 1\nself_test = \"skill\"\n"), 11, 13,
        "\"self_test\" 必须是 \"knowledge\"（科学知识）、\"method\"（科学方法）、\"spirit\"（科学精神）或 "
        "\"application\"（科学应用）",
        "\"self_test\" must be \"knowledge\", \"method\", \"spirit\" or \"application\"");
}

TEST_CASE("quiz format: every question has an explanation and a source") {
    const std::string body = std::string(kChoices) + "answer = 1\ndifficulty = 1\n";
    ExpectOnly(OneQuestion(body, "source = \"某书\"\n"), 5, 1,
               "缺少 \"explanation\" 字段（zh = \"…\", en = \"…\"）",
               "missing \"explanation\" (zh = \"…\", en = \"…\")");
    ExpectOnly(OneQuestion(body, "explanation = { zh = \"解释。\", en = \"Why.\" }\n"), 5, 1,
               "缺少 \"source\" 字段（引号里的文字）", "missing \"source\" (a text in quotes)");
}

TEST_CASE("quiz format: no two questions read the same, in a set or across packs") {
    QuizFolder folder;
    folder.Write("f/pack.toml", kManifest);
    const std::string question = std::string(kChoices) + "answer = 1\ndifficulty = 1\n" + kTail;
    std::string set = kHead + question;
    set += "\n[[question]]\nid = \"q2\"\ntext = { zh = \" 问题？\\u3000\", en = \"Again?\" }\n" + question;
    const fs::path file = folder.Write("f/quizzes/quiz-f.toml", set);
    ContentCatalog catalog = folder.Load();
    const std::string first = file.string() + ":7";
    CHECK(Messages(catalog) ==
          std::vector<std::string>{
              ErrorAt(file.string() + ":16:8",
                      "题目 \"问题？\" 已在 " + first + " 出现；所有内容包中的题目文字都不能重复",
                      "the question \"问题？\" already appears at " + first +
                          "; no two questions may read the same in any pack")});
    CHECK_FALSE(catalog.FindItem("quiz-f"));

    // Across packs: the second pack's set is left out, the first keeps its question.
    folder.Write("f/quizzes/quiz-f.toml", kHead + question);
    std::string manifest = kManifest;
    manifest.replace(manifest.find("pack-f"), 6, "pack-g");
    folder.Write("g/pack.toml", manifest);
    std::string other = kHead + question;
    other.replace(other.find("quiz-f"), 6, "quiz-g");
    const fs::path second = folder.Write("g/quizzes/quiz-g.toml", other);
    catalog = folder.Load();
    CHECK(Messages(catalog) ==
          std::vector<std::string>{
              ErrorAt(second.string() + ":7:8",
                      "题目 \"问题？\" 已在 " + first + " 出现；所有内容包中的题目文字都不能重复",
                      "the question \"问题？\" already appears at " + first +
                          "; no two questions may read the same in any pack")});
    CHECK(catalog.FindItem("quiz-f"));
    CHECK_FALSE(catalog.FindItem("quiz-g"));
}
