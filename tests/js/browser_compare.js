// Test page script (bundled by the browser test, not shipped): builds a monolithic lunr.js
// index from the site's own result cards and articles, and compares it with the split index.
import lunr from 'lunr'
import idStopwords from '../../plugins/news_archive/data/stopwords-id.txt'
import enStopwords from '../../plugins/news_archive/data/stopwords-en.txt'
import { createAnalyzer, parseStopwords, registerPipeline } from '../../theme/js/analysis.js'
import { SplitIndex } from '../../theme/js/engine.js'
import { makeProtect } from '../../theme/js/query.js'

const QUERIES = ['serangan', 'serangan rusia', '+serangan +rusia', 'rusia -turki', 'title:rusia', 'ser*',
  'serangan~1', 'pertahanan', 'Turki-Rusia', 'putin erdogan', 'isis', '+zzzz rusia', 'AS', '+IS +AS']

async function compare () {
  const pipeline = registerPipeline(lunr, createAnalyzer(parseStopwords(idStopwords, enStopwords)))
  const get = path => fetch('search/' + path).then(r => r.json())
  const meta = await get('meta.json')
  const split = new SplitIndex(meta, pipeline, get)
  const protect = makeProtect(meta.protected)
  const docs = []
  for (let ref = 0; ref < meta.documents; ref++) {
    const [card] = await split.cards([ref])
    const html = await fetch(card.url).then(r => r.text())
    const body = new DOMParser().parseFromString(html, 'text/html').getElementById('article-body')
    const text = [...body.querySelectorAll('p')].map(p => p.textContent).join(' ')
    docs.push({ ref: String(ref), title: protect(card.title), body: protect(text) })
  }
  const mono = lunr(function () {
    this.pipeline.reset(); this.searchPipeline.reset()
    this.pipeline.add(...pipeline); this.searchPipeline.add(...pipeline)
    this.ref('ref')
    for (const f of meta.fields) this.field(f.name, { boost: f.boost })
    docs.forEach(d => this.add(d))
  })
  const queries = []
  for (const q of QUERIES) {
    queries.push({
      query: q,
      monolithic: mono.search(protect(q)).map(r => [r.ref, r.score]),
      split: (await split.search(protect(q))).map(r => [r.ref, r.score])
    })
  }
  return queries
}

compare().then(queries => { window.comparison = { error: null, queries } },
  error => { window.comparison = { error: String(error), queries: [] } })
