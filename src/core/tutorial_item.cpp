// Loading a seniors' smartphone lesson (tutorials/NAME.toml) and proving it can be done: every step's
// target is on its screen, big enough, not covered, and the action can be carried out on it.
#include "core/content_items.hpp"
#include "core/phone_layout.hpp"
#include "core/text_fit.hpp"

#include <algorithm>
#include <set>

namespace kepu {
namespace fs = std::filesystem;

namespace {

struct NameOf {
    std::string_view name;
    int value;
};

constexpr NameOf kActions[] = {
    {"tap", static_cast<int>(PhoneAction::Tap)},     {"long-press", static_cast<int>(PhoneAction::LongPress)},
    {"swipe", static_cast<int>(PhoneAction::Swipe)}, {"slide", static_cast<int>(PhoneAction::Slide)},
    {"type", static_cast<int>(PhoneAction::Type)},   {"judge", static_cast<int>(PhoneAction::Judge)}};
constexpr NameOf kKinds[] = {
    {"icon", static_cast<int>(PartKind::Icon)},
    {"row", static_cast<int>(PartKind::Row)},
    {"toggle", static_cast<int>(PartKind::Toggle)},
    {"slider", static_cast<int>(PartKind::Slider)},
    {"bubble", static_cast<int>(PartKind::Bubble)},
    {"text", static_cast<int>(PartKind::Text)},
    {"button", static_cast<int>(PartKind::Button)},
    {"input", static_cast<int>(PartKind::Input)},
    {"keypad", static_cast<int>(PartKind::Keypad)},
    {"dialog", static_cast<int>(PartKind::Dialog)},
    {"notification", static_cast<int>(PartKind::Notification)},
    {"call", static_cast<int>(PartKind::Call)},
    {"in-call", static_cast<int>(PartKind::InCall)},
    {"camera", static_cast<int>(PartKind::Camera)},
    {"map", static_cast<int>(PartKind::Map)},
};
constexpr NameOf kDirections[] = {{"up", static_cast<int>(SwipeDirection::Up)},
                                  {"down", static_cast<int>(SwipeDirection::Down)},
                                  {"left", static_cast<int>(SwipeDirection::Left)},
                                  {"right", static_cast<int>(SwipeDirection::Right)}};
constexpr NameOf kStyles[] = {{"normal", static_cast<int>(PartStyle::Normal)},
                              {"primary", static_cast<int>(PartStyle::Primary)},
                              {"danger", static_cast<int>(PartStyle::Danger)}};
constexpr NameOf kSizes[] = {{"small", static_cast<int>(PartTextSize::Small)},
                             {"normal", static_cast<int>(PartTextSize::Normal)},
                             {"large", static_cast<int>(PartTextSize::Large)}};

template <std::size_t N> std::string Names(const NameOf (&names)[N]) {
    std::string out;
    for (const NameOf& n : names)
        out += (out.empty() ? "" : ", ") + std::string(n.name);
    return out;
}

// One of a fixed set of names; the error lists them.
template <std::size_t N>
std::optional<int> Choice(FieldReader& reader, const char* key, bool required, const NameOf (&names)[N]) {
    const std::string value = reader.String(key, required);
    if (value.empty()) return std::nullopt;
    for (const NameOf& n : names)
        if (n.name == value) return n.value;
    reader.Error(*reader.Table().get(key), "\"" + std::string(key) + "\" 只能是 " + Names(names) + " 之一",
                 "\"" + std::string(key) + "\" must be one of " + Names(names));
    return std::nullopt;
}

std::string Quoted(const std::string& s) {
    return "\"" + s + "\"";
}

class StepReader {
  public:
    StepReader(const toml::table& table, ItemContext& ctx, const fs::path& file, int number)
        : m_reader(table, file.string(), ctx.diagnostics, ctx.assets), m_ctx(ctx), m_file(file),
          m_number(number) {}

    TutorialStep Read();

