// The UI typeface: DejaVu Sans (Debian's fonts-dejavu-core) at a readable size, with the
// punctuation anatomy text uses (dashes, primes); ImGui's built-in font when it is missing.
// The viewer also loads the bold face and the large sizes presenter mode draws with.
#pragma once

struct ImFont;

namespace pe {
// Adds the font to the current ImGui context's atlas; call before the first frame.
void loadUiFont(float pixels);

struct UiFonts {
  ImFont* regular = nullptr;  // the default font
  ImFont* bold = nullptr;
  ImFont* slide = nullptr;  // presenter mode's body text, baked large and drawn scaled
  ImFont* slideBold = nullptr;
  ImFont* slideTitle = nullptr;
};
// The UI font at `pixels` (first, so it is the default) and its bold; the presenter faces stand
// in as the regular one until loadPresenterFonts adds them.
void loadUiFonts(float pixels);
// Adds presenter mode's large faces to the atlas (once; between frames, and the renderer's
// font texture must be made again). They cost about 10 MB, so only presenting loads them.
// Returns true when it added them now.
bool loadPresenterFonts();
// What loadUiFonts loaded (all null before; a face that is missing falls back to regular).
const UiFonts& uiFonts();
// The UI font's size at scale 1; the viewer loads it at this times the screen's content scale.
constexpr float kUiFontPixels = 16.0f;
// The size presenter mode's faces are baked at (body; the title is 1.4 times it).
constexpr float kSlideFontPixels = 48.0f;
}  // namespace pe
