"""Simplified Chinese documentation of every rule, for `explain`, `rules` and the SARIF `help`.

The same markdown as the English docstrings (``rules/*.py``), section for section: 功能 (What it
does), 为何重要 (Why it matters), 示例 (Example), 推荐写法 (Use instead), 参考 (References). The
code blocks are those of the English text (``tests/test_i18n.py`` compares them), except that the
JSON strings inside a ``plugin_params`` value keep their backslashes here. ``docs/rules.md`` stays
English.

Imported only when the language is zh.
"""

DOCS = {
    "MEP001": r"""
文件不是合法的 JSON，MindIE 会拒绝整个文件。

## 功能
报告每个语法错误及其行号和列号，并指出具体错误：注释（`//`、`#`、`/* */`）、多余的末尾逗号、缺少
逗号、单引号、`NaN`/`Infinity`、未闭合的对象、`...` 占位符，或缺少最外层大括号的文档片段。意图明确的
错误（注释、逗号、引号、占位符）会在一次运行中全部报告，并继续检查文件的其余部分；其他错误会使检查在
该处停止。

## 为何重要
MindIE Server 使用严格的 JSON 解析器读取 `config.json`。上述任何错误都会导致服务启动失败，报错为
"Json file is invalid. Please check json format!"，且不给出行号。华为文档中发布的配置大约有一半按原样
复制后不是合法的 JSON（用注释解释配置项、末尾逗号、从大文件中截取的片段）。

## 示例
```json
"ModelConfig" : [
    {
        "tp": 2
        "moe_ep": 8,   // expert parallel
    },
]
```

## 推荐写法
```json
"ModelConfig" : [
    {
        "tp": 2,
        "moe_ep": 8
    }
]
```
如需单独检查文档片段，运行 `mindie-ep lint --fragment snippet.json`：它会被当作配置的一部分读取
（容忍一个末尾逗号，不报告缺失的配置段）。

## 参考
- MindIE reference 1.1（解析：nlohmann `file >> json`，不支持注释和末尾逗号）
- MindIE reference 5 item 2（从文档复制片段导致 JSON 非法）
""",
    "MEP002": r"""
同一对象中出现了两次相同的键；MindIE 会静默保留最后一个值。

## 功能
报告每个被同一对象中后出现的同名键覆盖的键，并指出生效的值所在的行。

## 为何重要
MindIE 使用的 JSON 库接受重复的键，并静默保留最后一个。运维人员如果修改了文件中第一个 `"moe_ep"`
（而文件中有两个），修改不会产生任何效果；服务仍以另一个值运行。

## 示例
```json
{ "moe_ep": 16, "tp": 8, "moe_ep": 8 }
```

## 推荐写法
```json
{ "tp": 8, "moe_ep": 16 }
```

## 参考
- MindIE reference 1.1（接受重复的键，保留最后一个值）
""",
    "MEP003": r"""
文件为空，或大于 MindIE 接受的上限（10 MiB）。

## 功能
报告 0 字节的文件（这是该文件唯一的检查结果）或超过 10,485,760 字节的文件。过大的文件仅根据大小判定
拒绝，不会读取其内容。

## 为何重要
MindIE 在解析 `config.json` 之前会检查其大小，拒绝不在 1 字节到 10 MiB 之间的文件。空文件通常意味着
编辑被中断或复制失败。

## 示例
被 `> conf/config.json` 截断为 0 字节的 `config.json`。

## 推荐写法
恢复该文件（从 `config.json.bak` 或安装目录自带的 `conf/config.json` 恢复）。

## 参考
- MindIE reference 1.1（`FileUtils::IsFileValid`，大小必须为 1..10485760 字节）
""",
    "MEP004": r"""
文件不是 UTF-8 编码（错误），或以 UTF-8 字节顺序标记开头（警告）。

## 功能
报告第一个不是合法 UTF-8 的字节及其行号和列号，以及保存为 UTF-16 或 UTF-32 的文件。UTF-8 字节顺序
标记（BOM）报告为警告。

## 为何重要
MindIE 按 UTF-8 读取 `config.json`。在 Windows 上编辑或带有中文注释的配置文件有时会被保存为 GBK 或
UTF-16，服务无法解析。

## 示例
保存为 GBK 编码、且 `modelName` 中含有中文字符的文件。

## 推荐写法
保存为不带 BOM 的 UTF-8，例如 `iconv -f GBK -t UTF-8 config.json > config.utf8.json`。

## 参考
- MindIE reference 1.1（解析）
""",
    "MEP005": r"""
文件权限宽于 640、是符号链接，或属于其他用户。

## 功能
按 MindIE 读取配置文件前的方式检查文件：权限至多为 0640（属主、属组、其他用户分别不超过 rw-、r--
和 ---），不是符号链接，且属主是运行服务的用户（`--server-user`，默认为 MindIE 安装目录的属主）。
对在线服务的配置文件总会检查；对其他文件需加 `--check-permissions`；标准输入从不检查。

## 为何重要
服务启动时会拒绝这样的文件（"Check ... permission failed" /
"Check_path: config.json failed"）。以 root 身份用会替换文件的工具编辑配置，文件属主会变成 root；
默认的 umask 会得到 0644：两者都会导致服务启动失败。

## 示例
由 `mindie` 用户运行的服务，配置文件却是 `-rw-r--r-- root root config.json`。

## 推荐写法
`chmod 640 config.json && chown mindie: config.json`

## 参考
- MindIE reference 1.1（权限和属主检查），5 item 1
""",
    "MEP006": r"""
该文件是 MindIE-Motor 的 `user_config.json`；其中的 Prefill 和 Decode 服务设置按部分配置检查。

## 功能
识别 MindIE-Motor 的部署文件（PD分离部署：`deploy_config`、`mindie_server_prefill_config`、
`mindie_server_decode_config` 等），只报告一次这个事实，而不是几十条"缺少配置项"。随后把为 Prefill
和 Decode 实例内嵌的服务设置当作文档片段检查：其中写出的每个配置项都会检查，未写出的配置项（Motor 从
其基础 `config.json` 中取得）不会报告；每个实例的 world size 取自 `deploy_config`：Prefill 为
`single_p_instance_pod_num` x `p_pod_npu_num`，Decode 为 `single_d_instance_pod_num` x
`d_pod_npu_num`。这些问题都定位到本文件中。

## 为何重要
Motor 根据这些内嵌配置块为每个实例生成 `config.json`，因此这里写错的并行布局或 EP 设置会破坏它部署的
每一个实例。服务本身从不读取 `user_config.json`，所以不能把它当作完整的服务配置检查。

## 示例
MindIE-Motor 中的 `mindie_service/management_service/example/deploy_scripts/user_config.json`。

## 推荐写法
这条提示本身无需修改；请修复内嵌配置块中报告的问题，拿到生成的 `config.json` 后也检查它们。

## 参考
- MindIE reference 4（PD分离的 Motor 部署），3.2（分布式 DP 的 Decode 实例）
""",
    "MEP007": r"""
项目设置中的某条抑制规则没有匹配到任何问题。

## 功能
报告 `.mindie-ep.toml`（或 `pyproject.toml` 中的 `[tool.mindie-ep]`）里本次运行中没有抑制任何问题的
每个 `[[suppress]]` 条目，位置为它在设置文件中的行。

## 为何重要
抑制规则会比它所针对的问题存在得更久：配置一旦修改，它可能在同一位置掩盖一个新的、真实的问题。及时
删除过时的抑制规则，可以让每个例外都是有意为之。

## 示例
```toml
[[suppress]]
code = "MEP214"
pointer = "/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/ep_level"
reason = "nodes share a switch"
```
而 `ep_level` 已改为 1。

## 推荐写法
删除该条目（或修正其 `code` 或 `pointer`）。

## 参考
- mindie-ep README，项目设置（这是 mindie-ep 自身的设置，因此没有对应的 MindIE reference 章节）
""",
    "MEP008": r"""
权重目录或其 `config.json` 会被拒绝：权限、属主不符，或缺少模型类型。

## 功能
当本机上存在 `modelWeightPath`，并且检查权限时（检查运行中服务的配置，或使用
`--check-permissions`），按 MindIE 加载模型前的做法检查：目录权限不超过 0750，权重的 `config.json`
权限不超过 0640，两者的属主都是运行服务的用户，且该 `config.json` 中有 `model_type`。

## 为何重要
如果权重是以默认 umask 复制的（目录 0755、文件 0644），或由其他用户复制，服务会报
"Check_path: config.json failed" 或权限错误并停止，而刚下载的权重通常正是这种状态。没有
`model_type` 时，模型代码根本无法选择 DeepSeek 的实现。

## 示例
服务以 `mindie` 运行，而 `drwxr-xr-x root root /data/weights/DeepSeek-R1_w8a8`。

## 推荐写法
`chmod 750 /data/weights/DeepSeek-R1_w8a8 && chmod 640 /data/weights/DeepSeek-R1_w8a8/config.json`
（属于其他用户时再执行 `chown -R mindie:`）。

## 参考
- MindIE reference 1.1（同样遵守 640 规则的相关文件；modelWeightPath 最多 750），1.7
  （modelWeightPath），5 第 1 项
""",
    "MEP101": r"""
缺少服务必需的配置项。

## 功能
报告 MindIE 必需而文件中缺少的每个配置项，位置为应包含它的对象。仅 MindIE 3.0 必需的配置项（3.0 会
无条件读取 `distDPServerEnabled`、`multiNodesInferEnabled`、`interNodeTLSEnabled`、
`trustRemoteCode`、`metricsPort`、`tokenTimeout` 和 `e2eTimeout`）在 `--mindie-version 3.0` 时为错误，
在版本未知时为注明版本的警告，在 `--mindie-version 2.x` 时不报告。

## 为何重要
服务查找必需配置项时没有兜底值：缺少任何一个都会导致启动失败（"missing compulsory field"，或对 3.0
不加保护读取的配置项报 JSON 类型错误）。为 1.0 或 2.x 版本编写的配置缺少 3.0 需要的若干配置项。

## 示例
2.x 时代的 `ServerConfig` 没有 `"distDPServerEnabled"`，却运行在 MindIE 3.0 上。

## 推荐写法
按默认值添加该配置项，例如 `"distDPServerEnabled" : false`。

## 参考
- MindIE reference 1.3（`CheckJsonParamType`，不加保护读取的配置项），1.4-1.8（必需配置项）
""",
    "MEP102": r"""
配置项的 JSON 类型错误。

## 功能
报告 MindIE 不接受的值类型：C++ 侧需要 JSON 整数的地方写了字符串或小数（`worldSize` 写成 `"8"` 或
`8.0`），需要真正布尔值的地方写了数字。对于没有类型约束的 ModelConfig 配置项（`tp`、`dp`、`moe_ep`
等），服务会把值强制转换为整数，因此这里的类型错误是警告，并说明服务实际得到的值（`1.5` 会被静默变成
1）。在 `models.*` 中，模型侧会先转换字符串，因此 `"ep_level": "2"` 可以加载（警告），而
`"enable_init_routing_cutoff": 1` 无法通过严格的布尔检查（错误）。

## 为何重要
有类型约束的配置项类型错误会导致服务启动失败（"type of ... is not ..."）；没有类型约束的配置项会被
静默转换，服务实际运行的值可能与文件中写的不同。

## 示例
```json
"worldSize" : "8",
"tp" : 1.5
```

## 推荐写法
```json
"worldSize" : 8,
"tp" : 1
```

## 参考
- MindIE reference 1.3（类型检查），1.7（无类型约束的配置项转换为 int32），2.1 step 5（转换）
""",
    "MEP103": r"""
值超出了 MindIE 接受的范围或取值列表。

## 功能
报告超出范围的数字、不在允许取值中或不符合所需格式的字符串，以及元素过少或过多的列表，并列出允许的
取值。

## 为何重要
服务在加载配置时检查这些范围，遇到第一个超出范围的值就会启动失败，而报错信息并不总是指明是哪个配置项。

## 示例
```json
"maxLinkNum" : 5000
```

## 推荐写法
```json
"maxLinkNum" : 4096
```

## 参考
- MindIE reference 1.4-1.8（各配置项的范围），2.2（模型侧校验）
""",
    "MEP104": r"""
MindIE 不认识的配置项：如果与某个已知配置项非常接近则为警告，否则为提示。

## 功能
报告 Schema 中该位置没有列出的配置项。如果该配置项只差一个字母、只有大小写或下划线不同，或者属于文件
中的其他位置（`ep_level` 直接写在 `ModelConfig` 条目中，而不是 `models.deepseekv2` 下），则报告为
警告，并说明可能的本意。MindIE 透传并在别处读取的配置项（`ignore_eos`、`async_scheduler_wait_time`、
`kv_link_timeout` 等）属于已知配置项，不会报告。

## 为何重要
MindIE 会静默忽略未知配置项。拼错的 `"moe_epp": 16` 会让专家并行保持关闭，而服务照常启动。

## 示例
```json
"models" : { "deepseekv2" : { "ep_levle" : 2 } }
```

## 推荐写法
```json
"models" : { "deepseekv2" : { "ep_level" : 2 } }
```

## 参考
- MindIE reference 1.3（忽略未知配置项），1.7（透传配置项），2.1（模型侧合并）
""",
    "MEP105": r"""
旧版本的配置项，MindIE 已不再读取。

## 功能
报告旧版 MindIE 使用而新版忽略的配置项：1.0/2.0 的 `LogConfig` 配置项（`logLevel`、`logPath` 等；自
2.0 起日志通过 `MINDIE_LOG_*` 环境变量设置）、3.0 中移除的 `kmc*` 和 `*PkPwd` 配置项，以及 1.0.x 的
单文件 TLS 配置项。如果版本配置表明服务会忽略该配置项，则为警告，否则为提示。

## 为何重要
该设置不会生效：写在那里的日志级别或 TLS 文件不会被使用。

## 示例
```json
"LogConfig" : { "logLevel" : "Info", "logPath" : "logs/mindie-server.log" }
```

## 推荐写法
在服务的环境中设置 `MINDIE_LOG_LEVEL=info`（以及 `MINDIE_LOG_TO_FILE`、`MINDIE_LOG_PATH`）；
`LogConfig` 中只保留 3.0 的 `dynamicLogLevel*` 配置项。

## 参考
- MindIE reference 1.2（各版本的配置结构），1.4（已发布文件中仍能见到的旧配置项）
""",
    "MEP106": r"""
`Version` 不是 "1.0.0"，而文档只允许这个值。

## 功能
报告顶层 `Version` 不是字符串 `"1.0.0"` 的情况。

## 为何重要
文档规定 `Version` 固定为 "1.0.0" 且不可修改。MindIE 3.0 不读取它，所以其他值目前也能加载，但这通常
意味着文件来自改写过它的工具或镜像（某 AutoDL 镜像中为 "1.1.0"），其他配置项也可能有问题。

## 示例
```json
"Version" : "1.1.0"
```

## 推荐写法
```json
"Version" : "1.0.0"
```

## 参考
- MindIE reference 1.2（`Version`：字符串，固定为 "1.0.0"）
""",
    "MEP201": r"""
`ep_level` 不是 1 或 2，模型加载失败。

## 功能
按 MindIE 自身的转换规则检查 `models.deepseekv2.ep_level`：`2`、`"2"` 和 `2.0` 都表示 2（字符串或
小数为警告：可以运行，但建议直接写数字）。其他任何值（包括 3 和 0）都是错误。

## 为何重要
DeepSeek 模型的校验只接受 1（静态EP，AllGather）和 2（动态EP，AllToAll，计算与通信融合）。代码中
存在级别 3，但在这里会被拒绝。其他任何值都会使模型加载在 "Validation failed for argument 'ep_level'"
处停止，服务无法启动。

## 示例
```json
"models": { "deepseekv2": { "ep_level": 3 } }
```

## 推荐写法
```json
"models": { "deepseekv2": { "ep_level": 2 } }
```

## 参考
- MindIE reference 2.2（校验：取值为 [1, 2] 之一），2.3（级别），5 item 5
""",
    "MEP202": r"""
设置了小于 1.0 的 `topk_scaling_factor`，但路由截断未开启，因此它不起作用。

## 功能
当 `enable_init_routing_cutoff` 不为 true 时，报告不等于 1.0（默认值）的 `topk_scaling_factor`。
未开启截断时系数为 1.0 即默认值，不会报告。

## 为何重要
只有在开启路由截断时，该系数才会缩小 Prefill 阶段的 top-k 路由（DeepSeek 的 top-8 x 0.25 = top-2）；
文档要求两者同时设置。未开启截断时该系数会被静默忽略：运维人员期望的长序列显存节省不会发生，64K token
的 Prefill 可能耗尽 NPU 显存。

## 示例
```json
"deepseekv2": { "ep_level": 1, "topk_scaling_factor": 0.25 }
```

## 推荐写法
```json
"deepseekv2": { "ep_level": 1, "enable_init_routing_cutoff": true, "topk_scaling_factor": 0.25 }
```

## 参考
- MindIE reference 2.6（不开启截断时该系数无效），5 item 6
""",
    "MEP203": r"""
在 `ep_level` 为 2 时开启了路由截断，MindIE 会忽略它。

## 功能
报告 `ep_level` 为 2 的条目上的 `enable_init_routing_cutoff: true`。

## 为何重要
路由截断（及其 `topk_scaling_factor`）只在静态EP（`ep_level` 1）下生效。在动态EP下 MindIE 会静默
关闭它，Prefill 仍使用完整的 top-k，长序列预期的显存节省不会发生。

## 示例
```json
"deepseekv2": { "ep_level": 2, "enable_init_routing_cutoff": true, "topk_scaling_factor": 0.5 }
```

## 推荐写法
长序列场景使用 `"ep_level": 1` 并开启截断；追求吞吐量时使用 `"ep_level": 2` 且不开启截断。

## 参考
- MindIE reference 2.2（仅在 ep_level == 1 时生效），2.6
""",
    "MEP204": r"""
`topk_scaling_factor` 超出了 MindIE 接受的范围。

## 功能
路由截断生效时（`enable_init_routing_cutoff: true` 且 `ep_level` 为 1），该系数必须在 [0.25, 1]
范围内；否则模型校验接受 [0, 1]。不是数字的值同样是错误。

## 为何重要
开启截断时，任何小于 0.25 的值都会使模型初始化抛出 `ValueError`（"topk_scaling_factor must be in
range [0.25, 1.0]"）；而在任何情况下，校验都会拒绝 [0, 1] 之外的值：模型加载失败，服务无法启动。

## 示例
```json
"deepseekv2": { "ep_level": 1, "enable_init_routing_cutoff": true, "topk_scaling_factor": 0.125 }
```

## 推荐写法
```json
"deepseekv2": { "ep_level": 1, "enable_init_routing_cutoff": true, "topk_scaling_factor": 0.25 }
```

## 参考
- MindIE reference 2.2（校验范围 [0, 1]），2.6（开启截断时初始化要求 [0.25, 1]）
""",
    "MEP205": r"""
`alltoall_ep_buffer_scale_factors` 不是由 `[threshold, factor]` 二元组组成的列表。

## 功能
检查该表是非空列表，且每一行都是 `[>= 0 的整数, > 0 的数]`。

## 为何重要
MindIE 加载配置时不校验该表；它在第一次动态EP的 Prefill 时才读取，格式错误的行会使缓冲区大小计算
失败或得到不合理的结果，而此时服务早已看似正常运行。

## 示例
```json
"alltoall_ep_buffer_scale_factors": [[32768, 3.0], [0]]
```

## 推荐写法
```json
"alltoall_ep_buffer_scale_factors": [[32768, 3.0], [0, 8.0]]
```

## 参考
- MindIE reference 2.2（不做校验），2.5（格式）
""",
    "MEP206": r"""
缓冲区系数表的阈值没有严格降序排列，因此某些行永远不会被使用。

## 功能
报告第一个阈值不小于前一行阈值的行，并指出是前面哪一行遮盖了它。

## 为何重要
MindIE 按书写顺序遍历该表，取第一个阈值小于或等于 Prefill 长度的行。在升序表
`[[0, 8.0], [8192, 5.2], ...]` 中，`[0, 8.0]` 这一行匹配所有长度，因此每次 Prefill 都会分配最大的
缓冲区。文档要求该表按阈值降序排列。

## 示例
```json
"alltoall_ep_buffer_scale_factors": [[0, 8.0], [8192, 5.2], [32768, 3.0]]
```

## 推荐写法
```json
"alltoall_ep_buffer_scale_factors": [[32768, 3.0], [8192, 5.2], [0, 8.0]]
```

## 参考
- MindIE reference 2.5（按给定顺序取第一个匹配项；要求降序）
""",
    "MEP207": r"""
缓冲区系数表没有 `[0, x]` 行，因此较短的 Prefill 会回退为 factor = moe_ep。

## 功能
报告格式正确但没有阈值为 0 的行的表。

## 为何重要
短于最小阈值的 Prefill 匹配不到任何行，MindIE 会直接使用 `moe_ep` 作为系数：在大 EP 下为 16 或 64，
分配的 AllToAll 缓冲区远大于该表的本意（小 EP 下则会小得多）。

## 示例
```json
"alltoall_ep_buffer_scale_factors": [[32768, 3.0], [8192, 5.2]]
```

## 推荐写法
```json
"alltoall_ep_buffer_scale_factors": [[32768, 3.0], [8192, 5.2], [0, 8.0]]
```

## 参考
- MindIE reference 2.5（无匹配时：factor = moe_ep_size）
""",
    "MEP208": r"""
在 `ep_level` 为 1 时设置了 `alltoall_ep_buffer_scale_factors`，但没有任何地方会读取它。

## 功能
报告有效 `ep_level` 为 1（显式写出，或未设置 `ep_level` 时的默认值）的条目上的该表。

## 为何重要
该表只用于计算动态EP（`ep_level` 2）的 AllToAll 缓冲区大小。在静态EP下它会被忽略，这通常意味着
运维人员本想开启动态EP却没有开启。

## 示例
```json
"deepseekv2": { "alltoall_ep_buffer_scale_factors": [[8192, 5.2], [0, 8.0]] }
```

## 推荐写法
```json
"deepseekv2": { "ep_level": 2, "alltoall_ep_buffer_scale_factors": [[8192, 5.2], [0, 8.0]] }
```

## 参考
- MindIE reference 2.5（仅在 ep_level 2 时生效）
""",
    "MEP209": r"""
自定义了缓冲区系数表：文档建议保留内置表。

## 功能
报告任何 `alltoall_ep_buffer_scale_factors`，并在它只是重复内置表时加以说明。

## 为何重要
内置表（以及没有该表时模型自身的大小计算）经过华为调优；EP 文档指出一般不建议添加该配置项。每当模型、
batch size 或 EP 规模发生变化，手写的表都值得重新审视。

## 示例
```json
"alltoall_ep_buffer_scale_factors": [[1048576, 1.32], [524288, 1.4], [262144, 1.53], [131072, 1.8], [32768, 3.0], [8192, 5.2], [0, 8.0]]
```

## 推荐写法
除非性能分析表明缓冲区是瓶颈，否则不要写该配置项。

## 参考
- MindIE reference 2.5（"一般不建议添加"；默认表）
""",
    "MEP210": r"""
设置了 EP 配置项，但 `moe_ep` 缺失或不大于 1，因此这些配置项全部被忽略。

## 功能
报告 `models.deepseekv2` 中设置了 EP 配置项（`ep_level`、路由截断、`topk_scaling_factor`、缓冲区
系数表、`eplb`、`enable_dispatch_combine_v2`、`communication_backend`、
`parallel_options.hccl_moe_ep_buffer`），而 `moe_ep` 缺失或不大于 1 的条目。

## 为何重要
只有当 `moe_ep > 1` 时模型才会开启专家并行；否则无论配置如何，都会强制将 EP 级别设为"无 EP"。服务
能够启动，专家仅以张量并行方式运行，运维人员调好的 EP 设置完全不起作用。

## 示例
```json
"tp": 8,
"models": { "deepseekv2": { "ep_level": 2 } }
```

## 推荐写法
```json
"moe_ep": 8, "moe_tp": 1,
"models": { "deepseekv2": { "ep_level": 2 } }
```

## 参考
- MindIE reference 2.3（moe_ep <= 1 强制为 NO_EP），1.7（moe_ep 默认为 1）
""",
    "MEP211": r"""
动态EP（`ep_level` 2）下有效的 `moe_tp` 不为 1。

## 功能
报告 `moe_ep > 1` 且 `ep_level` 为 2、而有效 `moe_tp` 不为 1 的条目：可能是显式写成这样，也可能是
未设置，此时它默认取 `tp`（如果设置了）或 world size。

## 为何重要
动态EP只支持 `moe_tp = 1`；模型加载时会抛出 "Dynamic EP only supports moe_tp = 1"，服务无法启动。
官方 EP 配置示例中省略了 `moe_tp`，照抄的配置正是以这种方式失败。

## 示例
```json
"worldSize": 8, "moe_ep": 8,
"models": { "deepseekv2": { "ep_level": 2 } }
```

## 推荐写法
```json
"worldSize": 8, "moe_ep": 8, "moe_tp": 1,
"models": { "deepseekv2": { "ep_level": 2 } }
```

## 参考
- MindIE reference 2.3（DYNAMIC_EP 要求 moe_tp == 1），3.4，5 item 4
""",
    "MEP212": r"""
权重不是 DeepSeek-V2/V3/R1 或 Kimi-K2，却配置了 `models.deepseekv2` 配置块。

## 功能
从权重的 `config.json`（位于 `modelWeightPath`，或 `--weights-config` 指定的文件）中读取
`model_type`。如果它不是 `deepseek_v2`、`deepseek_v3`、`deepseekv3` 或 `kimi_k2`，则报告该配置块
（警告）。如果此处无法读取权重，只有当 `modelName` 或权重路径指向其他模型系列（Qwen、Llama、
DeepSeek-R1-Distill 模型等）时才报告为提示。

## 为何重要
MindIE 根据权重的 `model_type` 而不是 `modelName` 选择模型代码。对于其他模型，`deepseekv2` 配置块会
被合并，但从不校验也从不使用：没有 EP，没有报错，日志中也没有任何记录。DeepSeek-R1-Distill 模型是
Qwen 或 Llama 架构，完全不接受 EP 设置。

## 示例
```json
"modelName": "DeepSeek-R1-Distill-Qwen-32B",
"models": { "deepseekv2": { "ep_level": 2 } }
```

## 推荐写法
删除该配置块；稠密模型使用 `tp`/`dp` 配置并行方式。

## 参考
- MindIE reference 3.5（哪些 model type 接受 models.deepseekv2），2.1 step 3
""",
    "MEP213": r"""
融合 Grouped MatMul 算子会在该部署上自动开启。

## 功能
对于 atb 后端、全局 world size 大于 16 的 PD分离部署（`inferMode` 为 "dmi"），提示：当 world size
超过 32（NZ 格式转换后的权重为 16），且权重为 W8A8 动态量化或 `enable_gmmswigluquant` 为 true 时，
Decode 实例会自行开启融合 Grouped MatMul（`enable_atlas_gmm_fused`）；动态EPLB（`eplb.level` 2）会
强制开启它。分布式 DP 实例（`distDPServerEnabled` 或 `distributedEnable`）视为 Decode 实例；否则
提示中会注明"如果"。

## 为何重要
文档将其描述为"EP > 32"的规则，但代码实际依据的是全局 world size，只作用于 Decode 实例，且只针对
W8A8 动态量化权重或显式开关。它会改变 Decode 实例的算子和显存占用，而文件中没有任何配置项体现这一点，
因此在比较 P 和 D 的行为时值得了解。它不是用户配置项。

## 示例
一个在 64 个 NPU 上运行 `dp` 64、使用 W8A8 动态量化权重的分布式 DP Decode 实例。

## 推荐写法
无需修改，这只是提示。如果希望该行为不依赖于权重的量化方式，请显式设置 `enable_gmmswigluquant`。

## 参考
- MindIE reference 2.4（enable_atlas_gmm_fused）
""",
    "MEP214": r"""
跨两个或更多节点使用动态EP时，服务器之间需要通过交换机互联。

## 功能
报告多节点或分布式部署中 `moe_ep > 1` 的 `ep_level` 2。

## 为何重要
EP 文档指出，使用 `ep_level` 2 的双机部署必须通过交换机连接服务器，否则服务启动失败。`config.json`
无法体现物理连线，因此这是在首次启动前检查连线的提醒。

## 示例
两个 Atlas 800I A2 节点（`multiNodesInferEnabled: true`）使用 `"ep_level": 2`。

## 推荐写法
将各节点的 NPU 端口通过交换机连接（不要背靠背直连），或使用 `ep_level` 1。

## 参考
- MindIE reference 2.3（双机 ep_level 2 需要交换机），3.4，5 item 8
""",
    "MEP215": r"""
`lm_head_local_tp`、`o_proj_local_tp`（或其他 `parallel_options` 配置项）直接写在
`models.deepseekv2` 下，MindIE 会忽略它。

## 功能
报告本应位于 `parallel_options` 中、却被写高了一层、直接放在 `deepseekv2` 配置块中的配置项。

## 为何重要
只有当 MindIE 的默认配置中同一路径存在同名配置项时，它才会把 `models.deepseekv2` 中的配置项复制到
模型设置上；`lm_head_local_tp` 只存在于 `parallel_options` 中，因此平铺写法会被无声地丢弃。调优指南
中印的正是平铺写法，照抄会在不知不觉中关闭这项优化。

## 示例
```json
"deepseekv2": { "lm_head_local_tp": 16, "o_proj_local_tp": 2 }
```

## 推荐写法
```json
"deepseekv2": { "parallel_options": { "lm_head_local_tp": 16, "o_proj_local_tp": 2 } }
```

## 参考
- MindIE reference 2.1 step 4（合并时只复制已存在的配置项），5 item 14
""",
    "MEP216": r"""
EPLB 设置会导致加载失败（错误）或不起作用（警告）。

## 功能
- 错误：`eplb.level` 不是 0、1、2 或 3（"Invalid EPLB configuration"），或 level 1（静态冗余专家）
  没有 `expert_map_file`；
- 警告：`eplb.level` 大于 0 而 `ep_level` 不为 2（文档只说明了 EPLB 用于动态EP）、level 2（动态
  EPLB，文档标注为暂不支持）以及 level 3（强制均衡，仅用于性能测试，不得在生产环境中使用）。

## 为何重要
无效的级别会使模型加载失败；没有映射文件的静态EPLB 无部署方案可用。在静态EP下负载均衡不在文档支持的
配置范围内，冗余专家会白白占用显存（每张卡每个冗余专家约 2.4 GB）。

## 示例
```json
"deepseekv2": { "ep_level": 1, "eplb": { "level": 1 } }
```

## 推荐写法
```json
"deepseekv2": { "ep_level": 2, "eplb": { "level": 1, "expert_map_file": "/path/expert_map.json" } }
```

## 参考
- MindIE reference 2.2（eplb.level 取值 0..3），2.3（EPLB 仅用于 ep_level 2），2.7
""",
    "MEP217": r"""
DeepSeek 模型开启了 Prefix Cache，但没有设置 `kv_cache_options.enable_nz: true`。

## 功能
在 DeepSeek 权重上，报告 `plugin_params` 开启了 `prefix_cache`、而
`models.deepseekv2.kv_cache_options.enable_nz` 不为 true 的条目。

## 为何重要
DeepSeek 模型代码要求 Prefix Cache 使用 NZ 格式的 KV Cache，否则加载时抛出 `ValueError`，服务无法
启动。KV Cache 池化需要 Prefix Cache 插件，因此池化部署同样会遇到这个问题。

## 示例
```json
"plugin_params": "{\"plugin_type\":\"prefix_cache\"}",
"models": { "deepseekv2": { "ep_level": 1 } }
```

## 推荐写法
```json
"plugin_params": "{\"plugin_type\":\"prefix_cache\"}",
"models": { "deepseekv2": { "ep_level": 1, "kv_cache_options": { "enable_nz": true } } }
```

## 参考
- MindIE reference 3.3（未设置 enable_nz 时使用 Prefix Cache），5 item 16，3.4（KV 池化）
""",
    "MEP218": r"""
`mix_shared_routing` 与 dangling 共享专家同时使用（错误），或与上下文并行同时使用（警告）。

## 功能
报告 `mix_shared_routing: true` 与 `num_dangling_shared_experts > 0` 同时设置（模型会拒绝），以及与
`cp > 1` 同时设置（文档不允许）。

## 为何重要
两种共享专家策略互斥：模型加载时抛出 `ValueError`。文档注明混合共享路由与上下文并行不兼容。

## 示例
```json
"deepseekv2": { "mix_shared_routing": true, "num_dangling_shared_experts": 32 }
```

## 推荐写法
二选一：`"mix_shared_routing": true` 或 `"num_dangling_shared_experts": 32`。

## 参考
- MindIE reference 2.2（互斥），3.3，3.4（不能与 CP 同时使用）
""",
    "MEP219": r"""
`lm_head_local_tp` 或 `o_proj_local_tp` 大于单个节点，或 `lm_head_local_tp` 与 Attention `tp` > 1
同时使用。

## 功能
检查 `models.deepseekv2.parallel_options`：local TP 大于每节点设备数 L（= world size / 节点数）是
错误，`lm_head_local_tp` 与 Attention `tp` > 1 同时使用也是错误；`o_proj_local_tp` 与 `tp` > 1 同时
使用为警告（文档不允许）。值 -1 表示"关闭"，不会报告。

## 为何重要
并行映射代码不接受跨节点的 local TP 组，也不接受在 Attention 已经是张量并行时再切分 LM Head：模型加载
失败。这些选项用于 Attention DP 布局（`tp` 1），且 `lm_head_local_tp` 还需要在服务环境中设置
`DP_PARTITION_UP_ENABLE=1`。

## 示例
```json
"tp": 8, "models": { "deepseekv2": { "parallel_options": { "lm_head_local_tp": 16 } } }
```

## 推荐写法
```json
"tp": 1, "dp": 16, "models": { "deepseekv2": { "parallel_options": { "lm_head_local_tp": 16 } } }
```

## 参考
- MindIE reference 2.2（lm_head_local_tp 大于本地 world size 或与 attn tp > 1 同时使用），3.3，3.4
""",
    "MEP220": r"""
`models` 写成了字符串（或其他非对象类型），而不是对象。

## 功能
报告 `models` 不是 JSON 对象的 `ModelConfig` 条目，例如把整个配置块粘贴成了转义后的字符串。

## 为何重要
MindIE 以 JSON 文本的形式把 `models` 传给模型侧；字符串在那里会变成带引号的字符串，模型代码加载时报错
"Expected dict at models"。

## 示例
```json
"models": "{\"deepseekv2\": {\"ep_level\": 2}}"
```

## 推荐写法
```json
"models": { "deepseekv2": { "ep_level": 2 } }
```

## 参考
- MindIE reference 1.7（models 总是被序列化传递），5 item 14
""",
    "MEP221": r"""
`parallel_options.hccl_moe_ep_buffer` 小于 512 MB。

## 功能
报告 `models.deepseekv2.parallel_options.hccl_moe_ep_buffer` 小于 512（MB，模型校验的最小值），或者
在运行 `mindie-ep` 的环境中 `HCCL_BUFFSIZE` 设置得更大时小于 `HCCL_BUFFSIZE`（要检查这一点，请在 NPU
主机上以服务的环境变量运行）。

## 为何重要
模型校验会拒绝小于 512 MB（或 `$HCCL_BUFFSIZE`，取较大者）的缓冲区，模型加载失败。值过大则是相反的
风险：加载时显存不足。

## 示例
```json
"parallel_options": { "hccl_moe_ep_buffer": 256 }
```

## 推荐写法
```json
"parallel_options": { "hccl_moe_ep_buffer": 512 }
```

## 参考
- MindIE reference 2.2（hccl_moe_ep_buffer >= max(512, HCCL_BUFFSIZE)），5 item 15
""",
    "MEP222": r"""
`plugin_params` 不是包含 `plugin_type` 的 JSON 对象。

## 功能
报告不是合法 JSON 的 `plugin_params` 字符串，或者其 JSON 不是带有字符串类型 `plugin_type`（以逗号
分隔的插件列表：`mtp`、`prefix_cache`、`splitfuse` 等）的对象。

## 为何重要
MindIE 把 `plugin_params` 作为文本交给插件加载器，后者在模型加载时将其解析为 JSON：有问题的字符串
（通常是未转义的引号）会在那时失败，而此前服务配置本身已经通过了检查。

## 示例
```json
"plugin_params": "{plugin_type: mtp, num_speculative_tokens: 1}"
```

## 推荐写法
```json
"plugin_params": "{\"plugin_type\":\"mtp\",\"num_speculative_tokens\":1}"
```

## 参考
- MindIE reference 1.7（plugin_params：合法 JSON，最多 1024 个字符）
""",
    "MEP301": r"""
`moe_ep` x `moe_tp` 不等于 world size（或在没有 EP 时，`moe_tp` 不等于 W）。

## 功能
当 `moe_ep > 1` 时检查 `moe_ep x moe_tp == W`；当 `moe_ep <= 1` 时检查 `moe_tp == W`。如果没有写
`moe_tp`，提示中会说明它取了哪个默认值：设置了 `tp` 时为 `tp`（atb 后端），否则为 W。

## 为何重要
模型的并行映射会拒绝这种布局（"World size must equal to MoE's ep_size * MoE's tp_size"，或
"... MoE's tp_size"），服务无法启动。官方 EP 配置示例（`worldSize` 8、`moe_ep` 8、没有 `moe_tp`）
在 3.0 上就会这样失败：`moe_tp` 默认为 8，而 8 x 8 不等于 8。DP 配置示例（`tp` 1、`dp` 8、没有
`moe_tp`）也一样：`moe_tp` 默认取 `tp` = 1。

## 示例
```json
"worldSize": 8, "moe_ep": 8
```

## 推荐写法
```json
"worldSize": 8, "moe_ep": 8, "moe_tp": 1
```

## 参考
- MindIE reference 3.3（映射规则以及经过验证的文档示例），5 item 3
""",
    "MEP302": r"""
`moe_ep` > 1 但没有显式设置 `moe_tp`。

## 功能
报告开启了 EP（`moe_ep > 1`）而让 `moe_tp` 取默认值的条目，前提是该默认值恰好合适（不合适时由
MEP301 报告错误）。

## 为何重要
默认值取决于后端以及是否写了 `tp`（取 `tp`，否则取 world size），旧版本推导的方式也可能不同。显式
写出 `moe_tp` 能让布局一目了然，并在 `tp` 或节点数变化时保持正确。

## 示例
```json
"tp": 2, "moe_ep": 4
```

## 推荐写法
```json
"tp": 2, "moe_ep": 4, "moe_tp": 2
```

## 参考
- MindIE reference 3.3（"always emit moe_tp explicitly"），7 item 1
""",
    "MEP303": r"""
`tp` x `cp` x `dp` 不等于 world size（`pp` > 1 时为 `tp` x `pp`）。

## 功能
根据全局 world size W 检查 Attention 布局：`tp x cp x dp == W`，使用流水线并行时为 `tp x pp == W`。
未设置的并行数取默认值（`tp` = W，其余为 1）。

## 为何重要
并行映射代码拒绝其他任何乘积（"World size must equal to attention's dp_size * ... cp_size * ...
tp_size"），服务无法启动。在多节点部署中，乘积必须等于*全局*大小（节点数 x 每节点设备数），而不是
每节点的 `worldSize`。

## 示例
```json
"worldSize": 8, "dp": 2, "tp": 8
```

## 推荐写法
```json
"worldSize": 8, "dp": 2, "tp": 4
```

## 参考
- MindIE reference 3.3，3.2（全局 world size），5 item 7
""",
    "MEP304": r"""
序列并行（`sp` > 1）时 `sp` 与 `tp` 不同。

## 功能
当 `sp > 1` 且 `sp != tp` 时报告（使用有效的 `tp`，其默认值为 world size）。

## 为何重要
序列并行在 Attention 的 TP 组内切分 KV Cache，因此并行映射代码要求 `sp == tp`，加载时拒绝其他值。

## 示例
```json
"tp": 8, "sp": 4
```

## 推荐写法
```json
"tp": 8, "sp": 8
```

## 参考
- MindIE reference 3.3（sp > 1 -> sp == tp），3.4
""",
    "MEP305": r"""
上下文并行（`cp` != 1）或流水线并行（`pp` != 1）与 `dp` != 1 同时使用。

## 功能
报告 `cp != 1` 与 `dp != 1` 同时出现，以及 `pp != 1` 与 `dp != 1` 同时出现。

## 为何重要
并行映射代码认为 CP 与 Attention DP（以及 PP 与 DP）互斥，加载时拒绝这种组合。上下文并行指南中使用的
是 `dp` 1 配合 `cp` 2。

## 示例
```json
"worldSize": 16, "cp": 2, "dp": 2, "tp": 4
```

## 推荐写法
```json
"worldSize": 16, "cp": 2, "dp": 1, "tp": 8, "sp": 8
```

## 参考
- MindIE reference 3.3（cp != 1 且 dp != 1 -> 报错；pp 同理），3.4
""",
    "MEP306": r"""
TP 组（`tp`，或开启 EP 时的 `moe_tp`）大于单个节点，但又不是整个 world size。

## 功能
设 L 为每节点设备数，当 `tp > L` 且 `tp != W` 时报告；当 `moe_ep > 1` 时，`moe_tp > L` 且
`moe_tp != W` 也会报告。

## 为何重要
张量并行组要么覆盖全部 NPU，要么限制在单个节点内，不能跨越多个节点中的一部分；并行映射代码在加载时
拒绝其他大小。4 节点 A2 布局中写 `moe_tp` 16、`moe_ep` 2 就是这种错误。

## 示例
```json
"worldSize": 8, "moe_ep": 2, "moe_tp": 16
```
在四个节点上且 `multiNodesInferEnabled: true`（W = 32，L = 8）。

## 推荐写法
`"moe_ep": 4, "moe_tp": 8`（每个节点一个 TP 组），或 `"moe_ep": 32, "moe_tp": 1`。

## 参考
- MindIE reference 3.3（tp <= L 或 tp == W；开启 EP 时 moe_tp 同理）
""",
    "MEP307": r"""
`dp`、`sp` 或 `cp` 小于 1（例如旧版本表示"关闭"的 -1）。

## 功能
报告写成小于 1 的数字的 `dp`、`sp` 或 `cp`。MindIE 3.0 会拒绝它们；3.0 之前的版本在文档中把 `dp: -1`
作为"关闭"，因此在无法确定版本时报告为注明 3.0 的警告，而使用 `--mindie-version 2.x` 时 -1 不会报告。

## 为何重要
3.0 的服务会自行检查这些配置项，启动时抛出 "dp cannot be smaller than 1"。从旧版数据并行指南复制的
配置带有 `"dp": -1`。

## 示例
```json
"dp": -1
```

## 推荐写法
```json
"dp": 1
```

## 参考
- MindIE reference 3.1 item 6，1.7（dp），5 item 9，7 item 5
""",
    "MEP308": r"""
`npuDeviceIds` 与 `modelInstanceNumber` 或 `worldSize` 不一致，或重复列出了某个设备。

## 功能
检查 `npuDeviceIds` 中每个模型实例（`modelInstanceNumber`）对应一个列表、每个列表有
`ModelConfig[0].worldSize` 个设备，且没有任何列表重复列出同一设备。

## 为何重要
服务启动时会比较这些值，不一致时拒绝该配置。常见情况是为 A3 节点把 `worldSize` 改成 16，却忘了列出
16 个 die。在多节点部署中，这些列表在被 ranktable 取代之前仍会与 `worldSize` 比较，因此同样必须一致。

## 示例
```json
"npuDeviceIds" : [[0,1,2,3,4,5,6,7]],
"worldSize" : 16
```

## 推荐写法
```json
"npuDeviceIds" : [[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]],
"worldSize" : 16
```

## 参考
- MindIE reference 3.1 item 1，1.5（npuDeviceIds 的含义），5 item 12
""",
    "MEP309": r"""
无法从文件确定全局 world size，因此跳过与 world size 相关的规则。

## 功能
每个文件提示一次 world size W 未知、原因以及需要传入的参数：多节点（`multiNodesInferEnabled`）或分布式
（`ScheduleConfig.distributedEnable`）配置的 W 取自 ranktable（由 `--ranktable FILE` 或
`RANK_TABLE_FILE` 指定），或取自 `--nodes N`（当 `worldSize` 不是每节点设备数时还需
`--devices-per-node`）。省略了 `multiNodesInferEnabled` 的片段需要 `--nodes`。

## 为何重要
在多节点部署中 `worldSize` 是每节点的设备数（A2 节点上为 8），而在分布式 DP 的 Decode 实例上它为 1，
`dp` 却是 64。根据它猜测 W 会在正常工作的布局上误报错误，因此 MEP301、MEP303、MEP306 和 MEP312 需要
真实的 W，在给出之前会被跳过。

## 示例
不带 `--nodes` 检查一个两节点 A2 配置（`multiNodesInferEnabled: true`，`worldSize` 8）。

## 推荐写法
`mindie-ep lint --nodes 2 config.json`，或 `--ranktable /path/ranktable.json`。

## 参考
- MindIE reference 3.2（worldSize 的含义），1.9（ranktable）
""",
    "MEP310": r"""
ranktable 违反了服务读取它时检查的规则。

## 功能
当配置为多节点或分布式部署、且给出了 ranktable（`--ranktable` 或 `RANK_TABLE_FILE`）时，按服务的方式
检查它：`server_count` 是 2 到 60 的字符串且等于服务器数量，每台服务器有 1 到 32 个设备且数量相同，
每台服务器有非空的 `container_ip`，`device_id` 为 0 到 63，`rank_id` 为 0 到 511，`device_ip` 合法。
问题报告在 ranktable 文件中；配置文件中只有一条指向它的检查结果。

## 为何重要
服务启动时在每个节点上读取 ranktable，违反这些规则的表会被拒绝；所有并行检查所用的 world size 都来自它。

## 示例
`"server_count": 2`（数字），或某台服务器没有 `container_ip`。

## 推荐写法
`"server_count": "2"`，并为每台服务器提供 `container_ip`，与 `hccn_tool` 生成的一致。

## 参考
- MindIE reference 1.9（ranktable 规则），3.2
""",
    "MEP311": r"""
路由专家无法均匀分布到 `moe_ep` 上。

## 功能
当 `moe_ep > 1` 时，把路由专家（取自权重的 `n_routed_experts`，或按模型系列：DeepSeek-V3/R1 为 256，
DeepSeek-V2 为 160，Kimi-K2 为 384）加上静态EPLB 的冗余专家，分配到 `moe_ep` 减去 dangling 共享专家
的设备上，分配不均时报告。

## 为何重要
MindIE 依次在每个设备上放置 ceil(专家数 / 设备数) 个专家，直到分完为止，因此最后几个设备上的专家较少
甚至没有：可以运行，但负载和显存不均衡，部分 NPU 会闲置。

## 示例
DeepSeek-R1 的 256 个专家配 `"moe_ep": 12`（11 个设备各放置 22 个，1 个设备放置 14 个）。

## 推荐写法
使用能整除专家数的 `moe_ep`（256 个专家可用 8、16、32、64）。

## 参考
- MindIE reference 2.7（专家部署），2.2（num_dangling_shared_experts）
""",
    "MEP312": r"""
全局 world size 不是节点数的整数倍。

## 功能
报告节点数 n 无法整除的 world size W（来自 ranktable）。

## 为何重要
并行映射代码由 L = W / n 推导每节点设备数，并拒绝不是 n 整数倍的 W；当 ranktable 中各节点列出的设备数
不同时就会出现这种情况。

## 示例
三台服务器上分别有 8、8 和 4 个设备的 ranktable（W = 20，n = 3）。

## 推荐写法
每个节点使用相同数量的 NPU。

## 参考
- MindIE reference 3.3（W % n == 0），1.9（每节点设备数相同）
""",
    "MEP313": r"""
`--nodes` 大于 1，但配置不是多节点部署，因此 MindIE 会在单个节点上运行它。

## 功能
当配置的 `multiNodesInferEnabled` 为 false（或缺失）且不是分布式 DP 实例时，报告 `--nodes N`
（N > 1）。

## 为何重要
没有 `multiNodesInferEnabled: true` 时，MindIE 从不读取 ranktable，并把 `worldSize` 当作整个部署。
A3 指南警告，多节点 A3 部署如果不设置它，只会被识别为 16 个设备，因此为多节点设计的布局会失败或只在
单个节点上运行。

## 示例
对 `"multiNodesInferEnabled" : false` 的配置运行 `mindie-ep lint --nodes 2 config.json`。

## 推荐写法
在每个节点上设置 `"multiNodesInferEnabled" : true`（所有节点使用相同的 config.json）。

## 参考
- MindIE reference 3.2（A3_single.md 中的警告），5 item 8
""",
    "MEP401": r"""
`maxInputTokenLen` 不小于 `maxSeqLen`，MindIE 会静默调低它。

## 功能
报告 `maxInputTokenLen >= maxSeqLen`。

## 为何重要
服务会不加提示地把输入长度截断为 `maxSeqLen - 1`，因此提示词会比文件中写的更早被截断（或被拒绝），
并且没有留下生成输出的空间。

## 示例
```json
"maxSeqLen" : 8192, "maxInputTokenLen" : 8192
```

## 推荐写法
```json
"maxSeqLen" : 10240, "maxInputTokenLen" : 8192
```

## 参考
- MindIE reference 3.1 item 7，1.6
""",
    "MEP402": r"""
`maxPrefillTokens` 小于 `maxInputTokenLen`（非 SplitFuse 场景）。

## 功能
当 `templateType` 不是 "Mix"（SplitFuse，会切分长 Prefill）时，报告
`ScheduleConfig.maxPrefillTokens < ModelDeployConfig.maxInputTokenLen`。

## 为何重要
一条最大输入长度的提示词必须能放进一个 Prefill 批次；否则服务启动失败（"The value of maxPrefillTokens
should not be less than maxInputTokenLen"）。为长序列（64K）调大 `maxInputTokenLen` 却没有调大
`maxPrefillTokens` 是最常见的原因。

## 示例
```json
"maxInputTokenLen" : 65000, ... "maxPrefillTokens" : 8192
```

## 推荐写法
```json
"maxInputTokenLen" : 65000, ... "maxPrefillTokens" : 65000
```

## 参考
- MindIE reference 3.1 item 2，5 item 10
""",
    "MEP403": r"""
`maxPreemptCount` > 0，而某个模型的 `cpuMemSize` 为 0。

## 功能
当 `ScheduleConfig.maxPreemptCount` 大于 0 时，报告每个 `cpuMemSize: 0` 的 ModelConfig 条目。

## 为何重要
抢占会把 KV 块换出到主机内存；没有主机侧交换空间（`cpuMemSize` 为 0）时，服务启动时会拒绝这种组合。

## 示例
```json
"cpuMemSize" : 0, ... "maxPreemptCount" : 10
```

## 推荐写法
`"cpuMemSize" : 5`，或 `"maxPreemptCount" : 0`。

## 参考
- MindIE reference 3.1 item 3，1.7（cpuMemSize），5 item 11
""",
    "MEP404": r"""
`ServerConfig.port` 与 `BackendConfig.multiNodesInferPort` 相同。

## 功能
报告推理端口与多节点端口设成同一个值。`port` 与 `managementPort`、`metricsPort` 共用是支持的布局，
不会报告。

## 为何重要
服务会检查这两个端口是否不同，相同时启动失败。

## 示例
```json
"port" : 1120, ... "multiNodesInferPort" : 1120
```

## 推荐写法
```json
"port" : 1025, ... "multiNodesInferPort" : 1120
```

## 参考
- MindIE reference 3.1 item 4，1.4
""",
    "MEP405": r"""
`templateType` 为 "Standard"，但 ModelConfig 条目数不是恰好一个。

## 功能
当 `ModelConfig` 有零个或多个条目时，报告 `ScheduleConfig.templateType: "Standard"`。

## 为何重要
Standard 模板只服务一个模型；条目数不是一个时服务启动失败。

## 示例
`ModelConfig` 中有两个条目，且 `"templateType" : "Standard"`。

## 推荐写法
每个服务只配置一个 `ModelConfig` 条目。

## 参考
- MindIE reference 3.1 item 5，1.6
""",
    "MEP406": r"""
某个批处理上限大于 `maxBatchSize`（错误），或 `maxIterTimes` 大于 `maxSeqLen`（警告）。

## 功能
报告 `maxPrefillBatchSize`、`maxPreemptCount` 或 `maxN` 大于 `maxBatchSize`，以及 `maxIterTimes`
大于 `maxSeqLen`。

## 为何重要
前三种情况服务启动时会拒绝。文档规定 `maxIterTimes`（单个请求最多生成的 token 数）不超过
`maxSeqLen`；超过后这个上限永远达不到。

## 示例
```json
"maxPrefillBatchSize" : 300, "maxBatchSize" : 200
```

## 推荐写法
```json
"maxPrefillBatchSize" : 50, "maxBatchSize" : 200
```

## 参考
- MindIE reference 3.1 items 3 and 7，1.8
""",
    "MEP407": r"""
服务启动时会自行调整的调度参数。

## 功能
报告 MindIE 会静默修改的值：`maxBatchSize` 大于 `maxPrefillTokens`（被限制为后者）、
`maxPrefillTokens` 小于 min(`maxSeqLen`, `maxInputTokenLen` + `maxIterTimes`)（被提高到该值，
SplitFuse 除外），以及 `cp` > 1 时不是 2 x `cp` 整数倍的 `maxSeqLen` 或 `maxPrefillTokens`（向上取整）。

## 为何重要
服务实际运行的数值与文件中的不同；基于文件做的容量规划和显存估算会因此出现偏差。

## 示例
```json
"maxBatchSize" : 16384, "maxPrefillTokens" : 8192
```

## 推荐写法
直接写出服务实际会使用的值。

## 参考
- MindIE reference 3.1 item 7（llm_manager_impl.cpp 中的调整）
""",
    "MEP408": r"""
服务监听所有地址（`0.0.0.0`），却没有设置 `allowAllZeroIpListening`。

## 功能
当 `allowAllZeroIpListening` 不为 true 时，报告设为 `0.0.0.0`（或 `::`）的 `ipAddress` 或
`managementIpAddress`。

## 为何重要
监听所有网卡会把推理 API 暴露到主机之外；除非运维人员显式同意，否则 MindIE 启动时会拒绝。

## 示例
```json
"ipAddress" : "0.0.0.0", "allowAllZeroIpListening" : false
```

## 推荐写法
使用节点自身的 IP（或有意识地设置 `"allowAllZeroIpListening" : true`）。

## 参考
- MindIE reference 1.4（ipAddress，allowAllZeroIpListening）
""",
    "MEP501": r"""
同一部署的各节点 `config.json` 中某个配置项不同。

## 功能
使用 `mindie-ep lint --cluster node1.json node2.json ...` 时，把每个文件的每个配置项与第一个文件比较，
报告值不同、或某个文件有而另一个文件没有的每个配置项，并在两处都标出。

## 为何重要
MindIE 要求多节点部署的每个节点使用相同的 `config.json`：各节点独立地从中推导全局布局（world size、
dp、tp、moe_ep、moe_tp、端口），任何差异都会让它们对通信组的划分产生分歧，服务启动失败，或卡在第一次
集合通信操作。逐台编辑各节点的操作手册很容易让配置不知不觉地产生差异。

## 示例
节点 1 上是 `"moe_tp" : 4`，节点 2 上是 `"moe_tp" : 1`。

## 推荐写法
把同一个文件复制到每个节点（`scp config.json node2:/usr/local/Ascend/mindie/latest/mindie-service/conf/`），
再用 `--cluster` 检查。

## 参考
- MindIE reference 3.4（所有节点的 config.json 相同），3.2
""",
}

DOCS = {code: text.strip() for code, text in DOCS.items()}
