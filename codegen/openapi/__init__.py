"""The importer: BigCommerce's OpenAPI documents -> normalised operations and schemas -> spec/."""
