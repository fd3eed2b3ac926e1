"""Check stage, first half: the bundled JSON Schema and the version profiles."""
