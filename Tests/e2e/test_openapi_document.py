"""Checks the OpenAPI document in Sources/WarbleServer/OpenAPI/OpenAPIDocument.swift without a
server: that it is JSON, that the Swift raw string can hold it, that it is a valid OpenAPI 3.1
document (`openapi-spec-validator`), and a few things the validator does not check. Run by pytest,
or alone after editing the document:

    python3 Tests/e2e/test_openapi_document.py
"""
import json
import pathlib
import re
import sys

SOURCE = pathlib.Path(__file__).resolve().parents[2] / "Sources/WarbleServer/OpenAPI/OpenAPIDocument.swift"
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def extract(swift: str) -> str:
    start = swift.index('#"""') + len('#"""')
    return swift[start:swift.index('"""#', start)]


def extra_problems(document: dict, text: str) -> list[str]:
    problems = []
    if "\\#" in text:
        problems.append("the JSON contains '\\#', which a Swift raw string #\"\"\"…\"\"\"# reads as an escape")
    if document.get("openapi") != "3.1.0":
        problems.append(f"openapi is {document.get('openapi')!r}, not '3.1.0'")
    seen_ids = {}
    for path, item in document.get("paths", {}).items():
        if path != "/" and path.endswith("/"):
            problems.append(f"{path}: has a trailing slash")
        templated = set(re.findall(r"{([^}]+)}", path))
        for method, operation in item.items():
            if method not in METHODS:
                continue
            where = f"{method.upper()} {path}"
            for key in ("operationId", "tags", "summary", "responses"):
                if not operation.get(key):
                    problems.append(f"{where}: no {key}")
            operation_id = operation.get("operationId")
            if operation_id in seen_ids:
                problems.append(f"{where}: operationId {operation_id!r} is also used by {seen_ids[operation_id]}")
            seen_ids[operation_id] = where
            declared = {p.get("name") for p in operation.get("parameters", []) + item.get("parameters", []) if p.get("in") == "path"}
            if declared != templated:
                problems.append(f"{where}: path parameters {sorted(declared)} do not match the template's {sorted(templated)}")
            if not any(code.startswith(("1", "2", "3")) for code in operation.get("responses", {})):
                problems.append(f"{where}: no success response")
    problems += [f"$ref {target} points nowhere" for target in sorted(set(dangling_refs(document, document)))]
    return problems


def dangling_refs(node, document):
    """Local `$ref`s that name nothing (the validator stops at the first of them)."""
    if isinstance(node, dict):
        target = node.get("$ref")
        if isinstance(target, str) and target.startswith("#/"):
            here = document
            for part in target[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(here, dict) or part not in here:
                    yield target
                    break
                here = here[part]
        for value in node.values():
            yield from dangling_refs(value, document)
    elif isinstance(node, list):
        for value in node:
            yield from dangling_refs(value, document)


def problems_in_document() -> list[str]:
    text = extract(SOURCE.read_text(encoding="utf-8"))
    document = json.loads(text)
    problems = extra_problems(document, text)
    from openapi_spec_validator import OpenAPIV31SpecValidator
    try:
        for error in OpenAPIV31SpecValidator(document).iter_errors():
            location = "/".join(str(part) for part in error.absolute_path)
            message = error.message if len(error.message) <= 500 else error.message[:500] + "…"
            problems.append(f"{location or '(document)'}: {message}")
    except Exception as error:  # the validator raises instead of reporting some problems, such as a dangling $ref
        problems.append(f"the validator stopped: {type(error).__name__}: {str(error)[:300]}")
    return problems


def test_the_document_is_valid_openapi_3_1():
    assert problems_in_document() == []


if __name__ == "__main__":
    found = problems_in_document()
    print("\n".join(found) or "no problems")
    sys.exit(1 if found else 0)
