"""Format-preserving edits and safe writes: what `init`, `set` and `lint --fix` use."""
