# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The resource classes of `bigcommerce.v3.shipping`, reached from the client (`api.shipping`)."""
