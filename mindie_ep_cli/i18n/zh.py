"""Simplified Chinese: every message template of the code (``tr("...")``), English -> Chinese.

Written for a MindIE operator, with the terms of Huawei's Chinese MindIE documentation (专家并行,
张量并行, 数据并行, 动态EP, 静态EP, 配置文件, 启动失败, 模型加载失败, ...). Key names, values, rule
codes, file paths, commands and the quoted MindIE error strings stay exactly as in English; "world
size" stays as the documentation's own term in sentences (the `show` label is 总卡数). Each ``{placeholder}`` of an English template appears
in its translation (``tests/test_i18n.py`` checks that, and that no key here is unused).

Imported only when the language is zh, so ``lint`` in English never pays for it.
"""

MESSAGES = {
    # -- engine.py
    'the file holds {value}, not an object: a MindIE config.json is one JSON object':
        '文件内容是 {value}，不是对象：MindIE 的 config.json 必须是一个 JSON 对象',
    'start from the stock conf/config.json':
        '以安装目录自带的 conf/config.json 为基础重新编写',
    # -- policy.py
    'the suppression of {code} at {pointer} matches no finding':
        '针对 {pointer} 处 {code} 的抑制规则没有匹配到任何问题',
    'delete it (its reason was: {reason})':
        '删除该抑制规则（其理由为：{reason}）',
    # -- reader/document.py
    'the file is empty (0 bytes): MindIE refuses a config whose size is not between 1 byte and 10 MiB':
        '文件为空（0 字节）：MindIE 拒绝大小不在 1 字节到 10 MiB 之间的配置文件',
    'restore the config, e.g. from the .bak or the stock conf/config.json':
        '恢复配置文件，例如从 .bak 备份或安装目录自带的 conf/config.json 恢复',
    'the file is {size} bytes: MindIE refuses a config over 10 MiB ({limit} bytes)':
        '文件大小为 {size} 字节：MindIE 拒绝超过 10 MiB（{limit} 字节）的配置文件',
    'a MindIE config is a few KB; check that this is the right file':
        'MindIE 配置文件通常只有几 KB，请确认是否选错了文件',
    'the file is encoded as {encoding}: MindIE reads config files as UTF-8':
        '文件编码为 {encoding}：MindIE 按 UTF-8 读取配置文件',
    'save the file as UTF-8 without a byte-order mark':
        '将文件另存为不带字节顺序标记（BOM）的 UTF-8 编码',
    'the file starts with a UTF-8 byte-order mark (BOM)':
        '文件以 UTF-8 字节顺序标记（BOM）开头',
    'save the file as UTF-8 without a BOM':
        '将文件另存为不带 BOM 的 UTF-8 编码',
    'duplicate key "{key}": MindIE silently keeps the last value, on line {line}, and ignores this one':
        '重复的键 "{key}"：MindIE 会静默保留最后一个值（第 {line} 行），并忽略此处的值',
    'delete one of the two "{key}" keys, keeping the value you mean':
        '删除两个 "{key}" 中的一个，保留你想要的值',
    'this value wins':
        '生效的是这个值',
    'byte 0x{byte} at line {line}, column {column} is not valid UTF-8 (the file looks like UTF-16): MindIE reads config files as UTF-8':
        '第 {line} 行第 {column} 列的字节 0x{byte} 不是有效的 UTF-8（文件看起来是 UTF-16 编码）：MindIE 按 UTF-8 读取配置文件',
    'byte 0x{byte} at line {line}, column {column} is not valid UTF-8: MindIE reads config files as UTF-8':
        '第 {line} 行第 {column} 列的字节 0x{byte} 不是有效的 UTF-8：MindIE 按 UTF-8 读取配置文件',
    'save the file as UTF-8 (for example with `iconv -f GBK -t UTF-8`)':
        '将文件另存为 UTF-8 编码（例如使用 `iconv -f GBK -t UTF-8`）',
    # -- reader/scanner.py
    'the end of the file':
        '文件末尾',
    'comment ({marker} ...): JSON has no comments, so MindIE refuses the whole file ("Json file is invalid")':
        '注释（{marker} ...）：JSON 不支持注释，MindIE 会拒绝整个文件（"Json file is invalid"）',
    'delete the comment, or move it out of config.json':
        '删除该注释，或将其移出 config.json',
    'comment /* is never closed with */':
        '注释 /* 没有以 */ 结束',
    'close the comment, then delete it: JSON has no comments':
        '补全注释的结束符后将其删除：JSON 不支持注释',
    'comment (/* ... */): JSON has no comments, so MindIE refuses the whole file ("Json file is invalid")':
        '注释（/* ... */）：JSON 不支持注释，MindIE 会拒绝整个文件（"Json file is invalid"）',
    'delete the comment':
        '删除该注释',
    '{char} is not JSON whitespace (often pasted from a web page)':
        '{char} 不是 JSON 允许的空白字符（常见于从网页复制的内容）',
    'replace it with an ordinary space':
        '将其替换为普通空格',
    'the file holds no JSON value (only whitespace or comments)':
        '文件中没有任何 JSON 值（只有空白或注释）',
    'a MindIE config.json is one JSON object: { "ServerConfig": {...}, "BackendConfig": {...} }':
        'MindIE 的 config.json 是一个 JSON 对象：{ "ServerConfig": {...}, "BackendConfig": {...} }',
    'this is a fragment of a config, not a whole file: it starts with a member ("key" : value) instead of \'{\'; MindIE needs one JSON object':
        '这是配置文件的一个片段，不是完整文件：它以成员（"key" : value）而不是 \'{\' 开头；MindIE 需要一个完整的 JSON 对象',
    'wrap the members in { } to make a whole config, or check a documentation snippet with `mindie-ep lint --fragment`':
        '用 { } 包住这些成员使之成为完整配置，或使用 `mindie-ep lint --fragment` 检查文档片段',
    'two commas in a row':
        '连续出现两个逗号',
    'delete one of the commas':
        '删除其中一个逗号',
    'key {key} is not in double quotes':
        '键 {key} 没有用双引号括起来',
    'write "{key}"':
        '写成 "{key}"',
    'expected a key in double quotes, found {found}':
        '此处应为带双引号的键，实际为 {found}',
    'each member of an object is "key" : value':
        '对象的每个成员都应写成 "key" : value',
    "'=' between a key and its value; JSON uses ':'":
        "键和值之间用了 '='；JSON 使用 ':'",
    'write "{key}" : value':
        '写成 "{key}" : value',
    'expected \':\' after the key "{key}", found {found}':
        '键 "{key}" 之后应为 \':\'，实际为 {found}',
    'the key "{key}" has no value':
        '键 "{key}" 没有值',
    'give "{key}" a value, or delete the key':
        '为 "{key}" 赋值，或删除该键',
    "close the object with '}'":
        "用 '}' 结束该对象",
    "'}' closes more objects than were opened":
        "'}' 的数量多于已打开的对象",
    "delete the extra '}'":
        "删除多余的 '}'",
    'expected \',\' or \'}}\' after the value of "{key}", found {found}':
        '"{key}" 的值之后应为 \',\' 或 \'}}\'，实际为 {found}',
    "separate members with ',' and close the object with '}'":
        "成员之间用 ',' 分隔，并用 '}' 结束对象",
    'two commas in a row (an empty array element)':
        '连续出现两个逗号（数组中有空元素）',
    "close the array with ']'":
        "用 ']' 结束该数组",
    "expected ',' or ']' in the array, found {found}":
        "数组中此处应为 ',' 或 ']'，实际为 {found}",
    "separate elements with ',' and close the array with ']'":
        "元素之间用 ',' 分隔，并用 ']' 结束数组",
    "'{found}' does not match the object opened at {where}":
        "'{found}' 与 {where} 处打开的对象不匹配",
    "'{found}' does not match the array opened at {where}":
        "'{found}' 与 {where} 处打开的数组不匹配",
    'the start of the fragment':
        '片段开头',
    'line {line}, column {column}':
        '第 {line} 行第 {column} 列',
    "trailing comma before '{closer}': JSON does not allow a comma after the last member":
        "'{closer}' 之前有多余的逗号：JSON 不允许在最后一个成员后加逗号",
    "trailing comma before '{closer}': JSON does not allow a comma after the last element":
        "'{closer}' 之前有多余的逗号：JSON 不允许在最后一个元素后加逗号",
    'delete this comma':
        '删除这个逗号',
    "missing ',' between members: the value ending at {ending} is followed by another at {other}":
        "成员之间缺少 ','：在 {ending} 结束的值后面紧跟着 {other} 处的另一个值",
    "missing ',' between array elements: the value ending at {ending} is followed by another at {other}":
        "数组元素之间缺少 ','：在 {ending} 结束的值后面紧跟着 {other} 处的另一个值",
    "add ',' after the value":
        "在该值后面加上 ','",
    "'...' is a placeholder from the documentation, not JSON: the keys it stands for are missing":
        "'...' 是文档中的占位符，不是 JSON：它所代表的配置项并不存在",
    "replace '...' with the real keys from the full config (or delete it)":
        "用完整配置中的实际配置项替换 '...'（或直接删除）",
    'nesting deeper than {depth} levels':
        '嵌套超过 {depth} 层',
    'a MindIE config is a few levels deep; this file is not one':
        'MindIE 配置文件只有几层嵌套；这个文件不是 MindIE 配置文件',
    '{token} is not a JSON number':
        '{token} 不是合法的 JSON 数字',
    'use a finite number':
        '使用有限的数值',
    '{token} is not JSON; JSON writes it {literal}':
        '{token} 不是 JSON 写法；JSON 中写作 {literal}',
    'write {literal}':
        '写成 {literal}',
    'unquoted text {token}: JSON strings need double quotes':
        '未加引号的文本 {token}：JSON 字符串必须使用双引号',
    'write "{token}" if it is a string':
        '如果它是字符串，写成 "{token}"',
    'expected a value, found {found}':
        '此处应为一个值，实际为 {found}',
    'a value goes here':
        '此处需要一个值',
    'a JSON value is an object, array, string, number, true, false or null':
        'JSON 值可以是对象、数组、字符串、数字、true、false 或 null',
    'the fragment ends in the middle of the member "{key}"':
        '片段在成员 "{key}" 的中间结束',
    'complete the member or delete it':
        '补全该成员或将其删除',
    'the object "{name}" opened at {where} is never closed: the file ends first':
        '{where} 处开始的对象 "{name}" 没有结束：文件先结束了',
    'the object opened at {where} is never closed: the file ends first':
        '{where} 处开始的对象没有结束：文件先结束了',
    'the array "{name}" opened at {where} is never closed: the file ends first':
        '{where} 处开始的数组 "{name}" 没有结束：文件先结束了',
    'the array opened at {where} is never closed: the file ends first':
        '{where} 处开始的数组没有结束：文件先结束了',
    "add the missing '{closer}'":
        "补上缺少的 '{closer}'",
    'the file ends here':
        '文件在此结束',
    'a string is never closed: the file ends first':
        '字符串没有结束：文件先结束了',
    'add the closing \'"\'':
        '补上结尾的 \'"\'',
    'a string is not closed before the end of the line':
        '字符串在行尾之前没有结束',
    'add the closing \'"\' (JSON strings cannot span lines; write \\n for a line break)':
        '补上结尾的 \'"\'（JSON 字符串不能跨行；换行请写 \\n）',
    '{char} (a control character) inside a string must be escaped':
        '字符串中的 {char}（控制字符）必须转义',
    'write it as an escape such as \\t or \\u0009':
        '写成 \\t 或 \\u0009 这样的转义序列',
    'invalid escape in a string: invalid \\escape':
        '字符串中有无效的转义序列：无效的 \\ 转义',
    'invalid escape in a string: invalid \\uxxxx escape':
        '字符串中有无效的转义序列：无效的 \\uXXXX 转义',
    'invalid escape in a string: {detail}':
        '字符串中有无效的转义序列：{detail}',
    'valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX':
        '合法的转义序列有 \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX',
    'a string in single quotes is never closed':
        '单引号字符串没有结束',
    'JSON strings use double quotes':
        'JSON 字符串使用双引号',
    "'{text}' is in single quotes: JSON strings use double quotes":
        "'{text}' 使用了单引号：JSON 字符串必须使用双引号",
    'write "{text}"':
        '写成 "{text}"',
    'invalid number {token}: {reason}':
        '无效的数字 {token}：{reason}',
    'JSON numbers look like 8, -1, 0.25 or 1e-3':
        'JSON 数字的写法如 8、-1、0.25 或 1e-3',
    'number {token} is too large: MindIE refuses the file (number overflow)':
        '数字 {token} 过大：MindIE 会拒绝该文件（数值溢出）',
    'use a number within the range of a double':
        '使用 double 类型范围内的数字',
    "a leading '+' is not allowed":
        "不允许以 '+' 开头",
    "a digit is needed before '.'":
        "'.' 前面必须有数字",
    'hexadecimal numbers are not allowed':
        '不允许使用十六进制数',
    'leading zeros are not allowed':
        '不允许有前导零',
    "a digit is needed after '.'":
        "'.' 后面必须有数字",
    'the exponent has no digits':
        '指数部分没有数字',
    'not a JSON number':
        '不是 JSON 数字',
    'trailing comma after the end of the document':
        '文档结束后有多余的逗号',
    "'{char}' closes more than was opened":
        "'{char}' 的数量多于已打开的括号",
    "delete the extra '{char}'":
        "删除多余的 '{char}'",
    'more text after the end of the JSON document':
        'JSON 文档结束后还有其他文本',
    'a config file holds exactly one JSON object':
        '配置文件只能包含一个 JSON 对象',
    # -- report/rules_docs.py
    'Reading the file':
        '读取文件',
    'Keys against the schema':
        '按 Schema 检查配置项',
    'Expert-Parallel settings (models.deepseekv2)':
        '专家并行设置（models.deepseekv2）',
    'Parallel topology':
        '并行拓扑',
    'Server and scheduler cross-checks':
        '服务与调度参数交叉检查',
    '*Default severity: {severity}.*':
        '*默认严重级别：{severity}。*',
    '# mindie-ep rules\n':
        '# mindie-ep 规则\n',
    'Generated from the rule docstrings by `mindie-ep rules --format markdown`; do not edit by hand.\n':
        '由 `mindie-ep rules --format markdown` 根据规则文档生成，请勿手工编辑。\n',
    # -- report/sarif.py
    '{message} (help: {help})':
        '{message}（帮助：{help}）',
    # -- report/text.py
    '{count} error':
        '{count} 个错误',
    '{count} errors':
        '{count} 个错误',
    '{count} warning':
        '{count} 个警告',
    '{count} warnings':
        '{count} 个警告',
    '{count} info':
        '{count} 条提示',
    '{count} infos':
        '{count} 条提示',
    '{path}: no problems found':
        '{path}：未发现问题',
    ', ':
        '，',
    'note':
        '注',
    'help':
        '帮助',
    'see':
        '参见',
    # -- rules/buffer_factors.py
    'is not a [threshold, factor] pair':
        '不是 [threshold, factor] 二元组',
    'does not start with a whole-number threshold >= 0':
        '的第一个数不是 >= 0 的整数阈值',
    'does not end with a factor > 0':
        '的第二个数不是 > 0 的系数',
    '{key} is {value}; it must be a non-empty list of [threshold, factor] pairs':
        '{key} 的值为 {value}；它必须是由 [threshold, factor] 二元组组成的非空列表',
    'remove the key to keep the built-in table, or write e.g. [[32768, 3.0], [8192, 5.2], [0, 8.0]]':
        '删除该配置项以使用内置表，或写成例如 [[32768, 3.0], [8192, 5.2], [0, 8.0]]',
    '{key} row {index} {row} {problem}; the buffer sizing of dynamic EP reads it on the first prefill':
        '{key} 的第 {index} 行 {row} {problem}；动态EP 在第一次 Prefill 时才读取它来计算缓冲区大小',
    'write [threshold, factor], e.g. [8192, 5.2]':
        '写成 [threshold, factor]，例如 [8192, 5.2]',
    'sort the rows by threshold, largest first':
        '按阈值从大到小排列各行',
    '{key} is not sorted by threshold, descending: row {index} {row} is never used, because row {earlier} {earlier_row} has a threshold <= {threshold} and MindIE takes the first row that matches':
        '{key} 没有按阈值降序排列：第 {index} 行 {row} 永远不会被使用，因为第 {earlier} 行 {earlier_row} 的阈值 <= {threshold}，而 MindIE 取第一个匹配的行',
    'sort the rows by their first number, largest first':
        '按每行的第一个数从大到小排列',
    'this row matches first':
        '这一行会先被匹配',
    '{key} has no [0, x] row: a prefill below {smallest} (tokens x top-k) matches no row and the factor falls back to moe_ep ({moe_ep})':
        '{key} 没有 [0, x] 行：低于 {smallest}（token 数 x top-k）的 Prefill 匹配不到任何行，系数会回退为 moe_ep（{moe_ep}）',
    'end the table with a floor row such as [0, 8.0]':
        '在表的末尾加上兜底行，例如 [0, 8.0]',
    'ep_level 1 is set here':
        '此处设置了 ep_level 1',
    '{key} is ignored: it only sizes the AllToAll buffer of ep_level 2, and this entry runs ep_level 1':
        '{key} 被忽略：它只用于计算 ep_level 2 的 AllToAll 缓冲区大小，而该条目运行的是 ep_level 1',
    '{key} is ignored: it only sizes the AllToAll buffer of ep_level 2, and this entry runs ep_level 1 (the default)':
        '{key} 被忽略：它只用于计算 ep_level 2 的 AllToAll 缓冲区大小，而该条目运行的是 ep_level 1（默认值）',
    'set "ep_level": 2 for dynamic EP, or remove the table':
        '设置 "ep_level": 2 以启用动态EP，或删除该表',
    'remove the table, which nothing reads':
        '删除这个不会被读取的表',
    '{key} is set: it repeats the built-in table':
        '设置了 {key}：它与内置表完全相同',
    '{key} is set; the MindIE docs advise keeping the built-in table':
        '设置了 {key}；MindIE 文档建议保留内置表',
    'remove the key unless profiling shows a better table':
        '除非性能分析表明有更优的表，否则删除该配置项',
    'remove the key; the server uses this table by default':
        '删除该配置项；服务默认就使用这个表',
    # -- rules/cluster.py
    'the document':
        '整个文档',
    '{name} is {other} in {reference} but missing here: every node needs the same config.json':
        '{name} 在 {reference} 中为 {other}，但此处缺失：所有节点必须使用相同的 config.json',
    '{name} is {mine} here but missing in {reference}: every node needs the same config.json':
        '{name} 在此处为 {mine}，但 {reference} 中缺失：所有节点必须使用相同的 config.json',
    '{name} is {mine} here but {other} in {reference}: every node needs the same config.json':
        '{name} 在此处为 {mine}，但在 {reference} 中为 {other}：所有节点必须使用相同的 config.json',
    'make {path} and {reference} identical':
        '使 {path} 与 {reference} 完全一致',
    'the value in {reference}':
        '{reference} 中的值',
    # -- rules/devices.py
    'npuDeviceIds has {lists} device list(s) but modelInstanceNumber is {instances}: MindIE refuses to start':
        'npuDeviceIds 有 {lists} 个设备列表，但 modelInstanceNumber 为 {instances}：MindIE 启动失败',
    'give one device list per model instance':
        '每个模型实例对应一个设备列表',
    'modelInstanceNumber {instances} is set here':
        '此处设置了 modelInstanceNumber {instances}',
    'npuDeviceIds[{index}] lists {count} devices but ModelConfig[0].worldSize is {world}: MindIE refuses to start':
        'npuDeviceIds[{index}] 列出了 {count} 个设备，但 ModelConfig[0].worldSize 为 {world}：MindIE 启动失败',
    'list exactly {world} device ids, or set worldSize to {count}':
        '列出恰好 {world} 个设备 ID，或将 worldSize 设为 {count}',
    'worldSize {world} is set here':
        '此处设置了 worldSize {world}',
    'device {device} appears twice in npuDeviceIds[{index}]: MindIE refuses to start':
        '设备 {device} 在 npuDeviceIds[{index}] 中出现了两次：MindIE 启动失败',
    'list each NPU once':
        '每个 NPU 只列出一次',
    'first listed here':
        '首次列出的位置',
    # -- rules/ep_active.py
    'moe_ep is {value}':
        'moe_ep 为 {value}',
    'moe_ep is not set':
        '未设置 moe_ep',
    '{keys} is ignored: {state}, so expert parallelism is off and MindIE forces the EP level to "no EP"':
        '{keys} 被忽略：{state}，专家并行未开启，MindIE 会强制将 EP 级别设为 "no EP"',
    '{keys} are ignored: {state}, so expert parallelism is off and MindIE forces the EP level to "no EP"':
        '{keys} 均被忽略：{state}，专家并行未开启，MindIE 会强制将 EP 级别设为 "no EP"',
    'set "moe_ep" > 1 (with "moe_tp" so that moe_ep x moe_tp equals the world size), or remove the EP keys':
        '设置 "moe_ep" > 1（并设置 "moe_tp"，使 moe_ep x moe_tp 等于 world size），或删除这些 EP 配置项',
    'remove the ignored EP keys':
        '删除被忽略的 EP 配置项',
    'not set, so it defaults to the world size (at least moe_ep)':
        'world size（未设置时的默认值，至少为 moe_ep）',
    'ep_level 2 is set here':
        '此处设置了 ep_level 2',
    'ep_level 2 (dynamic EP) needs moe_tp 1, but moe_tp is {note}: the model fails to load ("Dynamic EP only supports moe_tp = 1")':
        'ep_level 2（动态EP）要求 moe_tp 为 1，而 moe_tp 的实际值为 {note}：模型加载失败（"Dynamic EP only supports moe_tp = 1"）',
    'set "moe_tp": 1 (and moe_ep = the world size), or use "ep_level": 1':
        '设置 "moe_tp": 1（且 moe_ep = world size），或使用 "ep_level": 1',
    # -- rules/ep_level.py
    'ep_level {value} is not 1 or 2: the model fails to load ("Validation failed for argument \'ep_level\'")':
        'ep_level {value} 不是 1 或 2：模型加载失败（"Validation failed for argument \'ep_level\'"）',
    'set "ep_level": 1 (static EP, AllGather) or 2 (dynamic EP, AllToAll)':
        '设置 "ep_level": 1（静态EP，AllGather）或 2（动态EP，AllToAll）',
    'ep_level {value} is not an integer; MindIE converts it to {number}, so it works, but write the number':
        'ep_level {value} 不是整数；MindIE 会将其转换为 {number}，因此可以运行，但建议直接写数字',
    'write "ep_level": {number}':
        '写成 "ep_level": {number}',
    # -- rules/ep_model.py
    'the weights\' model_type is "{model_type}" ({source}): MindIE never uses the deepseekv2 block for it, so every EP setting here is ignored':
        '权重的 model_type 为 "{model_type}"（{source}）：MindIE 对该模型不会使用 deepseekv2 配置块，因此这里的所有 EP 设置都会被忽略',
    'remove the block, or point modelWeightPath at DeepSeek-V2/V3/R1 or Kimi-K2 weights':
        '删除该配置块，或将 modelWeightPath 指向 DeepSeek-V2/V3/R1 或 Kimi-K2 的权重',
    'modelName or modelWeightPath names a {family} model: MindIE only uses the deepseekv2 block for DeepSeek-V2/V3/R1 and Kimi-K2 weights, so it is probably ignored':
        'modelName 或 modelWeightPath 指向 {family} 模型：MindIE 只对 DeepSeek-V2/V3/R1 和 Kimi-K2 的权重使用 deepseekv2 配置块，因此它很可能被忽略',
    "check the weights' model_type (or pass --weights-config path/to/config.json)":
        '检查权重的 model_type（或传入 --weights-config path/to/config.json）',
    # -- rules/eplb.py
    'eplb.level {value} is not a number; MindIE reads it as {number}':
        'eplb.level {value} 不是数字；MindIE 会将其读作 {number}',
    'write {number}':
        '写成 {number}',
    'eplb.level {value} is not 0, 1, 2 or 3: the model fails to load ("Invalid EPLB configuration")':
        'eplb.level {value} 不是 0、1、2 或 3：模型加载失败（"Invalid EPLB configuration"）',
    'use 0 (off) or 1 (static redundant experts)':
        '使用 0（关闭）或 1（静态冗余专家）',
    'eplb.level 1 (static EPLB) needs an expert_map_file with the expert placement, and none is given':
        'eplb.level 1（静态EPLB）需要提供描述专家部署的 expert_map_file，但未给出',
    'generate the map with msit elb and set "expert_map_file"':
        '使用 msit elb 生成专家映射文件，并设置 "expert_map_file"',
    'ep_level is set here':
        '此处设置了 ep_level',
    'eplb.level {level} with ep_level {ep_level}: EPLB is only documented for dynamic EP (ep_level 2), so the redundant experts cost memory for no gain':
        'eplb.level {level} 搭配 ep_level {ep_level}：文档只说明了 EPLB 用于动态EP（ep_level 2），冗余专家会白白占用显存',
    'set "ep_level": 2, or "eplb": {"level": 0}':
        '设置 "ep_level": 2，或 "eplb": {"level": 0}',
    'eplb.level 2 (dynamic EPLB) is documented as not yet supported':
        'eplb.level 2（动态EPLB）在文档中标注为暂不支持',
    'use level 1 (static) with an expert map':
        '使用 level 1（静态）并提供专家映射文件',
    'eplb.level 3 forces balancing for benchmarks only; the documentation says it must not be used in production':
        'eplb.level 3 为强制均衡，仅用于性能测试；文档明确要求不得在生产环境中使用',
    # -- rules/experts.py
    '{devices} devices hold {count}':
        '{devices} 个设备各放置 {count} 个',
    '{devices} device holds {count}':
        '{devices} 个设备放置 {count} 个',
    '{first} and {last}':
        '{first}，{last}',
    '{experts} routed experts over {devices} EP devices do not divide evenly: {placement}':
        '{experts} 个路由专家无法均匀分布到 {devices} 个 EP 设备上：{placement}',
    'choose a moe_ep that divides the number of experts, if the node count allows it':
        '在节点数允许的情况下，选择能整除专家数的 moe_ep',
    # -- rules/file_permission.py
    '{user} (the owner of {folder})':
        '{user}（{folder} 的属主）',
    'config':
        '配置',
    'the {what} file {path} is a symbolic link: MindIE refuses to read a config through a symlink':
        '{what}文件 {path} 是符号链接：MindIE 拒绝通过符号链接读取配置文件',
    'replace the link with the file itself':
        '用实际文件替换该符号链接',
    'the {what} file has mode {mode}, wider than 0640: MindIE refuses to read it ("Check ... permission failed")':
        '{what}文件的权限为 {mode}，宽于 0640：MindIE 拒绝读取（"Check ... permission failed"）',
    'chmod 640 {path}':
        '执行 chmod 640 {path}',
    'tighten the mode to {mode}':
        '将权限收紧为 {mode}',
    'the {what} file is owned by {owner}, but the server runs as {who}: MindIE refuses a file owned by another user':
        '{what}文件的属主是 {owner}，但服务以 {who} 身份运行：MindIE 拒绝读取属于其他用户的文件',
    'chown {user} {path}':
        '执行 chown {user} {path}',
    # -- rules/flat_options.py
    'move {key} into parallel_options':
        '将 {key} 移入 parallel_options',
    '{key} directly under models.deepseekv2 is ignored: MindIE only reads it inside parallel_options':
        '直接写在 models.deepseekv2 下的 {key} 会被忽略：MindIE 只读取 parallel_options 中的该配置项',
    'move "{key}" into "parallel_options"':
        '将 "{key}" 移入 "parallel_options"',
    # -- rules/model_load.py
    'prefix_cache is enabled in plugin_params but models.deepseekv2.kv_cache_options.enable_nz is not true: the DeepSeek model fails to load (ValueError)':
        '在 plugin_params 中启用了 prefix_cache，但 models.deepseekv2.kv_cache_options.enable_nz 不为 true：DeepSeek 模型加载失败（ValueError）',
    'add "kv_cache_options": {"enable_nz": true} to models.deepseekv2':
        '在 models.deepseekv2 中添加 "kv_cache_options": {"enable_nz": true}',
    'mix_shared_routing is true and num_dangling_shared_experts is {value}: the model refuses the combination and fails to load (ValueError)':
        'mix_shared_routing 为 true 且 num_dangling_shared_experts 为 {value}：模型不接受这种组合，加载失败（ValueError）',
    'use only one of the two shared-expert settings':
        '两种共享专家设置只能二选一',
    'dangling shared experts are set here':
        '此处设置了 dangling 共享专家',
    'mix_shared_routing is true with cp {cp}: the documentation rules out mixed shared routing with context parallel':
        'mix_shared_routing 为 true 且 cp 为 {cp}：文档规定混合共享路由不能与上下文并行同时使用',
    'turn mix_shared_routing off, or use cp 1':
        '关闭 mix_shared_routing，或使用 cp 1',
    'cp is set here':
        '此处设置了 cp',
    '{key} {value} is larger than the {local} devices of one node: the model fails to load':
        '{key} {value} 大于单个节点的设备数 {local}：模型加载失败',
    'use at most {local} (the devices per node)':
        '最多使用 {local}（每节点设备数）',
    'the model fails to load':
        '模型加载失败',
    'the documentation rules this combination out':
        '文档不允许这种组合',
    '{key} {value} with attention tp {tp}: {effect}':
        '{key} {value} 搭配 Attention tp {tp}：{effect}',
    'use {key} with attention DP (tp 1), or set it to -1':
        '将 {key} 与 Attention DP（tp 1）搭配使用，或将其设为 -1',
    'tp is set here':
        '此处设置了 tp',
    'a string':
        '字符串',
    'models is {kind}, not an object: the model fails to load ("Expected dict at models")':
        'models 的值是 {kind}，不是对象：模型加载失败（"Expected dict at models"）',
    'write models as an object: "models": {"deepseekv2": {...}}':
        '将 models 写成对象："models": {"deepseekv2": {...}}',
    'hccl_moe_ep_buffer {value} is below the minimum of {minimum} MB (HCCL_BUFFSIZE in this environment): the model validator refuses it':
        'hccl_moe_ep_buffer {value} 低于最小值 {minimum} MB（当前环境中的 HCCL_BUFFSIZE）：模型校验不通过',
    'hccl_moe_ep_buffer {value} is below the minimum of {minimum} MB: the model validator refuses it':
        'hccl_moe_ep_buffer {value} 低于最小值 {minimum} MB：模型校验不通过',
    'use at least {minimum} (the minimum is 512, or $HCCL_BUFFSIZE on the server when that is higher)':
        '至少使用 {minimum}（最小值为 512；若服务器上的 $HCCL_BUFFSIZE 更大，则以它为准）',
    'plugin_params is not a JSON object with a "plugin_type" string: the plugin loader fails when the model loads':
        'plugin_params 不是包含 "plugin_type" 字符串的 JSON 对象：模型加载时插件加载器会失败',
    'write e.g. "{\\"plugin_type\\":\\"mtp\\",\\"num_speculative_tokens\\":1}"':
        '写成例如 "{\\"plugin_type\\":\\"mtp\\",\\"num_speculative_tokens\\":1}"',
    # -- show.py, report/show_text.py, topology/buffer.py
    "the model family's": '模型系列的默认值',
    '    algorithm {label}: length {length} -> factor {factor} ({rule}), {slots} slots':
        '    算法 {label}：长度 {length} -> 系数 {factor}（{rule}），{slots} 个槽位',
    '  (not W = {world}!)': '  （不等于 W = {world}！）',
    '  AllToAll buffer for a prefill of {tokens} tokens (top-{top_k}, {source}); {why}':
        '  {tokens} 个 token 的 Prefill 所用 AllToAll 缓冲区（top-{top_k}，{source}）；{why}',
    '  AllToAll buffer: {note}': '  AllToAll 缓冲区：{note}',
    '  [not set: {keys}]': '  [未设置：{keys}]',
    '  layout (D = DP replica, T = TP group.rank, E = MoE-EP group.rank)':
        '  布局（D = DP 副本，T = TP 组.序号，E = MoE-EP 组.序号）',
    '(no modelName)': '（无 modelName）',
    '; {count} per EP rank': '；每个 EP rank {count} 个',
    'A (DP_MOVE_UP_ENABLE=1, length = tokens x top-k x dp)':
        'A（DP_MOVE_UP_ENABLE=1，长度 = token 数 x top-k x dp）',
    'B (model-internal, length = tokens)': 'B（模型内部，长度 = token 数）',
    'CP is on, so the model-internal algorithm runs': '已开启 CP，因此使用模型内部算法',
    'DP_MOVE_UP_ENABLE is not known (pass --env DP_MOVE_UP_ENABLE=1)':
        'DP_MOVE_UP_ENABLE 未知（可传入 --env DP_MOVE_UP_ENABLE=1）',
    'EP keys': 'EP 配置项',
    'EP level {level}: {name}': 'EP 级别 {level}：{name}',
    'MindIE only reads it inside parallel_options': 'MindIE 只在 parallel_options 中读取它',
    'W = {world} ({how}); {nodes} node(s) x {devices} devices':
        'W = {world}（{how}）；{nodes} 个节点 x 每节点 {devices} 卡',
    'assumed (the model family is not known)': '假定值（模型系列未知）',
    'attention': 'Attention',
    'dynamic EP (AllToAll, fused dispatch/combine)': '动态EP（AllToAll，dispatch/combine 融合）',
    'enable_init_routing_cutoff is not true': 'enable_init_routing_cutoff 不为 true',
    'from the weights': '取自权重',
    'guessed from modelName and modelWeightPath': '根据 modelName 和 modelWeightPath 推断',
    'ignored': '被忽略',
    'invalid': '无效',
    'maxInputTokenLen is not set, so the prefill length is unknown':
        '未设置 maxInputTokenLen，因此 Prefill 长度未知',
    'model': '模型',
    'moe_ep is {moe_ep}: expert parallelism is off': 'moe_ep 为 {moe_ep}：专家并行未开启',
    'no EP (moe_ep <= 1)': '无 EP（moe_ep <= 1）',
    'no row matches, so the factor falls back to moe_ep ({moe_ep})':
        '没有匹配的行，系数回退为 moe_ep（{moe_ep}）',
    'node': '节点',
    'not 1 or 2: the model fails to load': '不是 1 或 2：模型加载失败',
    'only used by dynamic EP (ep_level 2)': '仅动态EP（ep_level 2）使用',
    'prefill of at least 65536 // moe_ep = {tokens} tokens: capped at 3':
        'Prefill 至少 65536 // moe_ep = {tokens} 个 token：上限为 3',
    'prefill of at most 32 tokens: 2 x moe_ep': 'Prefill 不超过 32 个 token：2 x moe_ep',
    'row [{threshold}, {factor}]': '行 [{threshold}, {factor}]',
    'sigmoid between {high} and {low}': '在 {high} 与 {low} 之间的 sigmoid 曲线',
    'static EP (AllGather)': '静态EP（AllGather）',
    'takes effect': '生效',
    'the built-in table, {why}': '内置表，{why}',
    'the cutoff is off': '截断未开启',
    'the routing cutoff only works with ep_level 1': '路由截断只在 ep_level 1 下生效',
    'unknown: {why}': '未知：{why}',
    'world size': '总卡数',
    'your table, {why}': '你的表，{why}',
    '{family}: {experts} routed experts, top-{top_k} ({source}){per_rank}':
        '{family}：{experts} 个路由专家，top-{top_k}（{source}）{per_rank}',
    '{note}, +1 for mix_shared_routing': '{note}，mix_shared_routing 再加 1',
    '{path}: no ModelConfig entry to show': '{path}：没有可显示的 ModelConfig 条目',
    # -- rules/weights_access.py
    'weights folder': '权重目录',
    'weights config.json': '权重 config.json',
    'the weights folder {folder} has no config.json: MindIE cannot tell which model it holds':
        '权重目录 {folder} 中没有 config.json：MindIE 无法判断其中是哪个模型',
    'copy the model\'s config.json into {folder}': '把模型的 config.json 复制到 {folder}',
    '{path} has no model_type: MindIE cannot pick the model implementation':
        '{path} 中没有 model_type：MindIE 无法选择模型实现',
    'use the config.json that came with the weights': '使用权重自带的 config.json',
    'the {what} {path} has mode {mode}, wider than {allowed}: MindIE refuses it ("Check_path ... failed")':
        '{what} {path} 的权限为 {mode}，超过 {allowed}：MindIE 会拒绝它（"Check_path ... failed"）',
    'chmod {mode} {path}': '执行 chmod {mode} {path}',
    'the {what} {path} is owned by {owner}, but the server runs as {who}: MindIE refuses it':
        '{what} {path} 的属主是 {owner}，而服务以 {who} 身份运行：MindIE 会拒绝它',
    # -- rules/motor_user_config.py
    'embedded {role} server settings, checked as a partial config':
        '内嵌的 {role} 服务设置，按部分配置检查',
    'this is a MindIE-Motor user_config.json (a PD-separated deployment description), not a MindIE Server config.json; its prefill and decode server settings are checked as partial configs':
        '这是 MindIE-Motor 的 user_config.json（PD分离部署描述文件），不是 MindIE Server 的 config.json；其中的 Prefill 和 Decode 服务设置按部分配置检查',
    'also lint the config.json that Motor generates for each prefill and decode instance':
        '也请检查 Motor 为每个 Prefill 和 Decode 实例生成的 config.json',
    # -- rules/multi_node.py
    'dynamic EPLB (eplb.level 2) forces it on':
        '动态EPLB（eplb.level 2）会强制开启它',
    'enable_gmmswigluquant is true':
        'enable_gmmswigluquant 为 true',
    'the weights are W8A8 dynamic':
        '权重为 W8A8 动态量化',
    'if the weights are W8A8 dynamic (they are not readable here)':
        '权重若为 W8A8 动态量化（此处无法读取权重）',
    'world size {world} is above 32':
        'world size {world} 大于 32',
    'world size {world} is above 16, which counts for NZ-cast weights':
        'world size {world} 大于 16（对 NZ 格式转换后的权重即满足条件）',
    'a decode instance (if this is one)':
        'Decode 实例（如果这是 Decode 实例）',
    'this decode instance':
        '这个 Decode 实例',
    'MindIE switches on the fused Grouped MatMul on {role}: {size}, and {reason}':
        'MindIE 会在{role}上自动开启融合 Grouped MatMul：{size}，并且{reason}',
    'nothing to change; expect decode kernels and memory use to differ from the prefill instance':
        '无需修改；预计 Decode 实例的算子和显存占用会与 Prefill 实例不同',
    'ep_level 2 across nodes: the servers must be connected through a switch, or the service fails to start (the file cannot show this)':
        '跨节点使用 ep_level 2：服务器之间必须通过交换机互联，否则服务启动失败（配置文件无法体现这一点）',
    "check that every node's NPU ports go through a switch":
        '确认每个节点的 NPU 端口都经过交换机连接',
    'multi-node is on here':
        '此处开启了多节点',
    'distributed scheduling is on here':
        '此处开启了分布式调度',
    # -- rules/parallel_sizes.py
    '{key} is set here':
        '此处设置了 {key}',
    'the world size is {world} ({how})':
        'world size 为 {world}（{how}）',
    'set "moe_tp": {value}':
        '设置 "moe_tp": {value}',
    'choose moe_ep and moe_tp whose product is {world}':
        '选择乘积为 {world} 的 moe_ep 和 moe_tp',
    'write moe_tp {value} (the only value that fits)':
        '写入 moe_tp {value}（唯一合适的值）',
    'moe_ep {moe_ep} x moe_tp {moe_tp} = {product}, but {world}: the model fails to load ("World size must equal to MoE\'s ep_size * MoE\'s tp_size")':
        'moe_ep {moe_ep} x moe_tp {moe_tp} = {product}，但 {world}：模型加载失败（"World size must equal to MoE\'s ep_size * MoE\'s tp_size"）',
    'without expert parallelism (moe_ep {moe_ep}) moe_tp must equal the world size, but moe_tp is {moe_tp} and {world}: the model fails to load ("World size must equal to MoE\'s tp_size")':
        '未开启专家并行（moe_ep {moe_ep}）时 moe_tp 必须等于 world size，但 moe_tp 为 {moe_tp}，而 {world}：模型加载失败（"World size must equal to MoE\'s tp_size"）',
    'set "moe_tp": {world}, or turn EP on with "moe_ep": {moe_ep}':
        '设置 "moe_tp": {world}，或设置 "moe_ep": {moe_ep} 开启 EP',
    'write the default moe_tp {value} explicitly':
        '显式写入默认的 moe_tp {value}',
    'moe_ep {moe_ep} without an explicit moe_tp: it defaults to tp ({moe_tp})':
        '设置了 moe_ep {moe_ep} 但未显式设置 moe_tp：它默认取 tp 的值（{moe_tp}）',
    'moe_ep {moe_ep} without an explicit moe_tp: it defaults to tp':
        '设置了 moe_ep {moe_ep} 但未显式设置 moe_tp：它默认取 tp 的值',
    'moe_ep {moe_ep} without an explicit moe_tp: it defaults to the world size ({moe_tp})':
        '设置了 moe_ep {moe_ep} 但未显式设置 moe_tp：它默认取 world size（{moe_tp}）',
    'moe_ep {moe_ep} without an explicit moe_tp: it defaults to the world size':
        '设置了 moe_ep {moe_ep} 但未显式设置 moe_tp：它默认取 world size',
    'write "moe_tp" explicitly (moe_tp = world size / moe_ep)':
        '显式写出 "moe_tp"（moe_tp = world size / moe_ep）',
    'tp {tp} x pp {pp} = {product}, but {world}: the model fails to load':
        'tp {tp} x pp {pp} = {product}，但 {world}：模型加载失败',
    'make tp x pp = {world}':
        '使 tp x pp = {world}',
    'with dp {dp} and cp {cp}, set "tp": {tp}':
        '在 dp {dp}、cp {cp} 的情况下，设置 "tp": {tp}',
    'choose tp, cp and dp whose product is {world}':
        '选择乘积为 {world} 的 tp、cp 和 dp',
    'tp {tp} x cp {cp} x dp {dp} = {product}, but {world}: the model fails to load ("World size must equal to attention\'s dp_size * cp_size * tp_size")':
        'tp {tp} x cp {cp} x dp {dp} = {product}，但 {world}：模型加载失败（"World size must equal to attention\'s dp_size * cp_size * tp_size"）',
    'sp {sp} is not equal to tp {tp}: sequence parallel needs sp == tp, so the model fails to load':
        'sp {sp} 不等于 tp {tp}：序列并行要求 sp == tp，因此模型加载失败',
    'set "sp": {tp}, or "sp": 1':
        '设置 "sp": {tp}，或 "sp": 1',
    '{key} {value} together with dp {dp}: the model refuses {name} combined with attention DP and fails to load':
        '{key} {value} 与 dp {dp} 同时使用：模型不允许 {name} 与 Attention DP 组合，加载失败',
    'use "dp": 1 with {key}, or "{key}": 1':
        '使用 {key} 时设置 "dp": 1，或设置 "{key}": 1',
    '{key} {value} is larger than one node ({local} devices) but not the whole world size {world}: a TP group cannot span part of several nodes, so the model fails to load':
        '{key} {value} 大于单个节点（{local} 个设备），但又不等于整个 world size {world}：TP 组不能跨越多个节点中的一部分设备，因此模型加载失败',
    'use {key} <= {local} (or {world})':
        '使用 {key} <= {local}（或等于 {world}）',
    'the model mapping refuses it':
        '模型的并行映射不接受该值',
    'MindIE 3.0 refuses to start ("{key} cannot be smaller than 1")':
        'MindIE 3.0 启动失败（"{key} cannot be smaller than 1"）',
    'MindIE 3.0 refuses to start ("{key} cannot be smaller than 1"); older releases took -1 as "off"':
        'MindIE 3.0 启动失败（"{key} cannot be smaller than 1"）；旧版本将 -1 视为 "off"（关闭）',
    '{key} is {value}: {effect}':
        '{key} 为 {value}：{effect}',
    'set "{key}": 1':
        '设置 "{key}": 1',
    'the world size {world} is not a multiple of the {nodes} nodes ({how}): the model fails to load':
        'world size {world} 不是节点数 {nodes} 的整数倍（{how}）：模型加载失败',
    'use the same number of devices on every node':
        '每个节点使用相同数量的设备',
    # -- rules/routing_cutoff.py
    '{key} is {value} here':
        '此处 {key} 为 {value}',
    'turn the routing cutoff on ("{key}": true)':
        '开启路由截断（"{key}": true）',
    'topk_scaling_factor {value} is ignored: {key} is not true, so the prefill routing is not cut and no memory is saved':
        'topk_scaling_factor {value} 被忽略：{key} 不为 true，Prefill 路由不会被截断，也不会节省显存',
    'set "{key}": true (with ep_level 1), or remove topk_scaling_factor':
        '设置 "{key}": true（配合 ep_level 1），或删除 topk_scaling_factor',
    '{key} is not set here':
        '此处未设置 {key}',
    '{key} is true but ep_level is 2: MindIE only honours the routing cutoff with ep_level 1 and silently ignores it here':
        '{key} 为 true 但 ep_level 为 2：MindIE 只在 ep_level 1 时启用路由截断，此处会静默忽略它',
    'use "ep_level": 1 for long sequences, or remove the cutoff':
        '长序列场景使用 "ep_level": 1，或删除路由截断设置',
    'remove the ignored cutoff and its factor':
        '删除被忽略的路由截断及其缩放系数',
    'topk_scaling_factor {value} is not a number: the model fails to load':
        'topk_scaling_factor {value} 不是数字：模型加载失败',
    'write a number between 0.25 and 1':
        '写一个 0.25 到 1 之间的数',
    'topk_scaling_factor {value} is outside [0.25, 1] while the routing cutoff is on: the model fails to load ("topk_scaling_factor must be in range [0.25, 1.0]")':
        '开启路由截断时 topk_scaling_factor {value} 超出 [0.25, 1]：模型加载失败（"topk_scaling_factor must be in range [0.25, 1.0]"）',
    'use 0.25 (top-8 becomes top-2) up to 1.0 (no cutoff)':
        '使用 0.25（top-8 变为 top-2）到 1.0（不截断）之间的值',
    'topk_scaling_factor {value} is outside [0, 1]: the model validator refuses it and the model fails to load':
        'topk_scaling_factor {value} 超出 [0, 1]：模型校验不通过，模型加载失败',
    'use a factor between 0.25 and 1':
        '使用 0.25 到 1 之间的系数',
    # -- rules/schema_keys.py
    'Version is {value}; the documentation fixes it to "1.0.0"':
        'Version 为 {value}；文档规定它固定为 "1.0.0"',
    'set "Version" : "1.0.0"':
        '设置 "Version" : "1.0.0"',
    'set Version to "1.0.0"':
        '将 Version 设为 "1.0.0"',
    # -- rules/server_limits.py
    'maxInputTokenLen {given} is not below maxSeqLen {seq}: MindIE silently clamps it to {clamped}':
        'maxInputTokenLen {given} 不小于 maxSeqLen {seq}：MindIE 会静默将其截断为 {clamped}',
    'set maxInputTokenLen below maxSeqLen (at most {clamped}), leaving room for the output':
        '将 maxInputTokenLen 设为小于 maxSeqLen 的值（最多 {clamped}），为输出留出空间',
    'maxSeqLen is set here':
        '此处设置了 maxSeqLen',
    'maxPrefillTokens {tokens} is below maxInputTokenLen {given}: MindIE refuses to start ("The value of maxPrefillTokens should not be less than maxInputTokenLen")':
        'maxPrefillTokens {tokens} 小于 maxInputTokenLen {given}：MindIE 启动失败（"The value of maxPrefillTokens should not be less than maxInputTokenLen"）',
    'set "maxPrefillTokens" : {given} or more':
        '设置 "maxPrefillTokens" : {given} 或更大的值',
    'maxInputTokenLen is set here':
        '此处设置了 maxInputTokenLen',
    'cpuMemSize is 0 but maxPreemptCount is {preempt}: pre-emption needs host swap memory, so MindIE refuses to start':
        'cpuMemSize 为 0，但 maxPreemptCount 为 {preempt}：抢占需要主机侧交换内存，因此 MindIE 启动失败',
    'set cpuMemSize above 0 (e.g. 5), or "maxPreemptCount" : 0':
        '将 cpuMemSize 设为大于 0 的值（例如 5），或设置 "maxPreemptCount" : 0',
    'maxPreemptCount is set here':
        '此处设置了 maxPreemptCount',
    'multiNodesInferPort {port} is the same as ServerConfig.port: MindIE refuses to start':
        'multiNodesInferPort {port} 与 ServerConfig.port 相同：MindIE 启动失败',
    'use different ports (the defaults are 1025 and 1120)':
        '使用不同的端口（默认值分别为 1025 和 1120）',
    'port is set here':
        '此处设置了 port',
    'templateType "Standard" serves exactly one model, but ModelConfig has {count} entries: MindIE refuses to start':
        'templateType "Standard" 只能服务一个模型，但 ModelConfig 有 {count} 个条目：MindIE 启动失败',
    'keep one ModelConfig entry':
        '只保留一个 ModelConfig 条目',
    'templateType is set here':
        '此处设置了 templateType',
    '{key} {value} is above maxBatchSize {batch}: MindIE refuses to start':
        '{key} {value} 大于 maxBatchSize {batch}：MindIE 启动失败',
    'set {key} to at most {batch}':
        '将 {key} 设为不超过 {batch}',
    'maxBatchSize is set here':
        '此处设置了 maxBatchSize',
    'maxIterTimes {iterations} is above maxSeqLen {seq}: a request can never generate that many tokens':
        'maxIterTimes {iterations} 大于 maxSeqLen {seq}：单个请求永远无法生成这么多 token',
    'set maxIterTimes to at most {seq}':
        '将 maxIterTimes 设为不超过 {seq}',
    'maxBatchSize {batch} is above maxPrefillTokens {tokens}: the server caps it to {tokens}':
        'maxBatchSize {batch} 大于 maxPrefillTokens {tokens}：服务会将其限制为 {tokens}',
    'set maxBatchSize to at most {tokens}':
        '将 maxBatchSize 设为不超过 {tokens}',
    'maxPrefillTokens {tokens} is below min(maxSeqLen, maxInputTokenLen + maxIterTimes) = {target}: the server raises it to {target}':
        'maxPrefillTokens {tokens} 小于 min(maxSeqLen, maxInputTokenLen + maxIterTimes) = {target}：服务会将其提高到 {target}',
    'set maxPrefillTokens to {target}':
        '将 maxPrefillTokens 设为 {target}',
    '{key} {value} is not a multiple of 2 x cp = {multiple}: the server rounds it up to {rounded}':
        '{key} {value} 不是 2 x cp = {multiple} 的整数倍：服务会将其向上取整为 {rounded}',
    'use {rounded}':
        '使用 {rounded}',
    '{key} listens on all addresses but allowAllZeroIpListening is not true: MindIE refuses to start':
        '{key} 监听所有地址，但 allowAllZeroIpListening 不为 true：MindIE 启动失败',
    'use the node\'s IP address, or set "allowAllZeroIpListening" : true':
        '使用节点自身的 IP 地址，或设置 "allowAllZeroIpListening" : true',
    # -- rules/world_size.py
    'the global world size is unknown: {how}; the world-size checks (MEP301, MEP303, MEP306, MEP312) are skipped':
        '无法确定全局 world size：{how}；已跳过 world size 相关检查（MEP301、MEP303、MEP306、MEP312）',
    'pass --nodes N (and --devices-per-node) or --ranktable FILE':
        '传入 --nodes N（以及 --devices-per-node）或 --ranktable FILE',
    "the ranktable {path} breaks {errors} of the server's ranktable rules (reported in that file): the server refuses it at start-up":
        'ranktable {path} 违反了 {errors} 条服务端 ranktable 规则（问题报告在该文件中）：服务启动时会拒绝它',
    'fix {path}; see its findings':
        '修正 {path}，参见该文件的检查结果',
    '--nodes {nodes} was given, but multiNodesInferEnabled is not true: MindIE runs this config on one node with worldSize {world}':
        '传入了 --nodes {nodes}，但 multiNodesInferEnabled 不为 true：MindIE 会在单个节点上以 worldSize {world} 运行此配置',
    'set "multiNodesInferEnabled" : true for a multi-node deployment':
        '多节点部署请设置 "multiNodesInferEnabled" : true',
    # -- schema/known_keys.py
    'the top level':
        '顶层',
    'passes it on to the model, which ignores it':
        '会将其传给模型侧，而模型会忽略它',
    'ignores it':
        '会忽略它',
    'unknown key "{key}" in {parent}: MindIE {passed_on}; did you mean "{close}"?':
        '{parent} 中有未知配置项 "{key}"：MindIE {passed_on}；是否想写 "{close}"？',
    'rename it to "{close}"':
        '将其重命名为 "{close}"',
    ' or ':
        ' 或 ',
    '"{key}" does not belong in {parent}: MindIE {passed_on}; it is read in {where}':
        '"{key}" 不应放在 {parent} 中：MindIE {passed_on}；它应位于 {where}',
    'move "{key}" into {where}':
        '将 "{key}" 移到 {where}',
    'unknown key "{key}" in {parent}: MindIE {passed_on}':
        '{parent} 中有未知配置项 "{key}"：MindIE {passed_on}',
    'delete it if it is left over from another tool or release':
        '如果它是其他工具或旧版本遗留的配置项，请删除',
    # -- schema/validator.py
    'MindIE refuses to start':
        'MindIE 启动失败',
    '{name} is {value}, but MindIE needs {expected}: {refuses}':
        '{name} 为 {value}，但 MindIE 需要{expected}：{refuses}',
    '{name} is {value}, a number with a decimal point; MindIE needs a JSON integer: {refuses}':
        '{name} 为 {value}，是带小数点的数；MindIE 需要 JSON 整数：{refuses}',
    'write {value}':
        '写成 {value}',
    '{name} is {value}; MindIE drops arrays and objects here, so the setting is ignored':
        '{name} 为 {value}；MindIE 在此处会丢弃数组和对象，因此该设置被忽略',
    'write a single integer':
        '写成单个整数',
    '{name} is {value} ({type}); MindIE reads it as {read}, so it works, but write the value itself':
        '{name} 为 {value}（{type}）；MindIE 会将其读作 {read}，因此可以运行，但建议直接写出该值',
    '{name} is {value}, outside what MindIE accepts ({allowed}): {refuses}':
        '{name} 为 {value}，超出 MindIE 接受的范围（{allowed}）：{refuses}',
    'an object':
        '对象',
    'an array':
        '数组',
    'true or false':
        '布尔值（true 或 false）',
    'an integer':
        '整数',
    'a number':
        '数字',
    'an empty object':
        '空对象',
    'an array of {count} items':
        '包含 {count} 个元素的数组',
    'above {value}':
        '大于 {value}',
    'at least {value}':
        '至少为 {value}',
    'below {value}':
        '小于 {value}',
    'at most {value}':
        '至多为 {value}',
    'one of {options}':
        '{options} 之一',
    '{low} to {high}':
        '{low} 到 {high}',
    '{low} and {high}':
        '{low}，且{high}',
    'text matching {pattern}':
        '匹配 {pattern} 的文本',
    '{low} to any number of characters':
        '至少 {low} 个字符',
    '{low} to {high} characters':
        '{low} 到 {high} 个字符',
    '{low} to any number of items':
        '至少 {low} 个元素',
    '{low} to {high} items':
        '{low} 到 {high} 个元素',
    'a different value':
        '其他值',
    'a value':
        '值',
    'write {expected}, e.g. the default {default}':
        '写成{expected}，例如默认值 {default}',
    'write {expected}':
        '写成{expected}',
    'use {allowed}; the default is {default}':
        '取值范围：{allowed}；默认值为 {default}',
    'use {allowed}':
        '取值范围：{allowed}',
    '{where} has no "{key}": MindIE refuses to start without it':
        '{where} 中缺少 "{key}"：缺少该配置项时 MindIE 启动失败',
    'add {example}':
        '添加 {example}',
    '{where} has no "{key}": MindIE {version} refuses to start without it':
        '{where} 中缺少 "{key}"：缺少该配置项时 MindIE {version} 启动失败',
    '{where} has no "{key}": MindIE {version} refuses to start without it (older releases did not need it)':
        '{where} 中缺少 "{key}"：缺少该配置项时 MindIE {version} 启动失败（旧版本不需要该配置项）',
    'add {example}, or pass --mindie-version 2.x if this server runs an older release':
        '添加 {example}；如果服务运行的是旧版本，请传入 --mindie-version 2.x',
    '"{key}" was dropped in MindIE {since}, which ignores it':
        '"{key}" 已在 MindIE {since} 中移除，该版本会忽略它',
    '"{key}" is deprecated since MindIE {since}; MindIE {ignored} ignores it':
        '"{key}" 自 MindIE {since} 起已废弃；MindIE {ignored} 会忽略它',
    '"{key}" is deprecated since MindIE {since}':
        '"{key}" 自 MindIE {since} 起已废弃',
    '"{key}" is deprecated; MindIE {ignored} ignores it':
        '"{key}" 已废弃；MindIE {ignored} 会忽略它',
    '"{key}" is deprecated':
        '"{key}" 已废弃',
    'use {use}':
        '替代方案：{use}',
    'delete "{key}"':
        '删除 "{key}"',
    # -- topology/model.py
    '{value} (not set, so it defaults to tp)':
        '{value}（未设置，默认取 tp 的值）',
    '{value} (not set, so it defaults to the world size)':
        '{value}（未设置，默认取 world size）',
    '{value} (not set, so it defaults to 1)':
        '{value}（未设置，默认为 1）',
    'multiNodesInferEnabled is true':
        'multiNodesInferEnabled 为 true',
    'ScheduleConfig.distributedEnable is true':
        'ScheduleConfig.distributedEnable 为 true',
    '{why}, and the ranktable {path} cannot be used (see its findings)':
        '{why}，且 ranktable {path} 无法使用（参见其检查结果）',
    '{devices} devices on {servers} nodes in the ranktable {path} ({why})':
        'ranktable {path} 中 {servers} 个节点共 {devices} 个设备（{why}）',
    '--nodes {nodes} x {per_node} devices per node ({why})':
        '--nodes {nodes} x 每节点 {per_node} 个设备（{why}）',
    '{why} and worldSize is not the per-node device count here; pass --devices-per-node or --ranktable':
        '{why}，而此处的 worldSize 不是每节点设备数；请传入 --devices-per-node 或 --ranktable',
    "{why}, so the world size is the ranktable's device count; pass --nodes N or --ranktable FILE (or set RANK_TABLE_FILE)":
        '{why}，因此 world size 为 ranktable 中的设备数；请传入 --nodes N 或 --ranktable FILE（或设置 RANK_TABLE_FILE）',
    '--nodes {nodes} x --devices-per-node {per_node} (no worldSize)':
        '--nodes {nodes} x --devices-per-node {per_node}（无 worldSize）',
    'worldSize is missing or not an integer; pass --nodes N and --devices-per-node K':
        'worldSize 缺失或不是整数；请传入 --nodes N 和 --devices-per-node K',
    'the fragment does not say whether the deployment is multi-node (BackendConfig.multiNodesInferEnabled); pass --nodes N':
        '该片段没有说明是否为多节点部署（BackendConfig.multiNodesInferEnabled）；请传入 --nodes N',
    '--nodes {nodes} x {per_node} devices per node':
        '--nodes {nodes} x 每节点 {per_node} 个设备',
    'worldSize {world} on a single node':
        '单节点 worldSize {world}',
    # -- topology/ranktable.py
    'ranktable {path}: {message}':
        'ranktable {path}：{message}',
    'the ranktable is not a JSON object':
        'ranktable 不是 JSON 对象',
    'use the ranktable generated by hccn_tool':
        '使用 hccn_tool 生成的 ranktable',
    'list every server with its devices':
        '列出每台服务器及其设备',
    'server_list is missing or empty':
        'server_list 缺失或为空',
    'server_count is {value}; MindIE needs a string holding 2 to 60':
        'server_count 为 {value}；MindIE 要求它是取值 2 到 60 的字符串',
    'set "server_count": "{count}"':
        '设置 "server_count": "{count}"',
    'server_count is "{value}" but server_list has {count} servers':
        'server_count 为 "{value}"，但 server_list 中有 {count} 台服务器',
    'server {index} is not an object':
        '服务器 {index} 不是对象',
    'describe each server as an object':
        '用对象描述每台服务器',
    'server {index} has no container_ip':
        '服务器 {index} 没有 container_ip',
    'add "container_ip" (the node\'s IP)':
        '添加 "container_ip"（节点的 IP）',
    'server {index} has no device list':
        '服务器 {index} 没有设备列表',
    "list the server's devices":
        '列出该服务器的设备',
    'server {index} has {count} devices; MindIE needs 1 to 32':
        '服务器 {index} 有 {count} 个设备；MindIE 要求 1 到 32 个',
    'list 1 to 32 devices per server':
        '每台服务器列出 1 到 32 个设备',
    'the servers have different numbers of devices ({counts}); MindIE needs the same number on every node':
        '各服务器的设备数不同（{counts}）；MindIE 要求每个节点的设备数相同',
    'use the same number of NPUs on every node':
        '每个节点使用相同数量的 NPU',
    'a device entry is not an object':
        '设备条目不是对象',
    'write {device_id, device_ip, rank_id}':
        '写成 {device_id, device_ip, rank_id}',
    'device_id {value} is not 0 to 63':
        'device_id {value} 不在 0 到 63 之间',
    'use the logical NPU id from `npu-smi info -m`':
        '使用 `npu-smi info -m` 显示的逻辑 NPU ID',
    'rank_id {value} is not 0 to 511':
        'rank_id {value} 不在 0 到 511 之间',
    'number the ranks 0, 1, 2, ... across all servers':
        '在所有服务器之间依次为 rank 编号：0、1、2……',
    'device_ip {value} is not an IP address':
        'device_ip {value} 不是 IP 地址',
    "use the NPU's IP from `hccn_tool -i N -ip -g`":
        '使用 `hccn_tool -i N -ip -g` 查询到的 NPU IP',
    # -- reader/source.py
    '{path}: no such file':
        '{path}：文件不存在',
    '{path}: is a directory, not a config file':
        '{path}：是目录，不是配置文件',
    '{path}: permission denied (cannot read the file)':
        '{path}：权限不足（无法读取该文件）',
    '{path}: cannot open: {reason}':
        '{path}：无法打开：{reason}',
    '{path}: is not a regular file (a FIFO, socket or device); give the path of config.json itself':
        '{path}：不是普通文件（而是 FIFO、套接字或设备）；请给出 config.json 本身的路径',
    '{path}: cannot read: {reason}':
        '{path}：无法读取：{reason}',
    'no standard input to read':
        '没有可读取的标准输入',
    'cannot read standard input: {reason}':
        '无法读取标准输入：{reason}',
    # -- wizard/ (init's questions, choices and answers), edit/editor.py
    'Start from':
        '起点',
    "An existing config keeps every key you do not answer for, byte for byte; the template is MindIE 3.0's stock config.json.":
        '基于已有配置时，未回答的配置项逐字节保持不变；模板为 MindIE 3.0 自带的 config.json。',
    'the stock MindIE 3.0 config.json':
        'MindIE 3.0 自带的 config.json',
    'an existing config.json (add EP to it)':
        '已有的 config.json（为其加入专家并行配置）',
    'Path of the config.json to update':
        '要更新的 config.json 路径',
    'The file is read as the defaults; only the keys the answers change are rewritten.':
        '该文件的内容作为默认值；只改写回答所改变的配置项。',
    'MindIE version':
        'MindIE 版本',
    'MindIE 3.0 (open-source MindIE-LLM)':
        'MindIE 3.0（开源 MindIE-LLM）',
    'MindIE 2.x':
        'MindIE 2.x 版本',
    '3.0 requires keys older releases did not (distDPServerEnabled, ...).':
        '3.0 要求一些旧版本没有的配置项（distDPServerEnabled 等）。',
    'Model family':
        '模型系列',
    'Expert parallelism applies to DeepSeek-V2/V3/R1 and Kimi-K2 (all use models.deepseekv2); the family decides the expert count and top-k.':
        '专家并行适用于 DeepSeek-V2/V3/R1 和 Kimi-K2（均使用 models.deepseekv2）；模型系列决定专家数和 top-k。',
    '{name} ({size}, {experts} routed experts, top-{top_k})':
        '{name}（{size}，{experts} 个路由专家，top-{top_k}）',
    'Weights quantisation':
        '权重量化方式',
    'Decides whether the model fits: DeepSeek-R1/V3 W8A8 needs at least two A2 nodes, one A2 node only fits W4A8; SP/CP need W8A8 or W4A8.':
        '决定模型能否放下：DeepSeek-R1/V3 W8A8 至少需要两台 A2 节点，单台 A2 只能放下 W4A8；SP/CP 需要 W8A8 或 W4A8。',
    'W8A8 (8-bit weights and activations; the usual choice)':
        'W8A8（8 位权重和激活；常用选择）',
    'W4A8 (4-bit weights; fits DeepSeek-R1 on one A2 node)':
        'W4A8（4 位权重；单台 A2 节点可部署 DeepSeek-R1）',
    'BF16 (unquantised; needs the most NPUs, no SP/CP)':
        'BF16（未量化；所需 NPU 最多，不支持 SP/CP）',
    'Weights folder (modelWeightPath)':
        '权重目录（modelWeightPath）',
    'The folder with the weights and their config.json; MindIE reads the model type from it (not from modelName).':
        '存放权重及其 config.json 的目录；MindIE 从中读取模型类型（而不是从 modelName）。',
    'give the weights folder':
        '请给出权重目录',
    'Model name (modelName)':
        '模型名称（modelName）',
    "A free label that clients send as the request's model.":
        '自定义标签，客户端在请求中以它作为 model 字段。',
    'Hardware':
        '硬件',
    'A2 nodes have 8 NPUs, A3 nodes 16 dies; every parallel size counts NPUs.':
        'A2 节点有 8 张 NPU，A3 节点有 16 个 die；所有并行规模都按 NPU 计数。',
    'Atlas 800I A2 (8 NPUs of 64 GB per node)':
        'Atlas 800I A2（每节点 8 张 64 GB NPU）',
    'Atlas 800I A3 (16 dies of 64 GB per node)':
        'Atlas 800I A3（每节点 16 个 64 GB die）',
    'Number of nodes':
        '节点数',
    'With more than one node, config.json must be the same on every node and the ranktable (RANK_TABLE_FILE) gives the global world size.':
        '多节点时，每个节点上的 config.json 必须相同，全局 world size 由 ranktable（RANK_TABLE_FILE）给出。',
    'the number of nodes must be 1 to 60 (the ranktable allows 2 to 60 servers)':
        '节点数必须在 1 到 60 之间（ranktable 允许 2 到 60 台服务器）',
    '{model} {quant} weights need about {need} GB, but {nodes} {hardware} node(s) have about {have} GB usable ({fraction} of HBM): use at least {smallest} nodes, or a smaller quantisation':
        '{model} {quant} 权重约需 {need} GB，但 {nodes} 台 {hardware} 节点可用约 {have} GB（HBM 的 {fraction}）：请至少使用 {smallest} 台节点，或选择更小的量化方式',
    'Workload':
        '业务场景',
    'Dynamic EP maximises throughput; the routing cutoff saves prefill memory for long sequences at some cost in accuracy; no EP splits experts by tensor parallel.':
        '动态EP 吞吐最高；路由截断为长序列节省 prefill 显存，但会损失一些精度；不使用 EP 时专家按张量并行切分。',
    'Throughput: dynamic EP (ep_level 2, AllToAll), moe_ep = all NPUs, moe_tp 1':
        '高吞吐：动态EP（ep_level 2，AllToAll），moe_ep = 全部 NPU，moe_tp 1',
    'Balanced: static EP (ep_level 1, AllGather) with a hybrid MoE split such as the published moe_ep 4 x moe_tp 4':
        '均衡：静态EP（ep_level 1，AllGather），MoE 混合切分，如官方发布的 moe_ep 4 x moe_tp 4',
    'Long sequences: static EP (ep_level 1) with the init-routing cutoff to save prefill memory (costs some accuracy)':
        '长序列：静态EP（ep_level 1）加 init-routing 截断以节省 prefill 显存（损失一些精度）',
    'No expert parallelism: experts split by tensor parallel over all NPUs (moe_tp = W)':
        '不使用专家并行：专家在全部 NPU 上按张量并行切分（moe_tp = W）',
    'EP level':
        'EP 级别',
    '1 = static EP (AllGather), 2 = dynamic EP (AllToAll); follows the workload.':
        '1 = 静态EP（AllGather），2 = 动态EP（AllToAll）；由业务场景决定。',
    'ep_level must be 1 (static EP, AllGather) or 2 (dynamic EP, AllToAll)':
        'ep_level 必须为 1（静态EP，AllGather）或 2（动态EP，AllToAll）',
    'the {workload} workload uses ep_level {wanted}: dynamic EP is ep_level 2, static EP (and the routing cutoff for long sequences) ep_level 1':
        '{workload} 场景使用 ep_level {wanted}：动态EP 为 ep_level 2，静态EP（以及长序列的路由截断）为 ep_level 1',
    'Top-k scaling factor for the routing cutoff':
        '路由截断的 top-k 缩放系数',
    'Accuracy trade-off: the prefill keeps int(top-k x factor) experts per token (top-8 becomes top-2 at 0.25). 0.25 saves the most memory; 1.0 keeps full routing.':
        '精度取舍：prefill 阶段每个 token 保留 int(top-k x 系数) 个专家（0.25 时 top-8 变为 top-2）。0.25 最省显存；1.0 保持完整路由。',
    'topk_scaling_factor must be between 0.25 and 1 with the routing cutoff on (the model refuses anything else)':
        '开启路由截断时 topk_scaling_factor 必须在 0.25 到 1 之间（模型拒绝其他取值）',
    'Attention layout (dp x tp)':
        'Attention 切分（dp x tp）',
    'tp stays within a node (or spans all NPUs); dp x tp must equal the NPU count. The layouts Huawei publishes for this hardware come first.':
        'tp 不跨节点（或覆盖全部 NPU）；dp x tp 必须等于 NPU 总数。华为针对该硬件发布的切分方式排在最前。',
    'published by Huawei for this hardware':
        '华为针对该硬件发布',
    'one TP group per node':
        '每节点一个 TP 组',
    'attention DP over every NPU':
        'Attention 在每张 NPU 上数据并行',
    'MoE layout for static EP (moe_ep x moe_tp)':
        '静态EP 的 MoE 切分（moe_ep x moe_tp）',
    'moe_ep x moe_tp must equal the NPU count; moe_tp stays within a node.':
        'moe_ep x moe_tp 必须等于 NPU 总数；moe_tp 不跨节点。',
    'one expert shard per NPU, as in the EP guide':
        '每张 NPU 一份专家切片，与 EP 指南一致',
    '{text} is not of the form AxB (e.g. 2x8)':
        '{text} 不是 AxB 的形式（例如 2x8）',
    '{problem}: write {form}, e.g. {example}':
        '{problem}：请写成 {form}，例如 {example}',
    '{first} {a} x {second} {b} = {product}, but the deployment has {size} NPUs':
        '{first} {a} x {second} {b} = {product}，但部署共有 {size} 张 NPU',
    'static EP needs {first} of at least {minimum}':
        '静态EP 要求 {first} 至少为 {minimum}',
    '{second} {b} spans part of several nodes; use {second} <= {local} or {second} = {size}':
        '{second} {b} 跨越了多个节点的一部分；请使用 {second} <= {local} 或 {second} = {size}',
    'maxSeqLen (input + output tokens)':
        'maxSeqLen（输入 + 输出 token 数）',
    "Long-sequence deployments use e.g. 66000 (the EP guide's example).":
        '长序列部署使用例如 66000（EP 指南中的示例）。',
    '{name} must be 1 to 4194304':
        '{name} 必须在 1 到 4194304 之间',
    'maxInputTokenLen (longest input, in tokens)':
        'maxInputTokenLen（最长输入 token 数）',
    'Below maxSeqLen; maxPrefillTokens is raised to at least this.':
        '小于 maxSeqLen；maxPrefillTokens 会被调高到至少该值。',
    'maxInputTokenLen must be at least 1 and below maxSeqLen ({max_seq_len}): MindIE clamps it to maxSeqLen - 1':
        'maxInputTokenLen 必须至少为 1 且小于 maxSeqLen（{max_seq_len}）：MindIE 会将其截断为 maxSeqLen - 1',
    'Write an explicit AllToAll buffer-factor table?':
        '是否写入显式的 AllToAll 缓冲区系数表？',
    'Advanced, and not recommended by the docs: the built-in table is used otherwise.':
        '高级选项，文档不推荐：否则使用内置的系数表。',
    '{value} is not one of the choices: {choices}':
        '{value} 不在可选项中：{choices}',
    '{value} is not a whole number':
        '{value} 不是整数',
    '{value} is not a number':
        '{value} 不是数字',
    '{value} is not yes or no':
        '{value} 不是 yes 或 no',
    'no terminal to ask on, and these answers are missing: add {flags}\nexample: {example}':
        '没有可用于提问的终端，且缺少以下回答：请添加 {flags}\n示例：{example}',
    '{flags} does not apply to these answers (e.g. --ep-level and --topk-scaling-factor need an EP workload)':
        '{flags} 不适用于这些回答（例如 --ep-level 和 --topk-scaling-factor 需要使用 EP 的业务场景）',
    '{key} would be {value} (from the existing file, the preset or the default): {problem}; set {flag}':
        '{key} 将取值 {value}（来自已有文件、预设或默认值）：{problem}；请设置 {flag}',
    'this answer makes the config fail: {error}':
        '该回答会使配置出错：{error}',
    '--answers {path}: not valid JSON or TOML: {error}':
        '--answers {path}：不是合法的 JSON 或 TOML：{error}',
    '--answers {path}: expected a table of answers':
        '--answers {path}：应为由回答组成的表',
    '--answers {path}: `set` must be a table of KEY = VALUE':
        '--answers {path}：`set` 必须是 KEY = VALUE 组成的表',
    '--answers {path}: unknown answers {unknown}; the answers are {keys}':
        '--answers {path}：未知的回答 {unknown}；可用的回答为 {keys}',
    'the resulting config would have {count} error(s) (above); nothing written (--force writes it anyway)':
        '生成的配置将有 {count} 个错误（见上文）；未写入任何文件（--force 可强制写入）',
    'Write {path}?':
        '写入 {path}？',
    'nothing written':
        '未写入任何文件',
    '{path} already says all that; nothing to change':
        '{path} 已包含所有这些内容；无需修改',
    '{count} warning(s)':
        '{count} 个警告',
    'unknown preset {name}; the presets are: {presets}':
        '未知的预设 {name}；可用的预设为：{presets}',
    'it is not a JSON object':
        '它不是 JSON 对象',
    '{path} cannot be used: {details} (fix it first; `mindie-ep lint {path}` shows every problem)':
        '{path} 无法使用：{details}（请先修复；`mindie-ep lint {path}` 会列出所有问题）',
    'empty key path':
        '配置项路径为空',
    'cannot read the key path {path} near {gap}':
        '无法解析配置项路径 {path}，问题位于 {gap} 附近',
    'cannot read the key path {path}':
        '无法解析配置项路径 {path}',
    'the file is not valid JSON; fix it first (see `mindie-ep lint`)':
        '文件不是合法的 JSON；请先修复（参见 `mindie-ep lint`）',
    'cannot replace the whole document':
        '不能替换整个文档',
    'cannot create {pointer}: index {index} of a new list':
        '无法创建 {pointer}：新列表中没有下标 {index}',
    'cannot set {pointer}: {parent} has {count} items':
        '无法设置 {pointer}：{parent} 只有 {count} 项',
    'the document':
        '文档',
    'cannot set {pointer}: {parent} is not an object':
        '无法设置 {pointer}：{parent} 不是对象',
    # -- cli.py
    'interrupted; nothing was written':
        '已中断；未写入任何内容',
    'This is a bug in mindie-ep. Run again with --debug to see the traceback, and please report it.':
        '这是 mindie-ep 的缺陷。请加上 --debug 重新运行以查看调用栈（traceback），并报告该问题。',
    'no config given and no live server config found; looked in: {paths} (set MIES_CONFIG_JSON_PATH or name a file)':
        '未指定配置文件，也未找到正在运行的服务的配置文件；已查找：{paths}（请设置 MIES_CONFIG_JSON_PATH 或指定一个文件）',
    '--severity {item}: write CODE=error|warning|info':
        '--severity {item}：应写成 CODE=error|warning|info',
    '--report {item}: write FORMAT=PATH with FORMAT one of {formats}':
        '--report {item}：应写成 FORMAT=PATH，FORMAT 取 {formats} 之一',
    '{path} does not parse; fix it before editing it':
        '{path} 无法解析；请先修复再编辑',
    'refusing to write {path}: the change adds {count} error(s) (above); --force writes it anyway':
        '拒绝写入 {path}：此次修改会新增 {count} 个错误（见上文）；使用 --force 可强制写入',
    '{path} already has these values; nothing to change':
        '{path} 中已是这些值；无需修改',
    'set {count} key(s)':
        '已设置 {count} 个配置项',
    '--env {item}: write KEY=VALUE':
        '--env {item}：应写成 KEY=VALUE',
    '{path}: cannot show a file that does not parse (see the findings above)':
        '{path}：无法展示不能解析的文件（见上文列出的问题）',
    # -- lint_run.py
    '--config {path}: no such file':
        '--config {path}：文件不存在',
    'fixed {count} finding(s) in {path}':
        '已修复 {path} 中的 {count} 个问题',
    'fixed: chmod {mode} {path}':
        '已修复：chmod {mode} {path}',
    '--cluster compares the config.json of several nodes: give at least two files that parse':
        '--cluster 用于比较多个节点的 config.json：请至少给出两个能够解析的文件',
    # -- edit/workflow.py
    '{text}: write KEY=VALUE, e.g. BackendConfig.ModelDeployConfig.ModelConfig[0].moe_ep=8':
        '{text}：应写成 KEY=VALUE，例如 BackendConfig.ModelDeployConfig.ModelConfig[0].moe_ep=8',
    '{raw} is not valid JSON; write a JSON value (true, 8, "text", [1, 2], {{"a": 1}})':
        '{raw} 不是有效的 JSON；请写一个 JSON 值（true、8、"text"、[1, 2]、{{"a": 1}}）',
    '{summary}: wrote {path} with mode 0640':
        '{summary}：已写入 {path}，权限为 0640',
    '{summary}: wrote {path} (previous version: {backup})':
        '{summary}：已写入 {path}（原文件备份为 {backup}）',
    # -- edit/write.py
    '{path} is a symbolic link; refusing to write through it (MindIE refuses a symlinked config too): write to the real file':
        '{path} 是符号链接；拒绝通过它写入（MindIE 同样拒绝符号链接形式的配置文件）：请写入实际文件',
    'cannot write {path}: the folder {folder} does not exist':
        '无法写入 {path}：目录 {folder} 不存在',
    '{path} is not a regular file; refusing to replace it':
        '{path} 不是普通文件；拒绝替换它',
    '{path} has mode {mode}, wider than 0640: MindIE refuses to read it (MEP005); run `chmod 640 {path}`':
        '{path} 的权限为 {mode}，超过 0640：MindIE 会拒绝读取它（MEP005）；请执行 `chmod 640 {path}`',
    '{path} is a symbolic link; refusing to write the backup':
        '{path} 是符号链接；拒绝写入备份',
    'could not keep the owner of {path} (uid {uid}); MindIE refuses a config owned by another user: run as that user or as root':
        '无法保留 {path} 的属主（uid {uid}）；MindIE 拒绝属于其他用户的配置文件：请以该用户或 root 身份运行',
    '{path} cannot be replaced (it looks bind-mounted as a single file: {reason}); rewrote it in place after saving the backup':
        '{path} 无法被替换（它看起来是以单个文件方式 bind mount 挂载的：{reason}）；已在保存备份后原地重写该文件',
    # -- project_config.py
    'cannot read the settings file {path}: {reason}':
        '无法读取设置文件 {path}：{reason}',
    '{path} is not valid TOML: {reason}':
        '{path} 不是有效的 TOML：{reason}',
    '{path}: unknown setting {unknown}; the settings are {settings}':
        '{path}：未知的设置项 {unknown}；可用的设置项为 {settings}',
    '{path}: severity must be a table of CODE = "error" | "warning" | "info"':
        '{path}：severity 必须是 CODE = "error" | "warning" | "info" 形式的表',
    '{path}: {key} must be a whole number of at least 1':
        '{path}：{key} 必须是不小于 1 的整数',
    '{path}: {key} must be a list of rule codes, e.g. ["MEP209"]':
        '{path}：{key} 必须是规则代码列表，例如 ["MEP209"]',
    '{path}: {key} must be one of {choices}':
        '{path}：{key} 必须是 {choices} 之一',
    '{path}: suppress must be a list of [[suppress]] tables':
        '{path}：suppress 必须是由 [[suppress]] 表组成的列表',
    '{path}: suppression {number} needs a code':
        '{path}：第 {number} 条抑制规则缺少 code',
    '{path}: suppression {number} ({code}) needs a reason: say why the finding does not apply':
        '{path}：第 {number} 条抑制规则（{code}）缺少 reason：请说明该问题为何不适用',
    '{path}: suppression {number}: pointer and file are glob strings':
        '{path}：第 {number} 条抑制规则：pointer 和 file 必须是 glob 通配字符串',
    # -- inputs.py
    '{folder}: no {pattern} file in this folder':
        '{folder}：该目录中没有 {pattern} 文件',
    '{pattern}: no file matches this pattern':
        '{pattern}：没有文件匹配该模式',
    # -- policy.py
    '{where}: unknown rule code or prefix {code} (`mindie-ep rules` lists them)':
        '{where}：未知的规则代码或前缀 {code}（`mindie-ep rules` 会列出所有规则）',
    # -- report/rules_docs.py
    'unknown rule {rule}; did you mean {close}? (`mindie-ep rules` lists them all)':
        '未知的规则 {rule}；你是否想找 {close}？（`mindie-ep rules` 会列出所有规则）',
    'unknown rule {rule} (`mindie-ep rules` lists them all)':
        '未知的规则 {rule}（`mindie-ep rules` 会列出所有规则）',
    # -- rules/file_permission.py
    '--server-user {user}: no such user on this machine':
        '--server-user {user}：本机上没有这个用户',
}

