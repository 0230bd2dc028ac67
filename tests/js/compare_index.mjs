// argv: documents.json ([[title, body], ...]), split index folder, queries.json
// stdout: for each query, the results of a monolithic lunr.js index and of the split index.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SplitIndex } from '../../theme/js/engine.js'
import { lunr, pipeline } from './common.mjs'

const [docsPath, folder, queriesPath] = process.argv.slice(2)
const docs = JSON.parse(readFileSync(docsPath, 'utf8'))
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'))
const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'))

const mono = lunr(function () {
  this.pipeline.reset()
  this.searchPipeline.reset()
  this.pipeline.add(...pipeline)
  this.searchPipeline.add(...pipeline)
  this.ref('ref')
  for (const f of meta.fields) this.field(f.name, { boost: f.boost })
  docs.forEach((texts, ref) => {
    const doc = { ref: String(ref) }
    meta.fields.forEach((f, i) => { doc[f.name] = texts[i] })
    this.add(doc)
  })
})
// Round trip through JSON, as a page would load it.
const loaded = lunr.Index.load(JSON.parse(JSON.stringify(mono)))
const split = new SplitIndex(meta, pipeline, async path => JSON.parse(readFileSync(join(folder, path), 'utf8')))

const out = []
for (const q of queries) {
  const a = loaded.search(q).map(r => [r.ref, r.score])
  const b = (await split.search(q)).map(r => [r.ref, r.score])
  out.push({ query: q, monolithic: a, split: b, files: split.files.size })
  split.files.clear()
}
process.stdout.write(JSON.stringify(out))
