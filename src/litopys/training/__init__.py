"""Training code for the statistical models shipped with litopys."""
