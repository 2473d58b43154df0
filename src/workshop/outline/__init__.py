"""The trainer's outline: what the deck and the handout's working elements say, as a plain
Markdown file beside the article that a trainer edits in any text editor.

`write` makes it from an enriched article, `read` parses an edited one (every mistake named
with its line), `apply` puts it back into the enriched article the templates see, and
`refresh` carries a trainer's edits over to the outline of a changed article.
"""
