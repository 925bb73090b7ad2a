// Lesson text in ImGui: paragraphs and bullets wrapped to a width, bold runs in the bold face,
// numbered sources below. The Lesson tab and presenter mode draw with it at their sizes.
#pragma once
#include <string>

#include "io/LessonText.h"

struct ImFont;

namespace pe {
struct TextStyle {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  float scale = 1.0f;  // on top of the fonts' sizes
  unsigned colour = 0xFFFFFFFF;
};
// Draws at the cursor of the current window, wrapping at `width` pixels.
void drawRichText(const ResolvedText& text, const TextStyle& style, float width);
// "1. Standring S (ed). Gray's Anatomy..." in a smaller, dimmer line each.
void drawCitations(const std::vector<std::string>& citations, float width);

// InputText on a std::string (the Debian ImGui has no imgui_stdlib).
bool inputString(const char* label, std::string& text, int flags = 0);
bool inputStringMultiline(const char* label, std::string& text, float width, float height);
}  // namespace pe
