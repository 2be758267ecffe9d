"""`python -m frontwatch` runs the command line."""

from .cli import main

main()
