"""The rule catalogue: one module per rule or small family; see registry.py for the list."""
