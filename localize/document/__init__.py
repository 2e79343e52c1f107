"""The ground floor: the document model, its segment map and ids, source defects, the
outline. Everything else in localize stands on this package and never below it."""
