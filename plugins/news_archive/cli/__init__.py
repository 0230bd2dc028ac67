"""`news-archive`: one module per command; main.py reads the command line and dispatches."""

from .main import main

__all__ = ["main"]
