"""Ukrainian language resources and rules. A second language is a sibling package with the same files."""
