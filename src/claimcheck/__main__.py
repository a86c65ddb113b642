"""Allow ``python -m claimcheck``."""

from claimcheck.cli import app

# Guarded: a worker process started by spawn (Dask's nannies) imports this module again.
if __name__ == "__main__":
    app(prog_name="claimcheck")
