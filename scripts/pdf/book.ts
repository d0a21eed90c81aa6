// The whole handbook as one PDF. Each page of the built site is opened in Chromium (so
// formulas and diagrams are exactly as readers see them), its article is taken out, and the
// articles are joined in chapter order behind the home page's introduction and a table of
// contents. Chromium prints the result with an outline (bookmarks) built from the headings:
// chapter H1s at the top, sub-pages (demoted to H2) under their chapter.
import type { Browser, Page as BrowserPage } from 'playwright-core'
import type { Page } from '../content'
import { renderAllDiagrams } from '../diagrams-in-browser'
import { groupChapters } from '../sidebar'

export interface BookSection {
  route: string
  /** "13.3 流水线并行" */
  label: string
  /** Sub-pages have their headings moved one level down, under their chapter. */
  demote: boolean
}

export interface BookOptions {
  browser: Browser
  /** Where the built site is served, with its base: http://127.0.0.1:1234/llm-interview/ */
  siteUrl: string
  pages: Page[]
  output: string
  title: string
}

export interface BookResult {
  output: string
  sections: number
  /** Time Chromium took to lay out and print the joined book. */
  printSeconds: number
}

/** The handbook's pages in reading order: each chapter, then its sub-pages. */
export function bookSections(pages: Page[]): BookSection[] {
  return groupChapters(pages).flatMap((group) => [
    ...(group.overview ? [{ route: group.overview.route, label: group.overview.chapter.label, demote: false }] : []),
    ...group.subPages.map((page) => ({ route: page.route, label: page.chapter.label, demote: group.overview !== null }))
  ])
}

// Interactive parts that mean nothing on paper.
const REMOVE_SELECTORS = [
  '.header-anchor',
  '.QuestionLink',
  '.practice-reveal',
  '.practice-grades',
  'button.copy',
  '.HomeChapters',
  '.page-meta',
  // KaTeX's MathML copy is for screen readers on the web; on paper it only slows layout.
  '.katex-mathml'
]

const PARALLEL_TABS = 4

