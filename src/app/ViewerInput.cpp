// The viewer's mouse and keys: the camera, thigh dragging, hover and click picking, and the
// key table's actions. Input reaches the view only when ImGui does not want it.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <glm/geometric.hpp>

#include "app/ViewApply.h"
#include "app/Viewer.h"
#include "ui/LessonPanel.h"
#include "ui/Sidebar.h"
#include "ui/ViewFileDialog.h"

namespace pe {
bool Viewer::applyInput() {
  ImGuiIO& io = ImGui::GetIO();
  bool moved = false;
  const glm::vec2 viewport = windowSize();
  const glm::vec2 cursor(io.MousePos.x, io.MousePos.y);
  const PresenterState& presenter = state_.lesson.presenter;
  const bool presenting = presenter.active;  // its keys (Esc, F5) must not act twice
  if (presenting) applyPresenterInput();
  // The presenter's pen draws instead of turning the view.
  if (!ui_.wantsMouse() && !(presenter.active && presenter.pen)) {
    const glm::vec2 delta(io.MouseDelta.x, io.MouseDelta.y);
    const bool dragging = delta.x != 0.0f || delta.y != 0.0f;
    // The palpation's fingertip is grabbed where it is drawn, before a thigh under it.
    PalpationState& palpation = state_.palpation;
    const glm::vec2 fingertip(palpation.fingertip[0], palpation.fingertip[1]);
    if (ImGui::IsMouseClicked(0))
      palpation.draggingPoint = palpationShown() && fingertip.x >= 0.0f &&
                                glm::distance(cursor, fingertip) <= kFingertipGrabPixels;
    if (!io.MouseDown[0]) palpation.draggingPoint = false;
    if (ImGui::IsMouseClicked(0) && !palpation.draggingPoint) thighDrag_ = startDragAt(cursor);
    if (palpation.draggingPoint) {
      if (dragging) dragPalpationPoint(cursor);
    } else if (thighDrag_ && io.MouseDown[0]) {
      if (dragging)
        if (auto degrees =
                thighDragDegrees(*thighDrag_, state_.document, controller_.camera, cursor, viewport,
                                 state_.settings.pose.dragDegreesPerPixel))
          setHipByHand(state_.document, state_.poseControls, state_.settings.animation,
                       thighDrag_->side, *degrees);
    } else if (io.MouseDown[0] && dragging) {
      controller_.orbitDrag(delta), moved = true;
    } else if ((io.MouseDown[1] || io.MouseDown[2]) && dragging) {
      controller_.panDrag(delta, viewport), moved = true;
    }
    if (io.MouseWheel != 0.0f) {
      controller_.wheel(io.MouseWheel, cursor, viewport);
      moved = true;
    }
    if (!state_.document.empty()) hoverAndSelect();
    if (io.MouseDoubleClicked[0] && !state_.document.empty())
      if (auto hit = pickUnderCursor(cursor)) controller_.centreOn(hit->point);
  }
  // No key repeat: holding a key (a toggle, Ctrl+B) acts once. Presenter mode has its keys.
  // While a text field has the keyboard, only Ctrl+Shift keys act (Ctrl+Shift+S saves the
  // lesson being typed; Ctrl+A, C, V... belong to the field).
  if (!presenting)
    for (const KeyBinding& b : keyBindings())
      if ((!ui_.wantsKeyboard() || (b.ctrl && b.shift)) &&
          (keyPressed(b.key, b.ctrl, b.shift, false) ||
           (b.keypadKey >= 0 && keyPressed(b.keypadKey, b.ctrl, b.shift, false))))
        perform(b.action);
  keyEvents.clear();
  return moved;
}

bool Viewer::keyPressed(int key, bool ctrl, bool shift, bool repeat) const {
  for (const KeyEvent& e : keyEvents)
    if (e.key == key && (repeat || !e.repeat) && ((e.mods & GLFW_MOD_CONTROL) != 0) == ctrl &&
        ((e.mods & GLFW_MOD_SHIFT) != 0) == shift)
      return true;
  return false;
}

// One case per action of the key table (so longer than 60 lines); the lesson's are below.
void Viewer::perform(Action action) {
  UiRequests& r = state_.requests;
  StructureView& view = state_.structures;
  switch (action) {
    case Action::OpenFile:
      state_.openDialog.open = true;
      break;
    case Action::OpenView:
      openViewFileDialog(state_, false);
      break;
    case Action::SaveView:
      openViewFileDialog(state_, true);
      break;
    case Action::AddBookmark:
      r.addBookmark = true;
      break;
    case Action::Quit:
      r.quit = true;
      break;
    case Action::FrameVisible:
      r.frameAll = true;
      break;
    case Action::ResetView:
      r.resetView = true;
      break;
    case Action::ViewAnterior:
      r.viewPreset = ViewPreset::Anterior;
      break;
    case Action::ViewPosterior:
      r.viewPreset = ViewPreset::Posterior;
      break;
    case Action::ViewLeft:
      r.viewPreset = ViewPreset::Left;
      break;
    case Action::ViewRight:
      r.viewPreset = ViewPreset::Right;
      break;
    case Action::ViewSuperior:
      r.viewPreset = ViewPreset::Superior;
      break;
    case Action::ViewInferior:
      r.viewPreset = ViewPreset::Inferior;
      break;
    case Action::PlayPause:
      state_.settings.animation.playing = !state_.settings.animation.playing;
      break;
    case Action::ClearSelection:
      view.selected.reset();
      break;
    case Action::GhostOthers:
      view.ghost = !view.ghost;
      break;
    case Action::HideSelection:
      if (view.selected) view.setStructureVisible(*view.selected, false);
      break;
    case Action::IsolateSelection:
      if (view.selected) view.isolate({*view.selected}), r.frameAll = true;
      break;
    case Action::ShowAll:
      view.showAll();
      break;
    case Action::Labels:
      state_.settings.ui.showLabels = !state_.settings.ui.showLabels;
      break;
    case Action::Help:
      state_.showHelp = !state_.showHelp;
      break;
    default:
      performLessonAction(action);
      break;
  }
}

void Viewer::performLessonAction(Action action) {
  UiRequests& r = state_.requests;
  LessonState& l = state_.lesson;
  switch (action) {
    case Action::OpenLesson:
      openLessonDialog(state_, false);
      break;
    case Action::SaveLesson:
      if (l.open) openLessonDialog(state_, true);
      break;
    case Action::NextStep:
      if (l.open) r.lessonStep = l.step + 1;
      break;
    case Action::PreviousStep:
      if (l.open) r.lessonStep = std::max(l.step - 1, 0);
      break;
    case Action::AddStep:
      r.addLessonStep = true;
      break;
    case Action::UpdateStep:
      r.updateLessonStepView = true;
      break;
    case Action::DeleteStep:
      r.deleteLessonStep = true;
      break;
    case Action::MoveStepEarlier:
      r.moveLessonStep = -1;
      break;
    case Action::MoveStepLater:
      r.moveLessonStep = 1;
      break;
    case Action::EditLesson:
      if (l.open) l.editing = !l.editing, l.focusEditor = l.editing;
      state_.settings.ui.sidebarTab = kLessonTab;
      state_.settings.ui.showSidebar = true;
      break;
    case Action::Present:
      r.togglePresenter = true;
      break;
    case Action::Sidebar:
      state_.settings.ui.showSidebar = !state_.settings.ui.showSidebar;
      break;
    default:
      break;
  }
}

// What is under the cursor gets a light tint and its name; a click (press and release within
// 3 pixels) selects it, or clears the selection on empty space.
void Viewer::hoverAndSelect() {
  ImGuiIO& io = ImGui::GetIO();
  const bool dragging = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];
  const bool click = ImGui::IsMouseReleased(0) && io.MouseDragMaxDistanceSqr[0] <= 9.0f;
  const bool moved = io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f;
  if (!click && (dragging || !moved)) return;
  StructureView& view = state_.structures;
  auto hit = pickUnderCursor(glm::vec2(io.MousePos.x, io.MousePos.y));
  view.hovered.reset();
  if (hit && view.index().structureOfNode[hit->node] >= 0)
    view.hovered = view.index().structureOfNode[hit->node];
  if (click) view.selected = view.hovered;
}

