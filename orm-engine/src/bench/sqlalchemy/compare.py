"""Runs SQLAlchemy's examples/performance suites several times and tabulates them beside the Java bench.

Started by run.sh, which puts Debian's SQLAlchemy, psycopg2 and the doc package's `examples` folder on
PYTHONPATH. Each suite runs as SQLAlchemy's docs say (`python -m examples.performance SUITE --dburl URL`),
unchanged, once per run; this script only reads the "total time" lines it prints. With --java FILE (the
Markdown that `BenchMain --db postgresql --markdown FILE` writes) it also prints every test next to the
nearest Java variant, and one row per job with a column per library.
"""
import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys

SUITES = ["bulk_inserts", "single_inserts", "short_selects", "large_resultsets"]
RUN_HEADER = "== run %d/%d: %s"
RESULT_LINE = re.compile(r"^(test_\w+) : (.*) \((\d+) iterations\); total time ([\d.]+) sec$")

# (suite, test) -> (Java workload, nearest Java variant); the tests are SQLAlchemy 1.4.46's
NEAREST = {
    ("bulk_inserts", "test_flush_no_pk"): ("orm-insert", "orm-add-ids-generated"),
    ("bulk_inserts", "test_bulk_save_return_pks"): ("orm-insert", "orm-add-ids-generated"),
    ("bulk_inserts", "test_flush_pk_given"): ("orm-insert", "orm-add-ids-given"),
    ("bulk_inserts", "test_bulk_save"): ("orm-insert", "orm-bulk-insert-maps"),
    ("bulk_inserts", "test_bulk_insert_mappings"): ("orm-insert", "orm-bulk-insert-maps"),
    ("bulk_inserts", "test_core_insert"): ("bulk-insert", "athanor-core-executemany"),
    ("bulk_inserts", "test_dbapi_raw"): ("bulk-insert", "jdbc-batch"),
    ("single_inserts", "test_orm_commit"): ("single-insert", "orm-session-per-row"),
    ("single_inserts", "test_bulk_save"): ("single-insert", "orm-session-per-row"),
    ("single_inserts", "test_bulk_insert_dictionaries"): ("single-insert", "orm-session-per-row"),
    ("single_inserts", "test_core"): ("single-insert", "athanor-core"),
    ("single_inserts", "test_core_query_caching"): ("single-insert", "athanor-core"),
    ("single_inserts", "test_dbapi_raw_w_connect"): ("single-insert", "jdbc-connect-each"),
    ("single_inserts", "test_dbapi_raw_w_pool"): ("single-insert", "jdbc"),
    ("short_selects", "test_orm_query_classic_style"): ("pk-lookup", "orm-select-where"),
    ("short_selects", "test_orm_query_new_style"): ("pk-lookup", "orm-select-where"),
    ("short_selects", "test_orm_query_new_style_using_embedded_lambdas"): ("pk-lookup", "orm-select-where"),
    ("short_selects", "test_orm_query_new_style_using_external_lambdas"): ("pk-lookup", "orm-select-where"),
    ("short_selects", "test_orm_query_classic_style_cols_only"): ("pk-lookup", "orm-columns"),
    ("short_selects", "test_orm_query_new_style_ext_lambdas_cols_only"): ("pk-lookup", "orm-columns"),
    ("short_selects", "test_baked_query"): ("pk-lookup", "orm-select-where"),
    ("short_selects", "test_baked_query_cols_only"): ("pk-lookup", "orm-columns"),
    ("short_selects", "test_core_new_stmt_each_time"): ("pk-lookup", "athanor-core-new"),
    ("short_selects", "test_core_new_stmt_each_time_compiled_cache"): ("pk-lookup", "athanor-core-new"),
    ("short_selects", "test_core_reuse_stmt"): ("pk-lookup", "athanor-core-reused"),
    ("short_selects", "test_core_reuse_stmt_compiled_cache"): ("pk-lookup", "athanor-core-reused"),
    ("large_resultsets", "test_orm_full_objects_list"): ("large-result", "orm-tracked"),
    ("large_resultsets", "test_orm_full_objects_chunks"): ("large-result", "orm-yieldper"),
    ("large_resultsets", "test_orm_bundles"): ("large-result", "orm-columns"),
    ("large_resultsets", "test_orm_columns"): ("large-result", "orm-columns"),
    ("large_resultsets", "test_core_fetchall"): ("large-result", "athanor-core-all"),
    ("large_resultsets", "test_core_fetchmany_w_streaming"): ("large-result", "athanor-core-yieldper"),
    ("large_resultsets", "test_core_fetchmany"): ("large-result", "athanor-core-all"),
    ("large_resultsets", "test_dbapi_fetchall_plus_append_objects"): ("large-result", "jdbc-records"),
    ("large_resultsets", "test_dbapi_fetchall_no_object"): ("large-result", "jdbc-records"),
}

