// The content model: every markdown page under docs/ loaded once into a typed Page[].
// Headings and anchors come from VitePress's own renderer (createMarkdownRenderer with the
// site's markdown options), so an anchor here is exactly the id in the built HTML.
// The sidebar, the home grid and the content check all read this model.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import matter from 'gray-matter'
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { markdownOptions } from '../.vitepress/markdown/index'
import { MATH_TOKEN_TYPES } from '../.vitepress/markdown/math'
import { isMermaidFence } from '../.vitepress/markdown/mermaid'
import { inlineText } from '../.vitepress/markdown/plain-text'
import { questionNumberOf, routeOf } from '../.vitepress/markdown/question'
import type { MarkdownRenderer, MarkdownToken } from '../.vitepress/markdown/types'
import { chapterLabel, parseChapterNumber, type ChapterNumber } from './chapter-number'

export const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url))
export const DOCS_DIR = join(ROOT_DIR, 'docs')

export interface Heading {
  level: number
  /** Plain text of the heading (inline markup removed, code and TeX kept). */
  text: string
  /** The id VitePress gives the heading element. */
  anchor: string
  /** 1-based line in the source file. */
  line: number
  /** N for a question heading "N. ...", otherwise null. */
  questionNumber: number | null
  /** Index of the heading_open token in Page.tokens. */
  tokenIndex: number
}

export interface ChapterInfo {
  number: ChapterNumber
  /** "17" or "13.3", as written in frontmatter. */
  id: string
  title: string
  description: string
  /** For sub-pages: the title of the chapter they belong to (frontmatter `parent`). */
  parent: string | null
  /** "17. 位置编码" or "13.3 流水线并行". */
  label: string
}

export interface Page {
  /** Absolute path of the source file. */
  file: string
  /** Path used in messages, relative to the repository root: docs/17-position-encoding/index.md */
  relativePath: string
  /** Path relative to docs/: 17-position-encoding/index.md */
  docPath: string
  /** Site route without base: /17-position-encoding/ */
  route: string
  frontmatter: Record<string, unknown>
  /** Chapter number implied by the file's place (folder and file prefixes), if any. */
  placeNumber: ChapterNumber | null
  /** Chapter metadata when the page is a chapter page with usable frontmatter. */
  chapter: ChapterInfo | null
  headings: Heading[]
  questionCount: number
  /** Formulas ($...$ and $$...$$) on the page. */
  mathCount: number
  /** Mermaid diagrams on the page. */
  diagramCount: number
  /** Renderer tokens, for checks that need more than headings. */
  tokens: MarkdownToken[]
  /** The frontmatter block as written (for pointing at the line of a key). */
  frontmatterSource: string
  /** Lines taken by frontmatter: token.map lines are relative to the body. */
  lineOffset: number
  /** Problems met while loading (bad YAML, renderer errors); reported by the check. */
  loadProblems: { line: number; message: string }[]
}

const NUMBERED_NAME = /^(\d+)-[a-z0-9]+(?:-[a-z0-9]+)*$/

export interface LoadOptions {
  docsDir?: string
  rootDir?: string
}

/** The chapter page with the most formulas or diagrams: what the weight and speed checks measure. */
export function chapterPageWithMost(pages: Page[], key: 'mathCount' | 'diagramCount'): Page {
  const chapters = pages.filter((page) => page.chapter)
  if (chapters.length === 0) throw new Error('No chapter pages to choose from.')
  return chapters.reduce((best, page) => (page[key] > best[key] ? page : best))
}

export async function loadPages(options: LoadOptions = {}): Promise<Page[]> {
  const docsDir = options.docsDir ?? DOCS_DIR
  const rootDir = options.rootDir ?? ROOT_DIR
  const files = await listMarkdownFiles(docsDir)
  const md = await createMarkdownRenderer(docsDir, markdownOptions, '/')
  try {
    const pages: Page[] = []
    for (const file of files) {
      const source = await readFile(file, 'utf8')
      pages.push(parsePage(md, file, source, docsDir, rootDir))
    }
    return pages
  } finally {
    // createMarkdownRenderer memoizes one instance; release it so VitePress builds its
    // own with the real base and nothing is shared between the two.
    disposeMdItInstance()
  }
}

async function listMarkdownFiles(docsDir: string): Promise<string[]> {
  const entries = await readdir(docsDir, { recursive: true })
  return entries
    .map((entry) => entry.split(sep).join('/'))
    .filter((entry) => entry.endsWith('.md'))
    .filter((entry) => !entry.startsWith('public/') && !entry.split('/').includes('node_modules'))
    .sort()
    .map((entry) => join(docsDir, entry))
}

