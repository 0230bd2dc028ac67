"""`news-archive serve` (make serve): UTF-8 text and the site's 404 page, as GitHub Pages serves them."""

import threading
import urllib.error
import urllib.request

from news_archive.cli.serve import make_server


def test_raw_text_is_utf8_and_a_missing_page_gets_the_404_page(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Prancis – Suriah", encoding="utf-8")
    (tmp_path / "404.html").write_text("<p>Halaman tidak ditemukan</p>", encoding="utf-8")
    server = make_server(tmp_path, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with urllib.request.urlopen(f"{base}/raw/a.txt") as response:
            assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
            assert response.read().decode("utf-8") == "Prancis – Suriah"
        try:
            urllib.request.urlopen(f"{base}/nowhere/")
            raise AssertionError("a missing page must be a 404")
        except urllib.error.HTTPError as err:
            assert err.code == 404 and "Halaman tidak ditemukan" in err.read().decode("utf-8")
            assert err.headers["Content-Type"] == "text/html; charset=utf-8"
    finally:
        server.shutdown()
        server.server_close()
