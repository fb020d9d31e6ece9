"""placeholder"""
from elexgraph.extract import register


@register("roles", "0")
def extract(doc):
    """placeholder"""
    return []
