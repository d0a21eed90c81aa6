/**
 * The baseline: VitePress 1.6's default local search, reproduced outside the build.
 * Everything here mirrors vitepress/dist/node (localSearchPlugin, splitPageIntoSections)
 * and VPLocalSearchBox.vue of 1.6.4: each page is rendered to HTML with the site's own
 * markdown renderer, split into sections at every heading that has an anchor, and indexed
 * by MiniSearch with fields title/titles/text; queries use fuzzy 0.2, prefix matching and
 * boosts title 4, text 2, titles 1. MiniSearch's default tokenizer splits on spaces and
 * punctuation, which is what the comparison is about.
 */
import { readFileSync } from 'node:fs'
import MiniSearch from 'minisearch'
import { createMarkdownRenderer } from 'vitepress'
import { markdownOptions } from '../../.vitepress/markdown/index'
import { DOCS_DIR, type Page } from '../content'

interface Section {
  id: string
  title: string
  titles: string[]
  text: string
}

const HEADING = /<h(\d*).*?>(.*?<a.*? href="#.*?".*?>.*?<\/a>)<\/h\1>/gi
const HEADING_CONTENT = /(.*?)<a.*? href="#(.*?)".*?>.*?<\/a>/i
const stripTags = (html: string) => html.replace(/<[^>]*>/g, '')

function* sections(route: string, html: string): Generator<Section> {
  const parts = html.split(HEADING)
  parts.shift()
  let parentTitles: string[] = []
  for (let i = 0; i < parts.length; i += 3) {
    const level = parseInt(parts[i]) - 1
    const match = HEADING_CONTENT.exec(parts[i + 1])
    const title = stripTags(match?.[1] ?? '').trim()
    const anchor = match?.[2] ?? ''
    const content = parts[i + 2]
    if (!title || !content) continue
    let titles = parentTitles.slice(0, level)
    titles[level] = title
    titles = titles.filter(Boolean)
    // VitePress ids are base + route (+ '#' + anchor); the benchmark compares routes.
    yield { id: anchor ? `${route}#${anchor}` : route, title: titles.at(-1)!, titles: titles.slice(0, -1), text: stripTags(content) }
    if (level === 0) parentTitles = [title]
    else parentTitles[level] = title
  }
}

export const MINISEARCH_OPTIONS = { fields: ['title', 'titles', 'text'], storeFields: ['title', 'titles'] }
export const MINISEARCH_SEARCH_OPTIONS = { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } }

/** Builds the index as the VitePress build does and returns what it ships (its JSON). */
export async function buildMiniSearchIndex(pages: Page[]): Promise<string> {
  const md = await createMarkdownRenderer(DOCS_DIR, markdownOptions, '/')
  const index = new MiniSearch<Section>(MINISEARCH_OPTIONS)
  for (const page of pages) {
    const env = { path: page.file, relativePath: page.docPath, cleanUrls: true }
    // Our practice controls (copy-link button in headings, reveal and grade rows) are not
    // content, and the button would hide the heading from VitePress's section splitter.
    const html = md
      .render(readFileSync(page.file, 'utf8'), env)
      .replace(/<button type="button" class="QuestionLink[^]*?<\/button>/g, '')
      .replace(/<div class="practice-(?:reveal|grades)"[^]*?<\/div>/g, '')
    for (const section of sections(page.route, html)) index.add(section)
  }
  return JSON.stringify(index)
}

export function loadMiniSearch(json: string): MiniSearch<Section> {
  return MiniSearch.loadJSON<Section>(json, { ...MINISEARCH_OPTIONS, searchOptions: MINISEARCH_SEARCH_OPTIONS })
}