  private:
    void ReadParts();
    PhonePart ReadPart(const toml::table& table);
    void ReadKindFields(FieldReader& reader, const toml::table& table, PhonePart& part);
    void CheckAction(const TutorialStep& step);
    void CheckLayout(const TutorialStep& step);
    void ErrorAtTarget(const std::string& zh, const std::string& en);
    std::string StepZh() const { return "第 " + std::to_string(m_number) + " 步"; }
    std::string StepEn() const { return "step " + std::to_string(m_number); }

    FieldReader m_reader;
    ItemContext& m_ctx;
    const fs::path& m_file;
    int m_number;
    TutorialStep m_step;
    bool m_partsOk = true;
};

TutorialStep StepReader::Read() {
    m_step.place = {static_cast<int>(m_reader.Table().source().begin.line),
                    static_cast<int>(m_reader.Table().source().begin.column)};
    m_step.instruction = m_reader.Text("instruction", true, TextBox::Instruction);
    const auto action = Choice(m_reader, "action", true, kActions);
    m_step.action = static_cast<PhoneAction>(action.value_or(0));
    const bool judge = m_step.action == PhoneAction::Judge;
    m_step.target = m_reader.String("target", false);
    m_step.targetPlace = m_reader.PlaceOf("target");
    m_step.app = m_reader.Text("app", false, TextBox::PhoneTitle);
    if (judge) {
        m_step.scam = m_reader.Bool("scam", true).value_or(false);
        const std::string about = m_reader.String("about", false);
        m_step.rumour = about == "rumour";
        if (!about.empty() && about != "scam" && about != "rumour")
            m_reader.Error(*m_reader.Table().get("about"),
                           "\"about\" 只能是 scam（是不是骗局）或 rumour（是不是谣言）",
                           "\"about\" must be scam (is it a scam) or rumour (is it a rumour)");
        m_step.explain = m_reader.Text("explain", true, TextBox::JudgeExplain);
    } else {
        m_step.retry = m_reader.Text("retry", true, TextBox::Instruction);
    }
    if (m_step.action == PhoneAction::Swipe)
        m_step.direction =
            static_cast<SwipeDirection>(Choice(m_reader, "direction", true, kDirections).value_or(0));
    if (m_step.action == PhoneAction::Slide)
        m_step.value = static_cast<int>(m_reader.Integer("value", true, 0, 100).value_or(0));
    if (m_step.action == PhoneAction::Type) {
        m_step.text = m_reader.String("text", true);
        if (DisplayWidth(m_step.text) > 24)
            m_reader.Error(*m_reader.Table().get("text"),
                           "要输入的 \"text\" 太长：最多 24 列，老人按键要轻松",
                           "\"text\" to type is too long: at most 24 columns, typing must stay easy");
    }
    ReadParts();
    m_reader.WarnUnknownKeys();
    if (action && m_partsOk) {
        CheckAction(m_step);
        CheckLayout(m_step);
    }
    return m_step;
}

void StepReader::ReadParts() {
    const toml::array* parts = m_reader.Array("part", true);
    if (!parts) {
        m_partsOk = false;
        return;
    }
    std::set<std::string> ids;
    for (const toml::node& node : *parts) {
        const toml::table* table = node.as_table();
        if (!table) {
            m_reader.Error(node, "每个部件必须是一个 [[step.part]] 表",
                           "each part must be a [[step.part]] table");
            m_partsOk = false;
            continue;
        }
        PhonePart part = ReadPart(*table);
        std::vector<std::string> partIds{part.id};
        for (const DialogButton& button : part.buttons)
            partIds.push_back(button.id);
        for (const std::string& id : partIds)
            if (!id.empty() && !ids.insert(id).second)
                m_reader.Error(*table, "部件编号 " + Quoted(id) + " 在这一屏上用了两次",
                               "part id " + Quoted(id) + " is used twice on this screen");
        m_step.parts.push_back(std::move(part));
    }
    if (m_step.parts.empty()) {
        m_reader.ErrorHere(StepZh() + "的手机屏幕上没有部件：至少写一个 [[step.part]]",
                           StepEn() + " has nothing on the phone's screen: write at least one [[step.part]]");
        m_partsOk = false;
    }
}

PhonePart StepReader::ReadPart(const toml::table& table) {
    FieldReader reader(table, m_file.string(), m_ctx.diagnostics, m_ctx.assets);
    PhonePart part;
    part.place = {static_cast<int>(table.source().begin.line), static_cast<int>(table.source().begin.column)};
    const auto kind = Choice(reader, "kind", true, kKinds);
    if (!kind) {
        m_partsOk = false;
        // Without a kind its fields mean nothing: do not report them as unknown too.
        for (const auto& [key, value] : table)
            reader.MarkRead(std::string(key.str()).c_str());
        return part;
    }
    part.kind = static_cast<PartKind>(*kind);
    ReadKindFields(reader, table, part);
    reader.WarnUnknownKeys();
    return part;
}

void StepReader::ReadKindFields(FieldReader& reader, const toml::table& table, PhonePart& part) {
    const auto id = [&](bool required) {
        if (required || table.contains("id")) part.id = reader.Id("id");
    };
    switch (part.kind) {
    case PartKind::Icon:
        id(false);
        part.text = reader.Text("label", true, TextBox::PhoneLabel);
        part.icon = reader.String("icon", true);
        break;
    case PartKind::Row:
        id(false);
        part.text = reader.Text("text", true, TextBox::PhoneText);
        part.detail = reader.Text("detail", false, TextBox::PhoneText);
        part.icon = reader.String("icon", false);
        break;
    case PartKind::Toggle:
        id(true);
        part.text = reader.Text("text", true, TextBox::PhoneText);
        part.on = reader.Bool("on", false).value_or(false);
        break;
    case PartKind::Slider:
        id(true);
        part.text = reader.Text("text", true, TextBox::PhoneText);
        part.value = static_cast<int>(reader.Integer("value", true, 0, 100).value_or(0));
        break;
    case PartKind::Bubble: {
        id(false);
        part.photo = reader.Bool("photo", false).value_or(false);
        part.text = reader.Text("text", !part.photo, TextBox::PhoneText);
        part.detail = reader.Text("name", false, TextBox::PhoneTitle);
        const std::string from = reader.String("from", true);
        part.fromMe = from == "me";
        if (!from.empty() && from != "me" && from != "them")
            reader.Error(*table.get("from"), "\"from\" 只能是 them（对方）或 me（自己）",
                         "\"from\" must be them (the other person) or me");
        break;
    }
    case PartKind::Text:
        part.text = reader.Text("text", true, TextBox::PhoneText);
        part.size = static_cast<PartTextSize>(Choice(reader, "size", false, kSizes).value_or(1));
        break;
    case PartKind::Button:
        id(true);
        part.text = reader.Text("text", true, TextBox::PhoneText);
        part.style = static_cast<PartStyle>(Choice(reader, "style", false, kStyles).value_or(0));
        break;
    case PartKind::Input:
        id(true);
        part.detail = reader.Text("placeholder", false, TextBox::PhoneText);
        part.text = reader.Text("text", false, TextBox::PhoneText);
        part.secret = reader.Bool("secret", false).value_or(false);
        break;
    case PartKind::Keypad:
        if (const toml::array* keys = reader.Array("keys", false)) {
            for (const toml::node& key : *keys) {
                const auto s = key.value_exact<std::string>();
                if (!s || s->empty())
                    reader.Error(key, "按键要写成引号里的文字，例如 \"1\"",
                                 "keys are texts in quotes, such as \"1\"");
                else if (DisplayWidth(*s) > LimitOf(TextBox::PhoneLabel).columns)
                    reader.Error(key, "按键 " + Quoted(*s) + " 太长：最多 14 列",
                                 "key " + Quoted(*s) + " is too long: at most 14 columns");
                else
                    part.keys.push_back(*s);
            }
            if (keys->empty() || keys->size() > 12)
                reader.Error(*table.get("keys"), "键盘要有 1 到 12 个按键", "a keypad has 1 to 12 keys");
        } else {
            part.keys.assign(std::begin(kDefaultKeys), std::end(kDefaultKeys));
        }
        break;
    case PartKind::Dialog:
        part.detail = reader.Text("title", false, TextBox::PhoneText);
        part.text = reader.Text("text", true, TextBox::PhoneText);
        if (const toml::array* buttons = reader.Array("button", true)) {
            for (const toml::node& node : *buttons) {
                const toml::table* b = node.as_table();
                if (!b) {
                    reader.Error(node, "对话框的按钮写成 { id = \"…\", text = { zh = \"…\", en = \"…\" } }",
                                 "a dialog's button is { id = \"…\", text = { zh = \"…\", en = \"…\" } }");
                    continue;
                }
                FieldReader br(*b, m_file.string(), m_ctx.diagnostics, m_ctx.assets);
                DialogButton button;
                button.id = br.Id("id");
                button.text = br.Text("text", true, TextBox::PhoneLabel);
                button.style = static_cast<PartStyle>(Choice(br, "style", false, kStyles).value_or(0));
                br.WarnUnknownKeys();
                part.buttons.push_back(std::move(button));
            }
            if (buttons->empty() || buttons->size() > 2)
                reader.Error(*table.get("button"), "对话框要有 1 到 2 个按钮", "a dialog has 1 or 2 buttons");
        }
        break;
    case PartKind::Notification:
        id(false);
        part.text = reader.Text("text", true, TextBox::PhoneText);
        part.detail = reader.Text("app", false, TextBox::PhoneTitle);
        break;
    case PartKind::Call:
        part.text = reader.Text("caller", true, TextBox::PhoneTitle);
        part.number = reader.String("number", false);
        part.detail = reader.Text("note", false, TextBox::PhoneText);
        break;
    case PartKind::InCall:
        part.text = reader.Text("caller", true, TextBox::PhoneTitle);
        part.detail = reader.Text("note", false, TextBox::PhoneText);
        part.video = reader.Bool("video", false).value_or(false);
        break;
    case PartKind::Camera: part.qr = reader.Bool("qr", false).value_or(false); break;
    case PartKind::Map: part.text = reader.Text("text", false, TextBox::PhoneText); break;
    }
    if ((part.kind == PartKind::Icon || part.kind == PartKind::Row) && !part.icon.empty() &&
        std::find(std::begin(kPhoneIcons), std::end(kPhoneIcons), part.icon) == std::end(kPhoneIcons)) {
        std::string names;
        for (std::string_view name : kPhoneIcons)
            names += (names.empty() ? "" : ", ") + std::string(name);
        reader.Error(*table.get("icon"), "没有叫 " + Quoted(part.icon) + " 的图标；可用的有 " + names,
                     "there is no icon " + Quoted(part.icon) + "; the icons are " + names);
    }
}

void StepReader::ErrorAtTarget(const std::string& zh, const std::string& en) {
    const toml::node* target = m_reader.Table().get("target");
    if (target)
        m_reader.Error(*target, zh, en);
    else
        m_reader.ErrorHere(zh, en);
}

void StepReader::CheckAction(const TutorialStep& step) {
    const bool needsTarget = step.action != PhoneAction::Swipe && step.action != PhoneAction::Judge;
    if (step.action == PhoneAction::Judge && !step.target.empty()) {
        ErrorAtTarget(
            "判断题（action = \"judge\"）不写 \"target\"：学员在说明栏里回答",
            "a judging step (action = \"judge\") has no \"target\": the learner answers in the panel");
        return;
    }
    if (needsTarget && step.target.empty()) {
        m_reader.ErrorHere(StepZh() + "缺少 \"target\"：要操作的部件的 id",
                           StepEn() + " needs a \"target\": the id of the part acted on");
        return;
    }
    if (step.target.empty()) return;
    const PhoneLayout layout = LayOutPhone(step, Lang::Zh);
    const PhoneTarget* target = layout.Target(step.target);
    if (!target || step.target.rfind("key:", 0) == 0) {
        std::string ids;
        for (const PhoneTarget& t : layout.targets)
            if (t.id.rfind("key:", 0) != 0) ids += (ids.empty() ? "" : ", ") + t.id;
        ErrorAtTarget("这一屏上没有 " + Quoted(step.target) + "；这一屏能操作的有：" + ids,
                      "there is no " + Quoted(step.target) +
                          " on this screen; what can be touched here: " + ids);
        return;
    }
    if (layout.modalPart >= 0 && target->part != layout.modalPart)
        ErrorAtTarget(Quoted(step.target) + " 被对话框挡住了：对话框开着时只能点它的按钮",
                      Quoted(step.target) +
                          " is covered by the dialog: while it is open only its buttons work");
    const PhonePart* part = target->part >= 0 ? &step.parts[static_cast<std::size_t>(target->part)] : nullptr;
    const bool isSlider = part && part->kind == PartKind::Slider;
    const bool isInput = part && part->kind == PartKind::Input;
    if (step.action == PhoneAction::Slide && !isSlider)
        ErrorAtTarget("拖动（slide）的目标必须是滑块（kind = \"slider\"）",
                      "the target of a slide must be a slider (kind = \"slider\")");
    if (step.action == PhoneAction::Slide && isSlider && part->value == step.value)
        m_reader.Error(*m_reader.Table().get("value"),
                       "滑块已经在 " + std::to_string(step.value) + "：目标值要和滑块原来的值不同",
                       "the slider is already at " + std::to_string(step.value) +
                           ": the goal must differ from its value");
    if (step.action == PhoneAction::Type) {
        const PhonePart* keypad = step.Keypad();
        if (!isInput)
            ErrorAtTarget("输入（type）的目标必须是输入框（kind = \"input\"）",
                          "the target of typing must be an input field (kind = \"input\")");
        else if (!keypad)
            m_reader.ErrorHere(
                StepZh() + "要输入文字，但这一屏没有键盘：加一个 kind = \"keypad\" 的部件",
                StepEn() + " asks to type, but this screen has no keypad: add a part of kind = \"keypad\"");
        else if (!step.text.empty() && step.KeyPresses().empty())
            m_reader.Error(*m_reader.Table().get("text"),
                           Quoted(step.text) + " 不能用这一屏键盘上的按键依次输入",
                           Quoted(step.text) + " cannot be typed with this screen's keys");
    }
}

void StepReader::CheckLayout(const TutorialStep& step) {
    int fullScreens = 0;
    for (const PhonePart& part : step.parts)
        fullScreens +=
            part.kind == PartKind::Call || part.kind == PartKind::InCall || part.kind == PartKind::Camera;
    if (fullScreens > 1) {
        m_reader.ErrorHere(StepZh() + "有不止一个整屏部件（call、in-call、camera）：一屏只能有一个",
                           StepEn() +
                               " has more than one full-screen part (call, in-call, camera): one per screen");
        return;
    }
    for (Lang lang : {Lang::Zh, Lang::En}) {
        const PhoneLayout layout = LayOutPhone(step, lang);
        if (!layout.Overflows()) continue;
        const std::string need = std::to_string(static_cast<int>(layout.flowBottom - layout.flowTop));
        const std::string room =
            std::to_string(static_cast<int>(std::max(0.0f, layout.flowLimit - layout.flowTop)));
        const std::string langZh = lang == Lang::Zh ? "中文" : "英文";
        const std::string langEn = lang == Lang::Zh ? "Chinese" : "English";
        const bool camera = std::any_of(step.parts.begin(), step.parts.end(),
                                        [](const PhonePart& part) { return part.kind == PartKind::Camera; });
        m_reader.ErrorHere(StepZh() + "的手机屏幕放不下（" + langZh + "）：部件需要 " + need + " 高，只有 " +
                               room + "。去掉一些部件或缩短文字" +
                               (camera ? "（相机取景画面不能和其他部件放在一屏）" : ""),
                           StepEn() + "'s phone screen overflows (" + langEn + "): the parts need " + need +
                               " units, there are " + room + ". Remove parts or shorten texts" +
                               (camera ? " (the camera's viewfinder shares its screen with nothing)" : ""));
        return;
    }
}

} // namespace

std::string_view PhoneActionName(PhoneAction action) {
    for (const NameOf& n : kActions)
        if (n.value == static_cast<int>(action)) return n.name;
    return "tap";
}

std::string_view PartKindName(PartKind kind) {
    for (const NameOf& n : kKinds)
        if (n.value == static_cast<int>(kind)) return n.name;
    return "text";
}

const PhonePart* TutorialStep::FindPart(std::string_view id) const {
    for (const PhonePart& part : parts)
        if (part.id == id) return &part;
    return nullptr;
}

const PhonePart* TutorialStep::Keypad() const {
    for (const PhonePart& part : parts)
        if (part.kind == PartKind::Keypad) return &part;
    return nullptr;
}

std::vector<int> TutorialStep::KeyPresses() const {
    const PhonePart* keypad = Keypad();
    if (!keypad || text.empty()) return {};
    // presses[i]: the fewest presses that type the first i bytes; every key moves forward, so one pass
    // in order of position finds them.
    const std::size_t n = text.size();
    std::vector<int> presses(n + 1, -1), key(n + 1, -1);
    std::vector<std::size_t> from(n + 1, 0);
    presses[0] = 0;
    for (std::size_t at = 0; at < n; ++at) {
        if (presses[at] < 0) continue;
        for (std::size_t k = 0; k < keypad->keys.size(); ++k) {
            const std::string& label = keypad->keys[k];
            if (label.empty() || text.compare(at, label.size(), label) != 0) continue;
            const std::size_t to = at + label.size();
            if (presses[to] < 0 || presses[at] + 1 < presses[to]) {
                presses[to] = presses[at] + 1;
                key[to] = static_cast<int>(k);
                from[to] = at;
            }
        }
    }
    if (presses[n] < 0) return {};
    std::vector<int> order;
    for (std::size_t at = n; at > 0; at = from[at])
        order.insert(order.begin(), key[at]);
    return order;
}

std::optional<ContentItem> LoadTutorial(const fs::path& file, const std::string& text, ItemContext& ctx) {
    ContentItem item;
    const auto table = BeginTomlItem(file, text, ctx, item, Module::Seniors);
    if (!table) return std::nullopt;
    FieldReader reader(*table, file.string(), ctx.diagnostics, ctx.assets);
    ReadCommonFields(reader, item, ctx, true);
    Tutorial& lesson = item.content.emplace<Tutorial>();
    if (const toml::array* learned = reader.Array("learned", true)) {
        for (const toml::node& line : *learned)
            lesson.learned.push_back(reader.TextOf(line, "learned", TextBox::Learned));
        if (learned->size() != 3)
            reader.Error(*table->get("learned"), "\"learned\" 要正好写三句：完成页上的“你学会了”",
                         "\"learned\" needs exactly three lines: the completion screen's \"you learned\"");
    }
    lesson.next = reader.String("next", false);
    lesson.nextPlace = reader.PlaceOf("next");
    const toml::array* steps = reader.Array("step", true);
    reader.WarnUnknownKeys();
    if (!steps) return item;
    if (steps->size() < 2 || steps->size() > 20)
        reader.Error(*table->get("step"), "一节课要有 2 到 20 个 [[step]]",
                     "a lesson needs 2 to 20 [[step]] tables");
    int number = 0;
    for (const toml::node& node : *steps) {
        ++number;
        const toml::table* step = node.as_table();
        if (!step) {
            reader.Error(node, "每一步必须是一个 [[step]] 表", "each step must be a [[step]] table");
            continue;
        }
        lesson.steps.push_back(StepReader(*step, ctx, file, number).Read());
    }
    return item;
}

} // namespace kepu
