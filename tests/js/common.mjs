// Node helpers for the tests: the browser's analysis, with the stopword files read from disk.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import lunr from 'lunr'
import { createAnalyzer, parseStopwords, registerPipeline } from '../../theme/js/analysis.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const data = name => readFileSync(join(ROOT, 'plugins/news_archive/data', name), 'utf8')
export const analyzer = createAnalyzer(parseStopwords(data('stopwords-id.txt'), data('stopwords-en.txt')))
export const pipeline = registerPipeline(lunr, analyzer)
export { lunr }
