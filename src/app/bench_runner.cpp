// `kepu-kiosk --bench`: the shell's performance figures, one `name value unit` line each (lines
// starting with # are headings), so bench/run-bench.sh and a person can both read them.
#include "app/bench_runner.hpp"

#include "app/kiosk_app.hpp"
#include "app/script_player.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <numeric>
#include <optional>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace kepu {
namespace {

using SteadyClock = std::chrono::steady_clock;

double MsSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

void Print(const char* name, double value, const char* unit) {
    std::printf("%-32s %10.2f %s\n", name, value, unit);
}
void Print(const char* name, long value, const char* unit) {
    std::printf("%-32s %7ld %s\n", name, value, unit);
}

long StatusKb(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(line.find(':') + 1));
    return -1;
}

double CpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Where the resident memory is, by what mapped it: the question is what a smaller design could
// save (the software rasteriser's LLVM, the GL driver, our own heap, the font file's pages).
struct MemoryBreakdown {
    long llvmKb = 0;  // libLLVM: llvmpipe's code generator
    long mesaKb = 0;  // Mesa's drivers: swrast/gallium DRI modules, libglapi
    long glKb = 0;    // the GL/EGL/GLX front libraries and GBM
    long heapKb = 0;  // [heap] and anonymous mappings (malloc arenas, thread stacks, textures)
    long fontKb = 0;  // the mapped font file (.ttc/.otf/.ttf)
    long otherKb = 0; // the program, other libraries, [stack], shared memory
    long rssKb = 0;   // the sum of the above
    long pssKb = 0;   // proportional set size: shared pages divided among the processes sharing them
};

long* Bucket(MemoryBreakdown& m, const std::string& path) {
    const auto has = [&](const char* part) { return path.find(part) != std::string::npos; };
    const auto endsWith = [&](const char* tail) {
        const std::string t(tail);
        return path.size() >= t.size() && path.compare(path.size() - t.size(), t.size(), t) == 0;
    };
    if (has("libLLVM")) return &m.llvmKb;
    if (has("_dri.so") || has("/dri/") || has("libgallium") || has("libglapi") || has("swrast"))
        return &m.mesaKb;
    if (has("libGL") || has("libEGL") || has("libOpenGL") || has("libgbm")) return &m.glKb;
    if (path.empty() || path == "[heap]" || path.rfind("[anon", 0) == 0) return &m.heapKb;
    if (endsWith(".ttc") || endsWith(".otf") || endsWith(".ttf")) return &m.fontKb;
    return &m.otherKb;
}

MemoryBreakdown ReadSmaps() {
    MemoryBreakdown m;
    std::ifstream in("/proc/self/smaps");
    std::string line;
    long* bucket = &m.otherKb;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        // A field's first word ends in a colon ("Rss:   123 kB"); a mapping's header starts with its
        // address range.
        const std::string first = line.substr(0, line.find(' '));
        if (first.back() != ':') {
            // A mapping's header: address perms offset device inode [path]
            std::istringstream header(line);
            std::string address, perms, offset, device, inode, path;
            header >> address >> perms >> offset >> device >> inode;
            std::getline(header >> std::ws, path);
            bucket = Bucket(m, path);
        } else if (line.rfind("Rss:", 0) == 0) {
            const long kb = std::stol(line.substr(4));
            *bucket += kb;
            m.rssKb += kb;
        } else if (line.rfind("Pss:", 0) == 0) {
            m.pssKb += std::stol(line.substr(4));
        }
    }
    return m;
}

double Mb(long kb) {
    return kb / 1024.0;
}

void PrintMemory() {
    const MemoryBreakdown m = ReadSmaps();
    Print("rss", Mb(StatusKb("VmRSS:")), "MB");
    Print("rss_peak", Mb(StatusKb("VmHWM:")), "MB");
    Print("rss_llvm", Mb(m.llvmKb), "MB");
    Print("rss_mesa_drivers", Mb(m.mesaKb), "MB");
    Print("rss_gl_egl", Mb(m.glKb), "MB");
    Print("rss_heap_anon", Mb(m.heapKb), "MB");
    Print("rss_font_file", Mb(m.fontKb), "MB");
    Print("rss_other", Mb(m.otherKb), "MB");
    Print("rss_smaps_total", Mb(m.rssKb), "MB");
    Print("pss", Mb(m.pssKb), "MB");
}

