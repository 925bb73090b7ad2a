// The UI typeface: DejaVu Sans (Debian's fonts-dejavu-core) at a readable size, with the
// punctuation anatomy text uses (dashes, primes); ImGui's built-in font when it is missing.
#pragma once

namespace pe {
// Adds the font to the current ImGui context's atlas; call before the first frame.
void loadUiFont(float pixels);
}  // namespace pe
