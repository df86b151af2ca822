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

void FieldReader::Error(const toml::node& node, std::string message) {
    m_diagnostics.Error(m_file, static_cast<int>(node.source().begin.line), static_cast<int>(node.source().begin.column),
                        std::move(message));
}

void FieldReader::Warning(const toml::node& node, std::string message) {
    m_diagnostics.Warning(m_file, static_cast<int>(node.source().begin.line),
                          static_cast<int>(node.source().begin.column), std::move(message));
}

SourcePlace FieldReader::PlaceOf(const char* key) const {
    const toml::node* node = m_table.get(key);
    const toml::source_region& at = node ? node->source() : m_table.source();
    return {static_cast<int>(at.begin.line), static_cast<int>(at.begin.column)};
}

void FieldReader::ErrorHere(std::string message) { Error(m_table, std::move(message)); }

const toml::node* FieldReader::Find(const char* key, bool required, const char* expected) {
    m_read.insert(key);
    const toml::node* node = m_table.get(key);
    if (!node && required) ErrorHere(std::string("missing \"") + key + "\" (" + expected + ")");
    return node;
}

std::string FieldReader::Id(const char* key) {
    const std::string id = String(key, true);
    if (!id.empty() && !IsValidId(id))
        Error(*m_table.get(key), "\"" + id + "\" is not a valid id: use lowercase letters, digits and '-', "
                                              "starting with a letter (ids are kept for years by the statistics)");
    return id;
}

std::string FieldReader::String(const char* key, bool required) {
    const toml::node* node = Find(key, required, "a text in quotes");
    if (!node) return {};
    const auto value = node->value_exact<std::string>();
    if (!value) {
        Error(*node, std::string("\"") + key + "\" must be a text in quotes");
        return {};
    }
    if (value->empty() && required) Error(*node, std::string("\"") + key + "\" must not be empty");
    return *value;
}

void FieldReader::CheckGlyphs(const toml::node& node, const std::string& text) {
    if (!m_assets) return;
    std::string missing;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = NextCodePoint(text, pos);
        if (cp < 0x20 || m_assets->CanDraw(cp)) continue;
        if (missing.find(text.substr(start, pos - start)) == std::string::npos) missing += text.substr(start, pos - start);
    }
    if (!missing.empty())
        Error(node, "the kiosk's font cannot draw \"" + missing + "\"; use other characters (or a font that has them)");
}

LocalText FieldReader::Text(const char* key, bool required, TextBox box) {
    LocalText text;
    const toml::node* node = Find(key, required, "zh = \"…\", en = \"…\"");
    if (!node) return text;
    const toml::table* table = node->as_table();
    if (!table) {
        Error(*node, std::string("\"") + key + "\" must be a table: " + key + " = { zh = \"…\", en = \"…\" }");
        return text;
    }
    for (const auto& [lang, value] : *table) {
        if (lang != "zh" && lang != "en") {
            Warning(value, std::string("\"") + key + "." + std::string(lang.str()) +
                               "\": only zh and en are shown; this text is ignored");
            continue;
        }
        const auto s = value.value_exact<std::string>();
        if (!s || s->empty()) {
            Error(value, std::string("\"") + key + "." + std::string(lang.str()) + "\" must be a non-empty text in quotes");
            continue;
        }
        (lang == "zh" ? text.zh : text.en) = *s;
        CheckText(value, std::string(key) + "." + std::string(lang.str()), *s, box);
    }
    if (text.zh.empty() && !table->contains("zh"))
        Error(*node, std::string("\"") + key + "\" needs the Chinese text: " + key + " = { zh = \"…\" }");
    else if (text.en.empty() && !table->contains("en"))
        Warning(*node, std::string("\"") + key + "\" has no English (en): the English interface shows the Chinese");
    return text;
}

void FieldReader::CheckText(const toml::node& node, const std::string& label, const std::string& text, TextBox box) {
    const TextBoxLimit limit = LimitOf(box);
    const int width = DisplayWidth(text);
    if (width > limit.columns)
        Error(node, "\"" + label + "\" is too long for " + limit.what + " (" + std::to_string(width) +
                        " columns, at most " + std::to_string(limit.columns) +
                        "; a Chinese character counts 2): it would not fit its box on screen");
    CheckGlyphs(node, text);
}

std::optional<std::int64_t> FieldReader::Integer(const char* key, bool required, std::int64_t min, std::int64_t max) {
    const toml::node* node = Find(key, required, "a whole number");
    if (!node) return std::nullopt;
    const auto value = node->value_exact<std::int64_t>();
    if (!value || *value < min || *value > max) {
        Error(*node, std::string("\"") + key + "\" must be a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max));
        return std::nullopt;
    }
    return value;
}

std::optional<toml::date> FieldReader::Date(const char* key) {
    const toml::node* node = Find(key, false, "a date");
    if (!node) return std::nullopt;
    const auto value = node->value_exact<toml::date>();
    if (!value) Error(*node, std::string("\"") + key + "\" must be a date without quotes, e.g. " + key + " = 2026-09-15");
    return value;
}

const toml::array* FieldReader::Array(const char* key, bool required) {
    const toml::node* node = Find(key, required, "a list");
    if (!node) return nullptr;
    const toml::array* array = node->as_array();
    if (!array) Error(*node, std::string("\"") + key + "\" must be a list");
    return array;
}

void FieldReader::WarnUnknownKeys() {
    for (const auto& [key, node] : m_table)
        if (!m_read.count(key.str()))
            Warning(node, "unknown field \"" + std::string(key.str()) + "\" is ignored (a typo?)");
}

} // namespace kepu