// From a tap's release to the new screen on the glass: how many frames, how long in all, the frame
// that put it there, and the longest frame (a hitch a visitor would see).
struct TapTiming {
    int frames = -1; // -1: the screen never changed
    double totalMs = -1;
    double lastFrameMs = 0;
    double longestFrameMs = 0;
};

TapTiming TapAndTime(KioskApp& app, const DrawnWidget& widget) {
    TapTiming timing;
    const ScreenId before = app.Screen();
    PushTouchDown(app, widget.rect.CenterX(), widget.rect.CenterY());
    app.RenderFrames(1);
    const auto start = SteadyClock::now();
    PushTouchUp(app, widget.rect.CenterX(), widget.rect.CenterY());
    // Headless, every frame is finished before RenderFrames returns (GlWindow::Present), so a
    // frame's time is its real rendering time.
    const auto frame = [&] {
        const auto frameStart = SteadyClock::now();
        app.RenderFrames(1);
        timing.lastFrameMs = MsSince(frameStart);
        timing.longestFrameMs = std::max(timing.longestFrameMs, timing.lastFrameMs);
    };
    for (int frames = 1; frames <= 10; ++frames) {
        frame();
        if (app.Screen() != before) {
            // The new screen is in the state; the next frame puts it on the glass.
            frame();
            timing.frames = frames + 1;
            break;
        }
    }
    timing.totalMs = MsSince(start);
    return timing;
}

TapTiming TapAndTime(KioskApp& app, const char* id) {
    const auto widget = app.Registry().Find(id);
    return widget ? TapAndTime(app, *widget) : TapTiming{};
}

void PrintTap(const std::string& name, const TapTiming& t) {
    Print((name + "_frames").c_str(), static_cast<long>(t.frames), "frames");
    Print(name.c_str(), t.totalMs, "ms");
    Print((name + "_last_frame").c_str(), t.lastFrameMs, "ms");
    Print((name + "_longest_frame").c_str(), t.longestFrameMs, "ms");
}

void TimeFrames(KioskApp& app, const std::string& screen, int n) {
    std::vector<double> frameMs;
    // CPU time too (every thread, llvmpipe's included): on a loaded machine it stays fair where wall
    // time does not.
    const double cpuStart = CpuSeconds();
    for (int i = 0; i < n; ++i) {
        const auto start = SteadyClock::now();
        app.RenderFrames(1);
        app.Window().Finish();
        frameMs.push_back(MsSince(start));
    }
    const double cpuMs = (CpuSeconds() - cpuStart) * 1000.0 / n;
    std::sort(frameMs.begin(), frameMs.end());
    const double avg = std::accumulate(frameMs.begin(), frameMs.end(), 0.0) / frameMs.size();
    Print((screen + "_frame_count").c_str(), static_cast<long>(n), "frames");
    Print((screen + "_frame_avg").c_str(), avg, "ms");
    Print((screen + "_frame_cpu").c_str(), cpuMs, "ms");
    Print((screen + "_frame_p99").c_str(), frameMs[frameMs.size() * 99 / 100], "ms");
    Print((screen + "_frame_max").c_str(), frameMs.back(), "ms");
}

// A flick on the screen showing (from y0 up to y1 in about 100 ms of real time), then frames as the
// loop draws them while it glides: the frame times a reader sees while scrolling.
void TimeFlick(KioskApp& app, float x, float y0, float y1, int frames, bool print = true) {
    std::vector<double> frameMs;
    const auto frame = [&] {
        const auto start = SteadyClock::now();
        app.RenderFrames(1);
        frameMs.push_back(MsSince(start));
    };
    PushTouchDown(app, x, y0);
    frame();
    for (int i = 1; i <= 6; ++i) {
        PushTouchMove(app, x, y0 + (y1 - y0) * i / 6.0f);
        std::this_thread::sleep_for(std::chrono::milliseconds(16));
        frame();
    }
    PushTouchUp(app, x, y1);
    while (static_cast<int>(frameMs.size()) < frames)
        frame();
    if (!print) return;
    std::sort(frameMs.begin(), frameMs.end());
    const double avg = std::accumulate(frameMs.begin(), frameMs.end(), 0.0) / frameMs.size();
    Print("story_scroll_frame_count", static_cast<long>(frameMs.size()), "frames");
    Print("story_scroll_frame_avg", avg, "ms");
    Print("story_scroll_frame_p99", frameMs[frameMs.size() * 99 / 100], "ms");
    Print("story_scroll_frame_max", frameMs.back(), "ms");
}

