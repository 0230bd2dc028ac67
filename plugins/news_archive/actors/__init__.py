"""Actors: the curated dictionary, the matcher, and the actor pages' context."""
