"""The command line: parse arguments, wire read -> check -> report, map outcomes to exit codes.

Nothing here checks a config. Heavy modules (rich, questionary) are imported inside the commands
that use them, so `mindie-ep lint` starts fast and never imports questionary.
"""

from __future__ import annotations

import functools
import os
import sys
from enum import Enum
from typing import Annotated, List, Optional

import typer

from . import __version__
from .errors import UsageError
from .i18n import tr

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

APP_SETTINGS = dict(
    name="mindie-ep",
    help="Write and check Expert-Parallel configs for Huawei Ascend MindIE Server.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app = typer.Typer(**APP_SETTINGS)


class OutputFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"


class VersionChoice(str, Enum):
    auto = "auto"
    v2 = "2.x"
    v3 = "3.0"


class ColorChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class LangChoice(str, Enum):
    en = "en"
    zh = "zh"


class FailLevel(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _error(message: str) -> None:
    sys.stderr.write(f"mindie-ep: error: {message}\n")


def guarded(command):
    """Map every way a command can end to its documented exit code; no traceback unless --debug."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        debug = kwargs.get("debug", False) or os.environ.get("MINDIE_EP_DEBUG") == "1"
        from .i18n import language, set_language
        from .reader import InputError

        previous = language()  # a command sets its own (--lang); in-process callers keep theirs
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except (UsageError, InputError) as err:
            _error(str(err))
            raise typer.Exit(EXIT_USAGE) from None
        except KeyboardInterrupt:
            sys.stderr.write(f"mindie-ep: {tr('interrupted; nothing was written')}\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            # The reader of our output went away (`mindie-ep lint | head`): not an error.
            sys.stderr.close()
            raise typer.Exit(EXIT_CLEAN) from None
        except Exception as err:  # noqa: BLE001  (the last line of defence)
            if debug:
                raise
            sys.stderr.write(f"mindie-ep: internal error: {type(err).__name__}: {err}\n")
            sys.stderr.write(tr("This is a bug in mindie-ep. Run again with --debug to see the "
                                "traceback, and please report it.") + "\n")
            raise typer.Exit(EXIT_BUG) from None
        finally:
            set_language(previous)

    return run



def _version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"mindie-ep {__version__}\n")
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def main_options(
    version: Annotated[Optional[bool], typer.Option(
        "--version", callback=_version_callback, is_eager=True,
        help="Print the version and exit.")] = None,
) -> None:
    """Write and check Expert-Parallel configs for Huawei Ascend MindIE Server."""


# -- shared options -------------------------------------------------------------------------------

FormatOption = Annotated[Optional[OutputFormat], typer.Option(
    "--format", "-f", help="Output format (default: text on a terminal, concise otherwise).")]
VersionOption = Annotated[VersionChoice, typer.Option(
    "--mindie-version", help="MindIE release to check against; auto reads it from the install "
    "for the live config, otherwise 3.0-only requirements are warnings.")]
NodesOption = Annotated[Optional[int], typer.Option(
    "--nodes", min=1, help="Number of nodes of a multi-node or distributed deployment.")]
DevicesOption = Annotated[Optional[int], typer.Option(
    "--devices-per-node", min=1, help="NPUs per node, when the file cannot say (distributed DP).")]
RanktableOption = Annotated[Optional[str], typer.Option(
    "--ranktable", help="The ranktable JSON (default: $RANK_TABLE_FILE).")]
WeightsOption = Annotated[Optional[str], typer.Option(
    "--weights-config", help="The weights' config.json, when modelWeightPath is not on this "
    "machine.")]
ColorOption = Annotated[ColorChoice, typer.Option("--color", help="Colour the text output.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]
LangOption = Annotated[Optional[LangChoice], typer.Option(
    "--lang", case_sensitive=False, help="Language of messages, help and `explain`: en or zh "
    "(default: from LC_ALL, LC_MESSAGES or LANG). Rule codes and JSON/SARIF fields never "
    "change.")]


def _set_language(choice: LangChoice | None) -> None:
    """Before any check: the messages are made in the language active when they are made."""
    from .i18n import language_from_environment, set_language

    set_language(choice.value if choice is not None else language_from_environment(os.environ))


def _use_color(choice: ColorChoice) -> bool:
    if choice is ColorChoice.always:
        return True
    if choice is ColorChoice.never or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _profile(choice: VersionChoice, live_path: str | None):
    from .live_config import installed_version
    from .schema.profiles import Profile, parse_version_text

    if choice is not VersionChoice.auto:
        return Profile(choice.value, certain=True)
    if live_path is not None:
        found = installed_version(live_path)
        version = parse_version_text(found) if found else None
        if version is not None:
            return Profile(version, certain=True)
    return Profile("3.0", certain=False)


# -- lint -----------------------------------------------------------------------------------------

@app.command()
@guarded
def lint(
    paths: Annotated[Optional[List[str]], typer.Argument(
        help="Config files, folders (every config*.json below) or globs; '-' reads standard "
        "input. Default: the live server config.", show_default=False)] = None,
    output_format: FormatOption = None,
    fragment: Annotated[bool, typer.Option(
        "--fragment", help="Check a documentation snippet as a part of a config.")] = False,
    mindie_version: Annotated[Optional[VersionChoice], typer.Option(
        "--mindie-version", help="MindIE release to check against; auto (the default) reads it "
        "from the install for the live config, otherwise 3.0-only requirements are "
        "warnings.")] = None,
    nodes: NodesOption = None,
    devices_per_node: DevicesOption = None,
    ranktable: RanktableOption = None,
    weights_config: WeightsOption = None,
    check_permissions: Annotated[bool, typer.Option(
        "--check-permissions", help="Check the file's mode and owner as MindIE does (always "
        "done for the live config).")] = False,
    server_user: Annotated[Optional[str], typer.Option(
        "--server-user", help="The user that runs the server (default: the owner of the MindIE "
        "install).")] = None,
    stdin_filename: Annotated[Optional[str], typer.Option(
        "--stdin-filename", help="The name to show for standard input.")] = None,
    select: Annotated[Optional[List[str]], typer.Option(
        "--select", help="Only these rule codes or prefixes (e.g. MEP2); repeatable or "
        "comma-separated.")] = None,
    ignore: Annotated[Optional[List[str]], typer.Option(
        "--ignore", help="Leave out these rule codes or prefixes.")] = None,
    severity: Annotated[Optional[List[str]], typer.Option(
        "--severity", help="CODE=error|warning|info: change a rule's severity.")] = None,
    config: Annotated[Optional[str], typer.Option(
        "--config", help="Project settings file (default: .mindie-ep.toml or "
        "[tool.mindie-ep] in pyproject.toml, from here upwards).")] = None,
    no_suppressions: Annotated[bool, typer.Option(
        "--no-suppressions", help="Ignore the suppressions of the settings file.")] = False,
    fail_on: Annotated[Optional[FailLevel], typer.Option(
        "--fail-on", help="Exit 1 when a finding is at least this severe (default: error).")]
    = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Exit 0 even with findings (2 and 3 still mean failure).")] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="Print nothing; only the exit code tells.")] = False,
    report: Annotated[Optional[List[str]], typer.Option(
        "--report", help="FORMAT=PATH: also write this format to a file (repeatable).")] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply the safe fixes in place.")] = False,
    unsafe_fixes: Annotated[bool, typer.Option(
        "--unsafe-fixes", help="With --fix or --diff: also the fixes that change what the "
        "server does.")] = False,
    diff: Annotated[bool, typer.Option(
        "--diff", help="Print the fixes as a diff; write nothing.")] = False,
    cluster: Annotated[bool, typer.Option(
        "--cluster", help="The files are the nodes of one deployment: report every key that "
        "differs between them.")] = False,
    color: ColorOption = ColorChoice.auto,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Check MindIE config files: JSON syntax, every key, and the Expert-Parallel rules."""
    _set_language(lang)
    from .engine import CheckOptions
    from .inputs import expand
    from .lint_run import LintRequest, project_settings, run_lint
    from .live_config import find_live_config
    from .policy import Policy
    from .report import FORMATS

    settings = project_settings(config)
    live = None
    if not paths:
        live, looked = find_live_config(os.environ)
        if live is None:
            raise UsageError(tr("no config given and no live server config found; looked in: "
                                "{paths} (set MIES_CONFIG_JSON_PATH or name a file)",
                                paths=", ".join(looked)))
        paths = [live]
    files = expand(paths)
    version = mindie_version or VersionChoice(settings.mindie_version or "auto")
    options = CheckOptions(
        profile=_profile(version, live), fragment=fragment,
        nodes=nodes or settings.nodes, devices_per_node=devices_per_node or settings.devices_per_node,
        ranktable=ranktable, weights_config=weights_config,
        check_permissions=check_permissions or live is not None, server_user=server_user,
        live_config=live is not None)
    overrides = dict(settings.severity)
    for item in severity or []:
        code, sep, level = item.partition("=")
        if not sep or level not in ("error", "warning", "info"):
            raise UsageError(tr("--severity {item}: write CODE=error|warning|info",
                                item=repr(item)))
        overrides[code] = level
    policy = Policy(select=_codes(select) if select else settings.select,
                    ignore=settings.ignore + _codes(ignore or []), severity=overrides,
                    suppressions=[] if no_suppressions else settings.suppressions,
                    settings_path=settings.path)
    extra = []
    for item in report or []:
        fmt, sep, target = item.partition("=")
        if not sep or fmt not in FORMATS or not target:
            raise UsageError(tr("--report {item}: write FORMAT=PATH with FORMAT one of {formats}",
                                item=repr(item), formats=", ".join(FORMATS)))
        extra.append((fmt, target))
    fmt = output_format.value if output_format else ("text" if sys.stdout.isatty() else "concise")
    level = (fail_on.value if fail_on else settings.fail_on) or "error"
    request = LintRequest(
        paths=files, options=options, format=fmt, color=_use_color(color), policy=policy,
        fail_on="never" if exit_zero else level, quiet=quiet, stdin_filename=stdin_filename,
        reports=extra, fix=fix, unsafe_fixes=unsafe_fixes, diff=diff, cluster=cluster)
    raise typer.Exit(run_lint(request))


def _codes(values: list[str]) -> list[str]:
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


# -- init and set ---------------------------------------------------------------------------------

def _interactive(non_interactive: bool) -> bool:
    return (not non_interactive and not os.environ.get("CI") and sys.stdin is not None
            and sys.stdin.isatty() and sys.stdout.isatty())


@app.command()
@guarded
def init(
    output: Annotated[str, typer.Option("--output", "-o", help="The config to write (an "
                                        "existing file is updated).")] = "config.json",
    from_path: Annotated[Optional[str], typer.Option(
        "--from", help="An existing config to start from (its other keys are kept).")] = None,
    preset: Annotated[Optional[str], typer.Option(
        "--preset", help="A published layout: a2-1node, a2-2node, a2-4node, a3-1node, "
        "a3-2node.")] = None,
    answers: Annotated[Optional[str], typer.Option(
        "--answers", help="Answers from a JSON or TOML file.")] = None,
    save_answers: Annotated[Optional[str], typer.Option(
        "--save-answers", help="Write the answers to a JSON (or .toml) file for next time.")] = None,
    set_values: Annotated[Optional[List[str]], typer.Option(
        "--set", help="KEY=VALUE for any config key (dotted path or JSON Pointer); "
        "repeatable; applied last.")] = None,
    mindie_version: Annotated[Optional[str], typer.Option(
        "--mindie-version", help="3.0 or 2.x.")] = None,
    model: Annotated[Optional[str], typer.Option(
        "--model", help="deepseek-v3 (also R1), deepseek-v2 or kimi-k2.")] = None,
    quant: Annotated[Optional[str], typer.Option("--quant", help="w8a8, w4a8 or bf16.")] = None,
    weights: Annotated[Optional[str], typer.Option(
        "--weights", help="The weights folder (modelWeightPath).")] = None,
    model_name: Annotated[Optional[str], typer.Option(
        "--model-name", help="modelName (the label clients request).")] = None,
    hardware: Annotated[Optional[str], typer.Option("--hardware", help="a2 or a3.")] = None,
    nodes: Annotated[Optional[int], typer.Option("--nodes", help="Number of nodes.")] = None,
    workload: Annotated[Optional[str], typer.Option(
        "--workload", help="dynamic-ep, static-ep, long-seq or no-ep.")] = None,
    ep_level: Annotated[Optional[int], typer.Option("--ep-level", help="1 or 2.")] = None,
    topk_scaling_factor: Annotated[Optional[float], typer.Option(
        "--topk-scaling-factor", help="0.25 to 1 (long-seq).")] = None,
    layout: Annotated[Optional[str], typer.Option(
        "--layout", help="Attention dp x tp, e.g. 2x8.")] = None,
    moe_layout: Annotated[Optional[str], typer.Option(
        "--moe-layout", help="Static EP moe_ep x moe_tp, e.g. 4x4.")] = None,
    max_seq_len: Annotated[Optional[int], typer.Option("--max-seq-len")] = None,
    max_input_len: Annotated[Optional[int], typer.Option("--max-input-len")] = None,
    buffer_factors: Annotated[Optional[bool], typer.Option(
        "--buffer-factors/--no-buffer-factors", help="Write an explicit AllToAll buffer "
        "table (dynamic-ep; not recommended).")] = None,
    non_interactive: Annotated[bool, typer.Option(
        "--non-interactive", help="Never prompt (automatic without a terminal or with CI set).")]
    = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Write without asking to confirm.")]
    = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the result; write nothing.")]
    = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the change as a diff; write "
                                       "nothing.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Write even when the result has lint "
                                        "errors or the model may not fit.")] = False,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Write a MindIE config with Expert Parallel, or add EP to an existing one."""
    _set_language(lang)
    from .wizard.run import InitRequest, run_init

    flags = {"mindie_version": mindie_version, "model": model, "quant": quant,
             "weights": weights, "model_name": model_name, "hardware": hardware,
             "nodes": nodes, "workload": workload, "ep_level": ep_level,
             "topk_scaling_factor": topk_scaling_factor, "layout": layout,
             "moe_layout": moe_layout, "max_seq_len": max_seq_len,
             "max_input_len": max_input_len, "buffer_factors": buffer_factors}
    interactive = _interactive(non_interactive)
    prompter = None
    if interactive:
        from .wizard.prompter import QuestionaryPrompter

        prompter = QuestionaryPrompter()
    request = InitRequest(
        output=output, flags={k: v for k, v in flags.items() if v is not None},
        sets=set_values or [], from_path=from_path, preset=preset, answers_file=answers,
        save_answers=save_answers, interactive=interactive, yes=yes, dry_run=dry_run,
        diff=diff, force=force)
    raise typer.Exit(run_init(request, prompter))


@app.command("set")
@guarded
def set_command(
    path: Annotated[str, typer.Argument(help="The config to edit.")],
    assignments: Annotated[List[str], typer.Argument(
        help="KEY=VALUE, KEY a dotted path (BackendConfig.ModelDeployConfig.ModelConfig[0]"
        ".moe_ep) or a JSON Pointer, VALUE JSON (a bare word is a string).")],
    mindie_version: VersionOption = VersionChoice.auto,
    nodes: NodesOption = None,
    devices_per_node: DevicesOption = None,
    ranktable: RanktableOption = None,
    weights_config: WeightsOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the diff; write nothing.")]
    = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the diff; write nothing.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Write even if the change adds a lint "
                                        "error.")] = False,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Set keys in a config without touching anything else, and re-lint it before writing."""
    _set_language(lang)
    from .edit.editor import EditError, apply_changes
    from .edit.workflow import (new_errors, parse_assignment, print_diagnostics, unified_diff,
                                write_and_report)
    from .engine import CheckOptions, check_document
    from .reader import RawInput, parse_document, read_path

    changes = [parse_assignment(text) for text in assignments]
    doc = parse_document(read_path(path))
    broken = [f for f in doc.findings if f.code in ("MEP001", "MEP003", "MEP004")
              and (f.severity is None or f.severity.label == "error")]
    if broken or not doc.parsed:
        from .report import render

        options = CheckOptions(profile=_profile(mindie_version, None))
        render("concise", check_document(doc, options), sys.stderr)
        raise UsageError(tr("{path} does not parse; fix it before editing it", path=path))
    try:
        text = apply_changes(doc.text, changes)
    except EditError as err:
        raise UsageError(str(err)) from None
    options = CheckOptions(profile=_profile(mindie_version, None), nodes=nodes,
                           devices_per_node=devices_per_node, ranktable=ranktable,
                           weights_config=weights_config)
    data = text.encode("utf-8")
    before = check_document(doc, options)[0].diagnostics
    after = check_document(parse_document(RawInput(path, data, len(data))), options)[0].diagnostics
    added = new_errors(before, after)
    if dry_run or diff:
        sys.stdout.write(unified_diff(doc.text, text, path))
    if added and not force:
        print_diagnostics(added, path)
        _error(tr("refusing to write {path}: the change adds {count} error(s) (above); "
                  "--force writes it anyway", path=path, count=len(added)))
        raise typer.Exit(EXIT_FINDINGS)
    if dry_run or diff:
        raise typer.Exit(EXIT_CLEAN)
    if text == doc.text:
        sys.stderr.write(tr("{path} already has these values; nothing to change", path=path)
                         + "\n")
        raise typer.Exit(EXIT_CLEAN)
    write_and_report(path, text, tr("set {count} key(s)", count=len(changes)))


# -- show -----------------------------------------------------------------------------------------

class ShowFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
@guarded
def show(
    path: Annotated[str, typer.Argument(help="The config to describe ('-' for standard input).")],
    output_format: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.text,
    fragment: Annotated[bool, typer.Option(
        "--fragment", help="Read a documentation snippet as a part of a config.")] = False,
    nodes: NodesOption = None,
    devices_per_node: DevicesOption = None,
    ranktable: RanktableOption = None,
    weights_config: WeightsOption = None,
    env: Annotated[Optional[List[str]], typer.Option(
        "--env", help="An environment variable of the server, KEY=VALUE (e.g. "
        "DP_MOVE_UP_ENABLE=1); repeatable. Default: this shell's environment.")] = None,
    color: ColorOption = ColorChoice.auto,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Show the EP topology MindIE will run: world size, groups, which EP keys take effect."""
    _set_language(lang)
    from .engine import CheckOptions, Context, place_fragment
    from .reader import parse_document, read_path, read_stdin

    server_env = dict(os.environ)
    for item in env or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(tr("--env {item}: write KEY=VALUE", item=repr(item)))
        server_env[key] = value
    raw = read_stdin("<stdin>") if path == "-" else read_path(path)
    doc = parse_document(raw, fragment=fragment)
    if not doc.parsed:
        from .engine import check_document
        from .report import render

        reports = check_document(doc, CheckOptions(fragment=fragment))
        render("concise", reports, sys.stderr)
        _error(tr("{path}: cannot show a file that does not parse (see the findings above)",
                  path=path))
        raise typer.Exit(EXIT_FINDINGS)
    options = CheckOptions(fragment=fragment, nodes=nodes, devices_per_node=devices_per_node,
                           ranktable=ranktable, weights_config=weights_config, env=server_env)
    config, anchor = doc.value, ""
    if fragment:
        from .schema.validator import validator_for

        validator = validator_for(options.profile)
        config, anchor = place_fragment(doc.value, validator.root, validator)
    from .show import describe

    description = describe(Context(doc, config, anchor, options), server_env)
    if output_format is ShowFormat.json:
        from .show import to_json

        sys.stdout.write(to_json([description]) + "\n")
    else:
        from .report.show_text import render as render_show

        render_show([description], sys.stdout, color=_use_color(color))


# -- rules and explain ----------------------------------------------------------------------------

class RulesFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


@app.command("rules")
@guarded
def rules_command(
    output_format: Annotated[RulesFormat, typer.Option("--format", "-f")] = RulesFormat.text,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """List every rule: code, name, default severity and what it checks."""
    _set_language(lang)
    from .report.rules_docs import render_rules

    render_rules(output_format.value, sys.stdout, color=_use_color(ColorChoice.auto))


@app.command()
@guarded
def explain(
    code: Annotated[str, typer.Argument(help="A rule code (MEP202) or name "
                                        "(topk-scaling-without-cutoff).")],
    color: ColorOption = ColorChoice.auto,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Show one rule's full documentation."""
    _set_language(lang)
    from .report.rules_docs import find_rule, render_explain


    render_explain(find_rule(code), sys.stdout, color=_use_color(color))


# -- schema ---------------------------------------------------------------------------------------

@app.command()
@guarded
def schema(
    mindie_version: Annotated[VersionChoice, typer.Option(
        "--mindie-version", help="Fold the requirements of this release into `required`.")]
    = VersionChoice.v3,
    debug: DebugOption = False,
) -> None:
    """Print the bundled JSON Schema (for editors and check-jsonschema)."""
    import json

    from .resources import load_schema
    from .schema.export import schema_for_version

    version = "3.0" if mindie_version is VersionChoice.auto else mindie_version.value
    json.dump(schema_for_version(load_schema(), version), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _app_for(argv: list[str]) -> typer.Typer:
    """The application to run: typer builds every registered command's parser on each run, so
    when the first argument names a command, an application with only that command is built
    (`mindie-ep lint` does not pay for `init`'s thirty options). Anything else (no command,
    `--help`, a typo, shell completion) gets the whole application."""
    wanted = argv[0] if argv and not argv[0].startswith("-") else None
    chosen = [info for info in app.registered_commands
              if (info.name or info.callback.__name__.replace("_", "-")) == wanted]
    if not chosen:
        return app
    single = typer.Typer(**APP_SETTINGS)
    single.registered_callback = app.registered_callback
    single.registered_commands = chosen
    return single


def main() -> None:
    from typer.main import get_command

    argv = sys.argv[1:]
    command = get_command(_app_for(argv))
    if not argv or "-h" in argv or "--help" in argv:  # only help shows these texts
        from .i18n.command_help import language_of, translate_help

        translate_help(command, language_of(argv, os.environ))
    command(args=argv, prog_name="mindie-ep")
