"""The browser build in headless Chromium (issue 16), driven over the DevTools protocol.

    browser_check.py SITE DESKTOP_DIR OUT_DIR

DESKTOP_DIR holds the desktop viewer's --capture of each view in COMBINED (and the anterior
view) at the test's window size, as desktop-NAME.png.

Serves SITE (build-web/) on a free local port and opens it in Debian's Chromium (WebGL2 through
SwiftShader). Checks, printing a line per check and the figures:
  - the page loads and draws its first frame; the time from navigation to it is reported;
  - the scene as drawn in the browser (the test hook's capture, the canvas' size, panels left
    out) matches the desktop viewer's --capture of the same view specification and window size,
    for the anterior view and for a link that sets a pose, a cut, ghosting, a selection and
    all attachments at once;
  - the canvas itself (a screenshot of the page) shows the model right of the sidebar;
  - the test hook selects psoas_major_left and the Info panel's text is read back;
  - a lesson URL (?lesson=...&step=3) opens the lesson at that step;
  - a palpation URL (?palpation=press&angle=30) opens the Palpation tab at that step, the
    probe turned 30 degrees reaching the psoas major;
  - a bad URL parameter gives a message naming it, not a blank page;
  - the orbit frame time while the camera turns.
Exit 0 when every check passes, 1 otherwise.
"""
import base64
import http.server
import io
import json
import os
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

import websocket  # Debian: python3-websocket

WIDTH, HEIGHT = 1024, 700
# A link setting several options at once; browser_test.sh gives the desktop viewer the same.
COMBINED = [("view", "left"), ("pose", "hip_flexion_left=45"), ("clip", "sagittal:0.03"),
            ("ghost", "1"), ("select", "psoas_major_left"), ("attachments", "all")]
# Mean absolute difference per channel (0-255) allowed between the browser's and the desktop's
# picture of the same view: both are the same C++ renderer, on SwiftShader and llvmpipe; the
# rasterizers differ in anti-aliasing and rounding at the silhouettes only.
MEAN_TOLERANCE = 4.0
# And at most this share of pixels may differ by more than 48 in any channel.
OUTLIER_SHARE = 0.02


def serve(site):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=site, **kwargs)

        def log_message(self, *args):
            pass

    Handler.extensions_map = dict(Handler.extensions_map, **{".wasm": "application/wasm"})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


class Browser:
    def __init__(self, profile):
        self.process = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--use-angle=swiftshader",
             "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-quic", "--remote-debugging-port=0", f"--user-data-dir={profile}",
             f"--window-size={WIDTH},{HEIGHT}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().count("\n") >= 1:
                break
            time.sleep(0.1)
        port = int(open(port_file).read().split("\n")[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=120)
        self.next_id = 0
        self.console = []
        self.call("Runtime.enable")
        self.call("Page.enable")
        self.call("DOM.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT,
                  deviceScaleFactor=1, mobile=False)

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("method") == "Runtime.exceptionThrown":
                details = message["params"]["exceptionDetails"]
                self.console.append("exception: " + details.get("exception", {}).get(
                    "description", details.get("text", "")))
            if message.get("method") == "Runtime.consoleAPICalled":
                self.console.append(" ".join(str(a.get("value", a.get("description", "")))
                                             for a in message["params"]["args"]))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                value = self.evaluate(expression)
            except RuntimeError:  # the page is still being replaced by a navigation
                value = None
            if value:
                return value
            time.sleep(0.05)
        return None

    def open(self, url=None):
        """Navigates (reloads without a URL) and waits until the new page has replaced the old
        one; the page's own readiness is waited for by the caller."""
        self.evaluate("window.peOldPage = true")
        if url:
            self.call("Page.navigate", url=url)
        else:
            self.call("Page.reload")
        return self.wait_for("!window.peOldPage && document.readyState === 'complete'", 60)

    def close(self):
        self.ws.close()
        self.process.terminate()
        self.process.wait(10)


def decode_png(data):
    """RGBA rows of a PNG (8-bit RGB or RGBA, no interlace): what the app and Chromium write."""
    import struct
    import zlib
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    channels = 4 if colour == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line) if channels == 4 else
                    bytes(v for i in range(width) for v in (*line[i * 3:i * 3 + 3], 255)))
        previous = line
    return width, height, rows


