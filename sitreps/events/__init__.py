"""Event frames: ground combat, remote strikes and sabotage found in report sentences."""
