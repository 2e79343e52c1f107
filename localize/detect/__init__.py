"""Language detection for English, Korean and Chinese summaries, mixed as they are.

`detect_text` labels one text; `detect_document` labels a document and every segment,
masking the document's proper names; `resolve_source_language` picks the language to
translate from. Labels: `en`, `ko`, `zh`, `und` (no linguistic content) and `other`.
"""

from localize.detect.document import (
    DocumentDetection,
    SegmentDetection,
    UnsupportedLanguageError,
    detect_document,
    document_names,
    resolve_source_language,
)
from localize.detect.text import (
    LABELS,
    SUPPORTED_LANGUAGES,
    Detection,
    NameMask,
    detect_text,
)

__all__ = [
    "LABELS",
    "SUPPORTED_LANGUAGES",
    "Detection",
    "DocumentDetection",
    "NameMask",
    "SegmentDetection",
    "UnsupportedLanguageError",
    "detect_document",
    "detect_text",
    "document_names",
    "resolve_source_language",
]
