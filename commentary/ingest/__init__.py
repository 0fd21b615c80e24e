"""Reading multi-expert commentary documents (text, Markdown, HTML) into structured sections.

`load` turns bytes into text (or refuses them), `parse` turns text into a `ParsedDocument`,
`service` writes a parsed document into the database. Only `service` touches Django.
"""
