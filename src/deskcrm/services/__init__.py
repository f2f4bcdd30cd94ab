"""Use cases: plain values in, plain values out; each call is one unit of work."""
