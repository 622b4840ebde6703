"""Serve the patient page and the staff console on 127.0.0.1, with the widget from node_modules.

Everything is local: no CDN at run time. /config.json tells the pages where Rasa is.
"""
from __future__ import annotations

import argparse
import json
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
VENDOR = {"/vendor/webchat.js": ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"}


class Handler(SimpleHTTPRequestHandler):
    rasa_url = "http://127.0.0.1:5005"

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == "/config.json":
            body = json.dumps({"rasa": self.rasa_url}).encode()
            return self._send(200, "application/json", body)
        if path in VENDOR:
            file = VENDOR[path]
            if not file.exists():
                return self._send(404, "text/plain", b"widget not installed: run make install")
            return self._send(200, "application/javascript", file.read_bytes())
        return super().do_GET()

    def _send(self, status, ctype, body):
        self.send_response(status)
        self.send_header("Content-Type", ctype + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        pass


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
