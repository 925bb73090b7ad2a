#include "ui/UiFont.h"

#include <filesystem>

#include <imgui.h>

namespace pe {
namespace {
const ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x2044, 0x2190, 0x2193, 0x2713, 0x2717, 0};
const char* kRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const char* kBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

UiFonts& fonts() {
  static UiFonts loaded;
  return loaded;
}

// Large faces need no oversampling (it triples their width in the atlas, which the GPU, or
// llvmpipe's memory, holds as RGBA): presenter mode's faces are baked at 1x.
ImFont* addFont(const char* path, float pixels, bool large = false) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
  ImFontConfig config;
  if (large) config.OversampleH = config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path, pixels, &config, kRanges);
}
}  // namespace

void loadUiFont(float pixels) {
  if (!addFont(kRegular, pixels)) ImGui::GetIO().Fonts->AddFontDefault();
}

void loadUiFonts(float pixels) {
  UiFonts& f = fonts();
  f.regular = addFont(kRegular, pixels);
  if (!f.regular) f.regular = ImGui::GetIO().Fonts->AddFontDefault();
  auto orRegular = [&f](ImFont* font) { return font ? font : f.regular; };
  f.bold = orRegular(addFont(kBold, pixels));
  f.slide = f.slideBold = f.slideTitle = f.regular;
}

bool loadPresenterFonts() {
  UiFonts& f = fonts();
  if (!f.regular || f.slide != f.regular) return false;
  auto orRegular = [&f](ImFont* font) { return font ? font : f.regular; };
  f.slide = orRegular(addFont(kRegular, kSlideFontPixels, true));
  f.slideBold = orRegular(addFont(kBold, kSlideFontPixels, true));
  f.slideTitle = orRegular(addFont(kBold, kSlideFontPixels * 1.4f, true));
  return f.slide != f.regular;
}

const UiFonts& uiFonts() {
  return fonts();
}
}  // namespace pe
