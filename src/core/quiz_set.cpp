// Quiz sets: quizzes/NAME.toml with [[question]] tables.
#include "core/content_items.hpp"

#include <set>

namespace kepu {

std::optional<ContentItem> LoadQuizSet(const std::filesystem::path& file, const std::string& text,
                                       ItemContext& ctx) {
    ContentItem item;
    const auto table = BeginTomlItem(file, text, ctx, item, Module::Quizzes);
    if (!table) return std::nullopt;
    FieldReader reader(*table, file.string(), ctx.diagnostics, ctx.assets);
    ReadCommonFields(reader, item, ctx, false);
    const toml::array* questions = reader.Array("question", true);
    reader.WarnUnknownKeys();
    QuizSet& set = item.content.emplace<QuizSet>();
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
        question.text = qr.Text("text", true, TextBox::Question);
        if (const toml::array* choices = qr.Array("choices", true)) {
            if (choices->size() < 2 || choices->size() > 4)
                qr.Error(*q->get("choices"),
                         "一道题需要 2 到 4 个选项（现在有 " + std::to_string(choices->size()) + " 个）",
                         "a question needs 2 to 4 choices (it has " + std::to_string(choices->size()) + ")");
            for (const toml::node& choice : *choices) {
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
            if (const auto answer = qr.Integer("answer", true, 1, 4)) {
                if (*answer > static_cast<std::int64_t>(choices->size()))
                    qr.Error(*q->get("answer"),
                             "\"answer\" 是 " + std::to_string(*answer) + "，但只有 " +
                                 std::to_string(choices->size()) + " 个选项（答案从 1 开始数）",
                             "\"answer\" is " + std::to_string(*answer) + " but there are only " +
                                 std::to_string(choices->size()) + " choices (answer counts from 1)");
                question.answer = static_cast<int>(*answer) - 1;
            }
        } else {
            qr.Integer("answer", true, 1, 4);
        }
        question.explanation = qr.Text("explanation", true, TextBox::Explanation);
        question.source = qr.String("source", true);
        question.image = CheckImage(qr, "image", ctx);
        qr.WarnUnknownKeys();
        set.questions.push_back(std::move(question));
    }
    return item;
}

} // namespace kepu
