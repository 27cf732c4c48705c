"""graphkit: SEC ownership filings in, a resolved and cited entity-relationship graph out."""

__version__ = "0.1.0"
