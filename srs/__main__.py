"""`python -m srs` runs the command line."""

import sys

from srs.cli import main

sys.exit(main())
