// Search quality on the real docs: every labelled query in tests/search-queries.json must
// find its heading, and hit@5 over all of them must stay at or above 0.9. Also checks
// that the index file round-trips (what the browser decodes answers exactly like the
// records the build produced) and that the CLI prints the documented JSON.
import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { SearchEngine } from '../../.vitepress/search/engine'
import { decodeIndexFile, encodeIndexFile, type SearchRecord } from '../../.vitepress/search/records'
import { loadPages, ROOT_DIR } from '../../scripts/content'
import { loadLabelledQueries, quality, rankOf, type LabelledQuery } from '../../scripts/search/labelled-queries'
import { recordsFromPages } from '../../scripts/search/records-from-pages'

let records: SearchRecord[]
let engine: SearchEngine
let queries: LabelledQuery[]

beforeAll(async () => {
  records = recordsFromPages(await loadPages())
  engine = new SearchEngine(records)
  queries = loadLabelledQueries(records)
})

describe('search quality on the real docs', () => {
  it('has at least 60 labelled queries covering every kind and every chapter page', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(60)
    expect(new Set(queries.map((q) => q.kind)).size).toBe(6)
    const pagesWithQuestions = new Set(records.filter((r) => r.breadcrumb.length && /^\d+\. /.test(r.heading)).map((r) => r.url.split('#')[0]))
    const covered = new Set(queries.map((q) => q.page))
    expect([...pagesWithQuestions].filter((page) => !covered.has(page))).toEqual([])
  })

  it('finds the labelled heading in the top 5 for at least 90% of the queries', () => {
    const ranks = queries.map((q) => rankOf(engine.search(q.query, { limit: 5 }).map((r) => r.url), q.url))
    const misses = queries.filter((_, i) => ranks[i] === null).map((q) => `${q.query} -> ${q.heading}`)
    const { hitAt5 } = quality(ranks)
    expect(hitAt5, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9)
  })

  it('gives every record a URL with an anchor that exists, a heading and a breadcrumb', async () => {
    const pages = await loadPages()
    for (const record of records) {
      const [route, anchor] = record.url.split('#')
      const page = pages.find((p) => p.route === route)
      expect(page, record.url).toBeDefined()
      if (anchor) expect(page!.headings.map((h) => h.anchor), record.url).toContain(anchor)
      expect(record.heading.length).toBeGreaterThan(0)
    }
  })
})

describe('the index file', () => {
  it('round-trips: the decoded file answers exactly like the records it was built from', () => {
    const decoded = decodeIndexFile(JSON.parse(JSON.stringify(encodeIndexFile(records, 'test'))))
    expect(decoded).toEqual(records)
    const fromFile = new SearchEngine(decoded)
    for (const { query } of queries) expect(fromFile.search(query)).toEqual(engine.search(query))
  })

  it('refuses a file in another format with a clear message', () => {
    expect(() => decodeIndexFile({ format: 99 })).toThrow(/unsupported file/)
  })
})

describe('npm run search', () => {
  it('prints the top results as JSON with url, heading, breadcrumb, excerpt and score', () => {
    const output = execFileSync('npx', ['tsx', 'scripts/search-cli.ts', '--json', queries[0].query], { cwd: ROOT_DIR, encoding: 'utf8' })
    const rows = JSON.parse(output) as Record<string, unknown>[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.length).toBeLessThanOrEqual(10)
    expect(Object.keys(rows[0]).sort()).toEqual(['breadcrumb', 'excerpt', 'heading', 'score', 'url'])
    expect(rows.map((r) => r.url)).toContain(queries[0].url)
  })

  it('rejects a bad --limit with a usage message', () => {
    expect(() => execFileSync('npx', ['tsx', 'scripts/search-cli.ts', '--limit', 'x', 'RoPE'], { cwd: ROOT_DIR, stdio: 'pipe' })).toThrow(/--limit/)
  })
})
