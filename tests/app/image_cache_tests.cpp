// The picture cache (app/image_cache): the size from the header at once and the pixels from a
// background job, never on the calling (frame) thread; a missing, broken or oversized file becomes a
// failure with its cause; ReleaseAll frees every texture; over its budget the least recently used goes.
// Real files (the test pack's PNG, and broken ones written here); the renderer's textures are counted.
#include "app/image_cache.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <future>
#include <map>
#include <thread>

using namespace kepu;
namespace fs = std::filesystem;

namespace {

const fs::path kPicture =
    fs::path(KEPU_SOURCE_DIR) / "tests/data/quiz-images/test-quiz-images/images/sun-and-dune.png";
constexpr int kPictureW = 480, kPictureH = 300;
constexpr std::size_t kPictureBytes = std::size_t{kPictureW} * kPictureH * 4;

// Textures as the renderer would hold them, counted.
class CountedTextures final : public ImageTextures {
  public:
    ImTextureID CreateRgba(int width, int height, const unsigned char* rgba) override {
        REQUIRE(rgba != nullptr);
        const auto id = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(++m_next));
        m_live[id] = static_cast<std::size_t>(width) * height * 4;
        ++created;
        return id;
    }
    void Destroy(ImTextureID texture) override {
        REQUIRE(m_live.erase(texture) == 1); // never twice, never one it did not make
        ++destroyed;
    }
    std::size_t Live() const { return m_live.size(); }
    int created = 0, destroyed = 0;

  private:
    std::map<ImTextureID, std::size_t> m_live;
    std::intptr_t m_next = 0;
};

