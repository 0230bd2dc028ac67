"""The undated articles' own page (paginated), linked with its count from the archive: inline at
the bottom of archive/ it grew with the archive (megabytes at 100,000 articles)."""

from __future__ import annotations

from pelican.generators import Generator

from .build_state import state_of


class UndatedPages(Generator):
    """Writes NEWS_ARCHIVE_UNDATED's page from the articles the archives left undated."""

    def generate_context(self) -> None:
        pass  # the articles generator, which runs first, finds the undated articles

    def generate_output(self, writer) -> None:
        undated = self.context.get("undated_articles") or []
        if not undated:
            return
        url, save_as = state_of(self.settings).config.undated
        writer.write_file(
            save_as,
            self.get_template("undated"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            paginated={"articles": undated},
            template_name="undated",
            url=url,
            page_name=save_as.removesuffix("index.html").rstrip("/"),
        )


def undated_pages(_pelican):
    """get_generators: the undated page's generator."""
    return UndatedPages
