"""Whether a host or an address is this machine: the one test behind every promise that
record text stays local (the grammar server's address, the web service's bind address)."""

from __future__ import annotations

import ipaddress
import urllib.parse


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) is this
    machine's loopback interface."""
    host = host.strip().lower().removeprefix("[").removesuffix("]")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` (with or without a scheme) points at this machine."""
    if "://" not in url:
        url = f"http://{url}"
    return is_loopback_host(urllib.parse.urlsplit(url).hostname or "")
