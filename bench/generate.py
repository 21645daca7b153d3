#!/usr/bin/env python3
"""Generates a deterministic synthetic Port export for the benchmark (stdlib only).

Writes into OUT:
  export/<blueprint>.json   one JSON array per blueprint, as Port's entity search returns them
                            (actions_categories, action, _team, _user, action_run): what
                            --port.export-dir and the jq aggregation read;
  pages/<blueprint>/<i>.gz  the same entities as gzip-compressed search answers of PAGE_SIZE,
                            {"ok":true,"entities":[...],"next":"<cursor>"}: what server.py serves;
  counts.json               entities per blueprint, for the entities-count route.

The runs have the property set of the demo export's action_run entities (demo/port-export), and
follow docs/roi-model.md: duration, cycle_time and waiting_for_approval_duration only on SUCCESS
runs. Every run is created in the year before the as-of instant (the start of the day after
--report-date, UTC), so none is left out for its time. Some runs are orphans (their parent action
was deleted, or the relation is empty), which the figures leave out. Nothing else is wrong with the
data, so a plain jq aggregation must find the job's figures.

The same seed gives the same bytes (Python 3.9 or later). Runs are formatted from a template rather
than with json.dumps: every value written is plain ASCII without quotes or backslashes, and this is
what keeps 1,000,000 runs under a minute (about 25 s of CPU).
"""
import argparse
import base64
import datetime as dt
import gzip
import json
import os
import random
import shutil

PAGE_SIZE = 1000
# Port's search answers are gzip-compressed; level 6 is what web servers use by default.
GZIP_LEVEL = 6

CATEGORIES = ["Infrastructure", "Data", "Security", "Developer Experience", "Observability",
              "Access Management", "CI/CD", "Cost Management"]
TEAMS = ["Platform", "Payments", "Search", "Growth", "Data Platform", "Mobile", "Web", "Identity",
         "SRE", "Security", "Checkout", "Billing", "Analytics", "ML Platform", "Support Tools"]
GROUPS = ["Engineering", "Product", "Data", "Operations", "Business"]
VERBS = ["Create", "Delete", "Rotate", "Scale", "Provision", "Deploy", "Restart", "Grant", "Revoke",
         "Promote", "Rollback", "Archive", "Resize", "Snapshot", "Onboard", "Sync", "Scaffold", "Audit"]
NOUNS = ["S3 bucket", "Postgres database", "Kafka topic", "Kubernetes namespace", "sandbox account",
         "feature flag", "secrets", "DNS record", "CDN cache", "Redis cluster", "service", "IAM role",
         "VPN access", "GitHub repository", "Grafana dashboard", "PagerDuty schedule", "ECR repository",
         "load balancer", "cron job", "staging environment"]
FIRST = ["ana", "ben", "carla", "dev", "eli", "fatima", "george", "hana", "ivan", "julia", "kofi",
         "lena", "marco", "nina", "omar", "priya", "quinn", "rosa", "sam", "tomas", "uma", "viktor",
         "wei", "xenia", "yusuf", "zoe"]
LAST = ["adams", "berg", "costa", "dubois", "eriksen", "fischer", "garcia", "haddad", "ito", "jensen",
        "kowalski", "larsen", "moreau", "novak", "okafor", "petrov", "quintana", "rossi", "silva",
        "tanaka", "ueda", "vargas", "weber", "xu", "yilmaz", "zimmer"]
# status, weight (per mille)
STATUSES = [("SUCCESS", 760), ("FAILURE", 120), ("DECLINED", 50), ("IN_PROGRESS", 35),
            ("WAITING_FOR_APPROVAL", 35)]
ORPHANS_PER_MILLION = 500

RUN = ('{"identifier":"%(id)s","title":"%(id)s","icon":null,"blueprint":"action_run","team":[],'
       '"properties":{"status":"%(status)s","created_at":"%(created)s","run_id":"%(id)s",'
       '"run_url":"https://app.port.io/organization/run?runId=%(id)s","updated_at":"%(updated)s",'
       '%(timings)s"ran_by":"%(user)s","team_2":%(teams)s,"user_group":%(groups)s,'
       '"category":"%(category)s","lead_time_before":%(lead)s,"cycle_time_before":%(cycle)s,'
       '"action":"%(action_title)s"},'
       '"relations":{"parent_action":%(parent)s,"ran_by_actual_user":"%(user)s"},'
       '"createdAt":"%(meta_created)s","createdBy":"automation","updatedAt":"%(updated)s",'
       '"updatedBy":"automation"}')


