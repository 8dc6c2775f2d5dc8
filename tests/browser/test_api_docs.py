"""The API documentation renders in a real browser under the site's Content Security Policy."""

from __future__ import annotations


def test_the_api_documentation_renders_from_the_sites_own_files(live_server, page, transactional_db):
    blocked: list[str] = []
    requested_hosts: set[str] = set()
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("request", lambda r: requested_hosts.add(r.url.split("/")[2]))
    page.goto(live_server.url + "/api/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 15
    assert "Oversight API" in page.locator(".info .title").inner_text()
    assert requested_hosts == {live_server.url.split("/")[2]}  # nothing from a CDN
    assert not [m for m in blocked if "script" in m], blocked
