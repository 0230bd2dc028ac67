// stdin: JSON {days, cases: [{refs, sort, from, to}]}; stdout: the refs of each, arranged (theme/js/dates.js).
import { readFileSync } from 'node:fs'
import { arrange, dayOf } from '../../theme/js/dates.js'

const { days, cases, isos } = JSON.parse(readFileSync(0, 'utf8'))
process.stdout.write(JSON.stringify({
  arranged: cases.map(({ refs, ...options }) => arrange(refs.map(ref => ({ ref: String(ref), score: 1 })), days, options).map(r => Number(r.ref))),
  days: isos.map(dayOf)
}))
