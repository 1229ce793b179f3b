# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The resource classes of `bigcommerce.v3.sites`, reached from the client (`api.sites`)."""
