"""The command line as a user meets it: exit codes and messages, never tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sleuth.catalog.build import BuildReport

pytestmark = pytest.mark.integration


def run(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SLEUTH_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "sleuth", *args], env=env, input=stdin,
                          capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def home(built: BuildReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    (home / "catalog.sqlite").symlink_to(built.path)
    return home


def test_show_json_card(home: Path) -> None:
    result = run("show", "Vostok 1", "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)
    assert set(card) >= {"id", "name", "kind", "aliases", "facts", "related", "conflicts"}
    assert set(card["facts"][0]) >= {"property", "value", "precision", "source", "record",
                                     "citation"}


def test_show_unknown_name_suggests(home: Path) -> None:
    result = run("show", "Vostokk 1x", home=home)
    assert result.returncode == 1
    assert "No entity named" in result.stderr and "Did you mean" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_stdin_json_and_fail_on(home: Path) -> None:
    result = run("check", "-", "-f", "json", "--fail-on", "contradicted", home=home,
                 stdin="Soyuz 1 was an uncrewed flight.")
    assert result.returncode == 2
    claim = json.loads(result.stdout)["documents"][0]["claims"][0]
    assert claim["verdict"] == "contradicted"


@pytest.mark.parametrize(("content", "message"), [(b"", "empty"), (b"\x00\x01", "binary")])
def test_check_bad_input(home: Path, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("check", str(path), home=home)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_html_report_escapes_script(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run("check", "-", "-f", "html", "-o", str(out), home=home,
                 stdin="<script>alert(1)</script> Yuri Gagarin flew in 1961.")
    assert result.returncode == 0, result.stderr
    page = out.read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'class="supported"' in page


def test_build_without_data_fails_clearly(tmp_path: Path) -> None:
    result = run("build", home=tmp_path)
    assert result.returncode == 1
    assert "sleuth data pull" in result.stderr and "Traceback" not in result.stderr


def test_pull_offline_names_from(tmp_path: Path) -> None:
    result = run("data", "pull", "--from", str(tmp_path / "missing"), home=tmp_path)
    assert result.returncode == 1 and "--from" in result.stderr


def test_terminal_report_prints_brackets_as_written(home: Path) -> None:
    # a pronunciation guide in lower case looks like Rich markup ("[mo-HAM-ad …]") and
    # must not vanish from the claim's quote
    result = run("check", "-", home=home,
                 stdin="Muhammed Faris [mo-HAM-ad FAH-ris], who flew in July 1987, is Syrian.")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("[mo-HAM-ad") >= 2  # in the text and in the claims table
