// What the content folder holds: packs (a folder with pack.toml), their attract-screen highlight
// cards, and the items of each module (quizzes/, stories/, tutorials/), loaded and validated.
// The format is described for authors in docs/content-format.md.
#pragma once
#include "core/content_assets.hpp"
#include "core/diagnostics.hpp"
#include "core/kiosk_types.hpp"
#include "core/local_text.hpp"
#include "core/quiz_types.hpp"
#include "core/story_document.hpp"
#include "core/tutorial_lesson.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kepu {

enum class Module { Quizzes, Stories, Seniors };

struct ItemReference {
    std::string id;
    SourcePlace place;
};

// How a question is answered (QuestionType and SelfTestPart, with their names, are in quiz_types.hpp,
// shared with the quiz engine). True-false questions get the two choices 对 / 错 (Right / Wrong) from
// the loader, so a player treats every type alike: choices, and the indexes of the right ones.

struct QuizQuestion {
    std::string id;        // unique within its set; statistics refer to set id + question id
    SourcePlace textPlace; // where the text is written, for the duplicate-text check
    LocalText text;
    QuestionType type = QuestionType::Single;
    std::vector<LocalText> choices; // 2 to 4; true-false: 对 then 错, filled by the loader
    std::vector<int> answers;       // indexes into choices (the file counts from 1); one unless multiple
    LocalText explanation;
    std::string source;
    std::filesystem::path image;          // optional, inside the pack
    int difficulty = 1;                   // 1 easy, 2 medium, 3 hard
    std::vector<Audience> audiences;      // empty: everyone (the set's default applies first)
    std::string topic;                    // a short id such as "environment"; may be empty
    std::optional<SelfTestPart> selfTest; // set when the question may be drawn for the self-test
};

// Each kind of item holds exactly what its player needs; what every item has is in ContentItem.
struct QuizSet {
    std::vector<QuizQuestion> questions;
    // The set's defaults, already applied to questions that do not name their own.
    std::vector<Audience> audiences;
    std::string topic;
};

// The strands of 科学家精神 a story shows, named in the format as SpiritName gives them.
enum class Spirit { Patriotism, Innovation, TruthSeeking, Dedication, Collaboration, Mentoring };
inline constexpr Spirit kSpirits[] = {Spirit::Patriotism, Spirit::Innovation,    Spirit::TruthSeeking,
                                      Spirit::Dedication, Spirit::Collaboration, Spirit::Mentoring};
std::string_view SpiritName(Spirit spirit); // "patriotism", "innovation", "truth-seeking", …

struct StoryPerson {
    LocalText name;
    int born = 0;
    int died = 0; // 0: living
};

// A picture's provenance: every picture in a story says where it comes from.
struct StoryImage {
    enum class Provenance { DrawnForKepu, PublicDomain, CcBy };
    std::string file; // as written, relative to the pack
    Provenance provenance = Provenance::DrawnForKepu;
    std::string origin; // public-domain: where it comes from
    std::string credit; // cc-by: the credit line
};

// A quiz question named as "SET-ID/QUESTION-ID".
struct QuestionRef {
    std::string set;
    std::string question;
    SourcePlace place;
};

struct Story {
    LocalText scientist;  // optional label (a group: 沙坡头的治沙科研人员)
    LocalText body;       // Markdown as written
    StoryDocument zh, en; // parsed once at load; en has no blocks without an English text
    std::vector<StoryPerson> people;
    std::vector<Spirit> spirit;
    LocalText think;                  // the 想一想 question at the end
    std::vector<QuestionRef> related; // 2 or 3 quiz questions: the story's 相关问答
    std::vector<StoryImage> images;   // one per picture used in the text
};

struct ContentItem {
    std::string id;
    SourcePlace idPlace;
    Module module = Module::Quizzes;
    LocalText title;
    LocalText summary;
    std::string source;
    std::vector<ItemReference> related; // other items ("see also")
    std::filesystem::path image;        // optional, inside the pack
    std::filesystem::path file;
    std::variant<QuizSet, Story, Tutorial> content;

