#!/usr/bin/env python3
"""A loopback stand-in for Port's API that answers with the pages generate.py pre-rendered.

Routes (docs/port-api.md, src/main/java/io/actionsroi/port/PortApiSource.java):
  POST /v1/auth/access_token                     {"clientId","clientSecret"} -> a bearer token
  POST /v1/blueprints/<bp>/entities/search       {"limit":1000,"from":<cursor>} -> a pre-rendered page
  GET  /v1/blueprints/<bp>/entities-count        {"ok":true,"count":n}

Pages are read from the page files as they are (gzip, as Port sends them to a client that accepts
it), so that serving costs a file read from the page cache: the server is not what is measured.
The search's include is not applied: every page holds whole entities, as the export does. Its rules
on $createdAt are, as Port applies them: ">=" and "<" (the job's concurrent ranges, see
port.read-concurrency). The entities are generated oldest first, so a range is a run of pages: those
wholly inside it are served as they are, and the one or two it cuts are filtered and sent without
compression (compressing them again would cost the server more than the job); a range that ends in
the page after the one it starts in, with no more than a page of runs, is answered at once, as Port
answers a query's first page of matches in one request. The creation times of
every page are indexed once per data set (pages/<bp>/created.json).

Usage: server.py [--latency-ms N] DATA_DIR PORT_FILE; the client id is "bench", the secret is taken
from the environment variable BENCH_CLIENT_SECRET. The port bound (on 127.0.0.1) is written to
PORT_FILE. --latency-ms: wait N ms before every answer, as a Port far away makes a client wait.
"""
import argparse
import base64
import bisect
import datetime as dt
import gzip
import json
import os
import re
import secrets
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from generate import cursor

SEARCH = re.compile(r"^/v1/blueprints/([^/]+)/entities/search$")
COUNT = re.compile(r"^/v1/blueprints/([^/]+)/entities-count$")
PAGE_SIZE = 1000
CREATED_AT = re.compile(rb'"createdAt":"([^"]+)"')
# Entities are one line each, joined by commas, each starting with its identifier (generate.py).
ENTITY_START = b',{"identifier"'


