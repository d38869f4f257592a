"""onrecord: a sourced record of who said what, who met whom and when, from news articles."""

__version__ = "0.1.0"
