// The search page (search/): reads ?q= and filters from the URL and writes them back, loads the
// split index only when a search starts, shows results as you type. Every scraped string is
// inserted as text (textContent / text nodes), never as HTML.
import lunr from 'lunr'
import idStopwords from '../../plugins/news_archive/data/stopwords-id.txt'
import enStopwords from '../../plugins/news_archive/data/stopwords-en.txt'
import { createAnalyzer, parseStopwords, registerPipeline } from './analysis.js'
import { SplitIndex } from './engine.js'
import { arrange, dayOf } from './dates.js'
import { bestPassage } from './passage.js'
import { makeProtect, queryHelpers } from './query.js'

const PAGE = 20
const FILTERS = ['actor', 'publisher', 'year']
const analyzer = createAnalyzer(parseStopwords(idStopwords, enStopwords))
const pipeline = registerPipeline(lunr, analyzer)

const root = document.getElementById('search')
const ui = JSON.parse(root.dataset.ui)
const form = root.querySelector('form')
const input = document.getElementById('search-q')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
const filtersBox = document.getElementById('search-filters')
const more = document.getElementById('search-more')
const suggestions = document.getElementById('search-suggestions')
const chipsBox = document.getElementById('search-chips')
const filtersFold = document.getElementById('search-filters-fold')
const filtersToggle = filtersFold.querySelector('summary')
const sortSelect = document.getElementById('search-sort')
const fromInput = document.getElementById('search-from')
const toInput = document.getElementById('search-to')
const RANGE = ['from', 'to'] // a date range, and the order, live beside the filters in the URL
// On a phone the filters fold under a button: the first result stays on the first screen.
filtersFold.open = window.matchMedia('(min-width: 44.01rem)').matches

let protect = text => text // set from the index's meta: "AS" and "IS" written in capitals are searched
let indexPromise = null
let facetsPromise = null
let current = { results: [], shown: 0 }
let generation = 0
let typing = false // results as the query is typed: its last word may be unfinished

const fetchJson = path => fetch(root.dataset.index + path).then(response => {
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return response.json()
})

function loadIndex () {
  if (!indexPromise) {
    root.classList.add('loading')
    indexPromise = fetchJson('meta.json').then(meta => {
      protect = makeProtect(meta.protected)
      return new SplitIndex(meta, pipeline, fetchJson)
    })
  }
  return indexPromise
}

const loadFacets = () => (facetsPromise = facetsPromise || fetchJson('facets.json'))
let daysPromise = null
const loadDays = () => (daysPromise = daysPromise || fetchJson('days.json'))
let aliasesPromise = null
const loadAliases = () => (aliasesPromise = aliasesPromise || fetchJson('aliases.json').catch(() => ({})))

// An actor a query names, by a name or an alias in any language ("Moscow", "Hezbollah"): the
// whole query (its articles are added to the results) or one of its words (a link to its page).
async function namedActor (q) {
  if (usesSyntax(q)) return {}
  const quoted = phrases(q).length > 0 // a phrase in quotes asks for those words, not the actor's other names
  const aliases = await loadAliases()
  const parts = analyzer.split(q)
  const whole = aliases[parts.join(' ')]
  return { whole: quoted ? undefined : whole, any: whole || parts.map(w => aliases[w]).find(Boolean) }
}

function offerActor (facets, actorId) {
  const entry = facets && facets.actors.find(a => a[0] === actorId)
  if (!entry || suggestions.querySelector('.actor-link')) return
  suggestions.prepend(el('a', format(ui.actor_page, { name: entry[1] }), { href: `${root.dataset.root}actor/${actorId}/`, class: 'actor-link' }))
}

function el (tag, text, attrs = {}) {
  const node = document.createElement(tag)
  if (text !== undefined && text !== null) node.textContent = text
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  return node
}

const format = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key])

const { usesSyntax, words, plainWords, indexed, phrases, MODES } = queryHelpers(analyzer)

