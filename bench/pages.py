"""Page benchmark: Werkplek's page types against a plain Wagtail page.

Run it beside a throwaway PostgreSQL (``make bench`` does this)::

    scripts/with-services .venv/bin/python bench/pages.py --people 8000
    make bench BENCH_ARGS="--people 8000 --duration 10"

What it does, in order:

1. migrates the database in DATABASE_URL and seeds it with
   ``manage.py seed_demo --people N --seed S`` (``cms.settings.dev`` with
   ``DEBUG=false``; media go to MEDIA_ROOT if it is set, otherwise to a
   temporary directory that is removed at the end), then runs ``VACUUM
   ANALYZE`` so the planner has statistics;
2. publishes a plain ``wagtail.models.Page`` ("bench-plain") under the home
   page, and picks a nested theme page with a body, the newest news item with
   an image, the profile of the person with a photo and the most reports, and
   the people directory;
3. serves each page in-process (Django's test client, signed in as the same
   user) to count its SQL queries and time its Python CPU work;
4. serves the site with gunicorn on a free loopback port, signs in as the
   seeded ``medewerker`` account, warms every URL up (renditions are made on
   the first request) and loads each one with ``wrk``: one connection for
   latency (mean, p50, p90, p99), then ``--connections`` for requests/s;
   every page once per round, ``--rounds`` times, medians reported (a
   change in the machine's load then touches all pages alike);
5. prints the machine, the data size and a Markdown table with each page's
   ratio to the plain page and whether it meets the targets (p50 and req/s
   within 1.5x of the plain page; home p50 under 50 ms).

gunicorn is always stopped at the end. Without ``wrk`` (Debian package, installed
through ``scripts/system-packages`` when missing) a small Python client measures
instead, which is slower and says so.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
PLAIN_SLUG = "bench-plain"
TARGET_RATIO = 1.5
HOME_P50_TARGET_MS = 50.0


@dataclass
class Target:
    """One page under test: its label, URL path and what was measured."""

    label: str
    path: str
    note: str = ""
    queries: int | None = None
    sql_ms: float | None = None
    cpu_ms: float | None = None
    drawn_queries: int | None = None
    drawn_cpu_ms: float | None = None
    size: int | None = None
    latency: dict[str, float] = field(default_factory=dict)
    rps: float | None = None
    # Sent with this URL only, over the headers every URL gets (bench/api.py
    # loads URLs with different API tokens).
    headers: dict[str, str] = field(default_factory=dict)
    # The figures of each round, before the medians are taken.
    round_latency: list[dict[str, float]] = field(default_factory=list)
    round_rps: list[float] = field(default_factory=list)


def add_load_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options every gunicorn + wrk benchmark shares (bench/groups.py)."""
    parser.add_argument("--seed", type=int, default=2026, help="seed_demo's seed")
    parser.add_argument(
        "--duration", type=int, default=10, help="seconds of load per URL and run"
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="repeat all pages; medians are kept"
    )
    parser.add_argument(
        "--connections", type=int, default=8, help="connections for the req/s run"
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--username", default="medewerker", help="account to use")
    parser.add_argument(
        "--password", default="werkplek-demo", help="password of --username"
    )
    parser.add_argument(
        "--skip-seed", action="store_true", help="use the database as it is"
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a target is missed"
    )
    parser.add_argument(
        "--in-process-requests",
        type=int,
        default=20,
        help="requests per page for the in-process CPU time",
    )
    parser.add_argument(
        "--setup-timeout",
        type=int,
        default=1800,
        help="seconds allowed for migrate and for seed_demo each",
    )


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=800, help="people to seed")
    parser.add_argument(
        "--profile", default="", help="username whose profile to load (default: picked)"
    )
    add_load_arguments(parser)
    return parser.parse_args(argv)


