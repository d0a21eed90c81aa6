/**
 * The search index file: one record per question heading (and one per page), written at
 * build time by scripts/search/index-file.ts and read by the browser, the CLI, the tests
 * and the benchmark. Records are stored as tuples to keep the file small.
 */

export const INDEX_FORMAT = 1

export interface SearchRecord {
  /** Site route with the heading anchor, without the base: `/17-position-encoding/#rope`. */
  url: string
  /** Heading text as shown on the page (question number included). */
  heading: string
  /** Chapter label, then the enclosing H2 for an H3 question. */
  breadcrumb: string[]
  /** Plain text of the section (markup stripped, TeX and code kept), capped in length. */
  text: string
  /** Terms from the part of the section beyond the cap: identifiers and bold phrases. */
  keywords: string
}

type RecordTuple = [url: string, heading: string, breadcrumb: number, text: string, keywords: string]

export interface SearchIndexFile {
  format: typeof INDEX_FORMAT
  /** Hash of the markdown sources and the index settings the file was built from. */
  sourceHash: string
  breadcrumbs: string[][]
  records: RecordTuple[]
}

export function encodeIndexFile(records: SearchRecord[], sourceHash: string): SearchIndexFile {
  const breadcrumbs: string[][] = []
  const breadcrumbIds = new Map<string, number>()
  const tuples = records.map((record): RecordTuple => {
    const key = JSON.stringify(record.breadcrumb)
    let id = breadcrumbIds.get(key)
    if (id === undefined) {
      id = breadcrumbs.length
      breadcrumbs.push(record.breadcrumb)
      breadcrumbIds.set(key, id)
    }
    return [record.url, record.heading, id, record.text, record.keywords]
  })
  return { format: INDEX_FORMAT, sourceHash, breadcrumbs, records: tuples }
}

export function decodeIndexFile(data: unknown): SearchRecord[] {
  const file = data as Partial<SearchIndexFile> | null
  if (!file || file.format !== INDEX_FORMAT || !Array.isArray(file.records) || !Array.isArray(file.breadcrumbs)) {
    throw new Error(`search index: unsupported file (expected format ${INDEX_FORMAT})`)
  }
  const breadcrumbs = file.breadcrumbs
  return file.records.map(([url, heading, breadcrumb, text, keywords]) => ({
    url,
    heading,
    breadcrumb: breadcrumbs[breadcrumb] ?? [],
    text,
    keywords
  }))
}
