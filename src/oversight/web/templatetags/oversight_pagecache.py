"""``{% kept_part %}…{% end_kept_part %}``: the part of a page that ``core.pagecache`` keeps.

The view puts a ``Fragment`` in the context as ``kept_part``. When it holds HTML, that is the part
and the template inside is not rendered (the view did not build its context either); otherwise the
inside is rendered, kept under the fragment's key, and shown."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from oversight.core.pagecache import Fragment

register = template.Library()


class KeptPartNode(template.Node):
    def __init__(self, nodelist: template.NodeList) -> None:
        self.nodelist = nodelist

    def render(self, context: Any) -> SafeString:
        fragment = context.get("kept_part")
        if isinstance(fragment, Fragment) and fragment.html is not None:
            return mark_safe(fragment.html)  # noqa: S308 - HTML this template rendered and escaped itself
        html = self.nodelist.render(context)
        if isinstance(fragment, Fragment):
            fragment.keep(str(html))
        return mark_safe(html)  # noqa: S308 - rendered (and escaped) just above


@register.tag("kept_part")
def kept_part(parser: Any, token: Any) -> KeptPartNode:
    nodelist = parser.parse(("end_kept_part",))
    parser.delete_first_token()
    return KeptPartNode(nodelist)
