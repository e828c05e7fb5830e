"""newsevents: multilingual political event coding (CAMEO) and event-data analyses."""

__version__ = "0.1.0"