// As you type, the last word is a prefix: its stem and lunr's "*" ("seran" finds "serangan").
function typedQuery (raw) {
  const all = words(raw)
  if (!all.length || /\s$/.test(raw) || usesSyntax(raw)) return null
  const last = analyzer.split(all[all.length - 1]).pop()
  const stem = last ? analyzer.stem(last) : ''
  if (stem.length < 2) return null
  return [...indexed(all.slice(0, -1).join(' ')).map(w => '+' + w), `+${stem}*`].join(' ')
}

function readState () {
  const params = new URLSearchParams(location.search)
  const mode = params.get('mode')
  const state = { q: params.get('q') || '', mode: Object.prototype.hasOwnProperty.call(MODES, mode) ? mode : 'all' }
  for (const f of FILTERS) state[f] = params.get(f) || ''
  for (const f of RANGE) state[f] = dayOf(params.get(f)) === null ? '' : params.get(f)
  state.sort = ['new', 'old'].includes(params.get('sort')) ? params.get('sort') : ''
  return state
}

function writeState (state, push) {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  if (state.mode !== 'all') params.set('mode', state.mode)
  for (const f of [...FILTERS, ...RANGE, 'sort']) if (state[f]) params.set(f, state[f])
  const url = location.pathname + (params.toString() ? '?' + params : '')
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url)
}

let state = readState()

// One word's index term as the query's words were analysed (undefined for a stopword).
const termOf = word => analyzer.analyse(protect(word))[0]

function highlight (text, stems) {
  const fragment = document.createDocumentFragment()
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (part && stems.has(termOf(part))) fragment.appendChild(el('mark', part))
    else if (part) fragment.appendChild(document.createTextNode(part))
  }
  return fragment
}

function card (item, stems) {
  const li = el('li', null, { class: 'result' })
  const heading = el('h2')
  // The query travels with the link: the article marks its words (highlight.js).
  const hl = new URLSearchParams({ hl: plainWords(state.q).trim() })
  const acronyms = (state.q.match(/\b[A-Z]{2,5}\b/g) || []).join(',')
  if (acronyms) hl.set('hla', acronyms)
  const link = el('a', null, { href: root.dataset.root + item.url + '?' + hl })
  link.appendChild(highlight(item.title, stems))
  heading.appendChild(link)
  li.appendChild(heading)
  const meta = el('p', null, { class: 'meta' })
  meta.appendChild(item.date ? el('time', item.dateText, { datetime: item.date }) : el('span', item.dateText, { class: 'undated' }))
  meta.appendChild(document.createTextNode(' · ' + item.publisher))
  li.appendChild(meta)
  if (item.actors.length) {
    const chips = el('ul', null, { class: 'chips', 'aria-label': ui.actors })
    for (const [id, name] of item.actors) {
      const chip = el('li')
      chip.appendChild(el('a', name, { href: `${root.dataset.root}actor/${id}/` }))
      chips.appendChild(chip)
    }
    li.appendChild(chips)
  }
  const snippet = el('p', null, { class: 'snippet' })
  const lead = highlight(item.lead, stems)
  const leadMatches = lead.querySelector('mark')
  snippet.appendChild(lead)
  li.appendChild(snippet)
  // An opening without the query's words is replaced by the passage that has them, read from
  // the article itself once the card comes near the screen (cards out of sight fetch nothing).
  if (!leadMatches && stems.size && passages) {
    snippet.dataset.url = root.dataset.root + item.url
    passages.observe(snippet)
  }
  if (item.copies.length) {
    const also = el('p', ui.also_published + ' ', { class: 'meta also' })
    item.copies.forEach(([url, publisher], i) => {
      if (i) also.appendChild(document.createTextNode(', '))
      also.appendChild(el('a', publisher, { href: root.dataset.root + url }))
    })
    li.appendChild(also)
  }
  return li
}

// The paragraphs of an article's body, fetched once per page view.
const articleTexts = new Map()
function articleText (url) {
  if (!articleTexts.has(url)) {
    articleTexts.set(url, fetch(url).then(response => response.ok ? response.text() : '').then(html => {
      const body = new DOMParser().parseFromString(html, 'text/html').getElementById('article-body') // inert: nothing runs
      return body ? [...body.querySelectorAll('p')].map(p => p.textContent) : []
    }).catch(() => []))
  }
  return articleTexts.get(url)
}

