// Loaders of the item types, used by the content catalog. Each reads one file, reports every
// problem it finds, and returns the item (possibly incomplete: the pack is then skipped).
#pragma once
#include "core/content_catalog.hpp"
#include "core/toml_fields.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace kepu {

struct ItemContext {
    std::filesystem::path packFolder;
    Diagnostics& diagnostics;
    const ContentAssets* assets;
};

// A quiz set: quizzes/NAME.toml.
std::optional<ContentItem> LoadQuizSet(const std::filesystem::path& file, const std::string& text,
                                       ItemContext& ctx);
// A scientist's story: stories/NAME.md, TOML front matter between +++ lines, Markdown body; an
// English body may follow a line "+++ en".
std::optional<ContentItem> LoadStory(const std::filesystem::path& file, const std::string& text,
                                     ItemContext& ctx);
// A seniors' smartphone lesson: tutorials/NAME.toml (tutorial_item.cpp).
std::optional<ContentItem> LoadTutorial(const std::filesystem::path& file, const std::string& text,
                                        ItemContext& ctx);

// Parses TOML, reporting a syntax error at its place.
std::optional<toml::table> ParseToml(const std::string& text, const std::string& file,
                                     Diagnostics& diagnostics);
// Parses a TOML item file and starts its item (module and file); nullopt on a
// syntax error. The reader is left open for the type's own fields.
std::optional<toml::table> BeginTomlItem(const std::filesystem::path& file, const std::string& text,
                                         ItemContext& ctx, ContentItem& item, Module module);
// An image path from content: inside the pack, present, decodable, not too large. Returns the full path.
std::filesystem::path CheckImage(FieldReader& reader, const char* key, ItemContext& ctx);
// A problem's wording, in Chinese and in English (see Diagnostic).
struct Wording {
    std::string zh;
    std::string en;
};
// The one check behind every image reference (TOML fields and Markdown images alike): the problem
// with `relative` as an image of the pack, or nullopt when it is fine. full receives its path.
std::optional<Wording> ImageProblem(const std::string& relative, ItemContext& ctx,
                                    std::filesystem::path& full);
// The fields every item has: id, title, summary, source, related, image.
void ReadCommonFields(FieldReader& reader, ContentItem& item, ItemContext& ctx, bool sourceRequired);

} // namespace kepu
