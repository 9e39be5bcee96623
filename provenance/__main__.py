"""``python -m provenance`` runs the command-line tool."""

from provenance.cli import main

main()
