"""The deployment MindIE will run: world size, nodes, effective parallel sizes, ranktable."""
