"""What needs the whole archive, with no Pelican: period archives and the undated bucket
(periods.py), copies of one story (copies.py), previous and next articles (neighbours.py).
They work on any objects with the article's attributes; adapters/ hands them Pelican's."""