JAVA_COLUMNS = ["JDBC", "Athanor Core", "Athanor ORM", "Hibernate", "jOOQ"]
PYTHON_COLUMNS = ["psycopg2", "SQLAlchemy Core", "SQLAlchemy ORM"]
# One row per job: the variant (Java) or test (Python) that stands for each library in it.
JOBS = [
    ("Bulk insert (1)",
     {"JDBC": ("bulk-insert", "jdbc-batch"), "Athanor Core": ("bulk-insert", "athanor-core-executemany"),
      "Athanor ORM": ("orm-insert", "orm-bulk-insert-maps"), "Hibernate": ("bulk-insert", "hibernate-stateless"),
      "jOOQ": ("bulk-insert", "jooq-batch")},
     {"psycopg2": ("bulk_inserts", "test_dbapi_raw"), "SQLAlchemy Core": ("bulk_inserts", "test_core_insert"),
      "SQLAlchemy ORM": ("bulk_inserts", "test_bulk_insert_mappings")}),
    ("ORM flush per 1000, ids generated (2)",
     {"JDBC": ("orm-insert", "jdbc-batch-keys"), "Athanor ORM": ("orm-insert", "orm-add-ids-generated"),
      "Hibernate": ("orm-insert", "hibernate-persist"), "jOOQ": ("orm-insert", "jooq-batchstore")},
     {"SQLAlchemy ORM": ("bulk_inserts", "test_flush_no_pk")}),
    ("ORM flush per 1000, ids given (2)",
     {"Athanor ORM": ("orm-insert", "orm-add-ids-given")},
     {"SQLAlchemy ORM": ("bulk_inserts", "test_flush_pk_given")}),
    ("Single inserts, pooled connection (3)",
     {"JDBC": ("single-insert", "jdbc"), "Athanor Core": ("single-insert", "athanor-core"),
      "Athanor ORM": ("single-insert", "orm-session-per-row"), "Hibernate": ("single-insert", "hibernate"),
      "jOOQ": ("single-insert", "jooq")},
     {"psycopg2": ("single_inserts", "test_dbapi_raw_w_pool"), "SQLAlchemy Core": ("single_inserts", "test_core"),
      "SQLAlchemy ORM": ("single_inserts", "test_orm_commit")}),
    ("Single inserts, new connection each (3)",
     {"JDBC": ("single-insert", "jdbc-connect-each")},
     {"psycopg2": ("single_inserts", "test_dbapi_raw_w_connect")}),
    ("Primary-key lookups, statement built per id (4)",
     {"JDBC": ("pk-lookup", "jdbc-reused-statement"), "Athanor Core": ("pk-lookup", "athanor-core-new"),
      "Athanor ORM": ("pk-lookup", "orm-select-where"), "Hibernate": ("pk-lookup", "hibernate-find"),
      "jOOQ": ("pk-lookup", "jooq")},
     {"SQLAlchemy Core": ("short_selects", "test_core_new_stmt_each_time"),
      "SQLAlchemy ORM": ("short_selects", "test_orm_query_new_style")}),
    ("Large result, all kept (5)",
     {"JDBC": ("large-result", "jdbc-records"), "Athanor Core": ("large-result", "athanor-core-all"),
      "Athanor ORM": ("large-result", "orm-tracked"), "Hibernate": ("large-result", "hibernate-list"),
      "jOOQ": ("large-result", "jooq-fetch")},
     {"psycopg2": ("large_resultsets", "test_dbapi_fetchall_plus_append_objects"),
      "SQLAlchemy Core": ("large_resultsets", "test_core_fetchall"),
      "SQLAlchemy ORM": ("large_resultsets", "test_orm_full_objects_list")}),
    ("Large result, streamed (5)",
     {"JDBC": ("large-result", "jdbc-stream"), "Athanor Core": ("large-result", "athanor-core-yieldper"),
      "Athanor ORM": ("large-result", "orm-yieldper"), "Hibernate": ("large-result", "hibernate-stateless-scroll"),
      "jOOQ": ("large-result", "jooq-fetchlazy")},
     {"SQLAlchemy Core": ("large_resultsets", "test_core_fetchmany_w_streaming"),
      "SQLAlchemy ORM": ("large_resultsets", "test_orm_full_objects_chunks")}),
]


