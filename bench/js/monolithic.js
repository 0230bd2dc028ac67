// Benchmark page: a monolithic lunr index (lunr.py's, as pelican-lunr ships it), loaded whole.
import lunr from 'lunr'
import idStopwords from '../../plugins/news_archive/data/stopwords-id.txt'
import enStopwords from '../../plugins/news_archive/data/stopwords-en.txt'
import { createAnalyzer, parseStopwords, registerPipeline } from '../../theme/js/analysis.js'

registerPipeline(lunr, createAnalyzer(parseStopwords(idStopwords, enStopwords)))
const queries = new URLSearchParams(location.search).getAll('q')
const start = performance.now()
fetch('monolithic.json').then(r => r.json()).then(data => {
  const index = lunr.Index.load(data)
  const first = index.search(queries[0]).slice(0, 10)
  const firstMs = performance.now() - start
  const times = queries.slice(1).map(q => { const t = performance.now(); index.search(q); return performance.now() - t })
  window.bench = { firstMs, results: first.length, latencies: times }
})
