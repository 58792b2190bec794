"""Text units the event stages work on: sentences and paragraphs with their offsets."""
