"""Serve the patient page and the staff console on 127.0.0.1, with the widget from node_modules.

Everything is local: no CDN at run time. /config.json tells the pages where Rasa is.

- /vendor/webchat.js is node_modules/rasa-webchat/lib/index.js with its Google Fonts
  @import removed (the widget would otherwise fetch fonts from fonts.googleapis.com).
- Every page is sent with a Content-Security-Policy that only allows this server
  and the Rasa server (HTTP and WebSocket), so nothing else can be loaded by mistake.
"""
from __future__ import annotations

import argparse
import json
import re
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
VENDOR = {"/vendor/webchat.js": ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"}
# The widget's CSS modules start with @import url(https://fonts.googleapis.com/...): drop them.
_REMOTE_IMPORT = re.compile(r"@import url\(https?://[^)]*\);")


def vendor_body(file: Path) -> bytes:
    return _REMOTE_IMPORT.sub("", file.read_text(encoding="utf-8")).encode("utf-8")


def csp(rasa_url: str) -> str:
    parts = urlsplit(rasa_url)
    http = f"{parts.scheme}://{parts.netloc}"
    ws = ("wss" if parts.scheme == "https" else "ws") + f"://{parts.netloc}"
    return ("default-src 'self'; "
            f"connect-src 'self' {http} {ws}; "
            "style-src 'self' 'unsafe-inline'; "   # the widget injects its own <style> tags
            "img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


class Handler(SimpleHTTPRequestHandler):
    rasa_url = "http://127.0.0.1:5005"
    _vendor_cache: dict = {}

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == "/config.json":
            body = json.dumps({"rasa": self.rasa_url, "socket_path": "/socket.io/"}).encode()
            return self._send(200, "application/json", body)
        if path in VENDOR:
            file = VENDOR[path]
            if not file.exists():
                return self._send(404, "text/plain", b"widget not installed: run make install")
            if path not in self._vendor_cache:
                self._vendor_cache[path] = vendor_body(file)
            return self._send(200, "application/javascript", self._vendor_cache[path])
        return super().do_GET()

    def end_headers(self):
        self.send_header("Content-Security-Policy", csp(self.rasa_url))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()

    def _send(self, status, ctype, body):
        self.send_response(status)
        self.send_header("Content-Type", ctype + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        pass


Handler.extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                          ".js": "application/javascript; charset=utf-8",
                          ".css": "text/css; charset=utf-8",
                          ".html": "text/html; charset=utf-8"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--rasa", default="http://127.0.0.1:5005")
    args = parser.parse_args()
    Handler.rasa_url = args.rasa
    server = ThreadingHTTPServer(("127.0.0.1", args.port), partial(Handler, directory=str(WEB)))
    print(f"web on http://127.0.0.1:{args.port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