const passages = 'IntersectionObserver' in window
  ? new IntersectionObserver(entries => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue
      passages.unobserve(entry.target)
      showPassage(entry.target, current.stems, generation)
    }
  }, { rootMargin: '400px 0px' })
  : null

async function showPassage (snippet, stems, mine) {
  const paragraphs = await articleText(snippet.dataset.url)
  const passage = bestPassage(paragraphs, termOf, stems)
  if (!passage || mine !== generation) return
  const text = (passage.before ? '… ' : '') + passage.text + (passage.after ? ' …' : '')
  snippet.replaceChildren(highlight(text, stems))
  snippet.classList.add('passage')
}

async function showMore (index, stems, mine) {
  const slice = current.results.slice(current.shown, current.shown + PAGE)
  const cards = await index.cards(slice.map(r => Number(r.ref)))
  if (mine !== generation) return
  for (const item of cards) {
    // A story published by several outlets is shown once, at its best rank, with its copies.
    if (item.group !== null && item.group !== undefined) {
      if (current.groups.has(item.group)) continue
      current.groups.add(item.group)
    }
    list.appendChild(card(item, stems))
  }
  current.shown += slice.length
  more.hidden = current.shown >= current.results.length
}

const expanded = new Set() // filter groups opened past their first values ("+N more")
let lastControl = null // the filter button used last: focus returns to it after the redraw

function facetMatch (facets, row, f) {
  if (f === 'actor') return row[2].some(i => facets.actors[i][0] === state.actor)
  if (f === 'publisher') return facets.publishers[row[1]] === state.publisher
  return String(facets.years[row[0]]) === state.year
}

const applyFilters = (facets, results, except) => results.filter(r => {
  const row = facets.docs[Number(r.ref)]
  return FILTERS.every(f => f === except || !state[f] || facetMatch(facets, row, f))
})

function chooseFilter (f, value) {
  state[f] = state[f] === value ? '' : value
  lastControl = [f, state[f] ? value : '']
  writeState(state, true)
  run()
}

function renderFilters (facets, results) {
  filtersBox.replaceChildren()
  const active = [...FILTERS, ...RANGE].filter(f => state[f]).length
  filtersToggle.textContent = active ? format(ui.filters_active, { n: active }) : ui.filters
  if (!results.length) return
  const groups = {
    actor: [facets.actors.map(a => a[0]), facets.actors.map(a => a[1]), row => row[2]],
    publisher: [facets.publishers, facets.publishers, row => [row[1]]],
    year: [facets.years, facets.years.map(y => y === 'undated' ? ui.undated : y), row => [row[0]]]
  }
  for (const f of FILTERS) {
    const [values, labels, pick] = groups[f]
    // Counted on the results the other groups let through: choosing a year keeps every
    // publisher's count true, and the counts of the chosen group stay comparable.
    const counts = new Map()
    for (const r of applyFilters(facets, results, f)) {
      for (const i of pick(facets.docs[Number(r.ref)])) counts.set(i, (counts.get(i) || 0) + 1)
    }
    let entries = [...counts]
    if (f === 'year') { // in time order, newest first, undated last
      const key = i => values[i] === 'undated' ? -Infinity : Number(values[i])
      entries.sort((a, b) => key(b[0]) - key(a[0]))
    } else {
      entries.sort((a, b) => b[1] - a[1] || String(labels[a[0]]).localeCompare(labels[b[0]]))
    }
    const chosen = entries.findIndex(([i]) => String(values[i]) === state[f])
    const limit = expanded.has(f) ? entries.length : 12
    let shown = entries.slice(0, limit)
    if (chosen >= limit) shown = [...shown.slice(0, limit - 1), entries[chosen]] // the active value always shows
    if (!shown.length && !state[f]) continue
    const group = el('fieldset', null, { class: 'filter' })
    group.appendChild(el('legend', ui['filter_' + f]))
    for (const [i, n] of shown) {
      const value = String(values[i])
      const button = el('button', `${labels[i]} (${n})`, {
        type: 'button', 'aria-pressed': String(state[f] === value), 'data-filter': f, 'data-value': value
      })
      button.addEventListener('click', () => chooseFilter(f, value))
      group.appendChild(button)
    }
    if (entries.length > shown.length) {
      const rest = el('button', format(ui.filters_more, { n: entries.length - shown.length }), { type: 'button', class: 'more', 'data-filter': f, 'data-value': '+' })
      rest.addEventListener('click', () => { expanded.add(f); lastControl = [f, '+more']; renderFilters(facets, results) })
      group.appendChild(rest)
    }
    filtersBox.appendChild(group)
  }
  if (lastControl) {
    const [f, value] = lastControl
    const target = filtersBox.querySelector(`button[data-filter="${f}"][data-value="${CSS.escape(value)}"]`) ||
      filtersBox.querySelector(`button[data-filter="${f}"]`)
    if (target) target.focus()
    lastControl = null
  }
}