def port_time(value):
    """A rule's time as generate.py writes createdAt (2026-09-30T08:15:02.123Z), which then sorts as text."""
    at = dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(dt.timezone.utc)
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (at.microsecond // 1000)


def index_created(data, blueprint):
    """The createdAt of every entity, page by page, read once from the pages and kept beside them."""
    pages = os.path.join(data, "pages", blueprint)
    index = os.path.join(pages, "created.json")
    if os.path.exists(index):
        with open(index) as f:
            return json.load(f)
    created, page = [], 0
    while os.path.exists(os.path.join(pages, "%d.gz" % page)):
        with open(os.path.join(pages, "%d.gz" % page), "rb") as f:
            created.append([c.decode() for c in CREATED_AT.findall(gzip.decompress(f.read()))])
        page += 1
    times = [at for one in created for at in one]
    if any(times[i] > times[i + 1] for i in range(len(times) - 1)):
        raise SystemExit("the entities of %s are not oldest first: ranges of $createdAt cannot be served" % blueprint)
    with open(index + ".tmp", "w") as f:
        json.dump(created, f)
    os.rename(index + ".tmp", index)
    return created


class PortLike(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the job's HttpClient reuses one connection
    # Headers and body go out in two writes: without this, Nagle's algorithm and the client's
    # delayed ACK would hold the end of every page for tens of milliseconds.
    disable_nagle_algorithm = True
    data = counts = secret = token = created = None
    latency = 0.0

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
        try:
            low, high = self.created_range(request)
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            return self.error(400, "bad_query", "Unsupported query: %s" % e)
        page = 0
        if request.get("from") is not None:
            try:
                page = json.loads(base64.urlsafe_b64decode(request["from"]))["page"]
            except (ValueError, KeyError, TypeError):
                return self.error(400, "bad_cursor", "Unknown cursor")
        if blueprint not in self.created:
            return self.error(404, "blueprint_not_found", "No blueprint " + blueprint)
        created = self.created[blueprint]
        if low is not None or high is not None:
            return self.ranged_page(blueprint, created, low, high, request.get("from") is not None, page)
        return self.answer_page(blueprint, page)

    def created_range(self, request):
        """The $createdAt rules' ends, [low, high), None when open."""
        low = high = None
        for rule in request.get("query", {}).get("rules", []):
            if rule["property"] != "$createdAt" or rule["operator"] not in (">=", "<"):
                raise ValueError("only $createdAt >= and < are served, not %s" % json.dumps(rule))
            if rule["operator"] == ">=":
                low = port_time(rule["value"])
            else:
                high = port_time(rule["value"])
        return low, high

    def ranged_page(self, blueprint, created, low, high, followed, page):
        """An answer of the range: a page wholly inside it as it is; else the range's part of the page,
        with the next page's when the range ends there and both fit in one answer, as Port answers a
        query's first PAGE_SIZE matches in one (a range smaller than a page costs one request)."""
        inside = [p for p in range(len(created)) if created[p] and (low is None or created[p][-1] >= low)
                  and (high is None or created[p][0] < high)]
        if not followed:
            if not inside:
                return self.answer_json(b'{"ok":true,"entities":[]}')
            page = inside[0]
        if page not in inside:
            return self.error(400, "bad_cursor", "The cursor is not of this query")

        def bounds(p):
            return (0 if low is None else bisect.bisect_left(created[p], low),
                    len(created[p]) if high is None else bisect.bisect_left(created[p], high))

        last = page == inside[-1]
        first, end = bounds(page)
        # a page wholly inside is served as it is when its own next is right: the next page, or none at the end
        if first == 0 and end == len(created[page]) and (not last or page == len(created) - 1):
            return self.answer_page(blueprint, page)
        chosen = self.entities(blueprint, page)[first:end]
        nxt = b""
        if not last:
            if page + 1 == inside[-1] and len(chosen) + bounds(page + 1)[1] <= PAGE_SIZE:
                chosen += self.entities(blueprint, page + 1)[:bounds(page + 1)[1]]
            else:
                nxt = b',"next":"' + cursor(blueprint, page + 1).encode() + b'"'
        return self.answer_json(b'{"ok":true,"entities":[' + b",".join(chosen) + b"]" + nxt + b"}")

    def entities(self, blueprint, page):
        with open(os.path.join(self.data, "pages", blueprint, "%d.gz" % page), "rb") as f:
            text = gzip.decompress(f.read())
        entities = text[text.index(b"[") + 1:text.rindex(b"]")].split(ENTITY_START)
        return [e if i == 0 else b'{"identifier"' + e for i, e in enumerate(entities)]

    def answer_page(self, blueprint, page):
        try:
            with open(os.path.join(self.data, "pages", blueprint, "%d.gz" % page), "rb") as f:
                body = f.read()
        except FileNotFoundError:
            return self.error(400, "bad_cursor", "No page %d of %s" % (page, blueprint))
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            return self.answer(body, gzipped=True)
        return self.answer(gzip.decompress(body))

    def answer_json(self, body):
        # Not compressed again: on 2 cores that would make the server, not the job, what is measured.
        return self.answer(body)

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
        if self.latency:
            time.sleep(self.latency)  # a far-away Port: the request's way there and the answer's back
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("data")
    parser.add_argument("port_file")
    args = parser.parse_args()
    data, port_file = args.data, args.port_file
    PortLike.data = data
    PortLike.latency = args.latency_ms / 1000
    with open(os.path.join(data, "counts.json")) as f:
        PortLike.counts = json.load(f)
    PortLike.created = {blueprint: index_created(data, blueprint) for blueprint in PortLike.counts}
    PortLike.secret = os.environ["BENCH_CLIENT_SECRET"]
    PortLike.token = secrets.token_urlsafe(32)
    server = ThreadingHTTPServer(("127.0.0.1", 0), PortLike)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)  # the script waits for this file: write it whole
    server.serve_forever()


if __name__ == "__main__":
    main()
