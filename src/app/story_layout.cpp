// Lays a story out once: the header (who, when, which strands of the spirit), the body's blocks in
// the theme's type with bold from the bold face, the pictures at their fitted sizes, and the end.
#include "app/story_layout.hpp"

#include "app/image_cache.hpp"
#include "app/image_widget.hpp"

#include <algorithm>
#include <cmath>

namespace kepu {

namespace {

std::string Years(const StoryPerson& person, Lang lang) {
    const std::string born = std::to_string(person.born);
    if (person.died == 0) return lang == Lang::Zh ? born + "年生" : "born " + born;
    return born + "–" + std::to_string(person.died);
}

// 钱学森（1911–2009）、袁隆平（1930–2021） / Qian Xuesen (1911–2009), Yuan Longping (1930–2021)
std::string PeopleLine(const Story& story, Lang lang) {
    std::string line;
    for (const StoryPerson& person : story.people) {
        if (!line.empty()) line += lang == Lang::Zh ? "、" : ", ";
        line += person.name.In(lang);
        line += lang == Lang::Zh ? "（" + Years(person, lang) + "）" : " (" + Years(person, lang) + ")";
    }
    return line;
}

std::vector<RichSpan> Spans(const std::vector<StoryRun>& runs, ImFont* regular, ImFont* bold, Rgb color) {
    std::vector<RichSpan> spans;
    for (const StoryRun& run : runs) {
        // Noto Sans CJK has no italic: emphasis is told by colour, which reads in both scripts.
        spans.push_back(
            {run.text, run.bold ? bold : regular, run.emphasis && !run.bold ? palette::kStoryTile : color});
    }
    return spans;
}

} // namespace

std::string StoryLayoutKey(const Ui& ui, float width, int contentGeneration) {
    return std::string(ui.lang == Lang::Zh ? "zh" : "en") +
           (ui.textSize == TextSize::Large ? "/large/" : "/normal/") +
           std::to_string(static_cast<int>(width)) + "/" + std::to_string(contentGeneration);
}

float StoryColumnWidth(const Ui& ui, float available) {
    return std::min(available, std::round(34 * ui.Body()->FontSize));
}

StoryLayout LayOutStory(const Ui& ui, const Story& story, float width, float viewHeight,
                        int contentGeneration) {
    StoryLayout layout;
    layout.key = StoryLayoutKey(ui, width, contentGeneration);
    layout.width = width;
    ImFont* body = ui.Body();
    ImFont* bold = ui.BodyBold();
    const float em = body->FontSize;
    float y = 0;

    // The header: who and when, then the strands of the spirit the story shows.
    {
        StoryLayoutBlock header;
        header.kind = StoryLayoutBlock::Kind::Header;
        header.spans = {{PeopleLine(story, ui.lang), bold, palette::kText}};
        header.text = LayOutRich(ui, header.spans, width);
        header.y = y;
        header.height = header.text.Height() + ui.Px(16) + ui.Target() * 0.8f;
        layout.blocks.push_back(std::move(header));
        y += layout.blocks.back().height;
    }

    const StoryDocument& document = ui.lang == Lang::En && !story.en.blocks.empty() ? story.en : story.zh;
    const ImVec2 imageMax(width, std::floor(viewHeight * 0.5f));
    const StoryBlock* previous = nullptr;
    for (const StoryBlock& source : document.blocks) {
        StoryLayoutBlock block;
        block.source = &source;
        float spaceAbove = em * 0.6f;
        switch (source.kind) {
        case StoryBlock::Kind::Image: {
            block.kind = StoryLayoutBlock::Kind::Image;
            block.imageSize = ui.images
                                  ? ImageFitSize(ui, *ui.images, source.imagePath, imageMax, source.caption)
                                  : ImVec2(width, ui.Px(200));
            block.caption = WrapText(ui, body, source.caption, width);
            block.height = block.imageSize.y + ui.Px(12) + block.caption.Height();
            spaceAbove = em;
            break;
        }
        case StoryBlock::Kind::Heading: {
            ImFont* font = source.level <= 2 ? ui.Heading() : bold;
            block.spans = Spans(source.runs, font, font, palette::kText);
            spaceAbove = em * (source.level <= 2 ? 1.4f : 1.0f);
            break;
        }
        case StoryBlock::Kind::ListItem: {
            block.indent = em * 1.6f * static_cast<float>(source.level + 1);
            block.marker = source.ordered ? std::to_string(source.number) + "." : "•";
            block.spans = Spans(source.runs, body, bold, palette::kText);
            // Items of one list sit closer together than paragraphs.
            if (previous && previous->kind == StoryBlock::Kind::ListItem) spaceAbove = em * 0.3f;
            break;
        }
        case StoryBlock::Kind::Quote:
            block.indent = em * 1.4f;
            block.quote = true;
            block.spans = Spans(source.runs, body, bold, palette::kMutedText);
            break;
        case StoryBlock::Kind::Paragraph: block.spans = Spans(source.runs, body, bold, palette::kText); break;
        }
        if (block.kind == StoryLayoutBlock::Kind::Text) {
            block.text = LayOutRich(ui, block.spans, width - block.indent);
            block.height = block.text.Height();
        }
        y += spaceAbove;
        block.y = y;
        y += block.height;
        previous = &source;
        layout.blocks.push_back(std::move(block));
    }

    // The end: 想一想 on a tinted card, then 相关问答 and 返回.
    StoryLayoutBlock end;
    end.kind = StoryLayoutBlock::Kind::End;
    y += em * 1.5f;
    end.y = y;
    const float pad = ui.Px(32);
    end.spans = {{story.think.In(ui.lang), body, palette::kText}};
    end.text = LayOutRich(ui, end.spans, width - 2 * pad);
    end.height = pad + ui.Heading()->FontSize + ui.Px(16) + end.text.Height() + pad + ui.Gap() + ui.Target() +
                 ui.Px(8);
    layout.endHeight = end.height;
    y += end.height;
    layout.blocks.push_back(std::move(end));
    layout.height = y;
    return layout;
}

} // namespace kepu
