#!/usr/bin/env python3
"""A loopback stand-in for Port's API that answers with the pages generate.py pre-rendered.

Routes (docs/port-api.md, src/main/java/io/actionsroi/port/PortApiSource.java):
  POST /v1/auth/access_token                     {"clientId","clientSecret"} -> a bearer token
  POST /v1/blueprints/<bp>/entities/search       {"limit":1000,"from":<cursor>} -> a pre-rendered page
  GET  /v1/blueprints/<bp>/entities-count        {"ok":true,"count":n}

Pages are read from the page files as they are (gzip, as Port sends them to a client that accepts
it), so that serving costs a file read from the page cache: the server is not what is measured.
The search's query and include are not applied: every page holds whole entities, as the export does.

Usage: server.py DATA_DIR PORT_FILE; the client id is "bench", the secret is taken from the
environment variable BENCH_CLIENT_SECRET. The port bound (on 127.0.0.1) is written to PORT_FILE.
"""
import base64
import gzip
import json
import os
import re
import secrets
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SEARCH = re.compile(r"^/v1/blueprints/([^/]+)/entities/search$")
COUNT = re.compile(r"^/v1/blueprints/([^/]+)/entities-count$")
PAGE_SIZE = 1000


class PortLike(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the job's HttpClient reuses one connection
    # Headers and body go out in two writes: without this, Nagle's algorithm and the client's
    # delayed ACK would hold the end of every page for tens of milliseconds.
    disable_nagle_algorithm = True
    data = counts = secret = token = None

    def do_POST(self):
        try:
            request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        except ValueError:
            return self.error(400, "invalid_body", "The body is not JSON")
        if self.path == "/v1/auth/access_token":
            if request.get("clientId") != "bench" or request.get("clientSecret") != self.secret:
                return self.error(401, "invalid_credentials", "Wrong client id or secret")
            return self.answer(json.dumps({"ok": True, "accessToken": self.token, "expiresIn": 10800,
                                           "tokenType": "Bearer"}).encode())
        search = SEARCH.match(self.path)
        if not search:
            return self.error(404, "not_found", "No route " + self.path)
        if not self.authorized():
            return None
        blueprint = search.group(1)
        if request.get("limit") != PAGE_SIZE:
            return self.error(400, "bad_limit", "The pages were rendered for limit %d" % PAGE_SIZE)
        page = 0
        if request.get("from") is not None:
            try:
                page = json.loads(base64.urlsafe_b64decode(request["from"]))["page"]
            except (ValueError, KeyError, TypeError):
                return self.error(400, "bad_cursor", "Unknown cursor")
        try:
            with open(os.path.join(self.data, "pages", blueprint, "%d.gz" % page), "rb") as f:
                body = f.read()
        except FileNotFoundError:
            return self.error(404, "blueprint_not_found", "No blueprint " + blueprint)
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            return self.answer(body, gzipped=True)
        return self.answer(gzip.decompress(body))

    def do_GET(self):
        count = COUNT.match(self.path)
        if not count:
            return self.error(404, "not_found", "No route " + self.path)
        if not self.authorized():
            return None
        if count.group(1) not in self.counts:
            return self.error(404, "blueprint_not_found", "No blueprint " + count.group(1))
        return self.answer(json.dumps({"ok": True, "count": self.counts[count.group(1)]}).encode())

    def authorized(self):
        if self.headers.get("Authorization") != "Bearer " + self.token:
            self.error(401, "unauthorized", "Missing or wrong token")
            return False
        return True

    def answer(self, body, status=200, gzipped=False):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Trace-Id", "bench-" + secrets.token_hex(4))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        self.wfile.write(body)

    def error(self, status, error, message):
        self.answer(json.dumps({"ok": False, "error": error, "message": message}).encode(), status)

    def log_message(self, *args):  # no line per request
        pass


def main():
    data, port_file = sys.argv[1], sys.argv[2]
    PortLike.data = data
    with open(os.path.join(data, "counts.json")) as f:
        PortLike.counts = json.load(f)
    PortLike.secret = os.environ["BENCH_CLIENT_SECRET"]
    PortLike.token = secrets.token_urlsafe(32)
    server = ThreadingHTTPServer(("127.0.0.1", 0), PortLike)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)  # the script waits for this file: write it whole
    server.serve_forever()


if __name__ == "__main__":
    main()
