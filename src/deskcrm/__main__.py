"""Entry point for `python -m deskcrm`."""

import sys

from deskcrm.cli import main

if __name__ == "__main__":
    sys.exit(main())
