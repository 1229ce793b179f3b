"""The generator: spec/*.yaml -> IR -> Jinja2 templates -> ruff -> generated/bigcommerce/."""
