"""`python main.py [--data-dir DIR] [--lang en|ur]`: the same as `counsellor-workstation`."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
