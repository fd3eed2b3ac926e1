"""The check stage: a read Document -> sorted Diagnostics.

Order: what the reader found (MEP0xx), then the schema layer (MEP1xx), then every registered rule.
Findings name JSON Pointers; positions are looked up only here, at the end, for what is reported.
A documentation fragment (``--fragment``) is first placed where it belongs in a whole config, so
that pointers, the schema and the rules see it at its real place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping, NamedTuple

from .config_access import MISSING, get
from .diagnostics import Diagnostic, Finding, Related, Severity, split_pointer
from .i18n import tr
from .reader import Document
from .rules import registry
from .schema.profiles import Profile
from .schema.validator import SchemaValidator, render_value, schema_findings, validator_for

MODEL_CONFIG = "/BackendConfig/ModelDeployConfig/ModelConfig"

# Where a fragment may belong, shallowest first (ties go to the shallower place).
FRAGMENT_PLACES = (
    "",
    "/ServerConfig",
    "/BackendConfig",
    "/BackendConfig/ModelDeployConfig",
    "/BackendConfig/ScheduleConfig",
    "/LogConfig",
    MODEL_CONFIG + "/0",
    MODEL_CONFIG + "/0/models",
    MODEL_CONFIG + "/0/models/deepseekv2",
)


class CheckOptions(NamedTuple):
    profile: Profile = Profile("3.0", certain=False)
    fragment: bool = False
    nodes: int | None = None
    devices_per_node: int | None = None
    ranktable: str | None = None
    weights_config: str | None = None
    env: Mapping[str, str] | None = None  # the server's environment; None: this process's
    check_permissions: bool = False
    server_user: str | None = None
    live_config: bool = False  # the file is the running server's own config

    @property
    def environment(self) -> Mapping[str, str]:
        return os.environ if self.env is None else self.env


@dataclass
class FileReport:
    path: str
    diagnostics: list[Diagnostic]
    document: Document | None = None  # for the source lines the text format shows


class Context:
    """What a rule sees: the config (placed in a whole config for fragments), the options, and
    the derived facts (topology, weights) computed once and shared by the rules."""

    def __init__(self, doc: Document, config: object, anchor: str, options: CheckOptions):
        self.doc = doc
        self.config = config
        self.anchor = anchor
        self.options = options
        self.fragment = options.fragment
        # Whether absent BackendConfig keys are really absent: not in a fragment placed below
        # the top level, nor in the partial server settings of a Motor user_config.json.
        self.backend_shown = not options.fragment or anchor == ""
        self.profile = options.profile
        self.cache: dict[str, object] = {}
        self.extra_reports: dict[str, FileReport] = {}

    def get(self, pointer: str) -> object:
        return get(self.config, pointer)

    def present(self, pointer: str) -> bool:
        return get(self.config, pointer) is not MISSING

    def render(self, pointer: str) -> str:
        return render_value(get(self.config, pointer))

    def model_configs(self) -> list[tuple[str, dict]]:
        entries = get(self.config, MODEL_CONFIG)
        if not isinstance(entries, list):
            return []
        return [(f"{MODEL_CONFIG}/{i}", entry) for i, entry in enumerate(entries)
                if isinstance(entry, dict)]

    def once(self, key: str, compute):
        """Compute a derived fact once per document (rules share topology, weights, ...)."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]


def place_fragment(value: object, schema: dict, validator: SchemaValidator) -> tuple[object, str]:
    """Embed a fragment's members where they best fit in a whole config; return it and its place."""
    if not isinstance(value, dict) or not value:
        return value, ""
    best, best_score = "", -1
    for place in FRAGMENT_PLACES:
        node = _schema_at(validator, schema, place)
        score = sum(1 for key in value if key in node.get("properties", {}))
        if score > best_score:
            best, best_score = place, score
    config: object = value
    for token in reversed(split_pointer(best)):
        config = [config] if token.isdigit() else {token: config}
    return config, best


def _schema_at(validator: SchemaValidator, schema: dict, place: str) -> dict:
    node = validator.resolve(schema)
    for token in split_pointer(place):
        node = validator.resolve(node.get("items", {}) if token.isdigit()
                                 else node.get("properties", {}).get(token, {}))
    return node


