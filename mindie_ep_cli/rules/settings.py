"""MEP007: the project settings themselves (raised by the policy layer)."""

from .base import describe

describe("MEP007", "unused-suppression", "warning", """
A suppression in the project settings matches no finding.

## What it does
Reports each `[[suppress]]` entry of `.mindie-ep.toml` (or `[tool.mindie-ep]` in
`pyproject.toml`) that silenced nothing in this run, at its line in the settings file.

## Why it matters
A suppression outlives the problem it was written for: once the config changes, it can hide a
new, real finding at the same place. Removing stale ones keeps every exception deliberate.

## Example
```toml
[[suppress]]
code = "MEP214"
pointer = "/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/ep_level"
reason = "nodes share a switch"
```
after `ep_level` was changed to 1.

## Use instead
Delete the entry (or fix its `code` or `pointer`).

## References
- mindie-ep README, project settings (a setting of mindie-ep, so no MindIE reference section)
""")
