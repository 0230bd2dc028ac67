// Benchmark page: our split index, exactly as the search page uses it (engine + cards).
import lunr from 'lunr'
import idStopwords from '../../plugins/news_archive/data/stopwords-id.txt'
import enStopwords from '../../plugins/news_archive/data/stopwords-en.txt'
import { createAnalyzer, parseStopwords, registerPipeline } from '../../theme/js/analysis.js'
import { SplitIndex } from '../../theme/js/engine.js'

const pipeline = registerPipeline(lunr, createAnalyzer(parseStopwords(idStopwords, enStopwords)))
const queries = new URLSearchParams(location.search).getAll('q')
const get = path => fetch('search/' + path).then(r => r.json())
const start = performance.now()
get('meta.json').then(async meta => {
  const index = new SplitIndex(meta, pipeline, get)
  const first = (await index.search(queries[0])).slice(0, 10)
  await index.cards(first.map(r => Number(r.ref)))
  const firstMs = performance.now() - start
  const latencies = []
  for (const q of queries.slice(1)) {
    const t = performance.now()
    const results = (await index.search(q)).slice(0, 10)
    await index.cards(results.map(r => Number(r.ref)))
    latencies.push(performance.now() - t)
  }
  window.bench = { firstMs, results: first.length, latencies }
})
