// Pictures decoded off the frame thread and kept as textures within a byte budget (image_cache.hpp).
#include "app/image_cache.hpp"

#include "core/content_assets.hpp"

#include <stb_image.h>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <iostream>
#include <system_error>
#include <utility>

namespace kepu {

const char* ImageFailureName(ImageFailure failure) {
    switch (failure) {
    case ImageFailure::None: return "none";
    case ImageFailure::Missing: return "missing";
    case ImageFailure::NotAnImage: return "not-an-image";
    case ImageFailure::TooLarge: return "too-large";
    case ImageFailure::NoTexture: return "no-texture";
    }
    return "?";
}

DecodedImage DecodeImageFile(const std::filesystem::path& file) {
    DecodedImage decoded;
    int channels = 0;
    unsigned char* pixels = stbi_load(file.c_str(), &decoded.width, &decoded.height, &channels, 4);
    if (!pixels) {
        const char* reason = stbi_failure_reason(); // thread-local in stb_image
        decoded.error = reason ? reason : "unknown format";
        return decoded;
    }
    decoded.rgba.assign(pixels, pixels + static_cast<std::size_t>(decoded.width) * decoded.height * 4);
    stbi_image_free(pixels);
    return decoded;
}

ImageCache::ImageCache(std::function<void()> wake, std::size_t budgetBytes, ImageDecoder decoder)
    : m_wake(std::move(wake)), m_budget(budgetBytes), m_decoder(std::move(decoder)) {}

ImageCache::~ImageCache() {
    ReleaseAll();
    m_job = Job<DecodedImage>(); // waits for a decode still running
}

void ImageCache::Fail(Entry& entry, ImageFailure failure, std::string cause) {
    // For the staff: the visitor sees only 图片无法显示. Once per image until released.
    std::cerr << "kepu-kiosk: a picture cannot be shown: " << cause << "\n";
    entry.image.status = ImageStatus::Failed;
    entry.image.failure = failure;
    entry.image.cause = std::move(cause);
}

const CachedImage& ImageCache::Get(const std::filesystem::path& file) {
    const std::string key = file.string();
    auto [it, added] = m_entries.try_emplace(key);
    Entry& entry = it->second;
    entry.lastUsed = ++m_tick;
    if (!added) return entry.image;

    // The header only (stbi_info reads a few bytes): the size is known before any pixel is decoded,
    // and a file that declares gigabytes of pixels is refused without allocating them.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        Fail(entry, ImageFailure::Missing, "missing file: " + key);
        return entry.image;
    }
    const std::uintmax_t bytes = std::filesystem::file_size(file, ec);
    int channels = 0;
    if (!stbi_info(file.c_str(), &entry.image.width, &entry.image.height, &channels)) {
        const char* reason = stbi_failure_reason();
        Fail(entry, ImageFailure::NotAnImage,
             "not a PNG or JPEG image (" + std::string(reason ? reason : "unknown format") + "): " + key);
        return entry.image;
    }
    const std::size_t pixelBytes = static_cast<std::size_t>(entry.image.width) * entry.image.height * 4;
    if (entry.image.width > kMaxImageSide || entry.image.height > kMaxImageSide || bytes > kMaxImageBytes ||
        pixelBytes > m_budget) {
        Fail(entry, ImageFailure::TooLarge,
             "too large (" + std::to_string(entry.image.width) + "x" + std::to_string(entry.image.height) +
                 " pixels, " + std::to_string(bytes / 1000) + " kB): " + key);
        return entry.image;
    }
    m_queue.push_back(key);
    StartNextDecode();
    return entry.image;
}

void ImageCache::StartNextDecode() {
    if (m_job.Active()) return;
    while (!m_queue.empty()) {
        std::string key = std::move(m_queue.front());
        m_queue.pop_front();
        const auto it = m_entries.find(key);
        if (it == m_entries.end() || it->second.image.status != ImageStatus::Loading) continue;
        m_decodingFile = std::move(key);
        ++m_decodesStarted;
        m_job = Job<DecodedImage>([decoder = m_decoder, file = std::filesystem::path(m_decodingFile)](
                                      JobProgress&) { return decoder(file); },
                                  m_wake);
        return;
    }
}

bool ImageCache::Poll() {
    bool changed = false;
    if (auto result = m_job.Take()) {
        const auto it = m_entries.find(m_decodingFile);
        // Gone when released while it was decoding: the pixels are dropped.
        if (it != m_entries.end() && it->second.image.status == ImageStatus::Loading) {
            Entry& entry = it->second;
            changed = true;
            DecodedImage* decoded = result->Ok() ? &*result->value : nullptr;
            if (!decoded || !decoded->error.empty() || decoded->rgba.empty()) {
                const std::string why = !decoded ? result->error : decoded->error;
                Fail(entry, ImageFailure::NotAnImage,
                     "cannot decode (" + (why.empty() ? std::string("no pixels") : why) +
                         "): " + m_decodingFile);
            } else if (!m_textures) {
                Fail(entry, ImageFailure::NoTexture, "no renderer to draw it: " + m_decodingFile);
            } else if (ImTextureID texture =
                           m_textures->CreateRgba(decoded->width, decoded->height, decoded->rgba.data())) {
                entry.image.status = ImageStatus::Ready;
                entry.image.texture = texture;
                entry.image.width = decoded->width;
                entry.image.height = decoded->height;
                m_bytes += static_cast<std::size_t>(decoded->width) * decoded->height * 4;
                ++m_textureCount;
                EvictOverBudget(m_decodingFile);
            } else {
                Fail(entry, ImageFailure::NoTexture,
                     "the renderer cannot make its texture: " + m_decodingFile);
            }
        }
        m_decodingFile.clear();
    }
    StartNextDecode();
    return changed;
}

void ImageCache::EvictOverBudget(const std::string& keep) {
    while (m_bytes > m_budget) {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->first != keep && it->second.image.status == ImageStatus::Ready &&
                (oldest == m_entries.end() || it->second.lastUsed < oldest->second.lastUsed))
                oldest = it;
        if (oldest == m_entries.end()) return; // only the newest is left: it stays
        const CachedImage& image = oldest->second.image;
        m_textures->Destroy(image.texture);
        m_bytes -= static_cast<std::size_t>(image.width) * image.height * 4;
        --m_textureCount;
        m_entries.erase(oldest); // asked for again, it is read anew
    }
}

void ImageCache::ReleaseAll() {
    for (auto& [file, entry] : m_entries)
        if (entry.image.status == ImageStatus::Ready && m_textures) m_textures->Destroy(entry.image.texture);
    m_entries.clear();
    m_queue.clear();
    m_bytes = 0;
    m_textureCount = 0;
#ifdef __GLIBC__
    // The pixels were decoded on a worker thread, in glibc's arena for that thread: freed, their pages
    // stay with the process unless handed back. Measured: without this each story opened and closed left
    // about 3 MB more resident (docs/performance.md, "The story reader").
    malloc_trim(0);
#endif
}

} // namespace kepu