def compare(a, b):
    """Mean absolute RGB difference and the share of pixels differing by more than 48."""
    (wa, ha, ra), (wb, hb, rb) = a, b
    assert (wa, ha) == (wb, hb), f"sizes differ: {wa}x{ha} and {wb}x{hb}"
    total, outliers = 0, 0
    for row_a, row_b in zip(ra, rb):
        for i in range(0, len(row_a), 4):
            d = max(abs(row_a[i + k] - row_b[i + k]) for k in range(3))
            total += sum(abs(row_a[i + k] - row_b[i + k]) for k in range(3))
            outliers += d > 48
    return total / (wa * ha * 3), outliers / (wa * ha)


def main():
    site, desktop_dir, out = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    server, port = serve(site)
    profile = tempfile.mkdtemp(prefix="psoas-chromium-")
    failures = []
    figures = {}

    def check(ok, what):
        print(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            failures.append(what)

    browser = None
    try:
        browser = Browser(profile)
        base = f"http://127.0.0.1:{port}/index.html"
        started = time.time()
        browser.open(base + "?view=anterior")
        shown = browser.wait_for("window.peTest && peTest.status().shown", 60)
        figures["first_frame_s"] = round(time.time() - started, 2)
        check(bool(shown), f"the page draws its first frame ({figures['first_frame_s']} s "
                           "after navigation)")
        if not shown:
            print("page text:", browser.evaluate("document.body.innerText"))
            print("console:", "\n".join(browser.console[-20:]))
            return 1
        status = browser.evaluate("peTest.status()")
        sidebar = status["viewLeft"]
        check(status["model"] == "/assets/lumbopelvic.glb" and status["error"] == "",
              f"the bundled model is open without a problem: {status}")
        browser.wait_for("peTest.status().prepared", 60)

        # The canvas as the page shows it: the model right of the sidebar, panels drawn.
        shot = base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"])
        with open(os.path.join(out, "browser-page.png"), "wb") as f:
            f.write(shot)
        width, height, rows = decode_png(shot)
        row = rows[height // 2]
        bone = sum(1 for x in range(width // 2, width)
                   if min(row[4 * x:4 * x + 3]) > 150 and row[4 * x] > row[4 * x + 2])
        check(bone > 10, f"the page shows the model: {bone} bone-coloured pixels across the "
                         "middle of the view")

        # The browser's picture against the desktop's, for the same view specification.
        def compare_with_desktop(name):
            browser.wait_for("peTest.status().prepared && !peTest.status().moving", 60)
            capture = base64.b64decode(browser.evaluate("peTest.capture()") or "")
            with open(os.path.join(out, f"browser-{name}.png"), "wb") as f:
                f.write(capture)
            desktop = open(os.path.join(desktop_dir, f"desktop-{name}.png"), "rb").read()
            mean, share = compare(decode_png(capture), decode_png(desktop))
            figures[f"{name}_mean_difference"] = round(mean, 2)
            check(mean <= MEAN_TOLERANCE and share <= OUTLIER_SHARE,
                  f"the {name} view matches the desktop's: mean difference {mean:.2f} "
                  f"(at most {MEAN_TOLERANCE}), {share * 100:.2f}% of pixels far off "
                  f"(at most {OUTLIER_SHARE * 100:.0f}%)")

        compare_with_desktop("anterior")

        # The test hook: select, and read the Info panel's text back.
        check(browser.evaluate("peTest.select('psoas_major_left')") is True,
              "the test hook selects psoas_major_left")
        browser.wait_for("peTest.status().selected === 'psoas_major_left'", 10)
        info = browser.evaluate("peTest.infoText()")
        with open(os.path.join(out, "info.txt"), "w") as f:
            f.write(info)
        check(info.startswith("Psoas major") and "Origin" in info and "Sources" in info and
              "Popular claim" in info,
              f"the Info panel's text is read back ({len(info)} characters, "
              f"first line '{info.splitlines()[0] if info else ''}')")
        check(browser.evaluate("peTest.select('no_such_structure')") is False,
              "an unknown id selects nothing")

        # Orbit: drag across the canvas, frame times from the app.
        samples = []
        browser.call("Input.dispatchMouseEvent", type="mousePressed", x=700, y=350,
                     button="left", clickCount=1)
        for i in range(40):
            browser.call("Input.dispatchMouseEvent", type="mouseMoved", x=700 + i * 5, y=350,
                         button="left", buttons=1)
            time.sleep(0.03)
            samples.append(browser.evaluate("peTest.status().frameMs"))
        browser.call("Input.dispatchMouseEvent", type="mouseReleased", x=900, y=350,
                     button="left", clickCount=1)
        samples = sorted(samples[5:])
        figures["orbit_frame_ms_median"] = round(samples[len(samples) // 2], 1)

        # Two fingers: pinching out zooms in, moving both pans (the page's gesture handler); the
        # first finger's press is not a click (the selection stays).
        before = browser.evaluate("peTest.status().distance")
        touch = lambda kind, points: browser.call(
            "Input.dispatchTouchEvent", type=kind,
            touchPoints=[{"x": x, "y": y, "id": i} for i, (x, y) in enumerate(points)])
        touch("touchStart", [(650, 350)])
        touch("touchStart", [(650, 350), (750, 350)])
        for step in range(1, 11):
            touch("touchMove", [(650 - 8 * step, 350), (750 + 8 * step, 350)])
            time.sleep(0.03)
        touch("touchEnd", [])
        browser.wait_for("!peTest.status().moving", 10)
        after = browser.evaluate("peTest.status().distance")
        check(after < before * 0.9, f"pinching out zooms in: camera distance {before:.3f} -> "
                                    f"{after:.3f} m")
        selected = browser.evaluate("peTest.status().selected")
        check(selected == "psoas_major_left",
              f"a pinch leaves the selection as it was: '{selected}'")

        # One finger orbits (the page turns it into the mouse's left button).
        before = browser.evaluate("peTest.status().eye")
        touch("touchStart", [(700, 400)])
        for step in range(1, 11):
            touch("touchMove", [(700 + 12 * step, 400)])
            time.sleep(0.03)
        touch("touchEnd", [])
        browser.wait_for("!peTest.status().moving", 10)
        after = browser.evaluate("peTest.status().eye")
        moved = sum((a - b) ** 2 for a, b in zip(after, before)) ** 0.5
        check(moved > 0.05, f"one finger orbits: the eye moved {moved:.3f} m")

        # The wheel: one notch up zooms in a step toward the cursor, one down zooms out again.
        distances = [browser.evaluate("peTest.status().distance")]
        for delta in (-100, 100):
            browser.call("Input.dispatchMouseEvent", type="mouseWheel", x=700, y=350,
                         deltaX=0, deltaY=delta)
            browser.wait_for("!peTest.status().moving", 10)
            distances.append(browser.evaluate("peTest.status().distance"))
        check(0.5 * distances[0] < distances[1] < 0.98 * distances[0] and
              abs(distances[2] - distances[0]) < 0.02 * distances[0],
              f"a wheel notch zooms one step in, the next one out: distances {distances}")

        # The settings persist in the browser's storage: labels on (L), then a reload.
        browser.call("Input.dispatchKeyEvent", type="keyDown", key="l", code="KeyL",
                     windowsVirtualKeyCode=76, text="l")
        browser.call("Input.dispatchKeyEvent", type="keyUp", key="l", code="KeyL",
                     windowsVirtualKeyCode=76)
        labels = browser.wait_for("peTest.status().labels", 5)
        browser.evaluate("peTest.flush()")  # what the app does every 2 s, awaited here
        browser.open()
        kept = browser.wait_for("window.peTest && peTest.status().shown && peTest.status()", 60)
        check(bool(labels) and bool(kept) and kept["labels"] is True,
              f"a setting changed in the page is kept across a reload: {kept}")
        browser.call("Input.dispatchKeyEvent", type="keyDown", key="l", code="KeyL",
                     windowsVirtualKeyCode=76, text="l")
        browser.call("Input.dispatchKeyEvent", type="keyUp", key="l", code="KeyL",
                     windowsVirtualKeyCode=76)
        browser.wait_for("!peTest.status().labels", 5)

        # A file picked with the page's file input: a lesson (the JSON says what it is) and,
        # where ../shared has the glTF samples, a model.
        document = browser.call("DOM.getDocument")
        node = browser.call("DOM.querySelector", nodeId=document["root"]["nodeId"],
                            selector="#file")["nodeId"]
        browser.call("DOM.setFileInputFiles", nodeId=node,
                     files=[os.path.abspath(os.path.join(site, "assets/lessons/psoas-in-20-minutes.json"))])
        status = browser.wait_for("peTest.status().lesson !== '' && peTest.status()", 20)
        check(bool(status) and status["step"] == 1,
              f"a lesson picked in the page opens at its first step: {status}")
        # Presenter mode from the keyboard (F5): the lesson's text over the model.
        browser.call("Input.dispatchKeyEvent", type="rawKeyDown", key="F5", code="F5",
                     windowsVirtualKeyCode=116)
        browser.call("Input.dispatchKeyEvent", type="keyUp", key="F5", code="F5",
                     windowsVirtualKeyCode=116)
        status = browser.wait_for("peTest.status().presenting && peTest.status()", 10)
        check(bool(status), f"F5 starts presenter mode: {browser.evaluate('peTest.status()')}")
        time.sleep(0.5)
        shot = base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"])
        with open(os.path.join(out, "browser-presenter.png"), "wb") as f:
            f.write(shot)
        # Its text column: large light letters on the dark left third, no panels.
        width, height, rows = decode_png(shot)
        text_pixels = sum(1 for y in range(0, height // 2, 2) for x in range(0, width // 3, 2)
                          if min(rows[y][4 * x:4 * x + 3]) > 200)
        check(text_pixels > 400, f"presenter mode shows the step's text: {text_pixels} light "
                                 "pixels in the text column")

        sample = os.environ.get("BROWSER_TEST_MODEL", "")  # a folder: a .gltf and its .bin
        if sample:
            files = sorted(os.path.join(sample, f) for f in os.listdir(sample)
                           if f.endswith((".gltf", ".bin")))
            gltf = next(os.path.basename(f) for f in files if f.endswith(".gltf"))
            browser.call("DOM.setFileInputFiles", nodeId=node, files=files)
            status = browser.wait_for(
                f"peTest.status().model.endsWith('/{gltf}') && peTest.status()", 30)
            check(bool(status) and status["error"] == "",
                  f"a .gltf picked with its .bin opens: {status}")
        else:
            print("skip  a model picked in the page (no sample model: ../shared is absent)")

        # Options together, from a link: the same picture as the desktop's command line.
        browser.open(base + "?" + urllib.parse.urlencode(COMBINED))
        status = browser.wait_for("window.peTest && peTest.status().shown && peTest.status()", 60)
        check(bool(status) and status["selected"] == "psoas_major_left" and status["error"] == "",
              f"a link with a pose, a cut, ghosting, a selection and attachments opens: {status}")
        if status:
            compare_with_desktop("combined")

        # A HiDPI screen: the canvas has the device's pixels, the panels its scale.
        browser.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT,
                     deviceScaleFactor=2, mobile=False)
        browser.open(base)
        sizes = browser.wait_for("window.peTest && peTest.status().shown && "
                                 "[Module.canvas.width, Module.canvas.height, window.innerWidth]",
                                 60)
        check(bool(sizes) and sizes[0] == 2 * sizes[2] and sizes[1] == 2 * HEIGHT,
              f"on a screen of 2 device pixels per CSS pixel the canvas has them: {sizes}")
        wide = browser.evaluate("peTest.status().viewLeft")
        check(1.9 * sidebar <= wide <= 2.1 * sidebar,
              f"and the sidebar keeps its width on the page: {wide:.0f} device pixels, "
              f"{sidebar:.0f} at 1 pixel per CSS pixel")
        shot = base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"])
        with open(os.path.join(out, "browser-hidpi.png"), "wb") as f:
            f.write(shot)
        browser.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT,
                     deviceScaleFactor=1, mobile=False)

        # A lesson link opens at its step; a bad parameter names itself.
        browser.open(base + "?lesson=assets/lessons/psoas-quiz.json&step=3")
        status = browser.wait_for(
            "window.peTest && peTest.status().shown && peTest.status()", 60)
        check(bool(status) and status["step"] == 3 and status["lesson"] != "",
              f"a lesson URL opens at its step: {status}")
        # A palpation link opens the Palpation tab at its step, the probe aimed as it says.
        browser.open(base + "?palpation=press&angle=30")
        status = browser.wait_for(
            "window.peTest && peTest.status().firstMuscle && peTest.status()", 60)
        check(bool(status) and status["palpationStep"] == 5 and
              status["firstMuscle"] == "psoas_major_left",
              f"a palpation URL opens at its step with its probe: {status}")
        # A tablet's on-screen keyboard: a tap on the Layers search field (where a first start
        # shows it) gives the page's hidden field the focus; text typed there, and a
        # backspace, reach the app.
        tablet = Browser(tempfile.mkdtemp(prefix="psoas-chromium-", dir=profile))
        try:
            tablet.open(base)
            tablet.wait_for("window.peTest && peTest.status().prepared", 60)
            tap = lambda kind, points: tablet.call(
                "Input.dispatchTouchEvent", type=kind,
                touchPoints=[{"x": x, "y": y, "id": 0} for x, y in points])
            tap("touchStart", [(150, 328)])
            tap("touchEnd", [])
            focused = tablet.wait_for("document.activeElement.id === 'keyboard'", 10)
            tablet.call("Input.insertText", text="psoas")
            typed = tablet.wait_for("peTest.status().search === 'psoas' && 'psoas'", 10)
            tablet.evaluate("(() => { const k = document.getElementById('keyboard'); k.value = '';"
                            " k.dispatchEvent(new InputEvent('input', "
                            "{inputType: 'deleteContentBackward'})); })()")
            erased = tablet.wait_for("peTest.status().search === 'psoa' && 'psoa'", 10)
            check(bool(focused) and typed == "psoas" and erased == "psoa",
                  f"an on-screen keyboard types into the app: focus {focused}, typed {typed!r}, "
                  f"after a backspace {erased!r} ({tablet.evaluate('peTest.status().search')!r})")
        finally:
            tablet.close()

        # Links the page refuses, each with the message the page shows.
        for query, expected, what in [
                ("?view=sideways", ["link cannot be opened", "view=", "sideways"],
                 "a bad URL parameter is named"),
                ("?lesson=../secret.json", ["below this page"],
                 "a path outside the site is refused"),
                ("?lesson=%252e%252e/x.json", ["below this page"],
                 "an encoded path outside the site is refused too")]:
            browser.open(base + query)
            text = browser.wait_for(
                "document.getElementById('status').className === 'error' && "
                "document.getElementById('status').textContent", 60)
            check(bool(text) and all(e in text for e in expected), f"{what}: {text!r}")
    finally:
        if browser:
            browser.close()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    with open(os.path.join(out, "figures.json"), "w") as f:
        json.dump(figures, f, indent=1)
    print("figures:", json.dumps(figures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
