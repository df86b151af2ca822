// A story laid out for the reader once per language, text size and width: every block's lines and
// place, so a frame only draws the blocks in view (scrolling costs what the home screen costs) and a
// reflow can find the visitor's paragraph in the new layout.
#pragma once
#include "app/rich_text.hpp"
#include "app/widgets.hpp"
#include "core/content_catalog.hpp"

#include <string>
#include <vector>

namespace kepu {

class ImageCache;

struct StoryLayoutBlock {
    enum class Kind { Header, Text, Image, End };
    Kind kind = Kind::Text;
    const StoryBlock* source = nullptr; // Text and Image
    float y = 0;                        // top, from the layout's top (space above included before it)
    float height = 0;
    float indent = 0;   // Text: list and quote indentation
    std::string marker; // Text: a list item's bullet or number
    bool quote = false; // Text: a block quote (drawn with a bar beside it)
    std::vector<RichSpan> spans;
    RichLayout text;
    ImVec2 imageSize;     // Image: as ImageFitSize gives it
    WrappedLines caption; // Image: the caption under the picture
};

struct StoryLayout {
    std::string key; // language, text size, width, content generation
    float width = 0; // the text column
    float height = 0;
    std::vector<StoryLayoutBlock> blocks; // the header first, the end (想一想 and buttons) last
    float endHeight = 0;                  // the end block's height
};

// The key a layout is valid for.
std::string StoryLayoutKey(const Ui& ui, float width, int contentGeneration);
// The text column: about 34 Chinese characters of body type (30–38 is the comfortable measure at
// arm's length), never wider than the space there is.
float StoryColumnWidth(const Ui& ui, float available);
// viewHeight: the reader's visible height (a picture takes at most half of it).
StoryLayout LayOutStory(const Ui& ui, const Story& story, float width, float viewHeight,
                        int contentGeneration);

} // namespace kepu
