// The small markup of a lesson step's text, and its resolution against the model's content
// file, so that lessons refer to the content's names, facts and sources instead of copying
// them:
//
//   Paragraphs are separated by a blank line; a line starting with "- " is a bullet.
//   **bold**
//   {psoas_major_left}         the structure's name ("Psoas major (left)")
//   {psoas_major_left.origin}  a field of its content, followed by the numbers of its sources
//   [@gray42]                  a source of the content file, numbered in order of first use
#pragma once
#include <string>
#include <vector>

#include "io/ContentFile.h"

namespace pe {
struct TextRun {
  std::string text;
  bool bold = false;
};
struct TextBlock {
  bool bullet = false;
  std::vector<TextRun> runs;
};
struct ResolvedText {
  std::vector<TextBlock> blocks;
  std::vector<std::string> citations;  // full citations; "[n]" in the text is citations[n-1]
};

struct TextProblem {
  std::string message;  // "has '**' without its closing '**'"
};
// What is wrong with a text's markup (empty when nothing).
std::vector<TextProblem> checkLessonText(const std::string& text);
// The structure ids a text refers to, in order ({id} and {id.field}).
std::vector<std::string> textStructureIds(const std::string& text);
// The source keys a text cites with [@key].
std::vector<std::string> textSourceKeys(const std::string& text);
// The content fields {id.field} may quote.
const std::vector<std::string>& quotableFields();

// The text ready to show: references replaced by names and facts from `content` (may be null:
// ids are shown in words), sources numbered into `citations` (appended to, so that a page of
// several texts shares one numbering).
ResolvedText resolveLessonText(const std::string& text, const Content* content,
                               std::vector<std::string>& citations);
// The text without markup, paragraphs separated by blank lines, bullets as "- ".
std::string plainText(const ResolvedText& text);
}  // namespace pe
