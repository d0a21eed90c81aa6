/**
 * npm run bench [-- --search-only]: this site's search against VitePress 1.6's default local
 * search (MiniSearch, configured as VitePress configures it) on the real docs and the
 * labelled queries, side by side in one run: quality per query kind, index build time,
 * index size (raw and gzip), cold start and query latency in Node. Then the site itself:
 * full build time and page count, dev-server cold start, and the JS+CSS a chapter page
 * loads up front next to a plain VitePress page.
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { SearchEngine } from '../.vitepress/search/engine'
import { decodeIndexFile } from '../.vitepress/search/records'
import { loadPages } from './content'
import { buildMiniSearchIndex, loadMiniSearch } from './bench/minisearch-baseline'
import { benchSite } from './bench/site'
import { docsHash, indexFileJson } from './search/index-file'
import { QUERY_KINDS, loadLabelledQueries, quality, rankOf, type LabelledQuery, type QualityFigures } from './search/labelled-queries'

const TOP = 10
const REPEATS = 20

interface Contender {
  name: string
  buildMs: number
  rawBytes: number
  gzipBytes: number
  coldStartMs: number
  firstPassMs: number[]
  repeatMs: number[]
  ranks: (number | null)[]
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now()
  const value = run()
  return [value, performance.now() - start]
}

function measure(name: string, json: string, buildMs: number, queries: LabelledQuery[], load: (json: string) => (query: string) => string[]): Contender {
  const [search, loadMs] = timed(() => load(json))
  const [, firstQueryMs] = timed(() => search(queries[0].query))
  // A fresh instance for the first pass, so per-query caches start empty.
  const fresh = load(json)
  const firstPassMs: number[] = []
  const ranks = queries.map(({ query, url }) => {
    const [urls, ms] = timed(() => fresh(query))
    firstPassMs.push(ms)
    return rankOf(urls, url)
  })
  const repeatMs: number[] = []
  for (let i = 0; i < REPEATS; i++) for (const { query } of queries) repeatMs.push(timed(() => fresh(query))[1])
  return {
    name,
    buildMs,
    rawBytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json, { level: 9 }).length,
    coldStartMs: loadMs + firstQueryMs,
    firstPassMs,
    repeatMs,
    ranks
  }
}

const fmt = (value: number, digits = 2) => value.toFixed(digits)
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => stringWidth(row[column]))))
  return rows.map((row) => row.map((cell, column) => cell + ' '.repeat(widths[column] - stringWidth(cell))).join('  ')).join('\n')
}

/** Display width: CJK characters take two columns in a terminal. */
function stringWidth(text: string): number {
  let width = 0
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return width
}

