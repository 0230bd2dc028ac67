// Query the split index (plugins/news_archive/search/index.py) with lunr.js's own scoring.
//
// lunr 2.x scores a document by query·doc / |query| over the query's terms only. So for each
// query we fetch just the shards holding its terms (and, for wildcard or fuzzy terms, the
// vocabulary that expands them) and score with those postings, step for step as
// lunr.Index.prototype.query does: the order and the scores are those of a monolithic lunr.js
// index of the same documents. The steps run on typed arrays indexed by document: lunr's
// objects per matching document took a quarter of a second for a word in most of 100,000
// articles. A query of prohibited clauses only matches every document: lunr.Index does that.
import lunr from 'lunr'

export function fnv1a (term) {
  let h = 0x811c9dc5
  for (const byte of new TextEncoder().encode(term)) h = Math.imul(h ^ byte, 0x01000193) >>> 0
  return h
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const DIGIT_VALUE = new Int8Array(128) // by character code: a word in most of 100,000 articles has 400,000 digits
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i

// The numbers of index.py's pack_numbers: base-64 digits of 5 bits, least significant first,
// a digit >= 32 meaning "more follow".
export function unpackNumbers (text) {
  const numbers = []
  let number = 0
  let scale = 1
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT_VALUE[text.charCodeAt(i)]
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

// Positions 0 to n - 1 in lunr's result order: score descending, equal scores in position order
// (lunr's sort is stable). The scores are sorted natively and each position takes the next rank
// of its score's group, found by binary search: a sort with a comparator is far slower on the
// tens of thousands of results a common word has.
// scores: a Float64Array (its sort() is numeric; an Array's would compare strings).
export function rankByScore (scores, n) {
  const sorted = scores.slice(0, n).sort() // -0 before 0, but > below counts them as equal, as lunr does
  const taken = new Int32Array(n) // ranks given so far in the group that starts at each rank
  const ranked = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const score = scores[i]
    let low = 0
    let high = n // the first index of sorted holding a greater score
    while (low < high) {
      const middle = (low + high) >>> 1
      if (sorted[middle] > score) high = middle
      else low = middle + 1
    }
    const first = n - low // the best rank of this score: how many scores are greater
    ranked[first + taken[first]++] = i
  }
  return ranked
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
    this.decoded = new Map() // term -> { index, fields: [{ docs, weights }] per field } or null
    this.placed = new Map() // term -> per field, a Map of document -> its word positions
  }

  // A term's lunr term index and its postings per field, decoded once per page.
  async term (term) {
    if (this.decoded.has(term)) return this.decoded.get(term)
    const entries = await this.load(`t/${fnv1a(term) % this.meta.shards}.json`)
    // Own keys only: a query word such as "constructor" is not Object.prototype's.
    const entry = Object.prototype.hasOwnProperty.call(entries, term) ? entries[term] : undefined
    let found = null
    if (entry) {
      // Per field: the documents in ascending order (lunr's Object.keys order of a posting) and
      // their weights, × 1000 in the file: lunr rounds weights to 3 decimals, so w / 1000 is lunr's own.
      const fields = this.fields.map((field, f) => {
        const deltas = unpackNumbers(entry[1 + 2 * f])
        const weights = unpackNumbers(entry[2 + 2 * f])
        const docs = new Int32Array(deltas.length)
        const values = new Float64Array(deltas.length)
        let doc = 0
        for (let i = 0; i < deltas.length; i++) {
          doc += deltas[i]
          docs[i] = doc
          values[i] = weights[i] / 1000
        }
        return { docs, weights: values }
      })
      found = { index: entry[0], fields }
    }
    this.decoded.set(term, found)
    return found
  }

  // A term's word positions in each document, per field (p/ shards: fetched only for phrases).
  positions (term) {
    if (!this.placed.has(term)) {
      this.placed.set(term, Promise.all([this.term(term), this.load(`p/${fnv1a(term) % this.meta.shards}.json`)]).then(([posting, entries]) => {
        const entry = posting && Object.prototype.hasOwnProperty.call(entries, term) ? entries[term] : null
        return this.fields.map((field, f) => {
          const byDoc = new Map()
          if (!entry) return byDoc
          // Per document of the posting, in its order: a count, then the first position and
          // each next one from the one before.
          const numbers = unpackNumbers(entry[f])
          const docs = posting.fields[f].docs
          let at = 0
          for (let i = 0; i < docs.length; i++) {
            const found = new Int32Array(numbers[at++])
            let position = 0
            for (let k = 0; k < found.length; k++) found[k] = position += numbers[at++]
            byDoc.set(docs[i], found)
          }
          return byDoc
        })
      }))
    }
    return this.placed.get(term)
  }

  // The results whose title or text holds every phrase: its terms at the distances the query
  // has them ([{ term, offset }] per phrase, as query.js phrases() gives them). An index built
  // without positions cannot tell: the results stay as they are.
  async withPhrases (results, phrases) {
    if (!phrases.length || !this.meta.positions) return results
    const terms = [...new Set(phrases.flat().map(p => p.term))]
    const placed = new Map(await Promise.all(terms.map(async term => [term, await this.positions(term)])))
    const holds = (phrase, doc, f) => {
      const first = placed.get(phrase[0].term)[f].get(doc)
      if (!first) return false
      const rest = phrase.slice(1).map(({ term, offset }) => [placed.get(term)[f].get(doc), offset])
      return first.some(start => rest.every(([found, offset]) => found && found.includes(start + offset)))
    }
    return results.filter(r => phrases.every(phrase => this.fields.some((field, f) => holds(phrase, Number(r.ref), f))))
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

  // lunr results ({ref, score}), best first, exactly as a monolithic index gives them.
  async search (queryString) {
    const terms = await this.neededTerms(queryString)
    const decoded = await Promise.all(terms.map(term => this.term(term)))
    const postings = new Map()
    terms.forEach((term, i) => { if (decoded[i]) postings.set(term, decoded[i]) })
    const query = new lunr.Query(this.fields)
    new lunr.QueryParser(queryString, query).parse()
    if (query.isNegated()) return this.lunrIndex(postings, true).search(queryString)
    return this.score(query, postings)
  }

  // lunr.Index.prototype.query over the fetched postings, with the same steps in the same order
  // (floating-point sums included): query vectors per field, the matching (field, document)
  // pairs in first-seen order, required and prohibited documents, then each pair's
  // similarity added to its document's score, and a stable sort by score.
  score (query, postings) {
    const F = this.fields.length
    const N = this.meta.documents
    const fieldNumber = new Map(this.fields.map((field, f) => [field, f]))
    const tokenSet = lunr.TokenSet.fromArray([...postings.keys()].sort())
    const queryVectors = this.fields.map(() => new Map()) // term index -> summed clause boosts
    const queryTerms = this.fields.map(() => new Map()) // term index -> its postings in that field
    const { seen, dots, scores, position, pairs } = this.scratch(N, F)
    let pairCount = 0 // pairs[0, pairCount): doc * F + field, first-seen order (lunr's matchingFields keys)
    const required = new Array(F).fill(undefined) // undefined, or a Uint8Array of documents
    const prohibited = new Array(F).fill(undefined)
    for (const clause of query.clauses) {
      const terms = clause.usePipeline ? this.searchPipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
      const isRequired = clause.presence === lunr.Query.presence.REQUIRED
      const isProhibited = clause.presence === lunr.Query.presence.PROHIBITED
      const clauseMatches = isRequired ? new Uint8Array(N) : null
      for (const term of terms) {
        const expanded = tokenSet.intersect(lunr.TokenSet.fromClause({ ...clause, term })).toArray()
        if (expanded.length === 0 && isRequired) {
          for (const field of clause.fields) required[fieldNumber.get(field)] = new Uint8Array(N)
          break
        }
        for (const expandedTerm of expanded) {
          const posting = postings.get(expandedTerm)
          for (const field of clause.fields) {
            const f = fieldNumber.get(field)
            const { docs, weights } = posting.fields[f]
            if (isRequired) {
              for (let i = 0; i < docs.length; i++) clauseMatches[docs[i]] = 1
              if (required[f] === undefined) required[f] = new Uint8Array(N).fill(1)
            }
            if (isProhibited) {
              if (prohibited[f] === undefined) prohibited[f] = new Uint8Array(N)
              for (let i = 0; i < docs.length; i++) prohibited[f][docs[i]] = 1
              continue
            }
            queryVectors[f].set(posting.index, (queryVectors[f].get(posting.index) || 0) + clause.boost)
            queryTerms[f].set(posting.index, { docs, weights })
            for (let i = 0; i < docs.length; i++) {
              const pair = docs[i] * F + f
              if (!seen[pair]) { seen[pair] = 1; pairs[pairCount++] = pair }
            }
          }
        }
      }
      if (isRequired) {
        for (const field of clause.fields) {
          const mask = required[fieldNumber.get(field)]
          for (let d = 0; d < N; d++) mask[d] &= clauseMatches[d]
        }
      }
    }
    const filtered = required.some(Boolean) || prohibited.some(Boolean)
    const allowed = new Uint8Array(filtered ? N : 0).fill(1)
    for (let f = 0; f < F; f++) {
      if (required[f]) for (let d = 0; d < N; d++) allowed[d] &= required[f][d]
      if (prohibited[f]) for (let d = 0; d < N; d++) allowed[d] &= 1 - prohibited[f][d]
    }
    // Each pair's dot product with its field's query vector, summed in term-index order as
    // lunr.Vector.dot does, and the vector's magnitude likewise.
    const magnitudes = new Float64Array(F)
    for (let f = 0; f < F; f++) {
      let squares = 0
      for (const index of [...queryVectors[f].keys()].sort((a, b) => a - b)) {
        const q = queryVectors[f].get(index)
        squares += q * q
        const { docs, weights } = queryTerms[f].get(index)
        for (let i = 0; i < docs.length; i++) dots[docs[i] * F + f] += q * weights[i]
      }
      magnitudes[f] = Math.sqrt(squares)
    }
    // Documents in first-seen order, their scores summed pair by pair; then lunr's stable sort
    // by score, as positions in that order (no object per document until the end).
    const order = []
    for (let p = 0; p < pairCount; p++) {
      const pair = pairs[p]
      const f = pair % F
      const doc = (pair - f) / F
      if (filtered && !allowed[doc]) continue
      const similarity = dots[pair] / magnitudes[f] || 0
      if (position[doc] < 0) {
        position[doc] = order.length
        order.push(doc)
        scores[order.length - 1] = similarity
      } else scores[position[doc]] += similarity
    }
    // A loop, not Array.from(ranked, f), which goes through the iterator protocol. Pushed, not
    // new Array(n): V8 makes a large preallocated array a slow dictionary array.
    const ranked = rankByScore(scores, order.length)
    const results = []
    for (let r = 0; r < ranked.length; r++) results.push({ ref: String(order[ranked[r]]), score: scores[ranked[r]] })
    return results
  }

  // Arrays kept between queries, by (document, field) or by document: megabytes on a large
  // archive, which every query would otherwise hand to the garbage collector.
  scratch (documents, fields) {
    const pairs = documents * fields
    if (!this.buffers || this.buffers.seen.length !== pairs) {
      this.buffers = {
        seen: new Uint8Array(pairs), dots: new Float64Array(pairs), pairs: new Int32Array(pairs),
        scores: new Float64Array(documents), position: new Int32Array(documents)
      }
    }
    const buffers = this.buffers
    buffers.seen.fill(0)
    buffers.dots.fill(0)
    buffers.position.fill(-1)
    return buffers
  }

  // A lunr.Index of the fetched terms (postings and the matching part of each field vector), for
  // the queries score() leaves to lunr. A query of prohibited clauses only matches every other
  // document, which lunr finds among its field vectors: then every document gets one, in the
  // order lunr's builder makes them (document by document, field by field).
  lunrIndex (postings, everyDocument = false) {
    const invertedIndex = Object.create(null) // as lunr's builder makes it: no inherited keys
    const vectors = new Map()
    if (everyDocument) {
      for (let d = 0; d < this.meta.documents; d++) for (const field of this.fields) vectors.set(`${field}/${d}`, [])
    }
    for (const [term, { index, fields }] of postings) {
      const posting = invertedIndex[term] = { _index: index }
      this.fields.forEach((field, f) => {
        posting[field] = {}
        const { docs, weights } = fields[f]
        for (let i = 0; i < docs.length; i++) {
          posting[field][docs[i]] = {}
          const ref = `${field}/${docs[i]}`
          if (!vectors.has(ref)) vectors.set(ref, [])
          vectors.get(ref).push(index, weights[i])
        }
      })
    }
    const fieldVectors = {}
    for (const [ref, pairs] of vectors) fieldVectors[ref] = new lunr.Vector(sortPairs(pairs))
    return new lunr.Index({
      invertedIndex,
      fieldVectors,
      fields: this.fields,
      pipeline: this.searchPipeline,
      tokenSet: lunr.TokenSet.fromArray(Object.keys(invertedIndex).sort())
    })
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
