// kepu-bench-pack DIR [CHARS]: writes a content pack of filler text holding CHARS (default 5,000)
// distinct Chinese characters, for measuring the kiosk's text path. Never install it on a kiosk.
//
// The characters are the common ones first (GB2312 level 1, then level 2, then the rest of the
// unified ideographs in code-point order), each checked in the kiosk's default font, so a
// missing-glyph box in the kiosk is the kiosk's fault. The output is the same on every run.
#include "core/config.hpp"
#include "core/utf8.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <iconv.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;

std::string Utf8(char32_t cp) {
    std::string s;
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
}

std::vector<char32_t> CodePoints(const std::string& text) {
    std::vector<char32_t> cps;
    for (std::size_t pos = 0; pos < text.size();)
        cps.push_back(kepu::NextCodePoint(text, pos));
    return cps;
}

// The kiosk's default font, asked whether it has a glyph for a character.
class FontCheck {
  public:
    FontCheck() {
        if (FT_Init_FreeType(&m_library) != 0) return;
        if (FT_New_Face(m_library, kepu::kDefaultFontFile, kepu::kDefaultFontIndex, &m_face) != 0)
            m_face = nullptr;
    }
    ~FontCheck() {
        if (m_face) FT_Done_Face(m_face);
        if (m_library) FT_Done_FreeType(m_library);
    }
    FontCheck(const FontCheck&) = delete;
    FontCheck& operator=(const FontCheck&) = delete;
    bool Ok() const { return m_face != nullptr; }
    bool Has(char32_t cp) const { return FT_Get_Char_Index(m_face, cp) != 0; }

  private:
    FT_Library m_library = nullptr;
    FT_Face m_face = nullptr;
};

// GB2312's hanzi in its own order (level 1, the 3,755 most common, then level 2), through glibc's
// iconv so no table is copied into the source. Empty when iconv lacks GB2312.
std::vector<char32_t> Gb2312Hanzi() {
    std::vector<char32_t> result;
    iconv_t cd = iconv_open("UTF-32LE", "GB2312");
    if (cd == reinterpret_cast<iconv_t>(-1)) return result;
    for (int row = 0xB0; row <= 0xF7; ++row) {
        for (int cell = 0xA1; cell <= 0xFE; ++cell) {
            char in[2] = {static_cast<char>(row), static_cast<char>(cell)};
            unsigned char out[4] = {};
            char* inPtr = in;
            char* outPtr = reinterpret_cast<char*>(out);
            std::size_t inLeft = 2, outLeft = 4;
            if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == static_cast<std::size_t>(-1)) {
                iconv(cd, nullptr, nullptr, nullptr, nullptr); // an unassigned code: reset, skip
                continue;
            }
            if (outLeft == 0) result.push_back(out[0] | out[1] << 8 | out[2] << 16 | char32_t(out[3]) << 24);
        }
    }
    iconv_close(cd);
    return result;
}

// Hands out characters: new ones (never given before) until the pack holds its quota, and
// "common" ones (a small fixed set) for filler that must not spend the quota.
class CharSource {
  public:
    CharSource(std::vector<char32_t> pool, std::size_t quota, const std::vector<char32_t>& common)
        : m_pool(std::move(pool)), m_quota(quota), m_common(common) {
        for (char32_t cp : common)
            m_used.insert(cp);
    }
    // Up to n new characters (fewer once the quota is reached).
    std::string New(std::size_t n) {
        std::string s;
        while (n > 0 && m_used.size() < m_quota && m_next < m_pool.size()) {
            const char32_t cp = m_pool[m_next++];
            if (!m_used.insert(cp).second) continue;
            s += Utf8(cp);
            --n;
        }
        return s;
    }
    // Exactly n characters: new ones while the quota lasts, then common ones.
    std::string Fill(std::size_t n) {
        std::string s = New(n);
        for (std::size_t have = CodePoints(s).size(); have < n; ++have)
            s += Common(1);
        return s;
    }
    std::string Common(std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i) {
            m_seed = m_seed * 6364136223846793005ULL + 1442695040888963407ULL; // fixed seed: same every run
            s += Utf8(m_common[(m_seed >> 33) % m_common.size()]);
        }
        return s;
    }
    std::size_t Used() const { return m_used.size(); }
    std::size_t Left() const { return m_quota - std::min(m_quota, m_used.size()); }

  private:
    std::vector<char32_t> m_pool;
    std::size_t m_quota;
    std::vector<char32_t> m_common;
    std::set<char32_t> m_used;
    std::size_t m_next = 0;
    std::uint64_t m_seed = 7;
};

