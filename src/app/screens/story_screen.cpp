// The story reader: a well-set column of large type that scrolls like a phone (the finger followed
// exactly, a flick gliding on), a reading-progress bar, pictures fitted to the column, and at the end
// 想一想, 相关问答 and 返回. Language and text size switch here too; the reflow keeps the paragraph.
#include "app/image_widget.hpp"
#include "app/screens/screens.hpp"

#include <imgui_internal.h> // ClearActiveID: a drag must not end as a tap

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace kepu {

namespace {

// The block at offset, and how far into it (0..1), for keeping the reader's place across a reflow.
void FindAnchor(const StoryLayout& layout, float offset, int& block, float& fraction) {
    block = 0;
    fraction = 0;
    for (std::size_t i = 0; i < layout.blocks.size(); ++i) {
        const StoryLayoutBlock& b = layout.blocks[i];
        if (b.y + b.height > offset || i + 1 == layout.blocks.size()) {
            block = static_cast<int>(i);
            fraction = b.height > 0 ? std::clamp((offset - b.y) / b.height, 0.0f, 1.0f) : 0;
            return;
        }
    }
}

void DrawChips(Ui& ui, const Story& story, ImVec2 pos, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ui.Body();
    const float h = ui.Target() * 0.8f, pad = ui.Px(22);
    float x = pos.x;
    for (Spirit spirit : story.spirit) {
        const std::string label = ui.T("story.spirit." + std::string(SpiritName(spirit)));
        if (ui.atlas) ui.atlas->NeedWidths(font, label); // measured before its glyphs are drawn
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str()).x + 2 * pad;
        if (x + w > pos.x + width) break;
        FillRoundedRect(draw, ImVec2(x, pos.y), ImVec2(x + w, pos.y + h), ToImU32(palette::kStoryTint),
                        h / 2);
        DrawText(ui, font, label, ImVec2(x + pad, pos.y + (h - font->FontSize) / 2 - ui.Px(2)), w,
                 palette::kStoryTile);
        x += w + ui.Px(14);
    }
}

// A button inside the scrolling page: hit-tested and registered only where it shows (the page's clip),
// so a half-hidden one never claims a tap on the footer below it.
bool PageButton(Ui& ui, const char* testId, const std::string& label, ImVec2 pos, ImVec2 size,
                ButtonColors colors, ImVec2 clipMin, ImVec2 clipMax, bool dragging) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(testId);
    const bool tapped = ImGui::InvisibleButton("##page-button", size) && !dragging;
    const bool pressed = ImGui::IsItemActive() && !dragging;
    ImGui::PopID();
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    FillRoundedRect(draw, pos, end, ToImU32(pressed ? palette::kPressed : colors.fill), ui.Px(16));
    draw->AddRect(pos, end, ToImU32(colors.outline), ui.Px(16), 0, ui.Px(2));
    ImFont* font = ui.Body();
    const float textH = WrapText(ui, font, label, size.x - ui.Px(24)).Height();
    DrawText(ui, font, label, ImVec2(pos.x + ui.Px(12), pos.y + (size.y - textH) / 2), size.x - ui.Px(24),
             pressed ? palette::kOnDark : colors.text, Align::Center);
    const float top = std::max(pos.y, clipMin.y), bottom = std::min(end.y, clipMax.y);
    if (bottom > top && pos.x < clipMax.x)
        ui.registry.AddWidget(testId, label, {pos.x, top, size.x, bottom - top});
    return tapped;
}

} // namespace

