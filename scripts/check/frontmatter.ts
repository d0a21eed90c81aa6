// Frontmatter schema: title, description and chapter (matching the file's place); sub-pages
// also name their parent chapter.
import { formatChapterNumber } from '../chapter-number'
import type { Page } from '../content'
import type { Problem } from './problem'

const FILE_PLACE_HINT =
  'chapter pages live at docs/NN-ascii-name/index.md or docs/NN-ascii-name/NN-ascii-name.md; ' +
  'site pages (drill, progress) live directly in docs/'

export function checkFrontmatter(page: Page, pages: Page[]): Problem[] {
  const problems: Problem[] = []
  const report = (key: string | null, message: string) =>
    problems.push({ file: page.relativePath, line: keyLine(page, key), message })

  // Unreadable YAML is already reported; "missing key" messages would only add noise.
  if (page.docPath === 'index.md' || page.loadProblems.length > 0) return problems
  if (!page.placeNumber) {
    if (page.docPath.includes('/')) report(null, `page is outside the chapter layout: ${FILE_PLACE_HINT}`)
    else checkSitePage(page, report)
    return problems
  }
  const fm = page.frontmatter
  for (const key of ['title', 'description', 'chapter'] as const) {
    const value = fm[key]
    if (value === undefined) report(null, `frontmatter is missing "${key}"`)
    else if (typeof value !== 'string' || value.trim() === '')
      report(key, `frontmatter "${key}" must be a non-empty string (quote numbers: chapter: "17")`)
  }
  checkAttributeSafe(page, report)
  const expected = formatChapterNumber(page.placeNumber)
  if (typeof fm.chapter === 'string' && fm.chapter !== expected) {
    report('chapter', `frontmatter chapter is "${fm.chapter}" but the file's place makes it "${expected}"`)
  }
  if (page.placeNumber.length === 2) problems.push(...checkParent(page, pages))
  return problems
}

/** A sub-page names its chapter in `parent`, matching the overview page and its siblings. */
function checkParent(page: Page, pages: Page[]): Problem[] {
  const parent = page.frontmatter.parent
  const line = keyLine(page, 'parent')
  if (typeof parent !== 'string' || parent.trim() === '') {
    return [{ file: page.relativePath, line, message: 'sub-page frontmatter needs "parent": the title of its chapter' }]
  }
  const chapter = page.placeNumber![0]
  const overview = pages.find((p) => p.placeNumber?.length === 1 && p.placeNumber[0] === chapter)
  const overviewTitle = overview?.frontmatter.title
  if (typeof overviewTitle === 'string' && overviewTitle !== parent) {
    return [{ file: page.relativePath, line, message: `parent is "${parent}" but chapter ${chapter} is titled "${overviewTitle}"` }]
  }
  const sibling = pages.find(
    (p) => p !== page && p.placeNumber?.length === 2 && p.placeNumber[0] === chapter &&
      typeof p.frontmatter.parent === 'string' && p.frontmatter.parent !== parent
  )
  if (!overview && sibling) {
    return [{ file: page.relativePath, line, message: `parent is "${parent}" but ${sibling.relativePath} says "${String(sibling.frontmatter.parent)}"` }]
  }
  return []
}

/** Line of `key:` inside the frontmatter block, or 1. */
function keyLine(page: Page, key: string | null): number {
  if (!key) return 1
  const lines = page.frontmatterSource.split('\n')
  const index = lines.findIndex((l) => l.startsWith(`${key}:`))
  return index >= 0 ? index + 1 : 1
}

/**
 * VitePress 1.6 writes the description into <meta content="..."> without escaping, so a
 * double quote ends the attribute early (and "<" may start a tag).
 */
function checkAttributeSafe(page: Page, report: (key: string | null, message: string) => void): void {
  const description = page.frontmatter.description
  if (typeof description === 'string' && /["<>]/.test(description)) {
    report('description', 'frontmatter "description" must not contain " < or > (it is written into an HTML attribute unescaped); use 「」 for quotes')
  }
}

/** A site page at the top of docs/ (drill, progress): a title and a description, no chapter. */
function checkSitePage(page: Page, report: (key: string | null, message: string) => void): void {
  for (const key of ['title', 'description'] as const) {
    const value = page.frontmatter[key]
    if (typeof value !== 'string' || value.trim() === '') report(value === undefined ? null : key, `site page needs a non-empty "${key}"`)
  }
  checkAttributeSafe(page, report)
  if (page.frontmatter.chapter !== undefined) {
    report('chapter', `site pages have no chapter number; chapter pages live in numbered folders (${FILE_PLACE_HINT})`)
  }
}
