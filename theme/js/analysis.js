// The search analysis pipeline, browser side: the twin of plugins/news_archive/search/analysis.py.
// Both must give the same tokens for the same text (a test runs every corpus word through both):
//   fold diacritics -> lowercase -> split into runs of letters and digits
//   -> drop Indonesian and English stopwords -> Snowball Indonesian stem
import { stemmer } from '@orama/stemmers/indonesian'

export const PIPELINE = ['na-split', 'na-stopword', 'na-stem'] // labels, identical in analysis.py
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g
const RUN = /[\p{L}\p{N}]+/gu
const ASCII = /^[\x00-\x7f]*$/

export function parseStopwords (...texts) {
  const words = new Set()
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const word = line.trim().toLowerCase()
      if (word && !word.startsWith('#')) words.add(word)
    }
  }
  return words
}

export function createAnalyzer (stopwords) {
  const stems = new Map()
  const fold = text => ASCII.test(text) ? text : text.normalize('NFD').replace(MARKS, '')
  const split = text => fold(text).toLowerCase().match(RUN) || []
  const stem = word => {
    let found = stems.get(word)
    if (found === undefined) { found = stemmer(word); stems.set(word, found) }
    return found
  }
  const isStop = word => stopwords.has(word)
  const analyse = text => split(text).filter(word => !isStop(word)).map(stem)
  return { fold, split, stem, isStop, analyse }
}

// The same steps as lunr pipeline functions, under the labels lunr.py used when it built the
// index: lunr.Index.load needs them registered to read the serialised pipeline.
export function registerPipeline (lunr, analyzer) {
  const naSplit = token => analyzer.split(token.toString()).map(part => token.clone(() => part))
  const naStop = token => analyzer.isStop(token.toString()) ? undefined : token
  const naStem = token => token.update(word => analyzer.stem(word))
  const fns = [naSplit, naStop, naStem]
  fns.forEach((fn, i) => {
    if (!lunr.Pipeline.registeredFunctions[PIPELINE[i]]) lunr.Pipeline.registerFunction(fn, PIPELINE[i])
  })
  return PIPELINE.map(label => lunr.Pipeline.registeredFunctions[label])
}
