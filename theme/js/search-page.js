// The search page (search/): reads ?q= and filters from the URL and writes them back, loads the
// split index only when a search starts, shows results as you type. Every scraped string is
// inserted as text (textContent / text nodes), never as HTML.
import lunr from 'lunr'
import idStopwords from '../../plugins/news_archive/data/stopwords-id.txt'
import enStopwords from '../../plugins/news_archive/data/stopwords-en.txt'
import { createAnalyzer, parseStopwords, registerPipeline } from './analysis.js'
import { SplitIndex } from './engine.js'

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
    indexPromise = fetchJson('meta.json').then(meta => new SplitIndex(meta, pipeline, fetchJson))
  }
  return indexPromise
}

const loadFacets = () => (facetsPromise = facetsPromise || fetchJson('facets.json'))

function el (tag, text, attrs = {}) {
  const node = document.createElement(tag)
  if (text !== undefined && text !== null) node.textContent = text
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  return node
}

const format = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key])

// Plain words must all match (lunr's "+"); queries using lunr syntax are taken as written.
const usesSyntax = q => /[+\-*~:^]/.test(q.replace(/(\w)-(\w)/g, '$1 $2'))
const words = q => q.split(/[\s\-]+/).filter(Boolean)
// Words the index holds: stopwords ("di", "yang", "the") are not in it, so requiring one would
// match nothing; they are left out before the others are required.
const indexed = q => words(q).filter(w => analyzer.split(w).some(part => !analyzer.isStop(part)))
const MODES = {
  all: q => usesSyntax(q) ? q : indexed(q).map(w => '+' + w).join(' '),
  any: q => words(q).join(' '),
  fuzzy: q => words(q).map(w => w + '~1').join(' ')
}

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
  return state
}

function writeState (state, push) {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  if (state.mode !== 'all') params.set('mode', state.mode)
  for (const f of FILTERS) if (state[f]) params.set(f, state[f])
  const url = location.pathname + (params.toString() ? '?' + params : '')
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url)
}

let state = readState()

function highlight (text, stems) {
  const fragment = document.createDocumentFragment()
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    const words = analyzer.analyse(part)
    if (part && words.length && stems.has(words[0])) fragment.appendChild(el('mark', part))
    else if (part) fragment.appendChild(document.createTextNode(part))
  }
  return fragment
}

function card (item, stems) {
  const li = el('li', null, { class: 'result' })
  const heading = el('h2')
  const link = el('a', null, { href: root.dataset.root + item.url })
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
  snippet.appendChild(highlight(item.lead, stems))
  li.appendChild(snippet)
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

function renderFilters (facets, results) {
  filtersBox.replaceChildren()
  if (!results.length) return
  const groups = {
    actor: [facets.actors.map(a => a[0]), facets.actors.map(a => a[1]), row => row[2]],
    publisher: [facets.publishers, facets.publishers, row => [row[1]]],
    year: [facets.years, facets.years.map(y => y === 'undated' ? ui.undated : y), row => [row[0]]]
  }
  for (const f of FILTERS) {
    const [values, labels, pick] = groups[f]
    const counts = new Map()
    for (const r of results) for (const i of pick(facets.docs[Number(r.ref)])) counts.set(i, (counts.get(i) || 0) + 1)
    const top = [...counts].sort((a, b) => b[1] - a[1] || String(labels[a[0]]).localeCompare(labels[b[0]])).slice(0, 12)
    if (!top.length && !state[f]) continue
    const group = el('fieldset', null, { class: 'filter' })
    group.appendChild(el('legend', ui['filter_' + f]))
    for (const [i, n] of top) {
      const value = String(values[i])
      const button = el('button', `${labels[i]} (${n})`, { type: 'button', 'aria-pressed': String(state[f] === value) })
      button.addEventListener('click', () => {
        state[f] = state[f] === value ? '' : value
        writeState(state, true)
        run()
      })
      group.appendChild(button)
    }
    filtersBox.appendChild(group)
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

async function run () {
  const mine = ++generation
  const q = state.q.trim()
  list.replaceChildren()
  filtersBox.replaceChildren()
  suggestions.replaceChildren()
  more.hidden = true
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
  const typed = typing && state.mode === 'all' ? typedQuery(state.q) : null
  if (!typed && !usesSyntax(q) && !indexed(q).length) { // only words such as "di" or "yang": say so
    status.textContent = typing ? '' : format(ui.stopwords_only, { q })
    return
  }
  let results
  try {
    results = await index.search(typed || MODES[state.mode](q))
  } catch (error) {
    if (mine === generation) status.textContent = typing ? '' : ui.bad_query // nothing negative mid-word
    return
  }
  if (mine !== generation) return
  const facets = results.length ? await loadFacets() : null
  if (mine !== generation) return
  const filtered = results.filter(r => {
    const row = facets && facets.docs[Number(r.ref)]
    return !row || (
      (!state.actor || row[2].some(i => facets.actors[i][0] === state.actor)) &&
      (!state.publisher || facets.publishers[row[1]] === state.publisher) &&
      (!state.year || facets.years[row[0]] === state.year))
  })
  // Words to highlight, by stem: the query's words, without lunr's operators.
  const stems = new Set(analyzer.analyse(q.replace(/[+\-*~:^]\S*/g, ' ')))
  current = { results: filtered, shown: 0, groups: new Set(), stems }
  status.textContent = filtered.length
    ? format(ui.results_count, { n: filtered.length, q })
    : typing ? '' : format(ui.no_results, { q })
  if (!results.length && !typing) offerAlternatives()
  if (facets) renderFilters(facets, results)
  await showMore(index, stems, mine)
}

let timer = null
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(() => {
    state.q = input.value
    state.mode = 'all'
    for (const f of FILTERS) state[f] = ''
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
window.addEventListener('popstate', () => { state = readState(); input.value = state.q; typing = false; run() })

root.classList.add('ready')
input.value = state.q
if (state.q) run()
