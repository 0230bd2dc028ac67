// Query the split index (plugins/news_archive/search/index.py) with lunr.js's own scoring.
//
// lunr 2.x scores a document by query·doc / |query| over the query's terms only. So for each
// query we fetch just the shards holding its terms (and, for wildcard or fuzzy terms, the
// vocabulary that expands them), assemble a lunr.Index of those terms - their postings and the
// matching part of each document's field vectors - and call lunr's search on it: the order and
// the scores are those of a monolithic lunr.js index of the same documents.
import lunr from 'lunr'

export function fnv1a (term) {
  let h = 0x811c9dc5
  for (const byte of new TextEncoder().encode(term)) h = Math.imul(h ^ byte, 0x01000193) >>> 0
  return h
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]))

// The numbers of index.py's pack_numbers: base-64 digits of 5 bits, least significant first,
// a digit >= 32 meaning "more follow".
export function unpackNumbers (text) {
  const numbers = []
  let number = 0
  let scale = 1
  for (const char of text) {
    const digit = DIGIT_VALUE.get(char)
    number += (digit & 31) * scale // not <<: weights × 1000 may pass 2^31 in theory
    scale *= 32
    if (digit < 32) {
      numbers.push(number)
      number = 0
      scale = 1
    }
  }
  return numbers
}

// [index, value, index, value, ...] sorted by index (lunr.Vector's element order).
function sortPairs (flat) {
  if (flat.length <= 2) return flat
  const order = []
  for (let i = 0; i < flat.length; i += 2) order.push(i)
  order.sort((a, b) => flat[a] - flat[b])
  const out = new Array(flat.length)
  order.forEach((from, to) => { out[2 * to] = flat[from]; out[2 * to + 1] = flat[from + 1] })
  return out
}

export function vocabKey (term) {
  const first = term.slice(0, 1)
  return /^[a-z0-9]$/.test(first) ? first : '_'
}

export class SplitIndex {
  // fetchJson(path) -> Promise<object>, path relative to the index folder ("t/12.json")
  constructor (meta, pipeline, fetchJson) {
    this.meta = meta
    this.fields = meta.fields.map(f => f.name)
    this.searchPipeline = new lunr.Pipeline()
    this.searchPipeline.add(...pipeline)
    this.fetchJson = fetchJson
    this.files = new Map() // path -> Promise of its JSON
    this.decoded = new Map() // term -> { posting, cells: [fieldRef, termIndex, weight]... } or null
  }

  // A term's lunr posting and its field-vector cells, decoded once per page.
  async term (term) {
    if (this.decoded.has(term)) return this.decoded.get(term)
    const entries = await this.load(`t/${fnv1a(term) % this.meta.shards}.json`)
    const entry = entries[term]
    let found = null
    if (entry) {
      const posting = { _index: entry[0] }
      const cells = []
      this.fields.forEach((field, f) => {
        posting[field] = {}
        const deltas = unpackNumbers(entry[1 + 2 * f])
        const weights = unpackNumbers(entry[2 + 2 * f]) // × 1000: lunr rounds weights to 3 decimals, so w / 1000 is lunr's own
        let doc = 0
        for (let i = 0; i < deltas.length; i++) {
          doc += deltas[i]
          posting[field][doc] = {}
          cells.push(`${field}/${doc}`, entry[0], weights[i] / 1000)
        }
      })
      found = { posting, cells }
    }
    this.decoded.set(term, found)
    return found
  }

  load (path) {
    if (!this.files.has(path)) this.files.set(path, this.fetchJson(path))
    return this.files.get(path)
  }

  // Each clause of the query with the terms it looks up (after the search pipeline).
  plan (queryString) {
    const query = new lunr.Query(this.fields)
    new lunr.QueryParser(queryString, query).parse()
    return query.clauses.map(clause => ({
      clause,
      terms: clause.usePipeline
        ? this.searchPipeline.runString(clause.term, { fields: clause.fields })
        : [clause.term]
    }))
  }

  // The index terms a query needs: its plain terms, and what its wildcard and fuzzy terms expand
  // to in the vocabulary (fetched by first character; all of it for fuzzy or leading wildcards).
  async neededTerms (queryString) {
    const plan = this.plan(queryString)
    const expands = (clause, term) => clause.editDistance > 0 || term.includes('*')
    const needed = new Set()
    const keys = new Set()
    for (const { clause, terms } of plan) {
      for (const term of terms) {
        if (!expands(clause, term)) needed.add(term)
        else if (clause.editDistance > 0 || term.startsWith('*')) this.meta.vocab.forEach(k => keys.add(k))
        else keys.add(vocabKey(term))
      }
    }
    if (keys.size) {
      const vocab = (await Promise.all([...keys].map(k => this.load(`v/${k}.json`)))).flat()
      const tokenSet = lunr.TokenSet.fromArray([...new Set(vocab)].sort())
      for (const { clause, terms } of plan) {
        for (const term of terms.filter(t => expands(clause, t))) {
          tokenSet.intersect(lunr.TokenSet.fromClause({ ...clause, term })).toArray().forEach(t => needed.add(t))
        }
      }
    }
    return [...needed]
  }

  // lunr results ({ref, score, matchData}), best first, exactly as a monolithic index gives them.
  async search (queryString) {
    const terms = await this.neededTerms(queryString)
    const decoded = await Promise.all(terms.map(term => this.term(term)))
    const invertedIndex = {}
    const vectors = new Map()
    terms.forEach((term, i) => {
      const found = decoded[i]
      if (!found) return
      invertedIndex[term] = found.posting
      const cells = found.cells
      for (let c = 0; c < cells.length; c += 3) {
        let pairs = vectors.get(cells[c])
        if (!pairs) vectors.set(cells[c], (pairs = []))
        pairs.push(cells[c + 1], cells[c + 2])
      }
    })
    // Each document's field vector, restricted to the query's terms: the dot product with the
    // query vector only reads those, in term-index order, as lunr's full vector would.
    const fieldVectors = {}
    for (const [ref, pairs] of vectors) fieldVectors[ref] = new lunr.Vector(sortPairs(pairs))
    const index = new lunr.Index({
      invertedIndex,
      fieldVectors,
      fields: this.fields,
      pipeline: this.searchPipeline,
      tokenSet: lunr.TokenSet.fromArray(Object.keys(invertedIndex).sort())
    })
    return index.search(queryString)
  }

  // Result cards of documents (numbers), from the small store files.
  async cards (refs) {
    const chunk = this.meta.chunk
    return Promise.all(refs.map(async ref => {
      const rows = await this.load(`d/${Math.floor(ref / chunk)}.json`)
      const [url, title, date, dateText, publisher, actors, lead, group, copies] = rows[ref % chunk]
      return { ref, url, title, date, dateText, publisher, actors, lead, group, copies: copies || [] }
    }))
  }
}
