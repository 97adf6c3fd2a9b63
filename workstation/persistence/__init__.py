"""SQLAlchemy 2 models, the desk database and the unit of work."""