// The first content card on a module screen: the first widget that is not the frame's 返回/首页.
// A tap on the lesson's phone where its step asks: the frames from the release to the next step's
// screen on the glass (as TapAndTime, the screen staying the same).
TapTiming TapPhoneAndTime(KioskApp& app) {
    TapTiming timing;
    const LessonEngine* lesson = app.Lesson();
    if (!lesson || lesson->Step().target.empty()) return timing;
    const auto rect = app.Registry().RectOf("phone:" + lesson->Step().target);
    if (!rect) return timing;
    const int before = lesson->StepIndex();
    PushTouchDown(app, rect->CenterX(), rect->CenterY());
    app.RenderFrames(1);
    const auto start = SteadyClock::now();
    PushTouchUp(app, rect->CenterX(), rect->CenterY());
    for (int frames = 1; frames <= 10; ++frames) {
        const auto frameStart = SteadyClock::now();
        app.RenderFrames(1);
        timing.lastFrameMs = MsSince(frameStart);
        timing.longestFrameMs = std::max(timing.longestFrameMs, timing.lastFrameMs);
        if (app.Lesson() && app.Lesson()->StepIndex() != before) {
            const auto last = SteadyClock::now();
            app.RenderFrames(1);
            timing.lastFrameMs = MsSince(last);
            timing.longestFrameMs = std::max(timing.longestFrameMs, timing.lastFrameMs);
            timing.frames = frames + 1;
            break;
        }
    }
    timing.totalMs = MsSince(start);
    return timing;
}

std::optional<DrawnWidget> FirstCard(const KioskApp& app) {
    for (const DrawnWidget& w : app.Registry().Widgets())
        if (w.testId != "back" && w.testId != "home") return w;
    return std::nullopt;
}

} // namespace

