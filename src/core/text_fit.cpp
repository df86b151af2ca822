// Display widths and the limit of each kind of text box.
#include "core/text_fit.hpp"

#include "core/utf8.hpp"

namespace kepu {

int DisplayWidth(std::string_view utf8) {
    int width = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = NextCodePoint(utf8, pos);
        const bool wide = IsCjkIdeographic(cp) || (cp >= 0x3000 && cp <= 0x303F) ||
                          (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

TextBoxLimit LimitOf(TextBox box) {
    switch (box) {
    case TextBox::PackTitle: return {"a pack title", "内容包标题", 40};
    case TextBox::ItemTitle: return {"an item title", "条目标题", 36};
    case TextBox::Summary: return {"a summary", "概要", 120};
    case TextBox::HighlightTitle: return {"a highlight title", "推荐卡片标题", 40};
    case TextBox::HighlightText: return {"a highlight text", "推荐卡片文字", 260};
    case TextBox::Question: return {"a question", "题目", 100};
    case TextBox::Choice: return {"an answer choice", "答案选项", 40};
    case TextBox::Explanation: return {"an explanation", "解析", 200};
    case TextBox::Name: return {"a name", "名字", 30};
    case TextBox::Instruction: return {"an instruction", "步骤说明", 120};
    case TextBox::JudgeExplain: return {"a judging explanation", "判断解释", 240};
    case TextBox::Learned: return {"a line of what was learned", "学会的内容", 40};
    case TextBox::PhoneTitle: return {"a phone title bar", "手机标题栏", 22};
    case TextBox::PhoneLabel: return {"an icon label or key", "图标名称或按键", 14};
    case TextBox::PhoneText: return {"a text on the phone", "手机上的文字", 120};
    }
    return {"a text", "文字", 40};
}

} // namespace kepu
