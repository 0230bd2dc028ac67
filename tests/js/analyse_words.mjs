// stdin: JSON list of words; stdout: JSON list of the analysed terms of each word.
import { readFileSync } from 'node:fs'
import { analyzer } from './common.mjs'

const words = JSON.parse(readFileSync(0, 'utf8'))
process.stdout.write(JSON.stringify(words.map(w => analyzer.analyse(w))))
