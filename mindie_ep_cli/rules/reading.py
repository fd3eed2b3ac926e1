"""MEP001-MEP004: what the reader reports about the bytes of the file itself."""

from .base import describe

describe("MEP001", "invalid-json", "error", """
The file is not valid JSON, so MindIE refuses all of it.

## What it does
Reports each syntax error with its line and column and names the actual mistake: a comment
(`//`, `#`, `/* */`), a trailing comma, a missing comma, single quotes, `NaN`/`Infinity`, an
object that is never closed, a `...` placeholder, or a documentation fragment without the outer
braces. Mistakes whose intent is clear (comments, commas, quotes, placeholders) are all reported
in one run and the rest of the file is still checked; any other error stops the check there.

## Why it matters
MindIE Server reads `config.json` with a strict JSON parser. Any of these mistakes stops the
server at start-up with "Json file is invalid. Please check json format!" and no line number.
About half of the configs published in Huawei's documentation are not valid JSON as printed
(comments explaining keys, trailing commas, snippets cut out of a larger file).

## Example
```json
"ModelConfig" : [
    {
        "tp": 2
        "moe_ep": 8,   // expert parallel
    },
]
```

## Use instead
```json
"ModelConfig" : [
    {
        "tp": 2,
        "moe_ep": 8
    }
]
```
To check a documentation snippet on its own, run `mindie-ep lint --fragment snippet.json`: it is
read as a part of a config (one trailing comma tolerated, no missing sections reported).

## References
- MindIE reference 1.1 (parsing: nlohmann `file >> json`, no comments or trailing commas)
- MindIE reference 5 item 2 (invalid JSON from copied documentation snippets)
""")

describe("MEP002", "duplicate-key", "error", """
The same key appears twice in one object; MindIE silently keeps the last value.

## What it does
Reports every occurrence of a key that a later occurrence in the same object overrides, and
names the line of the value that wins.

## Why it matters
MindIE's JSON library accepts duplicate keys and keeps the last one without a word. An operator
who edits the first `"moe_ep"` of a file that has two sees no effect at all; the server runs with
the other value.

## Example
```json
{ "moe_ep": 16, "tp": 8, "moe_ep": 8 }
```

## Use instead
```json
{ "tp": 8, "moe_ep": 16 }
```

## References
- MindIE reference 1.1 (duplicate keys are accepted; the last value is kept)
""")

describe("MEP003", "file-size", "error", """
The file is empty, or larger than MindIE accepts (10 MiB).

## What it does
Reports a file of 0 bytes (the only finding for it) or over 10,485,760 bytes. An oversized file
is refused from its size without reading it.

## Why it matters
MindIE checks the size of `config.json` before it parses it and refuses anything outside 1 byte
to 10 MiB. An empty file usually means an interrupted edit or a failed copy.

## Example
A `config.json` truncated to 0 bytes by `> conf/config.json`.

## Use instead
Restore the file (from `config.json.bak` or the stock `conf/config.json`).

## References
- MindIE reference 1.1 (`FileUtils::IsFileValid`, size must be 1..10485760 bytes)
""")

describe("MEP004", "encoding", "error", """
The file is not UTF-8 (error), or starts with a UTF-8 byte-order mark (warning).

## What it does
Reports the first byte that is not valid UTF-8 with its line and column, and files saved as
UTF-16 or UTF-32. A UTF-8 byte-order mark (BOM) is a warning.

## Why it matters
MindIE reads `config.json` as UTF-8. Configs edited on Windows or with Chinese comments are
sometimes saved as GBK or UTF-16, which the server cannot parse.

## Example
A file saved as GBK whose `modelName` contains Chinese characters.

## Use instead
Save as UTF-8 without a BOM, for example `iconv -f GBK -t UTF-8 config.json > config.utf8.json`.

## References
- MindIE reference 1.1 (parsing)
""")
