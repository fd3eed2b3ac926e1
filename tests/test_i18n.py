"""Simplified Chinese (`--lang zh`, or a zh locale): the catalogue, the rule docs, and the CLI.

What changes with the language: every diagnostic `message` and `help`, the `related[].message`
notes and the `fix.description`, the rule documentation (`explain`, `rules`, the SARIF rule
`help` and descriptions) and the fixed words of the text format. What never changes: rule codes
and names, severities, pointers, positions, fixes' edits, and every JSON/SARIF field name.
"""

from __future__ import annotations

import ast
import json
import re
import string

import pytest

from conftest import CJK, CORPUS, EN_ENV, ROOT, ZH_ENV, json_output, run_cli
from mindie_ep_cli.i18n import language, language_from_environment, set_language, tr, zh, zh_docs
from mindie_ep_cli.rules import registry

PACKAGE = ROOT / "mindie_ep_cli"
EXAMPLE = str(ROOT / "examples" / "ep-level1-mistakes.json")
SECTIONS = ["## 功能", "## 为何重要", "## 示例", "## 推荐写法", "## 参考"]


# -- (a) every tr() template has a translation --------------------------------------------------

def _modules():
    """Every module of the package but the catalogues themselves, parsed."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name != "i18n":
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _tr_calls():
    return [(path, node) for path, tree in _modules() for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "tr"]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_template_is_translated_with_the_same_placeholders():
    calls = _tr_calls()
    assert len(calls) > 400
    problems = []
    for path, call in calls:
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if len(call.args) != 1 or not isinstance(call.args[0], ast.Constant) \
                or not isinstance(call.args[0].value, str):
            problems.append(f"{where}: tr() needs one string literal, the English template")
            continue
        if any(keyword.arg is None for keyword in call.keywords):
            problems.append(f"{where}: tr(**values) hides the placeholders from this test")
            continue
        template = call.args[0].value
        translation = zh.MESSAGES.get(template)
        if translation is None:
            problems.append(f"{where}: no Chinese for {template!r}")
            continue
        names = {keyword.arg for keyword in call.keywords}
        if names:  # formatted: placeholders, values and the translation's placeholders agree
            if not _fields(template) == names == _fields(translation):
                problems.append(f"{where}: placeholders {sorted(_fields(template))} (English), "
                                f"{sorted(names)} (given), {sorted(_fields(translation))} "
                                f"(Chinese) for {template!r}")
            else:
                translation.format(**{name: "x" for name in names})
        else:  # not formatted: literal braces must survive as they are
            for braces in re.findall(r"\{[^{}]*\}", template):
                if braces not in translation:
                    problems.append(f"{where}: {braces} is missing from the Chinese")
    assert not problems, "\n".join(problems)


def test_the_catalogue_has_no_template_that_no_code_uses():
    used = {call.args[0].value for _, call in _tr_calls()}
    assert sorted(set(zh.MESSAGES) - used) == []


def test_translations_keep_quoted_names_values_and_mindie_errors_exactly():
    for english, chinese in zh.MESSAGES.items():
        assert chinese != english and chinese.strip(), english
        for span in re.findall(r'"[^"]*"|`[^`]*`', english):  # keys, values, MindIE's own errors
            assert span in chinese, (english, span)
        for code in re.findall(r"MEP\d{3}", english):
            assert code in chinese, (english, code)


def test_schema_texts_are_the_deprecation_advice_of_the_bundled_schema():
    from mindie_ep_cli.resources import load_schema

    uses = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("x-deprecated"), dict) and "use" in node["x-deprecated"]:
                uses.add(node["x-deprecated"]["use"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_schema())
    assert set(zh.SCHEMA_TEXTS) <= uses
    # Each prose advice has a translation; the rest only name keys ("a + b").
    assert {use for use in uses if re.search(r"[a-z]{3,} [a-z]{2,}", use)} <= set(zh.SCHEMA_TEXTS)


# -- (b) every message, help, note and fix description goes through tr() ------------------------

# Calls whose arguments become a message, help line, related note or fix description: by
# positional index and keyword, and the modules where the name means that ("" for all). The
# first five are the diagnostic model; the others are helpers that pass their own parameters on
# to one of them (their call sites are checked instead).
SINKS = {
    "Finding": ((2, 3), ("message", "help"), ""),
    "Related": ((1,), ("message",), ""),
    "Fix": ((0,), ("description",), ""),
    "Diagnostic": ((3, 6), ("message", "help"), ""),
    "SyntaxProblem": ((1, 3), ("message", "help"), ""),
    "finding": ((2, 3), ("message", "help"), "rules/"),  # rules.common.Entry.finding
    "related": ((1,), ("message",), "rules/"),  # rules.common.Entry.related
    "problem": ((1, 4), ("message", "help"), "reader/scanner.py"),  # _Scanner.problem
    "_refused": ((2, 3), ("message", "help"), "reader/document.py"),
    "bad": ((1, 2), ("message", "help"), "topology/ranktable.py"),  # in check_ranktable
    "_cutoff_related": ((1,), ("message_absent",), "rules/routing_cutoff.py"),
}
# Variables that hold a translated text but are not assigned from tr() where they are used.
CARRIED = {
    ("reader/document.py", "_slow_parse", "message"):
        "the related notes of a syntax problem, made with tr() in reader/scanner.py",
}
# Attributes of an object that already holds a translated text (a SyntaxProblem, a Finding).
CARRIED_ATTRIBUTES = ("message", "help", "description")


def _functions(tree):
    """(function, the nodes that belong to it and not to a function nested in it)."""
    out = []

    def visit(node, owner):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                out.append((child, []))
                visit(child, out[-1][1])
            else:
                owner.append(child)
                visit(child, owner)

    module_nodes: list = []
    visit(tree, module_nodes)
    return [(None, module_nodes)] + out


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _translated(expr, function, nodes, where) -> bool:
    """``where``: (the module's path in the package, its functions by name, the functions being
    followed)."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "tr":
        return True
    if isinstance(expr, ast.IfExp):
        return (_translated(expr.body, function, nodes, where)
                and _translated(expr.orelse, function, nodes, where))
    if isinstance(expr, ast.Call) and _call_name(expr) in where[1]:
        # A function of the same module that makes the text: every value it returns counts.
        name = _call_name(expr)
        if name in where[2]:
            return True  # recursion: the other returns decide
        callee, callee_nodes = where[1][name]
        returns = [n.value for n in callee_nodes if isinstance(n, ast.Return)]
        inner = (where[0], where[1], where[2] | {name})
        return bool(returns) and all(value is not None
                                     and _translated(value, callee, callee_nodes, inner)
                                     for value in returns)
    if isinstance(expr, ast.Constant) and expr.value == "":
        return True
    if isinstance(expr, ast.Attribute) and expr.attr in CARRIED_ATTRIBUTES:
        return True
    if isinstance(expr, ast.Name):
        name = getattr(function, "name", None)
        if (where[0], name, expr.id) in CARRIED:
            return True
        params = [a.arg for a in function.args.args + function.args.kwonlyargs] \
            if function is not None and not isinstance(function, ast.Lambda) else []
        if name in SINKS and where[0].startswith(SINKS[name][2]) and expr.id in params:
            return True  # a helper's own parameter: its call sites are checked
        values = [node.value for node in nodes if isinstance(node, (ast.Assign, ast.AnnAssign))
                  and any(isinstance(t, ast.Name) and t.id == expr.id
                          for t in (node.targets if isinstance(node, ast.Assign)
                                    else [node.target]))]
        return bool(values) and all(_translated(v, function, nodes, where) for v in values)
    return False


