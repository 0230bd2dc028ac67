// argv: split index folder; stdin: JSON list of queries. stdout: for each, the refs the search box
// finds: all words required (query.js), then the quoted phrases' words next to each other.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SplitIndex } from '../../theme/js/engine.js'
import { queryHelpers } from '../../theme/js/query.js'
import { analyzer, pipeline } from './common.mjs'

const folder = process.argv[2]
const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'))
const split = new SplitIndex(meta, pipeline, async path => JSON.parse(readFileSync(join(folder, path), 'utf8')))
const { MODES, phrases } = queryHelpers(analyzer)
const out = []
for (const q of JSON.parse(readFileSync(0, 'utf8'))) {
  const results = await split.withPhrases(await split.search(MODES.all(q)), phrases(q))
  out.push(results.map(r => Number(r.ref)).sort((a, b) => a - b))
}
process.stdout.write(JSON.stringify(out))