def slug(text):
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")


def entity(blueprint, identifier, title, created, properties=None, relations=None, team=None):
    return json.dumps({"identifier": identifier, "title": title, "icon": None, "blueprint": blueprint,
                       "team": team or [], "properties": properties or {}, "relations": relations or {},
                       "createdAt": created, "createdBy": "automation", "updatedAt": created,
                       "updatedBy": "automation"}, separators=(",", ":"))


class Clock:
    """Formats epoch milliseconds as Port does (2026-09-30T08:15:02.123Z), fast: the date part
    comes from a table of the days covered."""

    def __init__(self, first_ms, last_ms):
        self.first_day = first_ms // 86_400_000
        days = last_ms // 86_400_000 - self.first_day + 2
        epoch = dt.date(1970, 1, 1)
        self.days = [(epoch + dt.timedelta(days=self.first_day + d)).isoformat() + "T" for d in range(days)]

    def iso(self, ms):
        day, ms = divmod(ms, 86_400_000)
        seconds, millis = divmod(ms, 1000)
        minutes, s = divmod(seconds, 60)
        h, m = divmod(minutes, 60)
        return "%s%02d:%02d:%02d.%03dZ" % (self.days[day - self.first_day], h, m, s, millis)


def reference_data(rng, action_count, created, team_count=None):
    """The categories, teams, users and actions. Without team_count, the 15 teams of TEAMS and 400
    users; with it, that many teams (team_001, ...) and four users a team (at least 400), for the team
    reports' benchmark."""
    categories = [(slug(title), title) for title in CATEGORIES]
    titles = TEAMS if team_count is None else ["Team %03d" % (i + 1) for i in range(team_count)]
    teams = [(slug(title), title, GROUPS[i % len(GROUPS)]) for i, title in enumerate(titles)]
    users = []
    for i in range(400 if team_count is None else max(400, 4 * team_count)):
        email = "%s.%s%d@acme-corp.example" % (FIRST[i % 26], LAST[(i * 7) % 26], i)
        # most users in one team, some in two, a few in none (their runs count under "No Team")
        k = rng.choices([0, 1, 2], weights=[3, 80, 17])[0]
        users.append((email, rng.sample(teams, k)))
    actions, seen = [], set()
    while len(actions) < action_count:
        title = "%s %s" % (rng.choice(VERBS), rng.choice(NOUNS))
        if len(seen) >= len(VERBS) * len(NOUNS) or title in seen:
            title = "%s %d" % (title, len(actions))
        seen.add(title)
        lead = rng.choice([1, 2, 4, 8, 16, 24, 48, 72, 120])
        actions.append({"id": slug(title), "title": title, "category": rng.choice(categories),
                        "lead": lead, "cycle": round(lead * rng.choice([0.1, 0.2, 0.25, 0.5]), 3),
                        "criticality": rng.choice(["Tier 1", "Tier 2", "Tier 3"]),
                        "approval": rng.random() < 0.3, "weight": rng.paretovariate(1.2)})
    blueprints = {
        "actions_categories": [entity("actions_categories", c, t, created) for c, t in categories],
        "_team": [entity("_team", c, t, created, relations={"group": slug(g)}) for c, t, g in teams],
        "_user": [entity("_user", e, e.split("@")[0].replace(".", " ").title(), created,
                         team=[t[0] for t in ts]) for e, ts in users],
        "action": [entity("action", a["id"], a["title"], created,
                          properties={"lead_time_before": a["lead"], "cycle_time": a["cycle"],
                                      "description": "Self-service: " + a["title"],
                                      "criticality": a["criticality"]},
                          relations={"category": a["category"][0]}) for a in actions],
    }
    return blueprints, actions, users


