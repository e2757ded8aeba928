"""Uploads and feedback as functions the page and scripts share."""

from __future__ import annotations

import json

import pytest

from assistant.feedback import record_feedback
from index.uploads import UploadError, save_uploads


def test_an_oversize_file_stops_the_upload_before_anything_is_copied(tmp_path):
    small, big = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    small.write_text('{"title": "t", "summary": "s"}\n')
    big.write_bytes(b"x" * 1_100_000)
    target = tmp_path / "uploads"
    with pytest.raises(UploadError, match="b.jsonl: over the 1 MB upload limit"):
        save_uploads([small, big], target, max_mb=1)
    assert not target.exists() or not any(target.iterdir())
    saved = save_uploads([small], target, max_mb=1)
    assert [p.parent for p in saved] == [target.resolve()] and saved[0].read_text() == small.read_text()


def test_feedback_is_one_json_line_with_the_cited_numbers(tmp_path):
    file = tmp_path / "data" / "feedback.jsonl"
    record_feedback(file, True, "is it safe?", "Yes \\[1\\] and [2].")
    record = json.loads(file.read_text().splitlines()[-1])
    assert record["liked"] is True and record["question"] == "is it safe?" and record["citations"] == [1, 2]


def test_app_settings_come_from_the_environment(monkeypatch):
    from app import AppSettings

    monkeypatch.setenv("FOLLICLE_MAX_UPLOAD_MB", "7")
    monkeypatch.setenv("FOLLICLE_PORT", "7999")
    settings = AppSettings()
    assert (settings.max_upload_mb, settings.port, settings.host) == (7, 7999, "127.0.0.1")
