"""The Prefect UI in a real browser: Deployments → reclean → Run → Custom run, fill the form, submit,
and see the run complete. Debian's chromium, driven by Playwright (never a downloaded browser)."""

import time
from pathlib import Path

import pytest

from flows import servers
from tests.conftest import PROJECT
from tests.test_e2e_server import (
    assert_only_moscow_times_recleaned,
    clean_samples,
    deployment_id,
    running_server,
    wait_for_final_state,
)

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = PROJECT / "build" / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
FORM_RENDER_TIMEOUT_MS = 30_000  # the Custom run form renders its fields once the schema arrives

pytestmark = [
    pytest.mark.browser,
    pytest.mark.server,  # a real Prefect server with deployments and a worker
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]


def form_field(page, title: str, element: str):
    """The input of one form property, found by its label ("Raw Dir (Optional)")."""
    return page.locator(
        f'xpath=//*[normalize-space(text())="{title} (Optional)"]'
        f'/ancestor::div[contains(concat(" ", @class, " "), " p-label ")][1]//{element}'
    ).first


def open_custom_run_form(playwright, deployment_url: str):
    """Chromium on a deployment's page, Run → Custom run, once the form has its schema: (browser, page)."""
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    page = browser.new_page(viewport={"width": 1400, "height": 1600})
    page.goto(deployment_url)
    page.get_by_role("button", name="Run", exact=True).click()
    page.get_by_text("Custom run").click()
    page.wait_for_load_state("networkidle")  # the form re-renders once the schema arrives: fill it after
    return browser, page


def test_reclean_from_the_custom_run_form(raw_copy, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    clean = tmp_path / "clean"
    with running_server(tmp_path) as env:
        before = clean_samples(env, raw_copy, clean)
        reclean_id = deployment_id(env, "reclean")
        ui = env["PREFECT_API_URL"].removesuffix("/api")
        with sync_playwright() as playwright:
            browser, page = open_custom_run_form(playwright, f"{ui}/deployments/deployment/{reclean_id}")
            assert_plain_described_inputs(page, ["Published From", "Url Glob", "Confirm Pages"])
            form_field(page, "Published From", "textarea").fill("2015-01-01")  # a day the samples are after

            page.get_by_text("Add item").click()
            domain = form_field(page, "Domains", "textarea")
            domain.click()
            domain.press_sequentially("themoscowtimes.com")
            domain.press("Tab")
            form_field(page, "Raw Dir", "textarea").fill(str(raw_copy))
            form_field(page, "Clean Dir", "textarea").fill(str(clean))
            dry_run = form_field(page, "Dry Run", '*[@role="switch"]')
            dry_run.click()
            expect(dry_run).to_have_attribute("aria-checked", "false")
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "reclean-form.png"), full_page=True)

            started = time.monotonic()
            page.get_by_role("button", name="Submit").click()
            flow_run = wait_for_new_run(env, reclean_id)
            assert wait_for_final_state(env, flow_run["id"]) == "COMPLETED"
            page.goto(f"{ui}/runs/flow-run/{flow_run['id']}")
            page.get_by_text("Completed").first.wait_for(timeout=30_000)
            page.screenshot(path=str(SCREENSHOTS / "reclean-completed.png"))
            print(f"UI submit to completed: {time.monotonic() - started:.1f}s")
            browser.close()
        assert flow_run["parameters"]["request"]["domains"] == ["themoscowtimes.com"]
        assert flow_run["parameters"]["request"]["dry_run"] is False
        assert_only_moscow_times_recleaned(clean, before, flow_run["id"])


def assert_plain_described_inputs(page, titles: list[str]) -> None:
    """Every field a plain input at once: no 'Property is type "None"' asking for a type to be picked.
    The fields are waited for first: on a slow machine the form may still be rendering after the
    network went idle, and a count taken then proves nothing either way."""
    from playwright.sync_api import expect

    for title in titles:
        expect(page.get_by_text(title, exact=False).first).to_be_visible(timeout=FORM_RENDER_TIMEOUT_MS)
    assert page.get_by_text("Property is type").count() == 0


def test_the_clean_new_pages_form_shows_plain_described_fields_in_mib_and_seconds(tmp_path):
    """The scheduled deployment's Custom run form (not submitted: its runs clean the checkout's raw/)."""
    from playwright.sync_api import sync_playwright

    with running_server(tmp_path) as env:
        scheduled = deployment_id(env, "clean-new-pages")
        ui = env["PREFECT_API_URL"].removesuffix("/api")
        with sync_playwright() as playwright:
            browser, page = open_custom_run_form(playwright, f"{ui}/deployments/deployment/{scheduled}")
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "clean-new-pages-form.png"), full_page=True)
            assert_plain_described_inputs(page, ["max_page_mib", "page_timeout_s", "prune_missing_raw"])
            assert page.get_by_text("Larger raw files are rejected as").count() == 1
            assert page.get_by_text("4294967296").count() == 0
            browser.close()


def wait_for_new_run(env, deployment: str, timeout_s: float = 180) -> dict:
    """The flow run the form's submission made; a loaded CI machine took over a minute (2026-12-06)."""
    body = {"flow_runs": {"deployment_id": {"any_": [deployment]}}}
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if runs := servers.api(env, "POST", "/flow_runs/filter", body):
            return runs[0]
        time.sleep(0.5)
    raise TimeoutError("submitting the form created no flow run")