# Texts that come from the bundled schema rather than from the code: the ``use`` of each
# ``x-deprecated`` annotation (shown by MEP105). One that only names keys needs no entry.
SCHEMA_TEXTS = {
    'the MINDIE_LOG_* environment variables (MINDIE_LOG_LEVEL, MINDIE_LOG_TO_FILE, ...) and, in 3.0, LogConfig.dynamicLogLevel* (ref 1.2)':
        'MINDIE_LOG_* 环境变量（MINDIE_LOG_LEVEL、MINDIE_LOG_TO_FILE 等），3.0 中还可使用 LogConfig.dynamicLogLevel*（参考 1.2）',
    'nothing: remove the key; 3.0 no longer uses the KMC key store files (ref 1.2, 1.4)':
        '无，请删除该配置项；3.0 不再使用 KMC 密钥库文件（参考 1.2、1.4）',
    'nothing: remove the key; 3.0 reads no key-password file and the reference names no replacement (ref 1.2, 1.4)':
        '无，请删除该配置项；3.0 不读取密钥口令文件，参考文档也未给出替代项（参考 1.2、1.4）',
    'plugin_params in ModelConfig (e.g. plugin_type "splitfuse" or "prefix_cache")':
        'ModelConfig 中的 plugin_params（例如 plugin_type "splitfuse" 或 "prefix_cache"）',
}
