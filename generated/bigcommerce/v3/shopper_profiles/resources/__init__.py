# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The resource classes of `bigcommerce.v3.shopper_profiles`, reached from the client
(`api.shopper_profiles`).
"""