export async function writeBook(options: BookOptions): Promise<BookResult> {
  const { browser, siteUrl } = options
  const sections = bookSections(options.pages)
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 900, height: 1200 } })
  try {
    const page = await context.newPage()
    // Practice mode must not fold answers in the book.
    await page.addInitScript(() => localStorage.clear())
    await openAndSettle(page, siteUrl)
    const intro = await page.evaluate(extractArticle, {
      selector: '.VPHome .vp-doc',
      remove: REMOVE_SELECTORS,
      prefix: 'intro',
      demote: false,
      flattenHeadings: true
    })
    // Pages are opened a few at a time: loading and rendering dominate, not the CPU.
    const articles: string[] = new Array(sections.length)
    let next = 0
    const worker = async () => {
      const tab = await context.newPage()
      for (let index = next++; index < sections.length; index = next++) {
        const section = sections[index]
        await openAndSettle(tab, new URL(section.route.replace(/^\//, ''), siteUrl).href)
        articles[index] = await tab.evaluate(extractArticle, {
          selector: '.VPDoc .vp-doc',
          remove: REMOVE_SELECTORS,
          prefix: `s${index}`,
          demote: section.demote,
          flattenHeadings: false
        })
      }
      await tab.close()
    }
    await Promise.all(Array.from({ length: PARALLEL_TABS }, worker))
    // Stay on the site (same origin, so the site's stylesheets and fonts load) and replace
    // the document with the book.
    await page.evaluate(
      ({ intro, articles, sections, title, base }) => {
        const routeToSection = new Map(sections.map((s, i) => [new URL(s.route.replace(/^\//, ''), base).pathname, i]))
        const body = document.body
        body.className = 'book'
        body.innerHTML = ''
        const cover = document.createElement('section')
        cover.className = 'book-cover vp-doc'
        cover.innerHTML = `<p class="book-title"></p>${intro}`
        cover.querySelector('.book-title')!.textContent = title
        body.append(cover)
        const toc = document.createElement('nav')
        toc.className = 'book-toc vp-doc'
        toc.innerHTML = '<p class="book-toc-title">目录</p><ol></ol>'
        sections.forEach((section, i) => {
          const item = document.createElement('li')
          if (section.demote) item.className = 'sub'
          const link = document.createElement('a')
          link.href = `#s${i}-top`
          link.textContent = section.label
          item.append(link)
          toc.querySelector('ol')!.append(item)
        })
        body.append(toc)
        articles.forEach((html, i) => {
          const article = document.createElement('article')
          article.className = 'book-chapter vp-doc'
          article.id = `s${i}-top`
          article.innerHTML = html
          body.append(article)
        })
        // Links between pages of the book become links inside the PDF.
        for (const link of body.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          // In-document links were made unique per section already.
          if (link.getAttribute('href')!.startsWith('#')) continue
          const url = new URL(link.getAttribute('href')!, location.href)
          if (url.origin !== location.origin) continue
          const index = routeToSection.get(url.pathname.replace(/\.html$/, ''))
          if (index === undefined) continue
          link.setAttribute('href', url.hash ? `#s${index}-${decodeURIComponent(url.hash.slice(1))}` : `#s${index}-top`)
        }
        document.title = title
        document.documentElement.classList.remove('dark', 'practice-mode')
      },
      { intro, articles, sections, title: options.title, base: siteUrl }
    )
    await page.addStyleTag({ content: BOOK_CSS })
    await page.evaluate(() => document.fonts.ready)
    const printStarted = Date.now()
    await page.pdf({
      path: options.output,
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-size:8px;color:#666;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'
    })
    return { output: options.output, sections: sections.length, printSeconds: (Date.now() - printStarted) / 1000 }
  } finally {
    await context.close()
  }
}

async function openAndSettle(page: BrowserPage, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'networkidle' })
  if (!response || response.status() >= 400) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`)
  await renderAllDiagrams(page)
  const broken = await page.locator('.MermaidDiagram[data-state="error"]').count()
  if (broken) throw new Error(`${url}: ${broken} diagram(s) failed to render`)
}

/** Runs in the page: the article's HTML with unique ids, interactive parts removed. */
function extractArticle(args: {
  selector: string
  remove: string[]
  prefix: string
  demote: boolean
  /** Headings become styled paragraphs, so the introduction adds nothing to the outline. */
  flattenHeadings: boolean
}): string {
  const source = document.querySelector(args.selector)
  if (!source) throw new Error(`no ${args.selector} on ${location.pathname}`)
  const article = source.cloneNode(true) as HTMLElement
  for (const element of article.querySelectorAll(args.remove.join(','))) element.remove()
  for (const element of article.querySelectorAll<HTMLElement>('[id]')) {
    // Mermaid's SVG styles refer to their own ids; leave the SVGs alone.
    if (element.closest('svg')) continue
    element.id = `${args.prefix}-${element.id}`
  }
  for (const link of article.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    link.setAttribute('href', `#${args.prefix}-${decodeURIComponent(link.getAttribute('href')!.slice(1))}`)
  }
  if (args.demote) {
    for (const heading of [...article.querySelectorAll('h1, h2, h3, h4, h5')]) {
      const level = Number(heading.tagName[1])
      const replacement = document.createElement(`h${level + 1}`)
      for (const attribute of heading.attributes) replacement.setAttribute(attribute.name, attribute.value)
      replacement.append(...heading.childNodes)
      heading.replaceWith(replacement)
    }
  }
  if (args.flattenHeadings) {
    for (const heading of [...article.querySelectorAll('h1, h2, h3, h4')]) {
      const paragraph = document.createElement('p')
      paragraph.className = 'book-intro-heading'
      paragraph.append(...heading.childNodes)
      heading.replaceWith(paragraph)
    }
  }
  return article.innerHTML
}

const BOOK_CSS = `
body.book { margin: 0; background: #fff; color: #1f2328; font-size: 14px; }
body.book .vp-doc { max-width: none; padding: 0; }
.book-cover { break-after: page; }
.book-title { font-size: 32px; font-weight: 700; margin: 40mm 0 12mm; }
.book-intro-heading { font-size: 20px; font-weight: 600; margin: 24px 0 8px; }
.book-toc { break-after: page; }
.book-toc-title { font-size: 24px; font-weight: 700; }
.book-toc ol { list-style: none; padding: 0; }
.book-toc li { margin: 4px 0; }
.book-toc li.sub { padding-left: 2em; font-size: 13px; }
.book-toc a { text-decoration: none; }
.book-chapter { break-before: page; }
.book-chapter h2 + h3, .book-chapter h1 + p { break-before: avoid; }
.book pre, .book table, .book figure, .book .custom-block, .book .katex-display { break-inside: avoid; }
.book h1, .book h2, .book h3, .book h4 { break-after: avoid; }
.book div[class*='language-'] { overflow: visible; }
.book pre { white-space: pre-wrap; word-break: break-all; }
.book .MermaidDiagram svg { max-width: 100%; height: auto; }
.book .katex-display { overflow: visible; }
`
