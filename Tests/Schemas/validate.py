#!/usr/bin/env python3
"""Validates a prlint report against the official schema beside this file (see README.md here).

    validate.py sarif FILE   SARIF 2.1.0: the OASIS JSON schema (draft-04), formats checked
    validate.py junit FILE   JUnit XML: Jenkins' junit-10.xsd

Exit status: 0 valid; 1 invalid, each problem on stderr; 2 usage; 3 the validator is not installed
(`make deps` installs it into .build/validators).
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def sarif(path):
    try:
        import jsonschema
    except ImportError as error:
        print(f"jsonschema is not installed: {error}", file=sys.stderr)
        return 3
    schema = json.loads((HERE / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    document = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    problems = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    for problem in problems:
        where = "/".join(str(part) for part in problem.absolute_path)
        print(f"{where or '(root)'}: {problem.message}", file=sys.stderr)
    return 1 if problems else 0


def junit(path):
    try:
        import xmlschema
    except ImportError as error:
        print(f"xmlschema is not installed: {error}", file=sys.stderr)
        return 3
    schema = xmlschema.XMLSchema10(str(HERE / "junit-10.xsd"))
    problems = list(schema.iter_errors(str(path)))
    for problem in problems:
        print(f"{problem.path}: {problem.reason}", file=sys.stderr)
    return 1 if problems else 0


def main(arguments):
    kinds = {"sarif": sarif, "junit": junit}
    if len(arguments) != 2 or arguments[0] not in kinds:
        print(__doc__, file=sys.stderr)
        return 2
    return kinds[arguments[0]](arguments[1])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
