"""A real OpenID Connect provider (npm's oidc-provider) on loopback, and a
helper that walks its authorization-code flow over HTTP. The fixtures that
start it (``oidc_provider``, ``sign_on``) are in ``tests/conftest.py``: the
API's tests use them too."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urlencode, urljoin

import requests

PROVIDER_DIR = Path(__file__).resolve().parent.parent / "oidc"
CLIENT_ID = "werkplek"
CLIENT_SECRET = "werkplek-test-secret"  # noqa: S105 -- the test provider's


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class TestProvider:
    """A running provider process, its discovery document and accounts file."""

    process: subprocess.Popen
    issuer: str
    discovery: dict
    accounts_file: Path

    def set_accounts(self, accounts: dict) -> None:
        self.accounts_file.write_text(json.dumps(accounts))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_provider(workdir: Path, redirect_uris: list[str], logout_uris: list[str]):
    """Start ``node tests/oidc/provider.mjs`` and wait for its discovery."""
    if not (PROVIDER_DIR / "node_modules" / "oidc-provider").exists():
        subprocess.run(  # noqa: S603 -- fixed command, test only
            ["npm", "ci", "--prefix", str(PROVIDER_DIR), "--no-audit", "--no-fund"],  # noqa: S607 -- npm on PATH
            check=True,
        )
    port = free_port()
    accounts = workdir / f"accounts-{port}.json"
    accounts.write_text("{}")
    env = {
        **os.environ,
        "OIDC_TEST_PORT": str(port),
        "OIDC_TEST_ACCOUNTS": str(accounts),
        "OIDC_TEST_CLIENT_ID": CLIENT_ID,
        "OIDC_TEST_CLIENT_SECRET": CLIENT_SECRET,
        "OIDC_TEST_REDIRECT_URIS": ",".join(redirect_uris),
        "OIDC_TEST_POST_LOGOUT_URIS": ",".join(logout_uris),
    }
    log = (workdir / f"provider-{port}.log").open("w")
    process = subprocess.Popen(  # noqa: S603 -- fixed command, test only
        ["node", str(PROVIDER_DIR / "provider.mjs")],  # noqa: S607 -- Node on PATH
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    issuer = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            discovery = requests.get(
                f"{issuer}/.well-known/openid-configuration", timeout=1
            ).json()
            break
        except requests.RequestException:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(
                    "test OIDC provider did not start:\n" + log.name
                ) from None
            time.sleep(0.1)
    return TestProvider(process, issuer, discovery, accounts)


def configure(settings, provider: TestProvider) -> None:
    """Point the OIDC settings at ``provider``."""
    discovery = provider.discovery
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_OP_ISSUER = discovery["issuer"]
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = discovery["authorization_endpoint"]
    settings.OIDC_OP_TOKEN_ENDPOINT = discovery["token_endpoint"]
    settings.OIDC_OP_USER_ENDPOINT = discovery["userinfo_endpoint"]
    settings.OIDC_OP_JWKS_ENDPOINT = discovery["jwks_uri"]
    settings.OIDC_OP_LOGOUT_ENDPOINT = discovery["end_session_endpoint"]
    settings.WERKPLEK_SIGN_ON_NAME = "Sign in with Stad Gent"
    settings.WERKPLEK_OIDC_EXTERNAL_CLAIM = "user_type"
    settings.WERKPLEK_OIDC_EXTERNAL_VALUES = ["guest"]


FORM_ACTION = re.compile(r'<form[^>]*action="([^"]+)"')
PROMPT = re.compile(r'name="prompt" value="(\w+)"')


def through_provider(
    authorize_url: str, login: str, http: requests.Session | None = None
) -> str | requests.Response:
    """Sign in as ``login`` at the provider and give consent, following its
    redirects; return the redirect back to Django (or the provider's last
    response when it does not send the browser back)."""
    http = http or requests.Session()
    response = http.get(authorize_url, allow_redirects=False, timeout=10)
    for _step in range(12):
        if response.status_code in (302, 303):
            location = urljoin(response.url, response.headers["Location"])
            if location.startswith("http://testserver/"):
                return location
            response = http.get(location, allow_redirects=False, timeout=10)
            continue
        action, prompt = FORM_ACTION.search(response.text), PROMPT.search(response.text)
        if response.status_code != 200 or not (action and prompt):
            return response
        form = {"prompt": prompt.group(1)}
        if form["prompt"] == "login":
            form.update(login=login, password="any-password")
        response = http.post(
            urljoin(response.url, unescape(action.group(1))),
            data=form,
            allow_redirects=False,
            timeout=10,
        )
    raise AssertionError("the provider kept redirecting")


@dataclass
class SignOn:
    """Drive sign-on for Django's test client against the test provider."""

    provider: TestProvider

    def accounts(self, **accounts: dict) -> None:
        self.provider.set_accounts(accounts)

    def start(self, client, next_url: str | None = None) -> str:
        url = "/oidc/authenticate/"
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        response = client.get(url)
        assert response.status_code == 302, response
        assert response.url.startswith(self.provider.issuer)
        return response.url

    def callback_url(self, client, login: str, next_url: str | None = None) -> str:
        callback = through_provider(self.start(client, next_url), login)
        assert isinstance(callback, str), callback.text
        return callback.replace("http://testserver", "")

    def sign_in(self, client, login: str, next_url: str | None = None):
        """Run the whole flow; return Django's answer to the callback."""
        return client.get(self.callback_url(client, login, next_url))
