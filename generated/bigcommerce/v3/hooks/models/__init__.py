# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The model modules of `bigcommerce.v3.hooks`; import the models from `bigcommerce.v3.hooks`
itself.
"""
