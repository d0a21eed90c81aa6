// Data for the home page's chapter grid, generated from the content model.
import type { Page } from './content'
import { groupChapters } from './sidebar'

export interface ChapterCard {
  /** "13" */
  number: string
  title: string
  description: string
  /** Route of the overview page, or of the first sub-page while there is no overview. */
  link: string
  questionCount: number
  /** Routes of every page of the chapter, for the reader's progress. */
  routes: string[]
  subPages: { label: string; link: string; questionCount: number }[]
}

export function chapterCards(pages: Page[]): ChapterCard[] {
  return groupChapters(pages).map((group) => {
    const first = group.overview ?? group.subPages[0]
    const all = [...(group.overview ? [group.overview] : []), ...group.subPages]
    return {
      number: String(group.number),
      title: group.overview?.chapter.title ?? first.chapter.parent ?? first.chapter.title,
      // A chapter's own description lives on its overview page; sub-pages are listed instead.
      description: group.overview?.chapter.description ?? '',
      link: first.route,
      questionCount: all.reduce((sum, page) => sum + page.questionCount, 0),
      routes: all.map((page) => page.route),
      subPages: group.subPages.map((page) => ({
        label: page.chapter.label,
        link: page.route,
        questionCount: page.questionCount
      }))
    }
  })
}
