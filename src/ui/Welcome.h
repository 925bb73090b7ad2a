// The first run's welcome, at the top of the sidebar (never over the model): the three things
// the app is for, each a button that leads there.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
// The step of the built-in tour (assets/lessons/psoas-in-20-minutes.json, from 0) that
// "Find the psoas" opens: finding the ASIS (a model test keeps the two together).
constexpr int kFindThePsoasStep = 11;
// Draws it while settings.ui.welcomeShown is false.
void drawWelcome(ViewerState& state);
}  // namespace pe
