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
                         'only', 'select', 'clip', 'pose', 'attachments', 'step'];
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
    const clean = url.replace(/^\.\//, '');
    if (clean === '' || clean.startsWith('/') || clean.split('/').includes('..') ||
        /^[a-z]+:/i.test(clean))
      throw new Error(`'${url}' must be a path below this page's folder, like lessons/x.json`);
    return '/' + clean;
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
    args.push('--size', `${window.innerWidth}x${window.innerHeight}`);
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
    const main = paths.filter(p => /\.(glb|gltf|json)$/i.test(p));
    for (const path of (main.length ? main : paths)) Module.ccall('pe_open', null, ['string'], [path]);
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

  // Two fingers pinch to zoom and pan; one finger reaches GLFW as the mouse (it orbits, a tap
  // picks). Events with two fingers are kept from GLFW, so they do not orbit as well.
  function gesture(e, started) {
    if (e.touches.length < 2) {
      if (started === null) Module.ccall('pe_touch', null, ['number', 'number', 'number', 'number', 'number'],
                                         [e.touches.length, 0, 0, 0, 1]);
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    const r = canvas.getBoundingClientRect();
    const a = e.touches[0], b = e.touches[1];
    const x = (a.clientX + b.clientX) / 2 - r.left, y = (a.clientY + b.clientY) / 2 - r.top;
    const spread = Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);
    Module.ccall('pe_touch', null, ['number', 'number', 'number', 'number', 'number'],
                 [e.touches.length, x, y, spread, started ? 1 : 0]);
  }
  window.addEventListener('touchstart', e => gesture(e, true), {capture: true, passive: false});
  window.addEventListener('touchmove', e => gesture(e, false), {capture: true, passive: false});
  window.addEventListener('touchend', e => gesture(e, null), {capture: true, passive: false});

  window.addEventListener('resize', () => {
    if (Module.peStarted) Module.setCanvasSize(window.innerWidth, window.innerHeight);
  });
  // The settings are written as they change; a closing tab writes what is left.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && Module.peStarted) Module.ccall('pe_persist', null, [], []);
  });

  window.Module = {
    canvas: canvas,
    print: text => console.log(text),
    printErr: text => {
      console.warn(text);
      problems.push(text);
    },
    // The app asks for the browser's file picker (File > Open, Ctrl+O).
    pePickFile: () => picker.click(),
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
        if (err) console.warn('psoas-explorer: settings not read: ' + err);
        Module.peStorageReady = true;
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
      if (!Module.peStarted)
        showProblem(problems.join('\n') || 'Psoas Explorer stopped (no WebGL2 in this browser?)');
      else
        window.peTest = {
          select: id => Module.ccall('pe_select', 'number', ['string'], [id]) === 1,
          infoText: () => Module.ccall('pe_info_text', 'string', [], []),
          status: () => JSON.parse(Module.ccall('pe_status', 'string', [], [])),
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
