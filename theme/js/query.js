// What the search box's text becomes: lunr query strings for each mode, and the words to mark.
// Separate from the page so node tests run it (tests/js/query_words.mjs).

// Acronyms the index keeps although they are stopwords in lower case (meta.json "protected":
// "AS", "IS"): written in capitals they become the index's form, "as0" (search/analysis.py).
export function makeProtect (words) {
  if (!words || !words.length) return text => text
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return text => text.replace(re, word => word.toLowerCase() + '0')
}

export function queryHelpers (analyzer) {
  // Plain words must all match (lunr's "+"); queries using lunr syntax are taken as written.
  // An operator counts only at the start of a word: "al-Assad" and "Su-24" are words.
  const usesSyntax = q => /(^|\s)[+-](?=\S)|[*~^]|[\p{L}\p{N}]:[\p{L}\p{N}]/u.test(q)
  const words = q => q.split(/[\s\-]+/).filter(Boolean)
  // Field names in the interface language or in English: "judul:kata" is "title:kata".
  const FIELDS = { judul: 'title', title: 'title', isi: 'body', teks: 'body', body: 'body' }
  const withFields = q => q.replace(/(^|\s)([+-]?)([\p{L}]+):(?=\S)/gu,
    (match, space, op, name) => FIELDS[name.toLowerCase()] ? `${space}${op}${FIELDS[name.toLowerCase()]}:` : match)
  // The words of a query without its operators, for highlighting.
  const plainWords = q => q.replace(/(^|\s)[+-]+/g, '$1').replace(/[\p{L}]+:(?=\S)/gu, '').replace(/[~^]\d*|\*/g, ' ')
  // Words the index holds: stopwords ("di", "yang", "the") are not in it, so requiring one would
  // match nothing; they are left out before the others are required.
  const indexed = q => words(q).filter(w => analyzer.split(w).some(part => !analyzer.isStop(part)))
  // A typo is forgiven on the folded word, its stem, and the word without an Indonesian suffix:
  // lunr does not stem fuzzy terms, and the stemmer leaves a mistyped word whole ("erdgan" stays
  // "erdgan", two edits from the index's "erdog"; "erdg" is one).
  const SUFFIXES = /(?:nya|lah|kah|kan|an|i)$/
  const fuzzyTerms = w => analyzer.split(w).filter(part => !analyzer.isStop(part))
    .flatMap(part => [...new Set([part, analyzer.stem(part), part.replace(SUFFIXES, '')])]
      .filter(t => t.length > 2).map(t => t + '~1'))
  const MODES = {
    all: q => usesSyntax(q) ? withFields(q) : indexed(q).map(w => '+' + w).join(' '),
    any: q => words(q).join(' '),
    fuzzy: q => words(q).flatMap(fuzzyTerms).join(' ')
  }
  // Phrases in quotes: each as its index terms and their distances from its first one, stopwords
  // counted ("Rusia dan Turki": rusia at 0, turki at 2). A phrase of one term is just that word.
  const phrases = q => [...q.matchAll(/["“”]([^"“”]+)["“”]/g)].map(([, text]) => {
    const terms = analyzer.split(text).map((word, at) => ({ word, at })).filter(({ word }) => !analyzer.isStop(word))
    return terms.map(({ word, at }) => ({ term: analyzer.stem(word), offset: at - terms[0].at }))
  }).filter(terms => terms.length > 1)
  return { usesSyntax, words, withFields, plainWords, indexed, fuzzyTerms, phrases, MODES }
}
