"""Entry point of the frozen build: the same `deskcrm` command, GUI or subcommands."""

import sys

from deskcrm.cli import main

if __name__ == "__main__":
    sys.exit(main())
