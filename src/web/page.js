// The page around the browser build (issue 16): fetches the bundled files into the app's file
// system, keeps the settings folder in the browser's storage (IndexedDB), turns the URL into
// the app's command line (the same options, so a link opens a view, a lesson at a step, or a
// model), opens picked and dropped files, and adds two-finger gestures. Everything else is the
// C++ app itself.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const statusBox = document.getElementById('status');
  const picker = document.getElementById('file');
  const problems = [];  // what the app wrote to stderr

  // URL parameters, by the command-line option each becomes (psoas-explorer --help).
  const VALUE_OPTIONS = ['view', 'camera', 'frame', 'time', 'animation', 'scene', 'layers', 'hide',
                         'only', 'select', 'clip', 'pose', 'habitus', 'attachments', 'step',
                         'palpation', 'position', 'technique', 'side', 'angle', 'tilt', 'point'];
  const FLAG_OPTIONS = ['labels', 'ghost', 'contraction'];
  const FILE_OPTIONS = ['view-file', 'lesson', 'present'];  // fetched from the server first

  function showProblem(text) {
    statusBox.textContent = text;
    statusBox.className = 'error';
    statusBox.hidden = false;
  }

  // A path on the server, relative to the page, as a path in the app's file system. Only
  // files below the page's folder are fetched.
  function localPath(url) {
    const folder = new URL('.', window.location.href).href;
    const suspicious = /[\\%]/.test(url) || url.split('/').includes('..');
    const resolved = suspicious ? null : new URL(url, folder);
    if (!resolved || !resolved.href.startsWith(folder) || resolved.href === folder ||
        resolved.search || resolved.hash)
      throw new Error(`'${url}' must be a path below this page's folder, like lessons/x.json`);
    return '/' + resolved.href.substring(folder.length);
  }

  async function fetchInto(url, path) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    FS.mkdirTree(path.substring(0, path.lastIndexOf('/')) || '/');
    FS.writeFile(path, bytes);
  }

  // The files the build put beside the page (files.json, written by src/scripts/web.sh), and
  // those the URL names.
  async function fetchFiles(params) {
    const listed = await (await fetch('files.json')).json();
    const wanted = listed.map(f => [f.url, f.path]);
    for (const name of FILE_OPTIONS.concat(['model']))
      if (params.has(name)) {
        const path = localPath(params.get(name));
        if (!listed.some(f => f.path === path)) wanted.push([params.get(name), path]);
      }
    await Promise.all(wanted.map(([url, path]) => fetchInto(url, path)));
  }

  function commandLine(params) {
    const args = [];
    for (const [name, value] of params) {
      if (VALUE_OPTIONS.includes(name)) args.push('--' + name, value);
      else if (FLAG_OPTIONS.includes(name)) {
        if (value !== '0' && value !== 'false') args.push('--' + name);
      } else if (FILE_OPTIONS.includes(name)) args.push('--' + name, localPath(value));
      else if (name === 'model') args.push(localPath(value));
      else if (name !== 'verbose') throw new Error(`unknown URL parameter '${name}'`);
    }
    if (params.has('verbose')) args.push('--verbose');
    args.push('--size', canvasSize().join('x'));
    return args;
  }

  // Files picked or dropped: written into the file system together (a .gltf with its .bin
  // and textures), then the model, view or lesson among them is opened.
  async function openFiles(files) {
    if (!files || files.length === 0) return;
    const folder = '/opened/' + Date.now();
    FS.mkdirTree(folder);
    const paths = [];
    for (const file of files) {
      const path = folder + '/' + file.name.replace(/[\/\\]/g, '_');
      FS.writeFile(path, new Uint8Array(await file.arrayBuffer()));
      paths.push(path);
    }
    // A model picked with its companions (.bin, textures, its .content.json) opens as the
    // model; otherwise each view or lesson opens.
    const models = paths.filter(p => /\.(glb|gltf)$/i.test(p));
    const documents = models.length ? models : paths.filter(p => /\.json$/i.test(p));
    for (const path of (documents.length ? documents : paths))
      Module.ccall('pe_open', null, ['string'], [path]);
  }

  picker.addEventListener('change', () => {
    const files = Array.from(picker.files);  // the live list empties when the input is reset
    picker.value = '';
    openFiles(files).catch(e => console.error(e));
  });
  // Dropped files go through openFiles (GLFW's own drop handler would open a .bin on its own).
  window.addEventListener('dragover', e => e.preventDefault(), true);
  window.addEventListener('drop', e => {
    e.preventDefault();
    e.stopPropagation();
    openFiles(Array.from((e.dataTransfer && e.dataTransfer.files) || [])).catch(err => console.error(err));
  }, true);

  // Touch. Emscripten's GLFW does not follow a finger, so the page does: one finger acts as the
  // mouse's left button (it orbits, a tap picks, a drag on a thigh flexes the hip), two fingers
  // pinch to zoom and move to pan (pe_touch). Touch events never reach GLFW itself.
  let mouseFinger = null;  // the finger acting as the mouse
  let lastTouchAt = -1e9;
  let gesturing = false;   // two fingers have been down since the screen was last free
  const canvasScale = () => canvas.width / Math.max(canvas.getBoundingClientRect().width, 1);
  function mouse(type, touch) {
    canvas.dispatchEvent(new MouseEvent(type, {
      clientX: touch.clientX, clientY: touch.clientY, button: 0,
      buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true}));
  }
  function twoFingers(e, started) {
    const r = canvas.getBoundingClientRect(), k = canvasScale();
    const a = e.touches[0], b = e.touches[1];
    const x = ((a.clientX + b.clientX) / 2 - r.left) * k, y = ((a.clientY + b.clientY) / 2 - r.top) * k;
    const spread = Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) * k;
    Module.ccall('pe_touch', null, ['number', 'number', 'number', 'number', 'number'],
                 [e.touches.length, x, y, spread, started ? 1 : 0]);
  }
  function fingerOf(list, id) {
    for (const t of list) if (t.identifier === id) return t;
    return null;
  }
  function onTouch(e) {
    if (!Module.peStarted) return;
    lastTouchAt = performance.now();
    e.preventDefault();
    e.stopPropagation();
    if (e.type === 'touchstart') {
      if (e.touches.length === 1 && !gesturing) {
        mouseFinger = e.touches[0].identifier;
        mouse('mousemove', e.touches[0]);
        mouse('mousedown', e.touches[0]);
      } else if (e.touches.length >= 2) {
        if (mouseFinger !== null) mouse('mouseup', fingerOf(e.touches, mouseFinger) || e.touches[0]);
        mouseFinger = null;
        gesturing = true;
        twoFingers(e, true);
      }
    } else if (e.type === 'touchmove') {
      if (gesturing && e.touches.length >= 2) twoFingers(e, false);
      else if (mouseFinger !== null) {
        const t = fingerOf(e.touches, mouseFinger);
        if (t) mouse('mousemove', t);
      }
    } else {  // touchend, touchcancel
      const t = mouseFinger !== null ? fingerOf(e.changedTouches, mouseFinger) : null;
      if (t) {
        mouse('mouseup', t);
        mouseFinger = null;
      }
      if (gesturing && e.touches.length >= 2) twoFingers(e, true);  // another pair: start afresh
      if (e.touches.length === 0) gesturing = false;
    }
  }
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'])
    window.addEventListener(type, onTouch, {capture: true, passive: false});

  // On-screen keyboards (tablets) send no key presses GLFW reads, only text: while a text field
  // of the app has the keyboard after a touch, a hidden field holds the focus, so the keyboard
  // shows, and what is typed into it goes to the app. (It keeps one space, so that a backspace
  // on an empty field still arrives.) A physical key is GLFW's own, not taken twice.
  const keyboard = document.getElementById('keyboard');
  let lastKeypressAt = -1e9;
  window.addEventListener('keypress', () => { lastKeypressAt = performance.now(); }, true);
  function resetKeyboard() {
    keyboard.value = ' ';
    keyboard.setSelectionRange(1, 1);
  }
  keyboard.addEventListener('input', e => {
    if (performance.now() - lastKeypressAt > 100) {
      if (keyboard.value.length < 1 || e.inputType === 'deleteContentBackward')
        Module.ccall('pe_backspace', null, [], []);
      else if (keyboard.value.length > 1)
        Module.ccall('pe_text', null, ['string'], [keyboard.value.substring(1)]);
    }
    resetKeyboard();
  });
  const textInput = on => {
    if (on && performance.now() - lastTouchAt < 5000 && document.activeElement !== keyboard) {
      resetKeyboard();
      keyboard.focus({preventScroll: true});
    } else if (!on && document.activeElement === keyboard) {
      keyboard.blur();
    }
  };

  // The wheel: notches, up positive, as GLFW gives them on the desktop (a mouse's notch is 100
  // pixels or 3 lines in browsers; a touchpad sends fractions). Emscripten's GLFW would pass
  // the raw pixels with the opposite sign.
  window.addEventListener('wheel', e => {
    if (!Module.peStarted || e.target !== canvas) return;
    e.preventDefault();
    e.stopPropagation();
    const unit = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 1 : 100;
    const clamp = v => Math.max(-3, Math.min(3, v));
    Module.ccall('pe_scroll', null, ['number', 'number'],
                 [clamp(-e.deltaX / unit), clamp(-e.deltaY / unit)]);
  }, {capture: true, passive: false});

  // The canvas has the page's size in device pixels (sharp on HiDPI screens); CSS stretches it.
  const canvasSize = () => [Math.round(window.innerWidth * (window.devicePixelRatio || 1)),
                            Math.round(window.innerHeight * (window.devicePixelRatio || 1))];
  window.addEventListener('resize', () => {
    if (Module.peStarted) Module.setCanvasSize(...canvasSize());
  });
  // The settings are written as they change; a tab put away writes what is left. A lesson
  // with unsaved edits makes the browser ask before the page goes.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && Module.peStarted) Module.ccall('pe_persist', null, [], []);
  });
  window.addEventListener('beforeunload', e => {
    if (Module.peStarted && Module.ccall('pe_unsaved', 'number', [], [])) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  // The app's keys, not the browser's: F5 presents (not reload), Ctrl+O opens, Ctrl+S saves,
  // Ctrl+L opens a lesson, Page Up/Down step through it. Letters without Ctrl stay untouched
  // (they type into the app's text fields).
  window.addEventListener('keydown', e => {
    if (!Module.peStarted) return;
    const functionKey = /^F([1-9]|10)$/.test(e.key);
    const browserOwn = /^[rwtnqcvx]$/i.test(e.key);  // reload, tabs, windows, clipboard
    if (functionKey || ['PageUp', 'PageDown', 'Home', 'End', 'Tab'].includes(e.key) ||
        ((e.ctrlKey || e.metaKey) && !browserOwn))
      e.preventDefault();
  }, true);

  // Presenter mode is the browser's full screen (asked for in answer to F5 or a click); when the
  // browser leaves it (Esc), presenter mode ends too.
  document.addEventListener('fullscreenchange', () => {
    if (Module.peStarted) Module.ccall('pe_fullscreen', null, ['number'], [document.fullscreenElement ? 1 : 0]);
  });

  // The settings folder is copied into IndexedDB after the app writes to it, one copy at a time.
  let syncing = null, syncAgain = false;
  function syncStorage() {
    if (!Module.peStorageReady) return Promise.resolve();
    if (syncing) {
      syncAgain = true;
      return syncing;
    }
    syncing = new Promise(resolve => FS.syncfs(false, err => {
      if (err) console.warn('psoas-explorer: settings not kept: ' + err);
      resolve();
    })).then(() => {
      syncing = null;
      if (syncAgain) {
        syncAgain = false;
        return syncStorage();
      }
    });
    return syncing;
  }

  window.Module = {
    canvas: canvas,
    print: text => console.log(text),
    printErr: text => {
      console.warn(text);
      problems.push(text);
    },
    // The app asks for the browser's file picker (File > Open, Ctrl+O).
    pePickFile: () => picker.click(),
    peSync: syncStorage,
    peTextInput: textInput,
    peFullscreen: on => {
      if (on && !document.fullscreenElement)
        document.documentElement.requestFullscreen().catch(e => console.warn('full screen: ' + e.message));
      else if (!on && document.fullscreenElement)
        document.exitFullscreen().catch(() => {});
    },
    // A view or lesson saved in the app: the page has no folder to keep it in, so the browser
    // downloads it.
    peDownload: path => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([FS.readFile(path)], {type: 'application/json'}));
      link.download = path.substring(path.lastIndexOf('/') + 1);
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    },
    preRun: [() => {
      // The settings folder lives in IndexedDB: read it before the app starts.
      FS.mkdirTree('/home/web_user/.config');
      FS.mount(IDBFS, {}, '/home/web_user/.config');
      Module.addRunDependency('storage');
      FS.syncfs(true, err => {
        // Storage that could not be read is not written either (it would be emptied).
        if (err) console.warn('psoas-explorer: settings not read, none will be kept: ' + err);
        Module.peStorageReady = !err;
        Module.removeRunDependency('storage');
      });
      Module.addRunDependency('files');
      const params = new URLSearchParams(window.location.search);
      fetchFiles(params).then(() => Module.removeRunDependency('files'),
                              e => showProblem('Psoas Explorer could not load its files: ' + e.message));
    }],
    onRuntimeInitialized: () => {
      let args;
      try {
        args = commandLine(new URLSearchParams(window.location.search));
      } catch (e) {
        showProblem('This link cannot be opened: ' + e.message);
        return;
      }
      statusBox.hidden = true;
      Module.callMain(args);
      // Once the frame loop runs, main has handed over to the browser; otherwise it stopped
      // with a message (a bad URL parameter, no WebGL2).
      // A problem with the link is told in the link's terms: 'view=' for '--view'.
      if (!Module.peStarted)
        showProblem(problems.length
          ? 'This link cannot be opened: ' + problems.filter(p => !p.startsWith('Try ')).join('\n')
              .replace(/^psoas-explorer: /, '').replace(/--([a-z-]+)/g, '$1=')
          : 'Psoas Explorer stopped (no WebGL2 in this browser?)');
      else
        window.peTest = {
          select: id => Module.ccall('pe_select', 'number', ['string'], [id]) === 1,
          infoText: () => Module.ccall('pe_info_text', 'string', [], []),
          status: () => JSON.parse(Module.ccall('pe_status', 'string', [], [])),
          // Writes the settings now and resolves once they are in the browser's storage.
          flush: () => {
            Module.ccall('pe_persist', null, [], []);
            return syncStorage();
          },
          // The scene without the panels as a base64 PNG ('' when it could not be drawn).
          capture: () => {
            const path = '/tmp/capture.png';
            if (Module.ccall('pe_capture', 'number', ['string'], [path]) !== 1) return '';
            const bytes = FS.readFile(path);
            let text = '';
            for (let i = 0; i < bytes.length; i += 0x8000)
              text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
            return btoa(text);
          },
        };
    },
  };
})();
