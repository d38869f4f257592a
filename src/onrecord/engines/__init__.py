"""Engines: how a batch of work runs. ``local`` uses this machine's cores (processes, one model
each); a cluster engine can take the same batches."""
