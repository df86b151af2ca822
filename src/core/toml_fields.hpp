// Reading one TOML table of content with diagnostics: required fields, types, ranges, id syntax,
// localised texts (zh required, en optional), text that will not fit its box, characters the font
// cannot draw, and unknown keys (a typo must not pass silently).
#pragma once
#include "core/content_assets.hpp"
#include "core/diagnostics.hpp"
#include "core/text_fit.hpp"

#include <toml++/toml.h>

#include <optional>
#include <set>
#include <string>

namespace kepu {

struct LocalText;
struct SourcePlace;

class FieldReader {
  public:
    FieldReader(const toml::table& table, std::string file, Diagnostics& diagnostics,
                const ContentAssets* assets);

    // A stable id: lowercase letters, digits and '-', starting with a letter.
    std::string Id(const char* key);
    std::string String(const char* key, bool required);
    LocalText Text(const char* key, bool required, TextBox box);
    // A localised text that is not under a key of this table (an entry of an array); key names it.
    LocalText TextOf(const toml::node& node, const std::string& key, TextBox box);
    std::optional<bool> Bool(const char* key, bool required);
    std::optional<std::int64_t> Integer(const char* key, bool required, std::int64_t min, std::int64_t max);
    std::optional<toml::date> Date(const char* key);
    const toml::array* Array(const char* key, bool required);
    // A key the caller checks itself (its type decides the message): not reported as unknown.
    void MarkRead(const char* key) { m_read.insert(key); }
    // Keys not read by now are reported as warnings: call after reading everything.
    void WarnUnknownKeys();

    // Width and font checks of one text (Text() does this for each language).
    void CheckText(const toml::node& node, const std::string& label, const std::string& text, TextBox box);

    // A problem at a node's place, in Chinese and in English (see Diagnostic).
    void Error(const toml::node& node, std::string zh, std::string en);
    void Warning(const toml::node& node, std::string zh, std::string en);
    void ErrorHere(std::string zh, std::string en); // at the table itself
    const std::string& File() const { return m_file; }
    // For readers of nested tables ([[images]], people) with the same file and checks.
    Diagnostics& Problems() const { return m_diagnostics; }
    const ContentAssets* Assets() const { return m_assets; }
    // Where key's value is written (or the table, when the key is missing).
    SourcePlace PlaceOf(const char* key) const;
    const toml::table& Table() const { return m_table; }

  private:
    const toml::node* Find(const char* key, bool required, const char* expectedZh, const char* expected);
    void CheckGlyphs(const toml::node& node, const std::string& text);

    const toml::table& m_table;
    std::string m_file;
    Diagnostics& m_diagnostics;
    const ContentAssets* m_assets;
    std::set<std::string, std::less<>> m_read;
};

bool IsValidId(std::string_view id);

} // namespace kepu