def runs(rng, count, actions, users, as_of_ms, clock):
    """Yields the run entities, oldest first, spread evenly over the year before as_of_ms."""
    span = 365 * 86_400_000
    start = as_of_ms - span
    cumulative, total = [], 0.0
    for a in actions:
        total += a["weight"]
        cumulative.append(total)
    statuses = [s for s, w in STATUSES for _ in range(w)]
    user_json = [(email, json.dumps([t[0] for t in ts]), json.dumps(sorted({t[2] for t in ts})))
                 for email, ts in users]
    rand, choice, randbytes, expovariate = rng.random, rng.choice, rng.randbytes, rng.expovariate
    # Port records a run a moment after it starts; kept in order, as Port serves its search by $createdAt
    # (the server's ranges need it), even where two runs start less than that moment apart.
    meta_created = 0
    for i in range(count):
        created = start + int((i + rand()) * span / count)
        action = rng.choices(actions, cum_weights=cumulative)[0]
        status = choice(statuses)
        run_id = "r_" + base64.b64encode(randbytes(12)).translate(bytes.maketrans(b"+/", b"xZ")).decode()
        user, teams, groups = choice(user_json)
        if status == "SUCCESS":
            duration = 5 + expovariate(1 / 600)  # seconds; a few minutes mostly, some an hour
            waiting = expovariate(1 / 3600) if action["approval"] else 0.0
            timings = '"duration":%.3f,"cycle_time":%.3f,' % (duration + waiting, duration)
            if waiting:
                timings += '"waiting_for_approval_duration":%.3f,' % waiting
            ended = created + int((duration + waiting) * 1000)
        else:
            timings = ""
            ended = created + int(expovariate(1 / 300) * 1000)
        meta_created = max(meta_created, created + 150 + int(rand() * 2000))
        parent = '"%s"' % action["id"]
        if rand() * 1_000_000 < ORPHANS_PER_MILLION:
            parent = choice(['"deleted_action_%d"' % (i % 7), "null"])
        yield RUN % {"id": run_id, "status": status, "created": clock.iso(created),
                     "updated": clock.iso(ended), "timings": timings, "user": user,
                     "teams": teams, "groups": groups, "category": action["category"][1],
                     "lead": action["lead"], "cycle": action["cycle"], "action_title": action["title"],
                     "parent": parent, "meta_created": clock.iso(meta_created)}


def cursor(blueprint, page):
    """An opaque cursor, as long as Port's, which the server decodes back into the page number."""
    return base64.urlsafe_b64encode(json.dumps({"blueprint": blueprint, "page": page,
                                                "sort": "createdAt", "pad": "x" * 40}).encode()).decode()


class Writer:
    """Writes one blueprint's entities as the export array and as gzip-compressed search pages."""

    def __init__(self, out, blueprint):
        self.blueprint = blueprint
        self.export = open(os.path.join(out, "export", blueprint + ".json"), "w", encoding="ascii")
        self.export.write("[")
        self.pages = os.path.join(out, "pages", blueprint)
        os.makedirs(self.pages)
        self.page, self.count, self.page_count = [], 0, 0

    def add(self, text):
        self.export.write(",\n" if self.count else "\n")
        self.export.write(text)
        self.count += 1
        if len(self.page) == PAGE_SIZE:  # a full page gets a next only once more entities come
            self.flush(last=False)
        self.page.append(text)

    def flush(self, last):
        nxt = "" if last else ',"next":"%s"' % cursor(self.blueprint, self.page_count + 1)
        body = '{"ok":true,"entities":[%s]%s}' % (",".join(self.page), nxt)
        with open(os.path.join(self.pages, "%d.gz" % self.page_count), "wb") as f:
            f.write(gzip.compress(body.encode("ascii"), GZIP_LEVEL, mtime=0))
        self.page, self.page_count = [], self.page_count + 1

    def close(self):
        self.flush(last=True)  # the last page, without next
        self.export.write("\n]\n")
        self.export.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--actions", type=int, default=200)
    parser.add_argument("--teams", type=int, help="that many teams instead of the 15 named ones")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--report-date", default="2026-09-30")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    day_after = dt.date.fromisoformat(args.report_date) + dt.timedelta(days=1)
    as_of_ms = (day_after - dt.date(1970, 1, 1)).days * 86_400_000
    clock = Clock(as_of_ms - 400 * 86_400_000, as_of_ms + 366 * 86_400_000)
    created = clock.iso(as_of_ms - 400 * 86_400_000)

    tmp = args.out + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "export"))
    blueprints, actions, users = reference_data(rng, args.actions, created, args.teams)
    blueprints["action_run"] = runs(rng, args.runs, actions, users, as_of_ms, clock)
    counts = {}
    for blueprint, entities in blueprints.items():
        writer = Writer(tmp, blueprint)
        for text in entities:
            writer.add(text)
        writer.close()
        counts[blueprint] = writer.count
    with open(os.path.join(tmp, "counts.json"), "w") as f:
        json.dump(counts, f)
    os.rename(tmp, args.out)  # complete or absent: an interrupted run leaves only the .tmp
    print("generated %s" % ", ".join("%d %s" % (n, b) for b, n in counts.items()))


if __name__ == "__main__":
    main()
