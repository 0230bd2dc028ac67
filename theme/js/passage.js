// The passage of an article that best answers a query: what a result's snippet shows when the
// article's opening does not hold the query's words. Separate from the page so node tests run it
// (tests/js/passages.mjs).

const WORD = /[\p{L}\p{N}]+/gu
// A sentence ends at . ! ? or … (a closing quote or bracket may follow) before a capital, a digit
// or an opening quote, unless the dot follows an initial: "Pasukan A.S. Hadi" stays whole, "kata
// dia. Rusia" is split.
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu}\.)(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u

// paragraphs: the article's paragraphs as text; stemOf(word): the index term of one word, as the
// query was analysed; stems: the query's terms. Returns { text, before, after } (before/after:
// whether text was cut from a longer passage) or null when no sentence holds a query term.
export function bestPassage (paragraphs, stemOf, stems, length = 240) {
  let best = null
  for (const paragraph of paragraphs) {
    const sentences = paragraph.split(SENTENCE_END).map(s => s.trim()).filter(Boolean)
    const found = sentences.map(sentence => matchesIn(sentence, stemOf, stems))
    for (let i = 0; i < sentences.length; i++) {
      if (!found[i].length) continue
      // The sentence, and the next ones of its paragraph while they fit: more context, and
      // more of the query's words when they are spread over neighbouring sentences.
      let end = i + 1
      let size = sentences[i].length
      while (end < sentences.length && size + 1 + sentences[end].length <= length) size += 1 + sentences[end++].length
      const window = found.slice(i, end).flat()
      const distinct = new Set(window.map(m => m.stem)).size
      const score = distinct * 100 + Math.min(window.length, 99)
      if (!best || score > best.score) best = { score, sentences: sentences.slice(i, end), first: found[i][0], opening: paragraph === paragraphs[0] && i === 0 }
    }
  }
  if (!best) return null
  const text = best.sentences.join(' ')
  if (text.length <= length) return { text, before: !best.opening, after: false }
  // Too long: cut at word boundaries around the first match, a little context before it.
  let start = Math.max(0, best.first.index - Math.floor(length / 4))
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  let stop = Math.min(text.length, start + length)
  if (stop < text.length) stop = text.lastIndexOf(' ', stop) > start ? text.lastIndexOf(' ', stop) : stop
  return { text: text.slice(start, stop), before: start > 0 || !best.opening, after: stop < text.length }
}

function matchesIn (sentence, stemOf, stems) {
  const found = []
  for (const match of sentence.matchAll(WORD)) {
    const stem = stemOf(match[0])
    if (stem && stems.has(stem)) found.push({ stem, index: match.index })
  }
  return found
}
