"""Text analysis: read documents, split sentences, find numbers, quantities and dates.

Modules: :mod:`~sleuth.text.document` (read .txt/.md/.html), :mod:`~sleuth.text.segment`
(sentences, paragraphs), :mod:`~sleuth.text.numbers` (number words),
:mod:`~sleuth.text.quantities` (values with units), :mod:`~sleuth.text.dates` (date mentions).
Every finder returns spans as code-point offsets into the text it was given.
"""
