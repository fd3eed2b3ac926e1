"""mindie-ep: write and check Expert-Parallel configs for Huawei Ascend MindIE Server."""

__version__ = "0.1.0"
