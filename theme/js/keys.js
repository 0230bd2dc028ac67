// On every page: "/" focuses the search box (unless typing in a field already).
document.addEventListener('keydown', event => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
  const target = event.target
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return
  const box = document.getElementById('search-q') || document.getElementById('site-q')
  if (box) { event.preventDefault(); box.focus(); box.select() }
})
// An article opened from the search results marks the query's words: the marking script (with
// the stemmer) is fetched only then.
if (document.getElementById('article-body') && new URLSearchParams(location.search).has('hl')) {
  const own = document.currentScript
  const script = document.createElement('script')
  script.src = own.src.replace(/keys\.js(\?.*)?$/, 'highlight.js')
  document.head.appendChild(script)
}
