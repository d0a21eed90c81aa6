// The sidebar, generated from the content model: chapters in numeric order; a chapter with
// sub-pages becomes a collapsible group (overview page first, then sub-pages in order).
import type { DefaultTheme } from 'vitepress'
import { chapterLabel, compareChapterNumbers } from './chapter-number'
import type { ChapterInfo, Page } from './content'

type ChapterPage = Page & { chapter: ChapterInfo }

export interface ChapterGroup {
  number: number
  /** "13. 分布式训练" */
  label: string
  overview: ChapterPage | null
  subPages: ChapterPage[]
}

/** Chapter pages grouped by chapter number, everything in numeric order. */
export function groupChapters(pages: Page[]): ChapterGroup[] {
  const chapterPages = pages
    .filter((p): p is ChapterPage => p.chapter !== null)
    .sort((a, b) => compareChapterNumbers(a.chapter.number, b.chapter.number))
  const groups = new Map<number, ChapterGroup>()
  for (const page of chapterPages) {
    const number = page.chapter.number[0]
    let group = groups.get(number)
    if (!group) {
      group = { number, label: '', overview: null, subPages: [] }
      groups.set(number, group)
    }
    if (page.chapter.number.length === 1) group.overview = page
    else group.subPages.push(page)
  }
  for (const group of groups.values()) {
    // Without an overview page yet, the sub-pages name their chapter in `parent`.
    const title = group.overview?.chapter.title ?? group.subPages[0]?.chapter.parent ?? ''
    group.label = chapterLabel([group.number], title)
  }
  return [...groups.values()]
}

export function buildSidebar(pages: Page[]): DefaultTheme.SidebarItem[] {
  return groupChapters(pages).map((group): DefaultTheme.SidebarItem => {
    const all = [...(group.overview ? [group.overview] : []), ...group.subPages]
    const text = group.label + progressMark(all)
    if (group.subPages.length === 0) {
      return { text, link: group.overview!.route }
    }
    return {
      text,
      ...(group.overview ? { link: group.overview.route } : {}),
      collapsed: true,
      items: group.subPages.map((page) => ({ text: page.chapter.label + progressMark([page]), link: page.route }))
    }
  })
}

/**
 * An empty placeholder after the item's label (the theme renders sidebar text as HTML);
 * the practice code fills it with the reader's progress over these pages' questions.
 */
export function progressMark(pages: Page[]): string {
  const total = pages.reduce((sum, page) => sum + page.questionCount, 0)
  if (total === 0) return ''
  const routes = pages.map((page) => page.route).join(' ')
  return `<span class="progress-mark" data-routes="${escapeHtml(routes)}" data-total="${total}"></span>`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
