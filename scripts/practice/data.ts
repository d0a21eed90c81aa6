// Practice data from the content model: a manifest of every question (for the progress
// page and the drill) and, per page, the rendered answers (for the drill). Answers are
// rendered by VitePress's own markdown renderer with the site's options, from the same
// tokens the page is built from, so formulas and code look exactly as on the page; mermaid
// diagrams are kept as separate parts that the drill mounts as components.
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { markdownOptions } from '../../.vitepress/markdown/index'
import { isMermaidFence } from '../../.vitepress/markdown/mermaid'
import { inlineText } from '../../.vitepress/markdown/plain-text'
import { questionId, questionRanges } from '../../.vitepress/markdown/question'
import type { MarkdownToken } from '../../.vitepress/markdown/types'
import type { ChapterInfo, Page } from '../content'
import { DOCS_DIR } from '../content'
import { compareChapterNumbers } from '../chapter-number'

export interface PracticeQuestion {
  id: string
  anchor: string
  heading: string
}

export interface PracticePage {
  route: string
  /** "13" for every page of chapter 13, so chapters can be picked as a whole. */
  chapter: string
  /** "13.3 流水线并行" */
  label: string
  questions: PracticeQuestion[]
}

export interface PracticeManifest {
  version: 1
  chapters: { number: string; label: string }[]
  pages: PracticePage[]
}

export type AnswerPart = { html: string } | { mermaid: string }
export interface RenderedQuestion {
  /** The heading's inline HTML (formulas rendered). */
  heading: string
  parts: AnswerPart[]
}
/** Question id -> the rendered question. */
export type PageAnswers = Record<string, RenderedQuestion>

type ChapterPage = Page & { chapter: ChapterInfo }

function chapterPages(pages: Page[]): ChapterPage[] {
  return pages
    .filter((page): page is ChapterPage => page.chapter !== null && page.questionCount > 0)
    .sort((a, b) => compareChapterNumbers(a.chapter.number, b.chapter.number))
}

export function practiceManifest(pages: Page[]): PracticeManifest {
  const list = chapterPages(pages)
  const chapters = new Map<string, string>()
  for (const page of list) {
    const number = String(page.chapter.number[0])
    if (!chapters.has(number)) {
      const title = page.chapter.number.length === 1 ? page.chapter.title : page.chapter.parent ?? page.chapter.title
      chapters.set(number, `${number}. ${title}`)
    }
  }
  return {
    version: 1,
    chapters: [...chapters].map(([number, label]) => ({ number, label })),
    pages: list.map((page) => ({
      route: page.route,
      chapter: String(page.chapter.number[0]),
      label: page.chapter.label,
      questions: questionRanges(page.tokens, inlineText).map((range) => {
        const heading = page.tokens[range.headingIndex]
        const anchor = heading.attrGet('id') ?? ''
        return { id: questionId(page.route, anchor), anchor, heading: inlineText(page.tokens[range.headingIndex + 1]) }
      })
    }))
  }
}

/** Renders every question's answer; one entry per chapter page, keyed by route. */
export async function renderAnswers(pages: Page[], base: string): Promise<Map<string, PageAnswers>> {
  const md = await createMarkdownRenderer(DOCS_DIR, markdownOptions, base)
  try {
    const result = new Map<string, PageAnswers>()
    for (const page of chapterPages(pages)) {
      // No frontmatter in env: the page-level practice decorations are not wanted here.
      const env = { path: page.file, relativePath: page.docPath, cleanUrls: true }
      const answers: PageAnswers = {}
      for (const range of questionRanges(page.tokens, inlineText)) {
        const anchor = page.tokens[range.headingIndex].attrGet('id') ?? ''
        const slice = page.tokens.slice(range.start, range.end)
        const inline = page.tokens[range.headingIndex + 1]
        // Links to a heading of the same page must lead to that page from the drill.
        const pageUrl = `${base}${page.route.slice(1)}`
        const render = (tokens: MarkdownToken[]) =>
          md.renderer.render(tokens, md.options, { ...env }).replace(/ href="#/g, ` href="${pageUrl}#`)
        answers[questionId(page.route, anchor)] = {
          heading: md.renderer.renderInline(withoutHeaderAnchor(inline.children ?? []), md.options, { ...env }),
          parts: answerParts(slice, render)
        }
      }
      result.set(page.route, answers)
    }
    return result
  } finally {
    disposeMdItInstance()
  }
}

/** A heading's inline tokens without the "#" permalink the anchor plugin appends. */
function withoutHeaderAnchor(children: MarkdownToken[]): MarkdownToken[] {
  const start = children.findIndex((token) => token.type === 'link_open' && token.attrGet('class') === 'header-anchor')
  if (start === -1) return children
  const end = children.findIndex((token, i) => i > start && token.type === 'link_close')
  return [...children.slice(0, start), ...children.slice(end + 1)]
}

/** Splits an answer at top-level mermaid fences: HTML runs and diagram sources. */
export function answerParts(tokens: MarkdownToken[], render: (tokens: MarkdownToken[]) => string): AnswerPart[] {
  const parts: AnswerPart[] = []
  let run: MarkdownToken[] = []
  const flush = () => {
    if (run.length) parts.push({ html: render(run) })
    run = []
  }
  for (const token of tokens) {
    if (token.type === 'fence' && token.level === 0 && isMermaidFence(token.info)) {
      flush()
      parts.push({ mermaid: token.content })
    } else {
      run.push(token)
    }
  }
  flush()
  return parts
}
