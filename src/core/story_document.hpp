// A story's Markdown parsed once, at load, into what the reader draws: headings, paragraphs of styled
// runs (bold, emphasis), list items, block quotes and pictures with their captions. Anything else the
// kiosk cannot show is a problem with its place in the file, for the validator.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kepu {

struct StoryRun { // a piece of text in one style
    std::string text;
    bool bold = false;
    bool emphasis = false;
};

struct StoryBlock {
    enum class Kind { Heading, Paragraph, ListItem, Quote, Image };
    Kind kind = Kind::Paragraph;
    int level = 0;        // Heading: 2 or 3 (## / ###); ListItem: nesting depth, 0 at the top
    bool ordered = false; // ListItem in a numbered list
    int number = 0;       // its number there
    std::vector<StoryRun> runs;
    std::string image;     // Image: the path as written (relative to the pack)
    std::string imagePath; // Image: the full path, filled by the loader
    std::string caption;   // Image: its alt text, shown under it
    int line = 0;          // 1-based line in the story file
};

struct StoryDocument {
    std::vector<StoryBlock> blocks;
    int columns = 0; // the visible text's length in columns (a full-width character 2, others 1)
};

struct StoryProblem {
    int line = 0;
    int column = 0;
    std::string zh;
    std::string en;
};

// firstLine: the file's line the body starts on, so problems and blocks carry file lines.
StoryDocument ParseStoryDocument(std::string_view markdown, int firstLine,
                                 std::vector<StoryProblem>& problems);

// The text of a block's runs, joined (for tests and plain uses).
std::string PlainText(const StoryBlock& block);

} // namespace kepu
