"""The Anthropic backend: Claude through the `anthropic` SDK, answers as a forced tool call.

The key comes from `ANTHROPIC_API_KEY` and the endpoint may be moved with the SDK's own
`ANTHROPIC_BASE_URL`. The SDK retries 408/409/429/5xx/529 and timeouts with backoff that
honours `retry-after`; a spent quota (402, or a 400 about the credit balance) is reported at
once. The stable prefix (tool, system prompt, style guide) is marked for prompt caching.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from localize.translate.backends.base import Backend
from localize.translate.model import (
    AnswerRefused,
    AnswerTruncated,
    BackendError,
    BackendUnavailable,
    MalformedAnswer,
    QuotaExhausted,
    TranslationAnswer,
    TranslationRequest,
    Usage,
)
from localize.translate.prompts import prompt_set

DEFAULT_MODEL = "claude-sonnet-5-5"
TOOL_NAME = "submit_translations"
TOOL = {
    "name": TOOL_NAME,
    "description": "Submit the translation of every segment, each id exactly once.",
    "input_schema": {
        "type": "object",
        "properties": {"translations": {"type": "array", "items": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "text": {"type": "string"}},
            "required": ["id", "text"], "additionalProperties": False}}},
        "required": ["translations"], "additionalProperties": False,
    },
}


class _Item(BaseModel):
    id: str
    text: str


class _Answer(BaseModel):
    translations: list[_Item]


def _user_message(request: TranslationRequest, repair_text: str) -> str:
    parts = []
    if request.glossary:
        parts.append("Glossary for these segments:\n" + request.glossary)
    if request.violations:
        listed = "\n".join(f"- {segment_id}: " + "; ".join(problems)
                           for segment_id, problems in request.violations.items())
        parts.append(repair_text.format(violations=listed))
    # Ids carry the kind (`s3.h` heading, `s3.q1` quote...), so the payload is only id → text.
    segments = {s.id: s.text for s in request.segments}
    parts.append("Segments:\n" + json.dumps(segments, ensure_ascii=False, separators=(",", ":")))
    return "\n\n".join(parts)


def parse_answer(content: list[Any], asked: list[str]) -> dict[str, str]:
    """The translations of a tool call, every asked id exactly once and nothing extra."""
    call = next((block for block in content if getattr(block, "type", None) == "tool_use"),
                None)
    if call is None:
        raise MalformedAnswer("the answer did not call submit_translations")
    try:
        items = _Answer.model_validate(call.input).translations
    except ValidationError as error:
        raise MalformedAnswer(f"the answer did not match the schema: "
                              f"{error.errors()[0]['msg']}") from None
    seen: dict[str, str] = {}
    duplicated: set[str] = set()
    for item in items:
        if item.id in seen:
            duplicated.add(item.id)
        seen.setdefault(item.id, item.text)
    extra = sorted(set(seen) - set(asked))
    missing = [segment_id for segment_id in asked if segment_id not in seen]
    partial = {segment_id: text for segment_id, text in seen.items() if segment_id in asked}
    problems = []
    if missing:
        problems.append(f"ids missing: {', '.join(missing)}")
    if extra:
        problems.append(f"ids not asked for: {', '.join(extra)}")
    if duplicated:
        problems.append(f"ids answered twice: {', '.join(sorted(duplicated))}")
    if problems:
        raise MalformedAnswer("; ".join(problems), partial)
    return partial


class AnthropicBackend(Backend):
    """Translates batches with a Claude model."""

    name = "anthropic"

    def __init__(self, model: str = DEFAULT_MODEL, client: Any = None,
                 max_tokens: int = 8192, max_retries: int = 4, timeout: float = 120.0,
                 prompts: Path | None = None) -> None:
        import anthropic

        self.model = model
        self.max_tokens = max_tokens
        self.prompts = prompts
        self._anthropic = anthropic
        self.client: Any = client or anthropic.Anthropic(
            api_key=os.environ.get("ANTHROPIC_API_KEY"), max_retries=max_retries,
            timeout=timeout)
        key = getattr(self.client, "api_key", None)
        self.secrets = (key,) if isinstance(key, str) and key else ()
        self.prompt_version: str | None = None

    def _system(self, request: TranslationRequest) -> list[dict[str, Any]]:
        prompts = prompt_set(request.target_lang, self.prompts)
        self.prompt_version = prompts.version
        return [{"type": "text", "text": prompts.system_text(request.source_lang,
                                                             request.target_lang)},
                {"type": "text", "text": prompts.style.text,
                 "cache_control": {"type": "ephemeral"}}]

    def translate(self, request: TranslationRequest) -> TranslationAnswer:
        """One request to the Messages API for the whole batch."""
        prompts = prompt_set(request.target_lang, self.prompts)
        try:
            response = self.client.messages.create(
                model=self.model, max_tokens=self.max_tokens, system=self._system(request),
                tools=[TOOL], tool_choice={"type": "tool", "name": TOOL_NAME},
                messages=[{"role": "user", "content": _user_message(request,
                                                                    prompts.repair.text)}])
        except self._anthropic.APIStatusError as error:
            raise self._status_error(error) from None
        except self._anthropic.APIConnectionError as error:
            raise BackendUnavailable(f"the API could not be reached after retries: "
                                     f"{type(error).__name__}") from None
        except (self._anthropic.APIError, ValueError) as error:
            raise BackendError(f"the API gave an answer that is not a message: "
                               f"{type(error).__name__}") from None
        if getattr(response, "usage", None) is None or not hasattr(response, "content"):
            raise BackendError("the API gave an answer that is not a message")
        usage = Usage(input_tokens=response.usage.input_tokens,
                      output_tokens=response.usage.output_tokens,
                      cache_read_tokens=response.usage.cache_read_input_tokens or 0,
                      cache_write_tokens=response.usage.cache_creation_input_tokens or 0,
                      requests=1)
        asked = [segment.id for segment in request.segments]
        if response.stop_reason == "max_tokens":
            raise AnswerTruncated(f"answer cut off at max_tokens ({self.max_tokens})")
        if response.stop_reason == "refusal":
            raise AnswerRefused("the model declined to translate this batch")
        return TranslationAnswer(parse_answer(list(response.content), asked), usage)

    def _status_error(self, error: Any) -> BackendError:
        status = error.status_code
        message = (str(getattr(error, "message", "")) or type(error).__name__)[:200]
        key = os.environ.get("ANTHROPIC_API_KEY")
        if key:
            message = message.replace(key, "[key]")  # never print a secret, even echoed back
        if status == 402 or (status in (400, 403) and "credit" in message.lower()):
            return QuotaExhausted(f"the API account's quota is spent ({status}): {message}; "
                                  "translations finished so far are saved in the memory")
        if status == 401:
            return BackendError("the API key was rejected (401): check ANTHROPIC_API_KEY")
        if status == 429 or status >= 500:
            return BackendUnavailable(f"the API kept answering {status} after every retry; "
                                      "translations finished so far are saved in the memory")
        return BackendError(f"the API answered {status}: {message}")