// The visible, not ghosted surface under a window position.
std::optional<RayHit> Viewer::pickUnderCursor(glm::vec2 cursor) const {
  const glm::vec2 viewport = windowSize();
  const OrbitCamera& cam = controller_.camera;
  const glm::vec3 dir = cam.rayDirection(windowToNdc(cursor, viewport), viewport.x / viewport.y);
  const auto appearance = state_.structures.nodeAppearance(state_.document.model()->nodes.size());
  return pickRay(*state_.document.model(), state_.document.pose(), state_.document.scene(),
                 cam.eye(), dir, &appearance, preparation_.picker());
}

// Pressing on a femur (with thigh dragging on) starts dragging that thigh.
std::optional<ThighDrag> Viewer::startDragAt(glm::vec2 cursor) const {
  if (!state_.settings.pose.dragThigh || state_.document.empty() || !state_.document.hasHipRig())
    return std::nullopt;
  const auto hit = pickUnderCursor(cursor);
  if (!hit) return std::nullopt;
  const int s = state_.structures.index().structureOfNode[hit->node];
  if (s < 0) return std::nullopt;
  const std::string& id = state_.structures.index().structures[s].id;
  const int side = id == "femur_left" ? 0 : id == "femur_right" ? 1 : -1;
  if (side < 0) return std::nullopt;
  return startThighDrag(state_.document, side, controller_.camera, cursor, windowSize());
}
}  // namespace pe
