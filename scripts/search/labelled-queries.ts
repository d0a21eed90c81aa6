/**
 * The labelled queries (tests/search-queries.json): what a reader types, and the page and
 * heading it must find. Shared by the quality test and the benchmark.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SearchRecord } from '../../.vitepress/search/records'
import { ROOT_DIR } from '../content'

export const LABELLED_QUERIES_PATH = join(ROOT_DIR, 'tests/search-queries.json')
export const QUERY_KINDS = ['zh', 'zh-short', 'en', 'mixed', 'variant', 'typo'] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

export interface LabelledQuery {
  query: string
  kind: QueryKind
  /** Page route, as in the site: `/17-position-encoding/`. */
  page: string
  /** The heading text exactly as on the page. */
  heading: string
  /** Route and anchor of that heading, resolved against the records. */
  url: string
}

export function loadLabelledQueries(records: readonly SearchRecord[], path = LABELLED_QUERIES_PATH): LabelledQuery[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown
  if (!Array.isArray(raw)) throw new Error(`${path}: expected a JSON array`)
  const problems: string[] = []
  const queries = raw.map((entry: Record<string, unknown>, index): LabelledQuery | null => {
    const where = `${path}: entry ${index + 1}`
    const { query, kind, page, heading } = entry
    if (typeof query !== 'string' || typeof page !== 'string' || typeof heading !== 'string') {
      problems.push(`${where}: needs string "query", "page" and "heading"`)
      return null
    }
    if (!(QUERY_KINDS as readonly unknown[]).includes(kind)) {
      problems.push(`${where}: "kind" must be one of ${QUERY_KINDS.join(', ')}`)
      return null
    }
    const target = records.find((r) => r.heading === heading && (r.url === page || r.url.startsWith(`${page}#`)))
    if (!target) {
      problems.push(`${where} ("${query}"): no heading "${heading}" on ${page}`)
      return null
    }
    return { query, kind: kind as QueryKind, page, heading, url: target.url }
  })
  if (problems.length) throw new Error(problems.join('\n'))
  return queries as LabelledQuery[]
}

export interface QualityFigures {
  count: number
  hitAt1: number
  hitAt5: number
  mrr: number
}

/** Rank (1-based) of the expected URL in `urls`, or null when absent. */
export function rankOf(urls: string[], expected: string): number | null {
  const index = urls.indexOf(expected)
  return index === -1 ? null : index + 1
}

export function quality(ranks: (number | null)[]): QualityFigures {
  const count = ranks.length
  const share = (test: (rank: number | null) => boolean) => (count ? ranks.filter(test).length / count : 0)
  return {
    count,
    hitAt1: share((rank) => rank === 1),
    hitAt5: share((rank) => rank !== null && rank <= 5),
    mrr: count ? ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / count : 0
  }
}
