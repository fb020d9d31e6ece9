from elexgraph.cli import cli

cli()
