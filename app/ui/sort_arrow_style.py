"""Header sort arrows the way people read them: ▲ ascending (A→Z, oldest first), ▼
descending (newest first). Fusion, the style CallDesk gets on Linux, draws them the other
way round; native styles that already agree are left alone."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader

_FLIPPED_STYLES = ("fusion",)
_shared: SortArrowStyle | None = None


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if (element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
                and isinstance(option, QStyleOptionHeader)):
            flipped = QStyleOptionHeader(option)
            up, down = (QStyleOptionHeader.SortIndicator.SortUp,
                        QStyleOptionHeader.SortIndicator.SortDown)
            if option.sortIndicator == up:
                flipped.sortIndicator = down
            elif option.sortIndicator == down:
                flipped.sortIndicator = up
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)

    @staticmethod
    def for_headers() -> QStyle | None:
        """The style for list headers, or None where the application's style is right."""
        global _shared
        app = QApplication.instance()
        if not isinstance(app, QApplication) or app.style().name() not in _FLIPPED_STYLES:
            return None
        if _shared is None:
            _shared = SortArrowStyle(app.style().name())
            _shared.setParent(app)  # lives as long as the application
        return _shared