class Timing:
    """One SQLAlchemy test: its description, rows per run and the seconds of each run."""

    def __init__(self, doc, rows):
        self.doc = doc
        self.rows = rows
        self.seconds = []

    def micros_per_row(self):
        return statistics.median(self.seconds) * 1e6 / self.rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", nargs="*", metavar="suite", help="any of " + ", ".join(SUITES) + " (default: all)")
    parser.add_argument("--dburl", required=True, help="SQLAlchemy URL of a PostgreSQL database of your own")
    parser.add_argument("--runs", type=int, default=3, help="runs of each suite (default 3)")
    parser.add_argument("--num", action="append", default=[], metavar="[SUITE=]N",
                        help="rows/iterations for every suite, or SUITE=N for one (repeatable); default: each suite's own")
    parser.add_argument("--java", help="Markdown written by BenchMain --db postgresql --markdown FILE")
    parser.add_argument("--markdown", help="replace this file's sqlalchemy:postgresql section with the tables")
    parser.add_argument("--from-log", metavar="FILE",
                        help="tabulate the output of an earlier run (whole or cut short) instead of running")
    args = parser.parse_args()
    unknown = [s for s in args.suites if s not in SUITES]
    if unknown:
        parser.error("unknown suite %s; known: %s" % (", ".join(unknown), ", ".join(SUITES)))
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    args.num = parse_sizes(args.num, parser)
    java = read_java_tables(args.java) if args.java else None
    suites = args.suites or SUITES

    if args.from_log:
        environment, timings = read_log(args.from_log)
    else:
        environment = describe_environment(args.dburl)
        print(environment)
        timings = {}
        for run in range(1, args.runs + 1):
            for suite in suites:
                print(RUN_HEADER % (run, args.runs, suite), flush=True)
                run_suite(suite, args, timings)

    output = environment + "\n" + render_tests(timings, java)
    if java is not None:
        output += "\n" + render_jobs(timings, java)
    print(output)
    if args.markdown:
        replace_section(args.markdown, "sqlalchemy:postgresql", output)


def parse_sizes(values, parser):
    """--num values as {suite or None: N}; None is the size of every suite not named."""
    sizes = {}
    for value in values:
        suite, _, number = value.rpartition("=")
        if suite and suite not in SUITES:
            parser.error("--num %s: unknown suite %s" % (value, suite))
        if not number.isdigit() or int(number) < 1000:
            parser.error("--num %s: needs a whole number of at least 1000 (the bulk suites insert 1000 at a time)"
                         % value)
        sizes[suite or None] = int(number)
    return sizes


