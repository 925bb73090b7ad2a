#include "ui/RichText.h"

#include <vector>

#include <imgui.h>

namespace pe {
namespace {
// Words keep their trailing space, so runs join as written.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    word += c;
    if (c == ' ') out.push_back(std::move(word)), word.clear();
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

void drawBlock(const TextBlock& block, const TextStyle& style, float width) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImFont* regular = style.regular ? style.regular : ImGui::GetFont();
  ImFont* bold = style.bold ? style.bold : regular;
  const float size = regular->FontSize * style.scale * ImGui::GetIO().FontGlobalScale;
  const float lineHeight = size * 1.25f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float indent = block.bullet ? size * 1.2f : 0.0f;
  float x = indent, y = 0.0f;
  if (block.bullet)
    list->AddCircleFilled(ImVec2(origin.x + size * 0.45f, origin.y + size * 0.55f), size * 0.15f,
                          style.colour);
  for (const TextRun& run : block.runs) {
    ImFont* font = run.bold ? bold : regular;
    for (const std::string& word : words(run.text)) {
      const float w = font->CalcTextSizeA(size, 1e9f, 0.0f, word.c_str()).x;
      if (x + w > width && x > indent) x = indent, y += lineHeight;
      list->AddText(font, size, ImVec2(origin.x + x, origin.y + y), style.colour, word.c_str());
      x += w;
    }
  }
  ImGui::Dummy(ImVec2(width, y + lineHeight));
}

// ImGui edits a buffer of chars it may ask to grow; the string is copied in and, when edited,
// out again (ImGui must not write into a std::string's storage past its size).
int resize(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* buffer = static_cast<std::vector<char>*>(data->UserData);
    buffer->resize(static_cast<size_t>(data->BufSize));
    data->Buf = buffer->data();
  }
  return 0;
}

std::vector<char> bufferOf(const std::string& text) {
  std::vector<char> buffer(text.begin(), text.end());
  buffer.push_back('\0');
  return buffer;
}
}  // namespace

void drawRichText(const ResolvedText& text, const TextStyle& style, float width) {
  for (size_t i = 0; i < text.blocks.size(); ++i) {
    // A little air between paragraphs; bullets of one list stay together.
    if (i > 0 && !(text.blocks[i].bullet && text.blocks[i - 1].bullet))
      ImGui::Dummy(
          ImVec2(1.0f, (style.regular ? style.regular->FontSize : 13.0f) * style.scale * 0.35f));
    drawBlock(text.blocks[i], style, width);
  }
}

void drawCitations(const std::vector<std::string>& citations, float width) {
  if (citations.empty()) return;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  for (size_t i = 0; i < citations.size(); ++i)
    ImGui::TextWrapped("%zu. %s", i + 1, citations[i].c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
}

bool inputString(const char* label, std::string& text, int flags) {
  std::vector<char> buffer = bufferOf(text);
  if (!ImGui::InputText(label, buffer.data(), buffer.size(),
                        flags | ImGuiInputTextFlags_CallbackResize, resize, &buffer))
    return false;
  text = buffer.data();
  return true;
}

bool inputStringMultiline(const char* label, std::string& text, float width, float height) {
  std::vector<char> buffer = bufferOf(text);
  if (!ImGui::InputTextMultiline(label, buffer.data(), buffer.size(), ImVec2(width, height),
                                 ImGuiInputTextFlags_CallbackResize, resize, &buffer))
    return false;
  text = buffer.data();
  return true;
}
}  // namespace pe