export function parsePage(
  md: MarkdownRenderer,
  file: string,
  source: string,
  docsDir: string,
  rootDir: string
): Page {
  const docPath = toPosix(relative(docsDir, file))
  const loadProblems: Page['loadProblems'] = []
  const { frontmatter, body, problem } = splitFrontmatter(source)
  if (problem) loadProblems.push(problem)
  const env: Record<string, unknown> = { path: file, relativePath: docPath, cleanUrls: true, frontmatter }
  let tokens: MarkdownToken[] = []
  try {
    tokens = md.parse(body, env)
  } catch (error) {
    loadProblems.push({ line: 1, message: `markdown cannot be parsed: ${(error as Error).message}` })
  }
  const frontmatterSource = source.slice(0, source.length - body.length)
  const lineOffset = countLines(frontmatterSource)
  const headings = extractHeadings(tokens, lineOffset)
  const placeNumber = chapterNumberFromPlace(docPath)
  return {
    file,
    relativePath: toPosix(relative(rootDir, file)),
    docPath,
    route: routeOf(docPath),
    frontmatter,
    placeNumber,
    chapter: placeNumber ? chapterInfo(placeNumber, frontmatter) : null,
    headings,
    questionCount: headings.filter((h) => h.questionNumber !== null).length,
    ...countFeatures(tokens),
    tokens,
    frontmatterSource,
    lineOffset,
    loadProblems
  }
}

export interface SplitSource {
  frontmatter: Record<string, unknown>
  /** The markdown after the frontmatter block (all of it when the YAML is unreadable). */
  body: string
  problem: { line: number; message: string } | null
}

/**
 * Splits frontmatter from the body with gray-matter, as VitePress does inside md.render
 * (md.parse does not). Token lines are then relative to the body.
 */
export function splitFrontmatter(source: string): SplitSource {
  try {
    // Options disable gray-matter's cache, which keeps half-parsed results after a YAML error.
    const parsed = matter(source, {})
    return { frontmatter: parsed.data, body: parsed.content, problem: null }
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark
    const reason = (error as { reason?: string }).reason ?? (error as Error).message
    return {
      frontmatter: {},
      body: source,
      problem: { line: (mark?.line ?? 0) + 1, message: `invalid frontmatter YAML: ${reason}` }
    }
  }
}

function extractHeadings(tokens: MarkdownToken[], lineOffset: number): Heading[] {
  const headings: Heading[] = []
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return
    const text = inlineText(tokens[i + 1])
    const level = Number(token.tag.slice(1))
    headings.push({
      level,
      text,
      anchor: token.attrGet('id') ?? '',
      line: sourceLine(token, lineOffset),
      questionNumber: questionNumberOf(level, text),
      tokenIndex: i
    })
  })
  return headings
}

function countFeatures(tokens: MarkdownToken[]): { mathCount: number; diagramCount: number } {
  let mathCount = 0
  let diagramCount = 0
  const visit = (token: MarkdownToken) => {
    if ((MATH_TOKEN_TYPES as readonly string[]).includes(token.type)) mathCount++
    if (token.type === 'fence' && isMermaidFence(token.info)) diagramCount++
    token.children?.forEach(visit)
  }
  tokens.forEach(visit)
  return { mathCount, diagramCount }
}

export { inlineText }

/** 1-based source line of a block token (frontmatter included). */
export function sourceLine(token: MarkdownToken, lineOffset: number): number {
  return (token.map?.[0] ?? 0) + lineOffset + 1
}

/**
 * "17-position-encoding/index.md" -> [17]; "13-distributed-training/03-pipeline-parallel.md"
 * -> [13, 3]. Pages outside numbered folders (the home page) have no chapter number.
 */
export function chapterNumberFromPlace(docPath: string): ChapterNumber | null {
  const parts = docPath.split('/')
  if (parts.length !== 2) return null
  const folder = NUMBERED_NAME.exec(parts[0])
  if (!folder) return null
  const chapter = Number(folder[1])
  if (parts[1] === 'index.md') return [chapter]
  const file = NUMBERED_NAME.exec(parts[1].replace(/\.md$/, ''))
  return file ? [chapter, Number(file[1])] : null
}

function chapterInfo(place: ChapterNumber, frontmatter: Record<string, unknown>): ChapterInfo | null {
  const { chapter, title, description, parent } = frontmatter
  if (typeof chapter !== 'string' || typeof title !== 'string') return null
  const number = parseChapterNumber(chapter)
  if (!number) return null
  return {
    number: place,
    id: chapter,
    title,
    description: typeof description === 'string' ? description : '',
    parent: typeof parent === 'string' ? parent : null,
    label: chapterLabel(place, title)
  }
}

export { routeOf }

function countLines(text: string): number {
  let count = 0
  for (const ch of text) if (ch === '\n') count++
  return count
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}
