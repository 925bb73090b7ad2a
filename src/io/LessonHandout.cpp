#include "io/LessonHandout.h"

#include "io/LessonText.h"

namespace pe {
namespace {
const char* kStyle =
    R"(body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#111;line-height:1.45}
header{border-bottom:2px solid #0072b2;margin-bottom:1.5em}h1{margin-bottom:.2em}.meta{color:#555}
section.step{page-break-inside:avoid;margin:0 0 2.5em}img{max-width:100%;height:auto;border:1px solid #ccc}
.task{background:#f3f6fa;border-left:4px solid #0072b2;padding:.6em 1em}.task ol{list-style:upper-alpha}
.sources{font-size:.9em;color:#333}@media print{body{margin:0}a{color:inherit}})";

std::string textHtml(const ResolvedText& text) {
  std::string out;
  bool inList = false;
  for (const TextBlock& block : text.blocks) {
    if (block.bullet && !inList) out += "<ul>\n", inList = true;
    if (!block.bullet && inList) out += "</ul>\n", inList = false;
    std::string line;
    for (const TextRun& run : block.runs)
      line += run.bold ? "<strong>" + escapeHtml(run.text) + "</strong>" : escapeHtml(run.text);
    out += block.bullet ? "<li>" + line + "</li>\n" : "<p>" + line + "</p>\n";
  }
  if (inList) out += "</ul>\n";
  return out;
}

std::string taskHtml(const LessonTask& task, const std::vector<std::string>& options) {
  std::string out = "<div class=\"task\"><p><strong>" + escapeHtml(task.prompt) + "</strong></p>\n";
  if (task.kind == LessonTask::Kind::Identify)
    out += "<p>Point to it on the picture, or click it in the app.</p>\n";
  if (task.kind == LessonTask::Kind::Measure && task.quantity == LessonTask::Quantity::LengthChange)
    out += "<p>Answer in millimetres (negative: it shortens).</p>\n";
  if (!options.empty()) {
    out += "<ol>\n";
    for (const std::string& o : options) out += "<li>" + escapeHtml(o) + "</li>\n";
    out += "</ol>\n";
  }
  return out + "</div>\n";
}
}  // namespace

std::string escapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string lessonHandoutHtml(const Lesson& lesson, const Content* content,
                              const std::vector<HandoutStep>& steps, int imageWidth,
                              int imageHeight, const std::string& modelName) {
  std::vector<std::string> citations;  // one numbering for the whole page
  std::string body;
  std::string answers;
  for (size_t i = 0; i < lesson.steps.size(); ++i) {
    const LessonStep& s = lesson.steps[i];
    const std::string number = std::to_string(i + 1);
    body += "<section class=\"step\" id=\"step-" + number + "\">\n<h2>" + number + ". " +
            escapeHtml(s.title) + "</h2>\n";
    if (i < steps.size() && !steps[i].image.empty())
      body += "<img src=\"" + escapeHtml(steps[i].image) + "\" alt=\"Step " + number + ": " +
              escapeHtml(s.title) + "\" width=\"" + std::to_string(imageWidth) + "\" height=\"" +
              std::to_string(imageHeight) + "\">\n";
    body += textHtml(resolveLessonText(s.text, content, citations));
    if (s.task) body += taskHtml(*s.task, i < steps.size() ? steps[i].options : s.task->options);
    if (s.task && i < steps.size() && !steps[i].answer.empty())
      answers += "<li value=\"" + number + "\">" + escapeHtml(steps[i].answer) + "</li>\n";
    body += "</section>\n";
  }
  std::string html = "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(lesson.language) +
                     "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
                     "content=\"width=device-width, initial-scale=1\">\n<title>" +
                     escapeHtml(lesson.title) + "</title>\n<style>" + kStyle +
                     "</style>\n</head>\n<body>\n<header>\n<h1>" + escapeHtml(lesson.title) +
                     "</h1>\n<p class=\"meta\">";
  std::string meta;
  if (!lesson.author.empty()) meta += escapeHtml(lesson.author);
  if (!lesson.licence.empty())
    meta += (meta.empty() ? "" : " &middot; ") + escapeHtml(lesson.licence);
  meta += (meta.empty() ? "" : " &middot; ") + std::string("Pictures of ") + escapeHtml(modelName) +
          " made with Psoas Explorer; they carry the model's licence";
  html += meta + "</p>\n</header>\n" + body;
  if (!answers.empty())
    html +=
        "<section class=\"answers\">\n<h2>Answers</h2>\n<ol>\n" + answers + "</ol>\n</section>\n";
  if (!citations.empty()) {
    html += "<section class=\"sources\">\n<h2>Sources</h2>\n<ol>\n";
    for (const std::string& c : citations) html += "<li>" + escapeHtml(c) + "</li>\n";
    html += "</ol>\n</section>\n";
  }
  return html + "</body>\n</html>\n";
}
}  // namespace pe
