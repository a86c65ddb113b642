"""Allow ``python -m claimcheck``."""

from claimcheck.cli import app

app(prog_name="claimcheck")
