/**
 * npm run search -- "旋转位置编码" [--json] [--limit N]
 *
 * Searches the same index file the site ships (rebuilt from the docs first when missing
 * or out of date) with the same engine the browser runs.
 */
import { parseArgs } from 'node:util'
import { SearchEngine, type SearchResult } from '../.vitepress/search/engine'
import { decodeIndexFile } from '../.vitepress/search/records'
import type { TextPart } from '../.vitepress/search/snippet'
import { ensureIndexFile, SEARCH_INDEX_PATH } from './search/index-file'

const USAGE = 'usage: npm run search -- "<query>" [--json] [--limit N]'

function marked(parts: TextPart[], color: boolean): string {
  return parts.map(({ text, hit }) => (!hit ? text : color ? `\x1b[1;33m${text}\x1b[0m` : `【${text}】`)).join('')
}

function printText(query: string, results: SearchResult[]): void {
  const color = process.stdout.isTTY === true
  if (results.length === 0) {
    console.log(`没有找到与 "${query}" 相关的内容。`)
    return
  }
  results.forEach((result, index) => {
    console.log(`${index + 1}. ${marked(result.headingParts, color)}  (score ${result.score})`)
    if (result.breadcrumb.length) console.log(`   ${result.breadcrumb.join(' › ')}`)
    console.log(`   ${result.url}`)
    if (result.excerpt) console.log(`   ${marked(result.excerptParts, color)}`)
  })
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, limit: { type: 'string', default: '10' }, help: { type: 'boolean', short: 'h' } }
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const limit = Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    console.error(`--limit must be an integer from 1 to 100\n${USAGE}`)
    return 2
  }
  const query = positionals.join(' ')
  const { json, rebuilt } = await ensureIndexFile()
  if (rebuilt) console.error(`(search index rebuilt from docs/: ${SEARCH_INDEX_PATH})`)
  const results = new SearchEngine(decodeIndexFile(JSON.parse(json))).search(query, { limit })
  if (values.json) {
    const rows = results.map(({ url, heading, breadcrumb, excerpt, score }) => ({ url, heading, breadcrumb, excerpt, score }))
    console.log(JSON.stringify(rows, null, 2))
  } else {
    printText(query, results)
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
)
