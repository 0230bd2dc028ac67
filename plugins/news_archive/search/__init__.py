"""Client-side search: analysis shared with the browser, and the split lunr index."""
