// Benchmark page: Pagefind over the same built site, its first ten results' data loaded.
const queries = new URLSearchParams(location.search).getAll('q')
const start = performance.now()
import(/* webpackIgnore: true */ './pagefind/pagefind.js').then(async pagefind => {
  await pagefind.init()
  const found = await pagefind.search(queries[0])
  await Promise.all(found.results.slice(0, 10).map(r => r.data()))
  const firstMs = performance.now() - start
  const latencies = []
  for (const q of queries.slice(1)) {
    const t = performance.now()
    const more = await pagefind.search(q)
    await Promise.all(more.results.slice(0, 10).map(r => r.data()))
    latencies.push(performance.now() - t)
  }
  window.bench = { firstMs, results: found.results.length, latencies }
})
