"""The review screen's footer: Textual's, but a key that changes meaning gets its new words in place.

Textual's ``Footer`` rebuilds itself whenever a screen's bindings may have changed:
every key widget unmounted, new ones mounted and styled, one more layout of the
whole screen. On the review screen that happened twice a card, when Space turned
from "Show answer" into "Good" and back, and it was about half the UI thread's
work per answer at 100k cards (issue 22). When the same keys are still there,
only the changed words are written into the keys already shown; anything else
(keys added or gone, a key enabled or disabled, grouped keys) rebuilds as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.screen import Screen


class KeyFooter(Footer):
    def bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen and self.app.app_focus and self._relabel(screen):
            return
        super().bindings_changed(screen)

    def _relabel(self, screen: Screen) -> bool:
        """Write the new descriptions into the shown keys; False when the keys themselves changed."""
        first: dict[str, tuple[Binding, bool]] = {}  # one key per action, as Footer.compose shows them
        for _namespace, binding, enabled, _tooltip in screen.active_bindings.values():
            if binding.show:
                first.setdefault(binding.action, (binding, enabled))
        shown: list[Any] = list(self.query("FooterKey"))  # the footer's key widgets, by type name (the class is not exported)
        wanted = list(first.values())
        if not shown or len(shown) != len(wanted) or any(key.has_class("-grouped") for key in shown):
            return False
        if any(key.key != binding.key or key.has_class("-disabled") == enabled for key, (binding, enabled) in zip(shown, wanted, strict=True)):
            return False
        for key, (binding, _enabled) in zip(shown, wanted, strict=True):
            if (key.description, key.action) != (binding.description, binding.action):
                key.description, key.action = binding.description, binding.action
                key.tooltip = binding.tooltip or None
                key.refresh(layout=True)  # its width follows its words
        return True
