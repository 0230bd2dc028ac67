// On every page: "/" focuses the search box (unless typing in a field already).
document.addEventListener('keydown', event => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
  const target = event.target
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return
  const box = document.getElementById('search-q') || document.getElementById('site-q')
  if (box) { event.preventDefault(); box.focus(); box.select() }
})