def read_log(path):
    """The environment block and timings printed by an earlier run, which may have been cut short."""
    environment, timings, suite = [], {}, None
    with open(path, encoding="utf-8") as log:
        for line in log:
            header = re.match(r"^== run \d+/\d+: (\w+)$", line.strip())
            if header:
                suite = header.group(1)
            elif suite is None and (environment or line.startswith("#### Environment")):
                environment.append(line)
            match = RESULT_LINE.match(line.strip())
            if match and suite:
                add_timing(timings, suite, match)
    if not timings:
        sys.exit("%s holds no results of run.sh" % path)
    return "".join(environment).rstrip("\n") + "\n", timings


def add_timing(timings, suite, match):
    test, doc, rows, seconds = match.groups()
    timing = timings.setdefault((suite, test), Timing(doc, int(rows)))
    timing.seconds.append(float(seconds))


def run_suite(suite, args, timings):
    """Runs a suite's tests, one process per test when the suite rebuilds its tables before each test."""
    tests, rebuilds = suite_tests(suite)
    if not rebuilds:
        run_command(suite, [], args, timings)
        return
    # short_selects leaves every Session open in a transaction until garbage collection; in one process
    # the next test's DROP TABLE would wait for it forever on PostgreSQL. A process per test ends them.
    for test in tests:
        run_command(suite, ["--test", test], args, timings)


SUITE_TESTS = {}


def suite_tests(suite):
    """The suite's test names, and whether it has a per-test setup (which drops and recreates its tables)."""
    if suite not in SUITE_TESTS:
        # the Profiler collects a module's tests when the module is imported, which happens once
        import importlib
        from examples.performance import Profiler
        Profiler.tests, Profiler._setup, Profiler._setup_once, Profiler.name = [], None, None, None
        importlib.import_module("examples.performance." + suite)
        SUITE_TESTS[suite] = [t.__name__ for t in Profiler.tests], Profiler._setup is not None
    return SUITE_TESTS[suite]


