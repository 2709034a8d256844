"""Passes over one document's relations once every rule has run, in order: each reads the whole
article's relations (a deal's course, a fleet's retirement, the news's stage) or drops and adds facts
that only make sense beside the others (a bloc member's tie with its bloc, a state beside its named
service, the hosts and states behind an exercise's forces).

    relations = finish(relations, doc, sents, entities)    # passes/finish.py

``state_buyer`` runs earlier, on each relation as a rule proposes it (:mod:`graph.relations.extract`).
"""