async function main() {
  const pages = await loadPages()
  const indexed = pages.filter((page) => page.chapter)
  const markdown = indexed.map((page) => readFileSync(page.file, 'utf8')).join('\n')
  const markdownGzip = gzipSync(markdown, { level: 9 }).length

  const [ourJson, ourBuildMs] = timed(() => indexFileJson(pages, docsHash()))
  const records = decodeIndexFile(JSON.parse(ourJson))
  const queries = loadLabelledQueries(records)
  const miniStart = performance.now()
  const miniJson = await buildMiniSearchIndex(pages)
  const miniBuildMs = performance.now() - miniStart

  const ours = measure('this site (FlexSearch)', ourJson, ourBuildMs, queries, (json) => {
    const engine = new SearchEngine(decodeIndexFile(JSON.parse(json)))
    return (query) => engine.search(query, { limit: TOP }).map((r) => r.url)
  })
  const mini = measure('VitePress default (MiniSearch)', miniJson, miniBuildMs, queries, (json) => {
    const index = loadMiniSearch(json)
    return (query) => index.search(query).slice(0, TOP).map((r) => String(r.id))
  })

  console.log(`\nSearch benchmark: ${indexed.length} pages, ${records.length} records, ${queries.length} labelled queries\n`)
  const qualityRows: string[][] = [['kind', 'n', 'ours hit@1', 'ours hit@5', 'ours MRR', 'MiniSearch hit@1', 'MiniSearch hit@5', 'MiniSearch MRR']]
  const row = (label: string, a: QualityFigures, b: QualityFigures) => [label, String(a.count), fmt(a.hitAt1), fmt(a.hitAt5), fmt(a.mrr), fmt(b.hitAt1), fmt(b.hitAt5), fmt(b.mrr)]
  for (const kind of QUERY_KINDS) {
    const picked = queries.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0)
    if (picked.length) qualityRows.push(row(kind, quality(picked.map((i) => ours.ranks[i])), quality(picked.map((i) => mini.ranks[i]))))
  }
  const oursAll = quality(ours.ranks)
  const miniAll = quality(mini.ranks)
  qualityRows.push(row('all', oursAll, miniAll))
  console.log(table(qualityRows))

  console.log('')
  const perf: string[][] = [['', ours.name, mini.name]]
  perf.push(['index build', `${fmt(ours.buildMs, 0)} ms`, `${fmt(mini.buildMs, 0)} ms`])
  perf.push(['index size (raw)', kb(ours.rawBytes), kb(mini.rawBytes)])
  perf.push(['index size (gzip -9)', kb(ours.gzipBytes), kb(mini.gzipBytes)])
  perf.push(['gzip index / gzip markdown', `${fmt((100 * ours.gzipBytes) / markdownGzip, 1)} %`, `${fmt((100 * mini.gzipBytes) / markdownGzip, 1)} %`])
  perf.push(['cold start (parse + first query)', `${fmt(ours.coldStartMs, 1)} ms`, `${fmt(mini.coldStartMs, 1)} ms`])
  perf.push(['query p50 / p95, first pass', `${fmt(percentile(ours.firstPassMs, 50))} / ${fmt(percentile(ours.firstPassMs, 95))} ms`, `${fmt(percentile(mini.firstPassMs, 50))} / ${fmt(percentile(mini.firstPassMs, 95))} ms`])
  perf.push([`query p50 / p95, ${REPEATS} repeats`, `${fmt(percentile(ours.repeatMs, 50))} / ${fmt(percentile(ours.repeatMs, 95))} ms`, `${fmt(percentile(mini.repeatMs, 50))} / ${fmt(percentile(mini.repeatMs, 95))} ms`])
  console.log(table(perf))
  console.log(`\nmarkdown indexed: ${kb(Buffer.byteLength(markdown))} raw, ${kb(markdownGzip)} gzip -9`)

  const zh = queries.map((q, i) => (q.kind.startsWith('zh') ? i : -1)).filter((i) => i >= 0)
  const targets: [string, boolean][] = [
    ['hit@5 >= 0.95', oursAll.hitAt5 >= 0.95],
    ['hit@5 on Chinese queries above MiniSearch', quality(zh.map((i) => ours.ranks[i])).hitAt5 > quality(zh.map((i) => mini.ranks[i])).hitAt5],
    ['p95 query latency < 5 ms', percentile(ours.firstPassMs, 95) < 5],
    ['gzip index <= 40% of gzip markdown', ours.gzipBytes <= 0.4 * markdownGzip]
  ]
  console.log('\ntargets:')
  for (const [name, met] of targets) console.log(`  ${met ? 'met ' : 'MISS'}  ${name}`)
  const slowest = queries.map((q, i) => ({ q, ms: ours.firstPassMs[i] })).sort((a, b) => b.ms - a.ms).slice(0, 3)
  console.log(`\nslowest first-pass queries: ${slowest.map(({ q, ms }) => `${q.query} (${fmt(ms)} ms)`).join(', ')}`)
  const misses = queries.filter((_, i) => ours.ranks[i] === null || ours.ranks[i]! > 5)
  if (misses.length) {
    console.log('\nour misses (not in top 5):')
    for (const q of misses) console.log(`  [${q.kind}] ${q.query} -> ${q.heading}`)
  }

  if (process.argv.includes('--search-only')) return
  console.log('\nSite benchmark (builds the site and a plain VitePress page; takes a few minutes)\n')
  const site = await benchSite(pages)
  console.log(
    table([
      ['', 'this site', 'plain VitePress page'],
      ['full build', `${fmt(site.buildSeconds, 1)} s for ${site.htmlPages} HTML pages`, ''],
      ['dev server cold start (until a chapter page is served)', `${fmt(site.devColdStartSeconds, 1)} s`, ''],
      [
        'JS+CSS before interaction (gzip -9)',
        `${kb(site.ourPage.gzipBytes)} in ${site.ourPage.files} files (${site.ourPage.route})`,
        `${kb(site.plainPage.gzipBytes)} in ${site.plainPage.files} files`
      ],
      ['budget for a chapter page', kb(site.budgetBytes), '']
    ])
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
)