    // The kind's own data, or null when the item is of another kind.
    const QuizSet* AsQuizSet() const { return std::get_if<QuizSet>(&content); }
    const Story* AsStory() const { return std::get_if<Story>(&content); }
    const Tutorial* AsTutorial() const { return std::get_if<Tutorial>(&content); }
    // "quiz-set", "story" or "tutorial", as the format document names them.
    std::string_view Type() const;
};

struct Highlight {
    std::string id;
    SourcePlace idPlace;
    LocalText title;
    LocalText text;
    std::string source;
};

struct ContentPack {
    std::string id;
    SourcePlace idPlace;
    std::string version;
    LocalText title;
    std::vector<std::string> languages;
    std::string activeFrom; // "YYYY-MM-DD" or empty: a campaign pack (全国科普日…) shows only then
    std::string activeUntil;
    std::filesystem::path folder;
    std::vector<Highlight> highlights;
    std::vector<ContentItem> items;
    // Files (or module folders) left out because of errors: the rest of the pack is used at start,
    // while a reload keeps the previous version whole (KeepPreviousVersions).
    std::vector<std::string> skippedItems;
    bool HasErrors() const { return !skippedItems.empty(); }
};

struct ContentCatalog {
    std::vector<ContentPack> packs;        // the valid ones, active or not
    Diagnostics diagnostics;               // every problem, errors and warnings
    std::vector<std::string> problems;     // the errors, formatted, for the admin screen
    std::vector<std::string> skippedPacks; // folders skipped whole because of errors in pack.toml
    std::vector<std::string> skippedItems; // every pack's skippedItems, for the summary
    std::vector<std::string> keptPrevious; // of those, folders whose previous version is still used
    std::string today;                     // "YYYY-MM-DD" (Asia/Shanghai); empty: every pack is active

    // Campaign packs stay loaded when inactive, so a new day needs no reload: at local midnight the
    // app calls SetToday, and ItemsOf, Highlights and ItemCount follow. No file is read.
    bool IsActive(const ContentPack& pack) const { return IsActiveOn(pack, today); }
    static bool IsActiveOn(const ContentPack& pack, std::string_view localDate);
    void SetToday(std::string localDate) { today = std::move(localDate); }
    // The ids of the packs active on a date ("YYYY-MM-DD"; empty: every pack), in load order.
    std::vector<std::string> ActiveFor(std::string_view localDate) const;
    // In load order; the seniors' lessons in course order (each chain of "next" from its start).
    std::vector<const ContentItem*> ItemsOf(Module module) const;
    std::vector<const Highlight*> Highlights() const;
    std::size_t ItemCount() const;
    const ContentItem* FindItem(std::string_view id) const;
};

// Never throws. An item with an error (a quiz set, a story, a tutorial) is left out alone; an error in
// pack.toml skips the pack whole; every problem is listed.
// Folders whose name starts with '.' are not packs: keep old and new versions there and point a
// link at the one in use (docs/content-format.md). contentDir may also be one pack's own folder.
// assets may be null (no font or image checks).
ContentCatalog LoadContentCatalog(const std::filesystem::path& contentDir,
                                  const ContentAssets* assets = nullptr, std::string today = {});
// On a reload: a pack whose new version has errors keeps its previously loaded version (from the
// same folder), unless that would clash with an id of a pack that did load. Visitors keep their
// content while the admin screen shows what is wrong with the new version.
ContentCatalog KeepPreviousVersions(ContentCatalog fresh, const ContentCatalog& previous);

// The three modules: their stable id (statistics, interface string keys), their folder in a pack,
// and the screen that shows them.
struct ModuleInfo {
    Module module;
    std::string_view id;
    std::string_view folder;
    ScreenId screen;
};
inline constexpr ModuleInfo kModules[] = {
    {Module::Quizzes, "quizzes", "quizzes", ScreenId::Quizzes},
    {Module::Stories, "stories", "stories", ScreenId::Stories},
    {Module::Seniors, "seniors", "tutorials", ScreenId::Seniors},
};
const ModuleInfo& InfoOf(Module module);
// The module a screen shows, if it shows one.
const ModuleInfo* ModuleOnScreen(ScreenId screen);

} // namespace kepu
