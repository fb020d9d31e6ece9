"""elexgraph: election news → facts with evidence → RDF named graphs → SPARQL."""

__version__ = "0.1.0"
