// What every item type shares: TOML parsing, the common fields, image references; and tutorials,
// which have only the common fields until their own issue.
#include "core/content_items.hpp"

namespace kepu {
namespace fs = std::filesystem;

std::optional<toml::table> ParseToml(const std::string& text, const std::string& file,
                                     Diagnostics& diagnostics) {
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        diagnostics.Error(file, static_cast<int>(e.source().begin.line),
                          static_cast<int>(e.source().begin.column),
                          "TOML syntax: " + std::string(e.description()));
        return std::nullopt;
    }
}

namespace {

// Both paths canonical: is `path` the folder itself or below it?
bool IsInside(const fs::path& path, const fs::path& folder) {
    auto p = path.begin();
    for (auto f = folder.begin(); f != folder.end(); ++f, ++p)
        if (p == path.end() || *p != *f) return false;
    return true;
}

} // namespace

std::string ImageProblem(const std::string& relative, ItemContext& ctx, fs::path& full) {
    const std::string image = "image \"" + relative + "\"";
    const fs::path path = fs::path(relative).lexically_normal();
    if (path.is_absolute() || relative.find("..") != std::string::npos)
        return image + " must be a path inside the pack, like \"images/dunes.png\"";
    full = ctx.packFolder / path;
    std::error_code ec;
    if (!fs::is_regular_file(full, ec))
        return image + " does not exist in the pack (looked for " + full.string() + ")";
    // The text says nothing of links: compare where the file really is with where the pack really is.
    const fs::path real = fs::canonical(full, ec);
    const fs::path pack = ec ? fs::path() : fs::canonical(ctx.packFolder, ec);
    if (ec) return image + " cannot be resolved (" + ec.message() + ")";
    if (!IsInside(real, pack))
        return image + " is a link to " + real.string() + ", outside the pack; copy the file into the pack";
    if (!ctx.assets) return {};
    // Sizes come from the header, before the adapter decodes any pixels.
    const ImageInfo info = ctx.assets->ProbeImage(full);
    if (!info.readable) return image + " cannot be decoded (" + info.problem + "); use PNG or JPEG";
    if (info.width > kMaxImageSide || info.height > kMaxImageSide)
        return image + " is " + std::to_string(info.width) + "x" + std::to_string(info.height) +
               " pixels; at most " + std::to_string(kMaxImageSide) + " on each side (1920 wide is plenty)";
    if (info.bytes > kMaxImageBytes)
        return image + " is " + std::to_string(info.bytes / 1000) + " kB; at most " +
               std::to_string(kMaxImageBytes / 1000) + " kB (save it smaller)";
    if (!info.decodes) return image + " cannot be decoded (" + info.problem + "); use PNG or JPEG";
    return {};
}

fs::path CheckImage(FieldReader& reader, const char* key, ItemContext& ctx) {
    const std::string relative = reader.String(key, false);
    if (relative.empty()) return {};
    fs::path full;
    const std::string problem = ImageProblem(relative, ctx, full);
    if (problem.empty()) return full;
    reader.Error(*reader.Table().get(key), problem);
    return {};
}

void ReadCommonFields(FieldReader& reader, ContentItem& item, ItemContext& ctx, bool sourceRequired) {
    item.id = reader.Id("id");
    item.idPlace = reader.PlaceOf("id");
    item.title = reader.Text("title", true, TextBox::ItemTitle);
    item.summary = reader.Text("summary", true, TextBox::Summary);
    item.source = reader.String("source", sourceRequired);
    if (const toml::array* related = reader.Array("related", false)) {
        for (const toml::node& node : *related) {
            const auto id = node.value_exact<std::string>();
            if (!id)
                reader.Error(node, "\"related\" lists item ids in quotes");
            else
                item.related.push_back({*id,
                                        {static_cast<int>(node.source().begin.line),
                                         static_cast<int>(node.source().begin.column)}});
        }
    }
    item.image = CheckImage(reader, "image", ctx);
}

std::optional<toml::table> BeginTomlItem(const fs::path& file, const std::string& text, ItemContext& ctx,
                                         ContentItem& item, Module module) {
    auto table = ParseToml(text, file.string(), ctx.diagnostics);
    item.module = module;
    item.file = file;
    return table;
}

std::optional<ContentItem> LoadTutorial(const fs::path& file, const std::string& text, ItemContext& ctx) {
    ContentItem item;
    item.content = Tutorial{};
    const auto table = BeginTomlItem(file, text, ctx, item, Module::Seniors);
    if (!table) return std::nullopt;
    FieldReader reader(*table, file.string(), ctx.diagnostics, ctx.assets);
    ReadCommonFields(reader, item, ctx, false);
    // The steps' format comes with the tutorials issue; other fields are not checked yet.
    return item;
}

} // namespace kepu