def check_document(doc: Document, options: CheckOptions) -> list[FileReport]:
    """All diagnostics for one document (plus reports for files it refers to, e.g. a ranktable)."""
    findings = list(doc.findings)
    ctx = None
    if doc.parsed:
        validator = validator_for(options.profile)
        config, anchor = (place_fragment(doc.value, validator.root, validator) if options.fragment
                          else (doc.value, ""))
        ctx = Context(doc, config, anchor, options)
        findings.extend(_content_findings(ctx, validator))
    reports = [FileReport(doc.path, finish_findings(doc, findings, ctx), doc)]
    if ctx is not None:
        reports.extend(ctx.extra_reports.values())
    return reports


def _content_findings(ctx: Context, validator: SchemaValidator) -> list[Finding]:
    from .rules.motor_user_config import motor_user_config_finding

    motor = motor_user_config_finding(ctx.config)
    if motor is not None:
        return [motor] + _motor_sections(ctx, validator)
    if not isinstance(ctx.config, dict):
        return [Finding("MEP102", "", tr("the file holds {value}, not an object: a MindIE "
                                         "config.json is one JSON object",
                                         value=render_value(ctx.config)),
                        tr("start from the stock conf/config.json"))]

    findings = schema_findings(validator, ctx.config, quiet_missing=ctx.fragment)
    for rule in registry.checks():
        findings.extend(rule.check(ctx))
    return findings


def _motor_sections(ctx: Context, validator: SchemaValidator) -> list[Finding]:
    """A MindIE-Motor user_config.json embeds the server settings of its prefill and decode
    instances; Motor lays them over its base config.json, so each is checked as a partial config
    (no missing keys), on as many NPUs as `deploy_config` gives the instance, and its findings
    are placed at the section in this file."""
    from .rules.motor_user_config import SECTIONS, instance_size

    findings: list[Finding] = []
    for key, role in SECTIONS:
        section = ctx.config.get(key)
        if not isinstance(section, dict):
            continue
        pods, per_pod = instance_size(ctx.config, role)
        options = ctx.options._replace(fragment=True, check_permissions=False,
                                       nodes=ctx.options.nodes or pods,
                                       devices_per_node=ctx.options.devices_per_node or per_pod)
        sub = Context(ctx.doc, section, "", options)
        sub.backend_shown = False  # Motor fills in what the section leaves out
        found = schema_findings(validator, section, quiet_missing=True)
        for rule in registry.checks():
            found.extend(rule.check(sub))
        findings.extend(_under(f"/{key}", finding) for finding in found)
    return findings


def _under(prefix: str, finding: Finding) -> Finding:
    """The same finding for a config embedded at ``prefix`` in the checked file."""
    related = tuple(r if r.path is not None else r._replace(pointer=prefix + r.pointer)
                    for r in finding.related)
    fix = finding.fix
    if fix is not None:
        fix = fix._replace(edits=tuple(e._replace(pointer=prefix + e.pointer) for e in fix.edits))
    return finding._replace(pointer=prefix + finding.pointer, related=related, fix=fix)


def finish_findings(doc: Document, findings: list[Finding],
                    ctx: Context | None = None) -> list[Diagnostic]:
    """Place findings in the source and order them (file, line, column, code)."""
    diagnostics = [_finish(doc, ctx, finding) for finding in findings]
    diagnostics.sort(key=Diagnostic.sort_key)
    return diagnostics


def _finish(doc: Document, ctx: Context | None, finding: Finding) -> Diagnostic:
    rule = registry.get(finding.code)
    position = finding.position
    if position is None:
        position = _locate(doc, ctx, finding.pointer, finding.on_key)
    related = tuple(
        r if r.position is not None or r.path is not None
        else Related(r.pointer, r.message, _locate(doc, ctx, r.pointer, r.on_key))
        for r in finding.related)
    return Diagnostic(finding.code, rule.name, finding.severity or rule.severity,
                      finding.message, finding.pointer, position, finding.help, related,
                      finding.fix)


def _locate(doc: Document, ctx: Context | None, pointer: str, on_key: bool):
    anchor = ctx.anchor if ctx is not None else ""
    if anchor:
        if pointer.startswith(anchor + "/"):
            pointer = pointer[len(anchor):]
        else:
            pointer = ""
    return doc.locate(pointer, on_key)


def summary_counts(reports: list[FileReport]) -> dict[str, int]:
    counts = {"files": len(reports), "errors": 0, "warnings": 0, "infos": 0}
    for report in reports:
        for diagnostic in report.diagnostics:
            counts[{Severity.ERROR: "errors", Severity.WARNING: "warnings",
                    Severity.INFO: "infos"}[diagnostic.severity]] += 1
    return counts