def run_command(suite, extra, args, timings):
    command = [sys.executable, "-m", "examples.performance", suite, "--dburl", args.dburl] + extra
    num = args.num.get(suite, args.num.get(None))
    if num:
        command += ["--num", str(num)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    for line in process.stdout:
        print("  " + line.rstrip(), flush=True)
        match = RESULT_LINE.match(line.strip())
        if match:
            add_timing(timings, suite, match)
    if process.wait() != 0:
        sys.exit("examples.performance %s %s failed with exit code %d" % (suite, " ".join(extra), process.returncode))


def describe_environment(dburl):
    import psycopg2
    import sqlalchemy
    try:
        from sqlalchemy import cresultproxy  # noqa: F401 - only whether it loads
        extensions = "C extensions loaded"
    except ImportError:
        extensions = "pure Python (no C extensions)"
    engine = sqlalchemy.create_engine(dburl)
    with engine.connect() as connection:
        server = connection.exec_driver_sql("SELECT version()").scalar()
    engine.dispose()
    facts = [
        ("date", datetime.date.today().isoformat()),
        ("machine", "%s, %d cores, %s %s, load average %s before the run" % (
            cpu_model(), os.cpu_count(), platform.system(), platform.release(),
            " ".join("%.2f" % x for x in os.getloadavg()))),
        ("Python", "%s %s" % (platform.python_implementation(), platform.python_version())),
        ("SQLAlchemy", "%s (Debian python3-sqlalchemy), %s" % (sqlalchemy.__version__, extensions)),
        ("DBAPI", "psycopg2 %s, libpq %d" % (psycopg2.__version__.split()[0], psycopg2.__libpq_version__)),
        ("database", server.split(" on ")[0]),
        ("suite", "examples/performance from python-sqlalchemy-doc, unchanged, default engine settings"),
    ]
    return "#### Environment — SQLAlchemy on postgresql\n\n" + "".join("- %s: %s\n" % f for f in facts)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def render_tests(timings, java):
    out = ["#### SQLAlchemy %s's performance suite — postgresql, one timed pass per run" % sqlalchemy_version(), ""]
    header = "| suite | test | rows | runs | median s | min s | max s | µs/row | nearest Java variant |"
    if java is not None:
        header += " Java µs/row | × Java |"
    out.append(header)
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---|" + ("---:|---:|" if java is not None else ""))
    for (suite, test), timing in timings.items():
        workload, variant = NEAREST.get((suite, test), ("", ""))
        line = "| %s | %s | %s | %d | %.2f | %.2f | %.2f | %s | %s |" % (
            suite, test, "{:,}".format(timing.rows), len(timing.seconds), statistics.median(timing.seconds), min(timing.seconds),
            max(timing.seconds), format_micros(timing.micros_per_row()),
            "%s `%s`" % (workload, variant) if variant else "—")
        if java is not None:
            java_micros = java.get((workload, variant))
            line += " %s | %s |" % (format_micros(java_micros) if java_micros else "—",
                                     "%.2f" % (timing.micros_per_row() / java_micros) if java_micros else "—")
        out.append(line)
    out.append("")
    for (suite, test), timing in timings.items():
        out.append("- `%s.%s`: %s" % (suite, test, timing.doc))
    return "\n".join(out) + "\n"


def render_jobs(timings, java):
    out = ["#### µs per row, median — Java variants (BenchMain) and SQLAlchemy tests side by side", "",
           "| job | " + " | ".join(JAVA_COLUMNS + PYTHON_COLUMNS) + " |",
           "|---|" + "---:|" * (len(JAVA_COLUMNS) + len(PYTHON_COLUMNS))]
    for title, java_cells, python_cells in JOBS:
        cells = [format_micros(java.get(java_cells[c])) if c in java_cells else "" for c in JAVA_COLUMNS]
        for column in PYTHON_COLUMNS:
            timing = timings.get(python_cells.get(column))
            cells.append(format_micros(timing.micros_per_row()) if timing else "")
        out.append("| %s | %s |" % (title, " | ".join(cells)))
    out.append("")
    out.append("Cells: " + "; ".join(
        "%s — %s" % (title, ", ".join("%s `%s`" % (c, v[1]) for c, v in list(j.items()) + list(p.items())))
        for title, j, p in JOBS) + ".")
    return "\n".join(out) + "\n"


def format_micros(value):
    if value is None:
        return "—"
    return "{:,.2f}".format(value) if value < 100 else "{:,.0f}".format(value)


def sqlalchemy_version():
    import sqlalchemy
    return sqlalchemy.__version__


def read_java_tables(path):
    """(workload, variant) -> µs/row from the PostgreSQL sections BenchMain wrote into a Markdown file."""
    section = re.compile(r"<!-- bench:([a-z0-9-]+):postgresql -->(.*?)<!-- /bench:\1:postgresql -->", re.S)
    with open(path, encoding="utf-8") as markdown:
        text = markdown.read()
    micros = {}
    for workload, body in section.findall(text):
        for line in body.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            # | variant | rows | median ms | min ms | × jdbc | µs/row | …
            if len(cells) >= 6 and re.match(r"^[a-z][a-z0-9-]*$", cells[0]) and cells[0] != "variant":
                micros[(workload, cells[0])] = float(cells[5].replace(",", ""))
    if not micros:
        sys.exit("%s holds no PostgreSQL tables written by BenchMain --markdown" % path)
    return micros


def replace_section(path, key, body):
    """Replaces the text between <!-- bench:KEY --> and <!-- /bench:KEY --> (appends it when absent)."""
    opening, closing = "<!-- bench:%s -->" % key, "<!-- /bench:%s -->" % key
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    section = "%s\n%s\n%s" % (opening, body.strip(), closing)
    start, end = text.find(opening), text.find(closing)
    if 0 <= start < end:
        text = text[:start] + section + text[end + len(closing):]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + section + "\n"
    with open(path, "w", encoding="utf-8") as markdown:
        markdown.write(text)


if __name__ == "__main__":
    main()
