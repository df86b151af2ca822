// Line breaking: Chinese between characters, English at spaces, and the punctuation rules (禁则).
#include "core/line_break.hpp"
#include "core/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace kepu;

namespace {
// Every character one unit wide, so widths are character counts.
std::vector<std::string> Break(const std::string& text, float width) {
    std::vector<std::string> out;
    for (const LineSpan& line : BreakLines(text, width, [](char32_t) { return 1.0f; }))
        out.push_back(text.substr(line.begin, line.end - line.begin));
    return out;
}
std::vector<std::string> Balanced(const std::string& text, float width) {
    std::vector<std::string> out;
    for (const LineSpan& line : BreakLinesBalanced(text, width, [](char32_t) { return 1.0f; }))
        out.push_back(text.substr(line.begin, line.end - line.begin));
    return out;
}
} // namespace

TEST_CASE("Chinese text breaks between any two characters") {
    CHECK(Break("科学普及", 2) == std::vector<std::string>{"科学", "普及"});
    CHECK(Break("科学普及", 10) == std::vector<std::string>{"科学普及"});
}

TEST_CASE("closing punctuation never starts a line") {
    // "文，" must stay together: the comma pulls 文 down to the next line.
    CHECK(Break("中文，标点", 2) == std::vector<std::string>{"中", "文，", "标点"});
    CHECK(Break("你好。再见", 2) == std::vector<std::string>{"你", "好。", "再见"});
    for (const std::string text :
         {"科学家精神”是什么）？", "沙坡头》麦草方格；治沙：成功！", "一、二、三、四"}) {
        for (float width : {2.f, 3.f, 4.f, 5.f}) {
            for (const std::string& line : Break(text, width)) {
                std::size_t pos = 0;
                INFO(text << " at width " << width << ": line \"" << line << "\"");
                CHECK_FALSE(IsClosingPunctuation(NextCodePoint(line, pos)));
            }
        }
    }
}

TEST_CASE("opening punctuation never ends a line") {
    CHECK(Break("阅读《科学》杂志", 3) == std::vector<std::string>{"阅读", "《科", "学》杂", "志"});
    for (float width : {2.f, 3.f, 4.f}) {
        for (const std::string& line : Break("他说“你好”（真的）", width)) {
            std::u32string decoded;
            for (std::size_t pos = 0; pos < line.size();)
                decoded += NextCodePoint(line, pos);
            INFO("line \"" << line << "\" at width " << width);
            CHECK_FALSE(IsOpeningPunctuation(decoded.back()));
        }
    }
}

TEST_CASE("English breaks at spaces and drops them at line ends") {
    CHECK(Break("Touch to start", 8) == std::vector<std::string>{"Touch to", "start"});
    CHECK(Break("Touch  to start", 5) == std::vector<std::string>{"Touch", "to", "start"});
    // A word longer than the line is cut rather than overflowing forever.
    CHECK(Break("abcdefgh", 3) == std::vector<std::string>{"abc", "def", "gh"});
    // Decimal numbers do not break at the point.
    CHECK(Break("pi 3.14", 4) == std::vector<std::string>{"pi", "3.14"});
}

TEST_CASE("mixed Chinese and English, and explicit newlines") {
    CHECK(Break("中卫 Zhongwei 市", 9) == std::vector<std::string>{"中卫", "Zhongwei", "市"});
    CHECK(Break("第一行\n第二行", 10) == std::vector<std::string>{"第一行", "第二行"});
    CHECK(Break("", 10) == std::vector<std::string>{""});
}

TEST_CASE("broken UTF-8 never stalls the breaker") {
    const std::string broken = std::string("ab\xE4\xB8") + "\xFF" + "cd";
    const auto lines = Break(broken, 2);
    CHECK_FALSE(lines.empty());
    std::size_t pos = 2;
    CHECK(NextCodePoint(broken, pos) == kReplacementChar);
    CHECK(pos == 3);
}

TEST_CASE("balanced breaking leaves no word alone on the last line") {
    // Greedy breaking, as tile subtitles were drawn, leaves an orphan.
    CHECK(Break("Learn your phone step by step", 24) ==
          std::vector<std::string>{"Learn your phone step by", "step"});
    CHECK(Balanced("Learn your phone step by step", 24) ==
          std::vector<std::string>{"Learn your phone", "step by step"});
    CHECK(Balanced("Smartphone Class for Seniors", 21) ==
          std::vector<std::string>{"Smartphone Class", "for Seniors"});
    CHECK(Balanced("Answer questions, test what you know", 30) ==
          std::vector<std::string>{"Answer questions,", "test what you know"});
    CHECK(Balanced("答题闯关，看看你知道多少", 10) ==
          std::vector<std::string>{"答题闯关，看", "看你知道多少"});
    // What fits on one line stays one line, and the punctuation rules still hold.
    CHECK(Balanced("Science Quiz", 30) == std::vector<std::string>{"Science Quiz"});
    CHECK(Balanced("", 10) == std::vector<std::string>{""});
    CHECK(Balanced("中文，标点", 2) == std::vector<std::string>{"中", "文，", "标点"});
}

TEST_CASE("balanced breaking: never more lines than greedy, never wider, lines near equal") {
    for (const std::string text :
         {"Answer questions, test what you know", "Read about scientists and their spirit",
          "读科学家的故事，学习科学家精神", "一步一步学用手机"}) {
        for (float width : {6.f, 9.f, 14.f, 20.f, 27.f}) {
            const auto greedy = BreakLines(text, width, [](char32_t) { return 1.0f; });
            const auto balanced = BreakLinesBalanced(text, width, [](char32_t) { return 1.0f; });
            float greedyWidest = 0; // closing punctuation may hang past the width
            for (const LineSpan& line : greedy)
                greedyWidest = std::max(greedyWidest, line.width);
            float widest = 0, narrowest = width;
            for (const LineSpan& line : balanced) {
                widest = std::max(widest, line.width);
                narrowest = std::min(narrowest, line.width);
            }
            CAPTURE(text, width, greedy.size(), balanced.size(), greedyWidest, widest, narrowest);
            CHECK(balanced.size() == greedy.size());
            CHECK(widest <= std::max(width, greedyWidest));
            if (balanced.size() == 2) CHECK(widest - narrowest <= std::max(3.0f, widest / 2));
        }
    }
}

TEST_CASE("styled text: each character's width by its offset, the punctuation rules across a style change") {
    // "科学**普及**，好" with the bold run 普及 two units a character and everything else one.
    const std::string text = "科学普及，好";
    const std::size_t boldBegin = std::string("科学").size(), boldEnd = std::string("科学普及").size();
    const auto advance = [&](std::size_t offset, char32_t) {
        return offset >= boldBegin && offset < boldEnd ? 2.0f : 1.0f;
    };
    std::vector<std::string> lines;
    for (const LineSpan& line : BreakLines(text, 4, advance))
        lines.push_back(text.substr(line.begin, line.end - line.begin));
    // 科学 (1 + 1) and 普 (2) fill 4; 及 (2) goes on, with "，" (which may not start a line) and 好.
    // All in one width the line would hold 科学普及 only with every character one unit wide.
    CHECK(lines == std::vector<std::string>{"科学普", "及，好"});
    // The widths reported are the styled ones.
    const auto spans = BreakLines(text, 100, advance);
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].width == Approx(8));
}