def configure_environment(
    media_root: str, settings: str = "cms.settings.dev"
) -> dict[str, str]:
    """Set (and return) the environment shared by this process and gunicorn."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit(
            "DATABASE_URL must point at PostgreSQL; run through "
            "scripts/with-services (make bench)."
        )
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": settings,
            "DEBUG": "false",
            "ALLOWED_HOSTS": HOST,
            "MEDIA_ROOT": os.environ.get("MEDIA_ROOT") or media_root,
            "LOG_LEVEL": "WARNING",
        }
    )
    return dict(os.environ)


def manage(args: list[str], env: dict[str, str], timeout: int) -> None:
    """Run a manage.py command, streaming its output."""
    print(f"$ manage.py {' '.join(args)}", flush=True)
    command = [sys.executable, str(REPO / "manage.py"), *args]
    subprocess.run(command, env=env, cwd=REPO, check=True, timeout=timeout)


def prepare_database(args: argparse.Namespace, env: dict[str, str]) -> None:
    """Migrate and seed the database."""
    manage(["migrate", "--no-input", "--verbosity=0"], env, args.setup_timeout)
    if args.skip_seed:
        return
    seed_command = REPO / "home" / "management" / "commands" / "seed_demo.py"
    if not seed_command.exists():
        sys.exit("home/management/commands/seed_demo.py is missing; cannot seed.")
    seed_args = ["seed_demo", "--people", str(args.people), "--seed", str(args.seed)]
    seed_args += ["--password", args.password]
    started = time.monotonic()
    manage(seed_args, env, args.setup_timeout)
    print(f"seeded in {time.monotonic() - started:.0f} s", flush=True)


def set_up(
    args: argparse.Namespace, media_root: str, settings: str = "cms.settings.dev"
) -> dict[str, str]:
    """Configure the environment, migrate and seed, then set Django up in this
    process; return the environment for gunicorn."""
    env = configure_environment(media_root, settings)
    prepare_database(args, env)
    import django

    # The project before bench/ on sys.path: bench/groups.py and
    # bench/search.py must not stand in for the apps of the same name.
    sys.path.insert(0, str(REPO))
    django.setup()
    return env


def analyze_database() -> None:
    """Refresh PostgreSQL's statistics, as a long-running database has them.

    Right after seeding the planner knows nothing of the new rows, and
    autovacuum would analyze them in the middle of the measurements.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def ensure_plain_page():
    """Return the published plain Wagtail page under the home page."""
    from wagtail.models import Page

    from home.models import HomePage

    home = HomePage.objects.live().first()
    if home is None:
        sys.exit("No live HomePage: did seed_demo run?")
    page = Page.objects.child_of(home).filter(slug=PLAIN_SLUG).first()
    if page is None:
        page = Page(title="Plain benchmark page", slug=PLAIN_SLUG)
        home.add_child(instance=page)
        page.save_revision().publish()
    return page.specific


def pick_targets(args: argparse.Namespace) -> list[Target]:
    """Choose the URLs to measure from the seeded data."""
    from django.db.models import Count, Q

    from people.models import Person
    from themes.models import NewsPage, ThemePage

    plain = ensure_plain_page()
    themes = ThemePage.objects.live().public().filter(depth__gte=5).order_by("path")
    theme = next((page for page in themes if len(page.body)), None)
    news = (
        NewsPage.objects.live()
        .public()
        .filter(image__isnull=False, target_organisations__isnull=True)
        .order_by("-date", "-pk")
        .first()
    )
    people = Person.objects.filter(user__is_active=True).select_related("user")
    if args.profile:
        person = people.get(user__username=args.profile)
    else:
        person = (
            people.filter(photo__isnull=False)
            .annotate(
                active_reports=Count("reports", filter=Q(reports__user__is_active=True))
            )
            .order_by("-active_reports", "pk")
            .first()
        )
    if not (theme and news and person):
        sys.exit(f"Could not pick pages: theme={theme} news={news} person={person}")
    reports = person.reports.filter(user__is_active=True).count()
    theme_note = f"depth {theme.depth}, {len(theme.body)} blocks"
    return [
        Target("plain Page", plain.url, "wagtail.models.Page"),
        Target("home", "/", "HomePage"),
        Target("theme page", theme.url, theme_note),
        Target("news page", news.url, "with image"),
        Target("profile", person.get_absolute_url(), f"{reports} reports"),
        Target("directory", "/people/", "first page"),
    ]


