// stdin: JSON list of {paragraphs, query}; stdout: the best passage of each (theme/js/passage.js).
import { readFileSync } from 'node:fs'
import { analyzer } from './common.mjs'
import { bestPassage } from '../../theme/js/passage.js'

const cases = JSON.parse(readFileSync(0, 'utf8'))
const stemOf = word => analyzer.analyse(word)[0]
process.stdout.write(JSON.stringify(cases.map(({ paragraphs, query, length }) =>
  bestPassage(paragraphs, stemOf, new Set(analyzer.analyse(query)), length))))
