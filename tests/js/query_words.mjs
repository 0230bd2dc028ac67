// stdin: JSON list of queries; stdout: JSON list of {all, fuzzy, marked} for each (theme/js/query.js).
import { readFileSync } from 'node:fs'
import { analyzer } from './common.mjs'
import { queryHelpers } from '../../theme/js/query.js'

const { MODES, plainWords } = queryHelpers(analyzer)
const queries = JSON.parse(readFileSync(0, 'utf8'))
process.stdout.write(JSON.stringify(queries.map(q => ({
  all: MODES.all(q), fuzzy: MODES.fuzzy(q), marked: analyzer.analyse(plainWords(q))
}))))