// Chinese sentences: the characters with a comma every few and `end` (a full stop) at the end.
std::string Sentences(const std::string& chars, std::size_t clause, const char* end = "。") {
    std::string s;
    const std::vector<char32_t> cps = CodePoints(chars);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        s += Utf8(cps[i]);
        if (i + 1 == cps.size())
            s += end;
        else if ((i + 1) % clause == 0)
            s += (i + 1) % (clause * 3) == 0 ? "。" : "，";
    }
    return s;
}

// Interleaves new characters with common ones, as real text repeats its frequent characters.
std::string Mixed(CharSource& chars, std::size_t length) {
    std::string s;
    for (std::size_t i = 0; i < length; ++i)
        s += i % 3 == 2 ? chars.Common(1) : chars.Fill(1);
    return s;
}

const char* const kWords[] = {"light",  "river", "sand",   "seed",  "star",  "stone", "wind",  "water",
                              "garden", "cloud", "signal", "field", "orbit", "root",  "glass", "clock"};

// English filler of about `words` words, different for each seed.
std::string EnglishFiller(std::size_t words, std::size_t seed) {
    std::string s = "Filler";
    std::uint64_t state = seed * 2654435761ULL + 1;
    for (std::size_t i = 1; i < words; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        s += ' ';
        s += kWords[(state >> 33) % std::size(kWords)];
        if (i % 9 == 8 && i + 1 < words) s += ',';
    }
    return s + '.';
}

std::string TomlString(const std::string& s) {
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\\\"") : std::string(1, c);
    return out + '"';
}

std::string Local(const std::string& zh, const std::string& en) {
    return "{ zh = " + TomlString(zh) + ", en = " + TomlString(en) + " }";
}

