"""Reading inputs and writing results: the only place that knows about files and formats."""
