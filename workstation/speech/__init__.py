"""Read-aloud with pyttsx3: worker-friendly, no Qt."""
