// A lesson as a handout: one HTML page with the steps' titles, text, pictures, questions and
// the sources, that opens offline from its folder and needs no scripts. Answers to the
// questions come last, so the page can serve as a quiz sheet.
#pragma once
#include <string>
#include <vector>

#include "io/ContentFile.h"
#include "io/LessonFile.h"

namespace pe {
struct HandoutStep {
  std::string image;                 // file name beside index.html
  std::string answer;                // the task's answer in words ("" when the step has no task)
  std::vector<std::string> options;  // the task's options in words (taskOptions)
};
// `steps` has one entry per lesson step; `content` may be null (ids shown in words).
std::string lessonHandoutHtml(const Lesson& lesson, const Content* content,
                              const std::vector<HandoutStep>& steps, int imageWidth,
                              int imageHeight, const std::string& modelName);
// Text made safe for HTML (& < > " ').
std::string escapeHtml(const std::string& text);
}  // namespace pe
