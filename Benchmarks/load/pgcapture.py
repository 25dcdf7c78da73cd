#!/usr/bin/env python3
"""Turns the statements one HTTP request made into a pgbench script.

The benchmark turns on statement logging (log_min_duration_statement = 0 and
log_line_prefix = '%m [%p] app=%a '), sends one request, and hands the new part of the
PostgreSQL log to this tool:

  pgcapture.py extract LOG OFFSET [END] > capture.json
      every statement logged from byte OFFSET (to END) by sessions other than psql and
      pgbench: its text, bind parameters, backend pid and time (parse + bind + execute)

  pgcapture.py script CAPTURE.json [CAPTURE.json ...] [--var NAME=VALUE ...]
                      [--returned-id VALUE] [--drop REGEX ...] > script.sql
      one pgbench transaction: the statements in order, parameters written in as literals.
      --var NAME=VALUE     a parameter equal to VALUE (or the array {VALUE}) becomes :NAME
                           (a bigint), so every pgbench client can use its own value
      --returned-id VALUE  the id a statement created (INSERT ... RETURNING id): that
                           statement gets "\\gset new_" and later uses become :new_id, so each
                           transaction uses the row it made, as the server does
      --drop REGEX         leave out statements matching REGEX (told on stderr)

  pgcapture.py summary CAPTURE.json
      a Markdown list of the statements with their time, for the report

  pgcapture.py sql CAPTURE.json INDEX
      statement INDEX (0-based) with its parameters written in, for EXPLAIN
"""
import json
import re
import sys

ENTRY = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+) \[(\d+)\] app=(.*?) (LOG|DETAIL|ERROR|STATEMENT|WARNING|NOTICE|HINT|CONTEXT|FATAL):  (.*)$")
PHASE = re.compile(r"^duration: ([0-9.]+) ms  (parse|bind|execute) ([^:]*): (.*)$", re.S)
SIMPLE = re.compile(r"^duration: ([0-9.]+) ms  statement: (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'((?:[^']|'')*)')(?:, |$)", re.S)
PLACEHOLDER = re.compile(r"\$(\d+)(?!\d)")
EXCLUDED_APPS = {"psql", "pgbench"}


def read_entries(path, start, end=None):
    """Log entries (prefix fields and the message with its continuation lines)."""
    with open(path, "rb") as log:
        log.seek(start)
        data = log.read() if end is None else log.read(max(0, end - start))
    entries = []
    for line in data.decode("utf-8", "replace").split("\n"):
        match = ENTRY.match(line)
        if match:
            time, pid, app, level, message = match.groups()
            entries.append({"time": time, "pid": int(pid), "app": app, "level": level, "message": message})
        elif entries and line.startswith("\t"):
            # PostgreSQL indents the continuation lines of a message with one tab.
            entries[-1]["message"] += "\n" + line[1:]
    return entries


def parse_parameters(text):
    values = {}
    for match in PARAM.finditer(text):
        number, raw, quoted = match.groups()
        values[int(number)] = None if raw == "NULL" else quoted.replace("''", "'")
    return values


def extract(path, start, end=None):
    statements = []
    pending = {}  # pid -> milliseconds spent in parse and bind before the execute
    last_by_pid = {}
    for entry in read_entries(path, start, end):
        if entry["app"] in EXCLUDED_APPS:
            continue
        if entry["level"] == "DETAIL" and entry["message"].startswith("parameters: "):
            statement = last_by_pid.get(entry["pid"])
            if statement is not None and statement.get("awaiting_parameters"):
                statement["parameters"] = {str(k): v for k, v in parse_parameters(entry["message"][len("parameters: "):]).items()}
                statement["awaiting_parameters"] = False
            continue
        if entry["level"] == "ERROR":
            statements.append({"error": entry["message"], "pid": entry["pid"], "time": entry["time"]})
            continue
        if entry["level"] != "LOG":
            continue
        phase = PHASE.match(entry["message"])
        if phase:
            milliseconds, kind, _name, sql = phase.groups()
            pending[entry["pid"]] = pending.get(entry["pid"], 0.0) + float(milliseconds)
            if kind == "execute":
                statement = {"sql": sql, "parameters": {}, "pid": entry["pid"], "time": entry["time"],
                             "ms": round(pending.pop(entry["pid"]), 3), "protocol": "extended", "awaiting_parameters": True}
                statements.append(statement)
                last_by_pid[entry["pid"]] = statement
            continue
        simple = SIMPLE.match(entry["message"])
        if simple:
            milliseconds, sql = simple.groups()
            statement = {"sql": sql, "parameters": {}, "pid": entry["pid"], "time": entry["time"],
                         "ms": float(milliseconds), "protocol": "simple"}
            statements.append(statement)
            last_by_pid[entry["pid"]] = statement
    for statement in statements:
        statement.pop("awaiting_parameters", None)
    return statements


