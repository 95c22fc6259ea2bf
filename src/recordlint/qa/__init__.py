"""Quality assurance: reproducible audit samples and the one-page HTML report."""
