// Loaded by keys.js on an article opened from the search page (?hl=...): marks the query's words
// in the article's text, by stem as the results did, with a button that clears the marks. The
// words come from the address: they are only compared, never inserted as HTML.
import idStopwords from '../../plugins/news_archive/data/stopwords-id.txt'
import enStopwords from '../../plugins/news_archive/data/stopwords-en.txt'
import { createAnalyzer, parseStopwords } from './analysis.js'
import { makeProtect } from './query.js'

const params = new URLSearchParams(location.search)
const body = document.getElementById('article-body')
const analyzer = createAnalyzer(parseStopwords(idStopwords, enStopwords))
const protect = makeProtect((params.get('hla') || '').split(',').filter(w => /^[A-Z]{2,5}$/.test(w)))
const stems = new Set(analyzer.analyse(protect(params.get('hl') || '')))

function markIn (node) {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
  const texts = []
  while (walker.nextNode()) texts.push(walker.currentNode)
  let marked = 0
  for (const text of texts) {
    const parts = text.data.split(/([\p{L}\p{N}]+)/u)
    if (!parts.some(part => part && stems.has(analyzer.analyse(protect(part))[0]))) continue
    const fragment = document.createDocumentFragment()
    for (const part of parts) {
      if (!part) continue
      const words = analyzer.analyse(protect(part))
      if (words.length && stems.has(words[0])) {
        const mark = document.createElement('mark')
        mark.textContent = part
        fragment.appendChild(mark)
        marked++
      } else {
        fragment.appendChild(document.createTextNode(part))
      }
    }
    text.replaceWith(fragment)
  }
  return marked
}

if (body && stems.size && markIn(body)) {
  const clear = document.createElement('button')
  clear.type = 'button'
  clear.className = 'clear-marks'
  clear.textContent = (body.closest('article') || body).dataset.clearMarks || '✕'
  clear.addEventListener('click', () => {
    for (const mark of body.querySelectorAll('mark')) mark.replaceWith(document.createTextNode(mark.textContent))
    body.normalize()
    clear.remove()
    params.delete('hl'); params.delete('hla')
    history.replaceState(history.state, '', location.pathname + (params.toString() ? '?' + params : '') + location.hash)
  })
  body.before(clear)
  const first = body.querySelector('mark')
  if (first) first.scrollIntoView({ block: 'center' })
}
