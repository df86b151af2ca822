// A story's Markdown as the interim item screen shows it: plain blocks, markers gone, images left out.
#include "core/markdown_text.hpp"

#include <catch2/catch.hpp>

using namespace kepu;
using Kind = TextBlock::Kind;

TEST_CASE("paragraphs and headings become plain blocks without their markers", "[markdown]") {
    const auto blocks = MarkdownBlocks("# 沙漠里的科研站\n\n1955年，**中国科学院**在沙坡头建站。\n\n"
                                       "## 试验\n\n格子扎多大？_用什么草_？\n");
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].kind == Kind::Heading);
    CHECK(blocks[0].text == "沙漠里的科研站");
    CHECK(blocks[1].kind == Kind::Paragraph);
    CHECK(blocks[1].text == "1955年，中国科学院在沙坡头建站。");
    CHECK(blocks[2].kind == Kind::Heading);
    CHECK(blocks[2].text == "试验");
    CHECK(blocks[3].text == "格子扎多大？用什么草？");
}

TEST_CASE("a line break inside a paragraph joins Chinese directly and English with a space", "[markdown]") {
    const auto blocks = MarkdownBlocks("包兰铁路\n通车了。\n\nThe railway\nopened in 1958.\n");
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].text == "包兰铁路通车了。");
    CHECK(blocks[1].text == "The railway opened in 1958.");
}

TEST_CASE("list items are blocks of their own; images and their alt text are left out", "[markdown]") {
    const auto blocks =
        MarkdownBlocks("- 沙蒿\n- 花棒\n\n![沙丘](images/dune.jpg)\n\n看图：![沙丘](a.png)麦草 &amp; 沙\n");
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].kind == Kind::ListItem);
    CHECK(blocks[0].text == "沙蒿");
    CHECK(blocks[1].kind == Kind::ListItem);
    CHECK(blocks[1].text == "花棒");
    CHECK(blocks[2].kind == Kind::Paragraph);
    CHECK(blocks[2].text == "看图：麦草 & 沙");
}

TEST_CASE("a loose list keeps its item as one block; empty Markdown gives none", "[markdown]") {
    const auto blocks = MarkdownBlocks("- 第一\n\n- 第二\n");
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].kind == Kind::ListItem);
    CHECK(blocks[0].text == "第一");
    CHECK(MarkdownBlocks("").empty());
    CHECK(MarkdownBlocks("\n\n---\n").empty());
}