void DrawStoryScreen(Ui& ui, const StoryScreenView& view, StoryReading& reading) {
    const ContentItem* item = view.item;
    const Story* story = item ? item->AsStory() : nullptr;
    const ContentArea area = DrawScreenFrame(ui, item ? item->title.In(ui.lang) : ui.T("item.missing"), false,
                                             TextSwitchesLeft(ui));
    DrawTextSwitches(ui);
    if (!story || !view.layout) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // The page: a white sheet with the column centred on it.
    const float barH = ui.Px(8);
    const ImVec2 viewPos(area.pos.x, area.pos.y + barH + ui.Px(8));
    const ImVec2 viewSize(area.size.x, area.pos.y + area.size.y - viewPos.y);
    const float column = StoryColumnWidth(ui, viewSize.x - 2 * ui.Px(48));
    const float columnX = std::floor(viewPos.x + (viewSize.x - column) / 2);
    StoryLayout& layout = *view.layout;
    const std::string key = StoryLayoutKey(ui, column, view.contentGeneration) + "/" + item->id;
    if (layout.key != key) {
        layout = LayOutStory(ui, *story, column, viewSize.y, view.contentGeneration);
        // Widths of characters not yet on a glyph page are guesses until the atlas fills them (the
        // frame is built again then): lay out again with the real ones.
        layout.key = ui.atlas && ui.atlas->HasRequests() ? std::string() : key;
    }
    const float topPad = ui.Px(32);
    const float contentH = layout.height + topPad + ui.Px(32);
    const float maxOffset = std::max(0.0f, contentH - viewSize.y);

    // A new layout (another size or language) puts the visitor back at their paragraph; another
    // language has other blocks, so the place is kept in proportion there.
    if (reading.layoutKey != key) {
        if (!reading.layoutKey.empty() && !layout.blocks.empty()) {
            const int n = static_cast<int>(layout.blocks.size());
            int block = reading.anchorBlock;
            if (reading.anchorBlocks != n && reading.anchorBlocks > 1)
                block = static_cast<int>(
                    std::lround(static_cast<float>(block) * (n - 1) / (reading.anchorBlocks - 1)));
            block = std::clamp(block, 0, n - 1);
            const StoryLayoutBlock& b = layout.blocks[static_cast<std::size_t>(block)];
            reading.scroll.SetOffset(b.y + reading.anchorFraction * b.height);
        }
        reading.layoutKey = key;
    }

    // Touch: follow the finger, flick, stop at the ends. A press that turns into a drag is not a tap.
    const ImGuiIO& io = ImGui::GetIO();
    const auto inView = [&](ImVec2 p) {
        return p.x >= viewPos.x && p.y >= viewPos.y && p.x < viewPos.x + viewSize.x &&
               p.y < viewPos.y + viewSize.y;
    };
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && inView(io.MouseClickedPos[0]))
        reading.scroll.Press(view.now, io.MousePos.y);
    else if (io.MouseDown[0] && reading.scroll.Held())
        reading.scroll.Move(view.now, io.MousePos.y);
    const bool dragging = reading.scroll.Held() && reading.scroll.Travel() > ui.Px(12);
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && reading.scroll.Held())
        reading.scroll.Release(view.now);
    reading.scroll.Update(view.now, maxOffset);
    if (dragging) ImGui::ClearActiveID();
    const float offset = reading.scroll.Offset();
    FindAnchor(layout, std::max(0.0f, offset - topPad), reading.anchorBlock, reading.anchorFraction);
    reading.anchorBlocks = static_cast<int>(layout.blocks.size());
    reading.furthest =
        std::max(reading.furthest, contentH > 0 ? std::min(1.0f, (offset + viewSize.y) / contentH) : 1.0f);

    // The reading-progress bar, over the page.
    const float shown = maxOffset > 0 ? offset / maxOffset : 1.0f;
    FillRoundedRect(draw, ImVec2(area.pos.x, area.pos.y), ImVec2(area.pos.x + area.size.x, area.pos.y + barH),
                    ToImU32(palette::kBorder, 0.25f), barH / 2);
    if (shown > 0)
        FillRoundedRect(draw, ImVec2(area.pos.x, area.pos.y),
                        ImVec2(area.pos.x + area.size.x * shown, area.pos.y + barH),
                        ToImU32(palette::kStoryTile), barH / 2);
    ui.registry.AddWidget("reading-progress",
                          std::to_string(static_cast<int>(std::lround(shown * 100))) + "%",
                          {area.pos.x, area.pos.y, area.size.x * shown, barH});

    FillRoundedRect(draw, viewPos, ImVec2(viewPos.x + viewSize.x, viewPos.y + viewSize.y),
                    ToImU32(palette::kSurface), ui.Px(24));
    const ImVec2 viewEnd(viewPos.x + viewSize.x, viewPos.y + viewSize.y);
    ImGui::PushClipRect(viewPos, viewEnd, true);
    const float top = viewPos.y + topPad - offset;
    ImFont* body = ui.Body();
    for (const StoryLayoutBlock& block : layout.blocks) {
        const float y = top + block.y;
        if (y + block.height < viewPos.y || y > viewEnd.y) continue; // only what shows is drawn
        switch (block.kind) {
        case StoryLayoutBlock::Kind::Header:
            DrawRich(ui, block.text, block.spans, ImVec2(columnX, y));
            DrawChips(ui, *story, ImVec2(columnX, y + block.text.Height() + ui.Px(16)), column);
            break;
        case StoryLayoutBlock::Kind::Text:
            if (block.quote)
                draw->AddRectFilled(ImVec2(columnX + ui.Px(8), y),
                                    ImVec2(columnX + ui.Px(16), y + block.height),
                                    ToImU32(palette::kStoryTile, 0.6f));
            if (!block.marker.empty())
                DrawText(ui, body, block.marker, ImVec2(columnX + block.indent - body->FontSize * 1.3f, y),
                         body->FontSize * 1.3f, palette::kText);
            DrawRich(ui, block.text, block.spans, ImVec2(columnX + block.indent, y));
            break;
        case StoryLayoutBlock::Kind::Image:
            if (ui.images) {
                DrawImageFit(ui, *ui.images, block.source->imagePath, ImVec2(columnX, y),
                             ImVec2(column, block.imageSize.y), block.source->caption, "story-image");
            }
            DrawText(ui, body, block.source->caption, ImVec2(columnX, y + block.imageSize.y + ui.Px(12)),
                     column, palette::kMutedText, Align::Center);
            break;
        case StoryLayoutBlock::Kind::End: {
            const float pad = ui.Px(32);
            const float cardH = pad + ui.Heading()->FontSize + ui.Px(16) + block.text.Height() + pad;
            FillRoundedRect(draw, ImVec2(columnX, y), ImVec2(columnX + column, y + cardH),
                            ToImU32(palette::kStoryTint), ui.Px(20));
            DrawText(ui, ui.Heading(), ui.T("story.think"), ImVec2(columnX + pad, y + pad), column - 2 * pad,
                     palette::kStoryTile);
            DrawRich(ui, block.text, block.spans,
                     ImVec2(columnX + pad, y + pad + ui.Heading()->FontSize + ui.Px(16)));
            const float by = y + cardH + ui.Gap();
            const float bw = (column - ui.Gap()) / 2;
            const ImVec2 size(bw, ui.Target());
            if (view.canQuiz && PageButton(ui, "story-quiz", ui.T("story.related_quiz"), ImVec2(columnX, by),
                                           size, {palette::kStoryTile, palette::kOnDark, palette::kStoryTile},
                                           viewPos, viewEnd, dragging))
                ui.actions.push_back({UiAction::Kind::StartRelatedQuiz, {}, {}, {}, {}, 0, item->id});
            if (PageButton(ui, "story-back", ui.T("story.back"), ImVec2(columnX + column - bw, by), size,
                           kLightButton, viewPos, viewEnd, dragging))
                ui.actions.push_back({UiAction::Kind::Back});
            break;
        }
        }
    }
    ImGui::PopClipRect();
}

} // namespace kepu
