"""The generated client (clients/python/, `make client`) is imported from the work tree, as a
researcher would after `pip install ./clients/python`."""

import sys
from pathlib import Path

CLIENT_DIR = Path(__file__).resolve().parents[2] / "clients" / "python"
if str(CLIENT_DIR) not in sys.path:
    sys.path.insert(0, str(CLIENT_DIR))