// The active filters, each a button that removes it: visible whatever the filter column shows.
function renderChips (facets) {
  chipsBox.replaceChildren()
  for (const f of [...FILTERS, ...RANGE]) {
    if (!state[f]) continue
    let value = state[f]
    if (f === 'actor' && facets) value = (facets.actors.find(a => a[0] === state[f]) || [null, state[f]])[1]
    if (f === 'year' && value === 'undated') value = ui.undated
    const label = `${ui['filter_' + f]}: ${value}`
    const chip = el('button', `${label} ✕`, { type: 'button', class: 'chip', 'aria-label': format(ui.filter_remove, { filter: label }) })
    chip.addEventListener('click', () => { state[f] = ''; writeState(state, true); run(); input.focus() })
    chipsBox.appendChild(chip)
  }
}

function offerAlternatives () {
  suggestions.replaceChildren()
  if (state.mode !== 'all' || usesSyntax(state.q)) return
  for (const mode of ['any', 'fuzzy']) {
    const button = el('button', ui['try_' + mode], { type: 'button' })
    button.addEventListener('click', () => { state.mode = mode; writeState(state, true); run() })
    suggestions.appendChild(button)
  }
}

async function run (restore = false) {
  const mine = ++generation
  const q = state.q.trim()
  if (passages) passages.disconnect()
  list.replaceChildren()
  filtersBox.replaceChildren()
  suggestions.replaceChildren()
  chipsBox.replaceChildren()
  more.hidden = true
  sortSelect.value = state.sort
  fromInput.value = state.from
  toInput.value = state.to
  if (!q) { status.textContent = ''; return }
  status.textContent = ui.loading
  let index
  try {
    index = await loadIndex()
  } catch (error) {
    status.textContent = ui.load_error
    return
  } finally {
    root.classList.remove('loading')
  }
  const pq = protect(q)
  const typed = typing && state.mode === 'all' ? typedQuery(protect(state.q)) : null
  if (!typed && !usesSyntax(pq) && !indexed(pq).length) { // only words such as "di" or "yang": say so
    status.textContent = typing ? '' : format(ui.stopwords_only, { q })
    return
  }
  const actorLookup = namedActor(q) // fetched beside the search, not after it
  let results
  try {
    results = await index.search(typed || MODES[state.mode](pq))
    // Quoted phrases: their words next to each other, as in the query (not with typo tolerance).
    if (state.mode !== 'fuzzy') results = await index.withPhrases(results, phrases(pq))
  } catch (error) {
    if (mine === generation) status.textContent = typing ? '' : ui.bad_query // nothing negative mid-word
    return
  }
  if (mine !== generation) return
  // Filter data comes after the results: only an active filter, or a query that names an actor
  // (whose articles it adds), waits for it; a failure to load it leaves the results as they are.
  let facets = null
  const actor = await actorLookup
  if (mine !== generation) return
  if ((results.length && FILTERS.some(f => state[f])) || actor.whole) facets = await loadFacets().catch(() => null)
  if (mine !== generation) return
  if (actor.whole && facets) {
    const seen = new Set(results.map(r => r.ref))
    facets.docs.forEach((row, ref) => {
      if (!seen.has(String(ref)) && row[2].some(i => facets.actors[i][0] === actor.whole)) results.push({ ref: String(ref), score: 0 })
    })
  }
  // By date or within dates: the dates come after the results too, and only for these.
  const matched = results.length // before the date range and the filters narrow them
  let caveat = '' // said after the count: the order or range that could not be applied
  if (results.length && (state.sort || state.from || state.to)) {
    const days = await loadDays().catch(() => null)
    if (mine !== generation) return
    if (days) results = arrange(results, days, state)
    else caveat = ' ' + ui.range_error
  }
  const filtered = facets ? applyFilters(facets, results) : results
  const stems = new Set(analyzer.analyse(plainWords(pq))) // words to highlight, by stem
  current = { results: filtered, shown: 0, groups: new Set(), stems }
  status.textContent = filtered.length
    ? format(ui.results_count, { n: filtered.length, q })
    : typing ? '' : format(matched ? ui.none_narrowed : ui.no_results, { n: matched, q })
  status.textContent += caveat
  if (!matched && !typing) offerAlternatives()
  renderChips(facets)
  await showMore(index, stems, mine)
  if (restore && mine === generation) await restoreView(index, stems, mine)
  if (!results.length && !actor.any) return
  if (!facets) facets = await loadFacets().catch(() => null)
  if (facets && mine === generation) {
    // Copies of one story are shown once: say how many stories the articles are.
    const stories = new Set(current.results.map(r => { const row = facets.docs[Number(r.ref)]; return row[3] ?? 'd' + r.ref })).size
    if (stories < current.results.length) status.textContent = format(ui.stories_count, { stories, n: current.results.length, q }) + caveat
    renderFilters(facets, results)
    renderChips(facets)
    if (actor.any) offerActor(facets, actor.any)
  }
}

