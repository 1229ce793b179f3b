# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""`bigcommerce.v2.currencies`: the resources of the v2 API's `currencies` area, which exports no
models.
"""
