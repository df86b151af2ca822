// The glyph page's packer and bookkeeping: places never overlap or leave the page, a full page
// says so instead of corrupting a neighbour, and requests, absent characters and resets behave.
#include "core/glyph_book.hpp"
#include "core/shelf_packer.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace kepu;

namespace {
bool Overlap(const PackedRect& a, const PackedRect& b, int padding) {
    // Each rectangle owns its padding: padded rectangles must not overlap either.
    return a.x - padding < b.x + b.width + padding && b.x - padding < a.x + a.width + padding &&
           a.y - padding < b.y + b.height + padding && b.y - padding < a.y + a.height + padding;
}
} // namespace

TEST_CASE("the packer places glyphs inside the page without overlap, padding included") {
    ShelfPacker packer(256, 128, 1);
    std::vector<PackedRect> placed;
    // Chinese-sized glyphs with Latin and punctuation ones between them.
    const int sizes[][2] = {{29, 30}, {12, 22}, {29, 31}, {6, 6}, {28, 29}, {17, 23}, {29, 30}};
    for (int round = 0; round < 40; ++round) {
        const auto* s = sizes[round % 7];
        const auto rect = packer.Place(s[0], s[1]);
        if (!rect) break;
        CHECK(rect->width == s[0]);
        CHECK(rect->height == s[1]);
        CHECK(rect->x >= 1);
        CHECK(rect->y >= 1);
        CHECK(rect->x + rect->width + 1 <= 256);
        CHECK(rect->y + rect->height + 1 <= 128);
        for (const PackedRect& other : placed)
            CHECK_FALSE(Overlap(*rect, other, 1));
        placed.push_back(*rect);
    }
    CHECK(placed.size() == packer.Count());
    CHECK(placed.size() >= 20);
    CHECK(packer.Fill() > 0.4); // mixed sizes on a small page; Chinese-only pages fill far better
    CHECK(packer.Fill() <= 1.0);
}

TEST_CASE("a full page refuses a glyph instead of placing it over another, and is empty after a reset") {
    ShelfPacker packer(64, 64, 1);
    int placed = 0;
    while (packer.Place(30, 30))
        ++placed;
    CHECK(placed == 4); // 32×32 with padding: two shelves of two
    CHECK_FALSE(packer.Place(30, 30));
    CHECK_FALSE(packer.Place(70, 5)); // wider than the page
    packer.Reset();
    CHECK(packer.Count() == 0);
    const auto first = packer.Place(30, 30);
    REQUIRE(first);
    CHECK(first->x == 1);
    CHECK(first->y == 1);
}

TEST_CASE("small glyphs fill the room beside big ones on the same shelf") {
    ShelfPacker packer(100, 100, 0);
    REQUIRE(packer.Place(40, 40));
    const auto comma = packer.Place(8, 10);
    REQUIRE(comma);
    // A 10 px glyph on a 40 px shelf wastes 30 px of height: it opens its own shelf below.
    CHECK(comma->y == 40);
    const auto next = packer.Place(40, 38);
    REQUIRE(next);
    CHECK(next->y == 0); // a Chinese character beside the first one
    CHECK(next->x == 40);
}

TEST_CASE("the book asks for each missing character once, in first-asked order") {
    GlyphBook book(256, 256, 1);
    CHECK_FALSE(book.HasRequests());
    for (char32_t cp : {U'沙', U'坡', U'沙', U'头', U'坡'})
        book.Request(cp);
    CHECK(book.HasRequests());
    CHECK(book.TakeRequests() == std::vector<char32_t>{U'沙', U'坡', U'头'});
    CHECK_FALSE(book.HasRequests());
    // Taken but not placed (say, the frame was cut short): asked for again next time.
    book.Request(U'沙');
    CHECK(book.TakeRequests() == std::vector<char32_t>{U'沙'});
}

TEST_CASE("characters on the page or absent from the font are never asked for again") {
    GlyphBook book(256, 256, 1);
    REQUIRE(book.Place(U'黄', 29, 30));
    book.MarkAbsent(U'\uE000'); // private use: no glyph in the font
    book.Request(U'黄');
    book.Request(U'\uE000');
    book.Request(U'\U0002A6A5'); // beyond 16-bit ImWchar: always absent
    CHECK_FALSE(book.HasRequests());
    CHECK(book.StateOf(U'黄') == GlyphBook::State::OnPage);
    CHECK(book.StateOf(U'\uE000') == GlyphBook::State::Absent);
    CHECK(book.StateOf(U'\U0002A6A5') == GlyphBook::State::Absent);
    CHECK(book.StateOf(U'河') == GlyphBook::State::Unknown);
}

TEST_CASE("a reset empties the page, keeps what the font lacks, and drops pending requests") {
    GlyphBook book(64, 64, 1);
    for (char32_t cp : {U'枸', U'杞', U'葡', U'萄'})
        REQUIRE(book.Place(cp, 30, 30));
    CHECK_FALSE(book.Place(U'酒', 30, 30)); // full
    CHECK(book.StateOf(U'酒') == GlyphBook::State::Unknown);
    book.MarkAbsent(U'\uE001');
    book.Request(U'酒');
    book.Reset();
    CHECK(book.Resets() == 1);
    CHECK(book.OnPageCount() == 0);
    CHECK_FALSE(book.HasRequests());
    CHECK(book.StateOf(U'枸') == GlyphBook::State::Unknown);
    CHECK(book.StateOf(U'\uE001') == GlyphBook::State::Absent);
    const auto again = book.Place(U'酒', 30, 30);
    REQUIRE(again);
    CHECK(again->x == 1);
    CHECK(again->y == 1);
}

TEST_CASE("a page is sized for the glyphs asked for at the font's size, and never beyond 4096 px") {
    const PageSize body = GlyphPageSize(42, 1500);
    CHECK(body.width == 1024);
    CHECK(body.height >= 1500 / (1024 / 33) * 33);
    CHECK(body.height <= 2048);
    // The packer really takes that many Chinese-sized bitmaps (29×30 at 42 px).
    ShelfPacker packer(body.width, body.height, 1);
    int placed = 0;
    while (placed < 1500 && packer.Place(29, 30))
        ++placed;
    CHECK(placed == 1500);

    const PageSize hero = GlyphPageSize(96, 48);
    CHECK(hero.width == 2048);
    CHECK(hero.height < 256);
    const PageSize huge = GlyphPageSize(160, 1500); // large text on a 4K screen
    CHECK(huge.width == 4096);
    CHECK(huge.height == 4096);
}

TEST_CASE("characters a pixel or two taller or shorter share shelves opened at the row height") {
    // Large text (60 px): character bitmaps 38 to 45 px tall. Five shelves of 47 px fit on 240 px.
    const auto fill = [](int rowHeight) {
        ShelfPacker packer(1024, 240, 1, rowHeight);
        int placed = 0;
        while (packer.Place(41, 38 + placed % 8))
            ++placed;
        return placed;
    };
    CHECK(fill(CharacterHeight(60)) == 5 * (1024 / 43));
    // Shelves as tall as their first glyph: a taller one opens a shelf of its own each time.
    CHECK(fill(0) < 5 * (1024 / 43) * 3 / 4);
}
