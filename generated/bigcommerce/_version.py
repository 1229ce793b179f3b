# Copied from runtime/_version.py by codegen (`make generate`); do not edit.
"""The package version, kept in one place (pyproject.toml reads it from here)."""

__version__ = "1.0.0a1"
