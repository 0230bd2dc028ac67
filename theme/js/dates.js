// Results sorted by date or narrowed to a date range, from search/days.json (per document, its
// date as days since 1970-01-01, -1 when undated). Separate from the page so node tests run it
// (tests/js/arrange.mjs).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

// "2016-03-28" -> days since 1970-01-01; null for anything else.
export function dayOf (iso) {
  const m = ISO.exec(iso || '')
  if (!m) return null
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const back = new Date(time) // Date.UTC rolls "2016-13-40" over into 2017: refused instead
  if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return null
  return Math.round(time / 86400000)
}

// results: [{ref, score}] best first. sort: '' (relevance), 'new' or 'old'; from, to: ISO dates
// or ''. A range keeps dated articles only; by date, undated articles come last, and articles of
// one day keep their relevance order.
export function arrange (results, days, { sort = '', from = '', to = '' } = {}) {
  const low = dayOf(from)
  const high = dayOf(to)
  let kept = results
  if (low !== null || high !== null) {
    kept = results.filter(r => {
      const day = days[Number(r.ref)]
      return day >= 0 && (low === null || day >= low) && (high === null || day <= high)
    })
  }
  if (sort !== 'new' && sort !== 'old') return kept
  const sign = sort === 'new' ? -1 : 1
  const key = r => days[Number(r.ref)]
  return kept.map((r, i) => [r, i]).sort(([a, i], [b, j]) => {
    const x = key(a)
    const y = key(b)
    if ((x < 0) !== (y < 0)) return x < 0 ? 1 : -1
    return (x - y) * sign || i - j
  }).map(([r]) => r)
}
