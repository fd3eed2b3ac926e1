"""Simplified Chinese `--help`: the help text of every command and option (English -> Chinese).

Option names, values, key names, paths and `...` spans stay as in English;
``tests/test_i18n.py`` checks that every help text of the CLI is here and that nothing here is
unused. Imported only for `--help` in Chinese.
"""

HELP = {
    # -- mindie-ep
    'Write and check Expert-Parallel configs for Huawei Ascend MindIE Server.':
        '为华为昇腾 MindIE Server 编写并检查专家并行（EP）配置。',
    'Print the version and exit.':
        '打印版本号后退出。',
    'Install completion for the current shell.':
        '为当前 shell 安装命令补全。',
    'Show completion for the current shell, to copy it or customize the installation.':
        '显示当前 shell 的命令补全脚本，便于复制或自定义安装。',
    # -- options shared by several commands
    'Output format (default: text on a terminal, concise otherwise).':
        '输出格式（默认：终端上为 text，否则为 concise）。',
    'MindIE release to check against; auto (the default) reads it from the install for the live config, otherwise 3.0-only requirements are warnings.':
        '按哪个 MindIE 版本检查；auto（默认）对运行中的配置从安装目录读取版本，否则仅 3.0 的要求报为警告。',
    'MindIE release to check against; auto reads it from the install for the live config, otherwise 3.0-only requirements are warnings.':
        '按哪个 MindIE 版本检查；auto 对运行中的配置从安装目录读取版本，否则仅 3.0 的要求报为警告。',
    'Number of nodes of a multi-node or distributed deployment.':
        '多节点或分布式部署的节点数。',
    'NPUs per node, when the file cannot say (distributed DP).':
        '每节点 NPU 数，用于文件无法给出的情况（分布式 DP）。',
    'The ranktable JSON (default: $RANK_TABLE_FILE).':
        'ranktable JSON 文件（默认：$RANK_TABLE_FILE）。',
    "The weights' config.json, when modelWeightPath is not on this machine.":
        '权重目录中的 config.json，用于 modelWeightPath 不在本机的情况。',
    'Colour the text output.':
        '文本输出是否着色。',
    'Language of messages, help and `explain`: en or zh (default: from LC_ALL, LC_MESSAGES or LANG). Rule codes and JSON/SARIF fields never change.':
        '消息、帮助和 `explain` 的语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES 或 LANG）。规则编号和 JSON/SARIF 字段名不随语言变化。',
    'Show tracebacks of internal errors.':
        '内部错误时显示 Python 调用栈。',
    'Check a documentation snippet as a part of a config.':
        '把文档片段当作配置的一部分来检查。',
    'Read a documentation snippet as a part of a config.':
        '把文档片段当作配置的一部分来读取。',
    # -- lint
    'Check MindIE config files: JSON syntax, every key, and the Expert-Parallel rules.':
        '检查 MindIE 配置文件：JSON 语法、每个配置项以及专家并行规则。',
    "Config files, folders (every config*.json below) or globs; '-' reads standard input. Default: the live server config.":
        "配置文件、目录（其下所有 config*.json）或通配符；'-' 表示读取标准输入。默认：运行中服务的配置。",
    "Check the file's mode and owner as MindIE does (always done for the live config).":
        '像 MindIE 一样检查文件的权限和属主（对运行中的配置总会检查）。',
    'The user that runs the server (default: the owner of the MindIE install).':
        '运行服务的用户（默认：MindIE 安装目录的属主）。',
    'The name to show for standard input.':
        '标准输入在输出中显示的名称。',
    'Only these rule codes or prefixes (e.g. MEP2); repeatable or comma-separated.':
        '只检查这些规则编号或前缀（例如 MEP2）；可重复或以逗号分隔。',
    'Leave out these rule codes or prefixes.':
        '不检查这些规则编号或前缀。',
    "CODE=error|warning|info: change a rule's severity.":
        'CODE=error|warning|info：修改规则的严重级别。',
    'Project settings file (default: .mindie-ep.toml or [tool.mindie-ep] in pyproject.toml, from here upwards).':
        '项目设置文件（默认：从当前目录向上查找 .mindie-ep.toml 或 pyproject.toml 中的 [tool.mindie-ep]）。',
    'Ignore the suppressions of the settings file.':
        '忽略设置文件中的抑制规则。',
    'Exit 1 when a finding is at least this severe (default: error).':
        '存在至少该严重级别的问题时以 1 退出（默认：error）。',
    'Exit 0 even with findings (2 and 3 still mean failure).':
        '即使发现问题也以 0 退出（2 和 3 仍表示失败）。',
    'Print nothing; only the exit code tells.':
        '不输出任何内容；只看退出码。',
    'FORMAT=PATH: also write this format to a file (repeatable).':
        'FORMAT=PATH：另将该格式的结果写入文件（可重复）。',
    'Apply the safe fixes in place.':
        '直接在文件中应用安全的修复。',
    'With --fix or --diff: also the fixes that change what the server does.':
        '与 --fix 或 --diff 一起使用：同时应用会改变服务行为的修复。',
    'Print the fixes as a diff; write nothing.':
        '以 diff 形式打印修复；不写入任何文件。',
    'The files are the nodes of one deployment: report every key that differs between them.':
        '这些文件是同一部署中各节点的配置：报告它们之间不同的每个配置项。',
    # -- init
    'Write a MindIE config with Expert Parallel, or add EP to an existing one.':
        '编写带专家并行的 MindIE 配置，或为已有配置加入 EP。',
    'The config to write (an existing file is updated).':
        '要写入的配置文件（已存在的文件会被更新）。',
    'An existing config to start from (its other keys are kept).':
        '作为起点的已有配置（其他配置项保持不变）。',
    'A published layout: a2-1node, a2-2node, a2-4node, a3-1node, a3-2node.':
        '官方发布的部署方式：a2-1node、a2-2node、a2-4node、a3-1node、a3-2node。',
    'Answers from a JSON or TOML file.':
        '从 JSON 或 TOML 文件读取回答。',
    'Write the answers to a JSON (or .toml) file for next time.':
        '把回答写入 JSON（或 .toml）文件，供下次使用。',
    'KEY=VALUE for any config key (dotted path or JSON Pointer); repeatable; applied last.':
        '任意配置项的 KEY=VALUE（点分路径或 JSON Pointer）；可重复；最后应用。',
    '3.0 or 2.x.':
        '3.0 或 2.x。',
    'deepseek-v3 (also R1), deepseek-v2 or kimi-k2.':
        'deepseek-v3（也适用于 R1）、deepseek-v2 或 kimi-k2。',
    'w8a8, w4a8 or bf16.':
        'w8a8、w4a8 或 bf16。',
    'The weights folder (modelWeightPath).':
        '权重目录（modelWeightPath）。',
    'modelName (the label clients request).':
        'modelName（客户端请求时使用的名称）。',
    'a2 or a3.':
        'a2 或 a3。',
    'Number of nodes.':
        '节点数。',
    'dynamic-ep, static-ep, long-seq or no-ep.':
        'dynamic-ep、static-ep、long-seq 或 no-ep。',
    '1 or 2.':
        '1 或 2。',
    '0.25 to 1 (long-seq).':
        '0.25 到 1（long-seq）。',
    'Attention dp x tp, e.g. 2x8.':
        'Attention 的 dp x tp，例如 2x8。',
    'Static EP moe_ep x moe_tp, e.g. 4x4.':
        '静态EP 的 moe_ep x moe_tp，例如 4x4。',
    'Write an explicit AllToAll buffer table (dynamic-ep; not recommended).':
        '写入显式的 AllToAll 缓冲区系数表（dynamic-ep；不推荐）。',
    'Never prompt (automatic without a terminal or with CI set).':
        '从不提问（没有终端或设置了 CI 时自动生效）。',
    'Write without asking to confirm.':
        '写入前不再确认。',
    'Print the result; write nothing.':
        '打印结果；不写入任何文件。',
    'Print the change as a diff; write nothing.':
        '以 diff 形式打印改动；不写入任何文件。',
    'Write even when the result has lint errors or the model may not fit.':
        '即使结果有检查错误或模型可能放不下，也写入。',
    # -- set
    'Set keys in a config without touching anything else, and re-lint it before writing.':
        '只修改配置中的指定配置项，其余内容不变，写入前重新检查。',
    'The config to edit.':
        '要修改的配置文件。',
    'KEY=VALUE, KEY a dotted path (BackendConfig.ModelDeployConfig.ModelConfig[0].moe_ep) or a JSON Pointer, VALUE JSON (a bare word is a string).':
        'KEY=VALUE，KEY 为点分路径（BackendConfig.ModelDeployConfig.ModelConfig[0].moe_ep）或 JSON Pointer，VALUE 为 JSON（不带引号的单词视为字符串）。',
    'Print the diff; write nothing.':
        '打印 diff；不写入任何文件。',
    'Write even if the change adds a lint error.':
        '即使改动引入检查错误，也写入。',
    # -- show
    'Show the EP topology MindIE will run: world size, groups, which EP keys take effect.':
        '显示 MindIE 实际运行的 EP 拓扑：world size、各并行组、哪些 EP 配置项生效。',
    "The config to describe ('-' for standard input).":
        "要描述的配置文件（'-' 表示标准输入）。",
    "An environment variable of the server, KEY=VALUE (e.g. DP_MOVE_UP_ENABLE=1); repeatable. Default: this shell's environment.":
        '服务的环境变量，KEY=VALUE（例如 DP_MOVE_UP_ENABLE=1）；可重复。默认：当前 shell 的环境。',
    # -- rules, explain, schema
    'List every rule: code, name, default severity and what it checks.':
        '列出所有规则：编号、名称、默认严重级别和检查内容。',
    "Show one rule's full documentation.":
        '显示一条规则的完整文档。',
    'A rule code (MEP202) or name (topk-scaling-without-cutoff).':
        '规则编号（MEP202）或名称（topk-scaling-without-cutoff）。',
    'Print the bundled JSON Schema (for editors and check-jsonschema).':
        '打印内置的 JSON Schema（供编辑器和 check-jsonschema 使用）。',
    'Fold the requirements of this release into `required`.':
        '把该版本的必填要求并入 `required`。',
}
