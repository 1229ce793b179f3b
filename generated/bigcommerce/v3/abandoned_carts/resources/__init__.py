# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The resource classes of `bigcommerce.v3.abandoned_carts`, reached from the client
(`api.abandoned_carts`).
"""