def test_every_message_help_note_and_fix_description_is_translated():
    problems, checked = [], 0
    for path, tree in _modules():
        relative = str(path.relative_to(PACKAGE))
        functions = _functions(tree)
        by_name = {f.name: (f, nodes) for f, nodes in functions
                   if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
        for function, nodes in functions:
            for call in (n for n in nodes if isinstance(n, ast.Call)):
                sink = SINKS.get(_call_name(call))
                if sink is None or not relative.startswith(sink[2]):
                    continue
                indexes, keywords, _ = sink
                arguments = [call.args[i] for i in indexes if i < len(call.args)]
                arguments += [k.value for k in call.keywords if k.arg in keywords]
                for argument in arguments:
                    checked += 1
                    if not _translated(argument, function, nodes, (relative, by_name, set())):

                        problems.append(f"{relative}:{argument.lineno}: "
                                        f"{ast.unparse(argument)[:80]}")
    assert not problems, "not built with tr():\n" + "\n".join(problems)
    assert checked > 300


# -- (c) every rule has its Chinese documentation ------------------------------------------------

FENCE = re.compile(r"```[a-z]*\n.*?```", re.S)


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda rule: rule.code)
def test_every_rule_has_a_chinese_doc_with_the_five_sections(rule):
    doc = zh_docs.DOCS[rule.code]
    assert re.findall(r"^## .*", doc, re.M) == SECTIONS
    assert CJK.search(doc.splitlines()[0]), "the summary line is Chinese"
    # The examples are the English ones. The English docstrings lose the backslashes of JSON
    # strings nested in a value (MEP217, MEP220, MEP222): compared without them.
    assert [b.replace("\\", "") for b in FENCE.findall(doc)] == \
        [b.replace("\\", "") for b in FENCE.findall(rule.doc)]


