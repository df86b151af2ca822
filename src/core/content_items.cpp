// What every item type shares: TOML parsing, the common fields, image references.
#include "core/content_items.hpp"

namespace kepu {
namespace fs = std::filesystem;

namespace {

// The text of line `number` (1-based).
std::string LineAt(const std::string& text, std::size_t number) {
    std::size_t pos = 0;
    for (std::size_t n = 1; n < number && pos != std::string::npos; ++n)
        pos = text.find('\n', pos) == std::string::npos ? std::string::npos : text.find('\n', pos) + 1;
    if (pos == std::string::npos) return {};
    return text.substr(pos, text.find('\n', pos) == std::string::npos ? std::string::npos
                                                                      : text.find('\n', pos) - pos);
}

// The line without what is inside "…" quotes: full-width punctuation there is the author's text.
std::string OutsideQuotes(const std::string& line) {
    std::string out;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && quoted) {
            ++i;
            continue;
        }
        if (line[i] == '"')
            quoted = !quoted;
        else if (!quoted)
            out += line[i];
    }
    return out;
}

// toml++'s wording ("unescaped control characters …") means little to an author: the common
// mistakes get a plain hint, in Chinese, with the parser's own words kept in the English part.
Wording TomlSyntaxMessage(const std::string& line, const std::string& description) {
    const std::string english = "TOML syntax: ";
    for (const char* mark :
         {"，", "＝", "：", "“", "”", "‘", "’", "［", "］", "｛", "｝", "；", "（", "）"}) {
        if (OutsideQuotes(line).find(mark) == std::string::npos) continue;
        return {std::string("TOML 格式错误：用了全角标点 ") + mark +
                    "。名称、等号、引号、括号和逗号都要用半角（英文）符号：= \" [ ] { } ,",
                english + "full-width punctuation " + mark +
                    ": names, =, quotes, brackets and commas must be "
                    "half-width (ASCII) = \" [ ] { } , (" +
                    description + ")"};
    }
    const auto says = [&](const char* words) { return description.find(words) != std::string::npos; };
    if (says("control characters") || says("unterminated") || says("end of file while parsing string") ||
        says("string"))
        return {"TOML 格式错误：引号没有闭合。文字两边都要有英文双引号 \"，并写在同一行",
                english + "a quote is not closed: put a \" at both ends of the text, on one line (" +
                    description + ")"};
    if (says("expected '='"))
        return {"TOML 格式错误：缺少等号 =。每一项写成 名称 = 值",
                english + "missing \"=\": write each entry as name = value (" + description + ")"};
    if (says("expected value") || says("could not determine value type"))
        return {"TOML 格式错误：等号后面缺少值，或值的写法不对（文字要加英文双引号）",
                english + "a value is missing or malformed after \"=\" (text goes in \"quotes\") (" +
                    description + ")"};
    if (says("expected keys"))
        return {"TOML 格式错误：名称（等号左边）只能用英文字母、数字、- 和 _",
                english + "names (left of \"=\") use only ASCII letters, digits, - and _ (" + description +
                    ")"};
    return {"TOML 格式错误：这一行不符合 TOML 格式，请检查引号、等号和括号是否成对", english + description};
}

// Both paths canonical: is `path` the folder itself or below it?
bool IsInside(const fs::path& path, const fs::path& folder) {
    auto p = path.begin();
    for (auto f = folder.begin(); f != folder.end(); ++f, ++p)
        if (p == path.end() || *p != *f) return false;
    return true;
}

} // namespace

std::optional<toml::table> ParseToml(const std::string& text, const std::string& file,
                                     Diagnostics& diagnostics) {
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        const Wording message =
            TomlSyntaxMessage(LineAt(text, e.source().begin.line), std::string(e.description()));
        diagnostics.Error(file, static_cast<int>(e.source().begin.line),
                          static_cast<int>(e.source().begin.column), message.zh, message.en);
        return std::nullopt;
    }
}

std::optional<Wording> ImageProblem(const std::string& relative, ItemContext& ctx, fs::path& full) {
    const std::string image = "\"" + relative + "\"";
    const fs::path path = fs::path(relative).lexically_normal();
    if (path.is_absolute() || relative.find("..") != std::string::npos)
        return Wording{"图片 " + image + " 必须是内容包里的路径，例如 \"images/dunes.png\"",
                       "image " + image + " must be a path inside the pack, like \"images/dunes.png\""};
    full = ctx.packFolder / path;
    std::error_code ec;
    if (!fs::is_regular_file(full, ec))
        return Wording{"图片 " + image + " 在内容包里不存在（查找的是 " + full.string() + "）",
                       "image " + image + " does not exist in the pack (looked for " + full.string() + ")"};
    // The text says nothing of links: compare where the file really is with where the pack really is.
    const fs::path real = fs::canonical(full, ec);
    const fs::path pack = ec ? fs::path() : fs::canonical(ctx.packFolder, ec);
    if (ec)
        return Wording{"图片 " + image + " 的路径无法解析（" + ec.message() + "）",
                       "image " + image + " cannot be resolved (" + ec.message() + ")"};
    if (!IsInside(real, pack))
        return Wording{"图片 " + image + " 是指向内容包之外的链接（" + real.string() +
                           "）；请把文件复制到内容包里",
                       "image " + image + " is a link to " + real.string() +
                           ", outside the pack; copy the file into the pack"};
    if (!ctx.assets) return std::nullopt;
    // Sizes come from the header, before the adapter decodes any pixels.
    const ImageInfo info = ctx.assets->ProbeImage(full);
    const Wording undecodable{"图片 " + image + " 无法解码（" + info.problem + "）；请使用 PNG 或 JPEG",
                              "image " + image + " cannot be decoded (" + info.problem +
                                  "); use PNG or JPEG"};
    if (!info.readable) return undecodable;
    const std::string w = std::to_string(info.width), h = std::to_string(info.height);
    const std::string side = std::to_string(kMaxImageSide);
    if (info.width > kMaxImageSide || info.height > kMaxImageSide)
        return Wording{"图片 " + image + " 有 " + w + "x" + h + " 像素；每边最多 " + side +
                           "（宽 1920 就足够了）",
                       "image " + image + " is " + w + "x" + h + " pixels; at most " + side +
                           " on each side (1920 wide is plenty)"};
    const std::string kb = std::to_string(info.bytes / 1000), maxKb = std::to_string(kMaxImageBytes / 1000);
    if (info.bytes > kMaxImageBytes)
        return Wording{"图片 " + image + " 有 " + kb + " kB；最多 " + maxKb + " kB（请存成更小的文件）",
                       "image " + image + " is " + kb + " kB; at most " + maxKb + " kB (save it smaller)"};
    if (!info.decodes) return undecodable;
    return std::nullopt;
}

fs::path CheckImage(FieldReader& reader, const char* key, ItemContext& ctx) {
    const std::string relative = reader.String(key, false);
    if (relative.empty()) return {};
    fs::path full;
    const auto problem = ImageProblem(relative, ctx, full);
    if (!problem) return full;
    reader.Error(*reader.Table().get(key), problem->zh, problem->en);
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
                reader.Error(node, "\"related\" 列出的条目编号要写在引号里",
                             "\"related\" lists item ids in quotes");
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

} // namespace kepu
