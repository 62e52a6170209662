"""Readers for the reference formats writers export: one module per format.

Each has ``parse(text) -> list[ParsedEntry]`` and never raises for bad input: a record it cannot
read becomes an entry with an error, and the records around it are read as usual.
"""
