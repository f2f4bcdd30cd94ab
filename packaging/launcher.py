"""Entry point of the frozen build: the same `deskcrm` command, GUI or subcommands."""

import multiprocessing
import sys

from deskcrm.cli import main

if __name__ == "__main__":
    # A large import checks half its rows in a helper process: in a frozen build that
    # process is this executable again, and freeze_support() turns it into the helper.
    multiprocessing.freeze_support()
    sys.exit(main())
