try:
    from .cli import main
except ImportError as err:  # run from a source tree without the dependencies installed
    import sys

    sys.stderr.write(f"mindie-ep: error: a dependency is missing ({err}); install the package "
                     "with `pip install .` (or `pip install mindie-ep`)\n")
    raise SystemExit(2) from None

main()