def test_no_doc_for_a_rule_that_does_not_exist():
    assert set(zh_docs.DOCS) == {rule.code for rule in registry.all_rules()}


def test_the_docs_follow_the_language_and_the_english_stays_the_docstring():
    rule = registry.get("MEP202")
    try:
        set_language("zh")
        assert rule.localized_doc == zh_docs.DOCS["MEP202"]
        assert rule.localized_summary == zh_docs.DOCS["MEP202"].splitlines()[0]
        assert tr("this value wins") == "生效的是这个值"
    finally:
        set_language("en")
    assert rule.localized_doc == rule.doc and rule.localized_summary == rule.summary
    assert language() == "en"


# -- (d) the language of lint: LANG, LC_ALL, --lang ---------------------------------------------

def test_language_from_environment():
    assert language_from_environment({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert language_from_environment({"LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"}) == "en"
    assert language_from_environment({"LANG": "C", "LC_MESSAGES": "zh_TW.UTF-8"}) == "zh"
    assert language_from_environment({"LANG": "", "LC_ALL": ""}) == "en"
    assert language_from_environment({}) == "en"


def _concise(result) -> list[tuple[str, str]]:
    """(code and severity, message) of each concise line."""
    lines = result.stdout.decode().splitlines()
    out = []
    for line in lines:
        _, code, severity, message = re.match(r"(.*?:\d+:\d+): (MEP\d+) (\w+) (.*)", line).groups()
        out.append((f"{code} {severity}", message))
    return out


def test_lang_zh_locale_prints_chinese_messages_with_the_same_codes():
    english = run_cli("lint", "--format", "concise", EXAMPLE, env=EN_ENV)
    chinese = run_cli("lint", "--format", "concise", EXAMPLE, env=ZH_ENV)
    assert english.returncode == chinese.returncode == 1
    en, cn = _concise(english), _concise(chinese)
    assert [code for code, _ in cn] == [code for code, _ in en] and len(cn) >= 5
    assert not any(CJK.search(message) for _, message in en)
    assert all(CJK.search(message) for _, message in cn)


def test_lang_option_overrides_the_locale():
    english = run_cli("lint", "--format", "concise", EXAMPLE, env=EN_ENV)
    forced = run_cli("lint", "--lang", "en", "--format", "concise", EXAMPLE, env=ZH_ENV)
    assert forced.stdout == english.stdout
    chinese = run_cli("lint", "--lang", "zh", "--format", "concise", EXAMPLE, env=EN_ENV)
    assert CJK.search(chinese.stdout.decode())
    assert run_cli("lint", "--lang", "fr", EXAMPLE).returncode == 2


def test_lc_all_wins_over_lang():
    english = run_cli("lint", "--format", "concise", EXAMPLE, env=EN_ENV)
    assert run_cli("lint", "--format", "concise", EXAMPLE,
                   env={**ZH_ENV, "LC_ALL": "C.UTF-8"}).stdout == english.stdout
    chinese = run_cli("lint", "--format", "concise", EXAMPLE,
                      env={**EN_ENV, "LC_ALL": "zh_CN.UTF-8"})
    assert CJK.search(chinese.stdout.decode())


def test_text_format_translates_its_fixed_words():
    out = run_cli("lint", "--format", "text", "--color", "never", EXAMPLE,
                  env=ZH_ENV).stdout.decode()
    assert "= 帮助: " in out and "= 参见: mindie-ep explain MEP202" in out
    assert re.search(r": \d+ 个错误，\d+ 个警告，\d+ 条提示", out)
    assert "help:" not in out and "errors" not in out


def test_a_command_run_in_process_leaves_the_language_as_it_found_it(monkeypatch):
    from typer.testing import CliRunner

    from mindie_ep_cli.cli import app

    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    result = CliRunner().invoke(app, ["explain", "MEP202", "--color", "never"])
    assert result.exit_code == 0 and zh_docs.DOCS["MEP202"] in result.output
    assert language() == "en"

# -- (e) JSON and SARIF: only the texts change ---------------------------------------------------

def _without_texts(document: dict) -> dict:
    """The JSON report minus what the language changes: each diagnostic's `message` and `help`,
    its `related[].message` and its `fix.description`."""
    document = json.loads(json.dumps(document))
    for file in document["files"]:
        for d in file["diagnostics"]:
            del d["message"], d["help"]
            for related in d["related"]:
                del related["message"]
            if d["fix"] is not None:
                del d["fix"]["description"]
    return document


def _texts(document: dict) -> list[str]:
    out = []
    for file in document["files"]:
        for d in file["diagnostics"]:
            out += [d["message"], d["help"], *(r["message"] for r in d["related"])]
            if d["fix"] is not None:
                out.append(d["fix"]["description"])
    return out


def test_json_is_identical_in_both_languages_except_message_help_notes_and_fix_descriptions():
    """`message`, `help`, `related[].message` and `fix.description` are translated; every other
    field, and every field name, is the same in both languages."""
    english = json_output(run_cli("lint", "--format", "json", EXAMPLE, env=EN_ENV))
    chinese = json_output(run_cli("lint", "--format", "json", EXAMPLE, env=ZH_ENV))
    assert _without_texts(chinese) == _without_texts(english)
    pairs = list(zip(_texts(english), _texts(chinese)))
    assert len(pairs) > 15
    assert all(en != cn and CJK.search(cn) for en, cn in pairs if en)


def _sarif_shape(node, path=""):
    """Every field name and every value, except the texts the language changes."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            where = f"{path}/{key}"
            if where.endswith(("/message/text", "/shortDescription/text",
                               "/fullDescription/text", "/help/text", "/help/markdown")):
                out[key] = "<text>"
            else:
                out[key] = _sarif_shape(value, where)
        return out
    if isinstance(node, list):
        return [_sarif_shape(item, path) for item in node]
    return node


def test_sarif_is_identical_in_both_languages_except_its_texts():
    english = json_output(run_cli("lint", "--format", "sarif", EXAMPLE, env=EN_ENV))
    chinese = json_output(run_cli("lint", "--format", "sarif", EXAMPLE, env=ZH_ENV))
    assert _sarif_shape(chinese) == _sarif_shape(english)
    results = chinese["runs"][0]["results"]
    assert all(CJK.search(r["message"]["text"]) for r in results)
    assert "（帮助：" in results[0]["message"]["text"]
    rules = {r["id"]: r for r in chinese["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["MEP202"]["help"]["markdown"] == zh_docs.DOCS["MEP202"]
    assert rules["MEP202"]["shortDescription"]["text"] == zh_docs.DOCS["MEP202"].splitlines()[0]


# -- (f) explain and rules -----------------------------------------------------------------------

def test_explain_in_chinese_prints_the_chinese_doc():
    out = run_cli("explain", "MEP202", "--lang", "zh", "--color", "never").stdout.decode()
    assert out.startswith("## MEP202 topk-scaling-without-cutoff\n\n"
                          "*默认严重级别：error。*")
    assert zh_docs.DOCS["MEP202"] in out
    assert run_cli("explain", "MEP202", env=ZH_ENV).stdout.decode() == out
    english = run_cli("explain", "MEP202", "--lang", "en", env=ZH_ENV).stdout.decode()
    assert registry.get("MEP202").doc in english and not CJK.search(english)


def test_rules_summaries_in_chinese_keep_codes_names_and_severities():
    english = json.loads(run_cli("rules", "--format", "json", env=EN_ENV).stdout)
    chinese = json.loads(run_cli("rules", "--format", "json", "--lang", "zh").stdout)
    assert [{k: v for k, v in r.items() if k != "summary"} for r in chinese] == \
        [{k: v for k, v in r.items() if k != "summary"} for r in english]
    assert all(CJK.search(r["summary"]) for r in chinese)
    text = run_cli("rules", "--lang", "zh").stdout.decode()
    assert "MEP202  topk-scaling-without-cutoff" in text and CJK.search(text)


def test_the_markdown_catalogue_follows_the_language_and_its_english_is_docs_rules_md():
    chinese = run_cli("rules", "--format", "markdown", env=ZH_ENV)
    assert "# mindie-ep 规则" in chinese.stdout.decode()
    assert run_cli("rules", "--format", "markdown", "--lang", "en", env=ZH_ENV).stdout.decode() \
        == (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["lint", "show", "explain", "rules", "init", "set"])
def test_every_command_that_reports_takes_lang(command):
    assert "--lang" in run_cli(command, "--help", env={"COLUMNS": "300"}).stdout.decode()


def test_set_and_show_speak_the_language_too(tmp_path):
    path = tmp_path / "config.json"
    path.write_text((ROOT / "examples" / "ep-level1-mistakes.json").read_text())
    result = run_cli("set", "--lang", "zh", "--dry-run", str(path),
                     "BackendConfig.ModelDeployConfig.ModelConfig[0].models.deepseekv2.ep_level=7")
    added = next(line for line in (result.stdout + result.stderr).decode().splitlines()
                 if "MEP201" in line)
    assert result.returncode == 1 and "模型加载失败" in added
    shown = json_output(run_cli("show", "--format", "json", "--lang", "zh", str(path)))
    assert CJK.search(json.dumps(shown, ensure_ascii=False))


# -- (g) nothing in the real corpus stays English ------------------------------------------------

def _english_only_values(text: str) -> bool:
    """A text with no prose: only codes, keys and values (the same in every language)."""
    return not re.search(r"\b[a-z]{3,} [a-z]{2,}\b", re.sub(r'"[^"]*"|`[^`]*`', "", text))


@pytest.mark.parametrize("fragment", [False, True], ids=["whole", "fragment"])
def test_no_message_of_the_real_corpus_is_left_in_english(fragment):
    files = sorted(str(path) for path in CORPUS.iterdir() if path.is_file())
    assert len(files) > 20
    flags = ["--fragment"] if fragment else []
    english = json_output(run_cli("lint", "--format", "json", "--exit-zero", *flags, *files,
                                  "--lang", "en", timeout=120))
    chinese = json_output(run_cli("lint", "--format", "json", "--exit-zero", *flags, *files,
                                  "--lang", "zh", timeout=120))
    assert _without_texts(chinese) == _without_texts(english)
    left = [(en, cn) for en, cn in zip(_texts(english), _texts(chinese))
            if en and (en == cn or not CJK.search(cn)) and not _english_only_values(en)]
    assert len(_texts(chinese)) > 100
    assert not left, left[:5]


# -- cost: English never loads the Chinese catalogue ---------------------------------------------

def _modules_loaded_by(env: dict, *argv: str) -> set[str]:
    import os
    import subprocess
    import sys

    code = ("import sys, runpy\n"
            f"sys.argv = ['mindie-ep', *{list(argv)!r}]\n"
            "try:\n    runpy.run_module('mindie_ep_cli', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "sys.stderr.write('LOADED:' + ','.join(sorted(sys.modules)))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60,
                            env={**os.environ, "NO_COLOR": "1", **env})
    return set(result.stderr.decode().split("LOADED:")[1].split(","))


@pytest.mark.parametrize("fmt, chinese", [
    ("concise", {"mindie_ep_cli.i18n.zh"}),
    ("sarif", {"mindie_ep_cli.i18n.zh", "mindie_ep_cli.i18n.zh_docs"}),  # the rules' help
])
def test_english_lint_never_imports_the_chinese_catalogues(fmt, chinese):
    catalogues = {"mindie_ep_cli.i18n.zh", "mindie_ep_cli.i18n.zh_docs"}
    assert not catalogues & _modules_loaded_by(EN_ENV, "lint", "-f", fmt, EXAMPLE)
    assert catalogues & _modules_loaded_by(ZH_ENV, "lint", "-f", fmt, EXAMPLE) == chinese


# -- (h) --help --------------------------------------------------------------------------------

def _help_texts() -> list[str]:
    from typer.main import get_command

    from mindie_ep_cli.cli import app

    texts: list[str] = []

    def walk(command):
        texts.extend(text for text in [command.help] + [getattr(p, "help", None)
                                                         for p in command.params] if text)
        for subcommand in getattr(command, "commands", {}).values():
            walk(subcommand)

    walk(get_command(app))
    return texts


def test_every_help_text_of_every_command_has_its_chinese_and_none_is_unused():
    from mindie_ep_cli.i18n import zh_help

    texts = set(_help_texts())
    assert len(texts) > 60
    assert sorted(texts - set(zh_help.HELP)) == []
    assert sorted(set(zh_help.HELP) - texts) == []
    for english, chinese in zh_help.HELP.items():
        assert CJK.search(chinese), english
        for span in re.findall(r"`[^`]*`|MEP\d{3}|--[a-z-]+|\$[A-Z_]+", english):
            assert span in chinese, (english, span)


@pytest.mark.parametrize("argv, env, expected", [
    (["lint", "--lang", "zh", "-h"], EN_ENV, "zh"),
    (["lint", "--lang=ZH", "--help"], EN_ENV, "zh"),
    (["lint", "-h"], ZH_ENV, "zh"),
    (["lint", "--lang", "en", "-h"], ZH_ENV, "en"),
    (["lint", "--", "--lang", "zh"], EN_ENV, "en"),  # after `--` it is a file name
    (["lint", "--lang", "fr", "-h"], ZH_ENV, "zh"),  # an unknown one: click refuses it anyway
])
def test_the_help_language_comes_from_lang_then_the_environment(argv, env, expected):
    from mindie_ep_cli.i18n.command_help import language_of

    assert language_of(argv, env) == expected


def test_help_in_chinese_for_a_command_and_the_command_list():
    lint_help = run_cli("lint", "--lang", "zh", "-h", env=EN_ENV)
    assert lint_help.returncode == 0
    out = lint_help.stdout.decode()
    assert "检查 MindIE 配置文件" in out and "--fail-on" in out and "--select" in out
    assert "Check MindIE config files" not in out
    top = run_cli("--help", env=ZH_ENV).stdout.decode()
    assert "显示一条规则的完整文档。" in top and "explain" in top
    english = run_cli("lint", "-h", env=EN_ENV).stdout.decode()
    assert "Check MindIE config files" in english and not CJK.search(english)
