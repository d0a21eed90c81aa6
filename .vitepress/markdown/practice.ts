// Render-time additions to chapter pages (the parsed tokens the checks and the search index
// read are left as they are):
// - after each question heading, a 「显示答案」 block; after its answer, the self-grades;
// - every top-level block of the answer is marked data-answer="<anchor>", so practice mode
//   can fold it with CSS from the first paint;
// - each question heading gets a button that copies the question's URL;
// - under the H1, the page's word count and reading time.
// All of it is static HTML with no wrapper around an answer: Vue cannot stringify a static
// subtree that contains a table, so a wrapper would put the page's whole content into its
// JavaScript chunk. One delegated controller (theme/practice/controller.ts) adds behaviour.
import { GRADE_LABELS, GRADES } from '../theme/practice/progress-file'
import { inlineText } from './plain-text'
import { questionId, questionRanges, routeOf } from './question'
import { readingStats } from './reading-stats'
import type { MarkdownRenderer, MarkdownToken } from './types'

const PRACTICE_HTML = 'practice_html'
const PAGE_META = 'practice_page_meta'

const GRADE_BUTTONS = GRADES.map(
  (grade, i) =>
    `<button type="button" class="practice-button grade" data-grade="${grade}" aria-pressed="false" aria-keyshortcuts="${i + 1}">${GRADE_LABELS[grade]}</button>`
).join('')
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

  md.renderer.rules[PRACTICE_HTML] = (tokens, idx) => tokens[idx].content
  md.renderer.rules[PAGE_META] = (tokens, idx) => {
    const { words, minutes } = tokens[idx].meta as { words: number; minutes: number }
    return `<p class="page-meta">约 ${words.toLocaleString('en-US')} 字 · 阅读约 ${minutes} 分钟</p>\n`
  }

  const headingClose = md.renderer.rules.heading_close
  md.renderer.rules.heading_close = (tokens, idx, options, env, self) => {
    const question = tokens[idx].meta?.question as QuestionMeta | undefined
    const close = headingClose ? headingClose(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)
    if (!question) return close
    return (
      // The icon is drawn by CSS (practice.css): inline SVGs cost 6 elements per question.
      `<button type="button" class="QuestionLink ignore-header" data-anchor="${escapeAttribute(question.anchor)}" aria-label="复制本题链接" title="复制本题链接"></button>${close}`
    )
  }
}

function isChapterPage(env: { frontmatter?: Record<string, unknown>; relativePath?: string }): env is {
  frontmatter: Record<string, unknown>
  relativePath: string
} {
  return typeof env.frontmatter?.chapter === 'string' && typeof env.relativePath === 'string'
}

function revealBlock({ id, anchor }: QuestionMeta): string {
  const a = escapeAttribute(anchor)
  return (
    `<div class="practice-reveal" data-qid="${escapeAttribute(id)}" data-anchor="${a}">` +
    `<button type="button" class="practice-button" data-practice="reveal" aria-expanded="false">显示答案</button>` +
    `<span class="practice-badge" hidden></span></div>\n`
  )
}

// A fieldset is a named group by itself; a div would need role="group", an attribute Vue
// does not know, which stops it from hoisting the page's static HTML (see math.ts).
function gradesBlock({ id, anchor }: QuestionMeta): string {
  return (
    `<fieldset class="practice-grades" data-qid="${escapeAttribute(id)}" data-anchor="${escapeAttribute(anchor)}" aria-label="自评这道题">` +
    `<legend class="practice-grades-label">自评：</legend>${GRADE_BUTTONS}` +
    `<button type="button" class="practice-button subtle" data-practice="hide">收起答案</button></fieldset>\n`
  )
}

function decorate(tokens: MarkdownToken[], route: string): void {
  // Guard against a second render of the same token array.
  if (tokens.some((token) => token.type === PRACTICE_HTML || token.type === PAGE_META)) return
  const TokenClass = tokens[0]?.constructor as (new (type: string, tag: string, nesting: number) => MarkdownToken) | undefined
  if (!TokenClass) return
  const html = (content: string) => {
    const token = new TokenClass(PRACTICE_HTML, '', 0)
    token.block = true
    token.content = content
    return token
  }
  const stats = readingStats(tokens)
  // Rewrite from the end so earlier indices stay valid.
  for (const range of questionRanges(tokens, inlineText).reverse()) {
    const anchor = tokens[range.headingIndex].attrGet('id') ?? ''
    if (!anchor) continue
    const meta: QuestionMeta = { id: questionId(route, anchor), anchor }
    tokens[range.start - 1].meta = { ...(tokens[range.start - 1].meta ?? {}), question: meta }
    const marked = markAnswer(tokens.slice(range.start, range.end), anchor, html)
    tokens.splice(range.start, range.end - range.start, html(revealBlock(meta)), ...marked, html(gradesBlock(meta)))
  }
  const h1 = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1')
  if (h1 >= 0) {
    const meta = new TokenClass(PAGE_META, '', 0)
    meta.block = true
    meta.meta = stats
    tokens.splice(h1 + 3, 0, meta)
  }
}

/**
 * Marks each top-level block of an answer: block openers get the attribute themselves;
 * single-token blocks (code, math, diagrams, raw HTML) and custom containers, whose
 * renderers ignore token attributes, get a thin div around them.
 */
function markAnswer(tokens: MarkdownToken[], anchor: string, html: (content: string) => MarkdownToken): MarkdownToken[] {
  const open = `<div data-answer="${escapeAttribute(anchor)}">`
  const out: MarkdownToken[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.level !== 0) {
      out.push(token)
      continue
    }
    if (token.nesting === 1 && token.type.startsWith('container_')) {
      // Find the matching close and wrap the whole container.
      let depth = 0
      let j = i
      for (; j < tokens.length; j++) {
        depth += tokens[j].nesting
        if (depth === 0) break
      }
      out.push(html(open), ...tokens.slice(i, j + 1), html('</div>\n'))
      i = j
    } else if (token.nesting === 1) {
      token.attrSet('data-answer', anchor)
      out.push(token)
    } else if (token.nesting === 0) {
      out.push(html(open), token, html('</div>\n'))
    } else {
      out.push(token)
    }
  }
  return out
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
