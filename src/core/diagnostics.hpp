// Problems found in content, each pinned to a file, line and column, worded for the person who has
// to fix them: in Chinese, with the English beside it. One shape for `kepu-kiosk validate` and the
// admin screen: "content/x/quizzes/a.toml:12:5: 错误："answer" 必须是 1 到 4 之间的整数 (error: …)".
#pragma once
#include <string>
#include <vector>

namespace kepu {

enum class Severity { Error, Warning };

struct Diagnostic {
    std::string file;
    int line = 0; // 0 when the problem is with the file or folder as a whole
    int column = 0;
    Severity severity = Severity::Error;
    std::string message; // in Chinese: authors and staff read Chinese
    std::string english; // the same in English, shown beside it
    // "file:line:col: 错误：message (error: english)"; "警告" and "warning" for warnings.
    std::string Format() const;
};

class Diagnostics {
  public:
    void Add(Diagnostic d) { m_items.push_back(std::move(d)); }
    void Error(const std::string& file, int line, int column, std::string zh, std::string en) {
        Add({file, line, column, Severity::Error, std::move(zh), std::move(en)});
    }
    void Warning(const std::string& file, int line, int column, std::string zh, std::string en) {
        Add({file, line, column, Severity::Warning, std::move(zh), std::move(en)});
    }
    const std::vector<Diagnostic>& Items() const { return m_items; }
    std::size_t ErrorCount() const;
    std::size_t WarningCount() const { return m_items.size() - ErrorCount(); }
    void Append(const Diagnostics& other) {
        m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
    }
    void SortByPlace(); // file, then line, then column

  private:
    std::vector<Diagnostic> m_items;
};

} // namespace kepu
