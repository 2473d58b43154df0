"""A workshop day: several articles and own items (breaks) in order, with their times."""
