// Reading one TOML table of content with diagnostics.
#include "core/toml_fields.hpp"

#include "core/content_catalog.hpp"
#include "core/utf8.hpp"

namespace kepu {

bool IsValidId(std::string_view id) {
    if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

FieldReader::FieldReader(const toml::table& table, std::string file, Diagnostics& diagnostics,
                         const ContentAssets* assets)
    : m_table(table), m_file(std::move(file)), m_diagnostics(diagnostics), m_assets(assets) {}

void FieldReader::Error(const toml::node& node, std::string zh, std::string en) {
    m_diagnostics.Error(m_file, static_cast<int>(node.source().begin.line),
                        static_cast<int>(node.source().begin.column), std::move(zh), std::move(en));
}

void FieldReader::Warning(const toml::node& node, std::string zh, std::string en) {
    m_diagnostics.Warning(m_file, static_cast<int>(node.source().begin.line),
                          static_cast<int>(node.source().begin.column), std::move(zh), std::move(en));
}

SourcePlace FieldReader::PlaceOf(const char* key) const {
    const toml::node* node = m_table.get(key);
    const toml::source_region& at = node ? node->source() : m_table.source();
    return {static_cast<int>(at.begin.line), static_cast<int>(at.begin.column)};
}

void FieldReader::ErrorHere(std::string zh, std::string en) {
    Error(m_table, std::move(zh), std::move(en));
}

const toml::node* FieldReader::Find(const char* key, bool required, const char* expectedZh,
                                    const char* expected) {
    m_read.insert(key);
    const toml::node* node = m_table.get(key);
    if (!node && required)
        ErrorHere(std::string("缺少 \"") + key + "\" 字段（" + expectedZh + "）",
                  std::string("missing \"") + key + "\" (" + expected + ")");
    return node;
}

std::string FieldReader::Id(const char* key) {
    const std::string id = String(key, true);
    if (!id.empty() && !IsValidId(id))
        Error(*m_table.get(key),
              "\"" + id +
                  "\" 不是有效的编号：只能用小写英文字母、数字和 '-'，并以字母开头（统计数据会多年使用编号）",
              "\"" + id +
                  "\" is not a valid id: use lowercase letters, digits and '-', "
                  "starting with a letter (ids are kept for years by the statistics)");
    return id;
}

std::string FieldReader::String(const char* key, bool required) {
    const toml::node* node = Find(key, required, "引号里的文字", "a text in quotes");
    if (!node) return {};
    const auto value = node->value_exact<std::string>();
    if (!value) {
        Error(*node, std::string("\"") + key + "\" 必须是引号里的文字",
              std::string("\"") + key + "\" must be a text in quotes");
        return {};
    }
    if (value->empty() && required)
        Error(*node, std::string("\"") + key + "\" 不能为空",
              std::string("\"") + key + "\" must not be empty");
    return *value;
}

void FieldReader::CheckGlyphs(const toml::node& node, const std::string& text) {
    if (!m_assets) return;
    std::string missing;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = NextCodePoint(text, pos);
        if (cp < 0x20 || m_assets->CanDraw(cp)) continue;
        if (missing.find(text.substr(start, pos - start)) == std::string::npos)
            missing += text.substr(start, pos - start);
    }
    if (!missing.empty())
        Error(node, "展台的字体无法显示 \"" + missing + "\"；请换用其他字符（或换用有这些字符的字体）",
              "the kiosk's font cannot draw \"" + missing +
                  "\"; use other characters (or a font that has them)");
}

LocalText FieldReader::Text(const char* key, bool required, TextBox box) {
    const toml::node* node = Find(key, required, "zh = \"…\", en = \"…\"", "zh = \"…\", en = \"…\"");
    if (!node) return {};
    return TextOf(*node, key, box);
}

LocalText FieldReader::TextOf(const toml::node& node, const std::string& key, TextBox box) {
    LocalText text;
    const toml::table* table = node.as_table();
    if (!table) {
        Error(node, "\"" + key + "\" 必须写成表：" + key + " = { zh = \"…\", en = \"…\" }",
              "\"" + key + "\" must be a table: " + key + " = { zh = \"…\", en = \"…\" }");
        return text;
    }
    for (const auto& [lang, value] : *table) {
        if (lang != "zh" && lang != "en") {
            const std::string label = "\"" + key + "." + std::string(lang.str()) + "\"";
            Warning(value, label + "：只显示 zh 和 en，这段文字会被忽略",
                    label + ": only zh and en are shown; this text is ignored");
            continue;
        }
        const auto s = value.value_exact<std::string>();
        if (!s || s->empty()) {
            const std::string label = "\"" + key + "." + std::string(lang.str()) + "\"";
            Error(value, label + " 必须是引号里的非空文字", label + " must be a non-empty text in quotes");
            continue;
        }
        (lang == "zh" ? text.zh : text.en) = *s;
        CheckText(value, key + "." + std::string(lang.str()), *s, box);
    }
    if (text.zh.empty() && !table->contains("zh"))
        Error(node, "\"" + key + "\" 需要中文：" + key + " = { zh = \"…\" }",
              "\"" + key + "\" needs the Chinese text: " + key + " = { zh = \"…\" }");
    else if (text.en.empty() && !table->contains("en"))
        Warning(node, "\"" + key + "\" 没有英文（en）：英文界面会显示中文",
                "\"" + key + "\" has no English (en): the English interface shows the Chinese");
    return text;
}

std::optional<bool> FieldReader::Bool(const char* key, bool required) {
    const toml::node* node = Find(key, required, "true 或 false", "true or false");
    if (!node) return std::nullopt;
    const auto value = node->value_exact<bool>();
    if (!value)
        Error(*node, std::string("\"") + key + "\" 必须是 true 或 false（不加引号）",
              std::string("\"") + key + "\" must be true or false (without quotes)");
    return value;
}

void FieldReader::CheckText(const toml::node& node, const std::string& label, const std::string& text,
                            TextBox box) {
    const TextBoxLimit limit = LimitOf(box);
    const int width = DisplayWidth(text);
    if (width > limit.columns)
        Error(node,
              "\"" + label + "\" 作为" + limit.whatZh + "太长（" + std::to_string(width) + " 列，最多 " +
                  std::to_string(limit.columns) + " 列；一个汉字算 2 列）：屏幕上放不下",
              "\"" + label + "\" is too long for " + limit.what + " (" + std::to_string(width) +
                  " columns, at most " + std::to_string(limit.columns) +
                  "; a Chinese character counts 2): it would not fit its box on screen");
    CheckGlyphs(node, text);
}

std::optional<std::int64_t> FieldReader::Integer(const char* key, bool required, std::int64_t min,
                                                 std::int64_t max) {
    const toml::node* node = Find(key, required, "整数", "a whole number");
    if (!node) return std::nullopt;
    const auto value = node->value_exact<std::int64_t>();
    if (!value || *value < min || *value > max) {
        Error(*node,
              std::string("\"") + key + "\" 必须是 " + std::to_string(min) + " 到 " + std::to_string(max) +
                  " 之间的整数",
              std::string("\"") + key + "\" must be a whole number from " + std::to_string(min) + " to " +
                  std::to_string(max));
        return std::nullopt;
    }
    return value;
}

std::optional<toml::date> FieldReader::Date(const char* key) {
    const toml::node* node = Find(key, false, "日期", "a date");
    if (!node) return std::nullopt;
    const auto value = node->value_exact<toml::date>();
    if (!value)
        Error(*node, std::string("\"") + key + "\" 必须是不加引号的日期，例如 " + key + " = 2026-09-15",
              std::string("\"") + key + "\" must be a date without quotes, e.g. " + key + " = 2026-09-15");
    return value;
}

const toml::array* FieldReader::Array(const char* key, bool required) {
    const toml::node* node = Find(key, required, "列表", "a list");
    if (!node) return nullptr;
    const toml::array* array = node->as_array();
    if (!array)
        Error(*node, std::string("\"") + key + "\" 必须是列表",
              std::string("\"") + key + "\" must be a list");
    return array;
}

void FieldReader::WarnUnknownKeys() {
    for (const auto& [key, node] : m_table)
        if (!m_read.count(key.str()))
            Warning(node, "未知字段 \"" + std::string(key.str()) + "\" 被忽略（拼写错误？）",
                    "unknown field \"" + std::string(key.str()) + "\" is ignored (a typo?)");
}

} // namespace kepu
