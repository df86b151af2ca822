// Quiz sets: quizzes/NAME.toml with [[question]] tables of three types (single, multiple,
// true-false), each with its difficulty, audiences, topic and self-test part.
#include "core/content_items.hpp"

#include <algorithm>
#include <set>

namespace kepu {

namespace {

// The groups a question may name: the participation log's names, without "other" and
// "unspecified" (a question for everyone names none).
constexpr Audience kQuestionAudiences[] = {Audience::Student, Audience::Farmer, Audience::Worker,
                                           Audience::Senior, Audience::CivilServant};

std::optional<QuestionType> ReadType(FieldReader& qr) {
    qr.MarkRead("type");
    const toml::node* node = qr.Table().get("type");
    if (!node) return QuestionType::Single;
    const std::string name = node->value_exact<std::string>().value_or("");
    for (QuestionType t : {QuestionType::Single, QuestionType::Multiple, QuestionType::TrueFalse})
        if (name == QuestionTypeName(t)) return t;
    qr.Error(*qr.Table().get("type"),
             "\"type\" 必须是 \"single\"（单选）、\"multiple\"（多选）或 \"true-false\"（判断）",
             "\"type\" must be \"single\", \"multiple\" or \"true-false\"");
    return std::nullopt;
}

// audiences = ["farmer", "senior"]: nullopt when absent (or wrong, after reporting it).
std::optional<std::vector<Audience>> ReadAudiences(FieldReader& reader) {
    const toml::array* list = reader.Array("audiences", false);
    if (!list) return std::nullopt;
    if (list->empty()) {
        reader.Error(*reader.Table().get("audiences"),
                     "\"audiences\" 不能是空列表（不写 \"audiences\" 就是面向所有人）",
                     "\"audiences\" must not be an empty list (leave it out to mean everyone)");
        return std::nullopt;
    }
    std::vector<Audience> audiences;
    bool ok = true;
    for (const toml::node& node : *list) {
        const std::string name = node.value_exact<std::string>().value_or("");
        const auto* known = std::find_if(std::begin(kQuestionAudiences), std::end(kQuestionAudiences),
                                         [&](Audience a) { return AudienceName(a) == name; });
        if (known == std::end(kQuestionAudiences)) {
            reader.Error(
                node,
                "\"audiences\" 中的 \"" + name +
                    "\" 不是已知的人群；可以用：student、farmer、worker、senior、civil-servant",
                "\"audiences\" names \"" + name +
                    "\", which is not a known group; use student, farmer, worker, senior, civil-servant");
            ok = false;
        } else if (std::find(audiences.begin(), audiences.end(), *known) == audiences.end()) {
            audiences.push_back(*known);
        }
    }
    if (!ok) return std::nullopt;
    return audiences;
}

// topic = "environment": a short id; empty when absent.
std::string ReadTopic(FieldReader& reader) {
    const std::string topic = reader.String("topic", false);
    if (!topic.empty() && !IsValidId(topic))
        reader.Error(*reader.Table().get("topic"),
                     "\"" + topic +
                         "\" 不是有效的主题：\"topic\" 只能用小写英文字母、数字和 '-'，并以字母开头，例如 "
                         "\"environment\"",
                     "\"" + topic +
                         "\" is not a valid topic: use lowercase letters, digits and '-', starting with a "
                         "letter, e.g. \"environment\"");
    return topic;
}

std::optional<SelfTestPart> ReadSelfTest(FieldReader& qr) {
    qr.MarkRead("self_test");
    const toml::node* node = qr.Table().get("self_test");
    if (!node) return std::nullopt;
    const std::string name = node->value_exact<std::string>().value_or("");
    for (SelfTestPart p :
         {SelfTestPart::Knowledge, SelfTestPart::Method, SelfTestPart::Spirit, SelfTestPart::Application})
        if (name == SelfTestPartName(p)) return p;
    qr.Error(
        *qr.Table().get("self_test"),
        "\"self_test\" 必须是 \"knowledge\"（科学知识）、\"method\"（科学方法）、\"spirit\"（科学精神）或 "
        "\"application\"（科学应用）",
        "\"self_test\" must be \"knowledge\", \"method\", \"spirit\" or \"application\"");
    return std::nullopt;
}

void ReadChoices(FieldReader& qr, const toml::array& choices, QuizQuestion& question) {
    if (choices.size() < 2 || choices.size() > 4)
        qr.Error(*qr.Table().get("choices"),
                 "一道题需要 2 到 4 个选项（现在有 " + std::to_string(choices.size()) + " 个）",
                 "a question needs 2 to 4 choices (it has " + std::to_string(choices.size()) + ")");
    for (const toml::node& choice : choices) {
        const toml::table* c = choice.as_table();
        if (!c) {
            qr.Error(choice, "每个选项必须写成 { zh = \"…\", en = \"…\" }",
                     "each choice must be { zh = \"…\", en = \"…\" }");
            continue;
        }
        LocalText t;
        const auto zh = (*c)["zh"].value_exact<std::string>();
        if (!zh || zh->empty())
            qr.Error(choice, "选项需要中文：{ zh = \"…\" }",
                     "a choice needs its Chinese text: { zh = \"…\" }");
        else
            t.zh = *zh;
        if (const auto en = (*c)["en"].value_exact<std::string>()) t.en = *en;
        for (const auto& [lang, value] : *c)
            if (const auto s = value.value_exact<std::string>())
                qr.CheckText(value, "choice " + std::string(lang.str()), *s, TextBox::Choice);
        question.choices.push_back(std::move(t));
    }
}

// answer = N (single): within the choices.
void ReadSingleAnswer(FieldReader& qr, std::size_t choiceCount, QuizQuestion& question) {
    const auto answer = qr.Integer("answer", true, 1, 4);
    if (!answer) return;
    if (choiceCount > 0 && *answer > static_cast<std::int64_t>(choiceCount))
        qr.Error(*qr.Table().get("answer"),
                 "\"answer\" 是 " + std::to_string(*answer) + "，但只有 " + std::to_string(choiceCount) +
                     " 个选项（答案从 1 开始数）",
                 "\"answer\" is " + std::to_string(*answer) + " but there are only " +
                     std::to_string(choiceCount) + " choices (answer counts from 1)");
    question.answers = {static_cast<int>(*answer) - 1};
}

// answers = [N, M] (multiple): in range, no repeats, at least two right and one wrong.
void ReadMultipleAnswers(FieldReader& qr, std::size_t choiceCount, QuizQuestion& question) {
    const toml::array* list = qr.Array("answers", true);
    if (!list) return;
    const toml::node& at = *qr.Table().get("answers");
    std::vector<int> answers;
    bool ok = true;
    for (const toml::node& node : *list) {
        const auto n = node.value_exact<std::int64_t>();
        if (!n) {
            qr.Error(node, "\"answers\" 只能包含整数，例如 answers = [1, 3]",
                     "\"answers\" holds whole numbers only, e.g. answers = [1, 3]");
            ok = false;
        } else if (*n < 1 || *n > static_cast<std::int64_t>(choiceCount)) {
            qr.Error(node,
                     "\"answers\" 中的 " + std::to_string(*n) + " 超出范围：这道题有 " +
                         std::to_string(choiceCount) + " 个选项（答案从 1 开始数）",
                     "\"answers\" has " + std::to_string(*n) + ", out of range: this question has " +
                         std::to_string(choiceCount) + " choices (answers count from 1)");
            ok = false;
        } else if (std::find(answers.begin(), answers.end(), *n - 1) != answers.end()) {
            qr.Error(node, "\"answers\" 中的 " + std::to_string(*n) + " 写了两次",
                     "\"answers\" lists " + std::to_string(*n) + " twice");
            ok = false;
        } else {
            answers.push_back(static_cast<int>(*n) - 1);
        }
    }
    if (!ok) return;
    if (answers.size() < 2)
        qr.Error(at,
                 "多选题至少要有两个正确答案（\"answers\" 现在有 " + std::to_string(answers.size()) +
                     " 个）；只有一个正确答案请用 type = \"single\"",
                 "a multiple question needs at least two right answers (\"answers\" has " +
                     std::to_string(answers.size()) + "); with one right answer use type = \"single\"");
    else if (choiceCount > 0 && answers.size() >= choiceCount)
        qr.Error(at, "多选题至少要有一个错误选项：现在每个选项都是正确答案",
                 "a multiple question needs at least one wrong choice: now every choice is right");
    std::sort(answers.begin(), answers.end());
    question.answers = std::move(answers);
}

// The type decides how the answer is written; the wrong way is named, not just flagged unknown.
void ReadAnswers(FieldReader& qr, const toml::table& q, QuizQuestion& question) {
    const std::size_t choiceCount = question.choices.size();
    if (question.type == QuestionType::Multiple) {
        if (const toml::node* answer = q.get("answer")) {
            qr.MarkRead("answer"); // reported here, not as an unknown key
            qr.Error(*answer,
                     "多选题（type = \"multiple\"）用 \"answers\" = [N, M] 写出所有正确答案，不用 \"answer\"",
                     "a multiple question (type = \"multiple\") lists its right choices in \"answers\" = "
                     "[N, M], not \"answer\"");
        }
        ReadMultipleAnswers(qr, choiceCount, question);
        return;
    }
    if (const toml::node* answers = q.get("answers")) {
        qr.MarkRead("answers");
        qr.Error(
            *answers,
            "只有多选题（type = \"multiple\"）才用 \"answers\"；这道题只有一个正确答案，请写 \"answer\" = N",
            "only a multiple question (type = \"multiple\") uses \"answers\"; this one has one right "
            "answer: write \"answer\" = N");
    }
    if (question.type == QuestionType::Single) {
        ReadSingleAnswer(qr, choiceCount, question);
        return;
    }
    const toml::node* answer = q.get("answer");
    const auto value = answer ? answer->value_exact<std::int64_t>() : std::nullopt;
    if (!answer) {
        qr.Integer("answer", true, 1, 2); // the usual "missing" message
    } else if (!value || *value < 1 || *value > 2) {
        qr.MarkRead("answer");
        qr.Error(*answer, "判断题的 \"answer\" 必须是 1（对）或 2（错）",
                 "a true-false \"answer\" must be 1 (right, 对) or 2 (wrong, 错)");
    } else {
        qr.Integer("answer", true, 1, 2);
        question.answers = {static_cast<int>(*value) - 1};
    }
}

void ReadDifficulty(FieldReader& qr, QuizQuestion& question) {
    const toml::node* node = qr.Table().get("difficulty");
    qr.MarkRead("difficulty");
    if (!node) {
        qr.ErrorHere("缺少 \"difficulty\" 字段：每道题都必须写难度，1 容易、2 中等、3 难",
                     "missing \"difficulty\": every question needs one, 1 easy, 2 medium, 3 hard");
        return;
    }
    const auto value = node->value_exact<std::int64_t>();
    if (!value || *value < 1 || *value > 3) {
        qr.Error(*node, "\"difficulty\" 必须是 1（容易）、2（中等）或 3（难）",
                 "\"difficulty\" must be 1 (easy), 2 (medium) or 3 (hard)");
        return;
    }
    question.difficulty = static_cast<int>(*value);
}

} // namespace

std::optional<ContentItem> LoadQuizSet(const std::filesystem::path& file, const std::string& text,
                                       ItemContext& ctx) {
    ContentItem item;
    const auto table = BeginTomlItem(file, text, ctx, item, Module::Quizzes);
    if (!table) return std::nullopt;
    FieldReader reader(*table, file.string(), ctx.diagnostics, ctx.assets);
    ReadCommonFields(reader, item, ctx, false);
    QuizSet& set = item.content.emplace<QuizSet>();
    set.audiences = ReadAudiences(reader).value_or(std::vector<Audience>{});
    set.topic = ReadTopic(reader);
    const toml::array* questions = reader.Array("question", true);
    reader.WarnUnknownKeys();
    if (!questions) return item;
    if (questions->empty() || questions->size() > 30)
        reader.Error(*reader.Table().get("question"), "一个题组需要 1 到 30 个 [[question]] 表",
                     "a quiz set needs 1 to 30 [[question]] tables");

    std::set<std::string> ids;
    for (const toml::node& node : *questions) {
        const toml::table* q = node.as_table();
        if (!q) {
            reader.Error(node, "每道题必须是一个 [[question]] 表",
                         "each question must be a [[question]] table");
            continue;
        }
        FieldReader qr(*q, file.string(), ctx.diagnostics, ctx.assets);
        QuizQuestion question;
        question.id = qr.Id("id");
        if (!question.id.empty() && !ids.insert(question.id).second)
            qr.Error(*q->get("id"), "题目编号 \"" + question.id + "\" 在这个题组里用了两次",
                     "question id \"" + question.id + "\" is used twice in this set");
        question.textPlace = qr.PlaceOf("text");
        question.text = qr.Text("text", true, TextBox::Question);
        const auto type = ReadType(qr);
        question.type = type.value_or(QuestionType::Single);
        const toml::array* choices = nullptr;
        if (question.type == QuestionType::TrueFalse) {
            if (const toml::node* given = q->get("choices")) {
                qr.MarkRead("choices");
                qr.Error(*given, "判断题（type = \"true-false\"）不写 \"choices\"：展台自动显示“对”和“错”",
                         "a true-false question (type = \"true-false\") has no \"choices\": the kiosk "
                         "shows 对 / 错 (Right / Wrong)");
            }
            question.choices = {{"对", "Right"}, {"错", "Wrong"}};
        } else if ((choices = qr.Array("choices", true))) {
            ReadChoices(qr, *choices, question);
        }
        if (type && (question.type == QuestionType::TrueFalse || choices)) {
            ReadAnswers(qr, *q, question);
        } else { // the type or choices error says enough
            qr.MarkRead("answer");
            qr.MarkRead("answers");
        }
        ReadDifficulty(qr, question);
        question.audiences = ReadAudiences(qr).value_or(set.audiences);
        question.topic = q->contains("topic") ? ReadTopic(qr) : set.topic;
        qr.MarkRead("topic");
        question.selfTest = ReadSelfTest(qr);
        question.explanation = qr.Text("explanation", true, TextBox::Explanation);
        question.source = qr.String("source", true);
        question.image = CheckImage(qr, "image", ctx);
        qr.WarnUnknownKeys();
        set.questions.push_back(std::move(question));
    }
    return item;
}

} // namespace kepu
