"""Field encryption, blind indexes and the organisation key hierarchy."""
