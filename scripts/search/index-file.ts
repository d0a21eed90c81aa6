/**
 * The one search index file. The site build emits exactly these bytes as a hashed asset
 * (.vitepress/search-index-plugin.ts); the CLI, the tests and the benchmark read the same
 * bytes from SEARCH_INDEX_PATH, regenerating them when the markdown has changed.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { INDEX_FORMAT, encodeIndexFile } from '../../.vitepress/search/records'
import { DOCS_DIR, ROOT_DIR, loadPages, type Page } from '../content'
import { TEXT_CAP, recordsFromPages } from './records-from-pages'

export const SEARCH_INDEX_PATH = join(ROOT_DIR, '.vitepress/cache/search/search-index.json')

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** Sources whose changes change the records (the extraction code itself). */
const EXTRACTION_SOURCES = ['records-from-pages.ts', 'index-file.ts'].map((name) => new URL(name, import.meta.url))

/** Changes whenever a markdown file, the extraction code or the index settings change. */
export function docsHash(docsDir = DOCS_DIR): string {
  const hash = createHash('sha256').update(`format ${INDEX_FORMAT} cap ${TEXT_CAP}\n`)
  for (const source of EXTRACTION_SOURCES) hash.update(readFileSync(source)).update('\0')
  for (const file of markdownFiles(docsDir)) {
    hash.update(relative(docsDir, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

export function indexFileJson(pages: Page[], sourceHash: string): string {
  return JSON.stringify(encodeIndexFile(recordsFromPages(pages), sourceHash))
}

export function writeIndexFile(json: string, path = SEARCH_INDEX_PATH): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, json)
}

function storedHash(path: string): string | null {
  if (!existsSync(path)) return null
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { sourceHash?: string }).sourceHash ?? null
  } catch {
    return null
  }
}

/** The index file's JSON, rebuilt from the docs when missing or out of date. */
export async function ensureIndexFile(path = SEARCH_INDEX_PATH): Promise<{ json: string; rebuilt: boolean }> {
  const hash = docsHash()
  if (storedHash(path) === hash) return { json: readFileSync(path, 'utf8'), rebuilt: false }
  const json = indexFileJson(await loadPages(), hash)
  writeIndexFile(json, path)
  return { json, rebuilt: true }
}
