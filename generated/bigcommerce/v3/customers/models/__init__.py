# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The model modules of `bigcommerce.v3.customers`; import the models from
`bigcommerce.v3.customers` itself.
"""
