# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The resource classes of `bigcommerce.v3.checkouts`, reached from the client (`api.checkouts`)."""
