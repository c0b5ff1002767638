"""Hostile input is refused within bounded time and memory, through the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docx_builders import paragraphs_docx, with_entity_expansion, zip_bomb

LIMIT_MB = 300  # far below what inflating or expanding any of these inputs would take

PROBE = (
    "import resource, subprocess, sys, time;"
    "t = time.monotonic();"
    "r = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
    "print(r.returncode, time.monotonic() - t,"
    " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024);"
    "print(r.stderr.strip())"
)


def check(path: Path) -> tuple[int, float, int, str]:
    """Exit status, seconds, peak memory (MB) and stderr of `custlint check PATH`."""
    cmd = [sys.executable, "-m", "custlint", "check", "--no-cache", str(path)]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *cmd], capture_output=True, text=True, timeout=120
    )
    first, _, stderr = out.stdout.partition("\n")
    code, seconds, peak = first.split()
    return int(code), float(seconds), int(peak), stderr.strip()


def two_gb_zip_bomb(path: Path) -> Path:
    return zip_bomb(path, 2048)  # 2 GB of zeros, about 2 MB on disk


def entity_docx(path: Path) -> Path:
    path.write_bytes(with_entity_expansion(paragraphs_docx("Room one is ready."), b"Room one"))
    return path


def external_entity_html(path: Path) -> Path:
    path.write_text(
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        "<p>Our guests &xxe; love the view.</p>\n",
        encoding="utf-8",
    )
    return path


def billion_laughs_html(path: Path) -> Path:
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    path.write_text(
        f'<!DOCTYPE html [<!ENTITY lol0 "lol">{entities}]>\n<p>Laugh &lol9; now.</p>\n',
        encoding="utf-8",
    )
    return path


def huge_line(path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        piece = "passengers " * 100_000
        for _ in range(100):  # 100 MB on one line
            handle.write(piece[: 1 << 20])
    return path


@pytest.mark.parametrize(
    ("make", "name", "message", "code"),
    [
        (two_gb_zip_bomb, "bomb.docx", "inflates past the size limit", 2),
        (entity_docx, "lol.docx", "declares a DTD", 2),
        (huge_line, "huge.txt", "refused", 2),
        (billion_laughs_html, "lol.html", None, 0),
        (external_entity_html, "xxe.html", None, 1),
    ],
)
def test_hostile_input_is_refused_in_bounded_time_and_memory(
    tmp_path: Path, make, name: str, message: str | None, code: int
) -> None:
    path = make(tmp_path / name)
    status, seconds, peak, stderr = check(path)
    assert status == code, stderr
    if message is not None:
        assert message in stderr and len(stderr.splitlines()) == 1
    assert "Traceback" not in stderr
    assert "root:" not in stderr  # /etc/passwd was never read into the document
    assert peak < LIMIT_MB, f"{name}: {peak} MB"
    assert seconds < 60
