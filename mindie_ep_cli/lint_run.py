"""The `lint` command's flow: settings, inputs, check, policy, fixes, cluster, reports, exit code."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from .diagnostics import Severity
from .engine import CheckOptions, FileReport, check_document, finish_findings
from .errors import UsageError
from .i18n import tr
from .policy import Policy
from .project_config import ProjectConfig, discover, load
from .reader import InputError, parse_document, read_path, read_stdin

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@dataclass
class LintRequest:
    paths: list[str]
    options: CheckOptions
    format: str
    color: bool
    policy: Policy
    fail_on: str = "error"
    quiet: bool = False
    stdin_filename: str | None = None
    reports: list[tuple[str, str]] = field(default_factory=list)  # (format, path)
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    cluster: bool = False


def project_settings(config_path: str | None) -> ProjectConfig:
    path = config_path or discover(os.getcwd())
    if config_path and not os.path.isfile(config_path):
        raise UsageError(tr("--config {path}: no such file", path=config_path))
    return load(path) if path else ProjectConfig()


def run_lint(request: LintRequest) -> int:
    request.policy.validate()
    reports: list[FileReport] = []
    failed: list[str] = []
    documents = []
    for path in request.paths:
        try:
            raw = read_stdin(request.stdin_filename or "<stdin>") if path == "-" else read_path(path)
        except InputError as err:
            failed.append(str(err))
            continue
        doc = parse_document(raw, fragment=request.options.fragment)
        if request.fix or request.diff:
            doc = _fix(doc, path, request)
        documents.append(doc)
        for report in check_document(doc, request.options):
            if report.path not in {r.path for r in reports}:
                reports.append(report)
    if request.cluster:
        _compare_cluster(documents, reports)
    reports = request.policy.apply(reports)
    from .report import render

    if not request.quiet:
        # A key may hold a lone UTF-16 surrogate (valid JSON escapes); print it escaped.
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(errors="backslashreplace")
        render(request.format, reports, sys.stdout, color=request.color)
        sys.stdout.flush()
    for fmt, target in request.reports:
        with open(target, "w", encoding="utf-8", errors="backslashreplace") as handle:
            render(fmt, reports, handle)
    for message in failed:
        sys.stderr.write(f"mindie-ep: error: {message}\n")
    if failed:
        return EXIT_USAGE
    return exit_code(reports, request.fail_on)


def exit_code(reports: list[FileReport], fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_CLEAN
    threshold = Severity.parse(fail_on)
    failing = any(d.severity >= threshold for report in reports for d in report.diagnostics)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _fix(doc, path: str, request: LintRequest):
    """Apply the fixes (or show them with --diff); return the document as it now is."""
    from .edit.fixer import fix_text
    from .edit.workflow import unified_diff, write_and_report
    from .reader import RawInput

    if not doc.parsed or path == "-" or any(f.code == "MEP001" for f in doc.findings):
        return doc  # nothing safe to edit: the findings say why

    def lint(text: str):
        data = text.encode("utf-8")
        candidate = parse_document(RawInput(path, data, len(data), doc.raw.file_stat,
                                            doc.raw.is_symlink))
        return request.policy.apply(check_document(candidate, request.options))[0].diagnostics

    result = fix_text(doc.text, lint, request.unsafe_fixes)
    if request.diff:
        sys.stdout.write(unified_diff(doc.text, result.text, path))
        if result.mode is not None:
            sys.stdout.write(f"# chmod {result.mode:04o} {path}\n")
        return doc
    if result.text != doc.text:
        write_and_report(path, result.text, tr("fixed {count} finding(s) in {path}",
                                               count=len(result.applied), path=path))
    if result.mode is not None:
        os.chmod(path, result.mode)
        sys.stderr.write(tr("fixed: chmod {mode} {path}", mode=f"{result.mode:04o}", path=path)
                         + "\n")
    if result.text == doc.text and result.mode is None:
        return doc
    return parse_document(read_path(path), fragment=request.options.fragment)


def _compare_cluster(documents, reports: list[FileReport]) -> None:
    from .rules.cluster import cluster_findings

    usable = [doc for doc in documents if doc.parsed]
    if len(usable) < 2:
        raise UsageError(tr("--cluster compares the config.json of several nodes: give at "
                            "least two files that parse"))
    first = usable[0]
    by_path = {report.path: report for report in reports}
    for doc in usable[1:]:
        findings = cluster_findings(first.path, first.value, doc.path, doc.value,
                                    lambda pointer: first.locate(pointer))
        report = by_path[doc.path]
        report.diagnostics = sorted(report.diagnostics + finish_findings(doc, findings),
                                    key=lambda d: d.sort_key())
