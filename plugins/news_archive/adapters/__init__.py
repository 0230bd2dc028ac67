"""Every Pelican signal handler, and the only code that touches Pelican objects. Each module
is a thin adapter: it takes what Pelican hands a signal, calls the layers below (article/,
archive/, actors/, search/) and puts their results where Pelican and the theme read them."""
