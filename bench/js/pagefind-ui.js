// Benchmark page: Pagefind's own default UI (pagefind-ui.js and its CSS, default options) on the
// same built site, searching the query of ?q= as a reader's search page would on arrival.
const query = new URLSearchParams(location.search).get('q')
// eslint-disable-next-line no-undef
const ui = new PagefindUI({ element: '#search' })
ui.triggerSearch(query)