// The order and the date range: a change is a new search, kept in the URL like the filters.
sortSelect.addEventListener('change', () => { state.sort = sortSelect.value; writeState(state, true); run() })
for (const [f, control] of [['from', fromInput], ['to', toInput]]) {
  control.addEventListener('change', () => {
    state[f] = dayOf(control.value) === null ? '' : control.value
    writeState(state, true)
    run()
  })
}

let timer = null
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(() => {
    state.q = input.value
    state.mode = 'all' // refining the query keeps the filters (shown as chips)
    writeState(state, false)
    typing = true
    run()
  }, 200)
})
form.addEventListener('submit', event => {
  event.preventDefault()
  clearTimeout(timer)
  state.q = input.value
  writeState(state, true)
  typing = false
  run()
})
more.addEventListener('click', async () => {
  const index = await loadIndex()
  await showMore(index, current.stems, generation)
})
// Arrow keys move through the results; Enter follows the focused link.
root.addEventListener('keydown', event => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const links = [...list.querySelectorAll('.result h2 a')]
  if (!links.length) return
  const at = links.indexOf(document.activeElement)
  if (event.key === 'ArrowDown') {
    event.preventDefault()
    links[Math.min(at + 1, links.length - 1)].focus()
  } else if (at >= 0) {
    event.preventDefault()
    if (at === 0) input.focus(); else links[at - 1].focus()
  }
})
window.addEventListener('popstate', () => { state = readState(); input.value = state.q; typing = false; run(true) })
// Leaving for a result remembers how many results were shown and where the page was, so Back
// comes to the same list at the same place.
list.addEventListener('click', event => {
  if (!event.target.closest('a')) return
  history.replaceState({ ...(history.state || {}), shown: current.shown, scroll: window.scrollY }, '')
})

async function restoreView (index, stems, mine) {
  const saved = history.state || {}
  while (saved.shown && current.shown < saved.shown && current.shown < current.results.length && mine === generation) {
    await showMore(index, stems, mine)
  }
  if (saved.scroll && mine === generation) window.scrollTo(0, saved.scroll)
}

root.classList.add('ready')
input.value = state.q
if (state.q) run(true)