int RunBenchmark(KioskApp& app) {
    const StartupReport& startup = app.Startup();
    int width = 0, height = 0;
    app.WindowSize(width, height);
    std::printf("# Kepu Kiosk benchmark, headless %dx%d\n", width, height);
    std::printf("# renderer: %s\n", app.Window().Description().c_str());
    Print("window_width", static_cast<long>(width), "px");
    Print("window_height", static_cast<long>(height), "px");
    Print("first_frame", startup.firstFrameMs, "ms");
    Print("atlas_width", static_cast<long>(startup.fonts.textureWidth), "px");
    Print("atlas_height", static_cast<long>(startup.fonts.textureHeight), "px");
    Print("atlas_glyphs", static_cast<long>(startup.fonts.glyphCount), "glyphs");
    Print("atlas_build", startup.fonts.buildMs, "ms");
    // Glyphs on demand: what the first frame needed (pages made, characters rasterised, their time).
    Print("first_frame_glyphs", static_cast<long>(app.Fonts().rasterised), "glyphs");
    Print("first_frame_glyph_fill", app.Fonts().fillMs, "ms");

    TimeFrames(app, "attract", 100);
    // Attract -> home: home is the busiest screen (three tiles, switches, six chips, footer).
    const TapTiming toHome = TapAndTime(app, "start");
    TimeFrames(app, "home", 300);

    const TapTiming toQuizzes = TapAndTime(app, "tile-quizzes");
    PrintTap("tap_start_to_home", toHome);
    PrintTap("tap_tile_to_quizzes", toQuizzes);
    TapAndTime(app, "home");

    // A story: the stories list, then a story (the one named by KEPU_BENCH_STORY, else the first
    // card): its first frame, scrolling by a flick, and the memory it leaves behind when it closes.
    const TapTiming toStories = TapAndTime(app, "tile-stories");
    PrintTap("tap_tile_to_stories", toStories);
    std::optional<DrawnWidget> card;
    if (const char* wanted = std::getenv("KEPU_BENCH_STORY")) card = app.Registry().Find(wanted);
    if (!card) card = FirstCard(app);
    const FontAtlasReport glyphsBefore = app.Fonts();
    const long rssBeforeStory = StatusKb("VmRSS:");
    const TapTiming toStory = card ? TapAndTime(app, *card) : TapTiming{};
    const FontAtlasReport glyphsAfter = app.Fonts();
    if (card) std::printf("# story opened: %s (%s)\n", card->testId.c_str(), card->label.c_str());
    PrintTap("tap_card_to_story", toStory);
    // The glyph work inside those frames: characters rasterised and put on the pages, and its time.
    Print("story_glyphs_rasterised", static_cast<long>(glyphsAfter.rasterised - glyphsBefore.rasterised),
          "glyphs");
    Print("story_glyph_fill", glyphsAfter.fillMs - glyphsBefore.fillMs, "ms");
    // Its pictures decode on a worker: let them arrive, then flick and time the frames of the glide
    // (the finger's frames and the ones after, as a visitor sees them).
    app.RunFor(500);
    TimeFlick(app, width / 2.0f, height * 0.75f, height * 0.3f, 90);
    const long rssInStory = StatusKb("VmRSS:");
    TapAndTime(app, "home");
    app.RunFor(200);
    const long rssAfterStory = StatusKb("VmRSS:");
    // The same story a second time: what the first visit left (glyph pages made once, the allocator's
    // pools) is reused, so closing it again returns to the same figure if nothing leaks.
    TapAndTime(app, "tile-stories");
    if (card) TapAndTime(app, *card);
    app.RunFor(500);
    TimeFlick(app, width / 2.0f, height * 0.75f, height * 0.3f, 30, false);
    TapAndTime(app, "home");
    app.RunFor(200);
    const long rssAfterAgain = StatusKb("VmRSS:");
    Print("rss_before_story", Mb(rssBeforeStory), "MB");
    Print("rss_in_story", Mb(rssInStory), "MB");
    Print("rss_after_story", Mb(rssAfterStory), "MB");
    Print("rss_after_story_again", Mb(rssAfterAgain), "MB");
    // The glyph pages the story made (its bold text, new characters): kept for the next visitor.
    Print("glyph_pages_story_added", (app.Fonts().textureBytes - glyphsBefore.textureBytes) / 1048576.0,
          "MB");
    Print("image_textures_after_close", static_cast<long>(app.Images().TextureCount()), "textures");

    // A lesson (the first of 长辈智能手机课堂): its first frame, a right tap on the phone to the next
    // step's frame, and the frames of the demonstration (a hand moving over the phone).
    TapAndTime(app, "tile-seniors");
    const auto lessonCard = FirstCard(app);
    const TapTiming toLesson = lessonCard ? TapAndTime(app, *lessonCard) : TapTiming{};
    if (lessonCard)
        std::printf("# lesson opened: %s (%s)\n", lessonCard->testId.c_str(), lessonCard->label.c_str());
    PrintTap("tap_card_to_lesson", toLesson);
    app.RenderFrames(2);
    PrintTap("tap_phone_to_next_step", TapPhoneAndTime(app));
    if (const auto demo = app.Registry().Find("lesson-demo")) {
        PushTouchDown(app, demo->rect.CenterX(), demo->rect.CenterY());
        app.RenderFrames(1);
        PushTouchUp(app, demo->rect.CenterX(), demo->rect.CenterY());
        app.RenderFrames(1);
        TimeFrames(app, "lesson_demo", 60);
    }
    TapAndTime(app, "home");

    // A static screen: the normal loop with nobody touching, for 5 seconds, once the frames after the
    // last touch are drawn (headless they are really rendered, about 60 ms of CPU).
    app.RunFor(1000);
    const double cpuBefore = CpuSeconds();
    const auto wallStart = SteadyClock::now();
    app.RunFor(5000);
    const double cpuPercent = (CpuSeconds() - cpuBefore) / (MsSince(wallStart) / 1000.0) * 100.0;
    Print("idle_cpu_home", cpuPercent, "%");
    PrintMemory();

    const bool ok = toHome.frames > 0 && toQuizzes.frames > 0 && toStories.frames > 0 && toStory.frames > 0 &&
                    toLesson.frames > 0;
    if (!ok) std::printf("# a tap did not reach its screen (frames -1 above)\n");
    return ok ? 0 : 1;
}

} // namespace kepu
