"""The catalogue: importing this module registers every rule, in code order."""

from __future__ import annotations

# Registration happens on import; each module holds one rule or one small family.
from . import (  # noqa: F401
    buffer_factors,
    cluster,
    devices,
    ep_active,
    ep_level,
    ep_model,
    eplb,
    experts,
    file_permission,
    flat_options,
    model_load,
    motor_user_config,
    multi_node,
    parallel_sizes,
    reading,
    routing_cutoff,
    schema_keys,
    server_limits,
    settings,
    weights_access,
    world_size,
)
from .base import REGISTRY, Rule


def get(code: str) -> Rule:
    return REGISTRY[code]


def all_rules() -> list[Rule]:
    return [REGISTRY[code] for code in sorted(REGISTRY)]


def checks() -> list[Rule]:
    return [rule for rule in all_rules() if rule.check is not None]
