"""`python -m workstation` is the same as the `workstation` command."""

import sys

from .cli import main

sys.exit(main())
