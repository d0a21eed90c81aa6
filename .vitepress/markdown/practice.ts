// Render-time additions to chapter pages (the parsed tokens the checks and the search index
// read are left as they are):
// - each question's answer is wrapped in <PracticeAnswer>, which folds it in practice mode
//   and offers the self-grades;
// - each question heading gets a <QuestionLink> button that copies the question's URL;
// - under the H1, the page's word count and reading time.
import { inlineText } from './plain-text'
import { questionId, questionRanges, routeOf } from './question'
import { readingStats } from './reading-stats'
import type { MarkdownRenderer, MarkdownToken } from './types'

export const ANSWER_OPEN = 'practice_answer_open'
export const ANSWER_CLOSE = 'practice_answer_close'
const PAGE_META = 'practice_page_meta'

interface QuestionMeta {
  id: string
  anchor: string
}

export function practicePlugin(md: MarkdownRenderer): void {
  const render = md.renderer.render.bind(md.renderer)
  md.renderer.render = (tokens, options, env) => {
    if (isChapterPage(env)) decorate(tokens, routeOf(env.relativePath))
    return render(tokens, options, env)
  }

  md.renderer.rules[ANSWER_OPEN] = (tokens, idx) => {
    const { id, anchor } = tokens[idx].meta as QuestionMeta
    return `<PracticeAnswer qid="${escapeAttribute(id)}" anchor="${escapeAttribute(anchor)}">\n`
  }
  md.renderer.rules[ANSWER_CLOSE] = () => '</PracticeAnswer>\n'
  md.renderer.rules[PAGE_META] = (tokens, idx) => {
    const { words, minutes } = tokens[idx].meta as { words: number; minutes: number }
    return `<p class="page-meta">约 ${words.toLocaleString('en-US')} 字 · 阅读约 ${minutes} 分钟</p>\n`
  }

  const headingClose = md.renderer.rules.heading_close
  md.renderer.rules.heading_close = (tokens, idx, options, env, self) => {
    const question = tokens[idx].meta?.question as QuestionMeta | undefined
    const close = headingClose
      ? headingClose(tokens, idx, options, env, self)
      : self.renderToken(tokens, idx, options)
    if (!question) return close
    return `<QuestionLink class="ignore-header" anchor="${escapeAttribute(question.anchor)}" />${close}`
  }
}

function isChapterPage(env: { frontmatter?: Record<string, unknown>; relativePath?: string }): env is {
  frontmatter: Record<string, unknown>
  relativePath: string
} {
  return typeof env.frontmatter?.chapter === 'string' && typeof env.relativePath === 'string'
}

function decorate(tokens: MarkdownToken[], route: string): void {
  // Guard against a second render of the same token array.
  if (tokens.some((token) => token.type === ANSWER_OPEN || token.type === PAGE_META)) return
  const TokenClass = tokens[0]?.constructor as (new (type: string, tag: string, nesting: number) => MarkdownToken) | undefined
  if (!TokenClass) return
  const make = (type: string, meta: unknown) => {
    const token = new TokenClass(type, '', 0)
    token.block = true
    token.meta = meta
    return token
  }
  const stats = readingStats(tokens)
  // Insert from the end so earlier indices stay valid.
  const ranges = questionRanges(tokens, inlineText).reverse()
  for (const range of ranges) {
    const anchor = tokens[range.headingIndex].attrGet('id') ?? ''
    if (!anchor) continue
    const meta: QuestionMeta = { id: questionId(route, anchor), anchor }
    tokens[range.start - 1].meta = { ...(tokens[range.start - 1].meta ?? {}), question: meta }
    tokens.splice(range.end, 0, make(ANSWER_CLOSE, null))
    tokens.splice(range.start, 0, make(ANSWER_OPEN, meta))
  }
  const h1 = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1')
  if (h1 >= 0) tokens.splice(h1 + 3, 0, make(PAGE_META, stats))
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
