// libFuzzer target for the content loaders: arbitrary bytes as a quiz set (TOML), a story
// (Markdown with TOML front matter) and a tutorial; and as a small content tree (files, folders
// and links with odd names) for the catalog walk. Whatever the input, loading must return with
// diagnostics, never throw, crash, hang or read out of bounds (built with ASan and UBSan).
#include "core/content_catalog.hpp"
#include "core/content_items.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {
namespace fs = std::filesystem;

// A relative path that stays inside the tree: no empty, "." or ".." parts, at most 4 deep.
bool InsideTree(const fs::path& path) {
    int depth = 0;
    for (const fs::path& part : path) {
        const std::string name = part.string();
        if (name.empty() || name == "." || name == ".." || name == "/" || ++depth > 4) return false;
    }
    return depth > 0;
}

// Each line: a kind letter, a path, a tab, then the text (f), nothing (d) or a link target (l).
// "f a/pack.toml\tid = 1" writes a file; "d a/quizzes" a folder; "l a/quizzes/x.toml\tx.toml" a link.
void BuildTree(const fs::path& root, const std::string& spec) {
    std::error_code ec;
    for (std::size_t pos = 0; pos < spec.size();) {
        const std::size_t end = std::min(spec.find('\n', pos), spec.size());
        const std::string line = spec.substr(pos, end - pos);
        pos = end + 1;
        if (line.size() < 3) continue;
        const std::size_t tab = std::min(line.find('\t'), line.size());
        const fs::path path(line.substr(2, tab - 2));
        const std::string rest = tab < line.size() ? line.substr(tab + 1) : std::string();
        if (!InsideTree(path) || path.string().find('\0') != std::string::npos) continue;
        fs::create_directories((root / path).parent_path(), ec);
        switch (line[0]) {
        case 'f': std::ofstream(root / path, std::ios::binary) << rest; break;
        case 'd': fs::create_directories(root / path, ec); break;
        case 'l':
            // Links stay inside the tree too (they may still dangle or loop).
            if (rest.empty() || fs::path(rest).is_absolute() || rest.find("..") != std::string::npos) break;
            fs::create_symlink(rest, root / path, ec);
            break;
        default: break;
        }
    }
}

void LoadTree(const std::string& spec) {
    std::string pattern = (fs::temp_directory_path() / "kepu-fuzz-tree-XXXXXX").string();
    if (!mkdtemp(pattern.data())) return;
    const fs::path root(pattern);
    BuildTree(root, spec);
    try {
        const kepu::ContentCatalog catalog = kepu::LoadContentCatalog(root / "content");
        for (const kepu::Diagnostic& d : catalog.diagnostics.Items())
            (void)d.Format();
    } catch (...) {
        std::abort(); // the catalog promises never to throw
    }
    std::error_code ec;
    fs::remove_all(root, ec);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    kepu::Diagnostics diagnostics;
    kepu::ItemContext ctx{std::filesystem::temp_directory_path() / "kepu-fuzz-pack", diagnostics, nullptr};
    switch (data[0] % 4) {
    case 0: kepu::LoadQuizSet("fuzz/quizzes/input.toml", text, ctx); break;
    case 1: kepu::LoadStory("fuzz/stories/input.md", text, ctx); break;
    case 2: kepu::LoadTutorial("fuzz/tutorials/input.toml", text, ctx); break;
    default: LoadTree(text); break;
    }
    for (const kepu::Diagnostic& d : diagnostics.Items())
        (void)d.Format();
    return 0;
}