std::vector<char> ReadAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteAll(const fs::path& file, const std::vector<char>& bytes) {
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Polls (as the frame loop does) until no decode runs or is queued; false after 5 s.
bool PollUntilIdle(ImageCache& cache) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    for (;;) {
        cache.Poll();
        if (!cache.Decoding()) return true;
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

// A decoder that waits for the test's word, and notes the thread it ran on.
struct GatedDecoder {
    std::promise<void> open;
    std::shared_future<void> gate = open.get_future().share();
    std::promise<std::thread::id> ranOn;
    ImageDecoder Decoder() {
        return [this](const fs::path& file) {
            ranOn.set_value(std::this_thread::get_id());
            gate.wait();
            return DecodeImageFile(file);
        };
    }
};

} // namespace

TEST_CASE("image cache: the size from the header at once, the pixels decoded on another thread") {
    REQUIRE(fs::exists(kPicture));
    CountedTextures textures;
    GatedDecoder gated;
    std::atomic<int> wakes{0};
    ImageCache cache([&] { ++wakes; }, ImageCache::kDefaultBudgetBytes, gated.Decoder());
    cache.SetTextures(&textures);

    const CachedImage& first = cache.Get(kPicture);
    CHECK(first.status == ImageStatus::Loading);
    CHECK(first.width == kPictureW); // the layout knows the size before any pixel is decoded
    CHECK(first.height == kPictureH);
    CHECK(first.texture == nullptr);

    // The decode is running elsewhere and held there: the frame thread goes on, nothing is ready.
    auto ranOn = gated.ranOn.get_future();
    REQUIRE(ranOn.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    CHECK(ranOn.get() != std::this_thread::get_id());
    CHECK_FALSE(cache.Poll());
    CHECK(cache.Get(kPicture).status == ImageStatus::Loading);
    CHECK(textures.created == 0);

    gated.open.set_value();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (wakes == 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK(wakes == 1);   // the loop is woken, it does not poll on a timer
    CHECK(cache.Poll()); // the frame that follows draws the picture
    const CachedImage& ready = cache.Get(kPicture);
    CHECK(ready.status == ImageStatus::Ready);
    CHECK(ready.texture != nullptr);
    CHECK(cache.TextureCount() == 1);
    CHECK(cache.BytesKept() == kPictureBytes);
    CHECK(cache.DecodesStarted() == 1);
    // Asked again, it is only looked up.
    cache.Get(kPicture);
    cache.Poll();
    CHECK(cache.DecodesStarted() == 1);
    CHECK(textures.created == 1);
}

TEST_CASE("image cache: a missing, broken or oversized file fails with its cause, never a crash") {
    testing::TempDir dir("kepu-image-cache");
    CountedTextures textures;
    ImageCache cache(nullptr);
    cache.SetTextures(&textures);
    const std::vector<char> png = ReadAll(kPicture);
    REQUIRE(png.size() > 100);

    SECTION("missing: known at once, no decode") {
        const CachedImage& image = cache.Get(dir.Path() / "nowhere.png");
        CHECK(image.status == ImageStatus::Failed);
        CHECK(image.failure == ImageFailure::Missing);
        CHECK(image.cause == "missing file: " + (dir.Path() / "nowhere.png").string());
        CHECK(cache.DecodesStarted() == 0);
    }
    SECTION("not an image: the header says so at once") {
        const fs::path file = dir.Path() / "notes.png";
        std::ofstream(file) << "this is text, not a picture\n";
        const CachedImage& image = cache.Get(file);
        CHECK(image.status == ImageStatus::Failed);
        CHECK(image.failure == ImageFailure::NotAnImage);
        CHECK(image.cause.find("not a PNG or JPEG image") == 0);
        CHECK(image.cause.find(file.string()) != std::string::npos);
        CHECK(cache.DecodesStarted() == 0);
    }
    SECTION("a good header over broken pixels: loading, then failed once the decode ends") {
        const fs::path file = dir.Path() / "cut.png";
        WriteAll(file, std::vector<char>(png.begin(), png.begin() + 200)); // the header, half a chunk
        CHECK(cache.Get(file).status == ImageStatus::Loading);
        CHECK(cache.Get(file).width == kPictureW);
        REQUIRE(PollUntilIdle(cache));
        const CachedImage& image = cache.Get(file);
        CHECK(image.status == ImageStatus::Failed);
        CHECK(image.failure == ImageFailure::NotAnImage);
        CHECK(image.cause.find("cannot decode (") == 0);
        CHECK(textures.created == 0);
    }
    SECTION("too large: refused from the header, the pixels never allocated") {
        std::vector<char> huge = png;
        // IHDR's width, big-endian at byte 16: 50,000 pixels wide.
        huge[16] = 0, huge[17] = 0, huge[18] = static_cast<char>(0xC3), huge[19] = 0x50;
        const fs::path file = dir.Path() / "huge.png";
        WriteAll(file, huge);
        const CachedImage& image = cache.Get(file);
        CHECK(image.status == ImageStatus::Failed);
        CHECK(image.failure == ImageFailure::TooLarge);
        CHECK(image.cause.find("too large (50000x300 pixels") == 0);
        CHECK(cache.DecodesStarted() == 0);
    }
    SECTION("no renderer yet: failed, not a crash") {
        cache.SetTextures(nullptr);
        cache.Get(kPicture);
        REQUIRE(PollUntilIdle(cache));
        CHECK(cache.Get(kPicture).failure == ImageFailure::NoTexture);
    }
}

TEST_CASE("image cache: ReleaseAll frees every texture; over the budget the least recently used goes") {
    testing::TempDir dir("kepu-image-cache");
    const std::vector<char> png = ReadAll(kPicture);
    std::vector<fs::path> files;
    for (const char* name : {"a.png", "b.png", "c.png"}) {
        files.push_back(dir.Path() / name);
        WriteAll(files.back(), png);
    }
    CountedTextures textures;

    SECTION("ReleaseAll") {
        ImageCache cache(nullptr);
        cache.SetTextures(&textures);
        for (const fs::path& file : files)
            CHECK(cache.Get(file).status == ImageStatus::Loading);
        REQUIRE(PollUntilIdle(cache));
        CHECK(textures.Live() == 3);
        CHECK(cache.TextureCount() == 3);
        CHECK(cache.BytesKept() == 3 * kPictureBytes);
        cache.ReleaseAll();
        CHECK(textures.Live() == 0);
        CHECK(textures.destroyed == 3);
        CHECK(cache.TextureCount() == 0);
        CHECK(cache.BytesKept() == 0);
        CHECK(cache.Empty());
        // Shown again later, it is decoded anew.
        CHECK(cache.Get(files[0]).status == ImageStatus::Loading);
        REQUIRE(PollUntilIdle(cache));
        CHECK(textures.Live() == 1);
    }
    SECTION("the budget") {
        ImageCache cache(nullptr, 2 * kPictureBytes); // two pictures fit
        cache.SetTextures(&textures);
        cache.Get(files[0]);
        cache.Get(files[1]);
        REQUIRE(PollUntilIdle(cache));
        cache.Get(files[0]); // a is seen again: b is now the least recently used
        cache.Get(files[2]);
        REQUIRE(PollUntilIdle(cache));
        CHECK(textures.Live() == 2);
        CHECK(textures.destroyed == 1);
        CHECK(cache.BytesKept() == 2 * kPictureBytes);
        CHECK(cache.Get(files[0]).status == ImageStatus::Ready);
        CHECK(cache.Get(files[2]).status == ImageStatus::Ready);
        CHECK(cache.Get(files[1]).status == ImageStatus::Loading); // forgotten: read anew
    }
    SECTION("a decode still running when released is thrown away") {
        GatedDecoder gated;
        ImageCache cache(nullptr, ImageCache::kDefaultBudgetBytes, gated.Decoder());
        cache.SetTextures(&textures);
        cache.Get(files[0]);
        cache.ReleaseAll();
        gated.open.set_value();
        REQUIRE(PollUntilIdle(cache));
        CHECK(textures.created == 0);
        CHECK(cache.TextureCount() == 0);
        CHECK(cache.Empty());
    }
    CHECK(textures.Live() == 0); // the cache's end freed whatever was left
}
