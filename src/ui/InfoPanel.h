// Info panel: what the selected structure is, where it attaches, what supplies it, what lies
// around it, with numbered sources. Popular claims are shown as claims, with what the
// references say, never as fact.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
// The contents, drawn into the current window (a tab of the sidebar).
void drawInfoContents(ViewerState& state);
// The same text as plain text, a line per heading, field and source, "" with no selection
// (the browser's test hook reads it back).
std::string infoPlainText(const ViewerState& state);
}  // namespace pe
