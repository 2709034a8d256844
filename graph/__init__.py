"""geopol: a graph database of geopolitical relationships extracted from articles.

Data flow: ``text`` -> ``mentions`` -> ``entities`` -> ``relations`` -> ``assemble`` -> ``store``.
"""
__version__ = "0.1.0"