def profile_in_process(targets: list[Target], username: str, repeat: int) -> None:
    """Record each page's SQL queries and the Python CPU time of a request.

    Served in this process by Django's test client, signed in as the given
    user, after one warm-up request. CPU time (``time.process_time``) leaves
    out PostgreSQL and waiting, so it changes less with the machine's load
    than the wall-clock figures.

    Both are taken twice: as readers mostly meet a page (its cached
    fragments and route in the cache) and as it is drawn (the cache emptied
    before each request: the first reader of a kind after a change).
    """
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    user = get_user_model().objects.get(username=username)
    client = Client(HTTP_HOST=HOST)
    client.force_login(user)
    for target in targets:
        client.get(target.path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(target.path)
        if response.status_code != 200:
            sys.exit(f"{target.path} answered {response.status_code} in-process")
        target.queries = len(captured)
        target.sql_ms = 1000 * sum(float(q["time"]) for q in captured.captured_queries)
        target.size = len(response.content)

        cpu_times = []
        for _ in range(repeat):
            started = time.process_time()
            client.get(target.path)
            cpu_times.append(1000 * (time.process_time() - started))
        target.cpu_ms = statistics.median(cpu_times)

        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get(target.path)
        target.drawn_queries = len(captured)
        cpu_times = []
        for _ in range(repeat):
            cache.clear()
            started = time.process_time()
            client.get(target.path)
            cpu_times.append(1000 * (time.process_time() - started))
        target.drawn_cpu_ms = statistics.median(cpu_times)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def http_request(port, method, path, headers=None, body=None, timeout=30.0):
    """Send one request on a fresh connection; return (status, headers, body)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def cookies_from(headers) -> dict[str, str]:
    cookies = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            cookies[key.strip()] = rest.split(";", 1)[0]
    return cookies


def start_gunicorn(args, env, port: int, log_path: Path) -> subprocess.Popen:
    """Start gunicorn and wait (at most 60 s) until it answers."""
    command = [
        str(VENV_BIN / "gunicorn"),
        "cms.wsgi",
        "-w",
        str(args.workers),
        "-b",
        f"{HOST}:{port}",
        "--timeout",
        "60",
    ]
    log = log_path.open("wb")
    process = subprocess.Popen(
        command,
        env=env,
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            http_request(port, "GET", "/accounts/login/", timeout=5)
            return process
        except OSError:
            time.sleep(0.3)
    stop_gunicorn(process)
    sys.exit(f"gunicorn did not answer; log:\n{log_path.read_text()[-3000:]}")


def stop_gunicorn(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


def sign_in(port: int, username: str, password: str) -> str:
    """Sign in through the login form; return the Cookie header value."""
    status, headers, _ = http_request(port, "GET", "/accounts/login/")
    csrf = cookies_from(headers).get("csrftoken")
    if status != 200 or not csrf:
        sys.exit(f"GET /accounts/login/ answered {status} without a csrftoken")
    # Django accepts the unmasked secret from the cookie as the form token.
    form = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": csrf}
    )
    status, headers, _ = http_request(
        port,
        "POST",
        "/accounts/login/",
        headers={
            "Cookie": f"csrftoken={csrf}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"http://{HOST}:{port}/accounts/login/",
        },
        body=form,
    )
    session = cookies_from(headers).get("sessionid")
    if status != 302 or not session:
        sys.exit(f"Signing in as {username} failed (status {status}).")
    return f"csrftoken={csrf}; sessionid={session}"


def warm_up(port: int, targets: list[Target], headers: dict, rounds: int) -> None:
    """Request every URL a few times so each worker has its caches filled."""
    for target in targets:
        for _ in range(rounds):
            status, _, body = http_request(
                port, "GET", target.path, headers={**headers, **target.headers}
            )
            if status != 200:
                sys.exit(f"GET {target.path} answered {status}")
        target.size = target.size or len(body)


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
# wrk --latency prints p50, p75, p90 and p99 only; this hook adds p95.
WRK_P95_SCRIPT = REPO / "bench" / "wrk_p95.lua"


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS_MS[unit]


def run_wrk(wrk: str, url: str, headers: dict, connections: int, duration: int):
    """Load one URL with wrk; return (latency in ms by statistic, req/s)."""
    threads = min(connections, os.cpu_count() or 1)
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "30s",
        "--latency",
        "--script",
        str(WRK_P95_SCRIPT),
        *(
            part
            for name, value in headers.items()
            for part in ("-H", f"{name}: {value}")
        ),
        url,
    ]
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=duration + 60
    ).stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    if bad or errors:
        print(f"wrk reported problems for {url}:\n{output}", flush=True)
    latency = {
        "mean": _ms(re.search(r"Latency\s+(\S+)", output).group(1)),
        "p50": _ms(re.search(r"\s50%\s+(\S+)", output).group(1)),
        "p90": _ms(re.search(r"\s90%\s+(\S+)", output).group(1)),
        "p95": float(re.search(r"^p95_us (\d+)", output, re.M).group(1)) / 1000,
        "p99": _ms(re.search(r"\s99%\s+(\S+)", output).group(1)),
    }
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return latency, rps


def run_python_client(port, path, headers: dict, connections: int, duration: int):
    """Fallback for wrk: keep-alive clients in threads; same return value."""
    deadline = time.monotonic() + duration
    timings: list[float] = []
    lock = threading.Lock()

    def client():
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                connection.close()
                continue
            elapsed = 1000 * (time.perf_counter() - started)
            if response.will_close:
                connection.close()
            with lock:
                timings.append(elapsed)
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=duration + 60)
    cuts = statistics.quantiles(timings, n=100)
    latency = {
        "mean": statistics.fmean(timings),
        "p50": cuts[49],
        "p90": cuts[89],
        "p95": cuts[94],
        "p99": cuts[98],
    }
    return latency, len(timings) / duration


def find_wrk() -> str | None:
    if not shutil.which("wrk"):
        subprocess.run(
            [str(REPO / "scripts" / "system-packages"), "wrk"], check=False, timeout=600
        )
    return shutil.which("wrk")


def _median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def measure(args, port: int, target: Target, headers: dict, wrk: str | None):
    """Return (latency at 1 connection, req/s at --connections) for one URL."""
    headers = {**headers, **target.headers}
    if wrk:
        url = f"http://{HOST}:{port}{target.path}"
        latency, _ = run_wrk(wrk, url, headers, 1, args.duration)
        _, rps = run_wrk(wrk, url, headers, args.connections, args.duration)
    else:
        latency, _ = run_python_client(port, target.path, headers, 1, args.duration)
        _, rps = run_python_client(
            port, target.path, headers, args.connections, args.duration
        )
    return latency, rps


def load(args, port: int, targets: list[Target], headers: dict) -> str:
    """Measure every target --rounds times (medians kept); name the load tool."""
    wrk = find_wrk()
    latencies: dict[int, list[dict[str, float]]] = {id(t): [] for t in targets}
    rates: dict[int, list[float]] = {id(t): [] for t in targets}
    for round_number in range(1, args.rounds + 1):
        # Every round visits all pages, so a change in the machine's load
        # touches the plain page and the others alike.
        print(f"round {round_number}/{args.rounds}", flush=True)
        for target in targets:
            latency, rps = measure(args, port, target, headers, wrk)
            latencies[id(target)].append(latency)
            rates[id(target)].append(rps)
            target.round_latency.append(latency)
            target.round_rps.append(rps)
            print(
                f"  {target.label:<11} p50 {latency['p50']:7.2f} ms"
                f"  p95 {latency['p95']:7.2f} ms"
                f"  {rps:7.1f} req/s  load {os.getloadavg()[0]:.2f}",
                flush=True,
            )
    for target in targets:
        target.latency = _median_of(latencies[id(target)])
        target.rps = statistics.median(rates[id(target)])
    if wrk:
        version = subprocess.run(
            [wrk, "--version"], capture_output=True, text=True, check=False
        )
        return (version.stdout or version.stderr).split(" [")[0].strip()
    return "Python keep-alive client (wrk unavailable; slower, not comparable)"


def serve_and_load(args, env, targets: list[Target], log_dir: Path, headers=None):
    """Serve with gunicorn, sign in, warm up and load every target (medians in
    the targets); return the load tool and the load average before and after.
    gunicorn is stopped whatever happens.

    With ``headers`` (an API token, say) every request sends those instead of
    signing in as ``--username``."""
    port = free_port()
    log_path = log_dir / "gunicorn.log"
    print(f"gunicorn on {HOST}:{port}, {args.workers} workers", flush=True)
    process = start_gunicorn(args, env, port, log_path)
    try:
        if headers is None:
            headers = {"Cookie": sign_in(port, args.username, args.password)}
        warm_up(port, targets, headers, rounds=4 * args.workers)
        load_before = os.getloadavg()[0]
        load_tool = load(args, port, targets, headers)
        loadavg = (load_before, os.getloadavg()[0])
    finally:
        stop_gunicorn(process)
    return load_tool, loadavg


def machine_facts(load_tool: str, loadavg: tuple) -> list[tuple[str, str]]:
    """Describe the machine and software the figures were taken on."""
    import django
    import gunicorn
    import wagtail
    from django.db import connection

    cpu = "unknown"
    memory = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        match = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.M)
        cpu = match.group(1) if match else cpu
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read_text()).group(1))
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    return [
        ("CPU", f"{cpu}, {len(os.sched_getaffinity(0))} cores (nproc)"),
        ("Memory", memory),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("Django / Wagtail", f"{django.get_version()} / {wagtail.__version__}"),
        ("PostgreSQL", postgres),
        ("gunicorn", f"{gunicorn.__version__}, sync workers"),
        ("Load tool", load_tool),
        ("Load average", "before {:.2f}, after {:.2f} (1 min)".format(*loadavg)),
    ]


def data_facts(args) -> list[tuple[str, str]]:
    from wagtail.images import get_image_model

    from people.models import OrgUnit, Person
    from themes.models import NewsPage, ThemePage

    return [
        ("Seed", f"seed_demo --people {args.people} --seed {args.seed}"),
        ("People", f"{Person.objects.count():,}"),
        ("Org units", f"{OrgUnit.objects.originals().count():,}"),
        ("Theme pages", f"{ThemePage.objects.count():,}"),
        ("News pages", f"{NewsPage.objects.count():,}"),
        ("Images", f"{get_image_model().objects.count():,}"),
    ]


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISS"


def print_setting(args, facts: list[tuple[str, str]]) -> None:
    """Print the date, how the load was run and the machine and data facts."""
    print()
    print(f"Date: {datetime.date.today().isoformat()}")
    print(
        f"Workers: {args.workers}; {args.duration} s per run, {args.rounds} "
        f"round(s), medians; latency at 1 connection, req/s at "
        f"{args.connections} connections"
    )
    print()
    print("| | |\n|---|---|")
    for name, value in facts:
        print(f"| {name} | {value} |")
    print()


def print_cpu_table(targets: list[Target]) -> None:
    """Print the in-process figures, against the first target (the plain page)."""
    plain = targets[0]
    print()
    print(
        "| page | what | HTML bytes | SQL ms in-process | Python CPU ms "
        "| CPU / plain | queries drawn | CPU ms drawn | drawn / plain drawn |"
        "\n|---|---|--:|--:|--:|--:|--:|--:|--:|"
    )
    for target in targets:
        print(
            f"| {target.label} | {target.note} | {target.size:,} "
            f"| {target.sql_ms:.1f} | {target.cpu_ms:.1f} "
            f"| {target.cpu_ms / plain.cpu_ms:.2f}x | {target.drawn_queries} "
            f"| {target.drawn_cpu_ms:.1f} "
            f"| {target.drawn_cpu_ms / plain.drawn_cpu_ms:.2f}x |"
        )
    print()


def report(args, targets: list[Target], facts: list[tuple[str, str]]) -> bool:
    """Print the figures as Markdown; return whether every target is met."""
    plain = targets[0]
    print_setting(args, facts)
    print(
        "| page | URL | queries | mean ms | p50 ms | p90 ms | p99 ms "
        f"| req/s @{args.connections} | p50 / plain | req/s / plain | target |"
    )
    print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|")
    all_met = True
    for target in targets:
        lat = target.latency
        p50_ratio = lat["p50"] / plain.latency["p50"]
        rps_ratio = target.rps / plain.rps
        met = p50_ratio <= TARGET_RATIO and rps_ratio >= 1 / TARGET_RATIO
        verdict = _mark(met)
        if target.label == "home":
            home_ok = lat["p50"] < HOME_P50_TARGET_MS
            met = met and home_ok
            verdict += f"; p50 < {HOME_P50_TARGET_MS:.0f} ms {_mark(home_ok)}"
        if target is plain:
            verdict = "baseline"
        all_met = all_met and met
        print(
            f"| {target.label} | `{target.path}` | {target.queries} "
            f"| {lat['mean']:.1f} | {lat['p50']:.1f} | {lat['p90']:.1f} "
            f"| {lat['p99']:.1f} | {target.rps:.1f} | {p50_ratio:.2f}x "
            f"| {rps_ratio:.2f}x | {verdict} |"
        )
    print_cpu_table(targets)
    targets_text = "met" if all_met else "NOT met"
    print(
        f"Targets (every page within {TARGET_RATIO}x of the plain page, home p50 "
        f"< {HOME_P50_TARGET_MS:.0f} ms): {targets_text}"
    )
    return all_met


def main(argv=None) -> int:
    args = parse_args(argv)
    media = tempfile.TemporaryDirectory(prefix="werkplek-bench-media-")
    workdir = tempfile.TemporaryDirectory(prefix="werkplek-bench-")
    with media, workdir:
        env = set_up(args, media.name)
        analyze_database()
        targets = pick_targets(args)
        profile_in_process(targets, args.username, args.in_process_requests)

        load_tool, loadavg = serve_and_load(args, env, targets, Path(workdir.name))
        facts = machine_facts(load_tool, loadavg) + data_facts(args)
        met = report(args, targets, facts)
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())
