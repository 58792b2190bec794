"""The aid ledger: equipment catalogue, aid and decision records."""
