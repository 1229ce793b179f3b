# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The resource classes of `bigcommerce.v2.currencies`, reached from the client
(`api.v2.currencies`).
"""