def literal(value):
    """A SQL literal for a logged parameter. pgbench reads ':name' as a variable anywhere in a
    command, so a colon is written as the escape \\072 inside an E'' string."""
    if value is None:
        return "NULL"
    if any(c in value for c in ":\\\n\r\t"):
        escaped = (value.replace("\\", "\\\\").replace("'", "''").replace(":", "\\072")
                   .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
        return "E'" + escaped + "'"
    return "'" + value.replace("'", "''") + "'"


def substitute(statement, variables=None):
    variables = variables or {}
    parameters = statement.get("parameters", {})

    def value_for(match):
        number = match.group(1)
        if number not in parameters:
            return match.group(0)
        value = parameters[number]
        for name, wanted in variables.items():
            # Variables stand for ids (bigint). The server sends typed parameters; pgbench's are
            # untyped, which PostgreSQL would take for text in a select list.
            if value == wanted:
                return ":" + name + "::bigint"
            if value == "{" + wanted + "}":
                return "ARRAY[:" + name + "::bigint]"
        return literal(value)

    return PLACEHOLDER.sub(value_for, statement["sql"])


def clean(sql):
    return sql.strip().rstrip(";").rstrip()


def script(captures, variables, returned_id, drops):
    lines = []
    gset_done = returned_id is None
    dropped = []
    for capture in captures:
        for statement in capture:
            if "error" in statement:
                raise SystemExit("pgcapture: the request logged an error: " + statement["error"])
            sql = clean(statement["sql"])
            if any(re.search(pattern, sql, re.I) for pattern in drops):
                dropped.append(sql.split("\n")[0][:100])
                continue
            names = dict(variables)
            uses_returned = returned_id is not None and any(
                v in (returned_id, "{" + returned_id + "}") for v in statement.get("parameters", {}).values())
            if gset_done and returned_id is not None:
                names["new_id"] = returned_id
            text = clean(substitute({"sql": sql, "parameters": statement.get("parameters", {})}, names))
            if not gset_done and re.search(r"\bRETURNING\s+id\s*$", text, re.I) and re.match(r"\s*INSERT\b", text, re.I) and not uses_returned:
                lines.append(text + " \\gset new_")
                gset_done = True
                continue
            lines.append(text + ";")
    if not gset_done:
        raise SystemExit("pgcapture: no INSERT ... RETURNING id statement made the id %s" % returned_id)
    for sql in dropped:
        print("pgcapture: left out (it cannot repeat): " + sql, file=sys.stderr)
    return "\n".join(lines) + "\n"


def summary(capture):
    rows = []
    for number, statement in enumerate(capture, 1):
        if "error" in statement:
            rows.append("%d. ERROR: %s" % (number, statement["error"]))
            continue
        first = " ".join(clean(statement["sql"]).split())
        if len(first) > 160:
            first = first[:157] + "..."
        rows.append("%d. `%s` — %.3f ms (pid %d)" % (number, first.replace("`", "'"), statement["ms"], statement["pid"]))
    total = sum(s.get("ms", 0) for s in capture)
    pids = len({s["pid"] for s in capture})
    rows.append("")
    rows.append("%d statements, %.3f ms inside PostgreSQL in all, on %d connection(s)." % (len(capture), total, pids))
    return "\n".join(rows) + "\n"


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    command = argv[1]
    if command == "extract":
        end = int(argv[4]) if len(argv) > 4 else None
        json.dump(extract(argv[2], int(argv[3]), end), sys.stdout, indent=1)
        print()
    elif command == "script":
        captures, variables, returned_id, drops = [], {}, None, []
        arguments = iter(argv[2:])
        for argument in arguments:
            if argument == "--var":
                name, value = next(arguments).split("=", 1)
                variables[name] = value
            elif argument == "--returned-id":
                returned_id = next(arguments)
            elif argument == "--drop":
                drops.append(next(arguments))
            else:
                with open(argument) as handle:
                    captures.append(json.load(handle))
        sys.stdout.write(script(captures, variables, returned_id, drops))
    elif command == "summary":
        with open(argv[2]) as handle:
            sys.stdout.write(summary(json.load(handle)))
    elif command == "sql":
        with open(argv[2]) as handle:
            capture = json.load(handle)
        print(clean(substitute(capture[int(argv[3])])) + ";")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