std::string TwoDigits(std::size_t n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

const char* const kSource = "kepu-bench-pack: generated filler for measurement, not a fact";

struct Written {
    std::size_t files = 0;
    std::size_t bytes = 0;
    std::string allText;
};

bool WriteFile(const fs::path& file, const std::string& text, Written& written) {
    std::ofstream out(file, std::ios::binary);
    out << text;
    if (!out.flush()) {
        std::fprintf(stderr, "kepu-bench-pack: cannot write %s\n", file.c_str());
        return false;
    }
    ++written.files;
    written.bytes += text.size();
    written.allText += text;
    return true;
}

constexpr std::size_t kQuizSets = 3;
constexpr std::size_t kPlainStories = 4;
constexpr std::size_t kPromptChars = 24;
constexpr std::size_t kChoiceChars = 8;

std::string QuizSetFile(CharSource& chars, std::size_t set, std::size_t questions) {
    const std::string id = "bench-quiz-" + TwoDigits(set);
    std::ostringstream out;
    out << "# Generated by kepu-bench-pack: random characters for measurement, not facts.\n";
    out << "id = " << TomlString(id) << "\n";
    out << "title = " << Local(chars.Fill(8), "Filler quiz set " + std::to_string(set)) << "\n";
    out << "summary = "
        << Local(Sentences(chars.Fill(20), 10), "Random characters for measuring text, not facts.") << "\n";
    for (std::size_t q = 1; q <= questions; ++q) {
        out << "\n[[question]]\n";
        out << "id = \"q" << TwoDigits(q) << "\"\n";
        out << "text = "
            << Local(Sentences(chars.Fill(kPromptChars), 12, "？"),
                     "Filler question " + std::to_string(q) + " of set " + std::to_string(set) + "?")
            << "\n";
        out << "choices = [\n";
        for (std::size_t c = 1; c <= 4; ++c) {
            std::string zh = chars.Fill(kChoiceChars);
            // The last choice of the set says where the set ends, so a script can see it reached the end.
            if (q == questions && c == 4) zh += " [end " + id + "]";
            out << "  " << Local(zh, "Choice " + std::string(1, static_cast<char>('A' + c - 1))) << ",\n";
        }
        out << "]\n";
        out << "answer = " << (q % 4) + 1 << "\n";
        out << "difficulty = " << (q % 3) + 1 << "\n";
        out << "explanation = " << Local(Sentences(chars.Common(30), 10), EnglishFiller(12, q)) << "\n";
        out << "source = " << TomlString(kSource) << "\n";
    }
    return out.str();
}

// A story of paragraphs; dense: every character new (the first screen is characters found nowhere
// else), otherwise new characters mixed with common ones. Markdown: a heading and some emphasis.
std::string StoryFile(CharSource& chars, const std::string& id, const std::string& enTitle,
                      std::size_t paragraphs, std::size_t paragraphChars, bool dense) {
    std::ostringstream out;
    out << "+++\n";
    out << "# Generated by kepu-bench-pack: random characters for measurement, not facts.\n";
    out << "id = " << TomlString(id) << "\n";
    out << "title = " << Local(chars.Fill(8), enTitle) << "\n";
    out << "summary = "
        << Local(Sentences(chars.Fill(24), 12), "Random characters for measuring text, not facts.") << "\n";
    out << "scientist = " << Local(chars.Fill(6), "A filler name") << "\n";
    out << "people = [{ name = " << Local(chars.Fill(3), "A filler name")
        << ", born = 1900, died = 1990 }]\n";
    out << "spirit = [\"innovation\"]\n";
    out << "think = " << Local(Sentences(chars.Fill(20), 10, "？"), "A filler question?") << "\n";
    out << "related = [\"bench-quiz-01/q01\", \"bench-quiz-01/q02\"]\n";
    out << "source = " << TomlString(kSource) << "\n";
    out << "+++\n\n";
    const auto body = [&](std::size_t n) { return dense ? chars.Fill(n) : Mixed(chars, n); };
    for (std::size_t p = 0; p < paragraphs; ++p) {
        if (p == paragraphs / 2) out << "## " << body(6) << "\n\n";
        std::string text = Sentences(body(paragraphChars), 14);
        if (p % 3 == 1) {
            // Emphasis around a few characters after the first sentence.
            const std::size_t at = text.find("，");
            if (at != std::string::npos) text.insert(at + 3, "**" + body(4) + "**");
        }
        out << text << "\n\n";
    }
    out << "[end " << id << "]\n\n";
    out << "+++ en\n\n";
    for (std::size_t p = 0; p < paragraphs; ++p)
        out << EnglishFiller(40, p + id.size()) << "\n\n";
    out << "[end " << id << "]\n";
    return out.str();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: kepu-bench-pack DIR [CHARS]  (writes a filler content pack; CHARS "
                             "distinct Chinese characters, default 5000)\n");
        return 2;
    }
    const fs::path dir = argv[1];
    std::size_t quota = 5000;
    if (argc == 3) {
        char* end = nullptr;
        const unsigned long n = std::strtoul(argv[2], &end, 10);
        if (!end || *end != '\0' || n < 600 || n > 20000) {
            std::fprintf(stderr, "kepu-bench-pack: CHARS must be a number from 600 to 20000\n");
            return 2;
        }
        quota = n;
    }

    FontCheck font;
    if (!font.Ok()) {
        std::fprintf(stderr, "kepu-bench-pack: cannot open the kiosk's font %s (face %d)\n",
                     kepu::kDefaultFontFile, kepu::kDefaultFontIndex);
        return 1;
    }
    std::vector<char32_t> order = Gb2312Hanzi();
    if (order.size() < 6000) {
        std::fprintf(stderr, "kepu-bench-pack: iconv has no GB2312 (glibc's gconv modules are needed)\n");
        return 1;
    }
    const std::set<char32_t> inGb(order.begin(), order.end());
    for (char32_t cp = 0x4E00; cp <= 0x9FFF; ++cp)
        if (!inGb.count(cp)) order.push_back(cp);
    std::vector<char32_t> pool;
    for (char32_t cp : order)
        if (font.Has(cp)) pool.push_back(cp);
    for (const char* punctuation : {"，", "。", "？"})
        if (!font.Has(CodePoints(punctuation)[0])) {
            std::fprintf(stderr, "kepu-bench-pack: the font lacks %s\n", punctuation);
            return 1;
        }

    // The pack's title says what it is; its characters and the first 200 of the pool are the common
    // filler, repeated throughout.
    const std::string packTitle = "基准测试用随机文字，请勿安装";
    std::vector<char32_t> common;
    for (char32_t cp : CodePoints(packTitle))
        if (kepu::IsCjkIdeographic(cp) && std::find(common.begin(), common.end(), cp) == common.end())
            common.push_back(cp);
    for (std::size_t i = 0; common.size() < 200 && i < pool.size(); ++i)
        if (std::find(common.begin(), common.end(), pool[i]) == common.end()) common.push_back(pool[i]);
    for (char32_t cp : common)
        if (!font.Has(cp)) {
            std::fprintf(stderr, "kepu-bench-pack: the font lacks %s\n", Utf8(cp).c_str());
            return 1;
        }
    CharSource chars(pool, quota, common);

    // Shares of the new characters: quiz sets a third, the dense story a quarter, the others the rest.
    const std::size_t budget = chars.Left();
    const std::size_t perQuestion = kPromptChars + 4 * kChoiceChars;
    const std::size_t questions = std::clamp<std::size_t>(budget / 3 / perQuestion / kQuizSets, 1, 30);
    const std::size_t denseParagraphs = std::max<std::size_t>(3, budget / 4 / 120);

    std::error_code ec;
    fs::create_directories(dir / "quizzes", ec);
    fs::create_directories(dir / "stories", ec);
    if (ec) {
        std::fprintf(stderr, "kepu-bench-pack: cannot create %s: %s\n", dir.c_str(), ec.message().c_str());
        return 1;
    }
    Written written;
    std::string manifest =
        "# Generated by kepu-bench-pack: random characters for measuring the kiosk. Never install.\n";
    manifest += "id = \"bench-pack\"\nversion = \"1.0.0\"\nlanguages = [\"zh\", \"en\"]\n";
    manifest += "title = " + Local(packTitle, "Benchmark filler: do not install") + "\n";
    if (!WriteFile(dir / "pack.toml", manifest, written)) return 1;

    // The dense story first, so its characters are the pool's next ones and found nowhere else.
    if (!WriteFile(dir / "stories" / "bench-story-00-dense.md",
                   StoryFile(chars, "bench-story-dense", "A dense filler story", denseParagraphs, 120, true),
                   written))
        return 1;
    for (std::size_t set = 1; set <= kQuizSets; ++set)
        if (!WriteFile(dir / "quizzes" / ("bench-quiz-" + TwoDigits(set) + ".toml"),
                       QuizSetFile(chars, set, questions), written))
            return 1;
    // The other stories share what is left, with the common characters between the new ones.
    const std::size_t perStory = chars.Left() / kPlainStories;
    for (std::size_t s = 1; s <= kPlainStories; ++s) {
        const std::size_t newChars = s == kPlainStories ? chars.Left() : perStory;
        // At least the 600 characters a story needs (the validator warns below), common ones filling in.
        const std::size_t total = std::max<std::size_t>(newChars * 3 / 2, 650);
        const std::size_t paragraphs = std::max<std::size_t>(3, total / 150 + 1);
        const std::size_t length = (total + paragraphs - 1) / paragraphs + 1;
        const std::string id = "bench-story-" + TwoDigits(s);
        if (!WriteFile(dir / "stories" / (id + ".md"),
                       StoryFile(chars, id, "Filler story " + std::to_string(s), paragraphs, length, false),
                       written))
            return 1;
    }

    std::set<char32_t> distinct;
    for (char32_t cp : CodePoints(written.allText))
        if (cp >= 0x4E00 && cp <= 0x9FFF) distinct.insert(cp);
    std::printf(
        "kepu-bench-pack: %s: %zu distinct Chinese characters, %zu items (%zu quiz sets of %zu questions, "
        "%zu stories), %zu files, %zu bytes\n",
        dir.c_str(), distinct.size(), kQuizSets + 1 + kPlainStories, kQuizSets, questions, 1 + kPlainStories,
        written.files, written.bytes);
    if (distinct.size() != quota) {
        std::fprintf(stderr, "kepu-bench-pack: wrote %zu distinct characters, not %zu\n", distinct.size(),
                     quota);
        return 1;
    }
    return 0;
}
