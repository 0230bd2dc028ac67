"""What one raw file becomes, with no Pelican: the article record (record.py), its slug
(slug.py), its body HTML (body_html.py) and the cache of that work (cache.py). The build, `check`
and `evaluate` all go through :func:`record.build_record`, so what is scored is what is published."""
