// The story reader's document model: every element it shows, Chinese and English line joining, and
// everything else refused with its line and column.
#include "core/story_document.hpp"

#include <catch2/catch.hpp>

using namespace kepu;

namespace {
StoryDocument Parse(const std::string& markdown, std::vector<StoryProblem>& problems, int firstLine = 1) {
    return ParseStoryDocument(markdown, firstLine, problems);
}
std::string Problem(const StoryProblem& p) {
    return std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.zh + " / " + p.en;
}
} // namespace

TEST_CASE("story document: headings, paragraphs, bold and emphasis runs") {
    std::vector<StoryProblem> problems;
    const StoryDocument doc =
        Parse("## 小标题\n\n他找到了**麦草方格**的*办法*。\n\n### 更小\n", problems, 10);
    CHECK(problems.empty());
    REQUIRE(doc.blocks.size() == 3);
    CHECK(doc.blocks[0].kind == StoryBlock::Kind::Heading);
    CHECK(doc.blocks[0].level == 2);
    CHECK(PlainText(doc.blocks[0]) == "小标题");
    CHECK(doc.blocks[0].line == 10);
    const StoryBlock& p = doc.blocks[1];
    CHECK(p.kind == StoryBlock::Kind::Paragraph);
    CHECK(p.line == 12);
    REQUIRE(p.runs.size() == 5);
    CHECK(p.runs[0].text == "他找到了");
    CHECK((p.runs[1].text == "麦草方格" && p.runs[1].bold && !p.runs[1].emphasis));
    CHECK((p.runs[2].text == "的" && !p.runs[2].bold));
    CHECK((p.runs[3].text == "办法" && p.runs[3].emphasis));
    CHECK(p.runs[4].text == "。");
    CHECK((doc.blocks[2].kind == StoryBlock::Kind::Heading && doc.blocks[2].level == 3));
    // Columns: the visible text, a Chinese character two.
    CHECK(doc.columns == 2 * (3 + 12 + 2));
}

TEST_CASE("story document: a line break joins Chinese directly and English with a space; entities decoded") {
    std::vector<StoryProblem> problems;
    const StoryDocument doc = Parse("沙丘会\n移动。\n\nThe dunes\nmove &amp; bury tracks.\n", problems);
    REQUIRE(doc.blocks.size() == 2);
    CHECK(PlainText(doc.blocks[0]) == "沙丘会移动。");
    CHECK(PlainText(doc.blocks[1]) == "The dunes move & bury tracks.");
    CHECK(problems.empty());
}

TEST_CASE("story document: lists (nested, numbered from their start) and block quotes") {
    std::vector<StoryProblem> problems;
    const StoryDocument doc =
        Parse("- 一\n  - 一点一\n- 二\n\n3. 三\n4. 四\n\n> 引用的话。\n>\n> 第二段。\n", problems);
    CHECK(problems.empty());
    REQUIRE(doc.blocks.size() == 7);
    CHECK((doc.blocks[0].kind == StoryBlock::Kind::ListItem && doc.blocks[0].level == 0 &&
           !doc.blocks[0].ordered));
    CHECK((PlainText(doc.blocks[1]) == "一点一" && doc.blocks[1].level == 1));
    CHECK(PlainText(doc.blocks[2]) == "二");
    CHECK((doc.blocks[3].ordered && doc.blocks[3].number == 3 && PlainText(doc.blocks[3]) == "三"));
    CHECK(doc.blocks[4].number == 4);
    CHECK((doc.blocks[5].kind == StoryBlock::Kind::Quote && PlainText(doc.blocks[5]) == "引用的话。"));
    CHECK((doc.blocks[6].kind == StoryBlock::Kind::Quote && PlainText(doc.blocks[6]) == "第二段。"));
}

TEST_CASE("story document: a picture alone in its paragraph, its alt text the caption") {
    std::vector<StoryProblem> problems;
    const StoryDocument doc = Parse("前文。\n\n![沙丘上的麦草方格](images/a.png)\n\n后文。\n", problems, 5);
    CHECK(problems.empty());
    REQUIRE(doc.blocks.size() == 3);
    const StoryBlock& image = doc.blocks[1];
    CHECK(image.kind == StoryBlock::Kind::Image);
    CHECK(image.image == "images/a.png");
    CHECK(image.caption == "沙丘上的麦草方格");
    CHECK(image.line == 7);
    CHECK(doc.columns == 2 * 6); // captions are not counted
}

TEST_CASE("story document: what the kiosk cannot show is refused with its place") {
    const auto problemsOf = [](const std::string& markdown) {
        std::vector<StoryProblem> problems;
        Parse(markdown, problems, 20);
        std::vector<std::string> out;
        for (const StoryProblem& p : problems)
            out.push_back(Problem(p));
        return out;
    };
    CHECK(problemsOf("正文。\n\n# 大标题\n") ==
          std::vector<std::string>{
              "22:3 不要用一级标题 #：故事的标题写在字段 title 里；正文的小标题用 ## 或 ### / no "
              "level-1 heading #: the story's title is the title field; subheadings use ## or ###"});
    CHECK(problemsOf("#### 四级\n") ==
          std::vector<std::string>{"20:6 小标题只能用 ## 或 ### / subheadings use ## or ### only"});
    CHECK(problemsOf("看[这里](https://example.com)。\n") ==
          std::vector<std::string>{"20:2 展台上的链接点不开：只写文字，不要写成链接 / a kiosk cannot follow "
                                   "links: write the text only"});
    CHECK(problemsOf("用 `code` 写。\n") ==
          std::vector<std::string>{"20:4 故事里不能用代码格式（`…`） / no code (`…`) in a story"});
    CHECK(problemsOf("正文。\n\n```\nint x;\n```\n") ==
          std::vector<std::string>{"23:1 故事里不能放代码块 / no code blocks in a story"});
    CHECK(problemsOf("一段。\n\n---\n\n二段。\n") ==
          std::vector<std::string>{
              "22:1 故事里不能用分隔线（---）：换一个小标题，或者空一行 / no rules (---) in a story: use a "
              "subheading or a blank line"});
    CHECK(problemsOf("文字<b>粗</b>。\n") ==
          std::vector<std::string>{"20:3 故事里不能写 HTML 标签 / no HTML tags in a story"});
    CHECK(problemsOf("前面 ![图](images/a.png) 后面。\n") ==
          std::vector<std::string>{
              "20:4 图片要单独成段（前后各空一行），不能夹在文字中间 / a picture goes in a "
              "paragraph of its own (a blank line before and after), not inside text"});
    CHECK(problemsOf("![](images/a.png)\n") ==
          std::vector<std::string>{
              "20:1 图片缺少说明文字：写成 ![说明](images/名字.png)，说明会显示在图片下方 / a "
              "picture needs a caption: write ![caption](images/name.png); the caption shows "
              "under it"});
}

TEST_CASE("story document: empty, blank and odd input give an empty document, never a crash") {
    std::vector<StoryProblem> problems;
    CHECK(Parse("", problems).blocks.empty());
    CHECK(Parse("\n\n   \n", problems).blocks.empty());
    const std::string garbage("\x01\xff**_[![`<\n>>>>\n- \n1.\n", 22);
    Parse(garbage, problems);
    SUCCEED("garbage parsed without crashing");
}
