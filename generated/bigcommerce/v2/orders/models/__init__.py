# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The model modules of `bigcommerce.v2.orders`; import the models from `bigcommerce.v2.orders`
itself.
"""
