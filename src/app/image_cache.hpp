// Pictures by file path for the screens (quiz questions, and the story reader next): the size read
// from the file's header at once, the pixels decoded on a background Job, the texture made on the
// frame thread, and a bound on the bytes kept. A missing or broken file becomes a failure with its
// cause, which the screen draws as a caption: never a crash, never a wait on the frame thread.
#pragma once
#include "app/render/image_textures.hpp"
#include "core/job.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kepu {

enum class ImageStatus { Loading, Ready, Failed };
enum class ImageFailure { None, Missing, NotAnImage, TooLarge, NoTexture };
const char* ImageFailureName(ImageFailure failure);

struct CachedImage {
    ImageStatus status = ImageStatus::Loading;
    int width = 0; // from the header, known from the first Get (0 when the header cannot be read)
    int height = 0;
    ImTextureID texture = nullptr; // when Ready
    ImageFailure failure = ImageFailure::None;
    std::string cause; // when Failed: what went wrong, for a person (English, with the file)
};

// What the background job hands back: RGBA pixels, or why there are none.
struct DecodedImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;
    std::string error;
};
// Runs on the job's thread. The default decodes PNG or JPEG with stb_image.
using ImageDecoder = std::function<DecodedImage(const std::filesystem::path&)>;
DecodedImage DecodeImageFile(const std::filesystem::path& file);

class ImageCache {
  public:
    // 64 MB of RGBA: eight full-HD pictures, far more than one screen shows.
    static constexpr std::size_t kDefaultBudgetBytes = 64u << 20;

    // wake: called from the job's thread when a decode ends (LoopWaker::Wake), may be empty.
    explicit ImageCache(std::function<void()> wake, std::size_t budgetBytes = kDefaultBudgetBytes,
                        ImageDecoder decoder = DecodeImageFile);
    // Waits for a decode still running; frees every texture (the renderer must still be open).
    ~ImageCache();
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // Pictures larger than this (RGBA bytes) fail as TooLarge; kept ones are evicted down to it.
    void SetBudget(std::size_t bytes) { m_budget = bytes; }
    // Where textures are made; null until the window is open (images then fail as NoTexture).
    void SetTextures(ImageTextures* textures) { m_textures = textures; }

    // Frame thread. The first call for a file reads its header (a few bytes: the size, so the layout
    // never jumps) and queues the decode; later calls only look it up. The reference stays valid
    // until the next Poll or ReleaseAll.
    const CachedImage& Get(const std::filesystem::path& file);
    // Each loop turn, on the frame thread: a finished decode becomes a texture (or a failure), the
    // least recently used pictures go while over the budget, the next decode starts. True when an
    // image changed state (the caller draws a frame).
    bool Poll();
    // Frees every texture and forgets every image (a quiz or story closing, the visitor leaving). A
    // decode still running is finished and thrown away.
    void ReleaseAll();

    bool Empty() const { return m_entries.empty(); }
    std::size_t TextureCount() const { return m_textureCount; }
    std::size_t BytesKept() const { return m_bytes; }
    int DecodesStarted() const { return m_decodesStarted; }
    bool Decoding() const { return m_job.Active(); }

  private:
    struct Entry {
        CachedImage image;
        std::uint64_t lastUsed = 0;
    };
    void StartNextDecode();
    void Fail(Entry& entry, ImageFailure failure, std::string cause);
    void EvictOverBudget(const std::string& keep);

    std::function<void()> m_wake;
    std::size_t m_budget;
    ImageDecoder m_decoder;
    ImageTextures* m_textures = nullptr;
    std::unordered_map<std::string, Entry> m_entries;
    std::deque<std::string> m_queue; // files waiting for a decode, in the order first asked for
    Job<DecodedImage> m_job;         // one decode at a time: the frame thread keeps the other core
    std::string m_decodingFile;
    std::uint64_t m_tick = 0;
    std::size_t m_bytes = 0;
    std::size_t m_textureCount = 0;
    int m_decodesStarted = 0;
};

} // namespace kepu
