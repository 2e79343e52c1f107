"""`python -m localize`: the command line."""

from localize.cli import main

main()
