"""The catalogue: importing this module registers every rule, in code order."""

from __future__ import annotations

from . import motor_user_config, reading, schema_keys  # noqa: F401  (registration on import)
from .base import REGISTRY, Rule


def get(code: str) -> Rule:
    return REGISTRY[code]


def all_rules() -> list[Rule]:
    return [REGISTRY[code] for code in sorted(REGISTRY)]


def checks() -> list[Rule]:
    return [rule for rule in all_rules() if rule.check is not None]
