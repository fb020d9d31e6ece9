"""The graph as linked data: dereferenceable IRIs, a SPARQL endpoint, VoID, dumps, and a static site."""
