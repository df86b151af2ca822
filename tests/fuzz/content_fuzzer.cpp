// libFuzzer target for the content loaders: arbitrary bytes as a quiz set (TOML), a story
// (Markdown with TOML front matter) and a tutorial. Whatever the input, a loader must return with
// diagnostics, never crash, hang or read out of bounds (built with ASan and UBSan).
#include "core/content_items.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    kepu::Diagnostics diagnostics;
    kepu::ItemContext ctx{std::filesystem::temp_directory_path() / "kepu-fuzz-pack", diagnostics, nullptr};
    switch (data[0] % 3) {
    case 0: kepu::LoadQuizSet("fuzz/quizzes/input.toml", text, ctx); break;
    case 1: kepu::LoadStory("fuzz/stories/input.md", text, ctx); break;
    default: kepu::LoadTutorial("fuzz/tutorials/input.toml", text, ctx); break;
    }
    for (const kepu::Diagnostic& d : diagnostics.Items()) (void)d.Format();
    return 0;
}
